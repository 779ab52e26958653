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
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = std::min(vp->Size.x - 48.0F, 1000.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;
    const float compact = vp->Size.y < 700 ? 0.8F : 1.0F; // a 1024x600 screen

    // Title band with the way back.
    const float band_h = 120 * compact;
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().primary);
    ImGui::SetCursorScreenPos(ImVec2(x0, vp->Pos.y + (band_h - 64 * compact) / 2));
    if (big_button(fonts_, "back", t.lesson_list, "back", ImVec2(280, 64 * compact),
                   {IM_COL32(0xFF, 0xFF, 0xFF, 0x26), palette().white, IM_COL32(0xFF, 0xFF, 0xFF, 0x80)}, 24)) {
        model.back_to_list();
        return;
    }
    ImFont* ft = fonts_.pick(44 * compact, Weight::Bold);
    draw_text(dl, ft, 44 * compact, ImVec2(x0 + 310, vp->Pos.y + (band_h - 56 * compact) / 2), palette().white,
                fit_text(ft, 44 * compact, lesson.title.get(lang), width - 310).c_str());

    float y = vp->Pos.y + band_h + 20 * compact;
    if (!lesson.intro.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        y += wrapped_text(fonts_, lesson.intro.get(lang), 28 * compact, Weight::Regular, palette().text, width, 1.35F) +
             8;
    }
    // An unfinished attempt: continue where the learner stopped, or start again below.
    const LessonProgress* progress = model.progress_of(lesson.id);
    const bool resumable = progress && !progress->resume_attempt.empty() && progress->resume_step >= 0;
    if (resumable) {
        const ProgressText& pt = progress_text(lang);
        const float box_h = 96 * compact;
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + width, y + box_h), palette().hint_bg, 18);
        char note[160];
        std::snprintf(note, sizeof note, pt.unfinished_note, progress->resume_step + 1,
                      static_cast<int>(lesson.steps.size()));
        const float button_w = std::min(380.0F, width * 0.42F);
        ImFont* fn = fonts_.pick(28 * compact, Weight::Bold);
        const auto lines = wrap_lines(fn, 28 * compact, note, width - button_w - 56);
        float ly = y + (box_h - static_cast<float>(lines.size()) * 34 * compact) / 2;
        for (const auto& line : lines) {
            draw_text(dl, fn, 28 * compact, ImVec2(x0 + 24, ly), palette().hint_text, line.c_str());
            ly += 34 * compact;
        }
        char label[96];
        std::snprintf(label, sizeof label, pt.continue_fmt, progress->resume_step + 1);
        ImGui::SetCursorScreenPos(ImVec2(x0 + width - button_w - 14, y + (box_h - 72 * compact) / 2));
        if (big_button(fonts_, "continue", label, "play", ImVec2(button_w, 72 * compact), primary_button(),
                       28 * compact)) {
            model.resume_lesson(lesson);
            return;
        }
        y += box_h + 14 * compact;
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    y += wrapped_text(fonts_, resumable ? progress_text(lang).or_start_over : t.choose_mode, 34 * compact, Weight::Bold,
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
    const float gap = 18;
    const float card_w = (width - gap) / 2;
    const float card_h = std::max(resumable ? 96.0F : 110.0F,
                                  std::min(150.0F, (vp->Pos.y + vp->Size.y - y - 24 - gap) / 2));
    for (int i = 0; i < 4; ++i) {
        const Choice& c = choices[i];
        const ImVec2 a(x0 + static_cast<float>(i % 2) * (card_w + gap), y + static_cast<float>(i / 2) * (card_h + gap));
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
        const float icon_r = std::min(38.0F, card_h * 0.3F);
        dl->AddCircleFilled(ImVec2(a.x + 24 + icon_r, a.y + card_h / 2), icon_r,
                            recommended ? IM_COL32(0xFF, 0xFF, 0xFF, 0x30) : palette().primary_light, 32);
        draw_icon(dl, c.icon, ImVec2(a.x + 24 + icon_r, a.y + card_h / 2), icon_r * 1.1F,
                  recommended ? palette().white : palette().primary);
        const float tx = a.x + 48 + 2 * icon_r;
        const float tw = b.x - tx - 16;
        const float title_px = 34 * compact;
        ImFont* fb = fonts_.pick(title_px, Weight::Bold);
        draw_text(dl, fb, title_px, ImVec2(tx, a.y + 16), ink,
                    fit_text(fb, title_px, mode_label(c.mode, lang), tw).c_str());
        ImFont* fn = fonts_.pick(24 * compact);
        float ly = a.y + 18 + title_px * 1.3F;
        for (const auto& line : wrap_lines(fn, 24 * compact, c.note, tw)) {
            if (ly + 24 * compact > b.y - 6)
                break;
            draw_text(dl, fn, 24 * compact, ImVec2(tx, ly),
                        recommended ? IM_COL32(0xE3, 0xEE, 0xFB, 0xFF) : palette().text_muted, line.c_str());
            ly += 24 * compact * 1.3F;
        }
        if (recommended) {
            ImFont* fr = fonts_.pick(20, Weight::Bold);
            const float rw = text_width(fr, 20, t.recommended) + 24;
            dl->AddRectFilled(ImVec2(b.x - rw - 12, a.y + 12), ImVec2(b.x - 12, a.y + 44),
                              IM_COL32(0xFF, 0xE0, 0x82, 0xFF), 16);
            draw_text(dl, fr, 20, ImVec2(b.x - rw, a.y + 16), palette().hint_text, t.recommended);
        }
        if (clicked) {
            model.open_lesson(lesson, c.mode);
            return;
        }
    }
}

} // namespace luyenso::ui
