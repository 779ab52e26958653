// The progress commands: `luyenso play`, `report`, `export` and `import`. The core does
// the work; this file finds the files, passes the wall clock and the PC's identity, and
// prints what happened. Errors: one line on stderr, exit status 1.
#include "cli.h"

#include "host.h"
#include "lessons/catalog.h"
#include "paths.h"
#include "progress/progress_bundle.h"
#include "progress/progress_recorder.h"
#include "progress/progress_store.h"
#include "progress/progress_util.h"
#include "progress/reports.h"
#include "progress/trainer_pin.h"
#include "text/u8path.h"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace luyenso::app {

namespace fs = std::filesystem;

namespace {

int fail(const std::string& why)
{
    std::cerr << "luyenso: " << why << "\n";
    return 1;
}

} // namespace

std::string store_path(const Options& o)
{
    const std::string dir = o.data_dir.empty() ? platform::default_data_dir() : o.data_dir;
    return u8_join(dir, ProgressStore::default_file_name);
}

std::unique_ptr<ProgressStore> open_progress_store(const Options& o, ProgressStore::Access access, Status& status)
{
    const std::string path = store_path(o);
    ProgressStore::OpenOptions options;
    options.path = path;
    options.access = access;
    options.pc_seed = platform::machine_seed() + "|" + std::to_string(platform::wall_clock_ms());
    return ProgressStore::open(options, status);
}

namespace {

Catalog load_catalog(const Options& o, const std::string& default_lessons_dir)
{
    return load_library(o, default_lessons_dir);
}

// One learner by name (and village when given); nullopt with the reason if none or several.
std::optional<LearnerProfile> one_learner(const ProgressStore& store, const Options& o, std::string& why)
{
    auto found = store.find_learners(o.learner, o.village);
    if (found.size() == 1)
        return found.front();
    if (found.empty()) {
        why = "no learner called '" + o.learner + "'" + (o.village.empty() ? "" : " in '" + o.village + "'");
        return std::nullopt;
    }
    std::string villages;
    for (const auto& p : found)
        villages += (villages.empty() ? "" : ", ") + (p.village.empty() ? std::string("(no village)") : p.village);
    why = std::to_string(found.size()) + " learners are called '" + o.learner + "' (" + villages +
          "); name one with --village";
    return std::nullopt;
}

std::optional<std::vector<Action>> read_actions(const std::string& path, std::string& why)
{
    const auto text = progress::read_file_text(path);
    if (!text) {
        why = "cannot read '" + path + "'";
        return std::nullopt;
    }
    const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_discarded() || !j.is_array()) {
        why = path + ": needs a JSON list of actions such as [{\"tap\": \"lock.unlock\"}, {\"wait\": 5}]";
        return std::nullopt;
    }
    std::vector<Action> actions;
    for (std::size_t i = 0; i < j.size(); ++i) {
        std::string error;
        auto a = action_from_json(j[i], error);
        if (!a) {
            why = path + ": action " + std::to_string(i + 1) + ": " + error;
            return std::nullopt;
        }
        actions.push_back(std::move(*a));
    }
    return actions;
}

std::string seconds_text(std::int64_t ms)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(ms) / 1000.0);
    return buf;
}

} // namespace

// [SECTION] play

