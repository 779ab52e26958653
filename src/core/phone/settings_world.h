// The Settings app's part of a lesson's world ("world": {"settings": {...}}): text size
// and typing. A lesson may start with larger text; the learner may change all of them.
#pragma once

#include "text/telex.h"

namespace luyenso {

struct PhoneSettings {
    int text_size_percent = 100; // 100-200, in steps of 25
    TypingSettings typing{};     // Telex or VNI, old or new tone placement
};

inline constexpr int min_text_size_percent = 100;
inline constexpr int max_text_size_percent = 200;
inline constexpr int text_size_step_percent = 25;

} // namespace luyenso
