// How the bank app's screens look: its header colour, caption-over-value rows that form
// white cards, the account card, the camera's view of a shop counter or a paper bill,
// the QR sticker drawn as a real QR code of its payload, and the result pictures.
// Everything is our own artwork; no real bank's colours or logo.
#include "bank_paint.h"

#include "icons.h"
#include "phone/vietqr.h"
#include "text_util.h"
#include "theme.h"
#include "ui_text.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace luyenso::ui {

namespace {
const ImU32 bank_teal_dark = IM_COL32(0x07, 0x4A, 0x51, 0xFF);
const ImU32 row_divider = IM_COL32(0xE3, 0xE7, 0xEA, 0xFF);
const ImU32 success_green = IM_COL32(0x1A, 0x6F, 0x2E, 0xFF); // 5.2:1 on the tinted screen

bool starts_with(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// Text sizes follow the phone's text-size setting.
float text_px(const Painter& pt, float dp)
{
    return pt.px(dp) * pt.text_scale();
}

ImU32 tone_ink(Tone t)
{
    switch (t) {
    case Tone::Danger: return palette().danger;
    case Tone::Success: return success_green;
    case Tone::Primary: return palette().primary;
    case Tone::Subtle: return palette().text_muted;
    case Tone::Normal: break;
    }
    return palette().text;
}

// Left-aligned wrapped text from `y` (pixels); returns the y under it.
float left_wrapped(const Painter& pt, const std::string& t, float size, float x, float right, float y, ImU32 col,
                   Weight w)
{
    ImFont* f = pt.fonts.pick(size, w);
    for (const std::string& line : wrap_lines(f, size, t, right - x)) {
        pt.text(line, size, ImVec2(x, y), col, w);
        y += size * 1.3F;
    }
    return y;
}

void draw_header(const Painter& pt, const Element& e, const ElementTree& tree)
{
    pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), bank_teal);
    bool has_back = false;
    for (const Element& b : tree)
        if (b.tappable && b.bounds.x < 20 && b.bounds.contains(26, e.bounds.center_y()))
            has_back = true;
    const float x = has_back ? 58.0F : 20.0F;
    const float size = std::min(text_px(pt, e.text_dp), pt.px((e.bounds.h - 12) / 1.2F)); // inside the bar
    ImFont* f = pt.fonts.pick(size, Weight::Bold);
    pt.text(fit_text(f, size, e.label, pt.px(e.bounds.w - x - 16)), size,
            ImVec2(pt.p(x, 0).x, pt.p(0, e.bounds.center_y()).y - size * 0.62F), palette().white, Weight::Bold);
}

// A caption over a value on a white band; bands one under another make a card.
void draw_row(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white);
    pt.dl->AddLine(pt.p(r.x + 12, r.y + r.h - 0.5F), pt.p(r.x + r.w - 12, r.y + r.h - 0.5F), row_divider, 1);
    const float cap = text_px(pt, 18);
    pt.text(e.detail, cap, pt.p(r.x + 14, r.y + 6), palette().text_muted);
    const float size = text_px(pt, e.text_dp);
    left_wrapped(pt, e.label, size, pt.p(r.x + 14, 0).x, pt.p(r.x + r.w - 14, 0).x, pt.p(0, r.y + 8).y + cap * 1.3F,
                 tone_ink(e.tone), e.text_dp >= 22 ? Weight::Bold : Weight::Regular);
}

