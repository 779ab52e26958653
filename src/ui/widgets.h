// Big, plain widgets for older hands: buttons of 64 px and more with an icon and a
// label, wrapped text in a chosen size.
#pragma once

#include "fonts.h"

#include <imgui.h>

#include <string>

namespace luyenso::ui {

struct ButtonStyle {
    ImU32 fill;
    ImU32 ink;
    ImU32 border = 0;
};

ButtonStyle primary_button();
ButtonStyle quiet_button();

// A button at the cursor, `size` pixels; returns true when clicked.
bool big_button(const Fonts& fonts, const char* id, const std::string& label, const char* icon, ImVec2 size,
                const ButtonStyle& style, float text_px = 26);

// Wrapped text at the cursor in [cursor.x, cursor.x + width]; moves the cursor below it.
// Returns the height used.
float wrapped_text(const Fonts& fonts, const std::string& text, float px, Weight weight, ImU32 colour, float width,
                   float line_gap = 1.3F);

} // namespace luyenso::ui
