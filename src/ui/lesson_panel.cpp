// The panel beside the phone: the step, the instruction in large text, hints and
// feedback, and the buttons to get a hint, start again or go back to the list.
#include "icons.h"
#include "layout_log.h"
#include "shell.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace luyenso::ui {

void Shell::draw_lesson_panel(AppModel& model, ImVec2 min, ImVec2 max)
{
    LessonRun& run = *model.run();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    card(dl, min, max, palette().panel_bg, palette().panel_border, 22, 1.5F);
    const float pad = compact_ ? 18 : 28;
    const float inner_w = max.x - min.x - 2 * pad;
    const float x = min.x + pad;

    // The buttons first, at the bottom, in as many rows as their labels need at the
    // learner's text size; everything above them scrolls when it does not fit.
    enum class Do { Pause, Next, Replay, Hint, Stop, Restart, List };
    std::vector<GridButton> buttons;
    std::vector<Do> actions;
    const auto add = [&](Do what, const char* id, const std::string& label, const char* icon, ButtonStyle style) {
        buttons.push_back({id, label, icon, style});
        actions.push_back(what);
    };
    if (run.mode() == Mode::Watch) {
        const bool running = run.playing() && !run.paused();
        add(Do::Pause, "pause", running ? t.pause : t.resume, running ? "pause" : "play", primary_button());
        add(Do::Next, "next", t.next_step, "next", quiet_button());
        add(Do::Replay, "replay", t.replay_step, "restart", quiet_button());
    }
    if (run.mode() == Mode::Guided || run.mode() == Mode::Practice) {
        const HintKind next = run.next_hint();
        const char* label = next == HintKind::None            ? t.no_more_hints
                            : next == HintKind::Target        ? t.show_place
                            : next == HintKind::Demonstration ? t.show_me
                                                              : t.hint;
        ButtonStyle hint_style{IM_COL32(0xFF, 0xE0, 0x82, 0xFF), palette().hint_text, 0};
        if (next == HintKind::None || run.playing())
            hint_style = {IM_COL32(0xEE, 0xEE, 0xEA, 0xFF), palette().text_muted, 0};
        add(Do::Hint, "hint", label, next == HintKind::Demonstration ? "play" : "bulb", hint_style);
    }
    if (run.mode() == Mode::Test)
        add(Do::Stop, "stop", t.stop_test, "stop", quiet_button());
    else
        add(Do::Restart, "restart", compact_ ? t.restart_short : t.restart, "restart", quiet_button());
    add(Do::List, "list", compact_ ? t.lesson_list_short : t.lesson_list, "list", quiet_button());
    // A compact panel (a phone's) has short labels at the learner's 100 %: the text has the room.
    const float label_px = std::max(body_min_px, compact_ ? 22 * base_k_ : 24 * chrome_k());
    const ButtonGrid grid = plan_buttons(fonts_, buttons, inner_w, label_px);
    const float buttons_top = max.y - pad - grid.height;

    // The text: scrolls, with a large bar and a line saying there is more below.
    const char* body_id = "panel.body";
    const float content_h = measure_height("panel.measure", inner_w,
                                           [&] { draw_lesson_text(model, inner_w, false, true); });
    // A compact panel keeps the place and the sound above the text that scrolls.
    const float body_top = compact_ ? draw_step_header(model, x, min.y + 16, inner_w) + 12 : min.y + 20;
    const bool overflows = content_h > buttons_top - 12 - body_top;
    const float cue_px = std::max(body_min_px, 22 * (compact_ ? base_k_ : chrome_k()));
    const float cue_h = overflows ? cue_px * 1.6F : 0;
    const ImVec2 body_min(x, body_top);
    const ImVec2 body_max(max.x - 10, buttons_top - 12 - cue_h);
    const std::string place = std::to_string(reinterpret_cast<std::uintptr_t>(&run)) + "/" +
                              std::to_string(run.step_index());
    const bool new_place = place != body_place_;
    body_place_ = place;
    if (new_place)
        ImGui::SetNextWindowScroll(ImVec2(0, 0));
    begin_scroll_body(body_id, body_min, body_max, overflows, content_h);
    draw_lesson_text(model, inner_w - (overflows ? 44.0F : 0.0F), new_place, false);
    end_scroll_body();
    if (overflows)
        more_below_cue(fonts_, t.more_below, ImVec2(x, body_max.y + 4), ImVec2(x + inner_w, body_max.y + 4 + cue_h),
                       cue_px, scroll_body_at_end(body_id));

    const int clicked = draw_buttons(fonts_, buttons, grid, ImVec2(x, buttons_top), inner_w);
    if (clicked < 0)
        return;
    switch (actions[static_cast<std::size_t>(clicked)]) {
    case Do::Pause:
        if (run.playing() && !run.paused())
            run.set_paused(true);
        else
            run.play();
        break;
    case Do::Next: run.skip_step(); break;
    case Do::Replay: model.replay_step(); break;
    case Do::Hint: run.request_hint(); break;
    case Do::Stop: run.stop(); break;
    case Do::Restart: model.restart_lesson(); break;
    case Do::List: model.back_to_list(); break;
    }
}

