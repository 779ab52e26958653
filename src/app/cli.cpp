#include "cli.h"

#include "lessons/catalog.h"
#include "paths.h"
#include "progress/reports.h"
#include "text/u8path.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

namespace luyenso::app {

std::string help_text()
{
    return R"(Luyện Số — a phone simulator for practising digital skills safely.

Usage:
  luyenso [--lesson ID|FILE] [--mode MODE] [--step N|ID] [--learner NAME]
                                 start the app (the lesson list, or that lesson)
  luyenso --lesson FILE --watch  preview a lesson being written: it is loaded again
                                 each time the file is saved (staying at the same
                                 step); its errors show in the window
  luyenso --screenshot OUT.png [--lesson ID|FILE --mode MODE --step N|ID]
                                 [--screen SCREEN] [--learner NAME]
                                 draw that state once, save it as a PNG, exit
  luyenso check [--json] [--lang vi|en] [PATH ...]
                                 validate lessons (files or folders; default: the
                                 built-in lessons) and play their demonstrations;
                                 messages in Vietnamese (--lang en: English);
                                 --json prints the results as JSON for tools
  luyenso play LESSON --learner NAME --actions FILE|demo [--mode MODE] [--village V]
                                 play a lesson headlessly as that learner (created if
                                 new) with the actions in FILE (a JSON list, as in
                                 demonstrations) or the lesson's own demonstration;
                                 print the outcome and save it as progress
  luyenso report [--format table|csv|html|xapi] [--out FILE] [--village V]
                                 the class's progress: a text table, CSV for Excel,
                                 a printable HTML page or xAPI statements (JSON)
  luyenso export --out FILE [--learner NAME]
                                 write progress (everyone's, or one learner's) to a
                                 bundle file to take to another PC
  luyenso import FILE            merge a bundle from another PC into this one's
                                 progress (importing it twice changes nothing)
  luyenso reset-pin              forget the trainer PIN (a trainer who forgot it):
                                 the next to open the trainer's area sets a new one
  luyenso telex [--vni] [--new-style] KEYS...
                                 print what those keystrokes type in Vietnamese
                                 (Telex, or VNI; tone style old "hòa" or new "hoà")
  luyenso qr decode PAYLOAD      print a VietQR payload's fields as JSON
  luyenso qr make --bin BIN --account NUMBER --name NAME --out FILE.png
                  [--amount DONG] [--purpose TEXT] [--bill NUMBER] [--city CITY]
                                 print a VietQR payload (dynamic with an amount,
                                 static without) and save its QR code as a PNG

Options:
  --mode watch|guided|practice|test   how the lesson is played (default: guided)
  --step N|ID         start at step N (1 = the first) or at the step with that id,
                      playing earlier steps' demos; a branch's step is entered as
                      if its branch was taken; one past the last step shows the end
  --unsafe ID         with --lesson: play that unsafe outcome's "path", then the
                      lesson's demonstrations to its end (its end page, e.g. with
                      --screenshot)
  --learner NAME      the learner's name (the app: that learner is chosen, and
                      created if new)
  --screen SCREEN     with --screenshot: picker, lessons, profile, pin (the
                      learner's and trainer's pages), dashboard, history or
                      projector (the trainer's, without asking for the PIN)
  --lessons-dir DIR   the folder of your own lessons and packs, besides the built-in
                      lessons (default: lessons in the data folder, such as
                      ~/.local/share/luyenso/lessons); a pack is a folder in it with
                      pack.json (name, version, author, languages) and its lessons
  --data-dir DIR      keep progress in DIR instead of the user's data folder
                      (progress.db in $XDG_DATA_HOME/luyenso or ~/.local/share/luyenso)
  --village NAME      play / export / report: the learner's village or group
  --xapi-base IRL     report --format xapi: the base of lesson ids and accounts
  --lang vi|en        language of lessons and the interface (default: vi)
  --size WxH          window size in pixels (default: 1280x800)
  --fullscreen        start full screen
  --text-size P       text size of the panels, 100 to 200 (percent)
  --display-scale P   the screen's scale, 100 to 200 (percent), where the system
                      does not say it (Linux on a large high-resolution screen)
  --high-contrast     black on white, for weak eyes and bright rooms
  --help              show this help
  --version           show the version
)";
}

