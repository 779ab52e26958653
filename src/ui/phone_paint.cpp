// How each role of the semantic tree looks on the phone. Colours are calm; text on a
// dark backdrop is white, on a light one near-black.
#include "phone_paint.h"

#include "bank_paint.h"
#include "icons.h"
#include "layout_log.h"
#include "service_paint.h"
#include "text/utf8.h"
#include "text_util.h"
#include "theme.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace luyenso::ui {

namespace {
constexpr float screen_rounding_dp = 34;

const ImU32 tinted_bg = IM_COL32(0xE4, 0xEB, 0xF2, 0xFF);
const ImU32 bar_bg = IM_COL32(0xF4, 0xF6, 0xF8, 0xFF);
const ImU32 divider = IM_COL32(0xE0, 0xE3, 0xE6, 0xFF);
const ImU32 key_bg = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
const ImU32 key_special_bg = IM_COL32(0xC3, 0xC9, 0xD1, 0xFF);
const ImU32 keyboard_bg = IM_COL32(0xD5, 0xDA, 0xE0, 0xFF);
const ImU32 phone_green = IM_COL32(0x2A, 0x7A, 0x3A, 0xFF); // white on it, it on the bars: 4.9:1 or more
const ImU32 grey_icon = IM_COL32(0x3A, 0x40, 0x46, 0xFF);

ImU32 tone_fill(Tone t)
{
    switch (t) {
    case Tone::Primary: return palette().primary;
    case Tone::Success: return phone_green;
    case Tone::Danger: return palette().danger;
    case Tone::Subtle:
    case Tone::Normal: break;
    }
    return palette().primary;
}

// The fill of an element of an app declared as data: its own colour, or the theme's when
// there is none or the high-contrast theme is on (its darker colours keep white text
// readable, even under a hint's orange halo).
ImU32 app_fill(const Element& e, ImU32 theme_fill)
{
    return e.colour.empty() || &palette() == &high_contrast_palette() ? theme_fill : colour_from_hex(e.colour);
}

bool starts_with(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// [SECTION] backgrounds and bars

void draw_background(const Painter& pt, const Element& e)
{
    const ImVec2 a = pt.min(e.bounds);
    const ImVec2 b = pt.max(e.bounds);
    const bool full = e.bounds.w >= phone_width_dp && e.bounds.h >= phone_height_dp;
    const float r = full ? pt.px(screen_rounding_dp) : 0;
    if (e.icon == "wallpaper") {
        // Calm hills at dusk: our own wallpaper.
        pt.dl->AddRectFilledMultiColor(a, b, IM_COL32(0x2C, 0x5E, 0x7A, 0xFF), IM_COL32(0x2C, 0x5E, 0x7A, 0xFF),
                                       IM_COL32(0x1E, 0x3F, 0x55, 0xFF), IM_COL32(0x1E, 0x3F, 0x55, 0xFF));
        pt.dl->AddCircleFilled(pt.p(80, 520), pt.px(220), IM_COL32(0x2F, 0x6B, 0x5A, 0xFF), 64);
        pt.dl->AddCircleFilled(pt.p(320, 600), pt.px(240), IM_COL32(0x27, 0x5C, 0x4C, 0xFF), 64);
        pt.dl->AddRectFilled(pt.p(0, 640), b, IM_COL32(0x22, 0x52, 0x44, 0xFF), r, ImDrawFlags_RoundCornersBottom);
    } else if (e.icon == "call" || e.icon == "camera") {
        pt.dl->AddRectFilledMultiColor(a, b, IM_COL32(0x24, 0x31, 0x3C, 0xFF), IM_COL32(0x24, 0x31, 0x3C, 0xFF),
                                       IM_COL32(0x12, 0x1A, 0x21, 0xFF), IM_COL32(0x12, 0x1A, 0x21, 0xFF));
    } else if (e.icon == "tinted") {
        pt.dl->AddRectFilled(a, b, tinted_bg, r);
    } else if (e.icon == "keyboard") {
        pt.dl->AddRectFilled(a, b, keyboard_bg);
    } else {
        pt.dl->AddRectFilled(a, b, full ? palette().white : bar_bg, r);
        if (!full)
            pt.dl->AddLine(a, ImVec2(b.x, a.y), divider, 1);
    }
}

void draw_status_bar(const Painter& pt, const Element& e)
{
    const ImU32 ink = pt.ink();
    const float size = pt.px(e.text_dp);
    if (!pt.dark)
        pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), bar_bg, pt.px(screen_rounding_dp),
                             ImDrawFlags_RoundCornersTop);
    pt.text(e.label, size, pt.p(26, 7), ink, Weight::Bold);
    // On the right: the battery percentage, the battery, the signal bars.
    const ImFont* fr = pt.fonts.pick(size);
    const float pct_w = fr->CalcTextSizeA(size, FLT_MAX, 0, e.detail.c_str()).x / pt.s;
    const float pct_x = 334 - pct_w;
    pt.text(e.detail, size, pt.p(pct_x, 7), ink);
    const float bat_x = pct_x - 30;
    pt.dl->AddRect(pt.p(bat_x, 10), pt.p(bat_x + 22, 22), ink, pt.px(2), 0, pt.px(1.5F));
    pt.dl->AddRectFilled(pt.p(bat_x + 22, 13), pt.p(bat_x + 24, 19), ink);
    pt.dl->AddRectFilled(pt.p(bat_x + 2, 12),
                         pt.p(bat_x + 2 + 18 * static_cast<float>(pt.phone.world().battery_percent) / 100.0F, 20), ink,
                         pt.px(1));
    for (int i = 0; i < 4; ++i) {
        const float h = 4.0F + 3.0F * static_cast<float>(i);
        const float x = bat_x - 36 + 6.0F * static_cast<float>(i);
        pt.dl->AddRectFilled(pt.p(x, 22 - h), pt.p(x + 4, 22), ink);
    }
}

