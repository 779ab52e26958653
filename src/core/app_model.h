// What the app shows around the phone: the lesson list, a lesson being played, the
// "well done" page. The UI draws this model and calls its methods; it holds no rules.
#pragma once

#include "catalog.h"
#include "lesson_run.h"

#include <memory>
#include <string>

namespace luyenso {

enum class Page { LessonList, Lesson };

class AppModel {
public:
    explicit AppModel(Catalog catalog) : catalog_(std::move(catalog)) {}

    const Catalog& catalog() const { return catalog_; }
    Page page() const { return page_; }
    const std::string& language() const { return language_; }
    void set_language(std::string lang) { language_ = std::move(lang); }

    // Starts `lesson` (which must live in this model's catalog) in `mode`.
    void open_lesson(const Lesson& lesson, Mode mode);
    void back_to_list();
    void restart_lesson();

    LessonRun* run() { return run_.get(); }
    const LessonRun* run() const { return run_.get(); }

    // Learner input and time, forwarded to the current lesson.
    ActionResult act(const Action& action);
    void advance(std::int64_t ms);

private:
    Catalog catalog_;
    Page page_ = Page::LessonList;
    std::string language_ = "vi";
    std::unique_ptr<LessonRun> run_;
};

} // namespace luyenso
