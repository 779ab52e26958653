// The start page: the app's name and the lessons as big cards with a "Start" button.
#include "icons.h"
#include "layout_log.h"
#include "lessons/skills.h"
#include "progress_text.h"
#include "shell.h"
#include "text/u8path.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

namespace luyenso::ui {

namespace {

// The card's picture: what the lesson practises. A safety lesson shows the warning sign
// whatever app it happens in; otherwise the first skill the lesson names that has a
// picture decides.
std::string_view lesson_icon(const std::vector<std::string>& skills)
{
    // A scam lesson shows the warning sign, whatever else it teaches; otherwise the first
    // skill with a picture gives it.
    std::string_view icon;
    for (const std::string& tag : skills)
        if (const Skill* skill = find_skill(tag); skill && !skill->icon.empty()) {
            if (skill->icon == "warning")
                return skill->icon;
            if (icon.empty())
                icon = skill->icon;
        }
    return icon.empty() ? "list" : icon;
}

} // namespace

void Shell::draw_lesson_list(AppModel& model)
{
    const UiText& t = ui_text(model.language());
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = std::min(vp->Size.x - 48.0F, 980.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;

    // Title band: the display controls at the display's scale (not at the learner's text
    // size: they are how it is changed), the app's name in the first row of them with room
    // for it (else on a row of its own above them), the tagline under the name at the
    // learner's size, beside the controls where there is room, else under them.
    const float s = display_factor_;
    const DisplayControls controls = plan_display_controls(model, width);
    const float top = vp->Pos.y + (controls.wide ? 20 : 12) * s;
    const float row_step = controls.row_h + controls.row_gap;
    float app_px = 0;
    std::size_t app_row = controls.rooms.size(); // none: a row of its own
    for (const float px : {60 * s, 40 * s, 32 * s}) {
        const float app_w = text_width(fonts_.pick(px, Weight::Bold), px, t.app_name);
        // (Below the first row it must also stay within its row's height.)
        for (std::size_t r = 0; r < controls.rooms.size() && app_px == 0; ++r)
            if (app_w + 24 * s <= controls.rooms[r] && (r == 0 || px <= controls.row_h)) {
                app_px = px;
                app_row = r;
            }
        if (app_px > 0)
            break;
    }
    const bool own_row = app_px == 0;
    if (own_row)
        app_px = 40 * s;
    const float app_h = app_px * 1.25F;
    const float controls_top = own_row ? top + app_h + 8 * s : top;
    const float app_y = own_row ? top
                                : controls_top + static_cast<float>(app_row) * row_step + (controls.row_h - app_h) / 2;
    const float controls_bottom = controls_top + controls.height;
    const float tag_px = 26 * k_;
    ImFont* ftag = fonts_.pick(tag_px);
    const LearnerProfile* learner = model.learner();
    // Beside the rows under the name, if they leave room enough.
    float tag_w = width;
    for (std::size_t r = own_row ? 0 : app_row + 1; r < controls.rooms.size(); ++r)
        tag_w = std::min(tag_w, controls.rooms[r] - 24 * s);
    float tag_y = app_y + app_h + 4 * s;
    if (tag_w < std::max(240 * s, 12 * tag_px)) {
        tag_w = width;
        tag_y = std::max(tag_y, controls_bottom + 12 * s);
    }
    const auto tag_lines = learner ? std::vector<std::string>{} : wrap_lines(ftag, tag_px, t.tagline, tag_w);
    const float tag_bottom = tag_y + static_cast<float>(tag_lines.size()) * tag_px * 1.3F;
    const float band_h = std::max(controls_bottom, tag_lines.empty() ? app_y + app_h : tag_bottom) + 12 * s - vp->Pos.y;
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().primary);
    draw_text(dl, fonts_.pick(app_px, Weight::Bold), app_px, ImVec2(x0, app_y), palette().white, t.app_name);
    float ty = tag_y;
    for (const std::string& line : tag_lines) {
        draw_text(dl, ftag, tag_px, ImVec2(x0, ty), IM_COL32(0xE3, 0xEE, 0xFB, 0xFF), line);
        ty += tag_px * 1.3F;
    }
    draw_display_controls(model, controls, ImVec2(x0 + width, controls_top));

    float heading_y = vp->Pos.y + band_h + 20;
    if (learner) {
        // Who is learning, and the ways to change learner or edit the profile.
        const ProgressText& pt = progress_text(model.language());
        const float button_px = std::max(body_min_px, 22 * k_);
        const float bh = std::max(56.0F, button_px * 1.25F + 24);
        const float edit_w = button_width_for(fonts_, pt.edit_profile, true, button_px);
        const float change_w = button_width_for(fonts_, pt.change_learner, true, button_px);
        const float row_h = std::max(72.0F, 34 * k_ * 1.3F);
        const float y = vp->Pos.y + band_h + 16;
        draw_avatar(dl, *learner, ImVec2(x0 + 36, y + row_h / 2), 36);
        // The buttons beside the name when there is room, else on a row under it.
        const bool beside = width - 88 - change_w - edit_w - 32 >= 200 * k_;
        const float name_w = beside ? width - 88 - change_w - edit_w - 32 : width - 88;
        const float name_px = 34 * k_;
        ImFont* fn = fonts_.pick(name_px, Weight::Bold);
        draw_text(dl, fn, name_px, ImVec2(x0 + 88, y + (row_h - name_px * 1.25F) / 2), palette().text,
                  fit_text(fn, name_px, learner->name, name_w));
        const float by = beside ? y + (row_h - bh) / 2 : y + row_h + 10;
        // Under the name they share a row, or (a phone's narrow screen) take one each.
        const bool stacked = !beside && edit_w + 16 + change_w > width;
        const float edit_x = stacked ? x0 + width - std::min(width, edit_w) : x0 + width - change_w - edit_w - 16;
        const float change_y = stacked ? by + bh + 12 : by;
        ImGui::SetCursorScreenPos(ImVec2(edit_x, by));
        if (big_button(fonts_, "edit_profile", pt.edit_profile, "settings", ImVec2(std::min(width, edit_w), bh),
                       quiet_button(), button_px)) {
            model.edit_learner(learner->id);
            return;
        }
        ImGui::SetCursorScreenPos(ImVec2(x0 + width - std::min(width, change_w), change_y));
        if (big_button(fonts_, "change_learner", pt.change_learner, "group", ImVec2(std::min(width, change_w), bh),
                       quiet_button(), button_px)) {
            model.back_to_learners();
            return;
        }
        heading_y = (beside ? y + row_h : change_y + bh) + 14;
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, heading_y));
    wrapped_text(fonts_, t.choose_lesson, 34 * k_, Weight::Bold, palette().text, width);