void draw_account_card(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.p(r.x + 1, r.y + 3), pt.p(r.x + r.w + 1, r.y + r.h + 3), IM_COL32(0, 0, 0, 0x30),
                         pt.px(18));
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), bank_teal, pt.px(18));
    // A soft curve of a darker teal: our own card pattern.
    pt.dl->PushClipRect(pt.min(r), pt.max(r), true);
    pt.dl->AddCircleFilled(pt.p(r.x + r.w + 10, r.y + r.h + 30), pt.px(r.h * 0.9F), bank_teal_dark, 48);
    pt.dl->PopClipRect();
    const ImU32 soft = IM_COL32(0xDD, 0xF1, 0xF2, 0xFF);
    const float x = pt.p(r.x + 20, 0).x;
    const float right = pt.p(r.x + r.w - 16, 0).x;
    float y = pt.p(0, r.y + 12).y;
    const float small = text_px(pt, 20);
    if (!e.detail.empty()) { // with large text the card shows only the balance
        const float name = text_px(pt, 22);
        ImFont* fb = pt.fonts.pick(name, Weight::Bold);
        pt.text(fit_text(fb, name, e.detail, right - x), name, ImVec2(x, y), palette().white, Weight::Bold);
        y += name * 1.3F;
        y = left_wrapped(pt, e.meta, small, x, right, y, soft, Weight::Regular) + pt.px(4);
    }
    pt.text(phone_text().available_balance, small, ImVec2(x, y), soft);
    y += small * 1.3F;
    const float big = text_px(pt, e.text_dp);
    pt.text(e.label, big, ImVec2(x, y), palette().white, Weight::Bold);
}

void draw_history_row(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const float size = text_px(pt, e.text_dp);
    const float small = text_px(pt, 19);
    ImFont* fb = pt.fonts.pick(size, Weight::Bold);
    const float amount_w = text_width(fb, size, e.meta);
    const float x = pt.p(r.x + 16, 0).x;
    const float right = pt.p(r.x + r.w - 16, 0).x;
    const ImU32 amount_col = e.tone == Tone::Success ? success_green : palette().text;
    pt.text(e.meta, size, ImVec2(right - amount_w, pt.p(0, r.y + 12).y), amount_col, Weight::Bold);
    pt.text(fit_text(fb, size, e.label, right - amount_w - x - pt.px(12)), size, pt.p(r.x + 16, r.y + 12),
            palette().text, Weight::Bold);
    ImFont* fr = pt.fonts.pick(small);
    pt.text(fit_text(fr, small, e.detail, right - x), small, ImVec2(x, pt.p(0, r.y + 12).y + size * 1.3F + pt.px(2)),
            palette().text_muted);
    pt.dl->AddLine(pt.p(r.x + 16, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), row_divider, 1);
}

// A bank in the chooser: its short name, and its full Vietnamese name wrapped under it.
void draw_bank_choice(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const float size = text_px(pt, e.text_dp);
    const float small = text_px(pt, 19);
    const float x0 = pt.p(r.x + 20, 0).x;
    const float x1 = pt.p(r.x + r.w - 20, 0).x;
    const float y = pt.p(0, r.y + 8).y;
    pt.text(e.label, size, ImVec2(x0, y), palette().text, Weight::Bold);
    left_wrapped(pt, e.detail, small, x0, x1, y + size * 1.3F, palette().text_muted, Weight::Regular);
    pt.dl->AddLine(pt.p(r.x + 16, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), row_divider, 1);
}

// A saved recipient: a person in a circle; the name, the account, the bank.
void draw_person_row(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const ImVec2 c = pt.p(r.x + 44, r.center_y());
    pt.dl->AddCircleFilled(c, pt.px(28), bank_teal, 40);
    draw_icon(pt.dl, "contacts", c, pt.px(34), palette().white);
    const float x = pt.p(r.x + 88, 0).x;
    const float right = pt.p(r.x + r.w - 12, 0).x;
    const float size = text_px(pt, e.text_dp);
    const float small = text_px(pt, 20);
    ImFont* fb = pt.fonts.pick(size, Weight::Bold);
    ImFont* fr = pt.fonts.pick(small);
    float y = pt.p(0, r.y + 8).y;
    pt.text(fit_text(fb, size, e.label, right - x), size, ImVec2(x, y), palette().text, Weight::Bold);
    y += size * 1.3F;
    pt.text(fit_text(fr, small, e.detail, right - x), small, ImVec2(x, y), palette().text_muted);
    y += small * 1.3F;
    pt.text(fit_text(fr, small, e.meta, right - x), small, ImVec2(x, y), palette().text_muted);
    pt.dl->AddLine(pt.p(r.x + 88, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), row_divider, 1);
}

