// Our own artwork, drawn as vector shapes: icons and people's pictures. No bitmaps of
// real apps or brands, nothing to load or to go missing.
#pragma once

#include "phone/world.h"

#include <imgui.h>

#include <string_view>

namespace luyenso::ui {

// Draws icon `key` ("phone", "video", "back", ...) centred at `c`, `size` pixels across.
void draw_icon(ImDrawList* dl, std::string_view key, ImVec2 c, float size, ImU32 colour);

// A person's head and shoulders filling [min, max]; round clips to a circle;
// without background only the person is drawn (over a scene).
void draw_person(ImDrawList* dl, const Avatar& avatar, ImVec2 min, ImVec2 max, bool round, bool background = true);

// A person's camera picture (a room behind them) filling [min, max].
void draw_camera_scene(ImDrawList* dl, const Avatar& avatar, ImVec2 min, ImVec2 max, float rounding);

} // namespace luyenso::ui
