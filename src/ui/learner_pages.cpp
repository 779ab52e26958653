// The learner picker (big photo-and-name tiles, "add a learner", the way to the trainer's
// area), the profile form, and the pieces the lesson list shows of a learner: the
// avatar and a lesson's status. Everything they change goes through AppModel.
#include "icons.h"
#include "images.h"
#include "layout_log.h"
#include "progress/progress_util.h"
#include "progress_text.h"
#include "shell.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

namespace luyenso::ui {

namespace {

// Calm, muted colours for initial-letter avatars; white letters on each are 7:1 or more
// (tests/ui/contrast_test.cpp measures them).
constexpr ImU32 avatar_colours[] = {IM_COL32(0x29, 0x60, 0x54, 0xFF), IM_COL32(0x3B, 0x58, 0x7D, 0xFF),
                                    IM_COL32(0x77, 0x4C, 0x2C, 0xFF), IM_COL32(0x5B, 0x4B, 0x8A, 0xFF),
                                    IM_COL32(0x8A, 0x3B, 0x52, 0xFF), IM_COL32(0x41, 0x5E, 0x24, 0xFF),
                                    IM_COL32(0x2D, 0x5B, 0x75, 0xFF), IM_COL32(0x7A, 0x3E, 0x3E, 0xFF)};

// The first letter of the given name (the last word of a Vietnamese name): "Bàn Văn Giảng" -> "G".
std::string initial_of(const std::string& name)
{
    const std::string tidy = progress::tidy_spaces(name);
    const auto space = tidy.rfind(' ');
    const std::string word = space == std::string::npos ? tidy : tidy.substr(space + 1);
    if (word.empty())
        return "?";
    std::size_t n = 1;
    while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80)
        ++n;
    std::string letter = word.substr(0, n);
    if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'z')
        letter[0] = static_cast<char>(letter[0] - 'a' + 'A');
    else if (letter == "đ")
        letter = "Đ";
    return letter;
}

const char* voice_label(const std::string& voice, const ProgressText& pt)
{
    return voice == "vi-vn-x-central" ? pt.voice_central : voice == "vi-vn-x-south" ? pt.voice_south : pt.voice_north;
}

} // namespace

void Shell::draw_avatar(ImDrawList* dl, const LearnerProfile& learner, ImVec2 centre, float radius)
{
    if (images_ && !learner.photo.empty()) {
        const Image img = images_->image(learner.photo);
        if (img.texture) {
            // The middle square of the picture, in a circle.
            const float w = static_cast<float>(img.width);
            const float h = static_cast<float>(img.height);
            const float side = std::min(w, h);
            const ImVec2 uv0((w - side) / 2 / w, (h - side) / 2 / h);
            const ImVec2 uv1(1 - uv0.x, 1 - uv0.y);
            dl->AddImageRounded(img.texture, ImVec2(centre.x - radius, centre.y - radius),
                                ImVec2(centre.x + radius, centre.y + radius), uv0, uv1, IM_COL32_WHITE, radius);
            return;
        }
    }
    const auto h = progress::hash128(learner.id.empty() ? learner.name : learner.id);
    const ImU32 fill = avatar_colours[(h.hi ^ (h.lo >> 29)) % std::size(avatar_colours)];
    dl->AddCircleFilled(centre, radius, fill, 48);
    const std::string letter = initial_of(learner.name);
    const float px = radius * 1.05F;
    ImFont* f = fonts_.pick(px, Weight::Bold);
    const float tw = text_width(f, px, letter);
    draw_text(dl, f, px, ImVec2(centre.x - tw / 2, centre.y - px * 0.62F), palette().white, letter.c_str());
}

float Shell::status_chip_width(LessonStatus status, const std::string& lang, float px) const
{
    const bool icon = status != LessonStatus::NotStarted;
    return text_width(fonts_.pick(px, Weight::Bold), px, status_label(status, lang)) + (icon ? px * 1.1F : 0) +
           px * 1.2F;
}

