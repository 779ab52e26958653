// The looks of the e-ID, Messages, browser and Settings apps and of scripted calls. All
// artwork is our own: the cards carry the lesson's fictional data and no real emblem,
// the fake page borrows colours, never a real logo.
#include "service_paint.h"

#include "icons.h"
#include "text/utf8.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string_view>

namespace luyenso::ui {

namespace {

const ImU32 eid_red = IM_COL32(0xB3, 0x26, 0x1E, 0xFF);
const ImU32 alert_bg = IM_COL32(0xFD, 0xEC, 0xEA, 0xFF);
const ImU32 alert_ink = IM_COL32(0x7A, 0x10, 0x10, 0xFF);
const ImU32 ok_bg = IM_COL32(0xE6, 0xF4, 0xEA, 0xFF);
const ImU32 ok_ink = IM_COL32(0x1B, 0x5E, 0x20, 0xFF);
const ImU32 card_border = IM_COL32(0xD4, 0xD9, 0xDE, 0xFF);
const ImU32 link_blue = IM_COL32(0x0B, 0x4A, 0xA8, 0xFF);

bool starts_with(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool ours(const std::string& id)
{
    return starts_with(id, "eid.") || starts_with(id, "sms.") || starts_with(id, "web.") ||
           starts_with(id, "settings.");
}

// Wrapped lines from the left; returns the y (pixels) below the last line.
float left_wrapped(const Painter& pt, const std::string& t, float size, float x0, float x1, float y, ImU32 col,
                   Weight w = Weight::Regular)
{
    ImFont* f = pt.fonts.pick(size, w);
    for (const std::string& line : wrap_lines(f, size, t, x1 - x0)) {
        pt.text(line, size, ImVec2(x0, y), col, w);
        y += size * 1.3F;
    }
    return y;
}

void shadowed_card(const Painter& pt, ImVec2 a, ImVec2 b, float rounding, ImU32 fill = IM_COL32_WHITE)
{
    pt.dl->AddRectFilled(ImVec2(a.x + 1, a.y + 3), ImVec2(b.x + 1, b.y + 3), IM_COL32(0, 0, 0, 0x28), rounding);
    pt.dl->AddRectFilled(a, b, fill, rounding);
    pt.dl->AddRect(a, b, card_border, rounding, 0, 1);
}

// [SECTION] text

bool draw_paragraph(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const float size = pt.tpx(e.text_dp);
    const Weight w = e.text_dp >= 24 ? Weight::Bold : Weight::Regular;
    const float x0 = pt.min(r).x;
    const float x1 = pt.max(r).x;
    if (e.icon == "rule") {
        // A password rule, ticked once it is met; the mark grows with the text.
        const float cy = pt.p(0, r.y).y + size * 0.62F;
        const float mark = size * 0.52F;
        const ImVec2 c(x0 + mark, cy);
        if (e.active) {
            pt.dl->AddCircleFilled(c, mark, ok_ink, 20);
            draw_icon(pt.dl, "check", c, mark * 1.5F, palette().white);
        } else {
            pt.dl->AddCircle(c, mark * 0.9F, IM_COL32(0x7A, 0x82, 0x8A, 0xFF), 20, std::max(pt.px(2), mark * 0.18F));
        }
        left_wrapped(pt, e.label, size, x0 + mark * 2 + pt.px(10), x1, pt.p(0, r.y).y,
                     e.active ? ok_ink : palette().text, e.active ? Weight::Bold : Weight::Regular);
        return true;
    }
    if (e.icon == "field_row") {
        const float ls = pt.tpx(18);
        const float y = left_wrapped(pt, e.label, ls, x0, x1, pt.p(0, r.y).y, palette().text_muted);
        left_wrapped(pt, e.detail, pt.tpx(22), x0, x1, y, palette().text, Weight::Bold);
        pt.dl->AddLine(pt.p(r.x, r.y + r.h + 3), pt.p(r.x + r.w, r.y + r.h + 3), card_border, 1);
        return true;
    }
    if (e.icon == "section") {
        left_wrapped(pt, e.label, size, x0, x1, pt.p(0, r.y).y, palette().primary, Weight::Bold);
        return true;
    }
    if (e.icon == "preview") {
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().primary_light, pt.px(14));
        left_wrapped(pt, e.label, size, x0 + pt.px(12), x1 - pt.px(12), pt.p(0, r.y + 12).y, palette().text,
                     Weight::Bold);
        return true;
    }
    if (e.icon == "more_below" || e.icon == "more_above") {
        const float s = pt.tpx(e.text_dp);
        ImFont* f = pt.fonts.pick(s, Weight::Bold);
        const float tw = text_width(f, s, e.label);
        const float x = (x0 + x1 - tw) / 2;
        pt.dl->AddRectFilled(ImVec2(x - pt.px(40), pt.min(r).y), ImVec2(x + tw + pt.px(12), pt.max(r).y),
                             IM_COL32(0xEE, 0xF1, 0xF4, 0xF0), pt.px(12));
        draw_icon(pt.dl, e.icon == "more_below" ? "chevron_up" : "chevron_up",
                  ImVec2(x - pt.px(20), pt.p(0, r.center_y()).y), pt.px(22), palette().text_muted);
        pt.text(e.label, s, ImVec2(x, pt.p(0, r.center_y()).y - s * 0.62F), palette().text_muted, Weight::Bold);
        return true;
    }
    if (e.tone == Tone::Danger || e.tone == Tone::Success) {
        // An alert under a form: the app's message, on a coloured box with an icon.
        const bool bad = e.tone == Tone::Danger;
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), bad ? alert_bg : ok_bg, pt.px(10));
        pt.dl->AddRectFilled(pt.min(r), ImVec2(pt.min(r).x + pt.px(5), pt.max(r).y), bad ? palette().danger : ok_ink,
                             pt.px(10), ImDrawFlags_RoundCornersLeft);
        left_wrapped(pt, e.label, size, x0 + pt.px(14), x1 - pt.px(8), pt.p(0, r.y + 3).y, bad ? alert_ink : ok_ink,
                     Weight::Bold);
        return true;
    }
    static const char* const centred_ids[] = {"eid.welcome.text", "eid.done.title", "eid.done.text", "sms.noreply",
                                              "sms.list.empty",   "eid.empty",      "web.page.title"};
    const bool centre = std::any_of(std::begin(centred_ids), std::end(centred_ids),
                                    [&](const char* id) { return e.id == id; });
    const ImU32 ink = e.id == "sms.noreply" ? palette().text_muted : palette().text;
    if (centre)
        pt.centred_wrapped(e.label, size, x0, x1, pt.p(0, r.y).y, ink, w);
    else
        left_wrapped(pt, e.label, size, x0, x1, pt.p(0, r.y).y, ink, w);
    return true;
}