void draw_round_picture(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const ImVec2 c = pt.p(r.center_x(), r.center_y());
    const float rad = pt.px(std::min(r.w, r.h) / 2);
    if (e.icon == "bank.logo") {
        pt.dl->AddCircleFilled(c, rad, bank_teal, 48);
        draw_icon(pt.dl, "app_bank", c, rad * 1.2F, palette().white);
    } else if (e.icon == "bank.success") {
        pt.dl->AddCircleFilled(c, rad, success_green, 48);
        draw_icon(pt.dl, "check", c, rad * 1.3F, palette().white);
    } else { // bank.warning: an exclamation mark in a red circle
        pt.dl->AddCircleFilled(c, rad, palette().danger, 48);
        pt.dl->AddRectFilled(ImVec2(c.x - rad * 0.11F, c.y - rad * 0.56F), ImVec2(c.x + rad * 0.11F, c.y + rad * 0.16F),
                             palette().white, rad * 0.08F);
        pt.dl->AddCircleFilled(ImVec2(c.x, c.y + rad * 0.42F), rad * 0.13F, palette().white, 16);
    }
}

// [SECTION] the camera's view

// The QR code of `payload` in the square [a, b], dark modules on white with a quiet zone.
void draw_qr(ImDrawList* dl, const std::string& payload, ImVec2 a, ImVec2 b)
{
    dl->AddRectFilled(a, b, IM_COL32_WHITE);
    std::string error;
    const auto qr = make_qr(payload, error);
    if (!qr || qr->size <= 0)
        return;
    const float side = std::min(b.x - a.x, b.y - a.y);
    const float module = std::floor(side / static_cast<float>(qr->size + 4) * 4.0F) / 4.0F; // steadier edges
    const float used = module * static_cast<float>(qr->size);
    const ImVec2 o(std::floor(a.x + (side - used) / 2), std::floor(a.y + (side - used) / 2));
    const ImU32 ink = IM_COL32(0x11, 0x11, 0x11, 0xFF);
    for (int y = 0; y < qr->size; ++y) {
        int run = -1; // draw each horizontal run of dark modules as one rectangle
        for (int x = 0; x <= qr->size; ++x) {
            const bool dark = x < qr->size && qr->dark(x, y);
            if (dark && run < 0)
                run = x;
            if (!dark && run >= 0) {
                dl->AddRectFilled(
                    ImVec2(o.x + static_cast<float>(run) * module, o.y + static_cast<float>(y) * module),
                    ImVec2(o.x + static_cast<float>(x) * module, o.y + static_cast<float>(y + 1) * module), ink);
                run = -1;
            }
        }
    }
}

void draw_sticker(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    // The acrylic stand it leans on, then the sticker: a band with words, the code.
    pt.dl->AddRectFilled(pt.p(r.x + 18, r.y + r.h - 6), pt.p(r.x + r.w - 18, r.y + r.h + 6),
                         IM_COL32(0x55, 0x5B, 0x60, 0xFF), pt.px(3));
    pt.dl->AddRectFilled(pt.p(r.x + 2, r.y + 4), pt.p(r.x + r.w + 2, r.y + r.h + 2), IM_COL32(0, 0, 0, 0x50),
                         pt.px(10));
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(10));
    pt.dl->AddRectFilled(pt.min(r), pt.p(r.x + r.w, r.y + 28), IM_COL32(0xC6, 0x3B, 0x2F, 0xFF), pt.px(10),
                         ImDrawFlags_RoundCornersTop);
    pt.centred(phone_text().scan_qr, pt.px(15), pt.p(r.x, 0).x, pt.p(r.x + r.w, 0).x, pt.p(0, r.y + 5).y,
               palette().white, Weight::Bold);
    const float side = std::min(r.w - 12, r.h - 40);
    const float x0 = r.x + (r.w - side) / 2;
    draw_qr(pt.dl, e.detail, pt.p(x0, r.y + 32), pt.p(x0 + side, r.y + 32 + side));
}