void draw_nav_bar(const Painter& pt, const Element& e)
{
    if (e.id == "nav.bar" && pt.dark)
        return;
    const bool bottom = e.bounds.y + e.bounds.h >= phone_height_dp;
    pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), bar_bg, bottom ? pt.px(screen_rounding_dp) : 0,
                         bottom ? ImDrawFlags_RoundCornersBottom : 0);
    pt.dl->AddLine(pt.min(e.bounds), ImVec2(pt.max(e.bounds).x, pt.min(e.bounds).y), divider, 1);
}

void draw_header(const Painter& pt, const Element& e, const ElementTree& tree)
{
    // The title may use the width up to the first button on the header's right.
    float right = e.bounds.x + e.bounds.w - 12;
    for (const Element& b : tree)
        if (b.tappable && b.bounds.x > e.bounds.x + 100 &&
            b.bounds.contains(b.bounds.center_x(), e.bounds.center_y()) && b.bounds.y <= e.bounds.center_y() &&
            b.bounds.y + b.bounds.h >= e.bounds.center_y())
            right = std::min(right, b.bounds.x - 4);
    pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), app_fill(e, tone_fill(e.tone)));
    const bool has_picture = pt.person_of(e.person) || !e.icon.empty();
    // Titles grow less than other text: a header has one line, and its words matter.
    const float size = has_picture ? pt.tpx(e.text_dp, 30)
                                   : pt.tpx(e.text_dp, std::min(e.bounds.h - 10, e.text_dp * 1.4F * 1.15F));
    if (has_picture) {
        const float y = e.bounds.y + 10;
        if (pt.person_of(e.person)) {
            pt.picture(e.person, pt.p(54, y), pt.p(98, y + 44));
        } else {
            pt.dl->AddCircleFilled(pt.p(76, y + 22), pt.px(22), IM_COL32(0xFF, 0xFF, 0xFF, 0x40), 32);
            draw_icon(pt.dl, e.icon, pt.p(76, y + 22), pt.px(30), palette().white);
        }
        // A name a little too long for the room left by the buttons is drawn a little
        // smaller (down to three quarters) before it is cut.
        float name_size = size;
        ImFont* f = pt.fonts.pick(name_size, Weight::Bold);
        for (int i = 0; i < 3 && text_width(f, name_size, e.label) > pt.px(right - 106); ++i) {
            name_size = std::max(size * 0.75F, name_size * 0.9F);
            f = pt.fonts.pick(name_size, Weight::Bold);
        }
        pt.text(fit_text(f, name_size, e.label, pt.px(right - 106)), name_size, pt.p(106, e.bounds.y + 8),
                palette().white, Weight::Bold);
        pt.text(e.detail, pt.tpx(17, 22), pt.p(106, e.bounds.y + 37), IM_COL32(0xDD, 0xE8, 0xF7, 0xFF));
    } else {
        // Titles start after a back arrow when the screen has one.
        const bool back = std::any_of(tree.begin(), tree.end(), [&](const Element& b) {
            return b.tappable && b.bounds.x < 8 && b.bounds.y <= e.bounds.center_y() &&
                   b.bounds.y + b.bounds.h >= e.bounds.center_y();
        });
        const float x = !back || e.id == "chat.list.header" || e.id == "phone.contacts.header" ||
                                e.id == "phone.log.header"
                            ? 20.0F
                            : 58.0F;
        ImFont* f = pt.fonts.pick(size, Weight::Bold);
        const float room = right - x;
        pt.text(fit_text(f, size, e.label, pt.px(room)), size, pt.p(x, e.bounds.y + (e.bounds.h - size / pt.s) / 2),
                palette().white, Weight::Bold);
    }
}

// [SECTION] text and bubbles

void draw_text(const Painter& pt, const Element& e)
{
    const ImU32 ink = pt.ink();
    const float size = pt.tpx(e.text_dp, e.bounds.h);
    const Weight w = e.text_dp >= 24 ? Weight::Bold : Weight::Regular;
    const auto& call = pt.phone.call();
    if ((e.id == "call.contact.name" || e.id == "call.status") && call && call->video && call->connected) {
        // Over a camera picture the text needs a shadow to stay readable.
        const ImVec2 at(pt.min(e.bounds).x + pt.px(10), pt.min(e.bounds).y);
        pt.text(e.label, size, ImVec2(at.x + 1.5F, at.y + 1.5F), IM_COL32(0, 0, 0, 0xC0), w);
        pt.text(e.label, size, at, ink, w);
        return;
    }
    if (e.label.empty() && !e.detail.empty()) { // a placeholder (an empty number display)
        pt.centred(e.detail, pt.px(22), pt.min(e.bounds).x, pt.max(e.bounds).x, pt.min(e.bounds).y + pt.px(14),
                   palette().text_muted, Weight::Regular);
        return;
    }
    pt.centred_wrapped(e.label, size, pt.min(e.bounds).x + pt.px(8), pt.max(e.bounds).x - pt.px(8), pt.min(e.bounds).y,
                       ink, w);
}

