#include "widgets.h"

#include "icons.h"
#include "text_util.h"
#include "theme.h"

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

} // namespace luyenso::ui
