#include "shell.h"

#include "theme.h"

#include <algorithm>

namespace luyenso::ui {

void Shell::draw(AppModel& model, double time_s)
{
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("luyenso.main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    if (model.page() == Page::LessonList || !model.run())
        draw_lesson_list(model);
    else
        draw_lesson(model, time_s);
    ImGui::End();
}

bool Shell::animating(const AppModel& model) const
{
    const LessonRun* run = model.run();
    return model.page() == Page::Lesson && run && run->current_step() && run->highlight_target() &&
           run->hint_level() > static_cast<int>(run->current_step()->hints.size());
}

void Shell::draw_lesson(AppModel& model, double time_s)
{
    LessonRun& run = *model.run();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = std::clamp(vp->Size.y * 0.03F, 12.0F, 32.0F);
    // The phone as tall as the window allows, the panel beside it takes the rest
    // (at least 420 px; the phone shrinks on narrow screens).
    const float phone_w = (vp->Size.y - 2 * margin) * (phone_width_dp + 24) / (phone_height_dp + 24) + 2 * margin;
    const float panel_w = std::max(420.0F, std::min(vp->Size.x - phone_w - margin, 900.0F));
    // On a wide screen the phone and the panel stay together in the middle.
    const float left = vp->Pos.x + std::max(0.0F, (vp->Size.x - phone_w - panel_w - margin) / 2);
    const ImVec2 phone_min(left + margin, vp->Pos.y + margin);
    const ImVec2 phone_max(std::max(phone_min.x + 100, left + phone_w), vp->Pos.y + vp->Size.y - margin);

    Highlight highlight;
    if (run.highlight_target() && run.current_step()) {
        highlight.element_id = run.current_step()->target;
        highlight.strength = run.hint_level() > static_cast<int>(run.current_step()->hints.size()) ? 1.6F : 1.0F;
    }
    if (auto action = phone_view_.draw(run.phone(), fonts_, images_, phone_min, phone_max, highlight, time_s))
        model.act(*action);
    forward_keyboard(model);

    const float panel_left = std::min(left + phone_w, vp->Pos.x + vp->Size.x - panel_w - margin);
    const ImVec2 panel_min(panel_left, vp->Pos.y + margin);
    const ImVec2 panel_max(panel_left + panel_w, vp->Pos.y + vp->Size.y - margin);
    if (model.run() && model.run()->finished())
        draw_finished_panel(model, panel_min, panel_max);
    else if (model.run())
        draw_lesson_panel(model, panel_min, panel_max);
}

void Shell::forward_keyboard(AppModel& model)
{
    ImGuiIO& io = ImGui::GetIO();
    LessonRun* run = model.run();
    if (!run)
        return;
    if (run->phone().input_focused()) {
        std::string typed;
        for (const ImWchar c : io.InputQueueCharacters) {
            const auto cp = static_cast<unsigned>(c);
            if (cp < 0x20)
                continue;
            if (cp < 0x80) {
                typed += static_cast<char>(cp);
            } else if (cp < 0x800) {
                typed += static_cast<char>(0xC0 | (cp >> 6));
                typed += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                typed += static_cast<char>(0xE0 | (cp >> 12));
                typed += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                typed += static_cast<char>(0x80 | (cp & 0x3F));
            }
        }
        if (!typed.empty())
            model.act(Action::type(typed));
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)))
            model.act(Action::key("backspace"));
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
            model.act(Action::key("enter"));
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        model.act(Action::back());
}

} // namespace luyenso::ui
