// Draws the simulated phone from its semantic tree and turns clicks, touches and drags
// on it into core actions. It decides nothing: the phone and the lesson do.
#pragma once

#include "fonts.h"
#include "images.h"
#include "lessons/lesson_run.h"
#include "phone/action.h"
#include "phone/phone.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <utility>

namespace luyenso::ui {

struct Highlight {
    std::string element_id;   // empty: nothing highlighted
    float strength = 1.0F;    // 1: the normal ring; >1: pointed at more strongly
    std::optional<Hand> hand; // the demonstration's hand, when one is showing
};

class PhoneView {
public:
    // Draws the phone as large as fits in [area_min, area_max], centred. Returns the
    // learner's gesture on it, if one finished this frame. `images` (may be null) gives
    // the lesson's photos; `time_s` drives animations.
    std::optional<Action> draw(const Phone& phone, const Fonts& fonts, ImageSource* images, ImVec2 area_min,
                               ImVec2 area_max, const Highlight& highlight, double time_s);

    // What the device's input method is composing and has not committed (a phone's
    // Vietnamese keyboard composes a word before it types it): shown in the focused field
    // after its text, underlined; empty when nothing is being composed. Never typed: the
    // committed text arrives as text input.
    void set_composition(std::string text) { composition_ = std::move(text); }
    const std::string& composition() const { return composition_; }

    // Where the last frame put the phone's screen, in pixels, and its dp scale.
    ImVec2 screen_min() const { return screen_min_; }
    // The phone's body (the screen and the bezel around it) in pixels, and its corners' radius.
    ImVec2 body_min() const { return body_min_; }
    ImVec2 body_max() const { return body_max_; }
    float body_rounding() const { return body_rounding_dp * scale_; }
    float scale() const { return scale_; }
    // Pixel centre of an element (for the demonstration hand and for UI tests).
    ImVec2 to_pixels(float x_dp, float y_dp) const
    {
        return {screen_min_.x + x_dp * scale_, screen_min_.y + y_dp * scale_};
    }

private:
    // At most bezel * sqrt(2) / (sqrt(2) - 1), about 41 dp: a rounder body would leave the
    // screen's square corners (where the screen's picture is clipped) outside it.
    static constexpr float body_rounding_dp = 40;
    std::string composition_;
    ImVec2 screen_min_{0, 0};
    ImVec2 body_min_{0, 0};
    ImVec2 body_max_{0, 0};
    float scale_ = 1.0F;
    bool pressing_ = false;
    bool holding_ = false;      // the press went to a holdable element
    bool long_pressed_ = false; // this press has already become a long press
    ImVec2 press_pos_{0, 0};
    double press_time_ = 0; // when the finger went down (ImGui's time, seconds)
};

} // namespace luyenso::ui
