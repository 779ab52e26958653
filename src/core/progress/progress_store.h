// Progress: learners, their attempts at lessons and what they mastered, kept in an
// embedded SQLite database (see docs/progress.md for the schema, the migrations, the
// export bundle and the merge rules).
//
// - Times are parameters (milliseconds since the Unix epoch, UTC): the core has no wall
//   clock; the app passes its own.
// - Every change is its own transaction (a finished step is committed as it finishes),
//   in WAL mode with synchronous=FULL: a killed process or a power cut loses no finished
//   step and leaves a consistent file.
// - A damaged database, or one written by a newer version, is refused on open with a
//   clear message and never written to. A read-only folder or a full disk is reported as
//   an error, never a crash. Nothing here throws for I/O.
// - Typed text (PINs, passwords, OTPs) never reaches the store: it only receives ids,
//   counts and times from the lesson engine's records.
// - No global state: the database connection is owned by the ProgressStore object.
#pragma once

#include "lessons/lesson.h"
#include "lessons/lesson_run.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace luyenso {

struct Catalog;

using TimeMs = std::int64_t; // wall-clock time: ms since 1970-01-01T00:00:00Z

// What went wrong, for the UI to choose its message; `message` is a one-line English
// explanation naming the file (the command line prints it).
enum class StoreError { None, Corrupt, NewerVersion, ReadOnly, DiskFull, Busy, NotFound, Invalid, Io };

struct Status {
    StoreError error = StoreError::None;
    std::string message;

    bool ok() const { return error == StoreError::None; }
    explicit operator bool() const { return ok(); }
    static Status fail(StoreError e, std::string why) { return {e, std::move(why)}; }
};

struct LearnerProfile {
    std::string id; // stable, made on first creation and kept across PCs
    std::string name;
    std::string village;      // village or group; with the name, it matches learners across PCs
    std::string photo;        // optional picture path
    std::string voice = "vi"; // espeak-ng voice: vi, vi-vn-x-central, vi-vn-x-south
    int text_size = 100;      // percent of the normal text size (50-300)
    TimeMs created_at = 0;
    TimeMs updated_at = 0; // the newer edit wins when profiles from two PCs differ
};

// Text the store accepts (docs/progress.md, "Text in the store"): whatever comes in (the
// command line, the profile form, a bundle from another PC) is kept as valid UTF-8, a
// byte that is not being replaced by U+FFFD and a control character by a space; a name
// or a village longer than max_name_chars code points is refused, not cut.
inline constexpr std::size_t max_name_chars = 80;
inline constexpr std::size_t max_path_chars = 1024; // a photo's path
inline constexpr std::size_t max_id_chars = 200;    // ids, lesson ids, sessions, voices

// Tidies a profile as the store keeps it (see above) and checks it: a name; the name and
// the village at most max_name_chars; text size 50-300 %; a voice.
Status tidy_and_check_profile(LearnerProfile& profile);

// What the store accepts as numbers: times from 1970 to 2100 (ms), counts and scores
// never negative, scores 0-100, a step reached within the lesson's steps. The app's own
// writes follow these by construction; a bundle from another PC is checked against them
// before anything is imported (bundle_from_json), a message naming what is wrong.
inline constexpr TimeMs max_time_ms = 4'102'444'800'000; // 2100-01-01T00:00:00Z
inline constexpr int max_lesson_steps = 100'000;
inline constexpr int max_count = 1'000'000; // hints, wrong actions, steps recorded

// What the progress store remembers of a lesson (a snapshot of the catalog's, so that
// reports and mastery work for lessons that came from another PC's pack).
struct LessonInfo {
    std::string id;
    int version = 1;
    std::string title;    // Vietnamese
    std::string title_en; // may be empty
    std::vector<std::string> skills;
    int steps = 0;
};
LessonInfo lesson_info(const Lesson& lesson);
// Every loaded lesson of a catalog, in catalog order.
std::vector<LessonInfo> lesson_infos(const Catalog& catalog);

enum class Outcome {
    InProgress, // started, not finished (or the app was killed): resumable
    Completed,  // reached the end
    Stopped,    // the learner left before the end: resumable
    Abandoned,  // left unfinished, then the learner started the lesson again
};
const char* outcome_name(Outcome outcome); // in_progress, completed, stopped, abandoned
std::optional<Outcome> outcome_from_name(const std::string& name);

struct StepRow {
    int seq = 0; // order in the attempt (0, 1, ...): branches can repeat a step
    std::string step_id;
    int step_index = 0; // the step's index in the lesson
    TimeMs started_at = 0;
    TimeMs ended_at = 0;
    int hints = 0;
    int wrong_actions = 0;
    std::vector<std::string> unsafe; // ids of the lesson's unsafe outcomes that happened in it
    bool finished = true;            // false: the step the learner left (its hints and mistakes count)
    std::int64_t time_ms() const { return ended_at - started_at; }
};

