// The learner picker (big photo-and-name tiles, "add a learner", the way to the trainer's
// area), the profile form, and the pieces the lesson list shows of a learner: the
// avatar and a lesson's status. Everything they change goes through AppModel.
#include "icons.h"
#include "layout_log.h"
#include "images.h"
#include "progress_text.h"
#include "progress_util.h"
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

// Calm, muted colours for initial-letter avatars; white letters on each are 4.5:1 or more.
constexpr ImU32 avatar_colours[] = {IM_COL32(0x2E, 0x6B, 0x5E, 0xFF), IM_COL32(0x3D, 0x5A, 0x80, 0xFF),
                                    IM_COL32(0x7A, 0x4E, 0x2D, 0xFF), IM_COL32(0x5B, 0x4B, 0x8A, 0xFF),
                                    IM_COL32(0x8A, 0x3B, 0x52, 0xFF), IM_COL32(0x4A, 0x6B, 0x2A, 0xFF),
                                    IM_COL32(0x2F, 0x5F, 0x7A, 0xFF), IM_COL32(0x7A, 0x3E, 0x3E, 0xFF)};

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
    const float button_px = std::max(body_min_px, 24 * std::min(k_, 1.5F));
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
                                  {IM_COL32(0xFF, 0xFF, 0xFF, 0x26), palette().white, IM_COL32(0xFF, 0xFF, 0xFF, 0x80)},
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

    const float band_h = 132 * compact;
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + band_h), palette().primary);
    draw_text(dl, fonts_.pick(56 * compact, Weight::Bold), 56 * compact, ImVec2(x0, vp->Pos.y + 14 * compact),
                palette().white, t.app_name);
    draw_text(dl, fonts_.pick(24 * compact), 24 * compact, ImVec2(x0, vp->Pos.y + 88 * compact),
                IM_COL32(0xE3, 0xEE, 0xFB, 0xFF), t.tagline);
    const float trainer_w = 260;
    ImGui::SetCursorScreenPos(ImVec2(x0 + width - trainer_w, vp->Pos.y + (band_h - 60) / 2));
    if (big_button(fonts_, "trainer", pt.trainer_area, "lock", ImVec2(trainer_w, 60),
                   {IM_COL32(0xFF, 0xFF, 0xFF, 0x26), palette().white, IM_COL32(0xFF, 0xFF, 0xFF, 0x90)}, 22)) {
        model.open_trainer();
        return;
    }

    float y = vp->Pos.y + band_h + 18 * compact;
    draw_text(dl, fonts_.pick(40 * compact, Weight::Bold), 40 * compact, ImVec2(x0, y), palette().text, pt.who_learns);
    draw_text(dl, fonts_.pick(26 * compact), 26 * compact, ImVec2(x0, y + 52 * compact), palette().text_muted,
                pt.tap_your_name);
    y += 96 * compact;

    // Tiles: as many per row as fit, each at least 200 px wide.
    const float gap = 20;
    const float min_tile = 200 * compact;
    const int per_row = std::max(1, static_cast<int>((width + gap) / (min_tile + gap)));
    const float tile_w = std::min(260.0F,
                                  (width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row));
    const float tile_h = tile_w * 1.12F;
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
        const float r = tile_w * 0.27F;
        const ImVec2 c(a.x + tile_w / 2, a.y + 20 + r);
        const float name_px = std::clamp(tile_w * 0.115F, 22.0F, 28.0F);
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
            draw_text(cdl, f, name_px, ImVec2(c.x - text_width(f, name_px, line) / 2, ty), palette().text, line.c_str());
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
        wrapped_text(fonts_, pt.no_learners, 26, Weight::Regular, palette().text_muted, width);
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
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float compact = vp->Size.y < 700 ? 0.8F : 1.0F;
    bool back = false;
    const float band_h = draw_title_band(draft.is_new ? pt.new_profile : pt.edit_profile, pt.cancel, back);
    if (back) {
        model.cancel_draft();
        return;
    }
    const float width = std::min(vp->Size.x - 48.0F, 1200.0F);
    const float x0 = vp->Pos.x + (vp->Size.x - width) / 2;
    const float gap = 40;
    const float col_w = (width - gap) / 2;
    const float label_px = 26 * compact;
    const float field_px = 30 * compact;

    // Left: the texts.
    float y = vp->Pos.y + band_h + 20 * compact;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 12 * compact));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0F);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(palette().panel_bg));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(palette().panel_border));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().text));
    ImGui::PushFont(fonts_.pick(field_px));
    struct Field {
        const char* id;
        const char* label;
        std::string* text;
    };
    const Field fields[] = {{"##name", pt.field_name, &p.name},
                            {"##village", pt.field_village, &p.village},
                            {"##photo", pt.field_photo, &p.photo}};
    for (const Field& f : fields) {
        draw_text(dl, fonts_.pick(label_px, Weight::Bold), label_px, ImVec2(x0, y), palette().text, f.label);
        y += label_px * 1.4F;
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        ImGui::SetNextItemWidth(col_w);
        ImGui::InputText(f.id, f.text);
        y += ImGui::GetItemRectSize().y + 18 * compact;
    }
    ImGui::PopFont();
    ImGui::PopStyleColor(3);
    ImGui::PopStyleVar(2);

    // Right: the picture as it will look, the voice and the text size.
    const float rx = x0 + col_w + gap;
    float ry = vp->Pos.y + band_h + 20 * compact;
    const float r = 58 * compact;
    draw_avatar(dl, p, ImVec2(rx + r, ry + r), r);
    ImFont* fname = fonts_.pick(30 * compact, Weight::Bold);
    draw_text(dl, fname, 30 * compact, ImVec2(rx + 2 * r + 20, ry + r - 20 * compact), palette().text,
                fit_text(fname, 30 * compact, p.name.empty() ? "…" : p.name, col_w - 2 * r - 20).c_str());
    ry += 2 * r + 18 * compact;
    const float bh = 60 * compact;
    const ButtonStyle on = primary_button();
    const ButtonStyle off = quiet_button();
    draw_text(dl, fonts_.pick(label_px, Weight::Bold), label_px, ImVec2(rx, ry), palette().text, pt.field_voice);
    ry += label_px * 1.4F;
    {
        const float bw = (col_w - 2 * 12) / 3;
        for (std::size_t i = 0; i < std::size(voice_choices); ++i) {
            ImGui::SetCursorScreenPos(ImVec2(rx + static_cast<float>(i) * (bw + 12), ry));
            ImGui::PushID(static_cast<int>(i));
            const bool selected = p.voice == voice_choices[i];
            if (big_button(fonts_, "voice", voice_label(voice_choices[i], pt), nullptr, ImVec2(bw, bh),
                           selected ? on : off, 24 * compact))
                p.voice = voice_choices[i];
            ImGui::PopID();
        }
    }
    ry += bh + 18 * compact;
    draw_text(dl, fonts_.pick(label_px, Weight::Bold), label_px, ImVec2(rx, ry), palette().text, pt.field_text_size);
    ry += label_px * 1.4F;
    {
        const float bw = (col_w - 4 * 10) / 5;
        for (std::size_t i = 0; i < std::size(text_size_choices); ++i) {
            const int size = text_size_choices[i];
            ImGui::SetCursorScreenPos(ImVec2(rx + static_cast<float>(i) * (bw + 10), ry));
            ImGui::PushID(100 + static_cast<int>(i));
            const std::string label = std::to_string(size) + "%";
            if (big_button(fonts_, "size", label, nullptr, ImVec2(bw, bh), p.text_size == size ? on : off,
                           22 * compact * static_cast<float>(size) / 125.0F))
                p.text_size = size;
            ImGui::PopID();
        }
    }
    ry += bh;

    // The error, and save / cancel at the bottom.
    const float button_h = 72 * compact;
    const float by = vp->Pos.y + vp->Size.y - 24 - button_h;
    if (!draft.error.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x0, std::max(y, ry) + 10));
        wrapped_text(fonts_, draft.error, 26 * compact, Weight::Bold, palette().danger, width);
    }
    ImGui::SetCursorScreenPos(ImVec2(x0 + width - 2 * 240 - 16, by));
    if (big_button(fonts_, "cancel", pt.cancel, "close", ImVec2(240, button_h), quiet_button(), 28 * compact)) {
        model.cancel_draft();
        return;
    }
    ImGui::SetCursorScreenPos(ImVec2(x0 + width - 240, by));
    if (big_button(fonts_, "save", pt.save, "check", ImVec2(240, button_h), primary_button(), 28 * compact))
        model.save_draft();
}

} // namespace luyenso::ui
