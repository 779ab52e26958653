// The panel beside the phone: the step, the instruction in large text, hints and
// feedback, and the buttons to get a hint, start again or go back to the list.
#include "icons.h"
#include "shell.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <algorithm>
#include <cstdio>

namespace luyenso::ui {

namespace {
void panel_card(ImVec2 min, ImVec2 max)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(min.x + 2, min.y + 4), ImVec2(max.x + 2, max.y + 4), IM_COL32(0, 0, 0, 0x18), 22);
    dl->AddRectFilled(min, max, palette().panel_bg, 22);
    dl->AddRect(min, max, palette().panel_border, 22, 0, 1.5F);
}
} // namespace

void Shell::draw_lesson_panel(AppModel& model, ImVec2 min, ImVec2 max)
{
    LessonRun& run = *model.run();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    const Step& step = *run.current_step();
    panel_card(min, max);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = 32;
    const float inner_w = max.x - min.x - 2 * pad;
    const float x = min.x + pad;

    // Title and mode.
    ImGui::SetCursorScreenPos(ImVec2(x, min.y + 24));
    ImFont* fm = fonts_.pick(22, Weight::Bold);
    const char* mode = mode_label(run.mode(), lang);
    const float chip_w = text_width(fm, 22, mode) + 28;
    dl->AddRectFilled(ImVec2(max.x - pad - chip_w, min.y + 24), ImVec2(max.x - pad, min.y + 60), palette().primary_light, 18);
    dl->AddText(fm, 22, ImVec2(max.x - pad - chip_w + 14, min.y + 29), palette().primary, mode);
    ImFont* ft = fonts_.pick(26, Weight::Bold);
    dl->AddText(ft, 26, ImVec2(x, min.y + 26), palette().text_muted,
                fit_text(ft, 26, run.lesson().title.get(lang), inner_w - chip_w - 16).c_str());

    // Step counter and progress.
    char counter[64];
    std::snprintf(counter, sizeof counter, t.step_fmt, static_cast<int>(run.step_index() + 1), static_cast<int>(run.step_count()));
    dl->AddText(fonts_.pick(34, Weight::Bold), 34, ImVec2(x, min.y + 76), palette().primary, counter);
    const float bar_y = min.y + 126;
    const float seg_gap = 8;
    const float seg_w = (inner_w - seg_gap * static_cast<float>(run.step_count() - 1)) / static_cast<float>(run.step_count());
    for (std::size_t i = 0; i < run.step_count(); ++i) {
        const float sx = x + static_cast<float>(i) * (seg_w + seg_gap);
        const ImU32 col = i < run.step_index() ? palette().success : i == run.step_index() ? palette().primary : IM_COL32(0xD9, 0xDE, 0xD6, 0xFF);
        dl->AddRectFilled(ImVec2(sx, bar_y), ImVec2(sx + seg_w, bar_y + 12), col, 6);
    }

    // The story, on the first step only.
    float y = bar_y + 36;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (run.step_index() == 0 && !run.lesson().intro.empty()) {
        ImFont* fs = fonts_.pick(26);
        const auto lines = wrap_lines(fs, 26, run.lesson().intro.get(lang), inner_w - 36);
        const float box_h = static_cast<float>(lines.size()) * 34 + 60;
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + inner_w, y + box_h), IM_COL32(0xF3, 0xF5, 0xF1, 0xFF), 14);
        dl->AddText(fonts_.pick(24, Weight::Bold), 24, ImVec2(x + 18, y + 12), palette().text_muted, t.story);
        float ly = y + 44;
        for (const auto& line : lines) {
            dl->AddText(fs, 26, ImVec2(x + 18, ly), palette().text, line.c_str());
            ly += 34;
        }
        y += box_h + 22;
        ImGui::SetCursorScreenPos(ImVec2(x, y));
    }

    // The instruction, large.
    const float instruction_px = std::clamp((max.y - min.y) / 19.0F, 38.0F, 46.0F);
    wrapped_text(fonts_, step.say.get(lang), instruction_px, Weight::Bold, palette().text, inner_w, 1.32F);

    // Feedback: a hint, a gentle correction, or news from a branch.
    const Feedback& fb = run.feedback();
    if (fb.kind != FeedbackKind::None) {
        y = ImGui::GetCursorScreenPos().y + 6;
        const bool wrong = fb.kind == FeedbackKind::Wrong;
        const ImU32 bg = wrong ? palette().wrong_bg : palette().hint_bg;
        const ImU32 ink = wrong ? palette().wrong_text : palette().hint_text;
        ImFont* ff = fonts_.pick(31);
        const auto lines = wrap_lines(ff, 31, fb.text.get(lang), inner_w - 92);
        const float box_h = std::max(84.0F, static_cast<float>(lines.size()) * 41 + 36);
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + inner_w, y + box_h), bg, 16);
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + 8, y + box_h), wrong ? palette().highlight : IM_COL32(0xE0, 0xB0, 0x00, 0xFF), 4);
        draw_icon(dl, "bulb", ImVec2(x + 46, y + 40), 36, ink);
        float ly = y + 18;
        for (const auto& line : lines) {
            dl->AddText(ff, 31, ImVec2(x + 80, ly), ink, line.c_str());
            ly += 41;
        }
    }

    // Buttons at the bottom: hint (not in test mode), start again, lesson list.
    const float button_h = 72;
    const float by = max.y - pad - button_h;
    const float gap = 16;
    const bool can_hint = run.mode() != Mode::Test && run.mode() != Mode::Watch;
    const int buttons = can_hint ? 3 : 2;
    const float bw = (inner_w - gap * static_cast<float>(buttons - 1)) / static_cast<float>(buttons);
    float bx = x;
    const float label_px = bw < 200 ? 22.0F : 26.0F;
    if (can_hint) {
        ImGui::SetCursorScreenPos(ImVec2(bx, by));
        const bool more = run.hint_level() < run.max_hint_level();
        ButtonStyle hint_style{IM_COL32(0xFF, 0xE0, 0x82, 0xFF), palette().hint_text, 0};
        if (!more)
            hint_style = {IM_COL32(0xEE, 0xEE, 0xEA, 0xFF), palette().text_muted, 0};
        if (big_button(fonts_, "hint", more ? t.hint : t.no_more_hints, "bulb", ImVec2(bw, button_h), hint_style, label_px) && more)
            run.request_hint();
        bx += bw + gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(bx, by));
    if (big_button(fonts_, "restart", t.restart, "restart", ImVec2(bw, button_h), quiet_button(), label_px)) {
        model.restart_lesson();
        return;
    }
    bx += bw + gap;
    ImGui::SetCursorScreenPos(ImVec2(bx, by));
    if (big_button(fonts_, "list", t.lesson_list, "list", ImVec2(bw, button_h), quiet_button(), label_px))
        model.back_to_list();
}

