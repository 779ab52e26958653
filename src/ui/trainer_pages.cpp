// The trainer's area: the PIN (set on first use), the class dashboard (roster, the
// learners x lessons grid, the group session's lesson), a learner's history, and the
// lesson panel of the projector mode with the learners' turns.
#include "icons.h"
#include "layout_log.h"
#include "progress/progress_util.h"
#include "progress_text.h"
#include "shell.h"
#include "text/u8path.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>

namespace luyenso::ui {

namespace {

const ButtonStyle on_band{IM_COL32(0x00, 0x00, 0x00, 0x30), IM_COL32_WHITE, IM_COL32(0xFF, 0xFF, 0xFF, 0x90)};

// Random bytes for the PIN's salt (not the wall clock: nothing here is a rule).
std::string random_salt()
{
    std::random_device rd;
    std::string salt;
    for (int i = 0; i < 16; ++i)
        salt += static_cast<char>(rd() & 0xFF);
    return salt;
}

// A status as a round sign (no font glyphs needed): passed = a dark green disc with a
// tick, done with help = a light green disc with a tick, in progress = a clock on amber,
// not started = an empty ring.
void status_sign(ImDrawList* dl, LessonStatus status, ImVec2 c, float r)
{
    switch (status) {
    case LessonStatus::PassedTest:
        dl->AddCircleFilled(c, r, palette().success, 32);
        draw_icon(dl, "check", c, r * 1.3F, palette().white);
        break;
    case LessonStatus::DoneWithHelp:
        dl->AddCircleFilled(c, r, palette().praise_bg, 32);
        dl->AddCircle(c, r, palette().success, 32, 2);
        draw_icon(dl, "check", c, r * 1.3F, palette().success);
        break;
    case LessonStatus::InProgress:
        dl->AddCircleFilled(c, r, palette().hint_bg, 32);
        dl->AddCircle(c, r, IM_COL32(0xB5, 0x7A, 0x00, 0xFF), 32, 2);
        draw_icon(dl, "clock", c, r * 1.2F, palette().hint_text);
        break;
    case LessonStatus::NotStarted: dl->AddCircle(c, r * 0.5F, palette().panel_border, 24, 2); break;
    }
}

// An unsafe choice: a red disc with a white warning sign, apart from the status.
void unsafe_sign(ImDrawList* dl, ImVec2 c, float r)
{
    dl->AddCircleFilled(c, r, IM_COL32(0xC0, 0x2B, 0x1E, 0xFF), 32);
    draw_icon(dl, "warning", c, r * 1.3F, palette().white);
}

std::string minutes_text(std::int64_t ms, const std::string& lang)
{
    const std::int64_t min = (ms + 30'000) / 60'000;
    return (min == 0 ? std::string("< 1") : std::to_string(min)) + (lang == "en" ? " min" : " phút");
}

} // namespace

// [SECTION] the PIN

void Shell::draw_trainer_pin(AppModel& model)
{
    const std::string& lang = model.language();
    const ProgressText& pt = progress_text(lang);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float compact = vp->Size.y < 700 ? 0.8F : 1.0F;
    const bool first_use = !model.trainer_pin_set();
    bool back = false;
    const float band_h = draw_title_band(pt.trainer_area, pt.back, back);
    if (back) {
        model.back_to_learners();
        return;
    }
    const float width = std::min(vp->Size.x - 48.0F, 1100.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;
    const float key_w = 104 * compact;
    const float key_h = 80 * compact;
    const float gap = 14 * compact;
    const float pad_w = 3 * key_w + 2 * gap;
    const float text_w = width - pad_w - 48 - 44;
    // The words on the left follow the text size and scroll if they must; the keypad
    // on the right keeps its (already large) size.
    const char* body_id = "pin.body";
    const ImVec2 body_min(x0, vp->Pos.y + band_h + 24 * compact);
    const ImVec2 body_max(x0 + text_w + 44, vp->Pos.y + vp->Size.y - 12);
    const bool overflows = scroll_body_overflows(body_id, body_max.y - body_min.y);
    begin_scroll_body(body_id, body_min, body_max, overflows);
    ImDrawList* bdl = ImGui::GetWindowDrawList();
    float y = ImGui::GetCursorScreenPos().y;
    const bool again = first_use && model.pin_confirming();
    y += wrapped_text(fonts_,
                      again       ? pt.pin_again_title
                      : first_use ? pt.pin_set_title
                                  : pt.pin_title,
                      38 * k_, Weight::Bold, palette().text, text_w) +
         12;
    if (first_use) {
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        y += wrapped_text(fonts_, again ? pt.pin_again_note : pt.pin_set_note, 26 * k_, Weight::Regular,
                          palette().text_muted, text_w) +
             16;
    }
    // One box per digit typed (dots, never the digits), up to 8.
    const float box = std::min(44 * k_, (text_w - 7 * 10) / 8);
    for (std::size_t i = 0; i < 8; ++i) {
        const ImVec2 a(x0 + static_cast<float>(i) * (box + 10), y);
        const bool filled = i < model.pin_entry().size();
        bdl->AddRectFilled(a, ImVec2(a.x + box, a.y + box), palette().panel_bg, 10);
        bdl->AddRect(a, ImVec2(a.x + box, a.y + box), filled ? palette().primary : palette().panel_border, 10, 0, 2);
        if (filled)
            bdl->AddCircleFilled(ImVec2(a.x + box / 2, a.y + box / 2), box * 0.2F, palette().text, 16);
    }
    y += box + 20;
    if (!model.pin_error().empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        y += wrapped_text(fonts_, model.pin_error(), 28 * k_, Weight::Bold, palette().danger, text_w) + 12;
    }
    if (!first_use) {
        ImGui::SetCursorScreenPos(ImVec2(x0, y + 8));
        y += wrapped_text(fonts_, pt.pin_forgot, 22 * k_, Weight::Regular, palette().text_muted, text_w) + 8;
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    end_scroll_body();
    // The keypad, on the right; the PC's digit keys and Enter work too.
    const char keys[] = {'1', '2', '3', '4', '5', '6', '7', '8', '9', '<', '0', '>'};
    const float px = x0 + width - pad_w;
    const float py = vp->Pos.y + band_h + 28 * compact;
    bool submit = false;
    for (int i = 0; i < 12; ++i) {
        const char k = keys[i];
        ImGui::SetCursorScreenPos(
            ImVec2(px + static_cast<float>(i % 3) * (key_w + gap), py + static_cast<float>(i / 3) * (key_h + gap)));
        ImGui::PushID(i);
        const std::string label = k == '<' ? pt.pin_erase : k == '>' ? pt.pin_ok : std::string(1, k);
        const bool pressed = big_button(fonts_, "key", label, nullptr, ImVec2(key_w, key_h),
                                        k == '>' ? primary_button() : quiet_button(), k >= '0' && k <= '9' ? 36 : 24);
        ImGui::PopID();
        if (pressed && k == '>')
            submit = true;
        else if (pressed)
            model.pin_key(k);
    }
    for (const ImWchar c : ImGui::GetIO().InputQueueCharacters)
        if (c >= '0' && c <= '9')
            model.pin_key(static_cast<char>(c));
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)))
        model.pin_key('<');
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
        submit = true;
    if (submit)
        model.submit_pin(random_salt());
}

// [SECTION] the dashboard

void Shell::draw_dashboard(AppModel& model)
{
    const std::string& lang = model.language();
    const ProgressText& pt = progress_text(lang);
    const Dashboard& d = model.dashboard();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float compact = vp->Size.y < 700 ? 0.8F : 1.0F;
    const float x0 = vp->Pos.x + 24;
    const float width = vp->Size.x - 48;

    // Band: title, counts, add a learner, lock (the buttons under the title where the
    // window is too narrow for both: a phone's).
    ImFont* ft = fonts_.pick(40 * compact, Weight::Bold);
    const float buttons_w = 200 + 16 + 280;
    const bool buttons_below = text_width(ft, 40 * compact, pt.dashboard) + 24 + buttons_w > width;
    const float band_h = (buttons_below ? 112 + 60 + 16 : 112) * compact;
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().primary);
    draw_text(dl, ft, 40 * compact, ImVec2(x0, vp->Pos.y + 14 * compact), palette().white, pt.dashboard);
    char counts[96];
    std::snprintf(counts, sizeof counts, pt.roster_count_fmt, static_cast<int>(d.learners.size()),
                  static_cast<int>(d.lessons.size()));
    // Then where the progress is kept: a trainer carrying a USB stick must know which copy runs.
    ImFont* fc = fonts_.pick(24 * compact);
    const float counts_w = text_width(fc, 24 * compact, counts);
    draw_text(dl, fc, 24 * compact, ImVec2(x0, vp->Pos.y + 66 * compact), IM_COL32(0xE3, 0xEE, 0xFB, 0xFF), counts);
    const std::string folder = path_u8(u8_path(model.store_path()).parent_path());
    if (!folder.empty()) {
        // The copy's kind in full, then as much of the folder's end as fits (its whole
        // name in a tooltip).
        const std::string label = std::string(" · ") + (model.portable() ? pt.portable_copy : pt.installed_copy);
        const ImU32 ink = IM_COL32(0xE3, 0xEE, 0xFB, 0xFF);
        const float room = width - (buttons_below ? 0 : buttons_w + 16) - counts_w; // up to the band's buttons
        const std::string shown_label = fit_text(fc, 24 * compact, label, room);
        const float label_w = text_width(fc, 24 * compact, shown_label);
        const float folder_max = room - label_w;
        const ImVec2 at(x0 + counts_w, vp->Pos.y + 66 * compact);
        draw_text(dl, fc, 24 * compact, at, ink, shown_label);
        if (folder_max > 80)
            draw_text(dl, fc, 24 * compact, ImVec2(at.x + label_w, at.y), ink,
                      fit_text_tail(fc, 24 * compact, folder, folder_max));
        if (ImGui::IsMouseHoveringRect(at, ImVec2(at.x + room, at.y + 30 * compact)))
            ImGui::SetTooltip("%s", folder.c_str());
    }
    const float bh = 60 * compact;
    const float by = vp->Pos.y + (buttons_below ? 112 * compact : (band_h - bh) / 2);
    ImGui::SetCursorScreenPos(ImVec2(x0 + width - 200, by));
    if (big_button(fonts_, "lock", pt.lock, "lock", ImVec2(200, bh), on_band, 24)) {
        model.leave_trainer();
        return;
    }
    ImGui::SetCursorScreenPos(ImVec2(x0 + width - buttons_w, by));
    if (big_button(fonts_, "add", pt.add_learner, "group_add", ImVec2(280, bh), on_band, 24)) {
        model.new_learner();
        return;
    }

