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

// The text scale the shell draws with: the learner's percent times the display's factor,
// at most 2 (the largest the layout and the fonts are made for; what does not fit scrolls).
inline float shell_text_scale(int percent, float display_factor)
{
    return std::min(2.0F, static_cast<float>(percent) / 100.0F * display_factor);
}

} // namespace luyenso