void draw_address(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), IM_COL32(0xE6, 0xE9, 0xED, 0xFF), pt.px(std::min(20.0F, r.h / 2)));
    const bool safe = e.icon == "lock";
    draw_icon(pt.dl, e.icon, pt.p(r.x + 20, r.center_y()), pt.px(22), safe ? ok_ink : IM_COL32(0xB2, 0x5B, 0x00, 0xFF));
    const float big = pt.tpx(20, (r.h - 6) * 0.55F);
    const float small = pt.tpx(16, (r.h - 6) * 0.42F);
    ImFont* fb = pt.fonts.pick(big, Weight::Bold);
    ImFont* fs = pt.fonts.pick(small);
    const float room = pt.px(r.w - 44);
    const float x = pt.p(r.x + 38, 0).x;
    if (text_width(fb, big, e.label) > room) {
        // The whole address matters (the trick is often at its end): on several lines, cut
        // after a dot or a dash, instead of the full link.
        auto wrap = [&](float size) {
            std::vector<std::string> lines;
            std::string_view rest = e.label;
            while (!rest.empty()) {
                std::size_t cut = fitting_prefix(fb, size, rest, room);
                if (cut < rest.size()) {
                    const std::size_t at = rest.substr(0, cut).find_last_of(".-");
                    if (at != std::string_view::npos && at >= 1)
                        cut = at + 1; // after the last dot or dash that fits
                }
                if (cut == 0)
                    cut = utf8_next(rest, 0); // not even one letter fits: one a line
                lines.emplace_back(rest.substr(0, cut));
                rest.remove_prefix(cut);
            }
            return lines;
        };
        float size = big;
        std::vector<std::string> lines = wrap(size);
        for (int i = 0; i < 4 && static_cast<float>(lines.size()) * size * 1.15F > pt.px(r.h - 4); ++i) {
            size *= pt.px(r.h - 4) / (static_cast<float>(lines.size()) * size * 1.15F); // smaller, to fit the bar
            lines = wrap(size);
        }
        float y = pt.p(0, r.center_y()).y - static_cast<float>(lines.size()) * size * 1.15F / 2;
        for (const std::string& line : lines) {
            pt.text(line, size, ImVec2(x, y), palette().text, Weight::Bold);
            y += size * 1.15F;
        }
        return;
    }
    const float total = big * 1.15F + small * 1.1F;
    const float y = pt.p(0, r.center_y()).y - total / 2;
    pt.text(e.label, big, ImVec2(x, y), palette().text, Weight::Bold);
    pt.text(fit_text(fs, small, e.detail, room), small, ImVec2(x, y + big * 1.15F), palette().text_muted);
}