void Shell::draw_status_chip(ImDrawList* dl, LessonStatus status, const std::string& lang, ImVec2 at, float px)
{
    const char* label = status_label(status, lang);
    ImU32 fill = IM_COL32(0xEE, 0xEF, 0xEA, 0xFF);
    ImU32 ink = palette().text_muted;
    const char* icon = nullptr;
    switch (status) {
    case LessonStatus::NotStarted: break;
    case LessonStatus::InProgress:
        fill = palette().hint_bg;
        ink = palette().hint_text;
        icon = "clock";
        break;
    case LessonStatus::DoneWithHelp:
        fill = palette().praise_bg;
        ink = palette().praise_text;
        icon = "check";
        break;
    case LessonStatus::PassedTest:
        fill = palette().success;
        ink = palette().white;
        icon = "check";
        break;
    }
    ImFont* f = fonts_.pick(px, Weight::Bold);
    const float icon_w = icon ? px * 1.1F : 0;
    const float w = status_chip_width(status, lang, px);
    const float h = px * 1.6F;
    dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), fill, h / 2);
    if (icon)
        draw_icon(dl, icon, ImVec2(at.x + px * 0.6F + icon_w / 2, at.y + h / 2), px, ink);
    draw_text(dl, f, px, ImVec2(at.x + px * 0.6F + icon_w, at.y + (h - px * 1.25F) / 2), ink, label);
}

void Shell::draw_store_problem(const AppModel& model)
{
    const Status& s = model.store_status();
    if (s.ok())
        return;
    // In the learner's language: what happened and what to do, that practising goes on,
    // and which file (the technical detail went to the log when the app started).
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ProgressText& t = progress_text(model.language());
    const std::string path = model.store_path();
    struct Part {
        ImFont* font;
        float px;
        std::vector<std::string> lines;
    };
    const float width = vp->Size.x - 48;
    const auto part = [&](const std::string& text, Weight weight, float px) {
        ImFont* f = fonts_.pick(px, weight);
        return Part{f, px, wrap_lines(f, px, text, width)};
    };
    std::vector<Part> parts{
        part(std::string(t.store_problem) + store_problem_reason(s.error, model.language()), Weight::Bold, 22),
        part(t.store_still, Weight::Regular, 22)};
    if (!path.empty())
        parts.push_back(part(t.store_file + path, Weight::Regular, 18));
    float h = 20;
    for (const Part& p : parts)
        h += static_cast<float>(p.lines.size()) * p.px * 1.3F;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float y0 = vp->Pos.y + vp->Size.y - h;
    dl->AddRectFilled(ImVec2(vp->Pos.x, y0), ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y),
                      palette().wrong_bg);
    float y = y0 + 10;
    for (const Part& p : parts)
        for (const auto& line : p.lines) {
            draw_text(dl, p.font, p.px, ImVec2(vp->Pos.x + 24, y), palette().wrong_text, line.c_str());
            y += p.px * 1.3F;
        }
}

