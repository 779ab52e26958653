// The lesson engine: one attempt at a lesson in one mode. It owns the phone, feeds it
// the learner's actions and the clock, listens to the phone's events and screen, and
// moves through the steps, with hints, wrong-action feedback, branches, a demonstration
// player (an animated hand) and, in test mode, a score.
//
// One lesson, four modes:
//   watch     the demonstration plays by itself, step by step, with the hand;
//   guided    instruction, highlighted target, hints that escalate from words to the
//             exact place to a demonstration of just this step;
//   practice  only the lesson's goal; hints on request (the step, words, place, demo);
//   test      no help; a score from the steps done, the wrong actions and the hints.
#pragma once

#include "lessons/lesson.h"
#include "phone/phone.h"
#include "text/messages.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace luyenso {

enum class Mode { Watch, Guided, Practice, Test };
const char* mode_name(Mode mode);
std::optional<Mode> mode_from_name(const std::string& name);

// Unsafe: the learner did something the lesson declares unsafe (its explanation).
enum class FeedbackKind { None, Hint, Wrong, Info, Praise, Unsafe };

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
    std::vector<std::string> unsafe; // ids of the unsafe outcomes that happened in this step
};

// An unsafe outcome that happened (see UnsafeRule).
struct UnsafeHit {
    const UnsafeRule* rule = nullptr;
    std::string step_id; // the step the learner was on
    std::int64_t at_ms = 0;
};

// What a hint request gives next.
enum class HintKind { None, Instruction, Words, Target, Demonstration };

// The demonstration's hand on the phone, in dp.
struct Hand {
    bool visible = false;
    float x = phone_width_dp / 2;
    float y = 640;
    bool pressing = false;
};

struct TestResult {
    int score = 0;       // 0-100
    bool passed = false; // the end reached, score >= the lesson's pass mark and nothing unsafe
    int steps_done = 0;
    int steps_total = 0;
    int wrong_actions = 0;
    int hints = 0;
    std::vector<std::string> unsafe; // the distinct unsafe outcomes' ids, in order
};

// Where the learner is, as the panel says it: "step `number` of `total`" on the lesson's
// main path (the steps its demonstrations go through), whatever branch they are on.
struct StepPlace {
    std::size_t number = 1;
    std::size_t total = 1;
};

class LessonRun {
public:
    // After this long without an action, guided mode offers the next hint (words, then
    // the exact place; never the demonstration by itself).
    static constexpr std::int64_t idle_hint_ms = 20'000;

    LessonRun(const Lesson& lesson, Mode mode);

    const Lesson& lesson() const { return lesson_; }
    Mode mode() const { return mode_; }
    const Phone& phone() const { return *phone_; }

    // A learner action; returns what the phone made of it. While a demonstration plays,
    // the learner's actions are refused (the hand is showing).
    ActionResult act(const Action& action);
    // Simulated time passes (the shell ticks it; tests advance it by hand). It also
    // drives the demonstration player.
    void advance(std::int64_t ms);

    bool finished() const { return stopped_ || step_ >= lesson_.steps.size(); }
    bool completed() const { return step_ >= lesson_.steps.size(); } // reached the end, not stopped
    std::size_t step_index() const { return step_; }
    const Step* current_step() const { return step_ < lesson_.steps.size() ? &lesson_.steps[step_] : nullptr; }
    std::size_t step_count() const { return lesson_.steps.size(); }
    // The learner's place on the main path. A step off it (a branch) counts as the step
    // of the main path it leads back to, else the last one the learner reached.
    StepPlace place() const;
    // Test mode: the learner stops; the steps not done count as not done.
    void stop()
    {
        stopped_ = true;
        playback_.reset();
    }

    // [SECTION] help
    int hint_level() const { return hint_level_; }
    int max_hint_level() const;
    HintKind next_hint() const;
    void request_hint();
    bool highlight_target() const;
    // The element to ring: the step's target; on the phone's own keyboard in a typing
    // step, the next key (or "Xóa" after a key that does not continue the text); when the
    // target is not on the screen, the way back to it (the red button during a call, the
    // screen's back arrow, the phone's back button).
    std::string ring_target() const;
    // The exact target is pointed at (after the learner asked for it).
    bool pointing() const;
    const Feedback& feedback() const { return feedback_; }
    // The "well done" message: the lesson's own, or a warm default.
    LocalText finish_text() const;
    // What the lesson panel says now: the step's instruction, or in practice mode the
    // lesson's goal (until the learner asks for the step).
    LocalText instruction() const;
    const std::vector<StepRecord>& records() const { return records_; }
    int total_hints() const;
    int total_wrong_actions() const;
    // Every unsafe outcome that happened, in order.
    const std::vector<UnsafeHit>& unsafe_hits() const { return unsafe_; }
    // The distinct unsafe outcomes that happened, in order of first occurrence.
    std::vector<const UnsafeRule*> unsafe_outcomes() const;
    TestResult result() const;