void draw_caption(const Painter& pt, const Element& e)
{
    if (e.label.empty())
        return;
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), IM_COL32(0, 0, 0, 0xB8), pt.px(14));
    const float size = pt.tpx(e.text_dp);
    left_wrapped(pt, e.label, size, pt.p(r.x + 12, 0).x, pt.p(r.x + r.w - 12, 0).x, pt.p(0, r.y + 8).y, palette().white,
                 Weight::Bold);
}

// [SECTION] rows and tiles

void draw_radio_row(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const ImVec2 c = pt.p(r.x + 34, r.center_y());
    pt.dl->AddCircle(c, pt.px(13), e.active ? palette().primary : IM_COL32(0x6A, 0x72, 0x7A, 0xFF), 24, pt.px(3));
    if (e.active)
        pt.dl->AddCircleFilled(c, pt.px(7), palette().primary, 20);
    const float size = pt.tpx(e.text_dp);
    const float small = pt.tpx(19);
    const float x0 = pt.p(r.x + 62, 0).x;
    const float x1 = pt.max(r).x - pt.px(12);
    ImFont* f = pt.fonts.pick(size, Weight::Bold);
    const auto lines = wrap_lines(f, size, e.label, x1 - x0);
    const float text_h = static_cast<float>(lines.size()) * size * 1.3F + (e.detail.empty() ? 0 : small * 1.3F);
    float y = pt.p(0, r.center_y()).y - text_h / 2;
    for (const std::string& line : lines) {
        pt.text(line, size, ImVec2(x0, y), palette().text, e.active ? Weight::Bold : Weight::Regular);
        y += size * 1.3F;
    }
    if (!e.detail.empty())
        pt.text(e.detail, small, ImVec2(x0, y), palette().text_muted);
    if (e.active)
        pt.dl->AddRectFilled(pt.min(r), ImVec2(pt.min(r).x + pt.px(5), pt.max(r).y), palette().primary);
    pt.dl->AddLine(pt.p(r.x + 62, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F),
                   IM_COL32(0xE0, 0xE3, 0xE6, 0xFF), 1);
}

void draw_question_pick(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(12));
    pt.dl->AddRect(pt.min(r), pt.max(r), eid_red, pt.px(12), 0, pt.px(1.5F));
    const float x0 = pt.p(r.x + 14, 0).x;
    const float x1 = pt.max(r).x - pt.px(44);
    const float y = left_wrapped(pt, e.label, pt.tpx(e.text_dp), x0, x1, pt.p(0, r.y + 6).y, eid_red, Weight::Bold);
    left_wrapped(pt, e.detail, pt.tpx(22), x0, x1, y, palette().text);
    draw_icon(pt.dl, "chevron_right", pt.p(r.x + r.w - 22, r.center_y()), pt.px(26), palette().text_muted);
}

void draw_record_card(const Painter& pt, const Element& e)
{
    // A visit, a vaccination or a notice: a card with an icon, a title, lines and a date.
    const Rect& r = e.bounds;
    shadowed_card(pt, pt.min(r), pt.max(r), pt.px(12));
    const ImVec2 c = pt.p(r.x + 34, r.y + 34);
    pt.dl->AddCircleFilled(c, pt.px(22), e.icon == "bell" ? IM_COL32(0xE8, 0x8B, 0x1A, 0xFF) : eid_red, 32);
    draw_icon(pt.dl, e.icon, c, pt.px(28), palette().white);
    const float x0 = pt.p(r.x + 68, 0).x;
    const float x1 = pt.max(r).x - pt.px(12);
    float y = left_wrapped(pt, e.label, pt.tpx(e.text_dp), x0, x1, pt.p(0, r.y + 10).y, palette().text, Weight::Bold);
    y = left_wrapped(pt, e.detail, pt.tpx(19), x0, x1, y, palette().text);
    pt.text(e.meta, pt.tpx(17), ImVec2(x0, y + pt.px(2)), palette().text_muted);
}