void Shell::draw_lesson_text(AppModel& model, float inner_w, bool new_place, bool measuring)
{
    LessonRun& run = *model.run();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float x = origin.x;
    float y = origin.y;

    // The title, the place and the sound grow to 150 %: the instruction below is what
    // the learner reads, and grows to the full text size. A compact panel (a phone's)
    // leaves them out of its text (the place and the sound stay above it).
    if (!compact_) {
        const float ck = chrome_k();
        ImFont* fm = fonts_.pick(22 * ck, Weight::Bold);
        const char* mode = mode_label(run.mode(), lang);
        const float chip_w = std::min(inner_w, text_width(fm, 22 * ck, mode) + 28 * ck);
        const float chip_h = 22 * ck * 1.6F;
        dl->AddRectFilled(ImVec2(x + inner_w - chip_w, y), ImVec2(x + inner_w, y + chip_h), palette().primary_light,
                          chip_h / 2);
        draw_text(dl, fm, 22 * ck, ImVec2(x + inner_w - chip_w + 14 * ck, y + (chip_h - 22 * ck) / 2),
                  palette().primary, fit_text(fm, 22 * ck, mode, chip_w - 28 * ck));
        ImFont* ft = fonts_.pick(26 * ck, Weight::Bold);
        const float title_w = inner_w - chip_w - 16;
        if (title_w > 40)
            draw_text(dl, ft, 26 * ck, ImVec2(x, y + (chip_h - 26 * ck) / 2), palette().text_muted,
                      fit_text(ft, 26 * ck, run.lesson().title.get(lang), title_w));
        y += std::max(chip_h, 26 * ck) + 14;
        y = draw_step_header(model, x, y, inner_w) + 16 * k_;
    }

    // The story, on the first step only (not in a test: it is the learner's own now).
    if (run.step_index() == 0 && !run.lesson().intro.empty() && run.mode() != Mode::Test) {
        const float px = 26 * k_;
        ImFont* fs = fonts_.pick(px);
        const auto lines = wrap_lines(fs, px, run.lesson().intro.get(lang), inner_w - 36);
        const float head_px = 24 * chrome_k();
        const float box_h = head_px * 1.3F + static_cast<float>(lines.size()) * px * 1.3F + 36;
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + inner_w, y + box_h), IM_COL32(0xF3, 0xF5, 0xF1, 0xFF), 14);
        draw_text(dl, fonts_.pick(head_px, Weight::Bold), head_px, ImVec2(x + 18, y + 14), palette().text_muted,
                  t.story);
        float ly = y + 14 + head_px * 1.3F + 4;
        for (const auto& line : lines) {
            draw_text(dl, fs, px, ImVec2(x + 18, ly), palette().text, line);
            ly += px * 1.3F;
        }
        y += box_h + 22 * k_;
    }

    // The instruction, large; in practice and test modes the lesson's goal.
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    const bool goal_only = (run.mode() == Mode::Practice && run.hint_level() == 0) || run.mode() == Mode::Test;
    if (goal_only) {
        wrapped_text(fonts_, t.goal, 24 * k_, Weight::Bold, palette().text_muted, inner_w);
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 4));
    }
    // Already large: it grows with the text size, to at least the body text's 125 %.
    const float base_px = std::clamp(ImGui::GetMainViewport()->Size.y / 19.0F, 38.0F, 46.0F);
    const float instruction_px = std::max(base_px, 26 * k_ * 1.25F);
    wrapped_text(fonts_, run.instruction().get(lang), instruction_px, Weight::Bold, palette().text, inner_w, 1.32F);
    y = ImGui::GetCursorScreenPos().y;

    // Feedback: a hint, a gentle correction, or news from a branch. Never in a test.
    const Feedback& fb = run.feedback();
    const std::string fb_text = fb.kind != FeedbackKind::None && run.mode() != Mode::Test ? fb.text.get(lang) : "";
    if (!fb_text.empty()) {
        y += 6;
        const bool wrong = fb.kind == FeedbackKind::Wrong || fb.kind == FeedbackKind::Unsafe;
        const ImU32 bg = wrong ? palette().wrong_bg : palette().hint_bg;
        const ImU32 ink = wrong ? palette().wrong_text : palette().hint_text;
        const float px = 31 * k_;
        const float icon = 36 * k_;
        const float text_x = x + 28 + icon;
        ImFont* ff = fonts_.pick(px);
        const auto lines = wrap_lines(ff, px, fb_text, x + inner_w - 16 - text_x);
        const float box_h = std::max(icon + 36, static_cast<float>(lines.size()) * px * 1.32F + 30);
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + inner_w, y + box_h), bg, 16);
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + 8, y + box_h),
                          wrong ? palette().highlight : IM_COL32(0xE0, 0xB0, 0x00, 0xFF), 4);
        draw_icon(dl, "bulb", ImVec2(x + 18 + icon / 2, y + 18 + icon / 2), icon, ink);
        float ly = y + 16;
        for (const auto& line : lines) {
            draw_text(dl, ff, px, ImVec2(text_x, ly), ink, line);
            ly += px * 1.32F;
        }
        // New words for the learner: bring them into view (the top of the box first).
        if (fb_text != feedback_seen_ && !new_place && !measuring) {
            ImGui::SetCursorScreenPos(ImVec2(x, box_h > ImGui::GetWindowHeight() ? y : y + box_h + 8));
            ImGui::SetScrollHereY(box_h > ImGui::GetWindowHeight() ? 0.0F : 1.0F);
        }
        y += box_h;
    }
    if (!measuring)
        feedback_seen_ = fb_text;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::Dummy(ImVec2(inner_w, 1));
}

