#include "phone_view.h"

#include "icons.h"
#include "text_util.h"
#include "theme.h"

#include <algorithm>
#include <cmath>

namespace luyenso::ui {

namespace {

constexpr float bezel_dp = 12;
constexpr float swipe_min_dp = 40; // a drag longer than this is a swipe, not a tap

struct Painter {
    ImDrawList* dl;
    const Fonts& fonts;
    const Phone& phone;
    ImageSource* images;
    ImVec2 origin;
    float s;

    ImVec2 p(float x, float y) const { return {origin.x + x * s, origin.y + y * s}; }
    ImVec2 min(const Rect& r) const { return p(r.x, r.y); }
    ImVec2 max(const Rect& r) const { return p(r.x + r.w, r.y + r.h); }
    float px(float dp) const { return dp * s; }

    bool dark_screen() const
    {
        const ScreenKind k = phone.screen().kind;
        return k == ScreenKind::Lock || k == ScreenKind::Home || k == ScreenKind::CallRinging ||
               k == ScreenKind::CallActive;
    }

    const Person* person_of(const std::string& id) const
    {
        return id == "me" ? &phone.world().owner : phone.world().contact(id);
    }

    // The lesson's photo of a person, if it has one and it loads.
    Image photo_of(const Person& p) const
    {
        return images && !p.photo.empty() ? images->image(p.photo) : Image{};
    }

    // An image filling [a, b], cropped to keep its proportions.
    void cover(const Image& img, ImVec2 a, ImVec2 b, float rounding) const
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

    // A person's picture: their photo, else our drawing of them.
    void picture(const std::string& id, ImVec2 a, ImVec2 b) const
    {
        const Person* p = person_of(id);
        if (!p)
            return;
        if (const Image img = photo_of(*p); img.texture)
            cover(img, a, b, (b.x - a.x) / 2);
        else
            draw_person(dl, p->avatar, a, b, true);
    }

    // What a person's camera shows: their photo, else our drawing of them in a room.
    bool camera(const std::string& id, ImVec2 a, ImVec2 b, float rounding) const
    {
        const Person* p = person_of(id);
        if (!p)
            return false;
        if (const Image img = photo_of(*p); img.texture)
            cover(img, a, b, rounding);
        else
            draw_camera_scene(dl, p->avatar, a, b, rounding);
        return true;
    }

    // Text centred horizontally in [x0, x1] with its top at y (pixels).
    void centred(const std::string& text, float size_px, float x0, float x1, float y, ImU32 col, Weight w) const
    {
        ImFont* f = fonts.pick(size_px, w);
        const ImVec2 ts = f->CalcTextSizeA(size_px, FLT_MAX, 0, text.c_str());
        dl->AddText(f, size_px, ImVec2(std::floor((x0 + x1 - ts.x) / 2), std::floor(y)), col, text.c_str());
    }

