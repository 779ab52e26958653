// luyenso: command line, composition of core, UI and platform, and the frame loop.
#include "cli.h"
#include "cli_tools.h"
#include "paths.h"
#include "run_app.h"

#include <iostream>

int main(int argc, char** argv)
{
    using namespace luyenso;
    std::vector<std::string> args(argv + 1, argv + argc);
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
    case app::Command::App: return app::run_app(*options, lessons_dir);
    }
    return 1;
}
