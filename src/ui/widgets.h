// Big, plain widgets for older hands: buttons of 64 px and more with an icon and a
// label, wrapped text in a chosen size.
#pragma once

#include "fonts.h"

#include <imgui.h>

#include <functional>
#include <string>

namespace luyenso::ui {

struct ButtonStyle {
    ImU32 fill;
    ImU32 ink;
    ImU32 border = 0;
};

ButtonStyle primary_button();
ButtonStyle quiet_button();

// The smallest text a button's label shrinks to before it takes a second line: the
// panels' body text at 100 %.
constexpr float body_min_px = 22;

// A button at the cursor, `size` pixels; returns true when clicked. A label too long for
// one line at `text_px` shrinks a little (to 85 %, never below body_min_px), then wraps.
bool big_button(const Fonts& fonts, const char* id, const std::string& label, const char* icon, ImVec2 size,
                const ButtonStyle& style, float text_px = 26);

// Wrapped text at the cursor in [cursor.x, cursor.x + width]; moves the cursor below it.
// Returns the height used.
// The width a button needs to show `label` (and `icon`) on one line at `text_px`.
float button_width_for(const Fonts& fonts, const std::string& label, bool icon, float text_px);

float wrapped_text(const Fonts& fonts, const std::string& text, float px, Weight weight, ImU32 colour, float width,
                   float line_gap = 1.3F);

// [SECTION] Panels that never overlap: buttons in as many rows as their labels need, and
// a scrolling body between the top and the buttons.

struct GridButton {
    const char* id;
    std::string label;
    const char* icon;
    ButtonStyle style;
};

struct ButtonGrid {
    int columns = 1;
    float button_h = 64;
    float label_px = 24;
    float gap = 16;
    float height = 0; // all rows and the gaps between them
};

// As many buttons per row as keep every label on one line at `label_px` (or at 85 % of it):
// the row is split when they do not fit. Buttons are at least 56 px high.
ButtonGrid plan_buttons(const Fonts& fonts, const std::vector<GridButton>& buttons, float width, float label_px);
// Draws the buttons planned, from `at` (top left), `width` wide; returns the one clicked, or -1.
int draw_buttons(const Fonts& fonts, const std::vector<GridButton>& buttons, const ButtonGrid& grid, ImVec2 at,
                 float width);

// In a scrolling window (call after BeginChild): a drag with the mouse held moves the
// content, as a finger does on a touch screen.
void drag_to_scroll();

// Begins a region [min, max] whose content scrolls up and down when it `overflows`
// (scroll_body_overflows), with a large scroll bar, by the wheel, a drag and the Page
// Up/Down keys; the content should then leave 44 px on the right for the bar. End it
// with end_scroll_body.
// `content_h` (when measured, else 0) sizes the bar from the first frame on.
void begin_scroll_body(const char* id, ImVec2 min, ImVec2 max, bool overflows, float content_h = 0);
void end_scroll_body();
// The height `content` (drawing at the cursor) takes, measured in this frame in a hidden
// region `width` wide that records nothing and shows nothing: what a scrolling region
// needs to know whether it overflows before it is drawn.
float measure_height(const char* id, float width, const std::function<void()>& content);

// Whether the region's content (by the last frame's measure) is taller than `height`.
bool scroll_body_overflows(const char* id, float height);
// Whether it shows its end (false before its first frame: it starts at the top).
bool scroll_body_at_end(const char* id);
// A line under a scrolling region that goes on below: an arrow and `text`, centred.
void more_below_cue(const Fonts& fonts, const char* text, ImVec2 min, ImVec2 max, float px, bool at_end);

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
