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

    // Loads each path: a lesson file, or a folder whose *.json files (sorted by name)
    // are lessons. A path that does not exist gives an entry with that error.
    static Catalog load(const std::vector<std::string>& paths);

    // The loaded lesson with this id or file path, or nullptr.
    const Lesson* find(const std::string& id_or_path) const;
};

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