float Shell::draw_title_band(const std::string& title, const char* back_label, bool& back_clicked)
{
    // The way back keeps its size (it is a button); the title follows the text size and
    // takes a second line (the band grows) rather than running under the button.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x0 = vp->Pos.x + 24;
    const float right = vp->Pos.x + vp->Size.x - 24;
    const float button_px = std::max(body_min_px, 24 * chrome_k());
    const float back_h = std::max(64.0F, button_px * 1.25F + 24);
    const float back_w = back_label ? std::max(240.0F, button_width_for(fonts_, back_label, true, button_px)) : 0;
    float tx = back_label ? x0 + back_w + 24 : x0;
    const float px = 42 * k_;
    ImFont* ft = fonts_.pick(px, Weight::Bold);
    std::vector<std::string> lines = wrap_lines_at_most(ft, px, title, right - tx, 2);
    float band_h = std::max(back_h + 32, static_cast<float>(lines.size()) * px * 1.25F + 32);
    float title_y = vp->Pos.y + (band_h - static_cast<float>(lines.size()) * px * 1.25F) / 2;
    if (back_label && right - tx < 240 * k_) {
        // Too narrow beside the button: the title goes under it.
        tx = x0;
        lines = wrap_lines_at_most(ft, px, title, right - tx, 2);
        title_y = vp->Pos.y + back_h + 24;
        band_h = back_h + 24 + static_cast<float>(lines.size()) * px * 1.25F + 16;
    }
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().primary);
    back_clicked = false;
    if (back_label) {
        ImGui::SetCursorScreenPos(ImVec2(x0, vp->Pos.y + (std::min(band_h, back_h + 32) - back_h) / 2));
        back_clicked = big_button(fonts_, "band.back", back_label, "back", ImVec2(back_w, back_h),
                                  {IM_COL32(0x00, 0x00, 0x00, 0x30), palette().white, IM_COL32(0xFF, 0xFF, 0xFF, 0x80)},
                                  button_px);
    }
    for (const std::string& line : lines) {
        draw_text(dl, ft, px, ImVec2(tx, title_y), palette().white, line);
        title_y += px * 1.25F;
    }
    return band_h;
}

// [SECTION] the picker

