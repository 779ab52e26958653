#include "run_app.h"

#include "app_model.h"
#include "fonts.h"
#include "gl_images.h"
#include "lesson_watch.h"
#include "narrator.h"
#include "paths.h"
#include "shell.h"
#include "theme.h"
#include "window.h"

#include <imgui.h>

#include <filesystem>
#include <iostream>
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
    if (std::filesystem::is_regular_file(name, ec)) {
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
        if (e.path == name || (!e.lesson && std::filesystem::path(e.path).stem() == name)) {
            for (const Diagnostic& d : e.errors)
                std::cerr << d.to_string() << "\n";
            error = "the lesson '" + name + "' has errors (listed above)";
            return nullptr;
        }
    error = "no lesson '" + name + "' (give a lesson id or a .json file; `luyenso check` lists the lessons)";
    return nullptr;
}

} // namespace

int run_app(const Options& options, const std::string& default_lessons_dir)
{
    std::error_code ec;
    if (!options.lessons_dir.empty() && !std::filesystem::is_directory(options.lessons_dir, ec)) {
        std::cerr << "luyenso: --lessons-dir '" << options.lessons_dir << "' is not a folder\n";
        return 1;
    }
    // The built-in lessons and the user's packs; a bad pack is reported in the list.
    Catalog catalog = load_library(options, default_lessons_dir);
    const std::string lesson_name = options.lesson;
    std::string error;
    // Resolve the lesson before the window opens, so that a bad name fails fast.
    std::string lesson_id;
    if (options.watch && !std::filesystem::is_regular_file(lesson_name, ec)) {
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
    if (!lesson_id.empty()) {
        const Lesson& lesson = *model.catalog().find(lesson_id);
        // Without a mode the lesson's start page lets the learner choose one.
        if (!options.mode && options.step == 0)
            model.choose_lesson(lesson);
        else
            model.open_lesson(lesson, options.mode.value_or(Mode::Guided));
        if (options.step > 0 && model.run()) {
            // One past the last step is the "well done" page.
            if (static_cast<std::size_t>(options.step) > lesson.steps.size() + 1) {
                std::cerr << "luyenso: the lesson '" << lesson.id << "' has " << lesson.steps.size() << " steps, not "
                          << options.step << " (" << lesson.steps.size() + 1 << " shows its end)\n";
                return 1;
            }
            std::string why;
            if (!model.run()->fast_forward_to(static_cast<std::size_t>(options.step - 1), why)) {
                std::cerr << "luyenso: cannot reach step " << options.step << ": " << why << "\n";
                return 1;
            }
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
    auto window = platform::Window::create(config, error);
    if (!window) {
        std::cerr << "luyenso: " << error << "\n";
        return 1;
    }
    ui::Fonts fonts;
    if (!fonts.load(*ImGui::GetIO().Fonts, font_files, error)) {
        std::cerr << "luyenso: " << error << "\n";
        return 1;
    }
    ui::apply_style(ImGui::GetStyle());
    platform::GlImages images;
    platform::Narrator narrator(platform::Window::post_wake, !options.screenshot.empty());
    ui::Shell shell(fonts, &images, &narrator);
    const std::string vi_voice = "vi"; // the Northern voice; a learner's choice comes with profiles

    if (!options.screenshot.empty()) {
        // A few frames let ImGui settle its windows; then the last one is saved.
        for (int frame = 0; frame < 3; ++frame) {
            window->pump_events(0);
            window->begin_frame();
            shell.draw(model, 0.4);
            window->render();
            if (frame < 2)
                window->present();
        }
        if (!window->save_png(options.screenshot, error)) {
            std::cerr << "luyenso: " << error << "\n";
            return 1;
        }
        std::cout << "wrote " << options.screenshot << " (" << window->gl_description() << ")\n";
        return 0;
    }

    SpokenState spoken;
    auto narrate = [&] {
        const SpokenState now_spoken = spoken_state(model);
        narrate_changes(model, spoken, now_spoken, narrator, vi_voice);
        spoken = now_spoken;
    };
    std::uint64_t last_ms = window->ticks_ms();
    constexpr std::uint64_t watch_poll_ms = 400;
    std::uint64_t last_watch_ms = last_ms;
    bool redraw = true;
    while (!window->quit_requested()) {
        const bool animating = shell.animating(model);
        const int timeout = redraw ? 0 : animating ? 40 : 250;
        const int events = window->pump_events(timeout);
        const std::uint64_t now = window->ticks_ms();
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
        shell.draw(model, static_cast<double>(now) / 1000.0);
        if (window->render())
            window->present();
        narrate();
        // Input may change what the next frame shows (ImGui reacts a frame late).
        redraw = events > 0;
    }
    return 0;
}

} // namespace luyenso::app
