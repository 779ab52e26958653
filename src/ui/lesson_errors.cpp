// --watch: while the lesson being written has errors, they are listed instead of the
// lesson, as `FILE:LINE:COL: error: ...` lines an organiser can find in the editor.
#include "shell.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <algorithm>
#include <cstdio>

namespace luyenso::ui {

void Shell::draw_lesson_errors(const AppModel& model)
{
    const UiText& t = ui_text(model.language());
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = std::min(vp->Size.x - 48.0F, 1400.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;

    const float band_h = 100;
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().danger);
    ImGui::SetCursorScreenPos(ImVec2(x0, vp->Pos.y + 20));
    wrapped_text(fonts_, t.errors_title, 44, Weight::Bold, palette().white, width);
    ImGui::SetCursorScreenPos(ImVec2(x0, vp->Pos.y + band_h + 20));
    wrapped_text(fonts_, t.errors_note, 26, Weight::Regular, palette().text, width);
    char count[120];
    std::snprintf(count, sizeof count, t.errors_count_fmt, static_cast<int>(model.lesson_errors().size()));
    ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y + 8));
    wrapped_text(fonts_, std::string(count) + " " + model.errors_file(), 24, Weight::Bold, palette().text, width);

    const float list_top = ImGui::GetCursorScreenPos().y + 8;
    ImGui::SetCursorScreenPos(ImVec2(x0, list_top));
    ImGui::BeginChild("errors", ImVec2(width, vp->Pos.y + vp->Size.y - list_top - 16), false,
                      ImGuiWindowFlags_NoBackground);
    // Each error on a soft red card: the text on channel 1, its card under it on 0.
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    cdl->ChannelsSplit(2);
    for (const Diagnostic& d : model.lesson_errors()) {
        const ImVec2 a = ImGui::GetCursorScreenPos();
        cdl->ChannelsSetCurrent(1);
        ImGui::SetCursorScreenPos(ImVec2(a.x + 16, a.y + 12));
        const float h = wrapped_text(fonts_, d.to_string(model.language() == "en" ? "error" : "lỗi", model.language()),
                                     22, Weight::Regular, palette().wrong_text, width - 48);
        cdl->ChannelsSetCurrent(0);
        cdl->AddRectFilled(a, ImVec2(a.x + width - 8, a.y + h + 24), palette().wrong_bg, 12);
        ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + h + 36));
        ImGui::Dummy(ImVec2(1, 1));
    }
    cdl->ChannelsMerge();
    ImGui::EndChild();
}

} // namespace luyenso::ui