void draw_settings_row(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const ImVec2 c = pt.p(r.x + 44, r.center_y());
    pt.dl->AddCircleFilled(c, pt.px(28), IM_COL32(0x55, 0x5F, 0x6A, 0xFF), 32);
    draw_icon(pt.dl, e.icon, c, pt.px(34), palette().white);
    const float x0 = pt.p(r.x + 88, 0).x;
    const float x1 = pt.max(r).x - pt.px(42);
    const float size = pt.tpx(e.text_dp);
    const float small = pt.tpx(21);
    ImFont* fb = pt.fonts.pick(size, Weight::Bold);
    ImFont* fr = pt.fonts.pick(small);
    const auto name = wrap_lines(fb, size, e.label, x1 - x0);
    const auto detail = wrap_lines(fr, small, e.detail, x1 - x0);
    const float h = static_cast<float>(name.size()) * size * 1.3F + static_cast<float>(detail.size()) * small * 1.3F;
    float y = pt.p(0, r.center_y()).y - h / 2;
    y = left_wrapped(pt, e.label, size, x0, x1, y, palette().text, Weight::Bold);
    left_wrapped(pt, e.detail, small, x0, x1, y, palette().text_muted);
    draw_icon(pt.dl, "chevron_right", pt.p(r.x + r.w - 22, r.center_y()), pt.px(26), palette().text_muted);
    pt.dl->AddLine(pt.p(r.x + 88, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), card_border, 1);
}

void draw_feature_tile(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    shadowed_card(pt, pt.min(r), pt.max(r), pt.px(16));
    const ImVec2 c = pt.p(r.center_x(), r.y + 38);
    pt.dl->AddCircleFilled(c, pt.px(28), e.id == "eid.feature.logout" ? IM_COL32(0x6A, 0x72, 0x7A, 0xFF) : eid_red, 32);
    draw_icon(pt.dl, e.icon, c, pt.px(34), palette().white);
    pt.centred_wrapped(e.label, pt.tpx(e.text_dp), pt.min(r).x + pt.px(6), pt.max(r).x - pt.px(6), pt.p(0, r.y + 74).y,
                       palette().text, Weight::Bold);
    if (e.badge > 0) {
        const ImVec2 b = pt.p(r.center_x() + 26, r.y + 16);
        pt.dl->AddCircleFilled(b, pt.px(13), palette().danger, 20);
        pt.centred(std::to_string(e.badge), pt.px(17), b.x - pt.px(13), b.x + pt.px(13), b.y - pt.px(11),
                   palette().white, Weight::Bold);
    }
}

void draw_outlined_button(const Painter& pt, const Element& e)
{
    // A second choice: white with a border in the app's colour, its words in that colour.
    const Rect& r = e.bounds;
    const ImU32 ink = e.tone == Tone::Danger ? eid_red : e.tone == Tone::Success ? ok_ink : palette().primary;
    const float round = pt.px(std::min(16.0F, r.h / 2));
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, round);
    pt.dl->AddRect(pt.min(r), pt.max(r), ink, round, 0, pt.px(2.5F));
    const float size = pt.tpx(e.text_dp, r.h - 10);
    ImFont* f = pt.fonts.pick(size, Weight::Bold);
    const auto lines = wrap_lines(f, size, e.label, pt.px(r.w - 24));
    float y = pt.p(0, r.center_y()).y - static_cast<float>(lines.size()) * size * 1.25F / 2;
    for (const std::string& line : lines) {
        pt.centred(line, size, pt.min(r).x, pt.max(r).x, y, ink, Weight::Bold);
        y += size * 1.25F;
    }
}

void draw_link_chip(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), IM_COL32(0xE3, 0xEE, 0xFB, 0xFF), pt.px(12));
    pt.dl->AddRect(pt.min(r), pt.max(r), link_blue, pt.px(12), 0, pt.px(1.5F));
    draw_icon(pt.dl, "link", pt.p(r.x + 24, r.center_y()), pt.px(24), link_blue);
    const float size = pt.tpx(e.text_dp, r.h - 10);
    ImFont* f = pt.fonts.pick(size);
    const std::string shown = fit_text(f, size, e.label, pt.px(r.w - 54));
    const ImVec2 at(pt.p(r.x + 44, 0).x, pt.p(0, r.center_y()).y - size * 0.62F);
    pt.text(shown, size, at, link_blue);
    const float tw = text_width(f, size, shown);
    pt.dl->AddLine(ImVec2(at.x, at.y + size * 1.12F), ImVec2(at.x + tw, at.y + size * 1.12F), link_blue, pt.px(1.2F));
}