struct AttemptRow {
    std::string id; // UUID-shaped, unique across PCs; the xAPI registration
    std::string learner_id;
    std::string lesson_id;
    int lesson_version = 1;
    Mode mode = Mode::Guided;
    TimeMs started_at = 0;
    std::optional<TimeMs> ended_at;
    Outcome outcome = Outcome::InProgress;
    int steps_reached = 0; // index of the step the learner is on (= steps_total when completed)
    int steps_total = 0;
    int hints = 0; // totals over the steps, finished or left
    int wrong_actions = 0;
    std::vector<std::string> unsafe; // the lesson's unsafe outcomes that happened (ids, distinct)
    std::int64_t duration_ms = 0;    // from the start to the last finished step (or the end)
    std::optional<int> score;        // test mode: 0-100
    std::optional<bool> passed;      // test mode
    std::string pc_id;               // the PC that recorded it
    std::string session;             // the app session or group session it belongs to
    std::vector<StepRow> steps;      // filled only when asked for
};

// Empty if the attempt (with its steps) follows the rules above, else what is wrong.
std::string attempt_problem(const AttemptRow& attempt);

// A learner's standing on one lesson.
enum class LessonStatus { NotStarted, InProgress, DoneWithHelp, PassedTest };
const char* status_name(LessonStatus status); // not_started, in_progress, done_with_help, passed_test
const char* status_label_vi(LessonStatus status);
const char* status_label_en(LessonStatus status);

struct LessonProgress {
    std::string lesson_id;
    LessonStatus status = LessonStatus::NotStarted;
    int attempts = 0;
    int hints = 0; // over all attempts
    int wrong_actions = 0;
    int unsafe_attempts = 0;       // attempts with an unsafe choice (apart from mistakes)
    bool latest_unsafe = false;    // the latest attempt (not watched) had one
    std::int64_t time_ms = 0;      // over all attempts
    std::optional<int> best_score; // best test score
    TimeMs last_at = 0;            // start of the latest attempt
    // An unfinished attempt (in progress or stopped, the latest one of this lesson in a
    // mode other than watch) to continue: its id and the step to resume at (0-based).
    std::string resume_attempt;
    int resume_step = -1;
};

enum class SkillLevel { NotStarted, Started, Practised, Mastered };
const char* skill_level_name(SkillLevel level); // not_started, started, practised, mastered

struct SkillMastery {
    std::string skill;
    SkillLevel level = SkillLevel::NotStarted;
};

// The class dashboard: learners x lessons, row-major.
struct Dashboard {
    std::vector<LearnerProfile> learners;
    std::vector<LessonInfo> lessons;
    std::vector<LessonProgress> cells; // learners.size() * lessons.size()

    const LessonProgress& at(std::size_t learner, std::size_t lesson) const
    {
        return cells[learner * lessons.size() + lesson];
    }
};

// A learner id from another PC that was merged into a local learner (same name and village).
struct LearnerAlias {
    std::string alias_id;
    std::string learner_id;
};

// Everything an export carries; see progress_bundle.h for its JSON form.
struct Bundle {
    std::string pc_id; // the exporting PC
    TimeMs exported_at = 0;
    std::vector<LearnerProfile> learners;
    std::vector<LearnerAlias> aliases;
    std::vector<LessonInfo> lessons;
    std::vector<AttemptRow> attempts; // with their steps
};

// What an import did, for the trainer to read.
struct ImportSummary {
    int learners_added = 0;
    int learners_merged = 0;  // matched a local learner by name and village
    int profiles_updated = 0; // the bundle's profile was newer
    int attempts_added = 0;
    int attempts_updated = 0; // the bundle had more of an attempt than this PC
    int steps_added = 0;
    std::vector<std::string> lines; // one per learner added, merged or in conflict
    bool changed() const
    {
        return learners_added + learners_merged + profiles_updated + attempts_added + attempts_updated + steps_added >
               0;
    }
};

class ProgressStore {
public:
    static constexpr int schema_version = 3;
    static constexpr const char* default_file_name = "progress.db";

    enum class Access { ReadWrite, ReadOnly };
    struct OpenOptions {
        std::string path; // the database file; its folder is created if needed
        Access access = Access::ReadWrite;
        // Makes this PC's id the first time the file is created (the app passes the
        // machine id, the path and the time); ignored afterwards: the id is stored.
        std::string pc_seed;
    };

    // Opens or creates the store. The file is checked first, read-only (PRAGMA
    // quick_check and the schema version): a damaged file or one from a newer version
    // is refused and left byte-for-byte as it was. Then an older schema is migrated in
    // one transaction. nullptr with the reason on failure.
    static std::unique_ptr<ProgressStore> open(const OpenOptions& options, Status& status);

