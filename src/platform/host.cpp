#include "host.h"

#include <chrono>
#include <ctime>
#include <fstream>

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace luyenso::platform {

std::int64_t wall_clock_ms()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int utc_offset_minutes(std::int64_t at_ms)
{
    const std::time_t t = static_cast<std::time_t>(at_ms / 1000);
    std::tm local{};
#ifdef _WIN32
    // No tm_gmtoff: the offset is local time read back as if it were UTC, minus UTC.
    if (localtime_s(&local, &t) != 0)
        return 0;
    return static_cast<int>((_mkgmtime(&local) - t) / 60);
#else
    if (!localtime_r(&t, &local))
        return 0;
    return static_cast<int>(local.tm_gmtoff / 60);
#endif
}

std::string machine_seed()
{
#ifdef _WIN32
    // Windows' installation id (as /etc/machine-id), else the computer's name.
    wchar_t guid[64] = {};
    DWORD size = sizeof guid;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Cryptography", L"MachineGuid", RRF_RT_REG_SZ, nullptr,
                     guid, &size) == ERROR_SUCCESS &&
        guid[0] != L'\0') {
        std::string id;
        for (const wchar_t* c = guid; *c; ++c)
            id += static_cast<char>(*c & 0x7F); // a GUID is ASCII
        return id;
    }
    char host[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD length = sizeof host;
    if (GetComputerNameA(host, &length))
        return std::string(host, length);
    return {};
#else
    for (const char* path : {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
        std::ifstream in(path);
        std::string id;
        if (in && std::getline(in, id) && !id.empty())
            return id;
    }
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) == 0)
        return host;
    return {};
#endif
}

} // namespace luyenso::platform