    // The group session: one lesson for the class, shown on the projector.
    float y = vp->Pos.y + band_h + 14 * compact;
    const auto& entries = model.catalog().entries;
    std::vector<const Lesson*> lessons;
    for (const CatalogEntry& e : entries)
        if (e.lesson)
            lessons.push_back(&*e.lesson);
    if (!lessons.empty()) {
        group_lesson_ = std::min(group_lesson_, lessons.size() - 1);
        const float row_h = 64 * compact;
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + width, y + row_h + 16), palette().primary_light, 16);
        ImFont* fg = fonts_.pick(26 * compact, Weight::Bold);
        draw_text(dl, fg, 26 * compact, ImVec2(x0 + 18, y + 8 + (row_h - 34 * compact) / 2), palette().primary,
                  pt.group_session);
        const float label_w = text_width(fg, 26 * compact, pt.group_session) + 36;
        const float arrow_w = 64;
        const float show_w = 200;
        const float title_w = width - label_w - 2 * arrow_w - show_w - 4 * 12 - 18;
        float bx = x0 + label_w;
        ImGui::SetCursorScreenPos(ImVec2(bx, y + 8));
        if (big_button(fonts_, "prev", "", "back", ImVec2(arrow_w, row_h), quiet_button()))
            group_lesson_ = (group_lesson_ + lessons.size() - 1) % lessons.size();
        bx += arrow_w + 12;
        const Lesson& gl = *lessons[group_lesson_];
        dl->AddRectFilled(ImVec2(bx, y + 8), ImVec2(bx + title_w, y + 8 + row_h), palette().panel_bg, 12);
        ImFont* fl = fonts_.pick(26 * compact, Weight::Bold);
        const std::string title = std::to_string(group_lesson_ + 1) + ". " + gl.title.get(lang);
        draw_text(dl, fl, 26 * compact, ImVec2(bx + 14, y + 8 + (row_h - 34 * compact) / 2), palette().text,
                  fit_text(fl, 26 * compact, title, title_w - 28).c_str());
        bx += title_w + 12;
        ImGui::SetCursorScreenPos(ImVec2(bx, y + 8));
        if (big_button(fonts_, "next", "", "chevron_right", ImVec2(arrow_w, row_h), quiet_button()))
            group_lesson_ = (group_lesson_ + 1) % lessons.size();
        bx += arrow_w + 12;
        ImGui::SetCursorScreenPos(ImVec2(bx, y + 8));
        if (big_button(fonts_, "project", pt.show_on_projector, "play", ImVec2(show_w, row_h), primary_button(), 26)) {
            model.start_group_lesson(gl, Mode::Guided);
            return;
        }
        y += row_h + 16 + 14 * compact;
    }

    // The grid: a row per learner, a column per lesson (its number, as in the class
    // session's choice above, and its name in up to three lines). The names' column and
    // the lessons' heads stay in place; the cells scroll both ways under them, by the
    // bars, a drag, the wheel (with Shift: sideways) and the arrow and page keys.
    const float kk = std::max(1.0F, k_);
    // (Wider on a narrow window, a phone's, where the lessons' columns scroll anyway.)
    const float name_w = std::min(std::max(400.0F, 300 * kk), width * (width < 1000 ? 0.6F : 0.4F));
    const float head_px = 16 * kk;
    const float cell_w = 104 * std::max(1.0F, chrome_k());
    constexpr std::size_t head_lines = 3;
    const float head_h = 10 + 26 * kk + static_cast<float>(head_lines) * head_px * 1.25F + 8;
    const float cell_px = 18 * kk;
    const float row_h = std::max(80.0F * compact, 8 + 32 * kk + 2 * cell_px * 1.2F + 8);
    const float grid_w = name_w + cell_w * static_cast<float>(d.lessons.size());
    const float grid_h = head_h + row_h * static_cast<float>(d.learners.size()) + 8;
    const float legend_px = 20 * std::max(1.0F, chrome_k());
    const float legend_h = legend_px * 1.4F + 12;
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 30);
    ImGui::BeginChild("grid", ImVec2(width, vp->Pos.y + vp->Size.y - y - legend_h - 12), false,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoBackground);
    drag_to_scroll();
    if (ImGui::IsWindowHovered() || !ImGui::IsAnyItemActive()) {
        const auto key = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); };
        if (key(ImGuiKey_RightArrow))
            ImGui::SetScrollX(ImGui::GetScrollX() + cell_w);
        if (key(ImGuiKey_LeftArrow))
            ImGui::SetScrollX(ImGui::GetScrollX() - cell_w);
        if (key(ImGuiKey_DownArrow))
            ImGui::SetScrollY(ImGui::GetScrollY() + row_h);
        if (key(ImGuiKey_UpArrow))
            ImGui::SetScrollY(ImGui::GetScrollY() - row_h);
        if (key(ImGuiKey_PageDown))
            ImGui::SetScrollY(ImGui::GetScrollY() + ImGui::GetWindowHeight() * 0.8F);
        if (key(ImGuiKey_PageUp))
            ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetWindowHeight() * 0.8F);
        if (key(ImGuiKey_Home))
            ImGui::SetScrollX(0);
        if (key(ImGuiKey_End))
            ImGui::SetScrollX(ImGui::GetScrollMaxX());
    }
    ImDrawList* gdl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos(); // the grid's top left, moved by the scrolling
    const ImVec2 win = ImGui::GetWindowPos();     // what stays: the visible top left
    const ImVec2 win_max(win.x + ImGui::GetWindowContentRegionMax().x, win.y + ImGui::GetWindowContentRegionMax().y);
    // The cells' area, the heads' strip and the names' strip, each clipped to its part.
    const ImVec2 cells_min(win.x + name_w, win.y + head_h);
    std::string history_of;
    std::string edit_of;
    ImFont* fh = fonts_.pick(22 * kk, Weight::Bold);
    ImFont* fhead = fonts_.pick(head_px);
    ImFont* fn = fonts_.pick(26 * kk, Weight::Bold);
    ImFont* fv = fonts_.pick(20 * kk);
    ImFont* fs = fonts_.pick(cell_px);
    // Rows' stripes and cells.
    ImGui::PushClipRect(cells_min, win_max, true);
    for (std::size_t r = 0; r < d.learners.size(); ++r) {
        const float ry = o.y + head_h + row_h * static_cast<float>(r);
        gdl->AddRectFilled(ImVec2(o.x, ry), ImVec2(o.x + grid_w, ry + row_h - 4),
                           r % 2 ? palette().panel_bg : IM_COL32(0xF6, 0xF7, 0xF3, 0xFF), 10);
        for (std::size_t c = 0; c < d.lessons.size(); ++c) {
            const LessonProgress& cell = d.at(r, c);
            const float cx = o.x + name_w + cell_w * (static_cast<float>(c) + 0.5F);
            status_sign(gdl, cell.status, ImVec2(cx, ry + 8 + 16 * kk), 16 * kk);
            if (cell.attempts == 0)
                continue;
            if (cell.unsafe_attempts > 0)
                unsafe_sign(gdl, ImVec2(cx + 30 * kk, ry + 8 + 16 * kk), 13 * kk);
            char line[64];
            std::snprintf(line, sizeof line, "%d %s", cell.hints, pt.hints_short);
            const float ly = ry + 8 + 32 * kk + 4;
            draw_text(gdl, fs, cell_px, ImVec2(cx - text_width(fs, cell_px, line) / 2, ly), palette().text_muted, line);
            const std::string m = minutes_text(cell.time_ms, lang);
            draw_text(gdl, fs, cell_px, ImVec2(cx - text_width(fs, cell_px, m) / 2, ly + cell_px * 1.2F),
                      palette().text_muted, m);
        }
    }
    ImGui::PopClipRect();
    // The lessons' heads, at the top whatever the scrolling.
    ImGui::PushClipRect(ImVec2(cells_min.x, win.y), ImVec2(win_max.x, cells_min.y), true);
    gdl->AddRectFilled(ImVec2(cells_min.x, win.y), ImVec2(win_max.x, cells_min.y), palette().window_bg);
    for (std::size_t c = 0; c < d.lessons.size(); ++c) {
        const float cx = o.x + name_w + cell_w * (static_cast<float>(c) + 0.5F);
        const std::string n = std::to_string(c + 1);
        draw_text(gdl, fh, 22 * kk, ImVec2(cx - text_width(fh, 22 * kk, n) / 2, win.y + 10), palette().text_muted, n);
        float ty = win.y + 10 + 26 * kk;
        for (const std::string& line : wrap_lines_at_most(fhead, head_px, d.lessons[c].title, cell_w - 8, head_lines)) {
            draw_text(gdl, fhead, head_px, ImVec2(cx - text_width(fhead, head_px, line) / 2, ty), palette().text, line);
            ty += head_px * 1.25F;
        }
        ImGui::SetCursorScreenPos(ImVec2(cx - cell_w / 2, win.y));
        ImGui::PushID(static_cast<int>(c));
        ImGui::InvisibleButton("col", ImVec2(cell_w, head_h));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", d.lessons[c].title.c_str());
        ImGui::PopID();
    }
    ImGui::PopClipRect();
    // The names, at the left whatever the scrolling.
    ImGui::PushClipRect(ImVec2(win.x, cells_min.y), ImVec2(cells_min.x, win_max.y), true);
    const ProgressText& ptx = pt;
    for (std::size_t r = 0; r < d.learners.size(); ++r) {
        const LearnerProfile& p = d.learners[r];
        const float ry = o.y + head_h + row_h * static_cast<float>(r);
        gdl->AddRectFilled(ImVec2(win.x, ry), ImVec2(cells_min.x, ry + row_h - 4),
                           r % 2 ? palette().panel_bg : IM_COL32(0xF6, 0xF7, 0xF3, 0xFF), 10);
        ImGui::PushID(static_cast<int>(1000 + r));
        // The name opens the learner's history; "Edit" opens the profile.
        const float edit_px = std::max(body_min_px, 22 * std::min(kk, 1.5F));
        const float edit_w = button_width_for(fonts_, ptx.edit, false, edit_px);
        const float edit_h = std::min(row_h - 12, std::max(52.0F, edit_px * 1.25F + 20));
        ImGui::SetCursorScreenPos(ImVec2(win.x, ry));
        if (ImGui::InvisibleButton("name", ImVec2(name_w - edit_w - 16, row_h - 4)))
            history_of = p.id;
        const bool hovered = ImGui::IsItemHovered();
        const float ar = std::min(30.0F * kk, (row_h - 20) / 2);
        draw_avatar(gdl, p, ImVec2(win.x + 10 + ar, ry + (row_h - 4) / 2), ar);
        const float tx = win.x + 20 + 2 * ar;
        const float tw = name_w - edit_w - 24 - (tx - win.x);
        const float name_px = 26 * kk;
        const float village_px = 20 * kk;
        const float text_top = ry + (row_h - 4 - name_px * 1.25F - village_px * 1.25F) / 2;
        draw_text(gdl, fn, name_px, ImVec2(tx, text_top), hovered ? palette().primary : palette().text,
                  fit_text(fn, name_px, p.name, tw));
        draw_text(gdl, fv, village_px, ImVec2(tx, text_top + name_px * 1.25F), palette().text_muted,
                  fit_text(fv, village_px, p.village, tw));
        ImGui::SetCursorScreenPos(ImVec2(win.x + name_w - edit_w - 8, ry + (row_h - 4 - edit_h) / 2));
        if (big_button(fonts_, "edit", ptx.edit, nullptr, ImVec2(edit_w, edit_h), quiet_button(), edit_px))
            edit_of = p.id;
        ImGui::PopID();
    }
    ImGui::PopClipRect();
    ImGui::PushClipRect(win, ImVec2(cells_min.x, cells_min.y), true);
    gdl->AddRectFilled(win, ImVec2(cells_min.x, cells_min.y), palette().window_bg);
    draw_text(gdl, fh, 22 * kk, ImVec2(win.x + 12, win.y + 10), palette().text_muted, pt.col_learner);
    ImGui::PopClipRect();
    if (d.learners.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(win.x + 12, win.y + head_h + 10));
        wrapped_text(fonts_, pt.no_learners, 26 * k_, Weight::Regular, palette().text_muted, width - 60);
    }
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(grid_w, grid_h));
    ImGui::EndChild();
    ImGui::PopStyleVar();

    // The key: what the signs mean, the lessons' numbers.
    const float ly = vp->Pos.y + vp->Size.y - legend_h + 4;
    float lx = x0;
    const LessonStatus order[] = {LessonStatus::PassedTest, LessonStatus::DoneWithHelp, LessonStatus::InProgress,
                                  LessonStatus::NotStarted};
    ImFont* fk = fonts_.pick(legend_px);
    // Each sign and its words; false once the rest of the key would run off the window.
    const auto key = [&](const char* label, const auto& sign) {
        const float w = 34 + text_width(fk, legend_px, label);
        if (lx + w > x0 + width)
            return false;
        sign(ImVec2(lx + 14, ly + legend_px * 0.6F));
        draw_text(dl, fk, legend_px, ImVec2(lx + 34, ly), palette().text, label);
        lx += w + 28;
        return true;
    };
    bool room = true;
    for (const LessonStatus s : order)
        room = room && key(status_label(s, lang), [&](ImVec2 c) { status_sign(dl, s, c, 12); });
    if (room)
        key(pt.unsafe_label, [&](ImVec2 c) { unsafe_sign(dl, c, 12); });
    if (!edit_of.empty())
        model.edit_learner(edit_of);
    else if (!history_of.empty())
        model.open_history(history_of);
}

