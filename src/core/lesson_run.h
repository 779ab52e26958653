// The lesson engine: one attempt at a lesson in one mode. It owns the phone, feeds it
// the learner's actions and the clock, listens to the phone's events and screen, and
// moves through the steps (with hints, wrong-action feedback and branches).
#pragma once

#include "lesson.h"
#include "phone.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace luyenso {

enum class Mode { Watch, Guided, Practice, Test };
const char* mode_name(Mode mode);
std::optional<Mode> mode_from_name(const std::string& name);

enum class FeedbackKind { None, Hint, Wrong, Info, Praise };

struct Feedback {
    FeedbackKind kind = FeedbackKind::None;
    LocalText text;
};

struct StepRecord {
    std::string step_id;
    std::int64_t started_ms = 0;
    std::int64_t ended_ms = -1; // -1 while the step is not done
    int hints = 0;
    int wrong_actions = 0;
};

class LessonRun {
public:
    // After this long without an action on a step, guided mode offers the first hint.
    static constexpr std::int64_t idle_hint_ms = 20'000;

    LessonRun(const Lesson& lesson, Mode mode);

    const Lesson& lesson() const { return lesson_; }
    Mode mode() const { return mode_; }
    const Phone& phone() const { return phone_; }

    // A learner action; returns what the phone made of it.
    ActionResult act(const Action& action);
    // Simulated time passes (the shell ticks it; tests advance it by hand).
    void advance(std::int64_t ms);

    bool finished() const { return step_ >= lesson_.steps.size(); }
    std::size_t step_index() const { return step_; }
    const Step* current_step() const { return finished() ? nullptr : &lesson_.steps[step_]; }
    std::size_t step_count() const { return lesson_.steps.size(); }

    // 0: no hint yet; 1..hints: that word hint is shown; hints+1: the exact target is pointed at.
    int hint_level() const { return hint_level_; }
    int max_hint_level() const;
    void request_hint();
    bool highlight_target() const;
    const Feedback& feedback() const { return feedback_; }
    // The "well done" message: the lesson's own, or a warm default.
    LocalText finish_text() const;
    const std::vector<StepRecord>& records() const { return records_; }
    int total_hints() const;
    int total_wrong_actions() const;

    // Plays the current step's demonstration, then waits (up to a minute of simulated
    // time) for the step to complete. False, with the reason, if it does not.
    bool play_step_demo(std::string& why);
    // Plays demonstrations until step `index` is current (for screenshots and previews).
    bool fast_forward_to(std::size_t index, std::string& why);

private:
    const Lesson& lesson_;
    Mode mode_;
    Phone phone_;
    std::size_t step_ = 0;
    int hint_level_ = 0;
    std::int64_t last_activity_ms_ = 0;
    Feedback feedback_;
    std::vector<StepRecord> records_;
    int transitions_ = 0; // guards against branch loops that never settle

    void enter_step(std::size_t index);
    void handle(const Action* action, const ActionResult& result);
    bool matches(const Condition& c, const std::vector<Event>& events) const;
    void complete_step(const std::string& go);
};

} // namespace luyenso
