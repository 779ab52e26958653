#include "app_model.h"

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