// [SECTION] a learner's history

void Shell::draw_history(AppModel& model)
{
    const std::string& lang = model.language();
    const ProgressText& pt = progress_text(lang);
    const LearnerProfile* who = model.history_learner();
    if (!who) {
        model.open_dashboard();
        return;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    char title[256];
    std::snprintf(title, sizeof title, pt.history_of_fmt, who->name.c_str());
    bool back = false;
    const float band_h = draw_title_band(title, pt.back, back);
    if (back) {
        model.open_dashboard();
        return;
    }
    const float x0 = vp->Pos.x + 24;
    const float width = vp->Size.x - 48;
    const float y = vp->Pos.y + band_h + 16;
    const char* body_id = "history";
    const ImVec2 body_min(x0, y);
    const ImVec2 body_max(x0 + width, vp->Pos.y + vp->Size.y - 12);
    const bool overflows = scroll_body_overflows(body_id, body_max.y - body_min.y);
    begin_scroll_body(body_id, body_min, body_max, overflows);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = width - (overflows ? 44.0F : 0.0F);
    const auto& attempts = model.history();
    if (attempts.empty())
        wrapped_text(fonts_, pt.no_attempts, 28 * k_, Weight::Regular, palette().text_muted, w);
    // A row per attempt: the lesson and its result, when and how, the figures; a click
    // opens (and closes) its steps with each one's time, hints and mistakes.
    const float title_px = 26 * k_;
    const float line_px = 22 * k_;
    ImFont* fb = fonts_.pick(title_px, Weight::Bold);
    ImFont* fr = fonts_.pick(line_px);
    const float chip_px = 18 * k_;
    float ry = o.y;
    std::string toggled;
    for (std::size_t i = 0; i < attempts.size(); ++i) {
        const AttemptRow& a = attempts[i];
        const Lesson* lesson = model.catalog().find(a.lesson_id);
        const std::string lesson_title = lesson ? lesson->title.get(lang) : a.lesson_id;
        const std::string when = progress::local_date_time(a.started_at, model.utc_offset_minutes());
        char detail[200];
        std::snprintf(detail, sizeof detail, "%s · %d/%d · %d %s · %s", outcome_label(a.outcome, lang), a.steps_reached,
                      a.steps_total, a.hints, pt.hints_short, progress::human_duration(a.duration_ms, lang).c_str());
        std::string figures = detail;
        if (a.score)
            figures += " · " + std::to_string(*a.score) + (lang == "en" ? " points" : " điểm");
        const bool open = open_attempt_ == a.id;
        // A passed test gets its chip; a test not passed is not "done with help".
        const bool passed = a.passed && *a.passed;
        const float chip_w = passed ? status_chip_width(LessonStatus::PassedTest, lang, chip_px) : 0;
        const bool unsafe = !a.unsafe.empty(); // apart from the mistakes: a red sign and words
        const auto when_lines = wrap_lines(fr, line_px, when + " · " + mode_label(a.mode, lang), w - 40);
        const auto figure_lines = wrap_lines(fr, line_px, figures, w - 40);
        float row_h = 12 + title_px * 1.3F +
                      static_cast<float>(when_lines.size() + figure_lines.size() + (unsafe ? 1 : 0)) * line_px * 1.3F +
                      12;
        std::vector<std::pair<std::string, bool>> step_lines; // a line, and whether an unsafe choice was in it
        if (open) {
            for (const StepRow& st : a.steps) {
                std::string say;
                if (lesson && st.step_index >= 0 && static_cast<std::size_t>(st.step_index) < lesson->steps.size())
                    say = lesson->steps[static_cast<std::size_t>(st.step_index)].say.get(lang);
                char line[160];
                std::snprintf(line, sizeof line,
                              lang == "en" ? "%d. %s · %d hints · %d mistakes" : "%d. %s · %d gợi ý · %d lần bấm nhầm",
                              st.seq + 1, progress::human_duration(st.time_ms(), lang).c_str(), st.hints,
                              st.wrong_actions);
                std::string text = line;
                if (!st.unsafe.empty()) {
                    char unsafe_count[64];
                    std::snprintf(unsafe_count, sizeof unsafe_count, ui_text(lang).unsafe_stats_fmt,
                                  static_cast<int>(st.unsafe.size()));
                    text += unsafe_count;
                }
                step_lines.emplace_back(text + (say.empty() ? std::string() : " — " + say), !st.unsafe.empty());
            }
            if (step_lines.empty())
                step_lines.emplace_back(lang == "en" ? "No step was finished." : "Chưa xong bước nào.", false);
        }
        std::vector<std::pair<std::string, bool>> wrapped_steps;
        for (const auto& [l, unsafe_step] : step_lines)
            for (std::string& piece : wrap_lines(fr, line_px, l, w - 60))
                wrapped_steps.emplace_back(std::move(piece), unsafe_step);
        if (open)
            row_h += static_cast<float>(wrapped_steps.size()) * line_px * 1.3F + 12;
        ImGui::SetCursorScreenPos(ImVec2(o.x, ry));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::InvisibleButton("attempt", ImVec2(w, row_h - 8)))
            toggled = a.id;
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        dl->AddRectFilled(ImVec2(o.x, ry), ImVec2(o.x + w, ry + row_h - 8), palette().panel_bg, 14);
        dl->AddRect(ImVec2(o.x, ry), ImVec2(o.x + w, ry + row_h - 8),
                    hovered || open ? palette().primary : palette().panel_border, 14, 0, hovered || open ? 2.5F : 1.5F);
        float ly = ry + 12;
        draw_icon(dl, open ? "chevron_down" : "chevron_right", ImVec2(o.x + 20, ly + title_px * 0.6F), title_px * 0.8F,
                  palette().primary);
        draw_text(dl, fb, title_px, ImVec2(o.x + 40, ly), palette().text,
                  fit_text(fb, title_px, lesson_title, w - 60 - (chip_w > 0 ? chip_w + 16 : 0)));
        if (passed)
            draw_status_chip(dl, LessonStatus::PassedTest, lang,
                             ImVec2(o.x + w - 20 - chip_w, ly + (title_px * 1.3F - chip_px * 1.6F) / 2), chip_px);
        ly += title_px * 1.3F;
        for (const std::string& line : when_lines) {
            draw_text(dl, fr, line_px, ImVec2(o.x + 40, ly), palette().text_muted, line);
            ly += line_px * 1.3F;
        }
        for (const std::string& line : figure_lines) {
            draw_text(dl, fr, line_px, ImVec2(o.x + 40, ly), palette().text, line);
            ly += line_px * 1.3F;
        }
        if (unsafe) {
            unsafe_sign(dl, ImVec2(o.x + 40 + line_px * 0.6F, ly + line_px * 0.65F), line_px * 0.6F);
            draw_text(dl, fr, line_px, ImVec2(o.x + 40 + line_px * 1.5F, ly), palette().wrong_text,
                      fit_text(fr, line_px, pt.unsafe_label, w - 60 - line_px * 1.5F));
            ly += line_px * 1.3F;
        }
        if (open) {
            ly += 6;
            dl->AddLine(ImVec2(o.x + 40, ly - 3), ImVec2(o.x + w - 20, ly - 3), palette().panel_border, 1.5F);
            for (const auto& [line, unsafe_step] : wrapped_steps) {
                draw_text(dl, fr, line_px, ImVec2(o.x + 56, ly), unsafe_step ? palette().wrong_text : palette().text,
                          line);
                ly += line_px * 1.3F;
            }
        }
        ry += row_h;
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, ry));
    end_scroll_body();
    if (!toggled.empty())
        open_attempt_ = open_attempt_ == toggled ? std::string() : toggled;
}