// [SECTION] pictures: the e-ID's logo, the cards, a big tick

void draw_eid_logo(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const ImVec2 c = pt.p(r.center_x(), r.y + 70);
    // A red shield with a card and a person: our own mark for "Định danh số".
    const float s = pt.px(120);
    pt.dl->AddCircleFilled(c, s * 0.55F, IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), 48);
    pt.dl->AddCircle(c, s * 0.55F, eid_red, 48, pt.px(4));
    pt.dl->AddCircle(c, s * 0.47F, IM_COL32(0xE8, 0xB0, 0x2A, 0xFF), 48, pt.px(3));
    draw_icon(pt.dl, "app_eid", c, s * 0.62F, eid_red);
    pt.centred(e.label, pt.tpx(e.text_dp), pt.min(r).x, pt.max(r).x, pt.p(0, r.y + 140).y, eid_red, Weight::Bold);
}

void qr_pattern(const Painter& pt, ImVec2 a, float size)
{
    // A made-up pattern that looks like a QR code (it encodes nothing).
    const int n = 9;
    const float cell = size / static_cast<float>(n);
    pt.dl->AddRectFilled(a, ImVec2(a.x + size, a.y + size), palette().white);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const bool finder = (x < 3 && y < 3) || (x >= n - 3 && y < 3) || (x < 3 && y >= n - 3);
            const bool on = finder
                                ? (x % (n - 3) != 1 || y % (n - 3) != 1) == ((x % (n - 3) == 1) == (y % (n - 3) == 1))
                                : ((x * 7 + y * 5 + x * y) % 3) == 0;
            if (on)
                pt.dl->AddRectFilled(
                    ImVec2(a.x + static_cast<float>(x) * cell, a.y + static_cast<float>(y) * cell),
                    ImVec2(a.x + static_cast<float>(x + 1) * cell, a.y + static_cast<float>(y + 1) * cell),
                    IM_COL32(0x10, 0x10, 0x10, 0xFF));
        }
}