void Shell::draw_finished_panel(AppModel& model, ImVec2 min, ImVec2 max)
{
    const LessonRun& run = *model.run();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    panel_card(min, max);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = 32;
    const float inner_w = max.x - min.x - 2 * pad;
    const float x = min.x + pad;
    const float cx = (min.x + max.x) / 2;

    dl->AddCircleFilled(ImVec2(cx, min.y + 120), 72, palette().praise_bg, 48);
    dl->AddCircleFilled(ImVec2(cx, min.y + 120), 54, palette().success, 48);
    draw_icon(dl, "check", ImVec2(cx, min.y + 120), 70, palette().white);
    ImFont* fb = fonts_.pick(52, Weight::Bold);
    const float tw = text_width(fb, 52, t.well_done);
    dl->AddText(fb, 52, ImVec2(cx - tw / 2, min.y + 210), palette().praise_text, t.well_done);

    ImGui::SetCursorScreenPos(ImVec2(x, min.y + 296));
    wrapped_text(fonts_, run.finish_text().get(lang), 32, Weight::Regular, palette().text, inner_w, 1.35F);
    char stats[160];
    std::snprintf(stats, sizeof stats, t.stats_fmt, static_cast<int>(run.step_count()), run.total_hints(),
                  run.total_wrong_actions());
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 8));
    wrapped_text(fonts_, stats, 24, Weight::Regular, palette().text_muted, inner_w);

    const float button_h = 76;
    const float gap = 16;
    const float bw = (inner_w - gap) / 2;
    const float by = max.y - pad - button_h;
    ImGui::SetCursorScreenPos(ImVec2(x, by));
    if (big_button(fonts_, "again", t.again, "restart", ImVec2(bw, button_h), quiet_button(), 28)) {
        model.restart_lesson();
        return;
    }
    ImGui::SetCursorScreenPos(ImVec2(x + bw + gap, by));
    if (big_button(fonts_, "other", t.other_lesson, "list", ImVec2(bw, button_h), primary_button(), 28))
        model.back_to_list();
}

} // namespace luyenso::ui
