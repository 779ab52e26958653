// A lesson's start page: its title and story, and the four ways to learn it as big
// buttons (guided is the one to choose first).
#include "icons.h"
#include "layout_log.h"
#include "progress_text.h"
#include "shell.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <algorithm>
#include <cstdio>

namespace luyenso::ui {

void Shell::draw_lesson_start(AppModel& model)
{
    const Lesson& lesson = *model.chosen();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->Size.x - 48.0F, 1000.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;

    // Title band with the way back.
    bool back = false;
    const float band_h = draw_title_band(lesson.title.get(lang), t.lesson_list, back);
    if (back) {
        model.back_to_list();
        return;
    }

    // The rest scrolls when the learner's text size makes it taller than the window.
    const char* body_id = "start.body";
    const ImVec2 body_min(x0, vp->Pos.y + band_h + 16);
    const ImVec2 body_max(x0 + width + 44, vp->Pos.y + vp->Size.y - 12);
    const bool overflows = scroll_body_overflows(body_id, body_max.y - body_min.y);
    begin_scroll_body(body_id, body_min, body_max, overflows);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = ImGui::GetCursorScreenPos().y;
    if (!lesson.intro.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        y += wrapped_text(fonts_, lesson.intro.get(lang), 28 * k_, Weight::Regular, palette().text, width, 1.35F) + 8;
    }
    // An unfinished attempt: continue where the learner stopped, or start again below.
    const LessonProgress* progress = model.progress_of(lesson.id);
    const bool resumable = progress && !progress->resume_attempt.empty() && progress->resume_step >= 0;
    bool clicked_continue = false;
    if (resumable) {
        const ProgressText& pt = progress_text(lang);
        char note[160];
        std::snprintf(note, sizeof note, pt.unfinished_note, progress->resume_step + 1,
                      static_cast<int>(lesson.steps.size()));
        char label[96];
        std::snprintf(label, sizeof label, pt.continue_fmt, progress->resume_step + 1);
        const float px = 28 * k_;
        const float natural_w = button_width_for(fonts_, label, true, px);
        const float button_w = std::min(width - 28, natural_w);
        // (Its label takes two lines where the window is narrower than it: a phone's.)
        const float button_h = std::max(72.0F, px * (natural_w > button_w ? 2.45F : 1.25F) + 30);
        const bool beside = width - button_w - 56 >= 280 * k_;
        ImFont* fn = fonts_.pick(px, Weight::Bold);
        const auto lines = wrap_lines(fn, px, note, beside ? width - button_w - 56 : width - 48);
        const float text_h = static_cast<float>(lines.size()) * px * 1.25F;
        const float box_h = beside ? std::max(button_h, text_h) + 28 : text_h + button_h + 42;
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + width, y + box_h), palette().hint_bg, 18);
        float ly = beside ? y + (box_h - text_h) / 2 : y + 14;
        for (const auto& line : lines) {
            draw_text(dl, fn, px, ImVec2(x0 + 24, ly), palette().hint_text, line);
            ly += px * 1.25F;
        }
        ImGui::SetCursorScreenPos(beside ? ImVec2(x0 + width - button_w - 14, y + (box_h - button_h) / 2)
                                         : ImVec2(x0 + width - button_w - 14, y + box_h - button_h - 14));
        clicked_continue = big_button(fonts_, "continue", label, "play", ImVec2(button_w, button_h), primary_button(),
                                      px);
        y += box_h + 14;
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    y += wrapped_text(fonts_, resumable ? progress_text(lang).or_start_over : t.choose_mode, 34 * k_, Weight::Bold,
                      palette().text, width) +
         10;

