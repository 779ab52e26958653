// What the app shows around the phone: the lesson list, a lesson's start page with the
// choice of mode, a lesson being played, its end. The UI draws this model and calls its
// methods; it holds no rules.
#pragma once

#include "catalog.h"
#include "lesson_run.h"

#include <memory>
#include <string>

namespace luyenso {

// LessonErrors: a lesson being written (--watch) has errors; they are listed instead.
enum class Page { LessonList, LessonStart, Lesson, LessonErrors };

class AppModel {
public:
    explicit AppModel(Catalog catalog) : catalog_(std::move(catalog)) {}

    const Catalog& catalog() const { return catalog_; }
    Page page() const { return page_; }
    const std::string& language() const { return language_; }
    void set_language(std::string lang) { language_ = std::move(lang); }

    // How the panels around the phone look: text size 100-200 % and a high-contrast theme.
    int text_percent() const { return text_percent_; }
    void set_text_percent(int percent) { text_percent_ = percent < 100 ? 100 : percent > 200 ? 200 : percent; }
    bool high_contrast() const { return high_contrast_; }
    void set_high_contrast(bool on) { high_contrast_ = on; }

    // The lesson's start page: its story and the four modes (guided is the default).
    void choose_lesson(const Lesson& lesson);
    const Lesson* chosen() const { return chosen_; }
    // Starts `lesson` (which must live in this model's catalog) in `mode`; watch mode
    // starts playing at once.
    void open_lesson(const Lesson& lesson, Mode mode);
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

    // Learner input and time, forwarded to the current lesson.
    ActionResult act(const Action& action);
    void advance(std::int64_t ms);

private:
    Catalog catalog_;
    Page page_ = Page::LessonList;
    std::string language_ = "vi";
    int text_percent_ = 100;
    bool high_contrast_ = false;
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
};

} // namespace luyenso