// Dims the camera picture outside the frame and draws the frame's corners.
void draw_frame(const Painter& pt, const Element& e, const ElementTree& tree)
{
    const Element* view = find_element(tree, "bank.scan.scene");
    const Rect& f = e.bounds;
    if (view) {
        const Rect& v = view->bounds;
        const ImU32 dim = IM_COL32(0, 0, 0, 0x40); // light: the sign must stay readable
        pt.dl->AddRectFilled(pt.p(v.x, v.y), pt.p(v.x + v.w, f.y), dim);
        pt.dl->AddRectFilled(pt.p(v.x, f.y + f.h), pt.p(v.x + v.w, v.y + v.h), dim);
        pt.dl->AddRectFilled(pt.p(v.x, f.y), pt.p(f.x, f.y + f.h), dim);
        pt.dl->AddRectFilled(pt.p(f.x + f.w, f.y), pt.p(v.x + v.w, f.y + f.h), dim);
    }
    const float len = 26;
    const float t = pt.px(5);
    const ImU32 col = palette().white;
    const struct {
        float x, y, dx, dy;
    } corners[] = {{f.x, f.y, 1, 1}, {f.x + f.w, f.y, -1, 1}, {f.x, f.y + f.h, 1, -1}, {f.x + f.w, f.y + f.h, -1, -1}};
    for (const auto& c : corners) {
        pt.dl->AddLine(pt.p(c.x, c.y), pt.p(c.x + c.dx * len, c.y), col, t);
        pt.dl->AddLine(pt.p(c.x, c.y), pt.p(c.x, c.y + c.dy * len), col, t);
    }
}

void draw_goods(const Painter& pt, float x0, float x1, float shelf_y)
{
    // Boxes and bottles on a shelf, in a repeating set of calm colours.
    const ImU32 colours[] = {IM_COL32(0xE0, 0x8A, 0x2E, 0xFF), IM_COL32(0x3A, 0x7D, 0xC4, 0xFF),
                             IM_COL32(0xD6, 0x4B, 0x4B, 0xFF), IM_COL32(0x4E, 0x9A, 0x5C, 0xFF),
                             IM_COL32(0xE9, 0xC4, 0x3B, 0xFF)};
    int i = 0;
    for (float x = x0; x + 14 < x1; x += 20, ++i) {
        const float h = 24.0F + static_cast<float>((i * 7) % 3) * 8.0F;
        const ImU32 col = colours[i % 5];
        if (i % 3 == 1) { // a bottle
            pt.dl->AddRectFilled(pt.p(x + 3, shelf_y - h), pt.p(x + 13, shelf_y), col, pt.px(3));
            pt.dl->AddRectFilled(pt.p(x + 6, shelf_y - h - 7), pt.p(x + 10, shelf_y - h), col);
        } else {
            pt.dl->AddRectFilled(pt.p(x, shelf_y - h), pt.p(x + 16, shelf_y), col, pt.px(2));
            pt.dl->AddRectFilled(pt.p(x + 3, shelf_y - h + 6), pt.p(x + 13, shelf_y - h + 12),
                                 IM_COL32(0xFF, 0xFF, 0xFF, 0x90));
        }
    }
    pt.dl->AddRectFilled(pt.p(x0 - 6, shelf_y), pt.p(x1 + 6, shelf_y + 7), IM_COL32(0x8A, 0x5A, 0x36, 0xFF));
}