void draw_bubble(const Painter& pt, const Element& e)
{
    const bool mine = e.active;
    const Rect& r = e.bounds;
    if (e.id == "chat.voice.recording") {
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), IM_COL32(0x1F, 0x2A, 0x36, 0xFF), pt.px(20));
        pt.dl->AddCircleFilled(pt.p(r.x + 48, r.y + 44), pt.px(26), palette().danger, 32);
        draw_icon(pt.dl, "mic", pt.p(r.x + 48, r.y + 44), pt.px(34), palette().white);
        pt.text(e.label, pt.px(e.text_dp), pt.p(r.x + 90, r.y + 26), palette().white, Weight::Bold);
        pt.text(e.detail, pt.px(18), pt.p(r.x + 20, r.y + 84), IM_COL32(0xDD, 0xE3, 0xEA, 0xFF));
        return;
    }
    const ImU32 fill = mine ? IM_COL32(0xCF, 0xE3, 0xFF, 0xFF) : IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), fill, pt.px(16));
    const float size = pt.tpx(e.text_dp);
    ImFont* f = pt.fonts.pick(size);
    float top = r.y + 10;
    if (!e.detail.empty()) { // the sender's name in a group
        pt.text(e.detail, pt.px(18), pt.p(r.x + 14, r.y + 6), palette().primary, Weight::Bold);
        top += 22;
    }
    float x = r.x + 14;
    if (e.icon == "play") {
        // A voice message: a play button and a waveform.
        pt.dl->AddCircleFilled(pt.p(x + 18, top + 16), pt.px(18), palette().primary, 24);
        draw_icon(pt.dl, "play", pt.p(x + 19, top + 16), pt.px(18), palette().white);
        for (int i = 0; i < 14; ++i) {
            const float h = 6.0F + static_cast<float>((i * 7) % 5) * 4.0F;
            const float bx = x + 46 + static_cast<float>(i) * 6;
            pt.dl->AddRectFilled(pt.p(bx, top + 16 - h / 2), pt.p(bx + 3, top + 16 + h / 2), palette().primary,
                                 pt.px(1.5F));
        }
        pt.text(e.label, pt.px(20), pt.p(r.x + r.w - 56, top + 4), palette().text);
        return;
    }
    if (!e.icon.empty()) {
        draw_icon(pt.dl, e.icon, pt.p(x + 10, top + e.text_dp / 2 + 2), pt.px(20), palette().primary);
        x += 26;
    }
    float y = pt.p(0, top).y;
    const float wrap = pt.px(r.x + r.w - 14 - x);
    // Larger text as far as the bubble's height allows (a bubble laid out for it grows).
    float text_size = size;
    std::vector<std::string> lines = wrap_lines(f, text_size, e.label, wrap);
    const float room = pt.px(r.y + r.h - top - (e.meta.empty() ? 6 : 20));
    for (int i = 0;
         i < 8 && text_size > pt.px(e.text_dp) && static_cast<float>(lines.size()) * text_size * 1.25F > room; ++i) {
        text_size = std::max(pt.px(e.text_dp), text_size * 0.9F);
        lines = wrap_lines(pt.fonts.pick(text_size), text_size, e.label, wrap);
    }
    for (const std::string& line : lines) {
        pt.text(line, text_size, ImVec2(pt.p(x, 0).x, y), palette().text);
        y += text_size * 1.25F;
    }
    const float small = pt.tpx(16, 20);
    const ImFont* fs = pt.fonts.pick(small);
    const ImVec2 ts = fs->CalcTextSizeA(small, FLT_MAX, 0, e.meta.c_str());
    pt.text(e.meta, small, ImVec2(pt.max(r).x - pt.px(12) - ts.x, pt.max(r).y - pt.px(22)), palette().text_muted);
}

// [SECTION] pictures

const GalleryPhoto* gallery_photo(const Painter& pt, const std::string& id)
{
    for (const GalleryPhoto& p : pt.phone.world().gallery)
        if (p.id == id)
            return &p;
    return nullptr;
}