int run_play(const Options& o, const std::string& default_lessons_dir)
{
    Catalog catalog = load_catalog(o, default_lessons_dir);
    const Lesson* lesson = catalog.find(o.lesson);
    if (!lesson && fs::is_regular_file(u8_path(o.lesson))) {
        catalog = Catalog::load({o.lesson});
        lesson = catalog.find(o.lesson);
        if (!lesson) {
            for (const auto& e : catalog.entries)
                for (const auto& d : e.errors)
                    std::cerr << d.to_string() << "\n";
            return fail("the lesson '" + o.lesson + "' has errors (see luyenso check)");
        }
    }
    if (!lesson)
        return fail("no lesson '" + o.lesson + "' (an id of a lesson in the lessons folder, or a lesson file)");
    std::optional<std::vector<Action>> actions;
    if (o.actions != "demo") {
        std::string why;
        actions = read_actions(o.actions, why);
        if (!actions)
            return fail(why);
    }

    Status status;
    auto store = open_progress_store(o, ProgressStore::Access::ReadWrite, status);
    if (!store)
        return fail(status.message);
    const TimeMs now = platform::wall_clock_ms();
    LearnerProfile learner;
    if (auto found = store->find_learners(o.learner, o.village); found.size() == 1) {
        learner = found.front();
    } else if (found.empty()) {
        learner.name = o.learner;
        learner.village = o.village;
        if (Status s = store->create_learner(learner, now); !s)
            return fail(s.message);
        std::cout << "new learner: " << learner.name << (learner.village.empty() ? "" : " (" + learner.village + ")")
                  << "\n";
    } else {
        std::string why;
        one_learner(*store, o, why);
        return fail(why);
    }

    const Mode mode = o.mode.value_or(Mode::Guided);
    LessonRun run(*lesson, mode);
    const std::string session = "play:" + store->pc_id() + ":" + progress::iso_utc(now);
    auto recorder = AttemptRecorder::start(*store, learner.id, run, now, session, status);
    if (!recorder)
        return fail(status.message);
    auto save = [&] {
        if (Status s = recorder->update(run); !s) {
            status = s;
            return false;
        }
        return true;
    };

    std::string note;
    if (!actions && mode == Mode::Watch) {
        run.play(); // the hand plays the demonstration
        for (int guard = 0; !run.finished() && guard < 36'000; ++guard) {
            run.advance(100);
            if (!save())
                return fail(status.message);
        }
    } else if (!actions) {
        while (!run.finished()) {
            std::string why;
            const bool ok = run.play_step_demo(why);
            if (!save())
                return fail(status.message);
            if (!ok) {
                note = "the demonstration stopped: " + why;
                break;
            }
        }
    } else {
        for (std::size_t i = 0; i < actions->size(); ++i) {
            if (run.finished()) {
                note = "the lesson ended after action " + std::to_string(i) + "; the other " +
                       std::to_string(actions->size() - i) + " were not played";
                break;
            }
            const ActionResult r = run.act((*actions)[i]);
            if (!r.accepted)
                std::cout << "action " << i + 1 << " (" << (*actions)[i].describe() << ") was refused: " << r.reason
                          << "\n";
            if (!save())
                return fail(status.message);
        }
    }
    if (Status s = run.finished() ? recorder->update(run) : recorder->stop(run); !s)
        return fail(s.message);

    // What happened.
    const TestResult t = run.result();
    const int steps_done = t.steps_done;
    std::cout << learner.name << (learner.village.empty() ? "" : " (" + learner.village + ")") << " — " << lesson->id
              << " \"" << lesson->title.get("vi") << "\", " << mode_name(mode) << " mode\n";
    for (const StepRecord& r : run.records()) {
        // The step left unfinished too: its hints and mistakes count.
        const bool left = r.ended_ms < 0;
        if (left && r.hints == 0 && r.wrong_actions == 0 && r.unsafe.empty())
            continue;
        const std::int64_t ended = left ? run.phone().clock().now_ms() : r.ended_ms;
        std::cout << "  step " << lesson->step_index(r.step_id) + 1 << " " << r.step_id << ": "
                  << (left ? "left unfinished after " : "") << seconds_text(ended - r.started_ms) << ", " << r.hints
                  << (r.hints == 1 ? " hint" : " hints") << ", " << r.wrong_actions
                  << (r.wrong_actions == 1 ? " wrong action" : " wrong actions") << (r.unsafe.empty() ? "" : ", UNSAFE")
                  << "\n";
    }
    std::cout << (run.completed() ? "completed" : "stopped at step " + std::to_string(run.step_index() + 1)) << ": "
              << steps_done << " of " << t.steps_total << " steps, " << t.hints
              << (t.hints == 1 ? " hint, " : " hints, ") << t.wrong_actions
              << (t.wrong_actions == 1 ? " wrong action" : " wrong actions") << ", "
              << seconds_text(run.phone().clock().now_ms()) << "\n";
    if (mode == Mode::Test)
        std::cout << "score " << t.score << "/100: " << (t.passed ? "passed" : "not passed") << " (pass mark "
                  << lesson->pass_mark << ")"
                  << (t.unsafe.empty() ? std::string() : ": an unsafe choice was made, whatever the points") << "\n";
    // Unsafe choices, apart from mistakes, with what the lesson says about them.
    for (const UnsafeHit& h : run.unsafe_hits())
        std::cout << "unsafe choice \"" << h.rule->id << "\" at step " << lesson->step_index(h.step_id) + 1 << " "
                  << h.step_id << ": " << h.rule->say.get("vi") << "\n";
    if (!note.empty())
        std::cout << "note: " << note << "\n";
    std::cout << "saved as attempt " << recorder->attempt_id() << " in " << store->path() << "\n";
    return 0;
}

// [SECTION] report

