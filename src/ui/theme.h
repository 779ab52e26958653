// Colours and sizes of the app around the phone and on it: calm, high contrast (text in
// the panels 7:1 or more against its background, on the phone 4.5:1 or more: measured by
// tests/ui/contrast_test.cpp), targets 48 px or more.
#pragma once

#include <imgui.h>

#include <string>

namespace luyenso::ui {

struct Palette {
    ImU32 window_bg = IM_COL32(0xEC, 0xEF, 0xEA, 0xFF);
    ImU32 panel_bg = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    ImU32 panel_border = IM_COL32(0xC9, 0xCF, 0xC6, 0xFF);
    ImU32 text = IM_COL32(0x17, 0x1A, 0x17, 0xFF);
    ImU32 text_muted = IM_COL32(0x45, 0x4B, 0x45, 0xFF); // 9:1 on white
    ImU32 primary = IM_COL32(0x0A, 0x45, 0x90, 0xFF);    // chat blue: white text 9.3:1, on primary_light 7.9:1
    ImU32 primary_light = IM_COL32(0xE3, 0xEE, 0xFB, 0xFF);
    ImU32 success = IM_COL32(0x1B, 0x5E, 0x20, 0xFF);   // white text 7.9:1
    ImU32 danger = IM_COL32(0x8E, 0x15, 0x15, 0xFF);    // white text 9.3:1; as text on window_bg 8:1
    ImU32 highlight = IM_COL32(0xF2, 0x7A, 0x00, 0xFF); // the orange "tap here" ring
    ImU32 hint_bg = IM_COL32(0xFF, 0xF3, 0xC4, 0xFF);
    ImU32 hint_text = IM_COL32(0x3D, 0x2E, 0x00, 0xFF);
    ImU32 wrong_bg = IM_COL32(0xFF, 0xE4, 0xD6, 0xFF);
    ImU32 wrong_text = IM_COL32(0x5C, 0x1A, 0x00, 0xFF);
    ImU32 praise_bg = IM_COL32(0xDF, 0xF2, 0xDC, 0xFF);
    ImU32 praise_text = IM_COL32(0x12, 0x3F, 0x16, 0xFF);
    ImU32 phone_body = IM_COL32(0x22, 0x24, 0x26, 0xFF);
    ImU32 white = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
};

class LayoutLog;

// What the shell keeps in ImGuiIO::UserData (the context's slot for the app) while it
// draws: the palette, and the layout log when a test records the frame.
struct UiFrame {
    const Palette* palette = nullptr;
    LayoutLog* log = nullptr;
};

// The palette of the current ImGui context: the calm one, or the high-contrast one when
// the shell has set it.
const Palette& palette();
const Palette& calm_palette();
const Palette& high_contrast_palette();

// Parses "#RRGGBB" (lessons' avatar colours); grey if malformed.
ImU32 colour_from_hex(const std::string& hex, int alpha = 255);
ImU32 with_alpha(ImU32 colour, int alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);

// ImGui's own widgets (buttons, scroll bars) in the same look, sized for older hands.
void apply_style(ImGuiStyle& style);

} // namespace luyenso::ui
