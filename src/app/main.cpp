// luyenso: command line, composition of core, UI and platform, and the frame loop.
#include "cli.h"
#include "cli_tools.h"
#include "console.h"
#include "paths.h"
#include "run_app.h"
#include "web.h"

#include <iostream>

int main(int argc, char** argv)
{
    using namespace luyenso;
    // UTF-8 arguments and console output on every platform (Windows needs both done).
    platform::use_utf8_console();
    const std::vector<std::string> args = platform::command_line_args(argc, argv);
    std::string error;
    const auto options = app::parse_args(args, error);
    if (!options) {
        std::cerr << "luyenso: " << error << "\n";
        return 1;
    }
    const std::string lessons_dir = platform::default_lessons_dir(LUYENSO_SOURCE_DIR);
    switch (options->command) {
    case app::Command::Help: std::cout << app::help_text(); return 0;
    case app::Command::Version: std::cout << "luyenso " << LUYENSO_VERSION << "\n"; return 0;
    case app::Command::Check: return app::run_check(*options, lessons_dir);
    case app::Command::Telex: return app::run_telex(options->tool_args);
    case app::Command::Qr: return app::run_qr(options->tool_args);
    case app::Command::Play: return app::run_play(*options, lessons_dir);
    case app::Command::Report: return app::run_report(*options, lessons_dir);
    case app::Command::Export: return app::run_export(*options);
    case app::Command::Import: return app::run_import(*options);
    case app::Command::ResetPin: return app::run_reset_pin(*options);
    case app::Command::App:
        if (options->screenshot.empty())
            platform::release_own_console(); // a window app: no empty console beside it
#ifdef __EMSCRIPTEN__
        // The browser: the program keeps its own stack (platform/web.h), with its own copies.
        return platform::web::run_on_own_stack([&] {
            const app::Options own_options = *options;
            const std::string own_lessons_dir = lessons_dir;
            return app::run_app(own_options, own_lessons_dir);
        });
#else
        return app::run_app(*options, lessons_dir);
#endif
    }
    return 1;
}
