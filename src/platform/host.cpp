#include "host.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <unistd.h>

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
    if (!localtime_r(&t, &local))
        return 0;
    return static_cast<int>(local.tm_gmtoff / 60);
}

std::string machine_seed()
{
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
}

} // namespace luyenso::platform
