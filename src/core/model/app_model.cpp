#include "model/app_model.h"

#include "progress/progress_util.h"
#include "progress/trainer_pin.h"
#include "text/utf8.h"

#include <algorithm>

namespace luyenso {

AppModel::~AppModel()
{
    stop_recording();
}

// [SECTION] lessons

void AppModel::choose_lesson(const Lesson& lesson)
{
    stop_recording();
    chosen_ = &lesson;
    run_.reset();
    projector_ = false;
    page_ = Page::LessonStart;
}

void AppModel::open_lesson(const Lesson& lesson, Mode mode)
{
    stop_recording();
    chosen_ = &lesson;
    run_ = std::make_unique<LessonRun>(lesson, mode);
    if (mode == Mode::Watch)
        run_->play();
    page_ = Page::Lesson;
    start_recording();
}

bool AppModel::open_lesson_at(const Lesson& lesson, Mode mode, std::size_t index, std::string& why)
{
    auto run = std::make_unique<LessonRun>(lesson, mode);
    if (index > 0 && !run->fast_forward_to(index, why))
        return false;
    stop_recording();
    chosen_ = &lesson;
    run_ = std::move(run);
    if (mode == Mode::Watch && !run_->finished())
        run_->play();
    page_ = Page::Lesson;
    if (store_ && learner_ && recording_) {
        Status s;
        recorder_ = AttemptRecorder::start(*store_, learner_->id, *run_, wall_now_, session_, s,
                                           AttemptRecorder::StartAt::CurrentStep);
        keep(s);
    }
    return true;
}

void AppModel::back_to_list()
{
    stop_recording();
    run_.reset();
    chosen_ = nullptr;
    projector_ = false;
    // Without a learner (a lesson opened from the command line) the picker comes next.
    page_ = trainer_unlocked_ ? Page::Dashboard : store_ && !learner_ ? Page::Learners : Page::LessonList;
    refresh_progress();
    if (page_ == Page::Learners)
        refresh_learners();
    if (page_ == Page::Dashboard)
        open_dashboard();
}

void AppModel::restart_lesson()
{
    if (!run_)
        return;
    const bool projector = projector_;
    open_lesson(run_->lesson(), run_->mode());
    projector_ = projector;
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
    record();
    run_ = std::move(fresh);
    run_->play();
    if (recorder_) {
        // The fresh run replayed the earlier steps: the attempt goes on from here.
        Status s;
        const std::string id = recorder_->attempt_id();
        recorder_ = AttemptRecorder::resume(*store_, id, *run_, wall_now_, s);
        keep(s);
    }
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
    if (!run_) {
        ActionResult none;
        none.refuse({"refused-no-lesson"});
        return none;
    }
    ActionResult r = run_->act(action);
    record();
    return r;
}

void AppModel::advance(std::int64_t ms)
{
    if (!run_)
        return;
    run_->advance(ms);
    record();
}

// [SECTION] recording

std::string AppModel::store_path() const
{
    return store_ ? store_->path() : store_problem_path_;
}

void AppModel::keep(const Status& s)
{
    if (!s)
        store_status_ = s;
}

void AppModel::start_recording()
{
    if (!store_ || !learner_ || !run_ || !recording_)
        return;
    Status s;
    recorder_ = AttemptRecorder::start(*store_, learner_->id, *run_, wall_now_, session_, s);
    keep(s);
}

void AppModel::record()
{
    if (recorder_ && run_)
        keep(recorder_->update(*run_));
}

void AppModel::stop_recording()
{
    if (recorder_ && run_)
        keep(recorder_->stop(*run_));
    recorder_.reset();
}

// [SECTION] learners

void AppModel::use_store(ProgressStore& store, std::string session, Recording recording)
{
    store_ = &store;
    recording_ = recording == Recording::On;
    session_ = std::move(session);
    refresh_learners();
    page_ = Page::Learners;
}

void AppModel::refresh_learners()
{
    if (!store_)
        return;
    learners_ = store_->learners();
    keep(store_->last_error());
    store_->clear_error();
}

void AppModel::refresh_progress()
{
    progress_.clear();
    if (!store_ || !learner_)
        return;
    progress_ = store_->lesson_statuses(learner_->id, lesson_infos(catalog_));
    keep(store_->last_error());
    store_->clear_error();
}

bool AppModel::choose_learner(const std::string& id)
{
    if (!store_)
        return false;
    auto p = store_->learner(id);
    if (!p)
        return false;
    stop_recording();
    run_.reset();
    chosen_ = nullptr;
    learner_ = std::move(p);
    set_text_percent(learner_->text_size);
    voice_ = learner_->voice.empty() ? "vi" : learner_->voice;
    refresh_progress();
    page_ = Page::LessonList;
    return true;
}

void AppModel::back_to_learners()
{
    stop_recording();
    run_.reset();
    chosen_ = nullptr;
    learner_.reset();
    progress_.clear();
    projector_ = false;
    refresh_learners();
    page_ = Page::Learners;
}

const LessonProgress* AppModel::progress_of(const std::string& lesson_id) const
{
    for (const LessonProgress& p : progress_)
        if (p.lesson_id == lesson_id)
            return &p;
    return nullptr;
}

bool AppModel::resume_lesson(const Lesson& lesson)
{
    const LessonProgress* p = progress_of(lesson.id);
    if (!store_ || !learner_ || !p || p->resume_attempt.empty() || p->resume_step < 0 || !recording_)
        return false;
    const auto attempt = store_->attempt(p->resume_attempt, false);
    if (!attempt)
        return false;
    auto run = std::make_unique<LessonRun>(lesson, attempt->mode);
    std::string why;
    if (!run->fast_forward_to(static_cast<std::size_t>(p->resume_step), why))
        return false;
    Status s;
    auto recorder = AttemptRecorder::resume(*store_, attempt->id, *run, wall_now_, s);
    if (!recorder) {
        keep(s);
        return false;
    }
    stop_recording();
    chosen_ = &lesson;
    run_ = std::move(run);
    recorder_ = std::move(recorder);
    page_ = Page::Lesson;
    return true;
}

void AppModel::new_learner()
{
    draft_ = LearnerDraft{};
    draft_.profile.text_size = text_percent_;
    page_ = Page::EditLearner;
}

void AppModel::edit_learner(const std::string& id)
{
    if (!store_)
        return;
    if (auto p = store_->learner(id)) {
        draft_ = LearnerDraft{*p, false, {}};
        page_ = Page::EditLearner;
    }
}

bool AppModel::save_draft()
{
    if (!store_)
        return false;
    LearnerProfile& p = draft_.profile;
    p.name = progress::tidy_spaces(p.name);
    p.village = progress::tidy_spaces(p.village);
    p.photo = progress::tidy_spaces(p.photo);
    if (p.name.empty()) {
        draft_.error = language_ == "en" ? "Please write the learner's name." : "Bác hãy viết tên người học.";
        return false;
    }
    if (utf8_length(p.name) > max_name_chars || utf8_length(p.village) > max_name_chars) {
        const std::string n = std::to_string(max_name_chars);
        draft_.error = language_ == "en" ? "A name or a village can have at most " + n + " letters."
                                         : "Tên và thôn chỉ được dài tối đa " + n + " chữ cái.";
        return false;
    }
    if (draft_.is_new && !store_->find_learners(p.name, p.village).empty()) {
        draft_.error = language_ == "en"
                           ? "A learner with this name is already in this village. Add something to tell them apart."
                           : "Đã có người học tên này ở thôn này. Hãy thêm một chữ để phân biệt, ví dụ (bố Minh).";
        return false;
    }
    const Status s = draft_.is_new ? store_->create_learner(p, wall_now_) : store_->update_learner(p, wall_now_);
    if (!s) {
        keep(s);
        draft_.error = s.message;
        return false;
    }
    draft_.error.clear();
    refresh_learners();
    if (trainer_unlocked_) {
        open_dashboard();
    } else if (draft_.is_new || (learner_ && learner_->id == p.id)) {
        choose_learner(p.id);
    } else {
        page_ = Page::Learners;
    }
    return true;
}

void AppModel::cancel_draft()
{
    draft_.error.clear();
    if (trainer_unlocked_)
        open_dashboard();
    else
        page_ = learner_ ? Page::LessonList : Page::Learners;
}

// [SECTION] the trainer's area

void AppModel::open_trainer()
{
    stop_recording();
    run_.reset();
    chosen_ = nullptr;
    pin_entry_.clear();
    pin_error_.clear();
    pin_first_.clear();
    page_ = trainer_unlocked_ ? Page::Dashboard : Page::TrainerPin;
    if (trainer_unlocked_)
        open_dashboard();
}

bool AppModel::trainer_pin_set() const
{
    const auto record = store_ ? store_->setting(trainer_pin_setting) : std::nullopt;
    return record && !record->empty(); // an emptied setting: the PIN was reset
}

void AppModel::pin_key(char digit)
{
    if (digit == '<') {
        if (!pin_entry_.empty())
            pin_entry_.pop_back();
    } else if (digit >= '0' && digit <= '9' && pin_entry_.size() < 8) {
        pin_entry_ += digit;
    }
    pin_error_.clear();
}

bool AppModel::submit_pin(const std::string& salt)
{
    if (!store_)
        return false;
    const auto record = store_->setting(trainer_pin_setting);
    const bool en = language_ == "en";
    if (!trainer_pin_set()) {
        if (std::string why = pin_problem(pin_entry_); !why.empty()) {
            pin_error_ = why;
            return false;
        }
        // A new PIN is typed twice: a typo would lock the trainer out.
        if (pin_first_.empty()) {
            pin_first_ = pin_entry_;
            pin_entry_.clear();
            return false;
        }
        if (pin_entry_ != pin_first_) {
            pin_first_.clear();
            pin_entry_.clear();
            pin_error_ = en ? "The two entries differ. Please set the PIN again from the start."
                            : "Hai lần nhập không giống nhau. Mời đặt lại mã PIN từ đầu.";
            return false;
        }
        pin_first_.clear();
        const std::string made = pin_record(pin_entry_, salt);
        if (made.empty()) {
            pin_error_ = en ? "The PIN could not be saved (not enough memory)."
                            : "Chưa lưu được mã PIN (máy thiếu bộ nhớ).";
            return false;
        }
        if (Status s = store_->set_setting(trainer_pin_setting, made); !s) {
            keep(s);
            pin_error_ = s.message;
            return false;
        }
    } else {
        // Wrong PINs in a row make the next try wait, by the wall clock (never a sleep).
        const auto number = [&](const char* key) {
            const std::string v = store_->setting(key).value_or("0");
            std::int64_t n = 0;
            for (const char c : v)
                if (c >= '0' && c <= '9' && n < 1'000'000'000'000'000)
                    n = n * 10 + (c - '0');
            return n;
        };
        const std::int64_t wait_until = number(trainer_pin_wait_setting);
        if (wall_now_ < wait_until) {
            const std::int64_t seconds = (wait_until - wall_now_ + 999) / 1000;
            pin_entry_.clear();
            pin_error_ = en ? "Too many wrong PINs. Please wait " + std::to_string(seconds) +
                                  " seconds, then try again."
                            : "Đã nhập sai nhiều lần. Mời đợi " + std::to_string(seconds) + " giây rồi thử lại.";
            return false;
        }
        if (!pin_matches(pin_entry_, *record)) {
            const int failures = static_cast<int>(
                std::min<std::int64_t>(number(trainer_pin_failures_setting) + 1, 1000));
            keep(store_->set_setting(trainer_pin_failures_setting, std::to_string(failures)));
            if (const std::int64_t wait = pin_wait_ms(failures); wait > 0)
                keep(store_->set_setting(trainer_pin_wait_setting, std::to_string(wall_now_ + wait)));
            pin_entry_.clear();
            pin_error_ = en ? "That PIN is not right. Please try again." : "Mã PIN chưa đúng. Mời thử lại.";
            return false;
        }
        if (number(trainer_pin_failures_setting) != 0) {
            keep(store_->set_setting(trainer_pin_failures_setting, "0"));
            keep(store_->set_setting(trainer_pin_wait_setting, "0"));
        }
        // An older record (the iterated SHA-256 before Argon2id) is replaced now that the
        // PIN is known.
        if (pin_record_outdated(*record) && !salt.empty())
            if (const std::string made = pin_record(pin_entry_, salt); !made.empty())
                keep(store_->set_setting(trainer_pin_setting, made));
    }
    pin_entry_.clear();
    pin_error_.clear();
    trainer_unlocked_ = true;
    open_dashboard();
    return true;
}

void AppModel::leave_trainer()
{
    trainer_unlocked_ = false;
    back_to_learners();
}

void AppModel::unlock_trainer_for_screenshot()
{
    trainer_unlocked_ = true;
    open_dashboard();
}

void AppModel::open_dashboard()
{
    if (!store_)
        return;
    dashboard_ = store_->dashboard(lesson_infos(catalog_));
    keep(store_->last_error());
    store_->clear_error();
    refresh_learners();
    page_ = Page::Dashboard;
}

void AppModel::open_history(const std::string& learner_id)
{
    if (!store_)
        return;
    history_of_ = store_->learner(learner_id);
    if (!history_of_)
        return;
    history_ = store_->history(learner_id, true); // with the steps: a row opens them
    keep(store_->last_error());
    store_->clear_error();
    page_ = Page::History;
}

void AppModel::start_group_lesson(const Lesson& lesson, Mode mode)
{
    open_lesson(lesson, mode);
    projector_ = true;
}

bool AppModel::switch_turn(const std::string& learner_id)
{
    if (!store_ || !run_)
        return false;
    auto p = store_->learner(learner_id);
    if (!p)
        return false;
    stop_recording();
    learner_ = std::move(p);
    voice_ = learner_->voice.empty() ? "vi" : learner_->voice;
    if (!run_->finished() && recording_) {
        Status s;
        recorder_ = AttemptRecorder::start(*store_, learner_->id, *run_, wall_now_, session_, s,
                                           AttemptRecorder::StartAt::CurrentStep);
        keep(s);
    }
    return true;
}

} // namespace luyenso