    // Wrapped text centred line by line in [x0, x1].
    float centred_wrapped(const std::string& text, float size_px, float x0, float x1, float y, ImU32 col, Weight w) const
    {
        ImFont* f = fonts.pick(size_px, w);
        for (const std::string& line : wrap_lines(f, size_px, text, x1 - x0)) {
            centred(line, size_px, x0, x1, y, col, w);
            y += size_px * 1.3F;
        }
        return y;
    }
};

void draw_background(const Painter& pt, const Element& e)
{
    const ImVec2 a = pt.min(e.bounds);
    const ImVec2 b = pt.max(e.bounds);
    const float r = pt.px(34);
    if (e.icon == "wallpaper") {
        // Calm hills at dusk: our own wallpaper.
        pt.dl->AddRectFilledMultiColor(a, b, IM_COL32(0x2C, 0x5E, 0x7A, 0xFF), IM_COL32(0x2C, 0x5E, 0x7A, 0xFF),
                                       IM_COL32(0x1E, 0x3F, 0x55, 0xFF), IM_COL32(0x1E, 0x3F, 0x55, 0xFF));
        pt.dl->AddCircleFilled(pt.p(80, 520), pt.px(220), IM_COL32(0x2F, 0x6B, 0x5A, 0xFF), 64);
        pt.dl->AddCircleFilled(pt.p(320, 600), pt.px(240), IM_COL32(0x27, 0x5C, 0x4C, 0xFF), 64);
        pt.dl->AddRectFilled(pt.p(0, 640), b, IM_COL32(0x22, 0x52, 0x44, 0xFF), r, ImDrawFlags_RoundCornersBottom);
    } else if (e.icon == "call") {
        pt.dl->AddRectFilledMultiColor(a, b, IM_COL32(0x24, 0x31, 0x3C, 0xFF), IM_COL32(0x24, 0x31, 0x3C, 0xFF),
                                       IM_COL32(0x12, 0x1A, 0x21, 0xFF), IM_COL32(0x12, 0x1A, 0x21, 0xFF));
    } else if (pt.phone.screen().kind == ScreenKind::ChatThread) {
        pt.dl->AddRectFilled(a, b, IM_COL32(0xE4, 0xEB, 0xF2, 0xFF), r);
    } else {
        pt.dl->AddRectFilled(a, b, IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), r);
    }
}

void draw_status_bar(const Painter& pt, const Element& e)
{
    const ImU32 ink = pt.dark_screen() ? palette().white : palette().text;
    const float size = pt.px(e.text_dp);
    if (!pt.dark_screen() && pt.phone.screen().kind != ScreenKind::Lock)
        pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), IM_COL32(0xF4, 0xF6, 0xF8, 0xFF), pt.px(34),
                             ImDrawFlags_RoundCornersTop);
    ImFont* f = pt.fonts.pick(size, Weight::Bold);
    pt.dl->AddText(f, size, pt.p(26, 7), ink, e.label.c_str());
    // On the right: the battery percentage, the battery, the signal bars.
    const ImFont* fr = pt.fonts.pick(size);
    const float pct_w = fr->CalcTextSizeA(size, FLT_MAX, 0, e.detail.c_str()).x / pt.s;
    const float pct_x = 334 - pct_w;
    pt.dl->AddText(fr, size, pt.p(pct_x, 7), ink, e.detail.c_str());
    const float bat_x = pct_x - 30;
    pt.dl->AddRect(pt.p(bat_x, 10), pt.p(bat_x + 22, 22), ink, pt.px(2), 0, pt.px(1.5F));
    pt.dl->AddRectFilled(pt.p(bat_x + 22, 13), pt.p(bat_x + 24, 19), ink);
    pt.dl->AddRectFilled(pt.p(bat_x + 2, 12), pt.p(bat_x + 2 + 18 * static_cast<float>(pt.phone.world().battery_percent) / 100.0F, 20), ink, pt.px(1));
    for (int i = 0; i < 4; ++i) {
        const float h = 4.0F + 3.0F * static_cast<float>(i);
        const float x = bat_x - 36 + 6.0F * static_cast<float>(i);
        pt.dl->AddRectFilled(pt.p(x, 22 - h), pt.p(x + 4, 22), ink);
    }
}

void draw_header(const Painter& pt, const Element& e)
{
    const ImU32 fill = e.tone == Tone::Success ? palette().success : palette().primary;
    pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), fill);
    const float size = pt.px(e.text_dp);
    if (pt.person_of(e.person)) {
        const float y = e.bounds.y + 10;
        pt.picture(e.person, pt.p(54, y), pt.p(98, y + 44));
        ImFont* f = pt.fonts.pick(size, Weight::Bold);
        const std::string name = fit_text(f, size, e.label, pt.px(136));
        pt.dl->AddText(f, size, pt.p(106, e.bounds.y + 8), palette().white, name.c_str());
        const float small = pt.px(17);
        pt.dl->AddText(pt.fonts.pick(small), small, pt.p(106, e.bounds.y + 37), IM_COL32(0xDD, 0xE8, 0xF7, 0xFF),
                       e.detail.c_str());
    } else {
        ImFont* f = pt.fonts.pick(size, Weight::Bold);
        pt.dl->AddText(f, size, pt.p(20, e.bounds.y + (e.bounds.h - e.text_dp) / 2), palette().white, e.label.c_str());
    }
}

