// The start page: the app's name and the lessons as big cards with a "Start" button.
#include "icons.h"
#include "layout_log.h"
#include "progress_text.h"
#include "shell.h"
#include "skills.h"
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

    // Title band.
    const float band_h = 150;
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().primary);
    draw_text(dl, fonts_.pick(60, Weight::Bold), 60, ImVec2(x0, vp->Pos.y + 18), palette().white, t.app_name);
    const LearnerProfile* learner = model.learner();
    if (!learner)
        draw_text(dl, fonts_.pick(26), 26, ImVec2(x0, vp->Pos.y + 98), IM_COL32(0xE3, 0xEE, 0xFB, 0xFF), t.tagline);
    draw_display_controls(model, ImVec2(x0 + width, vp->Pos.y + 20));

    float heading_y = vp->Pos.y + band_h + 24;
    if (learner) {
        // Who is learning, and the ways to change learner or edit the profile.
        const ProgressText& pt = progress_text(model.language());
        const float row_h = 72;
        const float y = vp->Pos.y + band_h + 16;
        draw_avatar(dl, *learner, ImVec2(x0 + row_h / 2, y + row_h / 2), row_h / 2);
        const float change_w = 270;
        const float edit_w = 200;
        ImFont* fn = fonts_.pick(34, Weight::Bold);
        draw_text(dl, fn, 34, ImVec2(x0 + row_h + 16, y + (row_h - 44) / 2), palette().text,
                    fit_text(fn, 34, learner->name, width - row_h - 16 - change_w - edit_w - 40).c_str());
        ImGui::SetCursorScreenPos(ImVec2(x0 + width - change_w - edit_w - 16, y + 8));
        if (big_button(fonts_, "edit_profile", pt.edit_profile, "settings", ImVec2(edit_w, 56), quiet_button(), 22)) {
            model.edit_learner(learner->id);
            return;
        }
        ImGui::SetCursorScreenPos(ImVec2(x0 + width - change_w, y + 8));
        if (big_button(fonts_, "change_learner", pt.change_learner, "group", ImVec2(change_w, 56), quiet_button(),
                       22)) {
            model.back_to_learners();
            return;
        }
        heading_y = y + row_h + 14;
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, heading_y));
    wrapped_text(fonts_, t.choose_lesson, 34, Weight::Bold, palette().text, width);

    const float list_top = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(x0 - 8, list_top));
    ImGui::BeginChild("lessons",
                      ImVec2(width + 16 + ImGui::GetStyle().ScrollbarSize, vp->Pos.y + vp->Size.y - list_top - 16),
                      false, ImGuiWindowFlags_NoBackground);
    const auto& entries = model.catalog().entries;
    if (entries.empty()) {
        ImGui::SetCursorPos(ImVec2(8, 8));
        wrapped_text(fonts_, t.no_lessons, 28, Weight::Regular, palette().text, width);
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
                heading = std::filesystem::path(entry.pack).filename().string(); // a pack that did not load
            }
            ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + 8, ImGui::GetCursorScreenPos().y + 8));
            wrapped_text(fonts_, heading, 28, Weight::Bold, palette().primary, width);
        }
        previous_group = group;
        ImGui::PushID(index++);
        ImDrawList* cdl = ImGui::GetWindowDrawList();
        const ImVec2 a(ImGui::GetCursorScreenPos().x + 8, ImGui::GetCursorScreenPos().y + 4);
        const float card_h = 168;
        const ImVec2 b(a.x + width, a.y + card_h);
        if (entry.lesson) {
            const Lesson& lesson = *entry.lesson;
            cdl->AddRectFilled(a, b, palette().panel_bg, 18);
            cdl->AddRect(a, b, palette().panel_border, 18, 0, 1.5F);
            // A round badge with what the lesson practises.
            cdl->AddCircleFilled(ImVec2(a.x + 64, a.y + card_h / 2), 40, palette().primary_light, 40);
            draw_icon(cdl, lesson_icon(lesson.skills), ImVec2(a.x + 64, a.y + card_h / 2), 46, palette().primary);
            const float text_x = a.x + 128;
            const float button_w = 220;
            const float text_w = width - 128 - button_w - 40;
            ImFont* ft = fonts_.pick(34, Weight::Bold);
            draw_text(cdl, ft, 34, ImVec2(text_x, a.y + 18), palette().text,
                         fit_text(ft, 34, lesson.title.get(model.language()), text_w).c_str());
            ImFont* fi = fonts_.pick(22);
            float y = a.y + 66;
            for (const std::string& line : wrap_lines_at_most(fi, 22, lesson.intro.get(model.language()), text_w, 2)) {
                draw_text(cdl, fi, 22, ImVec2(text_x, y), palette().text_muted, line.c_str());
                y += 29;
            }
            char meta[160];
            std::snprintf(meta, sizeof meta, t.minutes_fmt, lesson.minutes, static_cast<int>(lesson.steps.size()));
            ImFont* fmeta = fonts_.pick(22, Weight::Bold);
            draw_text(cdl, fmeta, 22, ImVec2(text_x, a.y + card_h - 40), palette().primary, meta);
            // The learner's standing: not started, in progress, done with help, passed the test.
            const LessonProgress* progress = model.progress_of(lesson.id);
            if (progress)
                draw_status_chip(cdl, progress->status, model.language(),
                                 ImVec2(text_x + text_width(fmeta, 22, meta) + 20, a.y + card_h - 46), 20);
            const bool resumable = progress && !progress->resume_attempt.empty();
            ImGui::SetCursorScreenPos(ImVec2(b.x - button_w - 24, a.y + (card_h - 76) / 2));
            if (big_button(fonts_, "start", resumable ? progress_text(model.language()).continue_short : t.start,
                           nullptr, ImVec2(button_w, 76), primary_button(), 30))
                model.choose_lesson(lesson);
        } else {
            cdl->AddRectFilled(a, b, palette().wrong_bg, 18);
            cdl->AddRect(a, b, palette().danger, 18, 0, 2);
            ImGui::SetCursorScreenPos(ImVec2(a.x + 28, a.y + 20));
            const bool pack_file = std::filesystem::path(entry.path).filename() == "pack.json" ||
                                   (!entry.pack.empty() && entry.path == entry.pack);
            wrapped_text(fonts_, pack_file ? t.broken_pack : t.broken_lesson, 28, Weight::Bold, palette().wrong_text,
                         width - 56);
            ImGui::SetCursorScreenPos(ImVec2(a.x + 28, ImGui::GetCursorScreenPos().y - 6));
            std::string detail = entry.errors.empty() ? entry.path : entry.errors.front().to_string();
            if (entry.errors.size() > 1) {
                char more[120];
                std::snprintf(more, sizeof more, t.more_errors_fmt, static_cast<int>(entry.errors.size() - 1));
                detail += "\n" + std::string(more);
            }
            wrapped_text(fonts_, detail, 20, Weight::Regular, palette().wrong_text, width - 56);
        }
        ImGui::SetCursorScreenPos(ImVec2(a.x - 8, b.y + 18));
        ImGui::Dummy(ImVec2(1, 1));
        ImGui::PopID();
    }
    ImGui::EndChild();
}

} // namespace luyenso::ui
