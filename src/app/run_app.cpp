#include "run_app.h"

#include "console.h"
#include "fonts.h"
#include "host.h"
#include "lessons/lesson_watch.h"
#include "model/app_model.h"
#include "narrator.h"
#include "paths.h"
#include "progress/progress_util.h"
#include "shell.h"
#include "text/text_scale.h"
#include "text/u8path.h"
#include "texture_images.h"
#include "theme.h"
#include "web.h"
#ifdef __EMSCRIPTEN__
#include "web_probe.h"
#endif
#include "window.h"

#include <imgui.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace luyenso::app {

namespace {

// What should be said now: the step's narration when the step changes, then a hint or
// a correction when one appears, the praise at the end.
struct SpokenState {
    const LessonRun* run = nullptr;
    std::size_t step = 0;
    FeedbackKind feedback = FeedbackKind::None;
    std::string feedback_text;
    bool operator==(const SpokenState&) const = default;
};

SpokenState spoken_state(const AppModel& model)
{
    const LessonRun* run = model.page() == Page::Lesson ? model.run() : nullptr;
    if (!run)
        return {};
    const bool quiet_feedback = run->mode() == Mode::Test && run->feedback().kind != FeedbackKind::Praise;
    return {run, run->finished() ? run->step_count() : run->step_index(),
            quiet_feedback ? FeedbackKind::None : run->feedback().kind,
            quiet_feedback ? std::string() : run->feedback().text.get(model.language())};
}

void narrate_changes(const AppModel& model, const SpokenState& before, const SpokenState& now,
                     platform::Narrator& narrator, const std::string& vi_voice)
{
    if (now == before || !now.run)
        return;
    const LessonRun& run = *now.run;
    const std::string& lang = model.language();
    if (now.feedback != FeedbackKind::None && (now.feedback_text != before.feedback_text || now.run != before.run)) {
        narrator.say(narration_for_text(run.feedback().text, lang, vi_voice));
        return;
    }
    if (now.run != before.run || now.step != before.step) {
        if (const Step* s = run.current_step(); s && !run.finished())
            narrator.say(run.mode() == Mode::Practice || run.mode() == Mode::Test
                             ? narration_for_text(run.instruction(), lang, vi_voice)
                             : narration_for(*s, lang, vi_voice));
    }
}

// Finds the lesson named by --lesson: an id in the catalog, or a file (added to it).
const Lesson* resolve_lesson(Catalog& catalog, const std::string& name, std::string& error)
{
    if (const Lesson* l = catalog.find(name))
        return l;
    std::error_code ec;
    if (std::filesystem::is_regular_file(u8_path(name), ec)) {
        Catalog one = Catalog::load({name});
        CatalogEntry& entry = one.entries.front();
        if (!entry.lesson) {
            for (const Diagnostic& d : entry.errors)
                std::cerr << d.to_string() << "\n";
            error = "the lesson '" + name + "' has errors (listed above)";
            return nullptr;
        }
        catalog.entries.push_back(std::move(entry));
        return &*catalog.entries.back().lesson;
    }
    for (const CatalogEntry& e : catalog.entries)
        if (e.path == name || (!e.lesson && path_u8(u8_path(e.path).stem()) == name)) {
            for (const Diagnostic& d : e.errors)
                std::cerr << d.to_string() << "\n";
            error = "the lesson '" + name + "' has errors (listed above)";
            return nullptr;
        }
    error = "no lesson '" + name + "' (give a lesson id or a .json file; `luyenso check` lists the lessons)";
    return nullptr;
}

// The progress store: the app records into it; a screenshot only reads it. Without one
// (a damaged file, a read-only folder) the app runs and says progress is not saved.
std::unique_ptr<ProgressStore> open_app_store(const Options& options, AppModel& model, bool screenshot, Status& status)
{
    auto store = open_progress_store(
        options, screenshot ? ProgressStore::Access::ReadOnly : ProgressStore::Access::ReadWrite, status);
    const TimeMs now = platform::wall_clock_ms();
    model.set_wall_clock(now);
    model.set_utc_offset_minutes(platform::utc_offset_minutes(now));
    if (store)
        model.use_store(*store, "app:" + store->pc_id() + ":" + progress::iso_utc(now),
                        screenshot ? AppModel::Recording::Off : AppModel::Recording::On);
    return store;
}

// --learner NAME: that learner (with --village, of that village) is chosen; created if new.
// `no_store`: why there is no progress store (said when an option needs one).
bool choose_learner(AppModel& model, const Options& options, const std::string& no_store, std::string& error)
{
    ProgressStore* store = model.store();
    if (!store) {
        error = "--learner needs the progress store: " + no_store;
        return false;
    }
    auto found = store->find_learners(options.learner, options.village);
    if (found.size() > 1) {
        error = std::to_string(found.size()) + " learners are called '" + options.learner +
                "'; name one with --village";
        return false;
    }
    if (found.empty()) {
        LearnerProfile p;
        p.name = options.learner;
        p.village = options.village;
        p.text_size = options.text_percent;
        if (Status s = store->create_learner(p, platform::wall_clock_ms()); !s) {
            error = s.message;
            return false;
        }
        found.push_back(p);
    }
    model.choose_learner(found.front().id);
    return true;
}

// --step N|ID: the step's 1-based number (one past the last step is the "well done"
// page), or 0 with `error` if there is no such step.
std::size_t step_number(const Lesson& lesson, const Options& options, std::string& error)
{
    if (!options.step_id.empty()) {
        const int index = lesson.step_index(options.step_id);
        if (index >= 0)
            return static_cast<std::size_t>(index) + 1;
        std::vector<std::string> ids;
        for (const Step& s : lesson.steps)
            ids.push_back(s.id);
        error = "the lesson '" + lesson.id + "' has no step '" + options.step_id + "'";
        if (auto near = did_you_mean(options.step_id, ids))
            error += "; did you mean '" + *near + "'?";
        return 0;
    }
    if (static_cast<std::size_t>(options.step) > lesson.steps.size() + 1) {
        error = "the lesson '" + lesson.id + "' has " + std::to_string(lesson.steps.size()) + " steps, not " +
                std::to_string(options.step) + " (" + std::to_string(lesson.steps.size() + 1) + " shows its end)";
        return 0;
    }
    return options.step > 0 ? static_cast<std::size_t>(options.step) : 1;
}

bool open_at_step(AppModel& model, const Lesson& lesson, const Options& options, std::string& error)
{
    const Mode mode = options.mode.value_or(Mode::Guided);
    const std::size_t number = step_number(lesson, options, error);
    if (number == 0)
        return false;
    std::string why;
    if (!options.unsafe.empty()) {
        const UnsafeRule* rule = lesson.find_unsafe(options.unsafe);
        if (!rule) {
            error = "the lesson '" + lesson.id + "' has no unsafe outcome \"" + options.unsafe + "\"";
            return false;
        }
        model.open_lesson(lesson, mode);
        LessonRun& run = *model.run();
        for (const Action& a : rule->path)
            run.act(a);
        while (!run.finished())
            if (!run.play_step_demo(why)) {
                error = "after unsafe outcome \"" + rule->id + "\": " + why;
                return false;
            }
        return true;
    }
    if (!model.open_lesson_at(lesson, mode, number - 1, why)) {
        error = "cannot reach step " + std::to_string(number) + ": " + why;
        return false;
    }
    return true;
}

// --screen NAME (with --screenshot): the learner's and the trainer's pages.
bool show_screen(AppModel& model, const Options& options, const std::string& lesson_id, const std::string& no_store,
                 std::string& error)
{
    if (!model.store()) {
        error = "--screen " + options.screen + " needs the progress store: " + no_store;
        return false;
    }
    const std::string& screen = options.screen;
    // The chosen learner, else the first one in the store; empty (with `error`) if none.
    auto some_learner = [&]() -> std::string {
        if (model.learner())
            return model.learner()->id;
        if (model.learners().empty()) {
            error = "--screen " + screen + " needs a learner (--learner NAME, or one in the store)";
            return {};
        }
        return model.learners().front().id;
    };
    if (screen == "picker") {
        model.back_to_learners();
    } else if (screen == "lessons") {
        const std::string id = some_learner();
        if (id.empty())
            return false;
        model.choose_learner(id);
    } else if (screen == "profile") {
        if (model.learner())
            model.edit_learner(model.learner()->id);
        else
            model.new_learner();
    } else if (screen == "pin") {
        model.open_trainer();
    } else if (screen == "dashboard") {
        model.unlock_trainer_for_screenshot();
    } else if (screen == "history") {
        const std::string id = some_learner();
        if (id.empty())
            return false;
        model.unlock_trainer_for_screenshot();
        model.open_history(id);
    } else if (screen == "projector") {
        const std::string turn = model.learner() ? model.learner()->id : std::string();
        model.unlock_trainer_for_screenshot();
        const Lesson* lesson = lesson_id.empty() ? nullptr : model.catalog().find(lesson_id);
        for (const CatalogEntry& e : model.catalog().entries)
            if (!lesson && e.lesson)
                lesson = &*e.lesson;
        if (!lesson) {
            error = "--screen projector needs a lesson";
            return false;
        }
        model.start_group_lesson(*lesson, options.mode.value_or(Mode::Guided));
        const std::size_t number = step_number(*lesson, options, error);
        if (number == 0)
            return false;
        if (number > 1) {
            std::string why;
            if (!model.run()->fast_forward_to(number - 1, why)) {
                error = "cannot reach step " + std::to_string(number) + ": " + why;
                return false;
            }
        }
        if (!turn.empty())
            model.switch_turn(turn);
    }
    return true;
}

} // namespace