void draw_image(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    if (starts_with(e.icon, "sticker:")) {
        const float name_h = e.detail.empty() ? 0 : 22;
        if (!e.detail.empty())
            pt.text(e.detail, pt.px(18), pt.p(r.x + 4, r.y), palette().primary, Weight::Bold);
        const bool in_tray = starts_with(e.id, "chat.sticker.") || starts_with(e.id, "chat.reaction.");
        if (in_tray) {
            pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(14));
            draw_sticker(pt.dl, e.icon.substr(8), pt.p(r.x + 18, r.y + 4), pt.p(r.x + r.w - 18, r.y + r.h - 26));
            pt.centred(e.label, pt.px(17), pt.min(r).x, pt.max(r).x, pt.p(0, r.y + r.h - 24).y, palette().text,
                       Weight::Regular);
        } else {
            draw_sticker(pt.dl, e.icon.substr(8), pt.p(r.x, r.y + name_h), pt.max(r));
        }
        return;
    }
    if (starts_with(e.icon, "pictogram:")) {
        // A picture of an app declared as data: its pictogram on a disc of the app's
        // colour, the caption under it.
        const float d = 76;
        const ImVec2 c = pt.p(r.center_x(), r.y + 4 + d / 2);
        pt.dl->AddCircleFilled(c, pt.px(d / 2), app_fill(e, palette().primary), 48);
        draw_icon(pt.dl, e.icon, c, pt.px(50), palette().white);
        pt.centred_wrapped(e.label, pt.tpx(e.text_dp, 40), pt.min(r).x, pt.max(r).x, pt.p(0, r.y + d + 12).y, pt.ink(),
                           Weight::Bold);
        return;
    }
    // A photo: in a chat (with the sender's name in a group), or in the gallery grid.
    const std::string id = starts_with(e.icon, "photo:") ? e.icon.substr(6) : std::string();
    const GalleryPhoto* photo = gallery_photo(pt, id);
    float top = r.y;
    if (!e.detail.empty()) {
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(16));
        pt.text(e.detail, pt.px(18), pt.p(r.x + 10, r.y + 2), palette().primary, Weight::Bold);
        top += 24;
    }
    const bool gallery = starts_with(e.id, "chat.gallery.photo.");
    const float caption_h = gallery ? 34 : 0;
    draw_scene(pt.dl, photo ? photo->scene : "field", pt.p(r.x, top), pt.p(r.x + r.w, r.y + r.h - caption_h),
               pt.px(14));
    if (gallery) {
        pt.dl->AddRectFilled(pt.p(r.x, r.y + r.h - caption_h), pt.max(r), palette().white, pt.px(10),
                             ImDrawFlags_RoundCornersBottom);
        ImFont* f = pt.fonts.pick(pt.px(18));
        pt.text(fit_text(f, pt.px(18), e.label, pt.px(r.w - 12)), pt.px(18), pt.p(r.x + 6, r.y + r.h - caption_h + 6),
                palette().text);
        if (e.active) {
            pt.dl->AddRect(pt.min(r), pt.max(r), palette().primary, pt.px(14), 0, pt.px(5));
            pt.dl->AddCircleFilled(pt.p(r.x + r.w - 22, r.y + 22), pt.px(16), palette().primary, 24);
            draw_icon(pt.dl, "check", pt.p(r.x + r.w - 22, r.y + 22), pt.px(24), palette().white);
        }
    } else {
        const float small = pt.px(16);
        const ImFont* fs = pt.fonts.pick(small);
        const ImVec2 ts = fs->CalcTextSizeA(small, FLT_MAX, 0, e.meta.c_str());
        const ImVec2 at(pt.max(r).x - pt.px(10) - ts.x, pt.max(r).y - pt.px(24));
        pt.dl->AddRectFilled(ImVec2(at.x - 4, at.y), ImVec2(at.x + ts.x + 4, at.y + ts.y), IM_COL32(0, 0, 0, 0x70), 4);
        pt.text(e.meta, small, at, palette().white);
    }
}

// [SECTION] lists, toggles, apps

void draw_app_icon(const Painter& pt, const Element& e)
{
    const float icon = 76;
    const float x0 = e.bounds.center_x() - icon / 2;
    const float y0 = e.bounds.y + 6;
    ImU32 fill = IM_COL32(0x1E, 0x6F, 0xD9, 0xFF);
    if (e.icon == "app_phone")
        fill = phone_green;
    else if (e.icon == "app_bank")
        fill = bank_teal;
    else if (e.icon == "app_eid")
        fill = IM_COL32(0xB3, 0x26, 0x1E, 0xFF);
    else if (e.icon == "app_sms")
        fill = IM_COL32(0x5B, 0x4B, 0xB7, 0xFF);
    else if (e.icon == "app_settings")
        fill = IM_COL32(0x55, 0x5F, 0x6A, 0xFF);
    else if (e.icon == "app_browser")
        fill = IM_COL32(0xD9, 0x6C, 0x1E, 0xFF);
    if (!e.colour.empty()) // an app declared as data: its own colour
        fill = colour_from_hex(e.colour);
    pt.dl->AddRectFilled(pt.p(x0 + 1, y0 + 3), pt.p(x0 + icon + 1, y0 + icon + 3), IM_COL32(0, 0, 0, 0x40), pt.px(18));
    pt.dl->AddRectFilled(pt.p(x0, y0), pt.p(x0 + icon, y0 + icon), fill, pt.px(18));
    draw_icon(pt.dl, e.icon, pt.p(x0 + icon / 2, y0 + icon / 2), pt.px(50), palette().white);
    const float size = pt.px(e.text_dp);
    const float ty = pt.p(0, y0 + icon + 8).y;
    pt.centred(e.label, size, pt.min(e.bounds).x + 1.5F, pt.max(e.bounds).x + 1.5F, ty + 1.5F, IM_COL32(0, 0, 0, 0xA0),
               Weight::Bold);
    pt.centred(e.label, size, pt.min(e.bounds).x, pt.max(e.bounds).x, ty, palette().white, Weight::Bold);
}

void draw_round_icon(const Painter& pt, const std::string& icon, ImVec2 a, ImVec2 b)
{
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    const float r = (b.x - a.x) / 2;
    pt.dl->AddCircleFilled(c, r, icon == "megaphone" ? IM_COL32(0xE8, 0x8B, 0x1A, 0xFF) : palette().primary, 40);
    draw_icon(pt.dl, icon, c, r * 1.2F, palette().white);
}