    const float list_top = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(x0 - 8, list_top));
    ImGui::BeginChild("lessons",
                      ImVec2(width + 16 + ImGui::GetStyle().ScrollbarSize, vp->Pos.y + vp->Size.y - list_top - 16),
                      false, ImGuiWindowFlags_NoBackground);
    drag_to_scroll();
    const auto& entries = model.catalog().entries;
    if (entries.empty()) {
        ImGui::SetCursorPos(ImVec2(8, 8));
        wrapped_text(fonts_, t.no_lessons, 28 * k_, Weight::Regular, palette().text, width);
    }
    // With packs or lessons of the user's, each group gets a heading: built-in, added, each pack.
    const Catalog& catalog = model.catalog();
    const bool grouped = catalog.entries.size() > catalog.builtin_count && catalog.builtin_count > 0;
    std::string previous_group = "-";
    int index = 0;
    for (const CatalogEntry& entry : entries) {
        const bool builtin = static_cast<std::size_t>(index) < catalog.builtin_count;
        const std::string group = builtin ? "" : entry.pack.empty() ? "+" : entry.pack;
        if (grouped && group != previous_group) {
            std::string heading = builtin ? t.builtin_lessons : t.own_lessons;
            if (const Pack* pack = catalog.pack_of(entry)) {
                char buf[512];
                std::snprintf(buf, sizeof buf, t.pack_fmt, pack->name.c_str(), pack->version.c_str(),
                              pack->author.c_str());
                heading = buf;
            } else if (!entry.pack.empty()) {
                heading = path_u8(u8_path(entry.pack).filename()); // a pack that did not load
            }
            ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + 8, ImGui::GetCursorScreenPos().y + 8));
            wrapped_text(fonts_, heading, 28 * k_, Weight::Bold, palette().primary, width);
        }
        previous_group = group;
        ImGui::PushID(index++);
        ImDrawList* cdl = ImGui::GetWindowDrawList();
        const ImVec2 a(ImGui::GetCursorScreenPos().x + 8, ImGui::GetCursorScreenPos().y + 4);
        float card_h = 168;
        if (entry.lesson) {
            const Lesson& lesson = *entry.lesson;
            const std::string& lang = model.language();
            const LessonProgress* progress = model.progress_of(lesson.id);
            const bool resumable = progress && !progress->resume_attempt.empty();
            const std::string start_label = resumable ? progress_text(lang).continue_short : t.start;
            const float button_px = 30 * k_;
            const float button_w = std::max(220.0F, button_width_for(fonts_, start_label, false, button_px));
            const float button_h = std::max(76.0F, button_px * 1.25F + 30);
            // The button beside the text when that leaves the text room, else under it.
            const float badge_w = 128;
            const bool beside = width - badge_w - button_w - 40 >= 260 * k_;
            const float text_x = a.x + badge_w;
            const float text_w = beside ? width - badge_w - button_w - 40 : width - badge_w - 24;
            const float title_px = 34 * k_;
            const float intro_px = 22 * k_;
            const float meta_px = 22 * k_;
            ImFont* ft = fonts_.pick(title_px, Weight::Bold);
            ImFont* fi = fonts_.pick(intro_px);
            ImFont* fmeta = fonts_.pick(meta_px, Weight::Bold);
            const auto title_lines = wrap_lines_at_most(ft, title_px, lesson.title.get(lang), text_w, 2);
            const auto intro_lines = wrap_lines_at_most(fi, intro_px, lesson.intro.get(lang), text_w, 2);
            char meta[160];
            std::snprintf(meta, sizeof meta, t.minutes_fmt, lesson.minutes, static_cast<int>(lesson.steps.size()));
            const float chip_px = 20 * k_;
            // (On a narrow card, a phone's, the time and steps take two lines.)
            const auto meta_lines = wrap_lines(fmeta, meta_px, meta, text_w);
            const float meta_w = text_width(fmeta, meta_px, meta_lines.back());
            const float meta_above = static_cast<float>(meta_lines.size() - 1) * meta_px * 1.25F;
            const float chip_w = progress ? status_chip_width(progress->status, lang, chip_px) : 0;
            const bool chip_beside = meta_w + 20 + chip_w <= text_w;
            const float text_h = static_cast<float>(title_lines.size()) * title_px * 1.25F + 6 +
                                 static_cast<float>(intro_lines.size()) * intro_px * 1.32F + 8 + meta_above +
                                 std::max(meta_px * 1.25F, progress ? chip_px * 1.6F : 0.0F) +
                                 (progress && !chip_beside ? chip_px * 1.6F + 8 : 0.0F);
            card_h = std::max(168.0F, text_h + 36 + (beside ? 0 : button_h + 16));
            const ImVec2 b(a.x + width, a.y + card_h);
            cdl->AddRectFilled(a, b, palette().panel_bg, 18);
            cdl->AddRect(a, b, palette().panel_border, 18, 0, 1.5F);
            // A round badge with what the lesson practises.
            const float badge_y = beside ? a.y + card_h / 2 : a.y + 18 + 40;
            cdl->AddCircleFilled(ImVec2(a.x + 64, badge_y), 40, palette().primary_light, 40);
            draw_icon(cdl, lesson_icon(lesson.skills), ImVec2(a.x + 64, badge_y), 46, palette().primary);
            float y = a.y + 18;
            for (const std::string& line : title_lines) {
                draw_text(cdl, ft, title_px, ImVec2(text_x, y), palette().text, line);
                y += title_px * 1.25F;
            }
            y += 6;
            for (const std::string& line : intro_lines) {
                draw_text(cdl, fi, intro_px, ImVec2(text_x, y), palette().text_muted, line);
                y += intro_px * 1.32F;
            }
            y += 8;
            for (std::size_t i = 0; i + 1 < meta_lines.size(); ++i) {
                draw_text(cdl, fmeta, meta_px, ImVec2(text_x, y), palette().primary, meta_lines[i]);
                y += meta_px * 1.25F;
            }
            const float meta_row = std::max(meta_px * 1.25F, progress ? chip_px * 1.6F : 0.0F);
            draw_text(cdl, fmeta, meta_px, ImVec2(text_x, y + (meta_row - meta_px * 1.25F) / 2), palette().primary,
                      meta_lines.back());
            // The learner's standing: not started, in progress, done with help, passed the test.
            if (progress) {
                const ImVec2 at = chip_beside ? ImVec2(text_x + meta_w + 20, y + (meta_row - chip_px * 1.6F) / 2)
                                              : ImVec2(text_x, y + meta_row + 8);
                draw_status_chip(cdl, progress->status, lang, at, chip_px);
            }
            ImGui::SetCursorScreenPos(beside ? ImVec2(b.x - button_w - 24, a.y + (card_h - button_h) / 2)
                                             : ImVec2(b.x - button_w - 24, b.y - button_h - 18));
            if (big_button(fonts_, "start", start_label, nullptr, ImVec2(button_w, button_h), primary_button(),
                           button_px))
                model.choose_lesson(lesson);
        } else {
            const ImVec2 b(a.x + width, a.y + card_h);
            cdl->AddRectFilled(a, b, palette().wrong_bg, 18);
            cdl->AddRect(a, b, palette().danger, 18, 0, 2);
            ImGui::SetCursorScreenPos(ImVec2(a.x + 28, a.y + 20));
            const bool pack_file = u8_path(entry.path).filename() == "pack.json" ||
                                   (!entry.pack.empty() && entry.path == entry.pack);
            wrapped_text(fonts_, pack_file ? t.broken_pack : t.broken_lesson, 28 * k_, Weight::Bold,
                         palette().wrong_text, width - 56);
            ImGui::SetCursorScreenPos(ImVec2(a.x + 28, ImGui::GetCursorScreenPos().y - 6));
            std::string detail = entry.errors.empty() ? entry.path : entry.errors.front().to_string();
            if (entry.errors.size() > 1) {
                char more[120];
                std::snprintf(more, sizeof more, t.more_errors_fmt, static_cast<int>(entry.errors.size() - 1));
                detail += "\n" + std::string(more);
            }
            wrapped_text(fonts_, detail, 20 * k_, Weight::Regular, palette().wrong_text, width - 56);
        }
        ImGui::SetCursorScreenPos(ImVec2(a.x - 8, a.y + card_h + 18));
        ImGui::Dummy(ImVec2(1, 1));
        ImGui::PopID();
    }
    ImGui::EndChild();
}

} // namespace luyenso::ui