namespace {
bool parse_size(const std::string& s, int& w, int& h)
{
    const auto x = s.find('x');
    if (x == std::string::npos)
        return false;
    const auto [p1, e1] = std::from_chars(s.data(), s.data() + x, w);
    const auto [p2, e2] = std::from_chars(s.data() + x + 1, s.data() + s.size(), h);
    return e1 == std::errc() && e2 == std::errc() && p1 == s.data() + x && p2 == s.data() + s.size() && w >= 320 &&
           h >= 240 && w <= 16384 && h <= 16384;
}

bool given(const std::vector<std::string>& args, const char* option)
{
    return std::find(args.begin(), args.end(), option) != args.end();
}

// What the progress commands need, and their options used elsewhere; empty if all is well.
std::string check_progress_options(const Options& o, const std::vector<std::string>& args)
{
    switch (o.command) {
    case Command::Play:
        if (o.lesson.empty())
            return "play needs the LESSON (an id or a file), such as: luyenso play goi-video-cho-chau --learner \"Bà "
                   "Nga\" --actions demo";
        if (o.learner.empty())
            return "play needs --learner NAME";
        if (o.actions.empty())
            return "play needs --actions FILE (a JSON list of actions) or --actions demo";
        break;
    case Command::Report:
        if (!report_format_from_name(o.format))
            return "unknown report format '" + o.format + "'; use table, csv, html or xapi";
        break;
    case Command::Export:
        if (o.out.empty())
            return "export needs --out FILE";
        break;
    case Command::Import:
        if (o.paths.empty())
            return "import needs the FILE to import, such as: luyenso import progress-thon-na-ham.json";
        break;
    default: break;
    }
    const bool play = o.command == Command::Play;
    const bool report = o.command == Command::Report;
    const bool exporting = o.command == Command::Export;
    if (given(args, "--actions") && !play)
        return "--actions is for luyenso play";
    if (given(args, "--format") && !report)
        return "--format is for luyenso report";
    if (given(args, "--xapi-base") && !report)
        return "--xapi-base is for luyenso report --format xapi";
    if (given(args, "--out") && !report && !exporting)
        return "--out is for luyenso report and luyenso export";
    if (given(args, "--village") && !play && !report && !exporting)
        return "--village is for luyenso play, report and export";
    if (given(args, "--mode") && !play && o.command != Command::App)
        return "--mode is for a lesson: luyenso --lesson ID --mode MODE, or luyenso play";
    return {};
}

} // namespace

