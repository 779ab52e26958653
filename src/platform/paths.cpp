#include "paths.h"

#include <cstdlib>
#include <filesystem>

namespace luyenso::platform {

namespace fs = std::filesystem;

std::string executable_dir()
{
#if defined(__linux__)
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        return exe.parent_path().string();
#endif
    return {};
}

std::string default_lessons_dir(const std::string& source_dir)
{
    std::error_code ec;
    const std::string exe = executable_dir();
    if (!exe.empty()) {
        const fs::path installed = fs::path(exe) / ".." / "share" / "luyenso" / "lessons";
        if (fs::is_directory(installed, ec))
            return fs::weakly_canonical(installed, ec).string();
    }
    const fs::path source = fs::path(source_dir) / "lessons";
    if (!source_dir.empty() && fs::is_directory(source, ec))
        return source.string();
    return {};
}

std::string default_data_dir()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "luyenso").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".local" / "share" / "luyenso").string();
    return "luyenso-data";
}

std::string find_font(const std::vector<std::string>& names)
{
    static const char* const folders[] = {"/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/dejavu",
                                          "/usr/share/fonts/truetype", "/usr/local/share/fonts", "/usr/share/fonts"};
    std::error_code ec;
    for (const auto& name : names)
        for (const char* folder : folders) {
            const fs::path p = fs::path(folder) / name;
            if (fs::is_regular_file(p, ec))
                return p.string();
        }
    return {};
}

} // namespace luyenso::platform