    // [SECTION] the demonstration player
    bool playing() const { return playback_.has_value(); }
    bool paused() const { return paused_; }
    void set_paused(bool paused) { paused_ = paused; }
    const Hand& hand() const { return hand_; }
    // Watch mode: start playing from the current step (a run in watch mode starts playing).
    void play();
    // Watch mode: finish the current step at once and go on with the next one.
    void skip_step();

    // Plays the current step's demonstration at once (no animation), then waits (up to a
    // minute of simulated time) for the step to complete. False, with the reason, if not.
    bool play_step_demo(std::string& why);
    // Why play_step_demo last failed, from the message table (for `check` in Vietnamese
    // or English); id empty if it has not failed.
    const Message& demo_failure() const { return demo_failure_; }
    // The events of the current step so far (the last 64), to say what happened instead.
    const std::vector<Event>& step_events() const { return step_events_; }
    // Plays demonstrations until step `index` is current (for screenshots and previews),
    // from the start of the run. A step the demonstrations do not pass (a branch's) is
    // entered as if the branch to it was taken, with the phone as the demonstrations left
    // it at the step that branches there.
    bool fast_forward_to(std::size_t index, std::string& why);

private:
    struct Playback {
        enum class Phase { Lead, Move, Press, After, Waiting };
        std::size_t step = 0;
        std::size_t action = 0;
        std::size_t key = 0; // Type: the next character
        Phase phase = Phase::Lead;
        std::int64_t elapsed = 0;
        std::int64_t waited = 0;
        float from_x = 0;
        float from_y = 0;
        float to_x = 0;
        float to_y = 0;
        bool single_step = false; // "show me" in guided or practice mode
        int transitions = 0;
    };

    const Lesson& lesson_;
    Mode mode_;
    std::unique_ptr<Phone> phone_;
    std::size_t step_ = 0;
    int hint_level_ = 0;
    std::int64_t last_activity_ms_ = 0;
    Feedback feedback_;
    std::vector<StepRecord> records_;
    int transitions_ = 0; // guards against branch loops that never settle
    bool stopped_ = false;
    std::optional<Playback> playback_;
    std::vector<UnsafeHit> unsafe_;
    std::vector<Event> step_events_;
    Message demo_failure_;
    // Guided and practice modes log what reached the phone (an action, or time passing),
    // so that after "show me" the phone can be put back where the step began: a new phone
    // replays the log up to that point.
    struct LogEntry {
        std::optional<Action> action;
        std::int64_t ms = 0;
    };
    std::vector<LogEntry> log_;
    // Where the step began when "show me" started: the run's state to return to.
    struct Before {
        std::size_t log_size = 0;
        std::size_t step = 0;
        int hint_level = 0;
        std::vector<StepRecord> records;
        int transitions = 0;
        std::size_t unsafe = 0;
    };
    std::optional<Before> before_demo_;
    bool paused_ = false;
    // Judging a tap: whether the step's target was on the screen before it, and the
    // focused field's text before it.
    bool target_was_visible_ = true;
    std::string text_before_;
    // A typing step on the phone's keyboard: the keys its demonstration taps, the text
    // after each of them (from where the learner began), and which of those texts the
    // field holds now (-1: none, the last key did not continue the text).
    std::vector<std::string> typing_keys_;
    std::vector<std::string> typing_texts_;
    int typing_at_ = 0;
    Hand hand_;
    // The main path's step indices, found once by playing the demonstrations in a run of
    // its own (a cache: place() is const).
    mutable std::optional<std::vector<std::size_t>> main_path_;

    void enter_step(std::size_t index);
    bool target_visible() const;
    // A tap on the keyboard in a typing step: right, a mistake, or a correction. False if
    // this is not such a tap.
    bool judge_key(const Action& action);
    ActionResult apply(const Action& action);
    void handle(const Action* action, const ActionResult& result);
    bool matches(const Condition& c, const std::vector<Event>& events) const;
    // Records the unsafe outcomes among `events`; the first one's rule, or nullptr.
    const UnsafeRule* note_unsafe(const std::vector<Event>& events);
    void complete_step(const std::string& go);
    std::vector<HintKind> ladder() const;
    void start_playback(bool single_step);
    void step_playback(std::int64_t ms);
    void aim_hand(const Action& action, std::size_t key);
    // The phone's own calls, logged when the phone may have to be put back.
    ActionResult phone_apply(const Action& action);
    std::vector<Event> phone_advance(std::int64_t ms);
    // After "show me": the phone and the step as they were before it; the learner's turn.
    void back_to_step_start();
};

} // namespace luyenso