void Shell::draw_learner_picker(AppModel& model)
{
    const std::string& lang = model.language();
    const UiText& t = ui_text(lang);
    const ProgressText& pt = progress_text(lang);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float compact = vp->Size.y < 700 ? 0.8F : 1.0F;
    const float width = std::min(vp->Size.x - 48.0F, 1400.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;

    // The band: the name, the tagline at the learner's size (wrapped), the trainer's door.
    const float button_px = std::max(body_min_px, 22 * chrome_k());
    const float trainer_w = button_width_for(fonts_, pt.trainer_area, true, button_px);
    const float trainer_h = std::max(60.0F, button_px * 1.25F + 24);
    const float tag_px = 24 * k_;
    ImFont* ftag = fonts_.pick(tag_px);
    const auto tag_lines = wrap_lines(ftag, tag_px, t.tagline, width - trainer_w - 24);
    const float band_h = std::max(132 * compact,
                                  88 * compact + static_cast<float>(tag_lines.size()) * tag_px * 1.3F + 14);
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().primary);
    draw_text(dl, fonts_.pick(56 * compact, Weight::Bold), 56 * compact, ImVec2(x0, vp->Pos.y + 14 * compact),
              palette().white, t.app_name);
    float tag_y = vp->Pos.y + 88 * compact;
    for (const std::string& line : tag_lines) {
        draw_text(dl, ftag, tag_px, ImVec2(x0, tag_y), IM_COL32(0xE3, 0xEE, 0xFB, 0xFF), line);
        tag_y += tag_px * 1.3F;
    }
    ImGui::SetCursorScreenPos(
        ImVec2(x0 + width - trainer_w, vp->Pos.y + (std::min(band_h, 132 * compact) - trainer_h) / 2));
    if (big_button(fonts_, "trainer", pt.trainer_area, "lock", ImVec2(trainer_w, trainer_h),
                   {IM_COL32(0x00, 0x00, 0x00, 0x30), palette().white, IM_COL32(0xFF, 0xFF, 0xFF, 0x90)}, button_px)) {
        model.open_trainer();
        return;
    }

    float y = vp->Pos.y + band_h + 18 * compact;
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    y += wrapped_text(fonts_, pt.who_learns, 40 * compact * chrome_k(), Weight::Bold, palette().text, width, 1.25F);
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    y += wrapped_text(fonts_, pt.tap_your_name, 26 * compact * k_, Weight::Regular, palette().text_muted, width) + 8;

    // Tiles: as many per row as fit, each at least 200 px wide (more with larger text).
    const float gap = 20;
    const float min_tile = std::min(width, 200 * compact * k_);
    const int per_row = std::max(1, static_cast<int>((width + gap) / (min_tile + gap)));
    const float tile_w = std::min(260.0F * k_,
                                  (width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row));
    const float name_px = std::clamp(tile_w * 0.115F, 22.0F * k_, 28.0F * k_);
    const float r = std::min(tile_w * 0.27F, 70.0F);
    const float tile_h = 20 + 2 * r + 14 + 2 * name_px * 1.25F + name_px * 0.8F * 1.25F + 12;
    ImGui::SetCursorScreenPos(ImVec2(x0 - 8, y));
    ImGui::BeginChild("learners", ImVec2(width + 16, vp->Pos.y + vp->Size.y - y - 12), false,
                      ImGuiWindowFlags_NoBackground);
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    const ImVec2 origin(ImGui::GetCursorScreenPos().x + 8, ImGui::GetCursorScreenPos().y + 4);
    const auto& learners = model.learners();
    const std::size_t count = learners.size() + 1; // the last tile adds a learner
    std::string chosen;
    bool add = false;
    for (std::size_t i = 0; i < count; ++i) {
        const float col = static_cast<float>(i % static_cast<std::size_t>(per_row));
        const float row = static_cast<float>(i / static_cast<std::size_t>(per_row));
        const ImVec2 a(origin.x + col * (tile_w + gap), origin.y + row * (tile_h + gap));
        const ImVec2 b(a.x + tile_w, a.y + tile_h);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(static_cast<int>(i));
        const bool clicked = ImGui::InvisibleButton("tile", ImVec2(tile_w, tile_h));
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        const bool adder = i == learners.size();
        const ImU32 fill = adder ? palette().primary_light : palette().panel_bg;
        card(cdl, a, b, hovered ? mix(fill, palette().primary, 0.06F) : fill,
             hovered ? palette().primary : palette().panel_border, 22, hovered ? 3.0F : 1.5F);
        const ImVec2 c(a.x + tile_w / 2, a.y + 20 + r);
        const float text_w = tile_w - 24;
        float ty = c.y + r + 14;
        if (adder) {
            cdl->AddCircleFilled(c, r, palette().primary, 48);
            cdl->AddRectFilled(ImVec2(c.x - r * 0.45F, c.y - r * 0.08F), ImVec2(c.x + r * 0.45F, c.y + r * 0.08F),
                               palette().white, 3);
            cdl->AddRectFilled(ImVec2(c.x - r * 0.08F, c.y - r * 0.45F), ImVec2(c.x + r * 0.08F, c.y + r * 0.45F),
                               palette().white, 3);
            ImFont* f = fonts_.pick(name_px, Weight::Bold);
            for (const auto& line : wrap_lines(f, name_px, pt.add_learner, text_w)) {
                draw_text(cdl, f, name_px, ImVec2(c.x - text_width(f, name_px, line) / 2, ty), palette().primary,
                          line.c_str());
                ty += name_px * 1.25F;
            }
            if (clicked)
                add = true;
            continue;
        }
        const LearnerProfile& p = learners[i];
        draw_avatar(cdl, p, c, r);
        ImFont* f = fonts_.pick(name_px, Weight::Bold);
        const auto lines = wrap_lines(f, name_px, p.name, text_w);
        for (std::size_t l = 0; l < lines.size() && l < 2; ++l) {
            const std::string line = l == 1 && lines.size() > 2 ? fit_text(f, name_px, lines[l] + " …", text_w)
                                                                : lines[l];
            draw_text(cdl, f, name_px, ImVec2(c.x - text_width(f, name_px, line) / 2, ty), palette().text,
                      line.c_str());
            ty += name_px * 1.25F;
        }
        if (!p.village.empty()) {
            const float vpx = name_px * 0.8F;
            ImFont* fv = fonts_.pick(vpx);
            const std::string v = fit_text(fv, vpx, p.village, text_w);
            if (ty + vpx < b.y - 6)
                draw_text(cdl, fv, vpx, ImVec2(c.x - text_width(fv, vpx, v) / 2, ty), palette().text_muted, v.c_str());
        }
        if (clicked)
            chosen = p.id;
    }
    if (learners.empty()) {
        const float row_y = origin.y + tile_h + gap;
        ImGui::SetCursorScreenPos(ImVec2(origin.x, row_y));
        wrapped_text(fonts_, pt.no_learners, 26 * k_, Weight::Regular, palette().text_muted, width);
    }
    const float rows = static_cast<float>((count + static_cast<std::size_t>(per_row) - 1) /
                                          static_cast<std::size_t>(per_row));
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + rows * (tile_h + gap) + (learners.empty() ? 60 : 0)));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
    if (add)
        model.new_learner();
    else if (!chosen.empty())
        model.choose_learner(chosen);
}