void draw_list_item(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const bool card = e.active; // the message banner: a floating card
    if (card) {
        pt.dl->AddRectFilled(pt.p(r.x + 2, r.y + 4), pt.p(r.x + r.w + 2, r.y + r.h + 4), IM_COL32(0, 0, 0, 0x40),
                             pt.px(18));
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(18));
        pt.dl->AddRect(pt.min(r), pt.max(r), palette().primary, pt.px(18), 0, pt.px(2));
    }
    const float pic = card ? 52 : 60;
    const ImVec2 pa = pt.p(r.x + 14, r.y + (r.h - pic) / 2);
    const ImVec2 pb = pt.p(r.x + 14 + pic, r.y + (r.h + pic) / 2);
    if (pt.person_of(e.person))
        pt.picture(e.person, pa, pb);
    else if (!e.icon.empty())
        draw_round_icon(pt, card ? "app_chat" : e.icon, pa, pb);
    else if (!e.label.empty()) // a number without a name: a grey person
        draw_round_icon(pt, "contacts", pa, pb);
    const float text_x = r.x + 28 + pic;
    // Larger text as far as the row's height allows (rows laid out for it grow with it).
    const float k = std::clamp((r.h - 18) / 61.2F, 1.0F, pt.text_scale());
    const float size = pt.px(e.text_dp * k);
    ImFont* fb = pt.fonts.pick(size, Weight::Bold);
    // The name stops before the time at its right (wider with larger text).
    const float meta_w = e.meta.empty() ? 0 : text_width(pt.fonts.pick(pt.px(16 * k)), pt.px(16 * k), e.meta) / pt.s;
    const float right = e.meta.empty() ? r.x + r.w - 16 : r.x + r.w - std::max(70.0F, meta_w + 24);
    const bool has_call_button = starts_with(e.id, "phone.contact.") || starts_with(e.id, "phone.log.item.");
    const float name_right = has_call_button ? r.x + r.w - 80 : right;
    const ImU32 name_col = e.tone == Tone::Danger ? palette().danger : palette().text;
    pt.text(fit_text(fb, size, e.label, pt.px(name_right - text_x)), size, pt.p(text_x, r.y + 12), name_col,
            Weight::Bold);
    const float small = pt.px(21 * k);
    const Weight dw = e.badge > 0 ? Weight::Bold : Weight::Regular;
    ImFont* fr = pt.fonts.pick(small, dw);
    const float detail_right = e.badge > 0 ? r.x + r.w - 52 : has_call_button ? r.x + r.w - 80 : r.x + r.w - 16;
    pt.text(fit_text(fr, small, e.detail, pt.px(detail_right - text_x)), small, pt.p(text_x, r.y + 12 + 36 * k),
            e.badge > 0 || card ? palette().text : palette().text_muted, dw);
    if (!e.meta.empty() && !has_call_button) {
        const float ms = pt.px(16 * k);
        const ImFont* fm = pt.fonts.pick(ms);
        const ImVec2 ts = fm->CalcTextSizeA(ms, FLT_MAX, 0, e.meta.c_str());
        pt.text(e.meta, ms, ImVec2(pt.p(r.x + r.w - 14, 0).x - ts.x, pt.p(0, r.y + 18).y), palette().text_muted);
    }
    if (e.badge > 0) {
        const ImVec2 c = pt.p(r.x + r.w - 30, r.y + 12 + 36 * k + 12.6F * k);
        pt.dl->AddCircleFilled(c, pt.px(14), palette().danger, 24);
        pt.centred(std::to_string(e.badge), pt.px(18), c.x - pt.px(14), c.x + pt.px(14), c.y - pt.px(11),
                   palette().white, Weight::Bold);
    }
    if (!card)
        pt.dl->AddLine(pt.p(text_x, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), divider, 1);
}

void draw_toggle(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    // Larger text as far as the row's height allows.
    const float k = std::clamp((r.h - 16) / (e.text_dp * 1.4F + 2 * 24), 1.0F, pt.text_scale());
    const float size = pt.px(e.text_dp * k);
    if (!e.person.empty()) {
        // Picking people: a picture, the name and a round check box.
        pt.picture(e.person, pt.p(r.x + 14, r.y + 14), pt.p(r.x + 74, r.y + 74));
        pt.text(e.label, size, pt.p(r.x + 88, r.y + (r.h - e.text_dp * k) / 2 - 2), palette().text, Weight::Bold);
        const ImVec2 c = pt.p(r.x + r.w - 40, r.center_y());
        if (e.active) {
            pt.dl->AddCircleFilled(c, pt.px(18), palette().primary, 32);
            draw_icon(pt.dl, "check", c, pt.px(26), palette().white);
        } else {
            pt.dl->AddCircle(c, pt.px(18), IM_COL32(0x7A, 0x82, 0x8A, 0xFF), 32, pt.px(3));
        }
        pt.dl->AddLine(pt.p(r.x + 88, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), divider, 1);
        return;
    }
    // A setting: its name and what it means, and a switch.
    pt.text(e.label, size, pt.p(r.x + 20, r.y + 12), palette().text, Weight::Bold);
    ImFont* fd = pt.fonts.pick(pt.px(19 * k));
    float y = r.y + 12 + e.text_dp * k * 1.5F;
    for (const auto& line : wrap_lines(fd, pt.px(19 * k), e.detail, pt.px(r.w - 130))) {
        pt.text(line, pt.px(19 * k), pt.p(r.x + 20, y), palette().text_muted);
        y += 24 * k;
    }
    const ImVec2 a = pt.p(r.x + r.w - 88, r.center_y() - 18);
    const ImVec2 b = pt.p(r.x + r.w - 20, r.center_y() + 18);
    pt.dl->AddRectFilled(a, b, e.active ? phone_green : IM_COL32(0xA8, 0xAF, 0xB6, 0xFF), pt.px(18));
    const float kx = e.active ? b.x - pt.px(18) : a.x + pt.px(18);
    pt.dl->AddCircleFilled(ImVec2(kx, (a.y + b.y) / 2), pt.px(14), palette().white, 24);
    pt.dl->AddLine(pt.p(r.x, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), divider, 1);
}

