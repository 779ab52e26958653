// How big the shell's text is drawn: the learner's own text size (100-200 %) on top of the
// display's scale. On Windows, luyenso.exe is DPI-aware (its manifest): it sees the screen's
// real pixels, so on a laptop set to 150 % its text would be two thirds of what every other
// program shows unless the display's DPI is taken into account.
#pragma once

#include <algorithm>
#include <cmath>

namespace luyenso {

// The display's scale from its DPI (96 is 100 %): Windows' steps 100, 125, 150, 175, 200 %
// (to the nearest quarter), from 1 to 2. An unknown DPI (0, or what no screen has) is 1.
inline float display_text_factor(float dpi)
{
    if (!(dpi >= 96.0F) || dpi > 1000.0F)
        return 1.0F;
    return std::clamp(std::round(dpi / 96.0F * 4.0F) / 4.0F, 1.0F, 2.0F);
}

// What the learner's 100 % is drawn at on a display: its scale, and three quarters of it on
// a phone's small screen (its shorter side under 480 of the display's own points; the
// smallest desktop window is 640x480), where text at the full scale would leave the learner
// no room to make it larger.
inline float base_text_scale(float display_factor, float shorter_side_px)
{
    const float factor = std::max(1.0F, display_factor);
    return shorter_side_px / factor < 480.0F ? factor * 0.75F : factor;
}

// The text scale the shell draws with: the learner's percent (100-200) of the base. The
// fonts and the layout are made for twice the base (what does not fit scrolls).
inline float shell_text_scale(int percent, float base)
{
    return static_cast<float>(std::clamp(percent, 100, 200)) / 100.0F * base;
}

} // namespace luyenso