// [SECTION] the projector mode's panel

void Shell::draw_projector_panel(AppModel& model, ImVec2 min, ImVec2 max)
{
    LessonRun& run = *model.run();
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    const ProgressText& pt = progress_text(lang);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, palette().panel_bg, 22);
    dl->AddRect(min, max, palette().panel_border, 22, 0, 1.5F);
    const float h = max.y - min.y;
    const float s = std::clamp(h / 740.0F, 0.75F, 1.6F); // everything grows with the screen
    // Already large for the room; the learner's text size makes it larger still.
    const float ts = s * (1 + (k_ - 1) * 0.5F);
    // Chips and buttons grow with the text size while they leave the instruction half the panel.
    float cs = std::min(s, 1.2F) * std::max(1.0F, k_ * 0.8F);
    const float pad = 28 * s;
    const float x = min.x + pad;
    const float inner_w = max.x - min.x - 2 * pad;

    // At the bottom: the buttons, and above them whose turn it is (a chip per learner;
    // tapping one gives them the turn).
    std::vector<GridButton> buttons;
    if (!run.finished())
        buttons.push_back({"hint", t.hint, "bulb", {IM_COL32(0xFF, 0xE0, 0x82, 0xFF), palette().hint_text, 0}});
    buttons.push_back({"restart", t.restart, "restart", quiet_button()});
    buttons.push_back({"end", pt.end_session, "stop", quiet_button()});
    const auto& learners = model.learners();
    const float gap = 12;
    ButtonGrid grid;
    float buttons_y = 0;
    float chip_h = 0;
    float chip_px = 0;
    ImFont* fchip = nullptr;
    std::vector<float> widths;
    int rows = 0;
    float rx = 0;
    float cy = 0;
    float turn_px = 0;
    for (;;) {
        grid = plan_buttons(fonts_, buttons, inner_w, std::max(body_min_px, 24 * cs));
        buttons_y = max.y - pad - grid.height;
        chip_h = 56 * cs;
        chip_px = 24 * cs;
        fchip = fonts_.pick(chip_px, Weight::Bold);
        widths.clear();
        for (const LearnerProfile& p : learners)
            widths.push_back(std::min(inner_w, text_width(fchip, chip_px, p.name) + chip_h + 28));
        rows = learners.empty() ? 0 : 1;
        rx = 0;
        for (const float w : widths) {
            if (rx > 0 && rx + w > inner_w) {
                ++rows;
                rx = 0;
            }
            rx += w + gap;
        }
        rows = std::min(rows, 3);
        cy = buttons_y - 20 - static_cast<float>(rows) * (chip_h + gap);
        turn_px = 24 * cs;
        const float cs_min = std::min(s, 1.2F) * 0.8F;
        if (max.y - (cy - turn_px * 1.5F) <= h * 0.5F || cs <= cs_min)
            break;
        cs = std::max(cs_min, cs * 0.9F);
    }
    const float turn_y = cy - turn_px * 1.5F;

    // Above them, scrolling when it does not fit: the place, the instruction very large
    // (or the end of the lesson), and the feedback.
    const char* body_id = "projector.body";
    const ImVec2 body_min(x, min.y + pad);
    const float body_bottom = turn_y - 12;
    const auto content = [&](float w) {
        ImDrawList* bdl = ImGui::GetWindowDrawList();
        const ImVec2 o = ImGui::GetCursorScreenPos();
        char counter[64];
        const StepPlace where = run.place();
        std::snprintf(counter, sizeof counter, t.step_fmt, static_cast<int>(where.number),
                      static_cast<int>(where.total));
        ImFont* fc = fonts_.pick(36 * ts, Weight::Bold);
        draw_text(bdl, fc, 36 * ts, o, palette().primary, counter);
        ImFont* ft = fonts_.pick(26 * ts, Weight::Bold);
        const float cw = text_width(fc, 36 * ts, counter) + 24;
        if (w - cw > 80 * ts)
            draw_text(bdl, ft, 26 * ts, ImVec2(o.x + cw, o.y + 8 * ts), palette().text_muted,
                      fit_text(ft, 26 * ts, run.lesson().title.get(lang), w - cw));
        ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + 36 * ts * 1.25F + 12));
        const std::string instruction = run.finished() ? run.finish_text().get(lang) : run.instruction().get(lang);
        if (run.finished())
            wrapped_text(fonts_, t.well_done, 64 * ts, Weight::Bold, palette().praise_text, w);
        wrapped_text(fonts_, instruction, (run.finished() ? 40 : 56) * ts, Weight::Bold, palette().text, w, 1.25F);
        const Feedback& fb = run.feedback();
        if (fb.kind != FeedbackKind::None && !run.finished()) {
            const float fy = ImGui::GetCursorScreenPos().y + 8;
            const bool wrong = fb.kind == FeedbackKind::Wrong || fb.kind == FeedbackKind::Unsafe;
            const float fpx = 34 * ts;
            ImFont* ff = fonts_.pick(fpx);
            const auto lines = wrap_lines(ff, fpx, fb.text.get(lang), w - 40);
            const float box_h = static_cast<float>(lines.size()) * fpx * 1.3F + 28;
            bdl->AddRectFilled(ImVec2(o.x, fy), ImVec2(o.x + w, fy + box_h),
                               wrong ? palette().wrong_bg : palette().hint_bg, 16);
            float ly = fy + 14;
            for (const auto& line : lines) {
                draw_text(bdl, ff, fpx, ImVec2(o.x + 20, ly), wrong ? palette().wrong_text : palette().hint_text, line);
                ly += fpx * 1.3F;
            }
            ImGui::SetCursorScreenPos(ImVec2(o.x, fy + box_h));
            ImGui::Dummy(ImVec2(w, 1));
        }
    };
    const std::string place = std::to_string(reinterpret_cast<std::uintptr_t>(&run)) + "/" +
                              std::to_string(run.step_index());
    const bool to_top = place != body_place_;
    body_place_ = place;
    scrolling_text(body_id, body_min, ImVec2(max.x - 10, body_bottom), inner_w, std::max(body_min_px, 22 * cs), to_top,
                   content);

    const LearnerProfile* current = model.learner();
    ImFont* fl = fonts_.pick(turn_px, Weight::Bold);
    const std::string turn = std::string(pt.turn_of) + " " + (current ? current->name : std::string(pt.nobody_turn));
    draw_text(dl, fl, turn_px, ImVec2(x, turn_y), palette().text, fit_text(fl, turn_px, turn, inner_w));
    std::string turn_to;
    rx = 0;
    int row = 0;
    for (std::size_t i = 0; i < learners.size(); ++i) {
        if (rx > 0 && rx + widths[i] > inner_w) {
            ++row;
            rx = 0;
        }
        if (row >= rows)
            break;
        const LearnerProfile& p = learners[i];
        const ImVec2 a(x + rx, cy + static_cast<float>(row) * (chip_h + gap));
        const bool mine = current && current->id == p.id;
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::InvisibleButton("turn", ImVec2(widths[i], chip_h)) && !mine)
            turn_to = p.id;
        ImGui::PopID();
        dl->AddRectFilled(a, ImVec2(a.x + widths[i], a.y + chip_h), mine ? palette().primary : palette().primary_light,
                          chip_h / 2);
        draw_avatar(dl, p, ImVec2(a.x + chip_h / 2, a.y + chip_h / 2), chip_h / 2 - 5);
        draw_text(dl, fchip, chip_px, ImVec2(a.x + chip_h + 6, a.y + (chip_h - chip_px * 1.25F) / 2),
                  mine ? palette().white : palette().primary,
                  fit_text(fchip, chip_px, p.name, widths[i] - chip_h - 20));
        rx += widths[i] + gap;
    }

    const int clicked = draw_buttons(fonts_, buttons, grid, ImVec2(x, buttons_y), inner_w);
    const std::string what = clicked >= 0 ? buttons[static_cast<std::size_t>(clicked)].id : "";
    if (what == "hint") {
        run.request_hint();
    } else if (what == "restart") {
        model.restart_lesson();
        return;
    } else if (what == "end") {
        model.back_to_list();
        return;
    }
    if (!turn_to.empty())
        model.switch_turn(turn_to);
}

} // namespace luyenso::ui