void draw_shop(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->PushClipRect(pt.min(r), pt.max(r), true);
    const float counter_y = r.y + r.h * 0.74F;
    pt.dl->AddRectFilledMultiColor(pt.min(r), pt.p(r.x + r.w, counter_y), IM_COL32(0xF3, 0xE6, 0xC9, 0xFF),
                                   IM_COL32(0xF3, 0xE6, 0xC9, 0xFF), IM_COL32(0xE2, 0xCF, 0xA8, 0xFF),
                                   IM_COL32(0xE2, 0xCF, 0xA8, 0xFF));
    // The sign over the counter: the shop's name, as the learner must compare it.
    const float sign_h = e.detail.empty() ? 66 : 92;
    pt.dl->AddRectFilled(pt.p(r.x + 14, r.y + 12), pt.p(r.x + r.w - 14, r.y + 12 + sign_h),
                         IM_COL32(0xB3, 0x26, 0x1E, 0xFF), pt.px(8));
    pt.dl->AddRect(pt.p(r.x + 18, r.y + 16), pt.p(r.x + r.w - 18, r.y + 8 + sign_h), IM_COL32(0xF6, 0xD3, 0x5B, 0xFF),
                   pt.px(6), 0, pt.px(2));
    const float name = pt.px(27);
    ImFont* fb = pt.fonts.pick(name, Weight::Bold);
    pt.centred(fit_text(fb, name, e.label, pt.px(r.w - 48)), name, pt.p(r.x, 0).x, pt.p(r.x + r.w, 0).x,
               pt.p(0, r.y + 24).y, IM_COL32(0xFF, 0xF2, 0xB8, 0xFF), Weight::Bold);
    if (!e.detail.empty()) {
        const float small = pt.px(16);
        ImFont* fr = pt.fonts.pick(small);
        const std::string first = e.detail.substr(0, e.detail.find('\n'));
        pt.centred(fit_text(fr, small, first, pt.px(r.w - 48)), small, pt.p(r.x, 0).x, pt.p(r.x + r.w, 0).x,
                   pt.p(0, r.y + 64).y, palette().white, Weight::Regular);
    }
    // Shelves of goods on both sides, the shopkeeper behind the counter on the right.
    for (const float shelf : {r.y + sign_h + 70, r.y + sign_h + 140}) {
        draw_goods(pt, r.x + 10, r.x + 96, shelf);
        draw_goods(pt, r.x + r.w - 96, r.x + r.w - 10, shelf);
    }
    Avatar keeper;
    keeper.skin = "#E3B48C";
    keeper.hair = "#2A211C";
    keeper.shirt = "#2F7D5B";
    keeper.hair_style = HairStyle::Bun;
    draw_person(pt.dl, keeper, pt.p(r.x + r.w - 120, counter_y - 150), pt.p(r.x + r.w - 4, counter_y + 10), false,
                false);
    // The counter.
    pt.dl->AddRectFilled(pt.p(r.x, counter_y), pt.max(r), IM_COL32(0x9C, 0x66, 0x3A, 0xFF));
    pt.dl->AddRectFilled(pt.p(r.x, counter_y), pt.p(r.x + r.w, counter_y + 12), IM_COL32(0xC2, 0x8A, 0x55, 0xFF));
    for (float x = r.x + 40; x < r.x + r.w; x += 90)
        pt.dl->AddLine(pt.p(x, counter_y + 20), pt.p(x, r.y + r.h), IM_COL32(0x84, 0x54, 0x2E, 0xFF), pt.px(2));
    // A jar of sweets on the left of the counter.
    pt.dl->AddRectFilled(pt.p(r.x + 24, counter_y - 52), pt.p(r.x + 78, counter_y + 2),
                         IM_COL32(0xDD, 0xEE, 0xF2, 0xD0), pt.px(8));
    for (int i = 0; i < 6; ++i)
        pt.dl->AddCircleFilled(
            pt.p(r.x + 34 + static_cast<float>(i % 3) * 16, counter_y - 12 - static_cast<float>(i / 3) * 16), pt.px(6),
            i % 2 ? IM_COL32(0xE0, 0x5A, 0x8A, 0xFF) : IM_COL32(0xF2, 0xA5, 0x1D, 0xFF), 12);
    pt.dl->AddRectFilled(pt.p(r.x + 22, counter_y - 60), pt.p(r.x + 80, counter_y - 52),
                         IM_COL32(0xC0, 0x3A, 0x2B, 0xFF), pt.px(3));
    pt.dl->PopClipRect();
}

