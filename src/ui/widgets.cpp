#include "widgets.h"

#include "icons.h"
#include "layout_log.h"
#include "text_util.h"
#include "theme.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

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
    else if (hovered) {
        // A light label's button darkens (lightening it would take the label below 7:1);
        // a dark label's button tints towards the label.
        const ImVec4 f4 = ImGui::ColorConvertU32ToFloat4(fill);
        const ImVec4 i4 = ImGui::ColorConvertU32ToFloat4(style.ink);
        const bool light_ink = i4.x + i4.y + i4.z > f4.x + f4.y + f4.z;
        fill = mix(fill, light_ink ? IM_COL32_BLACK : style.ink, light_ink ? 0.15F : 0.08F);
    }
    const float rounding = 14;
    dl->AddRectFilled(a, b, fill, rounding);
    if (style.border)
        dl->AddRect(a, b, style.border, rounding, 0, 2.5F);
    // A long label (English, or a narrow window) gets a little smaller, then a second
    // line; never smaller than the body text.
    const float min_px = std::max(body_min_px, text_px * 0.85F);
    ImFont* f = fonts.pick(text_px, Weight::Bold);
    float icon_w = icon ? text_px * 1.2F : 0;
    float gap = icon && !label.empty() ? text_px * 0.4F : 0;
    float tw = text_width(f, text_px, label);
    while (text_px > min_px && tw + icon_w + gap > size.x - 24) {
        text_px = std::max(min_px, text_px - 1);
        f = fonts.pick(text_px, Weight::Bold);
        tw = text_width(f, text_px, label);
        icon_w = icon ? text_px * 1.2F : 0;
        gap = icon && !label.empty() ? text_px * 0.4F : 0;
    }
    std::vector<std::string> lines{label};
    if (tw + icon_w + gap > size.x - 24) {
        lines = wrap_lines(f, text_px, label, std::max(1.0F, size.x - 24 - icon_w - gap));
        tw = 0;
        for (const std::string& l : lines)
            tw = std::max(tw, text_width(f, text_px, l));
    }
    LayoutLog* log = layout_log();
    const int self = log ? log->add(ItemKind::Button, a, b, dl) : -1;
    const float x = a.x + (size.x - tw - icon_w - gap) / 2;
    if (icon)
        draw_icon(dl, icon, ImVec2(x + icon_w / 2, a.y + size.y / 2), icon_w, style.ink);
    const float line_h = text_px * 1.2F;
    float y = a.y + (size.y - line_h * static_cast<float>(lines.size())) / 2 + (line_h - text_px * 1.25F) / 2;
    for (const std::string& line : lines) {
        dl->AddText(f, text_px, ImVec2(x + icon_w + gap, y), style.ink, line.c_str());
        if (log)
            log->add(ItemKind::Text, ImVec2(x + icon_w + gap, y),
                     ImVec2(x + icon_w + gap + text_width(f, text_px, line), y + text_px), dl, line, style.ink, self);
        y += line_h;
    }
    return clicked;
}

float button_width_for(const Fonts& fonts, const std::string& label, bool icon, float text_px)
{
    const float icon_w = icon ? text_px * 1.2F : 0;
    const float gap = icon && !label.empty() ? text_px * 0.4F : 0;
    return text_width(fonts.pick(text_px, Weight::Bold), text_px, label) + icon_w + gap + 28;
}

float wrapped_text(const Fonts& fonts, const std::string& text, float px, Weight weight, ImU32 colour, float width,
                   float line_gap)
{
    ImFont* f = fonts.pick(px, weight);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = start.y;
    for (const std::string& line : wrap_lines(f, px, text, width)) {
        draw_text(dl, f, px, ImVec2(start.x, y), colour, line);
        y += px * line_gap;
    }
    const float h = y - start.y;
    ImGui::Dummy(ImVec2(width, h));
    return h;
}

// [SECTION] Panels
ButtonGrid plan_buttons(const Fonts& fonts, const std::vector<GridButton>& buttons, float width, float label_px)
{
    ButtonGrid g;
    g.label_px = label_px;
    g.button_h = std::max(56.0F, label_px * 1.25F + 24);
    float widest = 0;
    for (const GridButton& b : buttons)
        widest = std::max(widest, button_width_for(fonts, b.label, b.icon != nullptr, label_px * 0.85F));
    const int n = std::max(1, static_cast<int>(buttons.size()));
    g.columns = n;
    while (g.columns > 1 &&
           (width - g.gap * static_cast<float>(g.columns - 1)) / static_cast<float>(g.columns) < widest)
        --g.columns;
    const int rows = (n + g.columns - 1) / g.columns;
    g.height = static_cast<float>(rows) * g.button_h + static_cast<float>(rows - 1) * g.gap;
    return g;
}

int draw_buttons(const Fonts& fonts, const std::vector<GridButton>& buttons, const ButtonGrid& grid, ImVec2 at,
                 float width)
{
    int clicked = -1;
    const int n = static_cast<int>(buttons.size());
    for (int i = 0; i < n; ++i) {
        const int row = i / grid.columns;
        // The last row's buttons share its width too.
        const int in_row = std::min(grid.columns, n - row * grid.columns);
        const float bw = (width - grid.gap * static_cast<float>(in_row - 1)) / static_cast<float>(in_row);
        const int col = i % grid.columns;
        ImGui::SetCursorScreenPos(ImVec2(at.x + static_cast<float>(col) * (bw + grid.gap),
                                         at.y + static_cast<float>(row) * (grid.button_h + grid.gap)));
        const GridButton& b = buttons[static_cast<std::size_t>(i)];
        if (big_button(fonts, b.id, b.label, b.icon, ImVec2(bw, grid.button_h), b.style, grid.label_px))
            clicked = i;
    }
    return clicked;
}

