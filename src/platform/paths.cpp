#include "paths.h"

#include "text/u8path.h"

#include <cstdlib>
#include <filesystem>

#ifdef _WIN32
#include <windows.h>
// windows.h first
#include <knownfolders.h>
#include <shlobj.h>
#endif

namespace luyenso::platform {

namespace fs = std::filesystem;

std::string executable_dir()
{
    std::error_code ec;
#if defined(_WIN32)
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0)
            return {};
        if (n < buffer.size()) {
            buffer.resize(n);
            return path_u8(fs::path(buffer).parent_path());
        }
        buffer.resize(buffer.size() * 2); // a long path: try again with more room
    }
#elif defined(__EMSCRIPTEN__)
    return "/app"; // the browser: the site's packed files (lessons, fonts), cmake/web-site.cmake
#elif defined(__linux__)
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        return path_u8(exe.parent_path());
#endif
    return {};
}

std::string default_lessons_dir(const std::string& source_dir)
{
    std::error_code ec;
    const std::string exe = executable_dir();
    if (!exe.empty()) {
        // Windows (installed or portable): lessons\ beside luyenso.exe.
        const fs::path beside = u8_path(exe) / "lessons";
        if (fs::is_directory(beside, ec))
            return path_u8(beside);
        const fs::path installed = u8_path(exe) / ".." / "share" / "luyenso" / "lessons";
        if (fs::is_directory(installed, ec))
            return path_u8(fs::weakly_canonical(installed, ec));
    }
    if (!source_dir.empty() && fs::is_directory(u8_path(source_dir) / "lessons", ec))
        return u8_join(source_dir, "lessons");
    return {};
}

bool portable_mode()
{
    const std::string exe = executable_dir();
    std::error_code ec;
    return !exe.empty() && fs::is_regular_file(u8_path(exe) / "portable.txt", ec);
}

std::string default_data_dir()
{
    if (portable_mode())
        return path_u8(u8_path(executable_dir()) / "data");
#ifdef _WIN32
    PWSTR roaming = nullptr;
    if (SUCCEEDED(SHGetKnownFolderPath(FOLDERID_RoamingAppData, 0, nullptr, &roaming))) {
        const fs::path dir = fs::path(roaming) / L"LuyenSo";
        CoTaskMemFree(roaming);
        return path_u8(dir);
    }
    if (const wchar_t* appdata = _wgetenv(L"APPDATA"); appdata && *appdata)
        return path_u8(fs::path(appdata) / L"LuyenSo");
#else
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return path_u8(u8_path(xdg) / "luyenso");
    if (const char* home = std::getenv("HOME"); home && *home)
        return path_u8(u8_path(home) / ".local" / "share" / "luyenso");
#endif
    return "luyenso-data";
}

std::string find_font(const std::vector<std::string>& names)
{
    std::vector<fs::path> folders;
    if (const std::string exe = executable_dir(); !exe.empty())
        folders.push_back(u8_path(exe) / "fonts"); // shipped beside the program (Windows)
#ifdef _WIN32
    wchar_t windows[MAX_PATH] = {};
    if (const UINT n = GetWindowsDirectoryW(windows, MAX_PATH); n > 0 && n < MAX_PATH)
        folders.push_back(fs::path(windows) / L"Fonts");
#else
    for (const char* folder : {"/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/dejavu",
                               "/usr/share/fonts/truetype", "/usr/local/share/fonts", "/usr/share/fonts"})
        folders.emplace_back(folder);
#endif
    std::error_code ec;
    for (const auto& name : names)
        for (const fs::path& folder : folders) {
            const fs::path p = folder / u8_path(name);
            if (fs::is_regular_file(p, ec))
                return path_u8(p);
        }
    return {};
}

} // namespace luyenso::platform