void draw_paper_bill(const Painter& pt, const Element& e, const ElementTree& tree)
{
    const Rect& r = e.bounds;
    pt.dl->PushClipRect(pt.min(r), pt.max(r), true);
    // A wooden table, and the paper on it.
    pt.dl->AddRectFilledMultiColor(pt.min(r), pt.max(r), IM_COL32(0x8E, 0x5E, 0x3A, 0xFF),
                                   IM_COL32(0x8E, 0x5E, 0x3A, 0xFF), IM_COL32(0x6E, 0x46, 0x2A, 0xFF),
                                   IM_COL32(0x6E, 0x46, 0x2A, 0xFF));
    const Rect paper{r.x + 24, r.y + 16, r.w - 48, r.h - 32};
    pt.dl->AddRectFilled(pt.p(paper.x + 3, paper.y + 5), pt.p(paper.x + paper.w + 3, paper.y + paper.h + 5),
                         IM_COL32(0, 0, 0, 0x50));
    pt.dl->AddRectFilled(pt.min(paper), pt.max(paper), IM_COL32(0xFD, 0xFC, 0xF7, 0xFF));
    const float x = pt.p(paper.x + 14, 0).x;
    const float right = pt.p(paper.x + paper.w - 14, 0).x;
    float y = left_wrapped(pt, e.label, pt.px(21), x, right, pt.p(0, paper.y + 14).y, IM_COL32(0x0D, 0x3F, 0x80, 0xFF),
                           Weight::Bold);
    pt.dl->AddLine(ImVec2(x, y + pt.px(4)), ImVec2(right, y + pt.px(4)), IM_COL32(0x0D, 0x3F, 0x80, 0xFF), pt.px(1.5F));
    y += pt.px(12);
    // The bill's lines, above its printed QR code.
    float qr_top = paper.y + paper.h;
    for (const Element& q : tree)
        if (starts_with(q.id, "bank.scan.qr."))
            qr_top = q.bounds.y - 20;
    const float line = pt.px(18);
    std::size_t start = 0;
    while (start <= e.detail.size() && !e.detail.empty()) {
        const std::size_t end = e.detail.find('\n', start);
        const std::string text = e.detail.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (y + line * 1.3F > pt.p(0, qr_top).y)
            break;
        y = left_wrapped(pt, text, line, x, right, y, palette().text, Weight::Regular) + pt.px(2);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    pt.dl->PopClipRect();
}

// [SECTION] buttons

// A home-screen tile: a white card, the icon in a teal circle, the name under it.
void draw_tile(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.p(r.x + 1, r.y + 2), pt.p(r.x + r.w + 1, r.y + r.h + 2), IM_COL32(0, 0, 0, 0x22),
                         pt.px(16));
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(16));
    const ImVec2 c = pt.p(r.center_x(), r.y + 44);
    pt.dl->AddCircleFilled(c, pt.px(30), bank_teal, 40);
    draw_icon(pt.dl, e.icon.substr(10), c, pt.px(36), palette().white);
    pt.centred_wrapped(e.label, text_px(pt, e.text_dp), pt.p(r.x + 8, 0).x, pt.p(r.x + r.w - 8, 0).x,
                       pt.p(0, r.y + 84).y, palette().text, Weight::Bold);
}