void draw_card(const Painter& pt, const Element& e)
{
    const PhoneText& pk = phone_text();
    const Rect& r = e.bounds;
    const EidWorld& w = pt.phone.world().eid;
    const ImVec2 a = pt.min(r);
    const ImVec2 b = pt.max(r);
    const bool cccd = e.icon == "idcard:cccd";
    auto at = [&](float x, float y) { return pt.p(r.x + x, r.y + y); };
    const std::string name = w.name.empty() ? std::string() : w.name;
    // The holder's name as the app prints it: the world's, else the owner's (the app
    // passes it in the element's detail when it differs).
    const std::string holder = !e.detail.empty() ? e.detail : (name.empty() ? pt.phone.world().owner.name : name);
    pt.dl->AddRectFilled(ImVec2(a.x + 2, a.y + 4), ImVec2(b.x + 2, b.y + 4), IM_COL32(0, 0, 0, 0x30), pt.px(14));
    if (cccd) {
        pt.dl->AddRectFilled(a, b, IM_COL32(0xD6, 0xEC, 0xEF, 0xFF), pt.px(14)); // pale blue-green, round corners
        for (int i = 0; i < 5; ++i) {                                            // soft guilloche waves
            pt.dl->PathClear();
            for (int k = 0; k <= 24; ++k) {
                const float x = static_cast<float>(k) / 24.0F * r.w;
                pt.dl->PathLineTo(
                    at(x, 120 + static_cast<float>(i) * 16 + 6 * std::sin(x / 18 + static_cast<float>(i))));
            }
            pt.dl->PathStroke(IM_COL32(0x9C, 0xCB, 0xD4, 0x70), 0, pt.px(1.2F));
        }
        pt.dl->AddRect(a, b, IM_COL32(0x8B, 0xB8, 0xC2, 0xFF), pt.px(14), 0, pt.px(1.5F));
        // A round seal of our own (not the national emblem) and a QR-like square.
        pt.dl->AddCircleFilled(at(30, 28), pt.px(17), IM_COL32(0xC6, 0x28, 0x28, 0xFF), 32);
        pt.dl->AddCircle(at(30, 28), pt.px(13), IM_COL32(0xF2, 0xC1, 0x3A, 0xFF), 32, pt.px(2.5F));
        qr_pattern(pt, at(r.w - 50, 10), pt.px(38));
        pt.centred(pk.republic, pt.px(12), at(52, 0).x, at(r.w - 54, 0).x, at(0, 10).y,
                   IM_COL32(0x1A, 0x2A, 0x5A, 0xFF), Weight::Bold);
        pt.centred(pk.motto, pt.px(12), at(52, 0).x, at(r.w - 54, 0).x, at(0, 25).y, IM_COL32(0x1A, 0x2A, 0x5A, 0xFF),
                   Weight::Regular);
        pt.centred(pk.id_card, pt.px(20), a.x, b.x, at(0, 46).y, IM_COL32(0xC6, 0x28, 0x28, 0xFF), Weight::Bold);
        // The holder's picture.
        pt.dl->AddRectFilled(at(12, 78), at(94, 184), palette().white, pt.px(4));
        draw_person(pt.dl, pt.phone.world().owner.avatar, at(15, 81), at(91, 181), false);
        const ImU32 ink = IM_COL32(0x12, 0x1C, 0x2A, 0xFF);
        const ImU32 muted = IM_COL32(0x3A, 0x4A, 0x5A, 0xFF);
        const float x = r.x + 104;
        pt.text(pk.id_number, pt.px(14), pt.p(x, r.y + 76), muted);
        pt.text(w.id_number, pt.px(20), pt.p(x, r.y + 92), IM_COL32(0xC6, 0x28, 0x28, 0xFF), Weight::Bold);
        pt.text(pk.full_name, pt.px(14), pt.p(x, r.y + 118), muted);
        ImFont* fb = pt.fonts.pick(pt.px(18), Weight::Bold);
        pt.text(fit_text(fb, pt.px(18), holder, pt.px(r.w - 110)), pt.px(18), pt.p(x, r.y + 134), ink, Weight::Bold);
        pt.text(pk.birth_date + w.birth_date, pt.px(16), pt.p(x, r.y + 160), ink);
        pt.text(pk.sex + w.sex + "   " + pk.nationality + w.nationality, pt.px(14), pt.p(x, r.y + 182), ink);
        return;
    }
    // The health-insurance card: white, a green band, the code large.
    const ImU32 green = IM_COL32(0x0F, 0x7A, 0x5A, 0xFF);
    pt.dl->AddRectFilled(a, b, IM_COL32(0xFB, 0xFD, 0xFC, 0xFF), pt.px(14));
    pt.dl->AddRectFilled(a, at(r.w, 54), green, pt.px(14), ImDrawFlags_RoundCornersTop);
    pt.dl->AddRect(a, b, IM_COL32(0x9C, 0xC8, 0xB8, 0xFF), pt.px(14), 0, pt.px(1.5F));
    pt.dl->AddCircleFilled(at(30, 27), pt.px(18), palette().white, 32);
    draw_icon(pt.dl, "health", at(30, 27), pt.px(24), green);
    pt.text(pk.insurance, pt.px(14), at(58, 8), IM_COL32(0xDF, 0xF3, 0xEA, 0xFF), Weight::Bold);
    pt.text(pk.insurance_card, pt.px(20), at(58, 25), palette().white, Weight::Bold);
    const ImU32 ink = IM_COL32(0x12, 0x24, 0x1C, 0xFF);
    const ImU32 muted = IM_COL32(0x3A, 0x4E, 0x44, 0xFF);
    pt.text(pk.insurance_code, pt.px(14), at(14, 62), muted);
    pt.text(w.insurance_code, pt.px(21), at(14, 78), green, Weight::Bold);
    ImFont* fb = pt.fonts.pick(pt.px(18), Weight::Bold);
    pt.text(fit_text(fb, pt.px(18), holder, pt.px(r.w - 28)), pt.px(18), at(14, 106), ink, Weight::Bold);
    pt.text(pk.birth_date + w.birth_date + "   " + pk.sex + w.sex, pt.px(15), at(14, 130), ink);
    ImFont* fr = pt.fonts.pick(pt.px(15));
    pt.text(fit_text(fr, pt.px(15), pk.insurance_place + w.insurance_place, pt.px(r.w - 28)), pt.px(15), at(14, 152),
            ink);
    pt.text(fit_text(fr, pt.px(15), pk.insurance_valid + w.insurance_valid, pt.px(r.w - 28)), pt.px(15), at(14, 174),
            ink);
}

void draw_big_check(const Painter& pt, const Element& e)
{
    const ImVec2 c = pt.p(e.bounds.center_x(), e.bounds.center_y());
    pt.dl->AddCircleFilled(c, pt.px(46), ok_ink, 48);
    draw_icon(pt.dl, "check", c, pt.px(60), palette().white);
}

