#include "layout_log.h"

#include "theme.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

namespace luyenso::ui {

int LayoutLog::add(ItemKind kind, ImVec2 min, ImVec2 max, ImDrawList* dl, std::string text, ImU32 ink, int owner)
{
    LayoutItem item;
    item.kind = kind;
    item.min = min;
    item.max = max;
    item.text = std::move(text);
    item.ink = ink;
    item.owner = owner;
    const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
    const bool own_list = w && (dl == nullptr || dl == w->DrawList);
    if (dl == nullptr && w)
        dl = w->DrawList;
    if (dl) {
        item.clip_min = dl->GetClipRectMin();
        item.clip_max = dl->GetClipRectMax();
    } else {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        item.clip_min = vp->Pos;
        item.clip_max = ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y);
    }
    if (own_list) {
        item.window = w->Name;
        const bool child = (w->Flags & ImGuiWindowFlags_ChildWindow) != 0;
        item.scrolls = child && (w->Flags & ImGuiWindowFlags_NoScrollbar) == 0;
        item.scrolls_x = child && (w->Flags & (ImGuiWindowFlags_HorizontalScrollbar |
                                               ImGuiWindowFlags_AlwaysHorizontalScrollbar)) != 0;
    }
    items_.push_back(std::move(item));
    return static_cast<int>(items_.size()) - 1;
}

LayoutLog* layout_log()
{
    if (!ImGui::GetCurrentContext())
        return nullptr;
    const auto* f = static_cast<const UiFrame*>(ImGui::GetIO().UserData);
    return f ? f->log : nullptr;
}

void draw_text(ImDrawList* dl, ImFont* font, float px, ImVec2 at, ImU32 colour, const char* text, ItemKind kind)
{
    dl->AddText(font, px, at, colour, text);
    if (LayoutLog* log = layout_log()) {
        const float w = font->CalcTextSizeA(px, FLT_MAX, 0, text).x;
        if (w > 0)
            log->add(kind, at, ImVec2(at.x + w, at.y + px), dl, text, colour);
    }
}

} // namespace luyenso::ui
