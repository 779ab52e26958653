// What the app shows around the phone: the learner picker and a learner's profile, the
// lesson list, a lesson's start page with the choice of mode, a lesson being played, its
// end, and the trainer's area (dashboard, a learner's history, the projector mode). The
// UI draws this model and calls its methods; it holds no rules.
//
// With a progress store (use_store), the active learner's attempts are recorded as they
// go: each finished step is committed at once (through AttemptRecorder: ids, times and
// counts only, never what was typed). The model never reads the wall clock: the shell
// passes it with set_wall_clock().
#pragma once

#include "lessons/catalog.h"
#include "lessons/lesson_run.h"
#include "progress/progress_recorder.h"
#include "progress/progress_store.h"

#include <memory>
#include <string>
#include <vector>

namespace luyenso {

// LessonErrors: a lesson being written (--watch) has errors; they are listed instead.
enum class Page {
    Learners,    // the picker: one big tile per learner, and "add a learner"
    EditLearner, // a learner's profile being created or edited
    LessonList,  // the lessons, with the learner's standing in each
    LessonStart, // a lesson's story, "continue" if unfinished, and the four modes
    Lesson,      // the phone and the lesson panel (or the projector layout)
    TrainerPin,  // the trainer's PIN: set on first use, asked for afterwards
    Dashboard,   // trainer: roster and learners x lessons grid
    History,     // trainer: one learner's attempts
    LessonErrors,
};

// A profile being edited, with the choices the form offers.
struct LearnerDraft {
    LearnerProfile profile;
    bool is_new = true;
    std::string error; // why the last save was refused (shown under the form)
};
inline constexpr int text_size_choices[] = {100, 125, 150, 175, 200};
inline constexpr const char* voice_choices[] = {"vi", "vi-vn-x-central", "vi-vn-x-south"};

class AppModel {
public:
    explicit AppModel(Catalog catalog) : catalog_(std::move(catalog)) {}
    ~AppModel();
    AppModel(const AppModel&) = delete;
    AppModel& operator=(const AppModel&) = delete;

    const Catalog& catalog() const { return catalog_; }
    Page page() const { return page_; }
    const std::string& language() const { return language_; }
    void set_language(std::string lang) { language_ = std::move(lang); }

    // How the panels around the phone look: text size 100-200 % and a high-contrast theme.
    int text_percent() const { return text_percent_; }
    void set_text_percent(int percent) { text_percent_ = percent < 100 ? 100 : percent > 200 ? 200 : percent; }
    bool high_contrast() const { return high_contrast_; }
    void set_high_contrast(bool on) { high_contrast_ = on; }
    // A portable copy keeps its data beside the program (the trainer's page says so).
    bool portable() const { return portable_; }
    void set_portable(bool on) { portable_ = on; }
    // The espeak-ng voice of the narration: the learner's choice, else the Northern one.
    const std::string& voice() const { return voice_; }

    // The lesson's start page: its story and the four modes (guided is the default).
    void choose_lesson(const Lesson& lesson);
    const Lesson* chosen() const { return chosen_; }
    // Starts `lesson` (which must live in this model's catalog) in `mode`; watch mode
    // starts playing at once. With a learner chosen, the attempt is recorded.
    void open_lesson(const Lesson& lesson, Mode mode);
    // The same, at step `index` (0-based; the steps before are played by their
    // demonstrations and not recorded as the learner's). False with the reason if the
    // step cannot be reached (nothing changes then).
    bool open_lesson_at(const Lesson& lesson, Mode mode, std::size_t index, std::string& why);
    void back_to_list();
    void restart_lesson();
    // Watch mode: play the current step again from its start (the lesson is replayed
    // up to it without animation).
    void replay_step();

    LessonRun* run() { return run_.get(); }
    const LessonRun* run() const { return run_.get(); }

    // [SECTION] preview while writing (--watch)
    // The lesson file at `path` was loaded again (`result`). A good lesson replaces the
    // old one and is shown where it was: the start page, or the lesson in the same mode
    // at the step with the same id (its earlier steps' demonstrations played again), or
    // its first step when that id is gone. A lesson with errors shows them
    // (Page::LessonErrors) until a later load is good; it then comes back where it was.
    void reload_lesson(const std::string& path, LoadResult result);
    // The errors of the lesson being watched, while it has some.
    const Diagnostics& lesson_errors() const { return lesson_errors_; }
    const std::string& errors_file() const { return errors_file_; }

    // Learner input and time, forwarded to the current lesson (and recorded).
    ActionResult act(const Action& action);
    void advance(std::int64_t ms);

    // [SECTION] progress: the store, the learners and their standing
    // Records into `store` (which must outlive the model); the app then starts at the
    // learner picker. `session` names this run of the app in the attempts.
    enum class Recording { On, Off };
    void use_store(ProgressStore& store, std::string session, Recording recording = Recording::On);
    ProgressStore* store() const { return store_; }
    // The wall clock now (ms since 1970, UTC), from the shell; attempts are dated by it.
    void set_wall_clock(TimeMs now) { wall_now_ = now; }
    // Minutes east of UTC (Vietnam: 420), for the dates the history shows.
    int utc_offset_minutes() const { return utc_offset_min_; }
    void set_utc_offset_minutes(int minutes) { utc_offset_min_ = minutes; }
    // The last failure to read or save progress (ok when none); the UI shows it.
    const Status& store_status() const { return store_status_; }
    // The store at `path` could not be opened at all (damaged, newer, read-only...): the
    // app runs without saving, and says so on screen.
    void report_store_problem(const Status& s, std::string path)
    {
        keep(s);
        store_problem_path_ = std::move(path);
    }
    // The progress file the problem is about (the store's, or the one that failed to open).
    std::string store_path() const;