// [SECTION] the look-alike page and the fake officer

void draw_web_banner(const Painter& pt, const Element& e)
{
    // The top of a page that borrows a service's colours: close to the real thing, but
    // the shade is off, the mark is crude and the name is slightly wrong.
    const Rect& r = e.bounds;
    const std::string look = e.icon.substr(8);
    ImU32 band = IM_COL32(0x3C, 0x6E, 0x9A, 0xFF);
    ImU32 ink = palette().white;
    const char* mark = "app_browser";
    if (look == "eid") {
        band = IM_COL32(0xD8, 0x43, 0x15, 0xFF); // a red a little too orange
        mark = "app_eid";
        ink = IM_COL32(0xFF, 0xEB, 0x3B, 0xFF);
    } else if (look == "bank") {
        band = IM_COL32(0x0F, 0x7A, 0x7E, 0xFF); // a lighter teal than the real app's
        mark = "app_bank";
    } else if (look == "prize") {
        band = IM_COL32(0xB7, 0x1C, 0x1C, 0xFF);
        mark = "gift";
        ink = IM_COL32(0xFF, 0xE0, 0x82, 0xFF);
    }
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), band, pt.px(6));
    const ImVec2 c = pt.p(r.x + 36, r.center_y());
    pt.dl->AddCircleFilled(c, pt.px(24), palette().white, 28);
    draw_icon(pt.dl, mark, c, pt.px(32), band);
    const float size = pt.tpx(e.text_dp, r.h - 8);
    ImFont* f = pt.fonts.pick(size, Weight::Bold);
    const auto lines = wrap_lines(f, size, e.label, pt.px(r.w - 84));
    float y = pt.p(0, r.center_y()).y - static_cast<float>(lines.size()) * size * 1.2F / 2 + pt.px(2);
    for (const std::string& line : lines) {
        pt.text(line, size, ImVec2(pt.p(r.x + 70, 0).x, y), ink, Weight::Bold);
        y += size * 1.2F;
    }
}

void draw_uniform(const Painter& pt, const Element& e)
{
    // A peaked cap and an olive uniform with red collar tabs, over the caller's picture:
    // the same geometry as draw_person() inside draw_camera_scene() or a round picture.
    const Rect& r = e.bounds;
    const bool camera = e.icon == "uniform:police:camera";
    const float w = pt.px(r.w);
    const float h = pt.px(r.h);
    const ImVec2 min = pt.min(r);
    const float s = camera ? std::min(w * 0.95F, h * 0.62F) : std::min(w, h);
    const ImVec2 c(min.x + w / 2, camera ? min.y + h * 0.50F : min.y + h / 2);
    const float head_r = s * 0.20F;
    const ImVec2 head(c.x, c.y - s * 0.06F);
    const ImU32 olive = IM_COL32(0x55, 0x6B, 0x2F, 0xFF);
    const ImU32 olive_dark = IM_COL32(0x3E, 0x4F, 0x22, 0xFF);
    const ImU32 red = IM_COL32(0xC6, 0x28, 0x28, 0xFF);
    const ImU32 gold = IM_COL32(0xF2, 0xC1, 0x3A, 0xFF);
    if (camera)
        pt.dl->PushClipRect(pt.min(r), pt.max(r), true);
    else
        pt.dl->PushClipRect(ImVec2(c.x - s / 2, c.y - s / 2), ImVec2(c.x + s / 2, c.y + s / 2), true);
    // The uniform over the shoulders, its collar and the red tabs.
    pt.dl->AddRectFilled(ImVec2(c.x - s * 0.38F, c.y + s * 0.22F), ImVec2(c.x + s * 0.38F, c.y + s * 0.80F), olive,
                         s * 0.16F, ImDrawFlags_RoundCornersTop);
    pt.dl->AddTriangleFilled(ImVec2(c.x - s * 0.13F, c.y + s * 0.21F), ImVec2(c.x, c.y + s * 0.36F),
                             ImVec2(c.x - s * 0.02F, c.y + s * 0.21F), olive_dark);
    pt.dl->AddTriangleFilled(ImVec2(c.x + s * 0.13F, c.y + s * 0.21F), ImVec2(c.x + s * 0.02F, c.y + s * 0.21F),
                             ImVec2(c.x, c.y + s * 0.36F), olive_dark);
    for (const float d : {-1.0F, 1.0F}) {
        pt.dl->AddRectFilled(ImVec2(c.x + d * s * 0.20F - s * 0.05F, c.y + s * 0.25F),
                             ImVec2(c.x + d * s * 0.20F + s * 0.05F, c.y + s * 0.31F), red, s * 0.01F);
        pt.dl->AddCircleFilled(ImVec2(c.x + d * s * 0.20F, c.y + s * 0.28F), s * 0.012F, gold, 8);
    }
    // The cap: crown, red band, black peak, a gold badge.
    pt.dl->AddRectFilled(ImVec2(head.x - head_r * 1.20F, head.y - head_r * 1.25F),
                         ImVec2(head.x + head_r * 1.20F, head.y - head_r * 0.62F), olive, head_r * 0.35F,
                         ImDrawFlags_RoundCornersTop);
    pt.dl->AddRectFilled(ImVec2(head.x - head_r * 1.05F, head.y - head_r * 0.74F),
                         ImVec2(head.x + head_r * 1.05F, head.y - head_r * 0.50F), red);
    pt.dl->AddRectFilled(ImVec2(head.x - head_r * 1.02F, head.y - head_r * 0.52F),
                         ImVec2(head.x + head_r * 1.02F, head.y - head_r * 0.36F), IM_COL32(0x1E, 0x1E, 0x1E, 0xFF),
                         head_r * 0.08F); // the peak, above the eyes
    pt.dl->AddCircleFilled(ImVec2(head.x, head.y - head_r * 0.95F), head_r * 0.20F, gold, 16);
    pt.dl->AddCircleFilled(ImVec2(head.x, head.y - head_r * 0.95F), head_r * 0.10F, red, 12);
    pt.dl->PopClipRect();
}

} // namespace

