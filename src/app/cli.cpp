#include "cli.h"

#include "catalog.h"

#include <charconv>
#include <iostream>

namespace luyenso::app {

std::string help_text()
{
    return R"(Luyện Số — a phone simulator for practising digital skills safely.

Usage:
  luyenso [--lesson ID|FILE] [--mode MODE] [--step N] [--learner NAME]
                                 start the app (the lesson list, or that lesson)
  luyenso --screenshot OUT.png [--lesson ID|FILE --mode MODE --step N]
                                 draw that state once, save it as a PNG, exit
  luyenso check [PATH ...]       validate lessons (files or folders; default: the
                                 built-in lessons) and play their demonstrations
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
  --step N            start at step N (1 = the first), playing earlier steps' demos;
                      one past the last step shows the lesson's end
  --learner NAME      the learner's name
  --lessons-dir DIR   read lessons from DIR instead of the built-in ones
  --data-dir DIR      keep progress in DIR instead of the user's data folder
  --lang vi|en        language of lessons and the interface (default: vi)
  --size WxH          window size in pixels (default: 1280x800)
  --fullscreen        start full screen
  --text-size P       text size of the panels, 100 to 200 (percent)
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
} // namespace

std::optional<Options> parse_args(const std::vector<std::string>& args, std::string& error)
{
    Options o;
    std::size_t i = 0;
    if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
        if (args[0] == "check") {
            o.command = Command::Check;
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
            const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), o.step);
            if (ec != std::errc() || p != v.data() + v.size() || o.step < 1 || o.step > 1000) {
                error = "--step needs a step number from 1, not '" + v + "'";
                return std::nullopt;
            }
        } else if (a == "--learner") {
            if (!value(o.learner))
                return std::nullopt;
        } else if (a == "--screenshot") {
            if (!value(o.screenshot))
                return std::nullopt;
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
        } else if (a == "--fullscreen") {
            o.fullscreen = true;
        } else if (a == "--high-contrast") {
            o.high_contrast = true;
        } else if (a == "--text-size") {
            if (!value(v))
                return std::nullopt;
            const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), o.text_percent);
            if (ec != std::errc() || p != v.data() + v.size() || o.text_percent < 100 || o.text_percent > 200) {
                error = "--text-size needs a percentage from 100 to 200, not '" + v + "'";
                return std::nullopt;
            }
        } else if (!a.empty() && a[0] == '-') {
            error = "unknown option '" + a + "' (see luyenso --help)";
            return std::nullopt;
        } else if (o.command == Command::Check) {
            o.paths.push_back(a);
        } else {
            error = "unexpected argument '" + a + "' (see luyenso --help)";
            return std::nullopt;
        }
    }
    if (o.command == Command::App && (o.step > 0 || o.mode) && o.lesson.empty()) {
        error = std::string(o.step > 0 ? "--step" : "--mode") + " needs --lesson ID|FILE";
        return std::nullopt;
    }
    return o;
}

int run_check(const Options& options, const std::string& default_lessons_dir)
{
    std::vector<std::string> paths = options.paths;
    if (paths.empty()) {
        const std::string dir = options.lessons_dir.empty() ? default_lessons_dir : options.lessons_dir;
        if (dir.empty()) {
            std::cerr << "luyenso: cannot find the built-in lessons; name a file or folder to check\n";
            return 1;
        }
        paths.push_back(dir);
    }
    const Catalog catalog = Catalog::load(paths);
    const std::vector<CheckResult> results = check_catalog(catalog);
    std::size_t bad = 0;
    for (const CheckResult& r : results) {
        if (r.ok()) {
            std::cout << "ok     " << r.id << " — " << r.title << " (" << r.path << ")\n";
            continue;
        }
        ++bad;
        std::cout << "FAILED " << (r.id.empty() ? r.path : r.id + " (" + r.path + ")") << "\n";
        for (const Diagnostic& d : r.errors)
            std::cerr << d.to_string() << "\n";
    }
    std::cout << results.size() << (results.size() == 1 ? " lesson" : " lessons") << " checked, " << bad
              << " with errors\n";
    return bad == 0 && !results.empty() ? 0 : 1;
}

} // namespace luyenso::app
