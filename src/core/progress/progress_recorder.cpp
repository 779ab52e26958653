#include "progress/progress_recorder.h"

namespace luyenso {

AttemptRecorder::AttemptRecorder(ProgressStore& store, std::string attempt_id, const LessonRun& run, TimeMs now,
                                 std::size_t first_record, int seq)
    : store_(store),
      attempt_id_(std::move(attempt_id)),
      wall_origin_(now),
      sim_origin_(run.phone().clock().now_ms()),
      next_record_(first_record),
      seq_(seq)
{
}

std::unique_ptr<AttemptRecorder> AttemptRecorder::start(ProgressStore& store, const std::string& learner_id,
                                                        const LessonRun& run, TimeMs now, const std::string& session,
                                                        Status& status, StartAt at)
{
    std::string id;
    status = store.start_attempt(learner_id, lesson_info(run.lesson()), run.mode(), now, session, id);
    if (!status)
        return nullptr;
    const std::size_t first = at == StartAt::Beginning ? 0 : current_record(run);
    return std::unique_ptr<AttemptRecorder>(new AttemptRecorder(store, id, run, now, first, 0));
}

std::size_t AttemptRecorder::current_record(const LessonRun& run)
{
    const auto& records = run.records();
    if (!records.empty() && records.back().ended_ms < 0)
        return records.size() - 1;
    return records.size();
}

std::unique_ptr<AttemptRecorder> AttemptRecorder::resume(ProgressStore& store, const std::string& attempt_id,
                                                         const LessonRun& run, TimeMs now, Status& status)
{
    const auto a = store.attempt(attempt_id, true);
    if (!a) {
        status = Status::fail(StoreError::NotFound, "no attempt with id " + attempt_id);
        return nullptr;
    }
    if (a->lesson_id != run.lesson().id) {
        status = Status::fail(StoreError::Invalid, "attempt " + attempt_id + " is of lesson " + a->lesson_id);
        return nullptr;
    }
    status = store.reopen_attempt(attempt_id);
    if (!status)
        return nullptr;
    // The run's records up to its current step were made by fast-forwarding: skip them.
    const std::size_t first = current_record(run);
    const int seq = a->steps.empty() ? 0 : a->steps.back().seq + 1;
    return std::unique_ptr<AttemptRecorder>(new AttemptRecorder(store, attempt_id, run, now, first, seq));
}

Status AttemptRecorder::update(const LessonRun& run)
{
    if (finished_)
        return {};
    const auto& records = run.records();
    while (next_record_ < records.size() && records[next_record_].ended_ms >= 0) {
        const StepRecord& r = records[next_record_];
        StepRow row;
        row.seq = seq_;
        row.step_id = r.step_id;
        row.step_index = run.lesson().step_index(r.step_id);
        row.started_at = wall(r.started_ms);
        row.ended_at = wall(r.ended_ms);
        row.hints = r.hints;
        row.wrong_actions = r.wrong_actions;
        row.unsafe = r.unsafe;
        // The step the learner is on after this one: the next record's, or the run's.
        const int reached = next_record_ + 1 < records.size()
                                ? run.lesson().step_index(records[next_record_ + 1].step_id)
                                : static_cast<int>(run.step_index());
        if (Status s = store_.record_step(attempt_id_, row, reached); !s)
            return s;
        ++seq_;
        ++next_record_;
    }
    if (run.finished())
        return finish(run, run.completed() ? Outcome::Completed : Outcome::Stopped);
    return {};
}

Status AttemptRecorder::stop(const LessonRun& run)
{
    if (finished_)
        return {};
    if (Status s = update(run); !s || finished_)
        return s;
    // The step the learner leaves: its hints, mistakes and unsafe choices count too.
    const auto& records = run.records();
    if (next_record_ < records.size()) {
        const StepRecord& r = records[next_record_];
        if (r.hints > 0 || r.wrong_actions > 0 || !r.unsafe.empty()) {
            StepRow row;
            row.seq = seq_;
            row.step_id = r.step_id;
            row.step_index = run.lesson().step_index(r.step_id);
            row.started_at = wall(r.started_ms);
            row.ended_at = wall(run.phone().clock().now_ms());
            row.hints = r.hints;
            row.wrong_actions = r.wrong_actions;
            row.unsafe = r.unsafe;
            row.finished = false;
            if (Status s = store_.record_step(attempt_id_, row, static_cast<int>(run.step_index())); !s)
                return s;
            ++seq_;
            ++next_record_;
        }
    }
    return finish(run, Outcome::Stopped);
}

Status AttemptRecorder::finish(const LessonRun& run, Outcome outcome)
{
    ProgressStore::AttemptEnd end;
    end.outcome = outcome;
    end.ended_at = wall(run.phone().clock().now_ms());
    end.steps_reached = static_cast<int>(run.step_index());
    if (run.mode() == Mode::Test) {
        const TestResult t = run.result();
        end.score = t.score;
        end.passed = t.passed;
    }
    Status s = store_.finish_attempt(attempt_id_, end);
    if (s)
        finished_ = true;
    return s;
}

} // namespace luyenso