void draw_text(const Painter& pt, const Element& e)
{
    const ImU32 ink = pt.dark_screen() ? palette().white : palette().text;
    const float size = pt.px(e.text_dp);
    const Weight w = e.text_dp >= 24 ? Weight::Bold : Weight::Regular;
    if (e.id == "call.contact.name" || e.id == "call.status") {
        // Over a camera picture the text needs a shadow to stay readable.
        if (pt.phone.call() && pt.phone.call()->video && pt.phone.call()->connected) {
            ImFont* f = pt.fonts.pick(size, w);
            pt.dl->AddText(f, size, ImVec2(pt.min(e.bounds).x + pt.px(10) + 1.5F, pt.min(e.bounds).y + 1.5F), IM_COL32(0, 0, 0, 0xC0), e.label.c_str());
            pt.dl->AddText(f, size, ImVec2(pt.min(e.bounds).x + pt.px(10), pt.min(e.bounds).y), ink, e.label.c_str());
            return;
        }
    }
    pt.centred_wrapped(e.label, size, pt.min(e.bounds).x + pt.px(8), pt.max(e.bounds).x - pt.px(8), pt.min(e.bounds).y, ink, w);
}

void draw_bubble(const Painter& pt, const Element& e)
{
    const bool mine = e.active;
    const ImU32 fill = mine ? IM_COL32(0xCF, 0xE3, 0xFF, 0xFF) : IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), fill, pt.px(16));
    const float size = pt.px(e.text_dp);
    ImFont* f = pt.fonts.pick(size);
    float x = e.bounds.x + 14;
    if (!e.icon.empty()) {
        draw_icon(pt.dl, e.icon, pt.p(x + 10, e.bounds.y + 10 + e.text_dp / 2 + 2), pt.px(20), palette().primary);
        x += 26;
    }
    float y = pt.p(0, e.bounds.y + 10).y;
    const float wrap = pt.px(e.bounds.x + e.bounds.w - 14 - x);
    for (const std::string& line : wrap_lines(f, size, e.label, wrap)) {
        pt.dl->AddText(f, size, ImVec2(pt.p(x, 0).x, y), palette().text, line.c_str());
        y += pt.px(30);
    }
    const float small = pt.px(16);
    const ImFont* fs = pt.fonts.pick(small);
    const ImVec2 ts = fs->CalcTextSizeA(small, FLT_MAX, 0, e.meta.c_str());
    pt.dl->AddText(fs, small, ImVec2(pt.max(e.bounds).x - pt.px(12) - ts.x, pt.max(e.bounds).y - pt.px(22)),
                   palette().text_muted, e.meta.c_str());
}

void draw_app_icon(const Painter& pt, const Element& e)
{
    const float icon = 76;
    const float x0 = e.bounds.center_x() - icon / 2;
    const float y0 = e.bounds.y + 6;
    const ImU32 fill = e.icon == "app_phone" ? IM_COL32(0x2E, 0x8B, 0x3E, 0xFF) : IM_COL32(0x1E, 0x6F, 0xD9, 0xFF);
    pt.dl->AddRectFilled(pt.p(x0 + 1, y0 + 3), pt.p(x0 + icon + 1, y0 + icon + 3), IM_COL32(0, 0, 0, 0x40), pt.px(18));
    pt.dl->AddRectFilled(pt.p(x0, y0), pt.p(x0 + icon, y0 + icon), fill, pt.px(18));
    draw_icon(pt.dl, e.icon, pt.p(x0 + icon / 2, y0 + icon / 2), pt.px(50), palette().white);
    const float size = pt.px(e.text_dp);
    const float ty = pt.p(0, y0 + icon + 8).y;
    pt.centred(e.label, size, pt.min(e.bounds).x + 1.5F, pt.max(e.bounds).x + 1.5F, ty + 1.5F, IM_COL32(0, 0, 0, 0xA0), Weight::Bold);
    pt.centred(e.label, size, pt.min(e.bounds).x, pt.max(e.bounds).x, ty, palette().white, Weight::Bold);
}