// [SECTION] buttons, keys, fields

void draw_key(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const bool special = !e.icon.empty() || e.label.size() > 2;
    ImU32 fill = special ? key_special_bg : key_bg;
    ImU32 ink = palette().text;
    if (e.tone == Tone::Primary) {
        fill = palette().primary;
        ink = palette().white;
    }
    if (e.active) {
        fill = palette().white;
        ink = palette().primary;
    }
    const ImVec2 a = pt.p(r.x + 3, r.y + 4);
    const ImVec2 b = pt.p(r.x + r.w - 3, r.y + r.h - 4);
    pt.dl->AddRectFilled(ImVec2(a.x, a.y + 2), ImVec2(b.x, b.y + 2), IM_COL32(0x8A, 0x92, 0x9C, 0xFF), pt.px(7));
    pt.dl->AddRectFilled(a, b, fill, pt.px(7));
    if (e.icon_only || (!e.icon.empty() && e.label.size() > 6)) {
        draw_icon(pt.dl, e.icon, ImVec2((a.x + b.x) / 2, (a.y + b.y) / 2), pt.px(26), ink);
        return;
    }
    const float size = pt.px(e.label.size() > 2 ? 18 : e.text_dp);
    const Weight w = e.label.size() > 2 ? Weight::Bold : Weight::Regular;
    pt.centred(e.label, size, a.x, b.x, (a.y + b.y) / 2 - size * 0.62F, ink, w);
}

void draw_button(const Painter& pt, const Element& e, const ElementTree& tree)
{
    const Rect& r = e.bounds;
    if (e.icon == "unlock") {
        // A dark scrim under the white words: readable over any wallpaper.
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), IM_COL32(0x00, 0x00, 0x00, 0x70), pt.px(24));
        pt.dl->AddRect(pt.min(r), pt.max(r), IM_COL32(0xFF, 0xFF, 0xFF, 0x90), pt.px(24), 0, pt.px(2));
        draw_icon(pt.dl, "chevron_up", pt.p(r.center_x(), r.y + 22), pt.px(30), palette().white);
        draw_icon(pt.dl, "unlock", pt.p(r.center_x(), r.y + 50), pt.px(34), palette().white);
        pt.centred_wrapped(e.label, pt.px(e.text_dp), pt.min(r).x + pt.px(10), pt.max(r).x - pt.px(10),
                           pt.p(0, r.y + 76).y, palette().white, Weight::Bold);
        return;
    }
    if (!e.filled) {
        bool on_header = false;
        for (const Element& h : tree)
            if (h.role == Role::Header && h.bounds.contains(r.center_x(), r.center_y()))
                on_header = true;
        if (!e.icon_only && !e.label.empty()) {
            // A tab: its icon over its name, coloured when it is the current one.
            const ImU32 ink = e.active ? tone_fill(e.tone) : IM_COL32(0x5A, 0x62, 0x6A, 0xFF);
            draw_icon(pt.dl, e.icon, pt.p(r.center_x(), r.y + 20), pt.px(28), ink);
            pt.centred(e.label, pt.px(e.text_dp), pt.min(r).x, pt.max(r).x, pt.p(0, r.y + 36).y, ink,
                       e.active ? Weight::Bold : Weight::Regular);
            return;
        }
        // An icon on whatever is behind it: white on a coloured header or a dark screen.
        const ImU32 ink = on_header || pt.dark ? palette().white : e.active ? palette().primary : grey_icon;
        draw_icon(pt.dl, e.icon, pt.p(r.center_x(), r.center_y()), pt.px(30), ink);
        return;
    }
    ImU32 fill = app_fill(e, tone_fill(e.tone));
    ImU32 ink = palette().white;
    if (e.tone == Tone::Subtle) {
        fill = pt.dark ? (e.active ? palette().white : IM_COL32(0xFF, 0xFF, 0xFF, 0x38))
                       : IM_COL32(0xE8, 0xEC, 0xF0, 0xFF);
        ink = pt.dark && !e.active ? palette().white : palette().text;
    }
    const bool wide = r.w > r.h * 1.6F || (e.icon.empty() && !e.label.empty());
    if (wide) {
        // A button with words: a rounded box, the label (and its icon) centred.
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), fill, pt.px(std::min(16.0F, r.h / 2)));
        float size = pt.tpx(e.text_dp, r.h - 10);
        ImFont* f = pt.fonts.pick(size, Weight::Bold);
        const float tw = text_width(f, size, e.label);
        const float icon_w = e.icon.empty() ? 0 : pt.px(30);
        if (tw > pt.px(r.w - 24) - icon_w) { // too long for one line: centred lines
            std::vector<std::string> lines = wrap_lines(f, size, e.label, pt.px(r.w - 24) - icon_w);
            // Smaller (never below the base size) until the lines fit the button's height.
            for (int i = 0;
                 i < 6 && size > pt.px(e.text_dp) && static_cast<float>(lines.size()) * size * 1.25F > pt.px(r.h - 8);
                 ++i) {
                size = std::max(pt.px(e.text_dp), size * 0.9F);
                f = pt.fonts.pick(size, Weight::Bold);
                lines = wrap_lines(f, size, e.label, pt.px(r.w - 24) - icon_w);
            }
            float y = pt.p(0, r.center_y()).y - static_cast<float>(lines.size()) * size * 1.25F / 2;
            for (const std::string& line : lines) {
                pt.centred(line, size, pt.min(r).x, pt.max(r).x, y, ink, Weight::Bold);
                y += size * 1.25F;
            }
            return;
        }
        const float x = (pt.min(r).x + pt.max(r).x - tw - icon_w) / 2;
        if (!e.icon.empty())
            draw_icon(pt.dl, e.icon, ImVec2(x + icon_w / 2 - pt.px(4), pt.p(0, r.center_y()).y), pt.px(26), ink);
        pt.text(e.label, size, ImVec2(x + icon_w, pt.p(0, r.center_y()).y - size * 0.62F), ink, Weight::Bold);
        return;
    }
    // A circle (with its label under it when the target is tall, as call controls).
    const bool labelled = !e.icon_only;
    const float d = labelled ? 64 : std::min(r.w, r.h) - 4;
    const ImVec2 c = pt.p(r.center_x(), labelled ? r.y + d / 2 : r.center_y());
    pt.dl->AddCircleFilled(c, pt.px(d / 2), fill, 48);
    draw_icon(pt.dl, e.icon, c, pt.px(d * 0.58F), ink);
    if (labelled)
        pt.centred_wrapped(e.label, pt.px(e.text_dp), pt.min(r).x + pt.px(4), pt.max(r).x - pt.px(4),
                           pt.p(0, r.y + d + 6).y, pt.ink(), Weight::Bold);
}

