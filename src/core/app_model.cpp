#include "app_model.h"

namespace luyenso {

void AppModel::open_lesson(const Lesson& lesson, Mode mode)
{
    run_ = std::make_unique<LessonRun>(lesson, mode);
    page_ = Page::Lesson;
}

void AppModel::back_to_list()
{
    run_.reset();
    page_ = Page::LessonList;
}

void AppModel::restart_lesson()
{
    if (run_)
        run_ = std::make_unique<LessonRun>(run_->lesson(), run_->mode());
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