std::optional<Options> parse_args(const std::vector<std::string>& args, std::string& error)
{
    Options o;
    std::size_t i = 0;
    if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
        if (args[0] == "check") {
            o.command = Command::Check;
        } else if (args[0] == "play" || args[0] == "report" || args[0] == "export" || args[0] == "import") {
            o.command = args[0] == "play"     ? Command::Play
                        : args[0] == "report" ? Command::Report
                        : args[0] == "export" ? Command::Export
                                              : Command::Import;
        } else if (args[0] == "reset-pin") {
            o.command = Command::ResetPin;
        } else if (args[0] == "telex" || args[0] == "qr") {
            // Organisers' tools: their own arguments, parsed by cli_tools.cpp.
            o.command = args[0] == "telex" ? Command::Telex : Command::Qr;
            o.tool_args.assign(args.begin() + 1, args.end());
            return o;
        } else {
            error = "unknown command '" + args[0] + "' (see luyenso --help)";
            return std::nullopt;
        }
        i = 1;
    }
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size() || args[i + 1].empty()) {
                error = "option " + a + " needs a value (see luyenso --help)";
                return false;
            }
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--help" || a == "-h") {
            o.command = Command::Help;
            return o;
        }
        if (a == "--version") {
            o.command = Command::Version;
            return o;
        }
        if (a == "--lesson") {
            if (!value(o.lesson))
                return std::nullopt;
        } else if (a == "--mode") {
            if (!value(v))
                return std::nullopt;
            o.mode = mode_from_name(v);
            if (!o.mode) {
                error = "unknown mode '" + v + "'; use watch, guided, practice or test";
                return std::nullopt;
            }
        } else if (a == "--step") {
            if (!value(v))
                return std::nullopt;
            const bool number = !v.empty() &&
                                std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
            const bool slug = !v.empty() && v.size() <= 64 && std::all_of(v.begin(), v.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            });
            if (number) {
                const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), o.step);
                if (ec != std::errc() || p != v.data() + v.size() || o.step < 1 || o.step > 1000) {
                    error = "--step needs a step number from 1 or a step's id, not '" + v + "'";
                    return std::nullopt;
                }
                o.step_id.clear();
            } else if (slug) {
                o.step_id = v;
                o.step = 0;
            } else {
                error = "--step needs a step number from 1 or a step's id, not '" + v + "'";
                return std::nullopt;
            }
        } else if (a == "--learner") {
            if (!value(o.learner))
                return std::nullopt;
        } else if (a == "--screenshot") {
            if (!value(o.screenshot))
                return std::nullopt;
        } else if (a == "--unsafe") {
            if (!value(o.unsafe))
                return std::nullopt;
        } else if (a == "--screen") {
            if (!value(o.screen))
                return std::nullopt;
            static constexpr const char* screens[] = {"picker",    "lessons", "profile",  "pin",
                                                      "dashboard", "history", "projector"};
            if (std::find(std::begin(screens), std::end(screens), o.screen) == std::end(screens)) {
                error = "unknown screen '" + o.screen +
                        "'; use picker, lessons, profile, pin, dashboard, history or projector";
                return std::nullopt;
            }
        } else if (a == "--data-dir") {
            if (!value(o.data_dir))
                return std::nullopt;
        } else if (a == "--lessons-dir") {
            if (!value(o.lessons_dir))
                return std::nullopt;
        } else if (a == "--lang") {
            if (!value(o.lang))
                return std::nullopt;
            if (o.lang != "vi" && o.lang != "en") {
                error = "unknown language '" + o.lang + "'; use vi or en";
                return std::nullopt;
            }
        } else if (a == "--size") {
            if (!value(v))
                return std::nullopt;
            if (!parse_size(v, o.width, o.height)) {
                error = "--size needs WIDTHxHEIGHT such as 1280x800 (at least 320x240), not '" + v + "'";
                return std::nullopt;
            }
        } else if (a == "--json" && o.command == Command::Check) {
            o.json = true;
        } else if (a == "--watch") {
            o.watch = true;
        } else if (a == "--fullscreen") {
            o.fullscreen = true;
        } else if (a == "--high-contrast") {
            o.high_contrast = true;
        } else if (a == "--text-size" || a == "--display-scale") {
            if (!value(v))
                return std::nullopt;
            int& target = a == "--text-size" ? o.text_percent : o.display_percent;
            const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), target);
            if (ec != std::errc() || p != v.data() + v.size() || target < 100 || target > 200) {
                error = a + " needs a percentage from 100 to 200, not '" + v + "'";
                return std::nullopt;
            }
        } else if (a == "--actions" || a == "--village" || a == "--format" || a == "--out" || a == "--xapi-base") {
            std::string& target = a == "--actions"   ? o.actions
                                  : a == "--village" ? o.village
                                  : a == "--format"  ? o.format
                                  : a == "--out"     ? o.out
                                                     : o.xapi_base;
            if (!value(target))
                return std::nullopt;
        } else if (!a.empty() && a[0] == '-') {
            error = "unknown option '" + a + "' (see luyenso --help)";
            return std::nullopt;
        } else if (o.command == Command::Check) {
            o.paths.push_back(a);
        } else if ((o.command == Command::Play && o.lesson.empty()) ||
                   (o.command == Command::Import && o.paths.empty())) {
            (o.command == Command::Play ? o.lesson : o.paths.emplace_back()) = a;
        } else {
            error = "unexpected argument '" + a + "' (see luyenso --help)";
            return std::nullopt;
        }
    }
    if (const std::string why = check_progress_options(o, args); !why.empty()) {
        error = why;
        return std::nullopt;
    }
    if (o.watch && (o.command != Command::App || o.lesson.empty())) {
        error = "--watch needs --lesson FILE: luyenso --lesson my-lesson.json --watch";
        return std::nullopt;
    }
    if (!o.screen.empty() && (o.command != Command::App || o.screenshot.empty())) {
        error = "--screen is for luyenso --screenshot OUT.png --screen SCREEN";
        return std::nullopt;
    }
    if (!o.unsafe.empty() && (o.command != Command::App || o.lesson.empty() || o.step > 0 || !o.step_id.empty())) {
        error = "--unsafe ID is for luyenso --lesson ID|FILE --unsafe ID (without --step): it plays that unsafe "
                "outcome's path, then the lesson to its end";
        return std::nullopt;
    }
    if (o.command == Command::App && (o.step > 0 || !o.step_id.empty() || o.mode) && o.lesson.empty() &&
        o.screen != "projector") {
        error = std::string(o.step > 0 || !o.step_id.empty() ? "--step" : "--mode") + " needs --lesson ID|FILE";
        return std::nullopt;
    }
    return o;
}