    struct Choice {
        Mode mode;
        const char* icon;
        const char* note;
    };
    const Choice choices[] = {{Mode::Watch, "play", t.mode_watch_note},
                              {Mode::Guided, "bulb", t.mode_guided_note},
                              {Mode::Practice, "restart", t.mode_practice_note},
                              {Mode::Test, "check", t.mode_test_note}};
    // Two cards a row, or one when the text is large for the window.
    const float gap = 18;
    const int columns = width >= 760 * k_ ? 2 : 1;
    const float card_w = columns == 2 ? (width - gap) / 2 : width;
    const float icon_r = 38;
    const float tx_off = 48 + 2 * icon_r;
    const float tw = card_w - tx_off - 16;
    const float title_px = 34 * k_;
    const float note_px = 24 * k_;
    ImFont* fb = fonts_.pick(title_px, Weight::Bold);
    ImFont* fn = fonts_.pick(note_px);
    ImFont* fr = fonts_.pick(20 * k_, Weight::Bold);
    const float rec_w = text_width(fr, 20 * k_, t.recommended) + 24;
    // Every card as high as the tallest one needs.
    float card_h = 110;
    for (const Choice& c : choices) {
        const float title_h = static_cast<float>(wrap_lines(fb, title_px, mode_label(c.mode, lang), tw).size()) *
                              title_px * 1.25F;
        const float note_h = static_cast<float>(wrap_lines(fn, note_px, c.note, tw).size()) * note_px * 1.3F;
        card_h = std::max(card_h, 16 + 20 * k_ * 1.6F + 6 + title_h + 6 + note_h + 16);
    }
    for (int i = 0; i < 4; ++i) {
        const Choice& c = choices[i];
        const ImVec2 a(x0 + static_cast<float>(i % columns) * (card_w + gap),
                       y + static_cast<float>(i / columns) * (card_h + gap));
        const ImVec2 b(a.x + card_w, a.y + card_h);
        const bool recommended = c.mode == Mode::Guided && !resumable;
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(i);
        const bool clicked = ImGui::InvisibleButton("mode", ImVec2(card_w, card_h));
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        const ImU32 fill = recommended ? palette().primary : palette().panel_bg;
        const ImU32 ink = recommended ? palette().white : palette().text;
        card(dl, a, b, hovered ? mix(fill, recommended ? palette().white : palette().primary, 0.08F) : fill,
             recommended ? palette().primary : palette().panel_border, 20, recommended ? 0 : 2);
        dl->AddCircleFilled(ImVec2(a.x + 24 + icon_r, a.y + card_h / 2), icon_r,
                            recommended ? IM_COL32(0xFF, 0xFF, 0xFF, 0x30) : palette().primary_light, 32);
        draw_icon(dl, c.icon, ImVec2(a.x + 24 + icon_r, a.y + card_h / 2), icon_r * 1.1F,
                  recommended ? palette().white : palette().primary);
        const float tx = a.x + tx_off;
        // The "recommended" chip on a line of its own at the top (room is kept on every card).
        float ly = a.y + 16;
        if (recommended) {
            dl->AddRectFilled(ImVec2(b.x - rec_w - 12, ly), ImVec2(b.x - 12, ly + 20 * k_ * 1.6F),
                              IM_COL32(0xFF, 0xE0, 0x82, 0xFF), 16);
            draw_text(dl, fr, 20 * k_, ImVec2(b.x - rec_w, ly + 20 * k_ * 0.3F), palette().hint_text, t.recommended);
        }
        ly += 20 * k_ * 1.6F + 6;
        for (const auto& line : wrap_lines(fb, title_px, mode_label(c.mode, lang), tw)) {
            draw_text(dl, fb, title_px, ImVec2(tx, ly), ink, line);
            ly += title_px * 1.25F;
        }
        ly += 6;
        for (const auto& line : wrap_lines(fn, note_px, c.note, tw)) {
            draw_text(dl, fn, note_px, ImVec2(tx, ly),
                      recommended ? IM_COL32(0xE3, 0xEE, 0xFB, 0xFF) : palette().text_muted, line);
            ly += note_px * 1.3F;
        }
        if (clicked) {
            end_scroll_body();
            model.open_lesson(lesson, c.mode);
            return;
        }
    }
    const int rows = (4 + columns - 1) / columns;
    ImGui::SetCursorScreenPos(ImVec2(x0, y + static_cast<float>(rows) * (card_h + gap)));
    end_scroll_body();
    if (clicked_continue)
        model.resume_lesson(lesson);
}

} // namespace luyenso::ui