bool paint_service_look(const Painter& pt, const Element& e, const ElementTree& /*tree*/)
{
    switch (e.role) {
    case Role::Background:
        if (e.icon == "eid_welcome") {
            pt.dl->AddRectFilledMultiColor(pt.min(e.bounds), pt.max(e.bounds), IM_COL32(0xFF, 0xF1, 0xEE, 0xFF),
                                           IM_COL32(0xFF, 0xF1, 0xEE, 0xFF), palette().white, palette().white);
            return true;
        }
        if (starts_with(e.icon, "web_")) {
            const ImU32 tint = e.icon == "web_eid"     ? IM_COL32(0xFF, 0xF6, 0xF2, 0xFF)
                               : e.icon == "web_prize" ? IM_COL32(0xFF, 0xF8, 0xE1, 0xFF)
                               : e.icon == "web_bank"  ? IM_COL32(0xF0, 0xFA, 0xF9, 0xFF)
                                                       : palette().white;
            pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), tint, pt.px(34));
            return true;
        }
        return false;
    case Role::Text:
        if (e.id == "web.address") {
            draw_address(pt, e);
            return true;
        }
        if (e.id == "call.caption") {
            draw_caption(pt, e);
            return true;
        }
        return ours(e.id) && draw_paragraph(pt, e);
    case Role::Toggle:
        if (e.icon != "radio")
            return false;
        draw_radio_row(pt, e);
        return true;
    case Role::ListItem:
        if (e.icon == "question_pick") {
            draw_question_pick(pt, e);
            return true;
        }
        if (starts_with(e.id, "settings.item.")) {
            draw_settings_row(pt, e);
            return true;
        }
        if (starts_with(e.id, "eid.health.item.") || starts_with(e.id, "eid.notice.")) {
            draw_record_card(pt, e);
            return true;
        }
        return false;
    case Role::Button:
        if (starts_with(e.id, "eid.feature.")) {
            draw_feature_tile(pt, e);
            return true;
        }
        if (e.icon == "link" && starts_with(e.id, "sms.")) {
            draw_link_chip(pt, e);
            return true;
        }
        if (ours(e.id) && !e.filled && e.icon.empty() && !e.label.empty()) {
            draw_outlined_button(pt, e);
            return true;
        }
        return false;
    case Role::Image:
        if (e.icon == "eid_logo")
            draw_eid_logo(pt, e);
        else if (starts_with(e.icon, "idcard:"))
            draw_card(pt, e);
        else if (e.icon == "big_check")
            draw_big_check(pt, e);
        else if (starts_with(e.icon, "webpage:"))
            draw_web_banner(pt, e);
        else if (starts_with(e.icon, "uniform:police:"))
            draw_uniform(pt, e);
        else
            return false;
        return true;
    default: return false;
    }
}

} // namespace luyenso::ui
