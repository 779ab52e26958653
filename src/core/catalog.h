// The lessons found in folders and files: each loaded, or kept with its errors so that
// one broken lesson never stops the others from loading.
#pragma once

#include "lesson.h"

#include <string>
#include <vector>

namespace luyenso {

struct CatalogEntry {
    std::string path;
    std::optional<Lesson> lesson;
    Diagnostics errors;
};

struct Catalog {
    std::vector<CatalogEntry> entries;

    // Loads each path: a lesson file, or a folder whose *.json files (read in name order)
    // are lessons. A path that does not exist gives an entry with that error. The entries
    // come in curriculum order (see `curriculum_before`); the ones that failed to load
    // follow, in the order they were read.
    static Catalog load(const std::vector<std::string>& paths);

    // The loaded lesson with this id or file path, or nullptr.
    const Lesson* find(const std::string& id_or_path) const;
};

// The curriculum's order: by `order`, then by id; lessons without `order` after those
// with one, entries that did not load after every lesson.
bool curriculum_before(const CatalogEntry& a, const CatalogEntry& b);

// Result of checking one lesson: loading, validation and its demonstration played.
struct CheckResult {
    std::string path;
    std::string id;
    std::string title;
    std::vector<std::string> skills;
    Diagnostics errors;
    bool ok() const { return errors.empty(); }
};

std::vector<CheckResult> check_catalog(const Catalog& catalog);

} // namespace luyenso