std::string user_lessons_dir(const Options& options)
{
    if (!options.lessons_dir.empty())
        return options.lessons_dir;
    return u8_join(options.data_dir.empty() ? platform::default_data_dir() : options.data_dir, "lessons");
}

Catalog load_library(const Options& options, const std::string& builtin_lessons_dir)
{
    return Catalog::load_library(builtin_lessons_dir, user_lessons_dir(options));
}

int run_check(const Options& options, const std::string& default_lessons_dir)
{
    std::error_code ec;
    if (!options.lessons_dir.empty() && !std::filesystem::is_directory(u8_path(options.lessons_dir), ec)) {
        std::cerr << "luyenso: --lessons-dir '" << options.lessons_dir << "' is not a folder\n";
        return 1;
    }
    if (options.paths.empty() && default_lessons_dir.empty() && options.lessons_dir.empty()) {
        std::cerr << "luyenso: cannot find the built-in lessons; name a file or folder to check\n";
        return 1;
    }
    // Named files and folders (a pack's folder too), or else every lesson the app shows.
    const Catalog catalog = options.paths.empty() ? load_library(options, default_lessons_dir)
                                                  : Catalog::load(options.paths);
    const std::vector<CheckResult> results = check_catalog(catalog);
    const std::string& lang = options.lang; // "vi" unless --lang en
    const bool all_ok = !results.empty() &&
                        std::all_of(results.begin(), results.end(), [](const CheckResult& r) { return r.ok(); });
    if (options.json) {
        nlohmann::json lessons = nlohmann::json::array();
        for (const CheckResult& r : results) {
            // Each message: its id, where (file, line, column, JSON pointer), what and the
            // fix in the chosen language, and the whole text in both languages.
            auto list = [&](const Diagnostics& ds) {
                nlohmann::json out = nlohmann::json::array();
                for (const Diagnostic& d : ds)
                    out.push_back({{"id", d.id()},
                                   {"file", d.file},
                                   {"line", d.pos.line},
                                   {"col", d.pos.column},
                                   {"pointer", d.pointer},
                                   {"message", d.what(lang)},
                                   {"fix", d.fix(lang)},
                                   {"text", {{"vi", d.text("vi")}, {"en", d.text("en")}}}});
                return out;
            };
            lessons.push_back({{"id", r.id},
                               {"file", r.path},
                               {"title", r.title},
                               {"skills", r.skills},
                               {"ok", r.ok()},
                               {"errors", list(r.errors)},
                               {"warnings", list(r.warnings)}});
        }
        std::cout << nlohmann::json{{"lessons", lessons}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
        return all_ok ? 0 : 1;
    }
    std::size_t bad = 0;
    std::size_t warned = 0;
    const bool vi = lang == "vi";
    for (const CheckResult& r : results) {
        for (const Diagnostic& d : r.warnings)
            std::cerr << d.to_string("warning", lang) << "\n";
        warned += r.warnings.empty() ? 0 : 1;
        if (r.ok()) {
            std::cout << (vi ? "đạt    " : "ok     ") << r.id << " — " << r.title << " (" << r.path << ")\n";
            continue;
        }
        ++bad;
        std::cout << (vi ? "CÓ LỖI " : "FAILED ") << (r.id.empty() ? r.path : r.id + " (" + r.path + ")") << "\n";
        for (const Diagnostic& d : r.errors)
            std::cerr << d.to_string("error", lang) << "\n";
    }
    if (vi)
        std::cout << "Đã kiểm tra " << results.size() << " bài, " << bad << " bài có lỗi"
                  << (warned ? ", " + std::to_string(warned) + " bài có cảnh báo" : std::string()) << "\n";
    else
        std::cout << results.size() << (results.size() == 1 ? " lesson" : " lessons") << " checked, " << bad
                  << " with errors" << (warned ? ", " + std::to_string(warned) + " with warnings" : std::string())
                  << "\n";
    return all_ok ? 0 : 1;
}

} // namespace luyenso::app
