#include "theme.h"

#include <cstdlib>

namespace luyenso::ui {

const Palette& calm_palette()
{
    static const Palette p; // constant
    return p;
}

const Palette& high_contrast_palette()
{
    // Black on white and white on near-black: every text 12:1 or more.
    static const Palette p = [] {
        Palette h;
        h.window_bg = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
        h.panel_bg = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
        h.panel_border = IM_COL32(0x00, 0x00, 0x00, 0xFF);
        h.text = IM_COL32(0x00, 0x00, 0x00, 0xFF);
        h.text_muted = IM_COL32(0x1A, 0x1A, 0x1A, 0xFF);
        h.primary = IM_COL32(0x00, 0x2A, 0x66, 0xFF);
        h.primary_light = IM_COL32(0xDC, 0xE8, 0xFF, 0xFF);
        h.success = IM_COL32(0x00, 0x4D, 0x12, 0xFF);
        h.danger = IM_COL32(0x9E, 0x00, 0x00, 0xFF);
        h.highlight = IM_COL32(0xFF, 0x8A, 0x00, 0xFF); // bright orange, as the hints say, with dark and white rims
        h.hint_bg = IM_COL32(0xFF, 0xF0, 0x9E, 0xFF);
        h.hint_text = IM_COL32(0x00, 0x00, 0x00, 0xFF);
        h.wrong_bg = IM_COL32(0xFF, 0xDD, 0xCC, 0xFF);
        h.wrong_text = IM_COL32(0x00, 0x00, 0x00, 0xFF);
        h.praise_bg = IM_COL32(0xCC, 0xF0, 0xCC, 0xFF);
        h.praise_text = IM_COL32(0x00, 0x33, 0x00, 0xFF);
        return h;
    }();
    return p;
}

const Palette& palette()
{
    if (ImGui::GetCurrentContext())
        if (const auto* f = static_cast<const UiFrame*>(ImGui::GetIO().UserData); f && f->palette)
            return *f->palette;
    return calm_palette();
}

ImU32 colour_from_hex(const std::string& hex, int alpha)
{
    if (hex.size() != 7 || hex[0] != '#')
        return IM_COL32(0x80, 0x80, 0x80, alpha);
    const unsigned long v = std::strtoul(hex.c_str() + 1, nullptr, 16);
    return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, alpha);
}

ImU32 with_alpha(ImU32 colour, int alpha)
{
    return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

ImU32 mix(ImU32 a, ImU32 b, float t)
{
    const ImVec4 ca = ImGui::ColorConvertU32ToFloat4(a);
    const ImVec4 cb = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(ca.x + (cb.x - ca.x) * t, ca.y + (cb.y - ca.y) * t, ca.z + (cb.z - ca.z) * t, ca.w + (cb.w - ca.w) * t));
}

void apply_style(ImGuiStyle& style)
{
    ImGui::StyleColorsLight(&style);
    const Palette& p = palette();
    style.WindowPadding = ImVec2(0, 0);
    style.FramePadding = ImVec2(20, 12);
    style.ItemSpacing = ImVec2(14, 14);
    style.FrameRounding = 12;
    style.WindowRounding = 0;
    style.ScrollbarSize = 22;
    style.ScrollbarRounding = 11;
    style.WindowBorderSize = 0;
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(p.window_bg);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.text);
    style.Colors[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(p.primary);
    // Hovered and pressed buttons darken (a lighter blue would take white text below 7:1).
    style.Colors[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(mix(p.primary, IM_COL32_BLACK, 0.2F));
    style.Colors[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(mix(p.primary, IM_COL32_BLACK, 0.35F));
}

} // namespace luyenso::ui
