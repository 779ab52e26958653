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
#include <cstring>

namespace luyenso::ui {

void Shell::draw_lesson_panel(AppModel& model, ImVec2 min, ImVec2 max)
{
    LessonRun& run = *model.run();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    card(dl, min, max, palette().panel_bg, palette().panel_border, 22, 1.5F);
    const float pad = 32;
    const float inner_w = max.x - min.x - 2 * pad;
    const float x = min.x + pad;

    // Title and mode.
    ImGui::SetCursorScreenPos(ImVec2(x, min.y + 24 * k_));
    ImFont* fm = fonts_.pick(22 * k_, Weight::Bold);
    const char* mode = mode_label(run.mode(), lang);
    const float chip_w = text_width(fm, 22 * k_, mode) + 28 * k_;
    dl->AddRectFilled(ImVec2(max.x - pad - chip_w, min.y + 24 * k_), ImVec2(max.x - pad, min.y + 60 * k_),
                      palette().primary_light, 18 * k_);
    dl->AddText(fm, 22 * k_, ImVec2(max.x - pad - chip_w + 14, min.y + 29 * k_), palette().primary, mode);
    ImFont* ft = fonts_.pick(26 * k_, Weight::Bold);
    dl->AddText(ft, 26 * k_, ImVec2(x, min.y + 26 * k_), palette().text_muted,
                fit_text(ft, 26 * k_, run.lesson().title.get(lang), inner_w - chip_w - 16).c_str());

    // Step counter and progress.
    char counter[64];
    std::snprintf(counter, sizeof counter, t.step_fmt, static_cast<int>(run.step_index() + 1),
                  static_cast<int>(run.step_count()));
    dl->AddText(fonts_.pick(34 * k_, Weight::Bold), 34 * k_, ImVec2(x, min.y + 76 * k_), palette().primary, counter);
    if (sound_) {
        // "Hear again" and the speaker switch, at the right of the step counter.
        const float h = 56 * k_;
        const float hear_w = 200 * k_;
        const float mute_w = 64 * k_;
        const float sy = min.y + 70 * k_;
        ImGui::SetCursorScreenPos(ImVec2(max.x - pad - hear_w - mute_w - 12, sy));
        const bool can = sound_->available();
        if (big_button(fonts_, "hear", can ? t.hear_again : t.no_sound, "speaker", ImVec2(hear_w, h),
                       can ? quiet_button() : ButtonStyle{IM_COL32(0xEE, 0xEE, 0xEA, 0xFF), palette().text_muted, 0},
                       24 * k_) &&
            can)
            sound_->repeat();
        ImGui::SetCursorScreenPos(ImVec2(max.x - pad - mute_w, sy));
        const bool muted = sound_->muted();
        if (big_button(fonts_, "mute", "", muted ? "speaker_off" : "speaker", ImVec2(mute_w, h),
                       muted ? ButtonStyle{palette().wrong_bg, palette().wrong_text, palette().wrong_text}
                             : quiet_button(),
                       24 * k_) &&
            can)
            sound_->set_muted(!muted);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", muted ? t.sound_off : t.sound_on);
    }
    const float bar_y = min.y + 136 * k_;
    const float seg_gap = 8;
    const float seg_w = (inner_w - seg_gap * static_cast<float>(run.step_count() - 1)) /
                        static_cast<float>(run.step_count());
    for (std::size_t i = 0; i < run.step_count(); ++i) {
        const float sx = x + static_cast<float>(i) * (seg_w + seg_gap);
        const ImU32 col = i < run.step_index()    ? palette().success
                          : i == run.step_index() ? palette().primary
                                                  : IM_COL32(0xD9, 0xDE, 0xD6, 0xFF);
        dl->AddRectFilled(ImVec2(sx, bar_y), ImVec2(sx + seg_w, bar_y + 12), col, 6);
    }

    // The story, on the first step only (not in a test: it is the learner's own now).
    float y = bar_y + 36 * k_;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (run.step_index() == 0 && !run.lesson().intro.empty() && run.mode() != Mode::Test) {
        ImFont* fs = fonts_.pick(26 * k_);
        const auto lines = wrap_lines(fs, 26 * k_, run.lesson().intro.get(lang), inner_w - 36);
        const float box_h = static_cast<float>(lines.size()) * 34 * k_ + 60 * k_;
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + inner_w, y + box_h), IM_COL32(0xF3, 0xF5, 0xF1, 0xFF), 14);
        dl->AddText(fonts_.pick(24 * k_, Weight::Bold), 24 * k_, ImVec2(x + 18, y + 12 * k_), palette().text_muted,
                    t.story);
        float ly = y + 44 * k_;
        for (const auto& line : lines) {
            dl->AddText(fs, 26 * k_, ImVec2(x + 18, ly), palette().text, line.c_str());
            ly += 34 * k_;
        }
        y += box_h + 22 * k_;
        ImGui::SetCursorScreenPos(ImVec2(x, y));
    }

    // The instruction, large; in practice and test modes the lesson's goal.
    const bool goal_only = (run.mode() == Mode::Practice && run.hint_level() == 0) || run.mode() == Mode::Test;
    if (goal_only) {
        wrapped_text(fonts_, t.goal, 24 * k_, Weight::Bold, palette().text_muted, inner_w);
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y - 8));
    }
    const float instruction_px = std::clamp((max.y - min.y) / 19.0F, 38.0F, 46.0F) * k_;
    wrapped_text(fonts_, run.instruction().get(lang), instruction_px, Weight::Bold, palette().text, inner_w, 1.32F);

    // Feedback: a hint, a gentle correction, or news from a branch. Never in a test.
    const Feedback& fb = run.feedback();
    if (fb.kind != FeedbackKind::None && run.mode() != Mode::Test) {
        y = ImGui::GetCursorScreenPos().y + 6;
        const bool wrong = fb.kind == FeedbackKind::Wrong || fb.kind == FeedbackKind::Unsafe;
        const ImU32 bg = wrong ? palette().wrong_bg : palette().hint_bg;
        const ImU32 ink = wrong ? palette().wrong_text : palette().hint_text;
        ImFont* ff = fonts_.pick(31 * k_);
        const auto lines = wrap_lines(ff, 31 * k_, fb.text.get(lang), inner_w - 92);
        const float box_h = std::max(84.0F * k_, static_cast<float>(lines.size()) * 41 * k_ + 36 * k_);
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + inner_w, y + box_h), bg, 16);
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + 8, y + box_h),
                          wrong ? palette().highlight : IM_COL32(0xE0, 0xB0, 0x00, 0xFF), 4);
        draw_icon(dl, "bulb", ImVec2(x + 46, y + 40 * k_), 36 * k_, ink);
        float ly = y + 18 * k_;
        for (const auto& line : lines) {
            dl->AddText(ff, 31 * k_, ImVec2(x + 80, ly), ink, line.c_str());
            ly += 41 * k_;
        }
    }

    // Buttons at the bottom, by mode.
    const float button_h = 72 * k_;
    const float gap = 16;
    float by = max.y - pad - button_h;
    auto row = [&](int count) { return (inner_w - gap * static_cast<float>(count - 1)) / static_cast<float>(count); };
    if (run.mode() == Mode::Watch) {
        // Two rows: the player's controls above, start again and the list below.
        const float bw = row(3);
        const float label_px = (bw < 200 * k_ ? 22.0F : 26.0F) * k_;
        const float top = by - button_h - gap;
        ImGui::SetCursorScreenPos(ImVec2(x, top));
        const bool running = run.playing() && !run.paused();
        if (big_button(fonts_, "pause", running ? t.pause : t.resume, running ? "pause" : "play", ImVec2(bw, button_h),
                       primary_button(), label_px))
            running ? run.set_paused(true) : run.play();
        ImGui::SetCursorScreenPos(ImVec2(x + bw + gap, top));
        if (big_button(fonts_, "next", t.next_step, "next", ImVec2(bw, button_h), quiet_button(), label_px))
            run.skip_step();
        ImGui::SetCursorScreenPos(ImVec2(x + 2 * (bw + gap), top));
        if (big_button(fonts_, "replay", t.replay_step, "restart", ImVec2(bw, button_h), quiet_button(), label_px)) {
            model.replay_step();
            return;
        }
    }
    const int buttons = run.mode() == Mode::Guided || run.mode() == Mode::Practice ? 3 : 2;
    const float bw = row(buttons);
    const float label_px = (bw < 200 * k_ ? 22.0F : 26.0F) * k_;
    float bx = x;
    if (buttons == 3) {
        ImGui::SetCursorScreenPos(ImVec2(bx, by));
        const HintKind next = run.next_hint();
        const char* label = next == HintKind::None            ? t.no_more_hints
                            : next == HintKind::Target        ? t.show_place
                            : next == HintKind::Demonstration ? t.show_me
                                                              : t.hint;
        ButtonStyle hint_style{IM_COL32(0xFF, 0xE0, 0x82, 0xFF), palette().hint_text, 0};
        if (next == HintKind::None || run.playing())
            hint_style = {IM_COL32(0xEE, 0xEE, 0xEA, 0xFF), palette().text_muted, 0};
        if (big_button(fonts_, "hint", label, next == HintKind::Demonstration ? "play" : "bulb", ImVec2(bw, button_h),
                       hint_style, label_px))
            run.request_hint();
        bx += bw + gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(bx, by));
    if (run.mode() == Mode::Test) {
        if (big_button(fonts_, "stop", t.stop_test, "stop", ImVec2(bw, button_h), quiet_button(), label_px))
            run.stop();
    } else if (big_button(fonts_, "restart", t.restart, "restart", ImVec2(bw, button_h), quiet_button(), label_px)) {
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
    ImDrawList* dl = ImGui::GetWindowDrawList();
    card(dl, min, max, palette().panel_bg, palette().panel_border, 22, 1.5F);
    const float pad = 32;
    const float inner_w = max.x - min.x - 2 * pad;
    const float x = min.x + pad;
    const float cx = (min.x + max.x) / 2;

    const bool test = run.mode() == Mode::Test;
    const TestResult result = run.result();
    // An unsafe choice is never praised, in any mode: the lesson says what was dangerous.
    const std::vector<const UnsafeRule*> unsafe = run.unsafe_outcomes();
    const bool good = (!test || result.passed) && unsafe.empty();
    // A big round sign: a tick, or in a test the score.
    const ImU32 ring = good ? palette().praise_bg : palette().hint_bg;
    const ImU32 disc = good ? palette().success : IM_COL32(0xB5, 0x7A, 0x00, 0xFF);
    dl->AddCircleFilled(ImVec2(cx, min.y + 120 * k_), 72 * k_, ring, 48);
    dl->AddCircleFilled(ImVec2(cx, min.y + 120 * k_), 58 * k_, disc, 48);
    if (!unsafe.empty()) {
        draw_icon(dl, "warning", ImVec2(cx, min.y + 120 * k_), 70 * k_, palette().white);
    } else if (test) {
        const std::string score = std::to_string(result.score);
        ImFont* fs = fonts_.pick(60 * k_, Weight::Bold);
        const float sw = text_width(fs, 60 * k_, score);
        dl->AddText(fs, 60 * k_, ImVec2(cx - sw / 2, min.y + (120 - 40) * k_), palette().white, score.c_str());
    } else {
        draw_icon(dl, "check", ImVec2(cx, min.y + 120 * k_), 70 * k_, palette().white);
    }
    const char* headline = !unsafe.empty() ? (test ? t.unsafe_not_passed : t.unsafe_headline)
                           : test          ? (result.passed ? t.passed : t.not_passed)
                                           : t.well_done;
    const float head_px = (test || !unsafe.empty() ? 40.0F : 52.0F) * k_;
    ImFont* fb = fonts_.pick(head_px, Weight::Bold);
    const float tw = text_width(fb, head_px, headline);
    dl->AddText(fb, head_px, ImVec2(cx - tw / 2, min.y + 210 * k_), good ? palette().praise_text : palette().hint_text,
                headline);

    ImGui::SetCursorScreenPos(ImVec2(x, min.y + 296 * k_));
    std::string message;
    if (!unsafe.empty()) {
        // What was dangerous and what to do in real life, in the lesson's words.
        wrapped_text(fonts_, t.unsafe_intro, 28 * k_, Weight::Bold, palette().text, inner_w, 1.3F);
        for (const UnsafeRule* u : unsafe) {
            ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 8));
            wrapped_text(fonts_, u->say.get(lang), 28 * k_, Weight::Regular, palette().text, inner_w, 1.3F);
        }
    } else if (test) {
        char score_text[64];
        std::snprintf(score_text, sizeof score_text, t.score_fmt, result.score);
        message = std::string(score_text) + ". " +
                  (result.passed ? run.finish_text().get(lang) : std::string(t.not_passed_note));
    } else if (run.mode() == Mode::Watch) {
        message = t.watch_done;
    } else {
        message = run.finish_text().get(lang);
    }
    if (unsafe.empty())
        wrapped_text(fonts_, message, 32 * k_, Weight::Regular, palette().text, inner_w, 1.35F);
    char stats[160];
    std::snprintf(stats, sizeof stats, t.stats_fmt, result.steps_done, run.total_hints(), run.total_wrong_actions());
    if (!unsafe.empty()) {
        char more[64];
        std::snprintf(more, sizeof more, t.unsafe_stats_fmt, static_cast<int>(unsafe.size()));
        std::strncat(stats, more, sizeof stats - std::strlen(stats) - 1);
    }
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 8));
    wrapped_text(fonts_, stats, 24 * k_, Weight::Regular, palette().text_muted, inner_w);

    const float button_h = 76 * k_;
    const float gap = 16;
    const float bw = (inner_w - gap) / 2;
    const float by = max.y - pad - button_h;
    ImGui::SetCursorScreenPos(ImVec2(x, by));
    // After watching or a test not passed, the next thing to do is guided practice.
    const bool suggest_guided = run.mode() == Mode::Watch || (test && !result.passed) || !unsafe.empty();
    const char* first = suggest_guided ? t.practise_guided : test ? t.test_again : t.again;
    if (big_button(fonts_, "again", first, suggest_guided ? "bulb" : "restart", ImVec2(bw, button_h),
                   suggest_guided ? primary_button() : quiet_button(), 28 * k_)) {
        if (suggest_guided)
            model.open_lesson(run.lesson(), Mode::Guided);
        else
            model.restart_lesson();
        return;
    }
    ImGui::SetCursorScreenPos(ImVec2(x + bw + gap, by));
    if (big_button(fonts_, "other", t.other_lesson, "list", ImVec2(bw, button_h),
                   suggest_guided ? quiet_button() : primary_button(), 28 * k_))
        model.back_to_list();
}

} // namespace luyenso::ui
