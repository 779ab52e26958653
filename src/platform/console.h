// The process's edges that differ on Windows: the command line (UTF-16 there), the
// console (UTF-8 output; hidden when the app was started from a shortcut), and one
// running app per progress folder. On Linux these are plain or do nothing.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace luyenso::platform {

// The arguments after the program's name, in UTF-8. On Windows they are read again from
// GetCommandLineW: argv is in the ANSI code page, which cannot hold "Nguyễn Thị Hoa".
std::vector<std::string> command_line_args(int argc, char** argv);

// Console output in UTF-8 (Windows' console otherwise shows Vietnamese as mojibake).
void use_utf8_console();

// The window app started from Explorer or a shortcut has a console of its own: hide it.
// One shared with a command prompt (luyenso.exe typed in cmd) stays.
void release_own_console();

// Held while the app runs on a progress folder. Windows: a named mutex per folder, so a
// second app on the same folder is told so instead of both writing the same learners.
class InstanceLock {
public:
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;
    // The lock for `data_dir`, or nullptr if another Luyện Số holds it.
    static std::unique_ptr<InstanceLock> acquire(const std::string& data_dir);

private:
    InstanceLock() = default;
    [[maybe_unused]] void* handle_ = nullptr; // Windows only (clang says so elsewhere)
};

// Tells the person at the PC something that must not be missed, besides the line on
// stderr that the caller prints: a message box on Windows when nobody reads stderr.
void show_error_box(const std::string& title, const std::string& text);

} // namespace luyenso::platform
