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

// [SECTION] Shapes that cost the software rasteriser little
// Each fills only the pixels that stay visible: on llvmpipe a frame's cost is mostly the
// pixels its triangles cover, and translucent ones cost the most.

// Fills the rounded rectangle [min, max] except inside `keep` (shrunk to whole pixels),
// which the caller covers afterwards with something opaque: the same picture as filling
// all of it.
void fill_rounded_around(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 colour, float rounding, ImVec2 keep_min,
                         ImVec2 keep_max);

// The soft shadow under an opaque card [min, max] with corners of `rounding`: the card's
// shape moved by `offset`, drawn only where the card (drawn next) will not cover it.
void drop_shadow(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, ImVec2 offset, ImU32 colour);

// A card of the pages: its shadow, its fill and its border.
void card(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 fill, ImU32 border, float rounding, float border_px);

} // namespace luyenso::ui
