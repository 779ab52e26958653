// Records a LessonRun into the progress store as it goes: every step that finishes is
// committed at once (its id, index, times, hints and wrong actions: never what was
// typed), and the attempt's end when the run finishes or the learner leaves. The app
// and `luyenso play` share it.
//
// Use: make it when the run starts (or resumes), call update(run) after the learner's
// actions and the clock's ticks (it is cheap when nothing finished), and stop(run) when
// the learner leaves the lesson before its end.
#pragma once

#include "lessons/lesson_run.h"
#include "progress/progress_store.h"

#include <memory>
#include <string>

namespace luyenso {

class AttemptRecorder {
public:
    // A new attempt of `run` for the learner. `now` is the wall clock at the run's
    // current simulated time: the run's times are placed on the wall clock from it.
    // With StartAt::CurrentStep (a learner taking their turn in a group session) the
    // steps the run finished before are not theirs and are not recorded.
    enum class StartAt { Beginning, CurrentStep };
    static std::unique_ptr<AttemptRecorder> start(ProgressStore& store, const std::string& learner_id,
                                                  const LessonRun& run, TimeMs now, const std::string& session,
                                                  Status& status, StartAt at = StartAt::Beginning);
    // Continues an unfinished attempt. `run` must have been brought to the attempt's
    // step (LessonRun::fast_forward_to(resume_step)); the steps it played to get there
    // are not recorded again.
    static std::unique_ptr<AttemptRecorder> resume(ProgressStore& store, const std::string& attempt_id,
                                                   const LessonRun& run, TimeMs now, Status& status);

    // Writes the steps finished since the last call and, once the run has finished,
    // the attempt's end. A failed write is kept to be tried again on the next call.
    Status update(const LessonRun& run);
    // The learner leaves: what finished is written; the attempt ends as stopped (it can
    // be resumed), or completed if the run got to its end.
    Status stop(const LessonRun& run);

    const std::string& attempt_id() const { return attempt_id_; }
    bool finished() const { return finished_; }
    int steps_written() const { return seq_; }

private:
    AttemptRecorder(ProgressStore& store, std::string attempt_id, const LessonRun& run, TimeMs now,
                    std::size_t first_record, int seq);
    TimeMs wall(std::int64_t sim_ms) const { return wall_origin_ + (sim_ms - sim_origin_); }
    Status finish(const LessonRun& run, Outcome outcome);
    // The first record of the run that is not finished yet (where a resumed or joined
    // attempt starts writing).
    static std::size_t current_record(const LessonRun& run);

    ProgressStore& store_;
    std::string attempt_id_;
    TimeMs wall_origin_ = 0;
    std::int64_t sim_origin_ = 0;
    std::size_t next_record_ = 0; // the run's next record to write
    int seq_ = 0;                 // the next step's seq in the attempt
    bool finished_ = false;
};

} // namespace luyenso
