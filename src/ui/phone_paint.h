// Drawing one phone element: the Painter knows where the phone's screen is on the
// window and at what scale, and draws each role of the semantic tree.
#pragma once

#include "fonts.h"
#include "images.h"
#include "phone/phone.h"

#include <imgui.h>

#include <string>

namespace luyenso::ui {

struct Painter {
    ImDrawList* dl;
    const Fonts& fonts;
    const Phone& phone;
    ImageSource* images;
    ImVec2 origin; // the screen's top-left corner, in pixels
    float s;       // pixels per dp
    bool dark;     // the screen's backdrop is dark (wallpaper, a call): text and icons are white
    // What the device's input method is composing (PhoneView::set_composition): shown in the
    // focused field after its text, underlined, until it is committed and typed.
    const std::string& composition;

    ImVec2 p(float x, float y) const { return {origin.x + x * s, origin.y + y * s}; }
    ImVec2 min(const Rect& r) const { return p(r.x, r.y); }
    ImVec2 max(const Rect& r) const { return p(r.x + r.w, r.y + r.h); }
    float px(float dp) const { return dp * s; }
    // The Settings app's text size (1 to 2) for the screen's text: the lock and home
    // screens, calls and the keyboard keep theirs.
    float text_scale() const;
    // Text of `dp` at the text size in pixels, but no bigger than a box `room_dp` high
    // lets it be (and never smaller than `dp`): fixed layouts stay readable and whole.
    float tpx(float dp, float room_dp = 10'000.0F) const;
    ImU32 ink() const;

    const Person* person_of(const std::string& id) const;
    Image photo_of(const Person& p) const;
    // An image filling [a, b], cropped to keep its proportions.
    void cover(const Image& img, ImVec2 a, ImVec2 b, float rounding) const;
    // A person's picture: their photo, else our drawing of them.
    void picture(const std::string& id, ImVec2 a, ImVec2 b) const;
    // What a person's camera shows: their photo, else our drawing of them in a room.
    void camera(const std::string& id, ImVec2 a, ImVec2 b, float rounding) const;

    // Text helpers (sizes in pixels).
    void text(const std::string& t, float size_px, ImVec2 at, ImU32 col, Weight w = Weight::Regular) const;
    void centred(const std::string& t, float size_px, float x0, float x1, float y, ImU32 col, Weight w) const;
    float centred_wrapped(const std::string& t, float size_px, float x0, float x1, float y, ImU32 col, Weight w) const;
};

// Draws `e` (one element of `tree`, the current screen).
void paint_element(const Painter& pt, const Element& e, const ElementTree& tree);

// A gallery photo's scene and a sticker, drawn in [a, b] (our own artwork).
void draw_scene(ImDrawList* dl, const std::string& scene, ImVec2 a, ImVec2 b, float rounding);
void draw_sticker(ImDrawList* dl, const std::string& sticker, ImVec2 a, ImVec2 b);

} // namespace luyenso::ui