float Shell::draw_step_header(AppModel& model, float x, float y, float inner_w)
{
    LessonRun& run = *model.run();
    const UiText& t = ui_text(model.language());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // On a compact panel at the learner's 100 %, whatever the text size: the instruction
    // under it is what grows.
    const float ck = compact_ ? base_k_ : chrome_k();
    // The learner's place on the lesson's main path, and the sound.
    const StepPlace where = run.place();
    char counter[64];
    std::snprintf(counter, sizeof counter, t.step_fmt, static_cast<int>(where.number), static_cast<int>(where.total));
    const float counter_px = 34 * ck;
    ImFont* fc = fonts_.pick(counter_px, Weight::Bold);
    const float counter_w = text_width(fc, counter_px, counter);
    float row_h = counter_px * 1.2F;
    if (sound_) {
        const float label_px = std::max(body_min_px, 22 * ck);
        const bool can = sound_->available();
        std::string hear = can ? t.hear_again : t.no_sound;
        const float h = std::max(56.0F, label_px * 1.25F + 20);
        float hear_w = std::min(inner_w - h - 12, button_width_for(fonts_, hear, true, label_px));
        const float mute_w = h;
        // A compact panel keeps them beside the counter: the replay button's picture alone
        // if need be.
        if (compact_ && counter_w + 16 + hear_w + 12 + mute_w > inner_w) {
            hear.clear();
            hear_w = h;
        }
        // Beside the counter when they fit, else on a row of their own under it.
        const bool beside = counter_w + 16 + hear_w + 12 + mute_w <= inner_w;
        const float sy = beside ? y + std::min(0.0F, (counter_px * 1.2F - h) / 2) : y + counter_px * 1.2F + 8;
        draw_text(dl, fc, counter_px, ImVec2(x, beside ? y + (h - counter_px * 1.2F) / 2 + 2 : y), palette().primary,
                  counter);
        ImGui::SetCursorScreenPos(ImVec2(x + inner_w - hear_w - 12 - mute_w, sy));
        if (big_button(fonts_, "hear", hear, "speaker", ImVec2(hear_w, h),
                       can ? quiet_button() : ButtonStyle{IM_COL32(0xEE, 0xEE, 0xEA, 0xFF), palette().text_muted, 0},
                       label_px) &&
            can)
            sound_->repeat();
        ImGui::SetCursorScreenPos(ImVec2(x + inner_w - mute_w, sy));
        const bool muted = sound_->muted();
        if (big_button(fonts_, "mute", "", muted ? "speaker_off" : "speaker", ImVec2(mute_w, h),
                       muted ? ButtonStyle{palette().wrong_bg, palette().wrong_text, palette().wrong_text}
                             : quiet_button(),
                       label_px) &&
            can)
            sound_->set_muted(!muted);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", muted ? t.sound_off : t.sound_on);
        row_h = beside ? std::max(h, counter_px * 1.2F) : counter_px * 1.2F + 8 + h;
    } else {
        draw_text(dl, fc, counter_px, ImVec2(x, y), palette().primary, counter);
    }
    y += row_h + 12;
    const float seg_gap = 8;
    const float seg_h = compact_ ? 8 : 12;
    const float seg_w = (inner_w - seg_gap * static_cast<float>(where.total - 1)) / static_cast<float>(where.total);
    for (std::size_t i = 0; i < where.total; ++i) {
        const float sx = x + static_cast<float>(i) * (seg_w + seg_gap);
        const ImU32 col = i + 1 < where.number    ? palette().success
                          : i + 1 == where.number ? palette().primary
                                                  : IM_COL32(0xD9, 0xDE, 0xD6, 0xFF);
        dl->AddRectFilled(ImVec2(sx, y), ImVec2(sx + seg_w, y + seg_h), col, seg_h / 2);
    }
    return y + seg_h;
}

