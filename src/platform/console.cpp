#include "console.h"

#include "text/u8path.h"

#ifdef _WIN32
#include <windows.h>
// windows.h first
#include <shellapi.h>
// the C runtime
#include <fcntl.h>
#include <io.h>
#endif

#include <cstdint>

namespace luyenso::platform {

#ifdef _WIN32
namespace {
std::string to_utf8(const std::wstring& w)
{
    return path_u8(std::filesystem::path(w));
}

std::wstring to_utf16(const std::string& s)
{
    return u8_path(s).wstring();
}
} // namespace

std::vector<std::string> command_line_args(int, char**)
{
    std::vector<std::string> args;
    int count = 0;
    LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!wide)
        return args;
    for (int i = 1; i < count; ++i)
        args.push_back(to_utf8(wide[i]));
    LocalFree(wide);
    return args;
}

void use_utf8_console()
{
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    // Lines end in "\n" as on Linux (text mode would add "\r" to every line of a report
    // piped to a file or a script); the console shows either.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

void release_own_console()
{
    DWORD processes[2] = {};
    // Only this process on its console: Windows made it for us (double-click, shortcut).
    if (GetConsoleWindow() && GetConsoleProcessList(processes, 2) == 1)
        FreeConsole();
}

InstanceLock::~InstanceLock()
{
    if (handle_) {
        ReleaseMutex(static_cast<HANDLE>(handle_));
        CloseHandle(static_cast<HANDLE>(handle_));
    }
}

std::unique_ptr<InstanceLock> InstanceLock::acquire(const std::string& data_dir)
{
    // The mutex's name from the folder's full path, case-folded as Windows compares
    // names (a backslash may not appear in it: FNV-1a of the path instead).
    std::error_code ec;
    std::wstring folder = std::filesystem::absolute(u8_path(data_dir), ec).lexically_normal().wstring();
    CharLowerBuffW(folder.data(), static_cast<DWORD>(folder.size()));
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const wchar_t c : folder) {
        hash ^= static_cast<std::uint64_t>(c);
        hash *= 0x100000001b3ULL;
    }
    const std::wstring name = L"Local\\LuyenSo-" + std::to_wstring(hash);
    std::unique_ptr<InstanceLock> lock(new InstanceLock);
    lock->handle_ = CreateMutexW(nullptr, TRUE, name.c_str());
    if (!lock->handle_)
        return lock; // no mutex at all: run rather than refuse
    if (GetLastError() == ERROR_ALREADY_EXISTS) {
        CloseHandle(static_cast<HANDLE>(lock->handle_));
        lock->handle_ = nullptr;
        return nullptr;
    }
    return lock;
}

void show_error_box(const std::string& title, const std::string& text)
{
    // Only when nobody reads stderr (started from Explorer or a shortcut, whose console
    // was released): in a command prompt, or with stderr in a file, the line is enough.
    const HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    if (err && err != INVALID_HANDLE_VALUE && GetFileType(err) != FILE_TYPE_UNKNOWN)
        return;
    MessageBoxW(nullptr, to_utf16(text).c_str(), to_utf16(title).c_str(), MB_OK | MB_ICONINFORMATION);
}
#else
std::vector<std::string> command_line_args(int argc, char** argv)
{
    return std::vector<std::string>(argv + 1, argv + argc);
}

void use_utf8_console()
{
}

void release_own_console()
{
}

InstanceLock::~InstanceLock() = default;

std::unique_ptr<InstanceLock> InstanceLock::acquire(const std::string&)
{
    // Linux: SQLite's own locking keeps the file whole; two apps on one folder are allowed.
    return std::unique_ptr<InstanceLock>(new InstanceLock);
}

void show_error_box(const std::string&, const std::string&)
{
}
#endif

} // namespace luyenso::platform