    const std::vector<LearnerProfile>& learners() const { return learners_; }
    // Makes the learner (by id) the active one: their text size and voice apply, and the
    // lesson list shows their standing. False if there is no such learner.
    bool choose_learner(const std::string& id);
    const LearnerProfile* learner() const { return learner_ ? &*learner_ : nullptr; }
    // Back to the picker ("change learner"); a lesson being played is saved as stopped.
    void back_to_learners();
    // The active learner's standing in a lesson (nullptr without a learner or store).
    const LessonProgress* progress_of(const std::string& lesson_id) const;
    // Continues the learner's unfinished attempt at `lesson` at the step where they
    // stopped. False (and nothing changes) if there is none or it cannot be reached.
    bool resume_lesson(const Lesson& lesson);

    // Creating and editing a profile.
    void new_learner();
    void edit_learner(const std::string& id);
    LearnerDraft& draft() { return draft_; }
    // Saves the draft (the name is needed); on success the learner becomes the active
    // one (a new one) or the picker comes back. False with draft().error on refusal.
    bool save_draft();
    void cancel_draft();

    // [SECTION] the trainer's area (behind a PIN; see trainer_pin.h)
    // Opens the PIN page: it sets the PIN the first time, asks for it afterwards.
    void open_trainer();
    bool trainer_pin_set() const;
    // The digits typed so far on the PIN page (never stored: only its salted hash is).
    const std::string& pin_entry() const { return pin_entry_; }
    void pin_key(char digit); // '0'-'9', or '<' to erase one
    // Sets the PIN (first use) or checks it; `salt` is random bytes from the shell, for
    // a new record (first use, or an older record replaced once it matched). On success
    // the dashboard opens. False with pin_error() otherwise. A new PIN is asked twice: the
    // first submission of a valid PIN returns false with no error and pin_confirming();
    // the second sets it if it is the same, else starts again. After 3 wrong PINs in a
    // row, each further try waits longer (pin_wait_ms, by the wall clock given to the
    // model; kept in the store, so that restarting the app does not skip it).
    bool submit_pin(const std::string& salt);
    const std::string& pin_error() const { return pin_error_; }
    // Setting a new PIN: the first entry was accepted, the same digits are asked again.
    bool pin_confirming() const { return !pin_first_.empty(); }
    bool trainer_unlocked() const { return trainer_unlocked_; }
    void leave_trainer(); // locks the area again, back to the picker
    // The area without the PIN: only for `luyenso --screenshot --screen ...` (whoever
    // runs the command line can already read everything with `luyenso report`).
    void unlock_trainer_for_screenshot();

    void open_dashboard();
    const Dashboard& dashboard() const { return dashboard_; }
    void open_history(const std::string& learner_id);
    const std::vector<AttemptRow>& history() const { return history_; }
    const LearnerProfile* history_learner() const { return history_of_ ? &*history_of_ : nullptr; }

    // Group session: the trainer chooses a lesson for the class and it is shown in the
    // projector layout (the phone and the instruction very large); learners take turns.
    void start_group_lesson(const Lesson& lesson, Mode mode);
    bool projector() const { return projector_; }
    // Takes turns: the current learner's attempt is saved (stopped, resumable) and the
    // lesson goes on for `learner_id` from its current step, recorded as theirs.
    bool switch_turn(const std::string& learner_id);

private:
    void record();         // writes what finished in the run, keeps a failure
    void stop_recording(); // the learner leaves the run: saved as stopped
    void start_recording();
    void refresh_learners();
    void refresh_progress();
    void keep(const Status& s);

    Catalog catalog_;
    Page page_ = Page::LessonList;
    std::string language_ = "vi";
    int text_percent_ = 100;
    bool high_contrast_ = false;
    bool portable_ = false;
    std::string voice_ = "vi";
    const Lesson* chosen_ = nullptr;
    std::unique_ptr<LessonRun> run_;
    // Where a reloaded lesson comes back to: its page, mode and step id.
    struct Place {
        Page page = Page::LessonStart;
        Mode mode = Mode::Guided;
        std::string step_id;
    };
    Place resume_;
    Diagnostics lesson_errors_;
    std::string errors_file_;

    ProgressStore* store_ = nullptr;
    std::string session_;
    bool recording_ = true;
    TimeMs wall_now_ = 0;
    int utc_offset_min_ = 420;
    Status store_status_;
    std::string store_problem_path_;
    std::unique_ptr<AttemptRecorder> recorder_;
    std::vector<LearnerProfile> learners_;
    std::optional<LearnerProfile> learner_;
    std::vector<LessonProgress> progress_;
    LearnerDraft draft_;

    std::string pin_entry_;
    std::string pin_error_;
    std::string pin_first_; // a new PIN's first entry, until it is typed again
    bool trainer_unlocked_ = false;
    Dashboard dashboard_;
    std::vector<AttemptRow> history_;
    std::optional<LearnerProfile> history_of_;
    bool projector_ = false;
};

} // namespace luyenso