void draw_list_item(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.picture(e.person, pt.p(r.x + 14, r.y + 14), pt.p(r.x + 74, r.y + 74));
    const float size = pt.px(e.text_dp);
    ImFont* fb = pt.fonts.pick(size, Weight::Bold);
    const float right = e.meta.empty() ? r.x + r.w - 16 : r.x + r.w - 70;
    pt.dl->AddText(fb, size, pt.p(r.x + 88, r.y + 12), palette().text, fit_text(fb, size, e.label, pt.px(right - r.x - 88)).c_str());
    const float small = pt.px(21);
    ImFont* fr = pt.fonts.pick(small, e.badge > 0 ? Weight::Bold : Weight::Regular);
    const float detail_right = e.badge > 0 ? r.x + r.w - 52 : r.x + r.w - 16;
    pt.dl->AddText(fr, small, pt.p(r.x + 88, r.y + 48), e.badge > 0 ? palette().text : palette().text_muted,
                   fit_text(fr, small, e.detail, pt.px(detail_right - r.x - 88)).c_str());
    if (!e.meta.empty()) {
        const float ms = pt.px(15);
        const ImFont* fm = pt.fonts.pick(ms);
        const ImVec2 ts = fm->CalcTextSizeA(ms, FLT_MAX, 0, e.meta.c_str());
        pt.dl->AddText(fm, ms, ImVec2(pt.p(r.x + r.w - 14, 0).x - ts.x, pt.p(0, r.y + 18).y), palette().text_muted, e.meta.c_str());
    }
    if (e.badge > 0) {
        const ImVec2 c = pt.p(r.x + r.w - 30, r.y + 57);
        pt.dl->AddCircleFilled(c, pt.px(13), palette().danger, 24);
        const std::string n = std::to_string(e.badge);
        pt.centred(n, pt.px(16), c.x - pt.px(13), c.x + pt.px(13), c.y - pt.px(10), palette().white, Weight::Bold);
    }
    pt.dl->AddLine(pt.p(r.x + 88, r.y + r.h - 0.5F), pt.p(r.x + r.w, r.y + r.h - 0.5F), IM_COL32(0xE0, 0xE3, 0xE6, 0xFF), 1);
}

