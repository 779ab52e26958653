// Facts about this PC and the wall clock, for the progress store (the core takes times
// and the PC's identity as parameters and never reads them itself). No SDL.
#pragma once

#include <cstdint>
#include <string>

namespace luyenso::platform {

// Milliseconds since 1970-01-01T00:00:00Z.
std::int64_t wall_clock_ms();

// Minutes east of UTC at that moment, from the system's time zone (Vietnam: 420).
int utc_offset_minutes(std::int64_t at_ms);

// Something that tells this PC from others: /etc/machine-id, else the host name; empty
// if neither is known. Used once, to seed the progress store's PC id.
std::string machine_seed();

} // namespace luyenso::platform
