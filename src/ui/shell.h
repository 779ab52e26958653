// The whole app window for one frame: the lesson list, or a lesson with the phone in
// the centre and the lesson panel beside it. Reads the AppModel, sends it intents.
#pragma once

#include "fonts.h"
#include "layout_log.h"
#include "model/app_model.h"
#include "phone_view.h"
#include "sound.h"
#include "theme.h"

#include <algorithm>
#include <functional>
#include <string>

#include <optional>
#include <utility>
#include <vector>

namespace luyenso::ui {

class Shell {
public:
    // `images` (may be null: drawn pictures only) loads the lessons' photos; `sound`
    // (may be null: no sound controls) is the narration's.
    explicit Shell(const Fonts& fonts, ImageSource* images = nullptr, SoundControl* sound = nullptr)
        : fonts_(fonts), images_(images), sound_(sound)
    {
    }
    ~Shell();
    Shell(const Shell&) = delete;
    Shell& operator=(const Shell&) = delete;

    // From now on each frame records what it places into `log` (null: nothing records).
    void set_layout_log(LayoutLog* log) { log_ = log; }

    // Draws into the current ImGui frame, filling the display. Call between
    // ImGui::NewFrame() and ImGui::Render().
    void draw(AppModel& model, double time_s);

    // True while something on screen moves (the highlight pulse), so the frame loop
    // knows it must keep drawing rather than sleep.
    bool animating(const AppModel& model) const;

    const PhoneView& phone_view() const { return phone_view_; }
    // What the device's input method is composing (platform::Window::composition): shown in
    // the phone's focused field, and in the profile form's focused field, never typed
    // (PhoneView::set_composition).
    void set_composition(std::string text) { phone_view_.set_composition(std::move(text)); }

    // Full screen: the window's state, as the platform reports it before each frame, and
    // what the learner asked of it with the on-screen button (the platform acts on it).
    void set_fullscreen_state(bool fullscreen) { fullscreen_ = fullscreen; }
    // On (true) or off (false) if the button was pressed since the last call; cleared by it.
    std::optional<bool> take_fullscreen_request() { return std::exchange(fullscreen_request_, std::nullopt); }
    // Where the button was drawn in the last frame (both corners zero where the page has none).
    struct Box {
        ImVec2 min;
        ImVec2 max;
    };
    Box fullscreen_button() const { return fullscreen_button_; }
    // The panels' text scale this frame: the learner's size, made smaller only where the
    // window is too small to hold it.
    float text_scale() const { return k_; }
    // The scale of buttons and headings: the text size up to 150 % (they start large).
    float chrome_k() const { return std::min(k_, 1.5F * base_k_); }
    // The display's scale (display_text_factor: 1.5 on a Windows laptop set to 150 %),
    // multiplied into the learner's text size.
    void set_display_factor(float factor) { display_factor_ = factor; }

private:
    const Fonts& fonts_;
    ImageSource* images_;
    SoundControl* sound_;
    PhoneView phone_view_;
    float k_ = 1.0F;
    float display_factor_ = 1.0F;
    float base_k_ = 1.0F;  // the learner's 100 % this frame (base_text_scale)
    bool compact_ = false; // the lesson panel is short of room: a sheet under the phone, or a phone's screen
    bool fullscreen_ = false;
    std::optional<bool> fullscreen_request_;
    Box fullscreen_button_;
    std::string language_ = "vi"; // this frame's interface language
    std::string body_place_;      // the run and step the panel's text shows (a new one scrolls to the top)
    std::string feedback_seen_;   // the feedback shown last frame (new feedback is scrolled into view)
    std::string open_attempt_;    // the history row whose steps are shown
    UiFrame frame_;               // the palette and the log, for the drawing helpers
    LayoutLog* log_ = nullptr;

    // The group session's lesson, chosen on the dashboard (a view choice, not a rule).
    std::size_t group_lesson_ = 0;

    void draw_lesson_list(AppModel& model);
    void draw_lesson_errors(const AppModel& model);
    // learner_pages.cpp: the picker, the profile form, a learner's avatar.
    void draw_learner_picker(AppModel& model);
    void draw_learner_edit(AppModel& model);
    void draw_avatar(ImDrawList* dl, const LearnerProfile& learner, ImVec2 centre, float radius);
    float status_chip_width(LessonStatus status, const std::string& lang, float px) const;
    void draw_status_chip(ImDrawList* dl, LessonStatus status, const std::string& lang, ImVec2 at, float px);
    void draw_store_problem(const AppModel& model);
    // trainer_pages.cpp: the PIN, the dashboard, a learner's history, the projector panel.
    void draw_trainer_pin(AppModel& model);
    void draw_dashboard(AppModel& model);
    void draw_history(AppModel& model);
    void draw_projector_panel(AppModel& model, ImVec2 min, ImVec2 max);
    // A title band across the top with a way back on its left; returns its height.
    float draw_title_band(const std::string& title, const char* back_label, bool& back_clicked);
    void draw_lesson_start(AppModel& model);
    void draw_lesson(AppModel& model, double time_s);
    void draw_lesson_panel(AppModel& model, ImVec2 min, ImVec2 max);
    // The step's number of the lesson's, the sound buttons and the progress bar, from
    // (x, y); returns the bottom.
    float draw_step_header(AppModel& model, float x, float y, float inner_w);
    // The lesson panel's scrolling part: title, place, sound, story, instruction, feedback.
    // `measuring`: drawn only to measure its height (no scrolling, nothing remembered).
    void draw_lesson_text(AppModel& model, float inner_w, bool new_place, bool measuring);
    // A panel's text in [min, max]: measured first; when it does not fit it scrolls, with
    // a bar and "more below" under it. `content(width)` draws it at the cursor.
    void scrolling_text(const char* id, ImVec2 min, ImVec2 max, float inner_w, float cue_px, bool to_top,
                        const std::function<void(float)>& content);
    void draw_finished_panel(AppModel& model, ImVec2 min, ImVec2 max);
    void forward_keyboard(AppModel& model);
    // The lesson list's display controls (language, text size, contrast, full screen), at
    // the display's scale but not the learner's text size (they are how it is changed).
    // Planned in rows `width` wide, right-aligned: on a wide window language, size and
    // contrast, full screen under the contrast switch; on a narrow one (a phone held
    // upright) as many rows as they need. Each row's free space on the left is where the
    // app's name may go.
    struct DisplayControls {
        enum class Kind { Language, Size, Contrast, Fullscreen };
        struct Item {
            Kind kind;
            ImVec2 min; // from the block's top right corner (x <= 0)
            float w;
        };
        std::vector<Item> items;
        bool wide = true;
        float row_h = 56;
        float row_gap = 10;
        float label_px = 22;
        float height = 0;
        std::vector<float> rooms; // each row's free width on its left
    };
    DisplayControls plan_display_controls(const AppModel& model, float width) const;
    // Draws the planned controls; `top_right` is the block's top right corner.
    void draw_display_controls(AppModel& model, const DisplayControls& plan, ImVec2 top_right);
};

} // namespace luyenso::ui
