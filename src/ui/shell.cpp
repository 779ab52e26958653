#include "shell.h"
#include "layout_log.h"

#include "text/text_scale.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <algorithm>

namespace luyenso::ui {

Shell::~Shell()
{
    if (ImGui::GetCurrentContext() && ImGui::GetIO().UserData == &frame_)
        ImGui::GetIO().UserData = nullptr;
}

void Shell::draw(AppModel& model, double time_s)
{
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    frame_.palette = model.high_contrast() ? &high_contrast_palette() : &calm_palette();
    frame_.log = log_;
    if (log_)
        log_->clear();
    ImGui::GetIO().UserData = &frame_;
    ImGui::GetStyle().Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(palette().window_bg);
    // The learner's text size (times the display's scale), on every page; what does not fit
    // scrolls.
    fullscreen_button_ = {};
    k_ = shell_text_scale(model.text_percent(), display_factor_);
    language_ = model.language();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("luyenso.main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoBackground);
    switch (model.page()) {
    case Page::Learners: draw_learner_picker(model); break;
    case Page::EditLearner: draw_learner_edit(model); break;
    case Page::TrainerPin: draw_trainer_pin(model); break;
    case Page::Dashboard: draw_dashboard(model); break;
    case Page::History: draw_history(model); break;
    case Page::LessonErrors: draw_lesson_errors(model); break;
    case Page::LessonStart:
    case Page::Lesson:
    case Page::LessonList:
        if (model.page() == Page::LessonStart && model.chosen())
            draw_lesson_start(model);
        else if (model.page() == Page::Lesson && model.run())
            draw_lesson(model, time_s);
        else
            draw_lesson_list(model);
        break;
    }
    draw_store_problem(model);
    ImGui::End();
}

// Text size (A- / A+) and the high-contrast switch, right-aligned at `at` (top right),
// on the title band of the lesson list.
void Shell::draw_display_controls(AppModel& model, ImVec2 at)
{
    const UiText& t = ui_text(model.language());
    const float h = (display_controls_h - 10) / 2; // each row
    const ButtonStyle on_band{IM_COL32(0x00, 0x00, 0x00, 0x30), palette().white, IM_COL32(0xFF, 0xFF, 0xFF, 0x90)};
    const ButtonStyle active{palette().white, palette().primary, palette().white};
    float x = at.x;
    const float contrast_w = fullscreen_button_w;
    x -= contrast_w;
    ImGui::SetCursorScreenPos(ImVec2(x, at.y));
    if (big_button(fonts_, "contrast", t.contrast, "contrast", ImVec2(contrast_w, h),
                   model.high_contrast() ? active : on_band, 22))
        model.set_high_contrast(!model.high_contrast());
    x -= 12 + 64;
    ImGui::SetCursorScreenPos(ImVec2(x, at.y));
    if (big_button(fonts_, "bigger", "A+", nullptr, ImVec2(64, h), on_band, 28))
        model.set_text_percent(model.text_percent() + 25);
    const std::string percent = std::to_string(model.text_percent()) + "%";
    x -= 8 + 88;
    // Between A- and A+: "Cỡ chữ" over the percentage, both inside the buttons' height.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto centred = [&](const char* text, float size, Weight w, float y, ImU32 colour) {
        ImFont* f = fonts_.pick(size, w);
        const float tw = f->CalcTextSizeA(size, FLT_MAX, 0, text).x;
        draw_text(dl, f, size, ImVec2(x + 4 + (88 - tw) / 2, y), colour, text);
    };
    centred(t.text_size, 18, Weight::Regular, at.y, IM_COL32(0xE3, 0xEE, 0xFB, 0xFF));
    centred(percent.c_str(), 24, Weight::Bold, at.y + 24, palette().white);
    x -= 8 + 64;
    ImGui::SetCursorScreenPos(ImVec2(x, at.y));
    if (big_button(fonts_, "smaller", "A-", nullptr, ImVec2(64, h), on_band, 28))
        model.set_text_percent(model.text_percent() - 25);
    // The interface language: Vietnamese or English (lessons follow where they have it).
    const float language_w = 170;
    ImGui::SetCursorScreenPos(ImVec2(x - 16 - language_w, at.y));
    if (big_button(fonts_, "language", t.other_language, nullptr, ImVec2(language_w, h), on_band, 22))
        model.set_language(model.language() == "en" ? "vi" : "en");
    // Full screen, under the contrast switch: the button asks, the platform does it.
    const ImVec2 fs_min(at.x - contrast_w, at.y + h + 10);
    ImGui::SetCursorScreenPos(fs_min);
    if (big_button(fonts_, "fullscreen", fullscreen_ ? t.fullscreen_leave : t.fullscreen_enter,
                   fullscreen_ ? "fullscreen_exit" : "fullscreen", ImVec2(contrast_w, h), on_band, 22))
        fullscreen_request_ = !fullscreen_;
    fullscreen_button_ = {fs_min, ImVec2(fs_min.x + contrast_w, fs_min.y + h)};
}

bool Shell::animating(const AppModel& model) const
{
    const LessonRun* run = model.run();
    if (model.page() != Page::Lesson || !run || run->finished())
        return false;
    // A banner sliding away moves too (it slides in its last 400 ms).
    const auto& banner = run->phone().notification();
    const bool sliding = banner && banner->until_ms - run->phone().clock().now_ms() < 700;
    return (run->playing() && !run->paused()) || (run->highlight_target() && run->pointing()) || sliding;
}

void Shell::draw_lesson(AppModel& model, double time_s)
{
    LessonRun& run = *model.run();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = std::clamp(vp->Size.y * 0.03F, 12.0F, 32.0F);
    // The phone as tall as the window allows, the panel beside it takes the rest
    // (at least 420 px; the phone shrinks on narrow screens). On the projector, whose text
    // grows with the screen, the panel may grow with it too.
    const float phone_w = (vp->Size.y - 2 * margin) * (phone_width_dp + 24) / (phone_height_dp + 24) + 2 * margin;
    // Large text makes it wider still, up to what the window leaves beside the phone.
    const float widest = 900.0F * std::max({1.0F, model.projector() ? vp->Size.y / 800.0F : 1.0F, k_ * 0.8F});
    const float panel_w = std::max(420.0F, std::min(vp->Size.x - phone_w - margin, widest));
    // On a wide screen the phone and the panel stay together in the middle.
    const float left = vp->Pos.x + std::max(0.0F, (vp->Size.x - phone_w - panel_w - margin) / 2);
    ImVec2 phone_min(left + margin, vp->Pos.y + margin);
    ImVec2 phone_max(std::max(phone_min.x + 100, left + phone_w), vp->Pos.y + vp->Size.y - margin);
    const float panel_left = std::min(left + phone_w, vp->Pos.x + vp->Size.x - panel_w - margin);
    ImVec2 panel_min(panel_left, vp->Pos.y + margin);
    ImVec2 panel_max(panel_left + panel_w, vp->Pos.y + vp->Size.y - margin);
    // Upright (a phone in the hand, portrait): the simulated phone across the top, as
    // large as fits, and the panel as a sheet across the bottom; neither covers the other.
    // The sheet keeps its share at any text size (what does not fit in it scrolls): larger
    // text must not shrink the phone, whose own writing is already small on a phone.
    if (const float m = 8; vp->Size.y > vp->Size.x * 1.25F) {
        const float sheet_h = std::max(vp->Size.y * 0.42F, 240.0F);
        phone_min = ImVec2(vp->Pos.x + m, vp->Pos.y + m);
        phone_max = ImVec2(vp->Pos.x + vp->Size.x - m, vp->Pos.y + vp->Size.y - sheet_h - m);
        panel_min = ImVec2(vp->Pos.x + m, phone_max.y + m);
        panel_max = ImVec2(vp->Pos.x + vp->Size.x - m, vp->Pos.y + vp->Size.y - m);
    }

    Highlight highlight;
    if (run.highlight_target() && run.current_step()) {
        highlight.element_id = run.ring_target();
        highlight.strength = run.pointing() ? 1.6F : 1.0F;
    }
    if (run.hand().visible && (run.playing() || run.mode() == Mode::Watch))
        highlight.hand = run.hand();
    if (auto action = phone_view_.draw(run.phone(), fonts_, images_, phone_min, phone_max, highlight, time_s))
        model.act(*action);
    forward_keyboard(model);

    if (model.projector() && model.run())
        draw_projector_panel(model, panel_min, panel_max);
    else if (model.run() && model.run()->finished())
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