int run_app(const Options& options, const std::string& default_lessons_dir)
{
    std::error_code ec;
    if (!options.lessons_dir.empty() && !std::filesystem::is_directory(u8_path(options.lessons_dir), ec)) {
        std::cerr << "luyenso: --lessons-dir '" << options.lessons_dir << "' is not a folder\n";
        return 1;
    }
    // The built-in lessons and the user's packs; a bad pack is reported in the list.
    Catalog catalog = load_library(options, default_lessons_dir);
    const std::string lesson_name = options.lesson;
    std::string error;
    // Resolve the lesson before the window opens, so that a bad name fails fast.
    std::string lesson_id;
    if (options.watch && !std::filesystem::is_regular_file(u8_path(lesson_name), ec)) {
        std::cerr << "luyenso: --watch needs a lesson file; '" << lesson_name << "' is not a file\n";
        return 1;
    }
    if (!lesson_name.empty() && !options.watch) {
        const Lesson* l = resolve_lesson(catalog, lesson_name, error);
        if (!l) {
            std::cerr << "luyenso: " << error << "\n";
            return 1;
        }
        lesson_id = l->file;
    }
    AppModel model(std::move(catalog));
    model.set_language(options.lang);
    model.set_text_percent(options.text_percent);
    model.set_high_contrast(options.high_contrast);
    // --watch: a lesson with errors is shown with them (and loaded again when saved).
    std::optional<LessonWatch> watch;
    if (options.watch) {
        watch.emplace(lesson_name);
        model.reload_lesson(lesson_name, load_lesson_file(lesson_name));
        if (model.chosen())
            lesson_id = model.chosen()->file;
    }
    const bool screenshot = !options.screenshot.empty();
    // One app per progress folder (Windows): a second one is told where the first is.
    std::unique_ptr<platform::InstanceLock> instance;
    if (!screenshot) {
        const std::string data_dir = options.data_dir.empty() ? platform::default_data_dir() : options.data_dir;
        instance = platform::InstanceLock::acquire(data_dir);
        if (!instance) {
            const std::string text =
                "Luyện Số đang mở ở một cửa sổ khác với cùng thư mục lưu (" + data_dir +
                "). Hãy dùng cửa sổ đó (xem thanh tác vụ ở cuối màn hình).\n\n"
                "Luyện Số is already open in another window with the same progress folder. Use that window.";
            std::cerr << "luyenso: already running with the progress folder " << data_dir << "\n";
            platform::show_error_box("Luyện Số", text);
            return 1;
        }
    }
    model.set_portable(options.data_dir.empty() && platform::portable_mode());
    Status store_status;
    auto store = open_app_store(options, model, screenshot, store_status);
    // (A screenshot of a PC where nobody has learned yet draws the lesson list.)
    const bool nothing_yet = screenshot && store_status.error == StoreError::NotFound;
    if (!store && !nothing_yet) {
        std::cerr << "luyenso: progress will not be saved: " << store_status.message << "\n";
        model.report_store_problem(store_status, store_path(options));
    }
    const std::string no_store = nothing_yet
                                     ? "there is none yet (" + store_path(options) + "): nobody has practised here"
                                     : "it could not be opened (see above)";
    if (!options.learner.empty() && !choose_learner(model, options, no_store, error)) {
        std::cerr << "luyenso: " << error << "\n";
        return 1;
    }
    if (!options.screen.empty() && !show_screen(model, options, lesson_id, no_store, error)) {
        std::cerr << "luyenso: " << error << "\n";
        return 1;
    }
    if (!lesson_id.empty() && options.screen.empty()) {
        const Lesson& lesson = *model.catalog().find(lesson_id);
        // Without a mode the lesson's start page lets the learner choose one.
        if (!options.mode && options.step == 0 && options.step_id.empty() && options.unsafe.empty())
            model.choose_lesson(lesson);
        else if (!open_at_step(model, lesson, options, error)) {
            std::cerr << "luyenso: " << error << "\n";
            return 1;
        }
    }

    const ui::FontFiles font_files{platform::find_font({"NotoSans-Regular.ttf", "DejaVuSans.ttf"}),
                                   platform::find_font({"NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"})};
    if (font_files.regular.empty()) {
        std::cerr << "luyenso: no font found; install fonts-noto-core or fonts-dejavu-core\n";
        return 1;
    }

    platform::WindowConfig config;
    config.width = options.width;
    config.height = options.height;
    config.fullscreen = options.fullscreen;
    config.hidden = !options.screenshot.empty();
    config.renderer = platform::renderer_request(std::getenv("LUYENSO_RENDERER"), std::getenv("LUYENSO_GL"));
    auto window = platform::Window::create(config, error);
    if (!window) {
        std::cerr << "luyenso: " << error << "\n";
        return 1;
    }
    std::cerr << window->renderer_log() << "\n";
    if (const float dpi = window->display_dpi(); dpi > 0)
        std::cerr << "display: " << dpi << " dpi, text at " << static_cast<int>(display_text_factor(dpi) * 100)
                  << " % of the learner's size\n";
    // The display's scale: --display-scale where given, else the system's (read every
    // frame: the window may be moved to a monitor with another scale).
    const auto display_factor = [&] {
        return options.display_percent > 0 ? static_cast<float>(options.display_percent) / 100.0F
                                           : display_text_factor(window->display_dpi());
    };
    ui::Fonts fonts;
    if (!fonts.load(*ImGui::GetIO().Fonts, font_files, error)) {
        std::cerr << "luyenso: " << error << "\n";
        return 1;
    }
    ui::apply_style(ImGui::GetStyle());
    platform::TextureImages images(*window);
    platform::Narrator narrator(platform::Window::post_wake, !options.screenshot.empty());
    ui::Shell shell(fonts, &images, &narrator);

    if (!options.screenshot.empty()) {
        // A few frames let ImGui settle its windows; then the last one is saved.
        for (int frame = 0; frame < 3; ++frame) {
            window->pump_events(0);
            // The saved frame is drawn in full and not presented: without a kept frame
            // (GL 2, SDL_Renderer) a presented back buffer holds nothing defined.
            if (frame == 2)
                window->repaint_all();
            window->begin_frame();
            shell.set_fullscreen_state(window->fullscreen());
            shell.set_display_factor(display_factor());
            shell.draw(model, 0.4);
            window->render();
            if (frame < 2)
                window->present();
        }
        if (!window->save_png(options.screenshot, error)) {
            std::cerr << "luyenso: " << error << "\n";
            return 1;
        }
        std::cout << "wrote " << options.screenshot << " (" << window->description() << ")\n";
        return 0;
    }

    SpokenState spoken;
    auto narrate = [&] {
        const SpokenState now_spoken = spoken_state(model);
        narrate_changes(model, spoken, now_spoken, narrator, model.voice());
        spoken = now_spoken;
    };
    std::uint64_t last_ms = window->ticks_ms();
    constexpr std::uint64_t watch_poll_ms = 400;
    std::uint64_t last_watch_ms = last_ms;
    bool redraw = true;
    // One frame; the desktop waits for events between frames, the browser calls it at
    // each animation frame (platform::web::run_frames) and never waits.
    auto frame = [&] {
        const bool animating = shell.animating(model);
        const int timeout = platform::web::frames_paced_by_browser ? 0 : redraw ? 0 : animating ? 40 : 250;
        int events = window->pump_events(timeout);
        const std::uint64_t now = window->ticks_ms();
        model.set_wall_clock(platform::wall_clock_ms());
        // The watched file's time is read a few times a second (the loop wakes at least
        // every 250 ms), never in a busy loop.
        if (watch && now - last_watch_ms >= watch_poll_ms) {
            last_watch_ms = now;
            if (watch->changed())
                model.reload_lesson(watch->path(), load_lesson_file(watch->path()));
        }
        model.advance(static_cast<std::int64_t>(now - last_ms));
        last_ms = now;
        narrate();
        narrator.update();
        // Every wake-up draws the frame (a fraction of a millisecond); render() repaints
        // only what changed on screen, and nothing at all when nothing did.
        window->begin_frame();
        shell.set_fullscreen_state(window->fullscreen());
        shell.set_display_factor(display_factor());
        shell.set_composition(window->composition());
        shell.draw(model, static_cast<double>(now) / 1000.0);
        // (The browser shows the device's keyboard for it.)
        platform::web::set_text_wanted(ImGui::GetIO().WantTextInput || (model.page() == Page::Lesson && model.run() &&
                                                                        model.run()->phone().input_focused()));
        platform::web::set_between_lessons(model.page() == Page::Learners || model.page() == Page::LessonList);
        platform::web::set_language(model.language());
        if (window->render())
            window->present();
        // The full-screen button's request: the window acts on it (and draws anew).
        if (const auto fullscreen = shell.take_fullscreen_request()) {
            window->set_fullscreen(*fullscreen);
            events += 1;
        }
        narrate();
        // Input may change what the next frame shows (ImGui reacts a frame late).
        redraw = events > 0;
    };
#ifdef __EMSCRIPTEN__
    // The browser tests' view of the frame: recorded from the first time it is asked for.
    ui::LayoutLog probe_log;
    auto probe = [&] {
        shell.set_layout_log(&probe_log);
        return describe_frame(model, shell, probe_log, window->pixel_ratio());
    };
    platform::web::run_frames(frame, store ? store->path() : std::string(), probe); // does not return
#endif
    while (!window->quit_requested())
        frame();
    return 0;
}

} // namespace luyenso::app
