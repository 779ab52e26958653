#include "widgets.h"

#include "icons.h"
#include "text_util.h"
#include "theme.h"

#include <algorithm>
#include <cmath>

namespace luyenso::ui {

ButtonStyle primary_button()
{
    return {palette().primary, palette().white, 0};
}

ButtonStyle quiet_button()
{
    return {palette().panel_bg, palette().primary, palette().primary};
}

bool big_button(const Fonts& fonts, const char* id, const std::string& label, const char* icon, ImVec2 size,
                const ButtonStyle& style, float text_px)
{
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill = style.fill;
    if (held)
        fill = mix(fill, IM_COL32_BLACK, 0.15F);
    else if (hovered)
        fill = mix(fill, style.ink, 0.08F);
    const float rounding = 14;
    dl->AddRectFilled(a, b, fill, rounding);
    if (style.border)
        dl->AddRect(a, b, style.border, rounding, 0, 2.5F);
    // A long label (English, or a narrow window) gets smaller text rather than overflowing.
    ImFont* f = fonts.pick(text_px, Weight::Bold);
    float icon_w = icon ? text_px * 1.2F : 0;
    float gap = icon && !label.empty() ? text_px * 0.4F : 0;
    float tw = text_width(f, text_px, label);
    while (text_px > 17 && tw + icon_w + gap > size.x - 24) {
        text_px -= 1;
        f = fonts.pick(text_px, Weight::Bold);
        tw = text_width(f, text_px, label);
        icon_w = icon ? text_px * 1.2F : 0;
        gap = icon && !label.empty() ? text_px * 0.4F : 0;
    }
    const float x = a.x + (size.x - tw - icon_w - gap) / 2;
    if (icon)
        draw_icon(dl, icon, ImVec2(x + icon_w / 2, a.y + size.y / 2), icon_w, style.ink);
    dl->AddText(f, text_px, ImVec2(x + icon_w + gap, a.y + (size.y - text_px * 1.25F) / 2), style.ink, label.c_str());
    return clicked;
}

float wrapped_text(const Fonts& fonts, const std::string& text, float px, Weight weight, ImU32 colour, float width,
                   float line_gap)
{
    ImFont* f = fonts.pick(px, weight);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = start.y;
    for (const std::string& line : wrap_lines(f, px, text, width)) {
        dl->AddText(f, px, ImVec2(start.x, y), colour, line.c_str());
        y += px * line_gap;
    }
    const float h = y - start.y;
    ImGui::Dummy(ImVec2(width, h));
    return h;
}

// [SECTION] Shapes
void fill_rounded_around(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 colour, float rounding, ImVec2 keep_min,
                         ImVec2 keep_max)
{
    // Four bands of whole pixels around `keep`, which neither overlap (a translucent colour
    // is blended once) nor leave a gap: the scissor keeps each fill inside its band. The
    // outer edge leaves room for the anti-aliased fringe.
    const float x0 = std::floor(min.x) - 1;
    const float y0 = std::floor(min.y) - 1;
    const float x1 = std::ceil(max.x) + 1;
    const float y1 = std::ceil(max.y) + 1;
    const float kx0 = std::clamp(std::ceil(keep_min.x), x0, x1);
    const float ky0 = std::clamp(std::ceil(keep_min.y), y0, y1);
    const float kx1 = std::clamp(std::floor(keep_max.x), kx0, x1);
    const float ky1 = std::clamp(std::floor(keep_max.y), ky0, y1);
    const ImVec4 bands[] = {{x0, y0, x1, ky0}, {x0, ky1, x1, y1}, {x0, ky0, kx0, ky1}, {kx1, ky0, x1, ky1}};
    for (const ImVec4& b : bands) {
        if (b.z <= b.x || b.w <= b.y)
            continue;
        dl->PushClipRect(ImVec2(b.x, b.y), ImVec2(b.z, b.w), true);
        dl->AddRectFilled(min, max, colour, rounding);
        dl->PopClipRect();
    }
}

void drop_shadow(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, ImVec2 offset, ImU32 colour)
{
    // The card covers, opaquely and fully (its anti-aliased rim is half a pixel wide), the
    // pixels more than a pixel inside its sides and below its round corners' height.
    fill_rounded_around(dl, ImVec2(min.x + offset.x, min.y + offset.y), ImVec2(max.x + offset.x, max.y + offset.y),
                        colour, rounding, ImVec2(min.x + 1, min.y + rounding + 1),
                        ImVec2(max.x - 1, max.y - rounding - 1));
}

void card(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 fill, ImU32 border, float rounding, float border_px)
{
    drop_shadow(dl, min, max, rounding, ImVec2(2, 4), IM_COL32(0, 0, 0, 0x18));
    dl->AddRectFilled(min, max, fill, rounding);
    if (border_px > 0)
        dl->AddRect(min, max, border, rounding, 0, border_px);
}

} // namespace luyenso::ui
