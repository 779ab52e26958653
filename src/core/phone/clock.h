// Simulated time. The core never reads the wall clock: the shell advances this clock
// from real time, tests advance it by hand, so the same actions give the same events.
#pragma once

#include <cstdint>

namespace luyenso {

class SimClock {
public:
    std::int64_t now_ms() const { return now_ms_; }
    void advance(std::int64_t ms)
    {
        if (ms > 0)
            now_ms_ += ms;
    }

private:
    std::int64_t now_ms_ = 0;
};

} // namespace luyenso