// A home-screen action as a row (large text): the icon in a circle, the name beside it.
void draw_row_button(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.p(r.x + 1, r.y + 2), pt.p(r.x + r.w + 1, r.y + r.h + 2), IM_COL32(0, 0, 0, 0x22),
                         pt.px(14));
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(14));
    const ImVec2 c = pt.p(r.x + 36, r.center_y());
    pt.dl->AddCircleFilled(c, pt.px(24), bank_teal, 40);
    draw_icon(pt.dl, e.icon.substr(16), c, pt.px(30), palette().white);
    const float size = text_px(pt, e.text_dp);
    ImFont* f = pt.fonts.pick(size, Weight::Bold);
    const auto lines = wrap_lines(f, size, e.label, pt.px(r.w - 84));
    float y = pt.p(0, r.center_y()).y - static_cast<float>(lines.size()) * size * 1.3F / 2;
    for (const std::string& line : lines) {
        pt.text(line, size, ImVec2(pt.p(r.x + 72, 0).x, y), palette().text, Weight::Bold);
        y += size * 1.3F;
    }
}

// The second choice beside a main button: white, a blue edge, blue words.
void draw_outline_button(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    const float round = pt.px(std::min(16.0F, r.h / 2));
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, round);
    pt.dl->AddRect(pt.min(r), pt.max(r), palette().primary, round, 0, pt.px(2.5F));
    const float size = text_px(pt, e.text_dp);
    pt.centred_wrapped(e.label, size, pt.min(r).x + pt.px(6), pt.max(r).x - pt.px(6),
                       pt.p(0, r.center_y()).y - size * 0.65F, palette().primary, Weight::Bold);
}

} // namespace

bool paint_bank_look(const Painter& pt, const Element& e, const ElementTree& tree)
{
    if (!starts_with(e.icon, "bank."))
        return false;
    const std::string& look = e.icon;
    if (look == "bank.header") {
        draw_header(pt, e, tree);
    } else if (look == "bank.row") {
        draw_row(pt, e);
    } else if (look == "bank.caption" || look == "bank.note" || look == "bank.shadowed") {
        const float size = text_px(pt, e.text_dp);
        const Weight w = e.text_dp >= 24 ? Weight::Bold : Weight::Regular;
        const float x0 = pt.min(e.bounds).x;
        const float x1 = pt.max(e.bounds).x;
        const float y = pt.min(e.bounds).y;
        if (look == "bank.caption") {
            left_wrapped(pt, e.label, size, x0, x1, y, tone_ink(e.tone), w);
        } else if (look == "bank.note") {
            pt.centred_wrapped(e.label, size, x0 + pt.px(4), x1 - pt.px(4), y, tone_ink(e.tone), w);
        } else { // white text with a shadow, over the camera's picture
            pt.centred_wrapped(e.label, size, x0 + 1.5F, x1 + 1.5F, y + 1.5F, IM_COL32(0, 0, 0, 0xD0), Weight::Bold);
            pt.centred_wrapped(e.label, size, x0, x1, y, palette().white, Weight::Bold);
        }
    } else if (starts_with(look, "bank.tile.")) {
        draw_tile(pt, e);
    } else if (starts_with(look, "bank.row_button.")) {
        draw_row_button(pt, e);
    } else if (look == "bank.outline") {
        draw_outline_button(pt, e);
    } else if (look == "bank.account") {
        draw_account_card(pt, e);
    } else if (look == "bank.person") {
        draw_person_row(pt, e);
    } else if (look == "bank.bank_choice") {
        draw_bank_choice(pt, e);
    } else if (look == "bank.history") {
        draw_history_row(pt, e);
    } else if (look == "bank.logo" || look == "bank.success" || look == "bank.warning") {
        draw_round_picture(pt, e);
    } else if (look == "bank.scene.shop") {
        draw_shop(pt, e);
    } else if (look == "bank.scene.bill") {
        draw_paper_bill(pt, e, tree);
    } else if (look == "bank.frame") {
        draw_frame(pt, e, tree);
    } else if (look == "bank.qr.sticker") {
        draw_sticker(pt, e);
    } else if (look == "bank.qr.printed") {
        draw_qr(pt.dl, e.detail, pt.min(e.bounds), pt.max(e.bounds));
    } else {
        return false;
    }
    return true;
}

} // namespace luyenso::ui