void Shell::scrolling_text(const char* id, ImVec2 min, ImVec2 max, float inner_w, float cue_px, bool to_top,
                           const std::function<void(float)>& content)
{
    const std::string measure_id = std::string(id) + ".measure";
    const float content_h = measure_height(measure_id.c_str(), inner_w, [&] { content(inner_w); });
    const bool overflows = content_h > max.y - min.y;
    const float cue_h = overflows ? cue_px * 1.6F : 0;
    const ImVec2 body_max(max.x, max.y - cue_h);
    if (to_top)
        ImGui::SetNextWindowScroll(ImVec2(0, 0));
    begin_scroll_body(id, min, body_max, overflows, content_h);
    content(inner_w - (overflows ? 44.0F : 0.0F));
    end_scroll_body();
    if (overflows)
        more_below_cue(fonts_, ui_text(language_).more_below, ImVec2(min.x, body_max.y + 4),
                       ImVec2(min.x + inner_w, body_max.y + 4 + cue_h), cue_px, scroll_body_at_end(id));
}

void Shell::draw_finished_panel(AppModel& model, ImVec2 min, ImVec2 max)
{
    const LessonRun& run = *model.run();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    card(dl, min, max, palette().panel_bg, palette().panel_border, 22, 1.5F);
    const float pad = compact_ ? 18 : 28;
    const float inner_w = max.x - min.x - 2 * pad;
    const float x = min.x + pad;

    const bool test = run.mode() == Mode::Test;
    const TestResult result = run.result();
    // An unsafe choice is never praised, in any mode: the lesson says what was dangerous.
    const std::vector<const UnsafeRule*> unsafe = run.unsafe_outcomes();
    const bool good = (!test || result.passed) && unsafe.empty();
    // After watching, a test not passed or an unsafe choice, the next thing to do is
    // guided practice.
    const bool suggest_guided = run.mode() == Mode::Watch || (test && !result.passed) || !unsafe.empty();
    const std::vector<GridButton> buttons{
        {"again",
         suggest_guided ? t.practise_guided
         : test         ? t.test_again
                        : t.again,
         suggest_guided ? "bulb" : "restart", suggest_guided ? primary_button() : quiet_button()},
        {"other", t.other_lesson, "list", suggest_guided ? quiet_button() : primary_button()}};
    const ButtonGrid grid = plan_buttons(fonts_, buttons, inner_w, std::max(body_min_px, 26 * chrome_k()));
    const float buttons_top = max.y - pad - grid.height;

    const char* body_id = "finished.body";
    const auto content = [&](float w) {
        ImDrawList* bdl = ImGui::GetWindowDrawList();
        const ImVec2 o = ImGui::GetCursorScreenPos();
        const float cx = o.x + w / 2;
        // A big round sign: a warning after an unsafe choice, a tick, or in a test the score.
        const float r = 58 * chrome_k();
        const ImVec2 c(cx, o.y + 14 + r * 72 / 58);
        bdl->AddCircleFilled(c, r * 72 / 58, good ? palette().praise_bg : palette().hint_bg, 48);
        bdl->AddCircleFilled(c, r, good ? palette().success : IM_COL32(0xB5, 0x7A, 0x00, 0xFF), 48);
        if (!unsafe.empty()) {
            draw_icon(bdl, "warning", c, r * 70 / 58, palette().white);
        } else if (test) {
            const std::string score = std::to_string(result.score);
            const float spx = r * 60 / 58;
            ImFont* fs = fonts_.pick(spx, Weight::Bold);
            draw_text(bdl, fs, spx, ImVec2(cx - text_width(fs, spx, score) / 2, c.y - spx * 0.62F), palette().white,
                      score);
        } else {
            draw_icon(bdl, "check", c, r * 70 / 58, palette().white);
        }
        const char* headline = !unsafe.empty() ? (test ? t.unsafe_not_passed : t.unsafe_headline)
                               : test          ? (result.passed ? t.passed : t.not_passed)
                                               : t.well_done;
        const float head_px = (test || !unsafe.empty() ? 40.0F : 52.0F) * chrome_k();
        ImFont* fb = fonts_.pick(head_px, Weight::Bold);
        float y = c.y + r * 72 / 58 + 16;
        for (const std::string& line : wrap_lines(fb, head_px, headline, w)) {
            draw_text(bdl, fb, head_px, ImVec2(cx - text_width(fb, head_px, line) / 2, y),
                      good ? palette().praise_text : palette().hint_text, line);
            y += head_px * 1.2F;
        }
        ImGui::SetCursorScreenPos(ImVec2(o.x, y + 16));
        std::string message;
        if (!unsafe.empty()) {
            // What was dangerous and what to do in real life, in the lesson's words.
            wrapped_text(fonts_, t.unsafe_intro, 28 * k_, Weight::Bold, palette().text, w, 1.3F);
            for (const UnsafeRule* u : unsafe) {
                ImGui::SetCursorScreenPos(ImVec2(o.x, ImGui::GetCursorScreenPos().y + 8));
                wrapped_text(fonts_, u->say.get(lang), 28 * k_, Weight::Regular, palette().text, w, 1.3F);
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
            wrapped_text(fonts_, message, 32 * k_, Weight::Regular, palette().text, w, 1.35F);
        char stats[160];
        std::snprintf(stats, sizeof stats, t.stats_fmt, result.steps_done, run.total_hints(),
                      run.total_wrong_actions());
        if (!unsafe.empty()) {
            char more[64];
            std::snprintf(more, sizeof more, t.unsafe_stats_fmt, static_cast<int>(unsafe.size()));
            std::strncat(stats, more, sizeof stats - std::strlen(stats) - 1);
        }
        ImGui::SetCursorScreenPos(ImVec2(o.x, ImGui::GetCursorScreenPos().y + 8));
        wrapped_text(fonts_, stats, 24 * k_, Weight::Regular, palette().text_muted, w);
    };
    scrolling_text(body_id, ImVec2(x, min.y + 20), ImVec2(max.x - 10, buttons_top - 12), inner_w,
                   std::max(body_min_px, 22 * chrome_k()), false, content);

    const int clicked = draw_buttons(fonts_, buttons, grid, ImVec2(x, buttons_top), inner_w);
    if (clicked == 0) {
        if (suggest_guided)
            model.open_lesson(run.lesson(), Mode::Guided);
        else
            model.restart_lesson();
    } else if (clicked == 1) {
        model.back_to_list();
    }
}

} // namespace luyenso::ui
