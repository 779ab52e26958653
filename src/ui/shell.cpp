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
    base_k_ = base_text_scale(display_factor_, std::min(vp->Size.x, vp->Size.y));
    k_ = shell_text_scale(model.text_percent(), base_k_);
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

Shell::DisplayControls Shell::plan_display_controls(const AppModel& model, float width) const
{
    using Kind = DisplayControls::Kind;
    const UiText& t = ui_text(model.language());
    const float s = display_factor_;
    const float gap = 12 * s;
    // On a wide window: language, size and contrast in a row, full screen under the
    // contrast switch, as wide as it (and as the wider of their labels).
    const float switch_w = std::max({250 * s, button_width_for(fonts_, t.contrast, true, 22 * s),
                                     button_width_for(fonts_, t.fullscreen_enter, true, 22 * s),
                                     button_width_for(fonts_, t.fullscreen_leave, true, 22 * s)});
    const float language_w = std::max(150 * s, button_width_for(fonts_, t.other_language, false, 22 * s));
    const float size_w = (64 + 8 + 88 + 8 + 64) * s;
    DisplayControls plan;
    plan.wide = language_w + size_w + switch_w + 2 * gap <= width;
    std::vector<std::pair<Kind, float>> items;
    if (plan.wide) {
        plan.row_h = 56 * s;
        plan.label_px = 22 * s;
        items = {{Kind::Language, language_w},
                 {Kind::Size, size_w},
                 {Kind::Contrast, switch_w},
                 {Kind::Fullscreen, switch_w}};
    } else {
        // A narrow window (a phone held upright): a little smaller (still a finger's
        // width), each as wide as its label, in as many rows as they need, text size first.
        plan.row_h = 48 * s;
        plan.label_px = 20 * s;
        const auto fit = [&](float w) { return std::min(width, w); };
        items = {{Kind::Size, fit(size_w)},
                 {Kind::Language, fit(button_width_for(fonts_, t.other_language, false, plan.label_px))},
                 {Kind::Contrast, fit(button_width_for(fonts_, t.contrast, true, plan.label_px))},
                 {Kind::Fullscreen, fit(button_width_for(fonts_, fullscreen_ ? t.fullscreen_leave : t.fullscreen_enter,
                                                         true, plan.label_px))}};
    }
    plan.row_gap = 10 * s;
    // Rows from the top, each filled from the right (shown in the items' order, left to right).
    std::vector<std::vector<std::pair<Kind, float>>> rows(1);
    float used = 0;
    for (const auto& item : items) {
        const bool full = used + gap + item.second > width;
        if (!rows.back().empty() && (plan.wide ? item.first == Kind::Fullscreen : full)) {
            rows.emplace_back();
            used = 0;
        }
        used += (rows.back().empty() ? 0 : gap) + item.second;
        rows.back().push_back(item);
    }
    float y = 0;
    for (const auto& row : rows) {
        float x = 0;
        for (auto it = row.rbegin(); it != row.rend(); ++it) {
            x -= it->second;
            plan.items.push_back({it->first, ImVec2(x, y), it->second});
            x -= gap;
        }
        plan.rooms.push_back(width + x + gap);
        y += plan.row_h + plan.row_gap;
    }
    plan.height = y - plan.row_gap;
    return plan;
}

void Shell::draw_display_controls(AppModel& model, const DisplayControls& plan, ImVec2 top_right)
{
    using Kind = DisplayControls::Kind;
    const UiText& t = ui_text(model.language());
    const float s = display_factor_;
    const float h = plan.row_h;
    const float px = plan.label_px;
    const ButtonStyle on_band{IM_COL32(0x00, 0x00, 0x00, 0x30), palette().white, IM_COL32(0xFF, 0xFF, 0xFF, 0x90)};
    const ButtonStyle active{palette().white, palette().primary, palette().white};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const DisplayControls::Item& item : plan.items) {
        const ImVec2 at(top_right.x + item.min.x, top_right.y + item.min.y);
        ImGui::SetCursorScreenPos(at);
        switch (item.kind) {
        case Kind::Language:
            // The interface language: Vietnamese or English (lessons follow where they have it).
            if (big_button(fonts_, "language", t.other_language, nullptr, ImVec2(item.w, h), on_band, px))
                model.set_language(model.language() == "en" ? "vi" : "en");
            break;
        case Kind::Size: {
            if (big_button(fonts_, "smaller", "A-", nullptr, ImVec2(64 * s, h), on_band, px * 28 / 22))
                model.set_text_percent(model.text_percent() - 25);
            // Between A- and A+: "Cỡ chữ" over the percentage, both inside the buttons' height.
            const float mid = at.x + (64 + 8) * s;
            const auto centred = [&](const char* text, float size, Weight w, float y, ImU32 colour) {
                ImFont* f = fonts_.pick(size, w);
                const float tw = f->CalcTextSizeA(size, FLT_MAX, 0, text).x;
                draw_text(dl, f, size, ImVec2(mid + (88 * s - tw) / 2, y), colour, text);
            };
            const std::string percent = std::to_string(model.text_percent()) + "%";
            // (18 and 24 px in the 56 px row of a wide window.)
            centred(t.text_size, h * 18 / 56, Weight::Regular, at.y, IM_COL32(0xE3, 0xEE, 0xFB, 0xFF));
            centred(percent.c_str(), h * 24 / 56, Weight::Bold, at.y + h * 24 / 56, palette().white);
            ImGui::SetCursorScreenPos(ImVec2(mid + (88 + 8) * s, at.y));
            if (big_button(fonts_, "bigger", "A+", nullptr, ImVec2(64 * s, h), on_band, px * 28 / 22))
                model.set_text_percent(model.text_percent() + 25);
            break;
        }
        case Kind::Contrast:
            if (big_button(fonts_, "contrast", t.contrast, "contrast", ImVec2(item.w, h),
                           model.high_contrast() ? active : on_band, px))
                model.set_high_contrast(!model.high_contrast());
            break;
        case Kind::Fullscreen:
            // The button asks, the platform does it.
            if (big_button(fonts_, "fullscreen", fullscreen_ ? t.fullscreen_leave : t.fullscreen_enter,
                           fullscreen_ ? "fullscreen_exit" : "fullscreen", ImVec2(item.w, h), on_band, px))
                fullscreen_request_ = !fullscreen_;
            fullscreen_button_ = {at, ImVec2(at.x + item.w, at.y + h)};
            break;
        }
    }
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
    // The panel is short of room then, and on a phone's small screen held sideways: it
    // keeps its text the room (lesson_panel.cpp).
    const bool upright = vp->Size.y > vp->Size.x * 1.25F;
    compact_ = upright || base_k_ < display_factor_;
    if (const float m = 8; upright) {
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
