// The lessons found in folders and files: each loaded, or kept with its errors so that
// one broken lesson never stops the others from loading.
#pragma once

#include "lessons/lesson.h"
#include "lessons/lesson_run.h"

#include <string>
#include <vector>

namespace luyenso {

struct CatalogEntry {
    std::string path;
    std::optional<Lesson> lesson;
    Diagnostics errors;
    std::string pack;          // the folder of the pack it came from; empty for a lone lesson
    Diagnostics warnings = {}; // the loader's (see LoadResult::warnings)
};

// A pack: a folder with pack.json ({"name", "version", "author", "languages"}), its
// lessons (the other *.json files in the folder) and their assets (in the folder).
struct Pack {
    std::string folder;
    std::string name;
    std::string version;
    std::string author;
    std::vector<std::string> languages; // "vi" always among them
};

struct Catalog {
    std::vector<CatalogEntry> entries;
    std::vector<Pack> packs;       // the packs that loaded, in the order read
    std::size_t builtin_count = 0; // load_library: the first entries are the built-in lessons

    // The built-in lessons and, besides them, the user's lessons folder: each subfolder
    // of `user_dir` is a pack, and lone *.json files there are lessons too. A pack whose
    // pack.json is missing or wrong is reported (an entry with its errors) and skipped;
    // the others still load. The entries come grouped: built-in lessons first, then
    // lone lessons, then each pack (by folder), then the packs that did not load, each
    // in curriculum order. Either folder
    // may be empty (none); a user folder that does not exist yet is no error.
    static Catalog load_library(const std::string& builtin_dir, const std::string& user_dir);

    // The pack a loaded entry came from, or nullptr.
    const Pack* pack_of(const CatalogEntry& entry) const;

    // Loads each path: a lesson file, a pack's folder (with pack.json), or a folder whose
    // *.json files (read in name order) are lessons. A path that does not exist gives an entry with that error. The entries
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
    // What is allowed but most likely not meant: text longer than the screens show in
    // full (the app cuts it with "…"), text garbled by a wrong encoding, ... `check`
    // lists them but a lesson with warnings only is ok.
    Diagnostics warnings;
    bool ok() const { return errors.empty(); }
};

// What the screens show in full, in code points: a lesson's title on its card and in the
// panel's heading; any other text (intro, instructions, hints, feedback) in the panel.
inline constexpr std::size_t screen_title_chars = 80;
inline constexpr std::size_t screen_text_chars = 400;

std::vector<CheckResult> check_catalog(const Catalog& catalog);

// Plays an unsafe outcome's "path" in test mode from the lesson's start, then the steps'
// demonstrations to the end, as a learner who does the unsafe thing and then finishes
// normally. Empty if the outcome happened and the attempt ends not passed; otherwise
// what went wrong and how to fix it, for `check`. `result` receives the attempt's.
struct PathProblem {
    Message what; // id empty: no problem
    Message fix = {};
    bool empty() const { return what.id.empty(); }
};
PathProblem play_unsafe_path(const Lesson& lesson, const UnsafeRule& rule, TestResult& result);

} // namespace luyenso