    ~ProgressStore();
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    const std::string& path() const;
    const std::string& pc_id() const;
    bool read_only() const;
    // The last failure of a query that returns data (they return empty data on failure);
    // it stays until clear_error().
    const Status& last_error() const;
    void clear_error() const;

    // [SECTION] learners
    // Gives the profile its id and times; the name must not be empty.
    Status create_learner(LearnerProfile& profile, TimeMs now);
    // Saves an edited profile (found by id); updated_at becomes `now`.
    Status update_learner(LearnerProfile& profile, TimeMs now);
    std::optional<LearnerProfile> learner(const std::string& id) const;
    // Sorted by village, then name (case and spacing ignored).
    std::vector<LearnerProfile> learners() const;
    // By name, and village when not empty; case and extra spaces are ignored.
    std::vector<LearnerProfile> find_learners(const std::string& name, const std::string& village = {}) const;

    // [SECTION] lessons and attempts
    // Remembers a lesson's title, version and skills (done by start_attempt too).
    Status remember_lesson(const LessonInfo& lesson);
    std::vector<LessonInfo> known_lessons() const;
    // `catalog` (in its order), then the lessons known only to the store (from attempts
    // imported from another PC's pack), by id.
    std::vector<LessonInfo> all_lessons(const std::vector<LessonInfo>& catalog) const;

    // A new attempt; the learner's earlier unfinished attempts at this lesson become
    // abandoned. `attempt_id` receives the new id.
    Status start_attempt(const std::string& learner_id, const LessonInfo& lesson, Mode mode, TimeMs now,
                         const std::string& session, std::string& attempt_id);
    // One finished step, in its own transaction; `steps_reached` is the step the
    // learner is on after it. The step's seq must follow the attempt's last one.
    Status record_step(const std::string& attempt_id, const StepRow& step, int steps_reached);
    struct AttemptEnd {
        Outcome outcome = Outcome::Completed;
        TimeMs ended_at = 0;
        int steps_reached = 0;
        std::optional<int> score;   // test mode
        std::optional<bool> passed; // test mode
    };
    Status finish_attempt(const std::string& attempt_id, const AttemptEnd& end);
    // Makes a stopped attempt in progress again, to resume it.
    Status reopen_attempt(const std::string& attempt_id);

    std::optional<AttemptRow> attempt(const std::string& attempt_id, bool with_steps = true) const;
    // A learner's attempts, newest first.
    std::vector<AttemptRow> history(const std::string& learner_id, bool with_steps = false) const;
    // Every attempt, ordered by learner and start time; false if the callback stops.
    bool for_each_attempt(const std::function<bool(const AttemptRow&)>& visit, bool with_steps = false) const;

    // [SECTION] what the UI shows
    // One entry per lesson of `lessons` (in that order), then any other lesson the
    // learner has attempts at.
    std::vector<LessonProgress> lesson_statuses(const std::string& learner_id,
                                                const std::vector<LessonInfo>& lessons) const;
    // Learners (of one village or group, or all when empty) x lessons: `lessons`, then
    // the lessons known to the store only (imported from another PC).
    Dashboard dashboard(const std::vector<LessonInfo>& lessons, const std::string& village = {}) const;
    // Per skill of the learner's lessons: mastered when a lesson with that skill was
    // passed in test mode, practised when one was done (guided, practice or a test
    // completed without passing), started when attempted.
    std::vector<SkillMastery> mastery(const std::string& learner_id, const std::vector<LessonInfo>& lessons) const;

    // [SECTION] settings (small key/value pairs for the app, e.g. a trainer PIN's hash)
    std::optional<std::string> setting(const std::string& key) const;
    Status set_setting(const std::string& key, const std::string& value);

    // [SECTION] moving data between PCs (see progress_bundle.h)
    // Everything, or one learner's data when `learner_id` is set.
    Bundle export_bundle(TimeMs now, const std::string& learner_id = {}) const;
    // Merges a bundle in one transaction: see docs/progress.md for the rules.
    Status import_bundle(const Bundle& bundle, ImportSummary& summary);

    // [SECTION] maintenance
    // Runs `work` in one transaction (the store's own calls inside it nest as savepoints):
    // for bulk work such as filling a benchmark. Rolled back if it fails.
    Status transaction(const std::function<Status()>& work);
    // PRAGMA quick_check.
    Status quick_check() const;
    // Limits the file to `pages` pages of the page size: the way tests make a full disk.
    Status set_max_page_count(int pages);

    struct Impl;

private:
    explicit ProgressStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The schema as it was at version 1 (for the migration tests: a database created with
// it must open and migrate).
const char* progress_schema_v1();

} // namespace luyenso