void draw_text_field(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const float round = pt.px(std::min(28.0F, r.h / 2));
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, round);
    pt.dl->AddRect(pt.min(r), pt.max(r), e.active ? palette().primary : IM_COL32(0xB8, 0xC0, 0xC8, 0xFF), round, 0,
                   pt.px(e.active ? 2.5F : 1.5F));
    const float size = pt.tpx(e.text_dp, r.h - 12);
    ImFont* f = pt.fonts.pick(size);
    // A word the keyboard is still composing follows the field's text, underlined.
    const std::string composing = e.active ? pt.composition : std::string();
    const bool empty = e.label.empty() && composing.empty();
    const auto hidden = [&](const std::string& text) { // a PIN or a password shows as dots
        if (!e.secret)
            return text;
        std::string dots;
        for (std::size_t i = 0; i < utf8_length(text); ++i)
            dots += "•";
        return dots;
    };
    const std::string tail = hidden(composing);
    std::string shown = empty ? fit_text(f, size, e.detail, pt.px(r.w - 36))
                              : fit_text_tail(f, size, hidden(e.label) + tail, pt.px(r.w - 36));
    // (The fitted text ends with the composition, unless the composition alone is wider.)
    const std::size_t split = empty || shown.size() < tail.size() ? shown.size() : shown.size() - tail.size();
    const ImVec2 at = pt.p(r.x + 18, r.center_y() - size / pt.s * 0.62F);
    const float text_w = f->CalcTextSizeA(size, FLT_MAX, 0, shown.c_str()).x;
    if (split < shown.size()) {
        const std::string head = shown.substr(0, split);
        const float x = at.x + (head.empty() ? 0.0F : f->CalcTextSizeA(size, FLT_MAX, 0, head.c_str()).x);
        if (!head.empty())
            pt.text(head, size, at, palette().text);
        pt.text(shown.substr(split), size, ImVec2(x, at.y), palette().primary);
        const float underline_y = at.y + size * 1.15F;
        pt.dl->AddLine(ImVec2(x, underline_y), ImVec2(at.x + text_w, underline_y), palette().primary, pt.px(2));
    } else {
        pt.text(shown, size, at, empty ? palette().text_muted : palette().text);
    }
    if (e.active) {
        const float cx = empty ? at.x : at.x + text_w + 2;
        pt.dl->AddLine(ImVec2(cx, at.y), ImVec2(cx, at.y + size * 1.2F), palette().primary, pt.px(2));
    }
}

void draw_video(const Painter& pt, const Element& e)
{
    const bool small = e.bounds.w < phone_width_dp;
    const float rounding = small ? pt.px(14) : pt.px(screen_rounding_dp);
    if (!e.active || !pt.person_of(e.person)) {
        pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), IM_COL32(0x30, 0x36, 0x3C, 0xFF), rounding);
        draw_icon(pt.dl, "camera_off", pt.p(e.bounds.center_x(), e.bounds.center_y()), pt.px(small ? 40 : 80),
                  IM_COL32(0xFF, 0xFF, 0xFF, 0xB0));
    } else {
        pt.camera(e.person, pt.min(e.bounds), pt.max(e.bounds), rounding);
        if (!small) { // darken top and bottom so the text and buttons stay readable
            // The top's white words (name, "ringing", the time) sit on a scrim dark enough for
            // 4.5:1 over a white picture (tests/ui/contrast_test.cpp), fading out below them.
            pt.dl->AddRectFilled(pt.p(0, 0), pt.p(phone_width_dp, 420), IM_COL32(0, 0, 0, 0xB8));
            pt.dl->AddRectFilledMultiColor(pt.p(0, 420), pt.p(phone_width_dp, 470), IM_COL32(0, 0, 0, 0xB8),
                                           IM_COL32(0, 0, 0, 0xB8), IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 0));
            // The call controls' white labels sit on a dark band: readable over any picture.
            pt.dl->AddRectFilledMultiColor(pt.p(0, 470), pt.p(phone_width_dp, 570), IM_COL32(0, 0, 0, 0),
                                           IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 0xC8), IM_COL32(0, 0, 0, 0xC8));
            pt.dl->AddRectFilled(pt.p(0, 570), pt.p(phone_width_dp, phone_height_dp), IM_COL32(0, 0, 0, 0xC8));
        }
    }
    if (small)
        pt.dl->AddRect(pt.min(e.bounds), pt.max(e.bounds), palette().white, rounding, 0, pt.px(2));
}

} // namespace