void draw_button(const Painter& pt, const Element& e, const ElementTree& tree)
{
    const Rect& r = e.bounds;
    if (e.icon == "unlock") {
        pt.dl->AddRectFilled(pt.min(r), pt.max(r), IM_COL32(0xFF, 0xFF, 0xFF, 0x30), pt.px(24));
        pt.dl->AddRect(pt.min(r), pt.max(r), IM_COL32(0xFF, 0xFF, 0xFF, 0x90), pt.px(24), 0, pt.px(2));
        draw_icon(pt.dl, "chevron_up", pt.p(r.center_x(), r.y + 22), pt.px(30), palette().white);
        draw_icon(pt.dl, "unlock", pt.p(r.center_x(), r.y + 50), pt.px(34), palette().white);
        pt.centred_wrapped(e.label, pt.px(e.text_dp), pt.min(r).x + pt.px(10), pt.max(r).x - pt.px(10), pt.p(0, r.y + 76).y,
                           palette().white, Weight::Bold);
        return;
    }
    if (!e.filled) {
        // An icon on whatever is behind it: white on a coloured header or a dark screen.
        bool on_header = false;
        for (const Element& h : tree)
            if (h.role == Role::Header && h.bounds.contains(r.center_x(), r.center_y()))
                on_header = true;
        const ImU32 ink = on_header || pt.dark_screen() ? palette().white : IM_COL32(0x3A, 0x40, 0x46, 0xFF);
        draw_icon(pt.dl, e.icon, pt.p(r.center_x(), r.center_y()), pt.px(30), ink);
        return;
    }
    // Filled: a circle (with its label under it when the target is tall, as call controls).
    const bool labelled = !e.icon_only;
    const float d = labelled ? 64 : std::min(r.w, r.h) - 4;
    const ImVec2 c = pt.p(r.center_x(), labelled ? r.y + d / 2 : r.center_y());
    ImU32 fill = palette().primary;
    ImU32 ink = palette().white;
    if (e.tone == Tone::Danger)
        fill = palette().danger;
    else if (e.tone == Tone::Success)
        fill = IM_COL32(0x2E, 0x8B, 0x3E, 0xFF);
    else if (e.tone == Tone::Subtle) {
        fill = e.active ? palette().white : IM_COL32(0xFF, 0xFF, 0xFF, 0x38);
        ink = e.active ? palette().text : palette().white;
    }
    pt.dl->AddCircleFilled(c, pt.px(d / 2), fill, 48);
    draw_icon(pt.dl, e.icon, c, pt.px(d * 0.58F), ink);
    if (labelled) {
        const float size = pt.px(e.text_dp);
        const ImU32 text_ink = pt.dark_screen() ? palette().white : palette().text;
        pt.centred_wrapped(e.label, size, pt.min(r).x + pt.px(4), pt.max(r).x - pt.px(4), pt.p(0, r.y + d + 6).y, text_ink,
                           Weight::Bold);
    }
}

void draw_text_field(const Painter& pt, const Element& e)
{
    const Rect& r = e.bounds;
    pt.dl->AddRectFilled(pt.min(r), pt.max(r), palette().white, pt.px(28));
    pt.dl->AddRect(pt.min(r), pt.max(r), e.active ? palette().primary : IM_COL32(0xB8, 0xC0, 0xC8, 0xFF), pt.px(28), 0,
                   pt.px(e.active ? 2.5F : 1.5F));
    const float size = pt.px(e.text_dp);
    ImFont* f = pt.fonts.pick(size);
    const bool empty = e.label.empty();
    const std::string shown = empty ? e.detail : fit_text_tail(f, size, e.label, pt.px(r.w - 36));
    const ImVec2 at = pt.p(r.x + 18, r.center_y() - e.text_dp * 0.68F);
    pt.dl->AddText(f, size, at, empty ? palette().text_muted : palette().text, shown.c_str());
    if (e.active) {
        const float cx = empty ? at.x : at.x + f->CalcTextSizeA(size, FLT_MAX, 0, shown.c_str()).x + 2;
        pt.dl->AddLine(ImVec2(cx, at.y), ImVec2(cx, at.y + size * 1.2F), palette().primary, pt.px(2));
    }
}

void draw_video(const Painter& pt, const Element& e)
{
    const bool small = e.bounds.w < phone_width_dp;
    const float rounding = small ? pt.px(14) : pt.px(34);
    if (!e.active || !pt.person_of(e.person)) {
        pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), IM_COL32(0x30, 0x36, 0x3C, 0xFF), rounding);
        draw_icon(pt.dl, "camera_off", pt.p(e.bounds.center_x(), e.bounds.center_y()), pt.px(small ? 40 : 80),
                  IM_COL32(0xFF, 0xFF, 0xFF, 0xB0));
    } else {
        pt.camera(e.person, pt.min(e.bounds), pt.max(e.bounds), rounding);
        if (!small) // darken top and bottom so the text and buttons stay readable
        {
            pt.dl->AddRectFilledMultiColor(pt.p(0, 0), pt.p(phone_width_dp, 140), IM_COL32(0, 0, 0, 0x70),
                                           IM_COL32(0, 0, 0, 0x70), IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 0));
            pt.dl->AddRectFilledMultiColor(pt.p(0, 540), pt.p(phone_width_dp, phone_height_dp), IM_COL32(0, 0, 0, 0),
                                           IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 0x90), IM_COL32(0, 0, 0, 0x90));
        }
    }
    if (small)
        pt.dl->AddRect(pt.min(e.bounds), pt.max(e.bounds), palette().white, rounding, 0, pt.px(2));
}