void drag_to_scroll()
{
    // Over a button too: a press that moves is a drag, not a click that went astray.
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6)) {
        const ImVec2 d = ImGui::GetIO().MouseDelta;
        ImGui::SetScrollY(ImGui::GetScrollY() - d.y);
        ImGui::SetScrollX(ImGui::GetScrollX() - d.x);
    }
}

void begin_scroll_body(const char* id, ImVec2 min, ImVec2 max, bool overflows, float content_h)
{
    if (content_h > 0)
        ImGui::SetNextWindowContentSize(ImVec2(0, content_h)); // the bar right from the first frame
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 34);
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarRounding, 17);
    ImGui::PushStyleColor(ImGuiCol_ScrollbarBg, ImGui::ColorConvertU32ToFloat4(IM_COL32(0xE4, 0xE8, 0xE2, 0xFF)));
    ImGui::PushStyleColor(ImGuiCol_ScrollbarGrab, ImGui::ColorConvertU32ToFloat4(palette().primary));
    ImGui::PushStyleColor(ImGuiCol_ScrollbarGrabHovered,
                          ImGui::ColorConvertU32ToFloat4(mix(palette().primary, palette().white, 0.2F)));
    ImGui::PushStyleColor(ImGuiCol_ScrollbarGrabActive,
                          ImGui::ColorConvertU32ToFloat4(mix(palette().primary, IM_COL32_BLACK, 0.2F)));
    // The bar is there exactly when the caller has made room for it (not by ImGui's own
    // guess, which lags a frame behind a change of size).
    ImGui::BeginChild(id, ImVec2(max.x - min.x, max.y - min.y), false,
                      ImGuiWindowFlags_NoBackground |
                          (overflows ? ImGuiWindowFlags_AlwaysVerticalScrollbar : ImGuiWindowFlags_NoScrollbar));
    drag_to_scroll();
    const float page = (max.y - min.y) * 0.8F;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown)))
        ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp)))
        ImGui::SetScrollY(ImGui::GetScrollY() - page);
}

namespace {

// The scrolling region's child window, as BeginChild names it (null before its first frame).
const ImGuiWindow* scroll_body_window(const char* id)
{
    const ImGuiWindow* parent = ImGui::GetCurrentWindowRead();
    char name[256];
    std::snprintf(name, sizeof name, "%s/%s_%08X", parent->Name, id, ImGui::GetID(id));
    return ImGui::FindWindowByName(name);
}

} // namespace

float measure_height(const char* id, float width, const std::function<void()>& content)
{
    auto* frame = static_cast<UiFrame*>(ImGui::GetIO().UserData);
    LayoutLog* log = frame ? frame->log : nullptr;
    if (frame)
        frame->log = nullptr;
    const ImVec2 keep = ImGui::GetCursorScreenPos();
    // Far outside the window: its clip rectangle is empty, nothing of it is drawn or
    // hovered. (AlwaysAutoResize: ImGui would otherwise skip the items of a child out of
    // sight, and they are what is measured.)
    ImGui::SetCursorScreenPos(ImVec2(-100'000, -100'000));
    ImGui::BeginChild(id, ImVec2(width + 44, 1), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoInputs |
                          ImGuiWindowFlags_AlwaysAutoResize);
    const float top = ImGui::GetCursorScreenPos().y;
    content();
    ImGui::Dummy(ImVec2(1, 8)); // as end_scroll_body
    const float h = ImGui::GetCurrentWindow()->DC.CursorMaxPos.y - top;
    ImGui::EndChild();
    ImGui::SetCursorScreenPos(keep);
    if (frame)
        frame->log = log;
    return h;
}

bool scroll_body_overflows(const char* id, float height)
{
    // What the last frame put in it (ImGui measures it at the next Begin).
    const ImGuiWindow* w = scroll_body_window(id);
    return w && w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y > height + 0.5F;
}

bool scroll_body_at_end(const char* id)
{
    // Not drawn before: it starts at the top.
    const ImGuiWindow* w = scroll_body_window(id);
    return w && w->Scroll.y >= w->ScrollMax.y - 1;
}

void end_scroll_body()
{
    ImGui::Dummy(ImVec2(1, 8)); // room under the last line
    ImGui::EndChild();
    ImGui::PopStyleColor(4);
    ImGui::PopStyleVar(2);
}

void more_below_cue(const Fonts& fonts, const char* text, ImVec2 min, ImVec2 max, float px, bool at_end)
{
    if (at_end)
        return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* f = fonts.pick(px, Weight::Bold);
    const float tw = text_width(f, px, text);
    const float arrow = px * 0.9F;
    const float total = arrow + px * 0.4F + tw;
    const float x = min.x + std::max(0.0F, (max.x - min.x - total) / 2);
    const float cy = (min.y + max.y) / 2;
    draw_icon(dl, "chevron_down", ImVec2(x + arrow / 2, cy), arrow, palette().primary);
    draw_text(dl, f, px, ImVec2(x + arrow + px * 0.4F, cy - px * 0.62F), palette().primary, text);
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