// [SECTION] Painter

ImU32 Painter::ink() const
{
    return dark ? palette().white : palette().text;
}

float Painter::text_scale() const
{
    const std::string& screen = phone.screen_id();
    if (screen == "lock" || screen == "home" || starts_with(screen, "call."))
        return 1.0F;
    return phone.text_scale();
}

float Painter::tpx(float dp, float room_dp) const
{
    return px(std::max(dp, std::min(dp * text_scale(), room_dp / 1.15F)));
}

const Person* Painter::person_of(const std::string& id) const
{
    if (id.empty())
        return nullptr;
    return id == "me" ? &phone.world().owner : phone.world().contact(id);
}

Image Painter::photo_of(const Person& p) const
{
    return images && !p.photo.empty() ? images->image(p.photo) : Image{};
}

void Painter::cover(const Image& img, ImVec2 a, ImVec2 b, float rounding) const
{
    const float rect_aspect = (b.x - a.x) / std::max(1.0F, b.y - a.y);
    const float img_aspect = static_cast<float>(img.width) / static_cast<float>(std::max(1, img.height));
    ImVec2 uv0(0, 0);
    ImVec2 uv1(1, 1);
    if (img_aspect > rect_aspect) {
        const float keep = rect_aspect / img_aspect;
        uv0.x = (1 - keep) / 2;
        uv1.x = 1 - uv0.x;
    } else {
        const float keep = img_aspect / rect_aspect;
        uv0.y = (1 - keep) / 2;
        uv1.y = 1 - uv0.y;
    }
    dl->AddImageRounded(img.texture, a, b, uv0, uv1, IM_COL32_WHITE, rounding);
}

void Painter::picture(const std::string& id, ImVec2 a, ImVec2 b) const
{
    const Person* person = person_of(id);
    if (!person)
        return;
    if (const Image img = photo_of(*person); img.texture)
        cover(img, a, b, (b.x - a.x) / 2);
    else
        draw_person(dl, person->avatar, a, b, true);
}

void Painter::camera(const std::string& id, ImVec2 a, ImVec2 b, float rounding) const
{
    const Person* person = person_of(id);
    if (!person)
        return;
    if (const Image img = photo_of(*person); img.texture)
        cover(img, a, b, rounding);
    else
        draw_camera_scene(dl, person->avatar, a, b, rounding);
}

void Painter::text(const std::string& t, float size_px, ImVec2 at, ImU32 col, Weight w) const
{
    draw_text(dl, fonts.pick(size_px, w), size_px, ImVec2(std::floor(at.x), std::floor(at.y)), col, t,
              ItemKind::PhoneText);
}

void Painter::centred(const std::string& t, float size_px, float x0, float x1, float y, ImU32 col, Weight w) const
{
    ImFont* f = fonts.pick(size_px, w);
    const float tw = text_width(f, size_px, t);
    text(t, size_px, ImVec2((x0 + x1 - tw) / 2, y), col, w);
}

float Painter::centred_wrapped(const std::string& t, float size_px, float x0, float x1, float y, ImU32 col,
                               Weight w) const
{
    ImFont* f = fonts.pick(size_px, w);
    for (const std::string& line : wrap_lines(f, size_px, t, x1 - x0)) {
        centred(line, size_px, x0, x1, y, col, w);
        y += size_px * 1.3F;
    }
    return y;
}

void paint_element(const Painter& pt, const Element& e, const ElementTree& tree)
{
    if (paint_bank_look(pt, e, tree))
        return;
    if (paint_service_look(pt, e, tree))
        return;
    switch (e.role) {
    case Role::Background: draw_background(pt, e); break;
    case Role::StatusBar: draw_status_bar(pt, e); break;
    case Role::NavBar: draw_nav_bar(pt, e); break;
    case Role::Header: draw_header(pt, e, tree); break;
    case Role::Text: draw_text(pt, e); break;
    case Role::Bubble: draw_bubble(pt, e); break;
    case Role::AppIcon: draw_app_icon(pt, e); break;
    case Role::ListItem: draw_list_item(pt, e); break;
    case Role::Button: draw_button(pt, e, tree); break;
    case Role::TextField: draw_text_field(pt, e); break;
    case Role::VideoFeed: draw_video(pt, e); break;
    case Role::Avatar: pt.picture(e.person, pt.min(e.bounds), pt.max(e.bounds)); break;
    case Role::Key: draw_key(pt, e); break;
    case Role::Image: draw_image(pt, e); break;
    case Role::Toggle: draw_toggle(pt, e); break;
    }
}

} // namespace luyenso::ui
