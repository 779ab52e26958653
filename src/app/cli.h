// The command line: parsing (no side effects) and the headless commands.
#pragma once

#include "lessons/catalog.h"
#include "lessons/lesson_run.h"
#include "progress/progress_store.h"

#include <optional>
#include <string>
#include <vector>

namespace luyenso::app {

enum class Command { App, Check, Help, Version, Telex, Qr, Play, Report, Export, Import, ResetPin };

struct Options {
    Command command = Command::App;
    std::string lesson;       // --lesson ID|FILE
    std::optional<Mode> mode; // --mode
    std::string learner;      // --learner NAME
    int step = 0;             // --step N (1-based; 0 = from the start)
    std::string step_id;      // --step ID: the step with this id (then `step` is 0)
    std::string unsafe;       // --unsafe ID: play that unsafe outcome's path, then to the end
    std::string screenshot;   // --screenshot OUT.png
    std::string screen;       // --screen picker|lessons|profile|pin|dashboard|history|projector
    std::string data_dir;     // --data-dir DIR
    std::string lessons_dir;  // --lessons-dir DIR
    std::string lang = "vi";  // --lang vi|en
    int width = 1280;         // --size WxH
    int height = 800;
    bool fullscreen = false;        // --fullscreen
    int text_percent = 100;         // --text-size 100..200
    int display_percent = 0;        // --display-scale 100..200 (0: the system's)
    bool high_contrast = false;     // --high-contrast
    std::vector<std::string> paths; // check PATH... / import FILE
    bool json = false;              // check --json: the results as JSON, for tools
    bool watch = false;             // --watch: reload --lesson FILE when it changes
    // play / report / export / import (progress)
    std::string actions;          // play --actions FILE|demo
    std::string village;          // --village NAME: the learner's village or group
    std::string format = "table"; // report --format table|csv|html|xapi
    std::string out;              // report / export --out FILE
    std::string xapi_base;        // report --xapi-base IRL
    // telex / qr: every argument after the command, parsed by cli_tools.cpp
    std::vector<std::string> tool_args;
};

// Parses argv[1..]. On a user error returns nullopt and a one-line reason in `error`.
std::optional<Options> parse_args(const std::vector<std::string>& args, std::string& error);

std::string help_text();

// The user's lessons folder (packs and lone lessons): --lessons-dir, else "lessons" in
// the data folder (--data-dir, else $XDG_DATA_HOME/luyenso or ~/.local/share/luyenso).
std::string user_lessons_dir(const Options& options);
// The built-in lessons and the user's (see Catalog::load_library).
Catalog load_library(const Options& options, const std::string& builtin_lessons_dir);

// `luyenso check [PATH ...]`: prints one line per lesson and every problem; returns the
// exit status (0 all good, 1 any problem).
int run_check(const Options& options, const std::string& default_lessons_dir);

// The progress commands (progress_cli.cpp); each returns the exit status.
int run_play(const Options& options, const std::string& default_lessons_dir);
int run_report(const Options& options, const std::string& default_lessons_dir);
int run_export(const Options& options);
int run_import(const Options& options);
// `luyenso reset-pin`: forgets the trainer PIN (the next trainer sets a new one).
int run_reset_pin(const Options& options);

// The progress file: progress.db in --data-dir DIR or in the user's data folder.
std::string store_path(const Options& options);
// The progress store at --data-dir DIR (or the user's data folder), as the commands and
// the app open it; nullptr with the reason on failure.
std::unique_ptr<ProgressStore> open_progress_store(const Options& options, ProgressStore::Access access,
                                                   Status& status);

} // namespace luyenso::app