// [SECTION] the profile form

void Shell::draw_learner_edit(AppModel& model)
{
    const std::string& lang = model.language();
    const ProgressText& pt = progress_text(lang);
    LearnerDraft& draft = model.draft();
    LearnerProfile& p = draft.profile;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = nullptr;
    const float compact = vp->Size.y < 700 ? 0.8F : 1.0F;
    bool back = false;
    const float band_h = draw_title_band(draft.is_new ? pt.new_profile : pt.edit_profile, pt.cancel, back);
    if (back) {
        model.cancel_draft();
        return;
    }
    const float width = std::min(vp->Size.x - 48.0F, 1200.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;
    const float label_px = 26 * compact * k_;
    const float field_px = 30 * compact * k_;
    const float button_px = std::max(body_min_px, 28 * compact * chrome_k());

    // Save and cancel at the bottom; the form above scrolls when the text is large.
    const std::vector<GridButton> buttons{{"cancel", pt.cancel, "close", quiet_button()},
                                          {"save", pt.save, "check", primary_button()}};
    const ButtonGrid grid = plan_buttons(fonts_, buttons, std::min(width, 520.0F * chrome_k()), button_px);
    const float grid_w = std::min(width, 520.0F * chrome_k());
    const float by = vp->Pos.y + vp->Size.y - 24 - grid.height;
    const char* body_id = "profile.body";
    const ImVec2 body_min(x0, vp->Pos.y + band_h + 20 * compact);
    const ImVec2 body_max(x0 + width + 44, by - 12);
    const bool overflows = scroll_body_overflows(body_id, body_max.y - body_min.y);
    begin_scroll_body(body_id, body_min, body_max, overflows);
    dl = ImGui::GetWindowDrawList();
    // Two columns when each has room for its buttons, else one under the other.
    const bool two = width >= 900 * k_;
    const float gap = 40;
    const float col_w = two ? (width - gap) / 2 : width;

    // The texts.
    const float top = ImGui::GetCursorScreenPos().y;
    float y = top;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 12 * compact));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0F);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(palette().panel_bg));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(palette().panel_border));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().text));
    ImGui::PushFont(fonts_.pick(field_px));
    ImGui::SetWindowFontScale(field_px / ImGui::GetFont()->FontSize);
    struct Field {
        const char* id;
        const char* label;
        std::string* text;
    };
    const Field fields[] = {{"##name", pt.field_name, &p.name},
                            {"##village", pt.field_village, &p.village},
                            {"##photo", pt.field_photo, &p.photo}};
    for (const Field& f : fields) {
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        y += wrapped_text(fonts_, f.label, label_px, Weight::Bold, palette().text, col_w, 1.3F) + 4;
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        ImGui::SetNextItemWidth(col_w);
        ImGui::InputText(f.id, f.text);
        // What a phone's keyboard is composing (ImGui's field cannot show it): after the
        // field's text, underlined in another colour, until it is committed and typed.
        if (const std::string& composing = phone_view_.composition(); ImGui::IsItemActive() && !composing.empty()) {
            const ImVec2 a = ImGui::GetItemRectMin();
            const ImVec2 b = ImGui::GetItemRectMax();
            ImFont* ff = fonts_.pick(field_px);
            const float typed_w = text_width(ff, field_px, *f.text);
            const float comp_w = std::min(text_width(ff, field_px, composing), b.x - a.x - 32);
            const ImVec2 at(std::min(a.x + 16 + typed_w, b.x - 16 - comp_w), a.y + (b.y - a.y - field_px * 1.25F) / 2);
            ImGui::PushClipRect(a, b, true);
            draw_text(dl, ff, field_px, at, palette().primary, fit_text(ff, field_px, composing, comp_w));
            dl->AddLine(ImVec2(at.x, at.y + field_px * 1.2F), ImVec2(at.x + comp_w, at.y + field_px * 1.2F),
                        palette().primary, 2);
            ImGui::PopClipRect();
        }
        y += ImGui::GetItemRectSize().y + 18 * compact;
    }
    ImGui::SetWindowFontScale(1.0F);
    ImGui::PopFont();
    ImGui::PopStyleColor(3);
    ImGui::PopStyleVar(2);

    // The picture as it will look, the voice and the text size.
    const float rx = two ? x0 + col_w + gap : x0;
    float ry = two ? top : y + 10;
    const float r = 58 * compact;
    draw_avatar(dl, p, ImVec2(rx + r, ry + r), r);
    const float name_px = 30 * compact * k_;
    ImFont* fname = fonts_.pick(name_px, Weight::Bold);
    draw_text(dl, fname, name_px, ImVec2(rx + 2 * r + 20, ry + r - name_px * 0.62F), palette().text,
              fit_text(fname, name_px, p.name.empty() ? "…" : p.name, col_w - 2 * r - 20));
    ry += 2 * r + 18 * compact;
    const ButtonStyle on = primary_button();
    const ButtonStyle off = quiet_button();
    const float choice_px = std::max(body_min_px, 24 * compact * chrome_k());
    ImGui::SetCursorScreenPos(ImVec2(rx, ry));
    ry += wrapped_text(fonts_, pt.field_voice, label_px, Weight::Bold, palette().text, col_w, 1.3F) + 4;
    {
        std::vector<GridButton> voices;
        for (std::size_t i = 0; i < std::size(voice_choices); ++i)
            voices.push_back(
                {voice_choices[i], voice_label(voice_choices[i], pt), nullptr, p.voice == voice_choices[i] ? on : off});
        const ButtonGrid vg = plan_buttons(fonts_, voices, col_w, choice_px);
        const int chosen = draw_buttons(fonts_, voices, vg, ImVec2(rx, ry), col_w);
        if (chosen >= 0)
            p.voice = voice_choices[static_cast<std::size_t>(chosen)];
        ry += vg.height + 18 * compact;
    }
    ImGui::SetCursorScreenPos(ImVec2(rx, ry));
    ry += wrapped_text(fonts_, pt.field_text_size, label_px, Weight::Bold, palette().text, col_w, 1.3F) + 4;
    {
        std::vector<std::string> labels;
        std::vector<GridButton> sizes;
        for (std::size_t i = 0; i < std::size(text_size_choices); ++i)
            labels.push_back(std::to_string(text_size_choices[i]) + "%");
        for (std::size_t i = 0; i < std::size(text_size_choices); ++i)
            sizes.push_back({labels[i].c_str(), labels[i], nullptr, p.text_size == text_size_choices[i] ? on : off});
        const ButtonGrid sg = plan_buttons(fonts_, sizes, col_w, choice_px);
        const int chosen = draw_buttons(fonts_, sizes, sg, ImVec2(rx, ry), col_w);
        if (chosen >= 0)
            p.text_size = text_size_choices[static_cast<std::size_t>(chosen)];
        ry += sg.height;
    }
    // The error under everything.
    y = std::max(y, ry) + 10;
    if (!draft.error.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        y += wrapped_text(fonts_, draft.error, 26 * compact * k_, Weight::Bold, palette().danger, width);
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    end_scroll_body();

    const int clicked = draw_buttons(fonts_, buttons, grid, ImVec2(x0 + width - grid_w, by), grid_w);
    if (clicked == 0)
        model.cancel_draft();
    else if (clicked == 1)
        model.save_draft();
}

} // namespace luyenso::ui
