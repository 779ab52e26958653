// The whole app window for one frame: the lesson list, or a lesson with the phone in
// the centre and the lesson panel beside it. Reads the AppModel, sends it intents.
#pragma once

#include "app_model.h"
#include "fonts.h"
#include "phone_view.h"
#include "sound.h"

namespace luyenso::ui {

class Shell {
public:
    // `images` (may be null: drawn pictures only) loads the lessons' photos; `sound`
    // (may be null: no sound controls) is the narration's.
    explicit Shell(const Fonts& fonts, ImageSource* images = nullptr, SoundControl* sound = nullptr)
        : fonts_(fonts), images_(images), sound_(sound)
    {
    }

    // Draws into the current ImGui frame, filling the display. Call between
    // ImGui::NewFrame() and ImGui::Render().
    void draw(AppModel& model, double time_s);

    // True while something on screen moves (the highlight pulse), so the frame loop
    // knows it must keep drawing rather than sleep.
    bool animating(const AppModel& model) const;

    const PhoneView& phone_view() const { return phone_view_; }
    // The panels' text scale this frame: the learner's size, made smaller only where the
    // window is too small to hold it.
    float text_scale() const { return k_; }

private:
    const Fonts& fonts_;
    ImageSource* images_;
    SoundControl* sound_;
    PhoneView phone_view_;
    float k_ = 1.0F;

    void draw_lesson_list(AppModel& model);
    void draw_lesson_errors(const AppModel& model);
    void draw_lesson_start(AppModel& model);
    void draw_lesson(AppModel& model, double time_s);
    void draw_lesson_panel(AppModel& model, ImVec2 min, ImVec2 max);
    void draw_finished_panel(AppModel& model, ImVec2 min, ImVec2 max);
    void forward_keyboard(AppModel& model);
    void draw_display_controls(AppModel& model, ImVec2 at);
};

} // namespace luyenso::ui
