#include "phone_view.h"

#include "layout_log.h"
#include "phone_paint.h"
#include "theme.h"
#include "widgets.h"

#include <algorithm>
#include <cmath>

namespace luyenso::ui {

namespace {

constexpr float bezel_dp = 12;
constexpr float swipe_min_dp = 40;   // a drag longer than this is a swipe, not a tap
constexpr double long_press_s = 0.5; // a still press this long is a long press (as on Android)

void draw_highlight(const Painter& pt, const Element& e, float strength, double time_s)
{
    // An orange ring around the target, drawn over everything; it pulses only when the
    // learner asked to be shown exactly where (a steady ring costs no redraws).
    const float pulse = strength > 1.0F ? 0.5F + 0.5F * static_cast<float>(std::sin(time_s * 4.0)) : 0.5F;
    const float grow = 3.0F + 3.0F * pulse * strength;
    const ImVec2 a = pt.p(e.bounds.x - grow, e.bounds.y - grow);
    const ImVec2 b = pt.p(e.bounds.x + e.bounds.w + grow, e.bounds.y + e.bounds.h + grow);
    const float rounding = pt.px(std::min(18.0F, std::min(e.bounds.w, e.bounds.h) / 2));
    pt.dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), with_alpha(palette().highlight, 70),
                   rounding + 3, 0, pt.px(8));
    // The bright orange core between a near-black rim outside and a white one inside: it
    // stands out on a white screen, on the dark wallpaper and on a photo alike, in both
    // themes (the hints call it "khung sáng màu cam").
    const float core = pt.px(4.5F * std::max(1.0F, strength * 0.8F));
    const float rim = std::max(1.5F, pt.px(1.5F));
    pt.dl->AddRect(ImVec2(a.x - core / 2 - rim / 2, a.y - core / 2 - rim / 2),
                   ImVec2(b.x + core / 2 + rim / 2, b.y + core / 2 + rim / 2), IM_COL32(0x1A, 0x1A, 0x1A, 0xFF),
                   rounding + core / 2, 0, rim);
    pt.dl->AddRect(ImVec2(a.x + core / 2 + rim / 2, a.y + core / 2 + rim / 2),
                   ImVec2(b.x - core / 2 - rim / 2, b.y - core / 2 - rim / 2), IM_COL32_WHITE,
                   std::max(0.0F, rounding - core / 2), 0, rim);
    pt.dl->AddRect(a, b, palette().highlight, rounding, 0, core);
}

// Screens have round corners: paint the body colour over what was drawn outside them.
// Each corner is a thick arc whose inner edge is the screen's corner and whose outer edge
// reaches past the square corner, kept inside the corner's square by the scissor: the
// anti-aliased edge is the round one only (triangles fanned from the corner would have
// sharp tips, whose anti-aliased rims poke out of the phone's body as spikes).
void mask_screen_corners(ImDrawList* dl, ImVec2 a, ImVec2 b, float r, ImU32 colour)
{
    constexpr float pi = 3.14159265F;
    const float thickness = r * 0.5F + 2; // the outer radius r + thickness exceeds r * sqrt(2)
    const struct {
        ImVec2 square_min;
        ImVec2 centre;
        float start;
    } corners[] = {{a, ImVec2(a.x + r, a.y + r), pi},
                   {ImVec2(b.x - r, a.y), ImVec2(b.x - r, a.y + r), pi * 1.5F},
                   {ImVec2(b.x - r, b.y - r), ImVec2(b.x - r, b.y - r), 0},
                   {ImVec2(a.x, b.y - r), ImVec2(a.x + r, b.y - r), pi * 0.5F}};
    for (const auto& c : corners) {
        dl->PushClipRect(c.square_min, ImVec2(c.square_min.x + r, c.square_min.y + r), true);
        dl->PathArcTo(c.centre, r + thickness / 2, c.start, c.start + pi * 0.5F);
        dl->PathStroke(colour, 0, thickness);
        dl->PopClipRect();
    }
}