int run_report(const Options& o, const std::string& default_lessons_dir)
{
    const auto format = report_format_from_name(o.format);
    Status status;
    auto store = open_progress_store(o, ProgressStore::Access::ReadOnly, status);
    if (!store)
        return fail(status.message);
    const Catalog catalog = load_catalog(o, default_lessons_dir);
    ReportOptions options;
    options.lang = o.lang;
    options.village = o.village;
    options.now = platform::wall_clock_ms();
    options.utc_offset_min = platform::utc_offset_minutes(options.now);
    options.session = "report:" + store->pc_id() + ":" + progress::iso_utc(options.now);
    if (!o.xapi_base.empty()) {
        options.xapi_base = o.xapi_base;
        while (!options.xapi_base.empty() && options.xapi_base.back() == '/')
            options.xapi_base.pop_back();
        if (options.xapi_base.rfind("http://", 0) != 0 && options.xapi_base.rfind("https://", 0) != 0)
            return fail("--xapi-base needs an http:// or https:// address, not '" + o.xapi_base + "'");
    }
    if (o.out.empty()) {
        status = write_report(*store, lesson_infos(catalog), *format, options, std::cout);
        std::cout.flush();
        return status ? 0 : fail(status.message);
    }
    // Written beside the target, then renamed over it: never half a report.
    const fs::path tmp = u8_path(o.out + ".tmp");
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return fail("cannot write '" + o.out + "'");
        status = write_report(*store, lesson_infos(catalog), *format, options, out);
        out.flush();
        if (status && !out)
            status = Status::fail(StoreError::Io, "cannot write '" + o.out + "' (is the disk full?)");
    }
    std::error_code ec;
    if (status)
        fs::rename(tmp, u8_path(o.out), ec);
    if (!status || ec) {
        fs::remove(tmp, ec);
        return fail(status ? "cannot write '" + o.out + "'" : status.message);
    }
    std::cout << "wrote the " << o.format << " report to " << o.out << "\n";
    return 0;
}

// [SECTION] export and import

int run_export(const Options& o)
{
    Status status;
    auto store = open_progress_store(o, ProgressStore::Access::ReadOnly, status);
    if (!store)
        return fail(status.message);
    std::string learner_id;
    if (!o.learner.empty()) {
        std::string why;
        const auto p = one_learner(*store, o, why);
        if (!p)
            return fail(why);
        learner_id = p->id;
    }
    const Bundle bundle = store->export_bundle(platform::wall_clock_ms(), learner_id);
    if (!store->last_error().ok())
        return fail(store->last_error().message);
    std::string why;
    if (!write_bundle_file(bundle, o.out, why))
        return fail(why);
    std::size_t steps = 0;
    for (const auto& a : bundle.attempts)
        steps += a.steps.size();
    std::cout << "exported " << bundle.learners.size() << (bundle.learners.size() == 1 ? " learner, " : " learners, ")
              << bundle.attempts.size() << (bundle.attempts.size() == 1 ? " attempt, " : " attempts, ") << steps
              << (steps == 1 ? " step" : " steps") << " to " << o.out << "\n";
    return 0;
}

int run_import(const Options& o)
{
    const std::string& file = o.paths.front();
    std::string why;
    const auto bundle = read_bundle_file(file, why);
    if (!bundle)
        return fail(why);
    Status status;
    auto store = open_progress_store(o, ProgressStore::Access::ReadWrite, status);
    if (!store)
        return fail(status.message);
    ImportSummary s;
    if (Status st = store->import_bundle(*bundle, s); !st)
        return fail(st.message + " (nothing was imported)");
    for (const auto& line : s.lines)
        std::cout << line << "\n";
    if (!s.changed()) {
        std::cout << "nothing new in " << file << ": it was already imported\n";
        return 0;
    }
    std::cout << "imported " << file << ": " << s.learners_added << " learners added, " << s.learners_merged
              << " merged, " << s.profiles_updated << " profiles updated; " << s.attempts_added << " attempts added, "
              << s.attempts_updated << " updated; " << s.steps_added << " steps added\n";
    return 0;
}

// [SECTION] the trainer PIN

int run_reset_pin(const Options& o)
{
    Status status;
    auto store = open_progress_store(o, ProgressStore::Access::ReadWrite, status);
    if (!store)
        return fail(status.message);
    if (const auto record = store->setting(trainer_pin_setting); !record || record->empty()) {
        std::cout << "no trainer PIN is set in " << store->path()
                  << ": the next person to open the trainer's area (\"Dành cho cán bộ\") sets one\n";
        return 0;
    }
    const Status s = store->transaction([&]() -> Status {
        for (const char* key : {trainer_pin_setting, trainer_pin_failures_setting, trainer_pin_wait_setting})
            if (Status st = store->set_setting(key, key == trainer_pin_setting ? "" : "0"); !st)
                return st;
        return {};
    });
    if (!s)
        return fail(s.message);
    std::cout << "the trainer PIN of " << store->path()
              << " was removed: the next person to open the trainer's area (\"Dành cho cán bộ\") sets a new one\n";
    return 0;
}

} // namespace luyenso::app