void draw_nav_bar(const Painter& pt, const Element& e)
{
    if (!pt.dark_screen())
        pt.dl->AddRectFilled(pt.min(e.bounds), pt.max(e.bounds), IM_COL32(0xF4, 0xF6, 0xF8, 0xFF), pt.px(34),
                             ImDrawFlags_RoundCornersBottom);
}

void draw_highlight(const Painter& pt, const Element& e, float strength, double time_s)
{
    // An orange ring around the target, drawn over everything; it pulses only when the
    // learner asked to be shown exactly where (a steady ring costs no redraws).
    const float pulse = strength > 1.0F ? 0.5F + 0.5F * static_cast<float>(std::sin(time_s * 4.0)) : 0.5F;
    const float grow = 3.0F + 3.0F * pulse * strength;
    const ImVec2 a = pt.p(e.bounds.x - grow, e.bounds.y - grow);
    const ImVec2 b = pt.p(e.bounds.x + e.bounds.w + grow, e.bounds.y + e.bounds.h + grow);
    const float rounding = pt.px(std::min(18.0F, std::min(e.bounds.w, e.bounds.h) / 2));
    pt.dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), with_alpha(palette().highlight, 70), rounding + 3, 0, pt.px(8));
    pt.dl->AddRect(a, b, palette().highlight, rounding, 0, pt.px(4.5F * std::max(1.0F, strength * 0.8F)));
}

// Screens have round corners: paint the body colour over what was drawn outside them.
void mask_screen_corners(ImDrawList* dl, ImVec2 a, ImVec2 b, float r, ImU32 colour)
{
    constexpr float pi = 3.14159265F;
    constexpr int segments = 10;
    const struct {
        ImVec2 corner;
        ImVec2 centre;
        float start;
    } corners[] = {{a, ImVec2(a.x + r, a.y + r), pi},
                   {ImVec2(b.x, a.y), ImVec2(b.x - r, a.y + r), pi * 1.5F},
                   {b, ImVec2(b.x - r, b.y - r), 0},
                   {ImVec2(a.x, b.y), ImVec2(a.x + r, b.y - r), pi * 0.5F}};
    for (const auto& c : corners) {
        for (int i = 0; i < segments; ++i) {
            const float a0 = c.start + pi * 0.5F * static_cast<float>(i) / segments;
            const float a1 = c.start + pi * 0.5F * static_cast<float>(i + 1) / segments;
            dl->AddTriangleFilled(c.corner, ImVec2(c.centre.x + std::cos(a0) * r, c.centre.y + std::sin(a0) * r),
                                  ImVec2(c.centre.x + std::cos(a1) * r, c.centre.y + std::sin(a1) * r), colour);
        }
    }
}

} // namespace