// The demonstration's hand: a pointing finger whose tip is at `tip`, with a ripple
// while it presses. It may reach beyond the screen's edge, as a real hand does.
void draw_hand(ImDrawList* dl, ImVec2 tip, float s, bool pressing)
{
    const ImU32 skin = IM_COL32(0xF2, 0xC9, 0xA0, 0xFF);
    const ImU32 edge = IM_COL32(0x7A, 0x52, 0x36, 0xFF);
    const ImU32 cuff = IM_COL32(0x3D, 0x6F, 0xB6, 0xFF);
    if (pressing) {
        dl->AddCircleFilled(tip, 30 * s, IM_COL32(0xF2, 0x7A, 0x00, 0x50), 32);
        dl->AddCircle(tip, 30 * s, IM_COL32(0xF2, 0x7A, 0x00, 0xC0), 32, 3 * s);
    }
    const float press = pressing ? 4 * s : 0;
    const ImVec2 t(tip.x, tip.y + press);
    // Finger, palm, thumb and a sleeve, going down and to the right from the tip.
    const ImVec2 finger_a(t.x - 9 * s, t.y);
    const ImVec2 finger_b(t.x + 9 * s, t.y + 62 * s);
    const ImVec2 palm_a(t.x - 14 * s, t.y + 44 * s);
    const ImVec2 palm_b(t.x + 46 * s, t.y + 104 * s);
    dl->AddRectFilled(ImVec2(palm_a.x - 2 * s, palm_a.y - 2 * s), ImVec2(palm_b.x + 2 * s, palm_b.y + 2 * s), edge,
                      22 * s);
    dl->AddRectFilled(ImVec2(finger_a.x - 2 * s, finger_a.y - 2 * s), ImVec2(finger_b.x + 2 * s, finger_b.y), edge,
                      10 * s);
    dl->AddRectFilled(finger_a, finger_b, skin, 9 * s);
    dl->AddRectFilled(palm_a, palm_b, skin, 20 * s);
    dl->AddRectFilled(ImVec2(t.x - 26 * s, t.y + 58 * s), ImVec2(t.x - 6 * s, t.y + 88 * s), skin, 9 * s); // thumb
    for (int i = 0; i < 3; ++i) { // the folded fingers' knuckles
        const float x = t.x + 12 * s + static_cast<float>(i) * 11 * s;
        dl->AddLine(ImVec2(x, t.y + 52 * s), ImVec2(x, t.y + 66 * s), edge, 1.5F * s);
    }
    dl->AddRectFilled(ImVec2(palm_a.x + 4 * s, palm_b.y - 6 * s), ImVec2(palm_b.x - 2 * s, palm_b.y + 26 * s), cuff,
                      6 * s);
}

bool dark_backdrop(const ElementTree& tree)
{
    for (const Element& e : tree)
        if (e.role == Role::Background && e.bounds.h >= phone_height_dp)
            return e.icon == "wallpaper" || e.icon == "call" || e.icon == "camera";
    return false;
}

