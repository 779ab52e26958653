// The whole app window for one frame: the lesson list, or a lesson with the phone in
// the centre and the lesson panel beside it. Reads the AppModel, sends it intents.
#pragma once

#include "app_model.h"
#include "fonts.h"
#include "phone_view.h"

namespace luyenso::ui {

class Shell {
public:
    // `images` (may be null: drawn pictures only) loads the lessons' photos.
    explicit Shell(const Fonts& fonts, ImageSource* images = nullptr) : fonts_(fonts), images_(images) {}

    // Draws into the current ImGui frame, filling the display. Call between
    // ImGui::NewFrame() and ImGui::Render().
    void draw(AppModel& model, double time_s);

    // True while something on screen moves (the highlight pulse), so the frame loop
    // knows it must keep drawing rather than sleep.
    bool animating(const AppModel& model) const;

    const PhoneView& phone_view() const { return phone_view_; }

private:
    const Fonts& fonts_;
    ImageSource* images_;
    PhoneView phone_view_;

    void draw_lesson_list(AppModel& model);
    void draw_lesson(AppModel& model, double time_s);
    void draw_lesson_panel(AppModel& model, ImVec2 min, ImVec2 max);
    void draw_finished_panel(AppModel& model, ImVec2 min, ImVec2 max);
    void forward_keyboard(AppModel& model);
};

} // namespace luyenso::ui
