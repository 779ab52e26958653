#include "app_model.h"

#include <algorithm>

namespace luyenso {

void AppModel::choose_lesson(const Lesson& lesson)
{
    chosen_ = &lesson;
    run_.reset();
    page_ = Page::LessonStart;
}

void AppModel::open_lesson(const Lesson& lesson, Mode mode)
{
    chosen_ = &lesson;
    run_ = std::make_unique<LessonRun>(lesson, mode);
    if (mode == Mode::Watch)
        run_->play();
    page_ = Page::Lesson;
}

void AppModel::back_to_list()
{
    run_.reset();
    chosen_ = nullptr;
    page_ = Page::LessonList;
}

void AppModel::restart_lesson()
{
    if (run_)
        open_lesson(run_->lesson(), run_->mode());
}

void AppModel::replay_step()
{
    if (!run_ || run_->finished())
        return;
    const std::size_t step = run_->step_index();
    const Mode mode = run_->mode();
    auto fresh = std::make_unique<LessonRun>(run_->lesson(), mode);
    std::string why;
    if (!fresh->fast_forward_to(step, why))
        return; // cannot rebuild the state: keep the current run
    run_ = std::move(fresh);
    run_->play();
}

void AppModel::reload_lesson(const std::string& path, LoadResult result)
{
    // Remember where the learner is, unless the errors page shows (then it is known).
    if (page_ == Page::LessonStart) {
        resume_ = {Page::LessonStart, Mode::Guided, {}};
    } else if (page_ == Page::Lesson && run_) {
        const Step* s = run_->current_step();
        resume_ = {Page::Lesson, run_->mode(), s ? s->id : std::string()};
    } else if (page_ != Page::LessonErrors) {
        resume_ = {Page::LessonStart, Mode::Guided, {}};
    }
    run_.reset();
    chosen_ = nullptr;
    auto& entries = catalog_.entries;
    auto it = std::find_if(entries.begin(), entries.end(), [&](const CatalogEntry& e) { return e.path == path; });
    if (it == entries.end())
        it = entries.insert(entries.end(), CatalogEntry{path, std::nullopt, {}, {}});
    it->lesson = std::move(result.lesson);
    it->errors = result.errors;
    if (!it->lesson) {
        lesson_errors_ = std::move(result.errors);
        errors_file_ = path;
        page_ = Page::LessonErrors;
        return;
    }
    lesson_errors_.clear();
    errors_file_.clear();
    const Lesson& lesson = *it->lesson;
    if (resume_.page != Page::Lesson) {
        choose_lesson(lesson);
        return;
    }
    open_lesson(lesson, resume_.mode);
    const int step = lesson.step_index(resume_.step_id);
    if (resume_.step_id.empty()) { // it was at the end: show the end again
        std::string why;
        run_->fast_forward_to(lesson.steps.size(), why);
    } else if (step > 0) {
        std::string why;
        auto at_step = std::make_unique<LessonRun>(lesson, resume_.mode);
        if (at_step->fast_forward_to(static_cast<std::size_t>(step), why))
            run_ = std::move(at_step); // else: the first step (the demonstrations no longer get there)
        if (resume_.mode == Mode::Watch)
            run_->play();
    }
}

ActionResult AppModel::act(const Action& action)
{
    if (!run_)
        return {false, "no lesson is open", {}};
    return run_->act(action);
}

void AppModel::advance(std::int64_t ms)
{
    if (run_)
        run_->advance(ms);
}

} // namespace luyenso