// Whether an opaque background fills the whole screen (every background's colour is).
bool covers_screen(const ElementTree& tree)
{
    return std::any_of(tree.begin(), tree.end(), [](const Element& e) {
        return e.role == Role::Background && e.bounds.x <= 0 && e.bounds.y <= 0 &&
               e.bounds.x + e.bounds.w >= phone_width_dp && e.bounds.y + e.bounds.h >= phone_height_dp;
    });
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
    const ImVec2 body_max(body_min.x + body_w, body_min.y + body_h);
    body_min_ = body_min;
    body_max_ = body_max;
    screen_min_ = ImVec2(body_min.x + bezel_dp * scale_, body_min.y + bezel_dp * scale_);

    const ElementTree tree = phone.elements();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 screen_max(screen_min_.x + phone_width_dp * scale_, screen_min_.y + phone_height_dp * scale_);
    const float screen_rounding = 34 * scale_;
    drop_shadow(dl, body_min, body_max, body_rounding(), ImVec2(4, 8), IM_COL32(0, 0, 0, 0x30));
    // The body and the dark glass under the screen are seen only around the screen's
    // picture when it has a background of its own (every app's screens have one).
    const ImVec2 inside_min(screen_min_.x + 1, screen_min_.y + screen_rounding + 1);
    const ImVec2 inside_max(screen_max.x - 1, screen_max.y - screen_rounding - 1);
    const bool covered = covers_screen(tree);
    const auto fill = [&](ImVec2 a, ImVec2 b, ImU32 colour, float rounding) {
        if (covered)
            fill_rounded_around(dl, a, b, colour, rounding, inside_min, inside_max);
        else
            dl->AddRectFilled(a, b, colour, rounding);
    };
    fill(body_min, body_max, palette().phone_body, body_rounding());
    fill(screen_min_, screen_max, IM_COL32(0x10, 0x10, 0x10, 0xFF), screen_rounding);

    const Painter pt{dl, fonts, phone, images, screen_min_, scale_, dark_backdrop(tree), composition_};
    dl->PushClipRect(screen_min_, screen_max, true);
    for (const Element& e : tree)
        paint_element(pt, e, tree);
    dl->PopClipRect();
    mask_screen_corners(dl, screen_min_, screen_max, screen_rounding, palette().phone_body);
    // The ring may reach over the bezel: a target at the screen's edge keeps all of it.
    if (!highlight.element_id.empty())
        if (const Element* target = find_element(tree, highlight.element_id)) {
            dl->PushClipRect(body_min, body_max, true);
            draw_highlight(pt, *target, highlight.strength, time_s);
            dl->PopClipRect();
        }
    if (LayoutLog* log = layout_log())
        log->add(ItemKind::Area, body_min, body_max, dl, "phone");
    if (highlight.hand)
        draw_hand(dl, pt.p(highlight.hand->x, highlight.hand->y), scale_, highlight.hand->pressing);

    // Input: the whole screen is one invisible button. A press and release on it is a tap
    // where it was pressed (a long press if held still for half a second), or a swipe if
    // it moved far enough; on a holdable element
    // (a voice message's microphone) the press and the release are actions of their own.
    ImGui::SetCursorScreenPos(screen_min_);
    ImGui::InvisibleButton("phone.screen", ImVec2(screen_max.x - screen_min_.x, screen_max.y - screen_min_.y));
    auto to_dp = [&](ImVec2 p) { return ImVec2((p.x - screen_min_.x) / scale_, (p.y - screen_min_.y) / scale_); };
    if (ImGui::IsItemActivated()) {
        pressing_ = true;
        long_pressed_ = false;
        press_pos_ = ImGui::GetIO().MousePos;
        press_time_ = ImGui::GetTime();
        const ImVec2 at = to_dp(press_pos_);
        const Element* hit = hit_test(tree, at.x, at.y);
        holding_ = hit && hit->holdable;
        if (holding_)
            return Action::press(hit->id);
    }
    // A long press shows its menu while the finger is still down, as on a phone: once
    // the press has been still for long enough, it is a long press; the release then
    // does nothing more.
    if (pressing_ && !holding_ && !long_pressed_ && ImGui::IsItemActive() &&
        ImGui::GetTime() - press_time_ >= long_press_s) {
        const ImVec2 now = ImGui::GetIO().MousePos;
        const bool still = std::abs(now.x - press_pos_.x) / scale_ <= swipe_min_dp &&
                           std::abs(now.y - press_pos_.y) / scale_ <= swipe_min_dp;
        const ImVec2 at = to_dp(press_pos_);
        if (const Element* hit = hit_test(tree, at.x, at.y); still && hit) {
            long_pressed_ = true;
            return Action::long_press(hit->id);
        }
    }
    // The mouse wheel scrolls what is under it, as a finger's swipe would.
    if (ImGui::IsItemHovered() && !pressing_ && ImGui::GetIO().MouseWheel != 0) {
        const ImVec2 at = to_dp(ImGui::GetIO().MousePos);
        const Element* hit = hit_test(tree, at.x, at.y);
        // Wheel towards the learner (negative) moves the content up: a swipe up.
        return Action::swipe(ImGui::GetIO().MouseWheel < 0 ? SwipeDirection::Up : SwipeDirection::Down,
                             hit ? hit->id : std::string());
    }
    if (pressing_ && ImGui::IsItemDeactivated()) {
        pressing_ = false;
        if (long_pressed_) {
            long_pressed_ = false;
            return std::nullopt;
        }
        const ImVec2 end = ImGui::GetIO().MousePos;
        const float dx = (end.x - press_pos_.x) / scale_;
        const float dy = (end.y - press_pos_.y) / scale_;
        const bool moved = std::abs(dx) > swipe_min_dp || std::abs(dy) > swipe_min_dp;
        const SwipeDirection d = std::abs(dy) >= std::abs(dx) ? (dy < 0 ? SwipeDirection::Up : SwipeDirection::Down)
                                                              : (dx < 0 ? SwipeDirection::Left : SwipeDirection::Right);
        const ImVec2 at = to_dp(press_pos_);
        const Element* hit = hit_test(tree, at.x, at.y);
        if (holding_) {
            holding_ = false;
            return moved ? Action::release(d) : Action::release();
        }
        if (moved)
            return Action::swipe(d, hit ? hit->id : std::string());
        return Action::tap(hit ? hit->id : std::string());
    }
    return std::nullopt;
}

} // namespace luyenso::ui
