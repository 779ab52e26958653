#include "text/u8path.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace luyenso {

#ifdef _WIN32
// Windows has no access(W_OK) for folders (the read-only attribute means nothing there):
// the honest test is to create a file, which is deleted when closed.
bool folder_writable(const std::filesystem::path& folder)
{
    const std::filesystem::path probe = (folder.empty() ? std::filesystem::path(L".") : folder) /
                                        (L"luyenso-write-test-" + std::to_wstring(GetCurrentProcessId()) + L".tmp");
    const HANDLE h = CreateFileW(probe.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                 FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    CloseHandle(h);
    return true;
}

bool file_writable(const std::filesystem::path& path)
{
    const DWORD attributes = GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY) == 0;
}
#else
bool folder_writable(const std::filesystem::path& folder)
{
    return ::access(folder.empty() ? "." : folder.c_str(), W_OK | X_OK) == 0;
}

bool file_writable(const std::filesystem::path& path)
{
    return ::access(path.c_str(), W_OK) == 0;
}
#endif

} // namespace luyenso