std::optional<Action> PhoneView::draw(const Phone& phone, const Fonts& fonts, ImageSource* images, ImVec2 area_min,
                                      ImVec2 area_max, const Highlight& highlight, double time_s)
{
    const float aw = area_max.x - area_min.x;
    const float ah = area_max.y - area_min.y;
    scale_ = std::max(0.2F, std::min(ah / (phone_height_dp + 2 * bezel_dp), aw / (phone_width_dp + 2 * bezel_dp)));
    const float body_w = (phone_width_dp + 2 * bezel_dp) * scale_;
    const float body_h = (phone_height_dp + 2 * bezel_dp) * scale_;
    const ImVec2 body_min(std::floor(area_min.x + (aw - body_w) / 2), std::floor(area_min.y + (ah - body_h) / 2));
    screen_min_ = ImVec2(body_min.x + bezel_dp * scale_, body_min.y + bezel_dp * scale_);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(body_min.x + 4, body_min.y + 8), ImVec2(body_min.x + body_w + 4, body_min.y + body_h + 8),
                      IM_COL32(0, 0, 0, 0x30), 46 * scale_);
    dl->AddRectFilled(body_min, ImVec2(body_min.x + body_w, body_min.y + body_h), palette().phone_body, 46 * scale_);
    const ImVec2 screen_max(screen_min_.x + phone_width_dp * scale_, screen_min_.y + phone_height_dp * scale_);
    dl->AddRectFilled(screen_min_, screen_max, IM_COL32(0x10, 0x10, 0x10, 0xFF), 34 * scale_);

    const Painter pt{dl, fonts, phone, images, screen_min_, scale_};
    const ElementTree tree = phone.elements();
    dl->PushClipRect(screen_min_, screen_max, true);
    for (const Element& e : tree) {
        switch (e.role) {
        case Role::Background: draw_background(pt, e); break;
        case Role::StatusBar: draw_status_bar(pt, e); break;
        case Role::NavBar: draw_nav_bar(pt, e); break;
        case Role::Header: draw_header(pt, e); break;
        case Role::Text: draw_text(pt, e); break;
        case Role::Bubble: draw_bubble(pt, e); break;
        case Role::AppIcon: draw_app_icon(pt, e); break;
        case Role::ListItem: draw_list_item(pt, e); break;
        case Role::Button: draw_button(pt, e, tree); break;
        case Role::TextField: draw_text_field(pt, e); break;
        case Role::VideoFeed: draw_video(pt, e); break;
        case Role::Avatar:
            pt.picture(e.person, pt.min(e.bounds), pt.max(e.bounds));
            break;
        }
    }
    if (!highlight.element_id.empty())
        if (const Element* target = find_element(tree, highlight.element_id))
            draw_highlight(pt, *target, highlight.strength, time_s);
    dl->PopClipRect();
    mask_screen_corners(dl, screen_min_, screen_max, 34 * scale_, palette().phone_body);

    // Input: the whole screen is one invisible button; a press and release on it is a
    // tap where it was pressed, or a swipe if it moved far enough.
    ImGui::SetCursorScreenPos(screen_min_);
    ImGui::InvisibleButton("phone.screen", ImVec2(screen_max.x - screen_min_.x, screen_max.y - screen_min_.y));
    if (ImGui::IsItemActivated()) {
        pressing_ = true;
        press_pos_ = ImGui::GetIO().MousePos;
    }
    if (pressing_ && ImGui::IsItemDeactivated()) {
        pressing_ = false;
        const ImVec2 end = ImGui::GetIO().MousePos;
        const float dx = (end.x - press_pos_.x) / scale_;
        const float dy = (end.y - press_pos_.y) / scale_;
        const float x_dp = (press_pos_.x - screen_min_.x) / scale_;
        const float y_dp = (press_pos_.y - screen_min_.y) / scale_;
        if (std::abs(dx) > swipe_min_dp || std::abs(dy) > swipe_min_dp) {
            const Element* on = hit_test(tree, x_dp, y_dp);
            SwipeDirection d = std::abs(dy) >= std::abs(dx) ? (dy < 0 ? SwipeDirection::Up : SwipeDirection::Down)
                                                            : (dx < 0 ? SwipeDirection::Left : SwipeDirection::Right);
            return Action::swipe(d, on ? on->id : std::string());
        }
        const Element* hit = hit_test(tree, x_dp, y_dp);
        return Action::tap(hit ? hit->id : std::string());
    }
    return std::nullopt;
}

} // namespace luyenso::ui
