#include "catalog.h"

#include "lesson_run.h"

#include <algorithm>
#include <filesystem>

namespace luyenso {

namespace fs = std::filesystem;

Catalog Catalog::load(const std::vector<std::string>& paths)
{
    Catalog c;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<std::string> files;
            for (const auto& entry : fs::directory_iterator(path, ec))
                if (entry.is_regular_file(ec) && entry.path().extension() == ".json")
                    files.push_back(entry.path().string());
            if (ec)
                c.entries.push_back({path, std::nullopt, {{path, {}, "cannot read the folder: " + ec.message()}}});
            std::sort(files.begin(), files.end());
            for (const auto& f : files) {
                LoadResult r = load_lesson_file(f);
                c.entries.push_back({f, std::move(r.lesson), std::move(r.errors)});
            }
        } else if (fs::exists(path, ec)) {
            LoadResult r = load_lesson_file(path);
            c.entries.push_back({path, std::move(r.lesson), std::move(r.errors)});
        } else {
            c.entries.push_back({path, std::nullopt, {{path, {}, "no such file or folder"}}});
        }
    }
    // Two lessons with one id would make "--lesson ID" ambiguous: the later one is refused.
    for (std::size_t i = 0; i < c.entries.size(); ++i) {
        if (!c.entries[i].lesson)
            continue;
        for (std::size_t k = 0; k < i; ++k) {
            if (c.entries[k].lesson && c.entries[k].lesson->id == c.entries[i].lesson->id) {
                c.entries[i].errors.push_back({c.entries[i].path,
                                               {},
                                               "lesson id \"" + c.entries[i].lesson->id + "\" is already used by " +
                                                   c.entries[k].path + "; give this lesson another id"});
                c.entries[i].lesson.reset();
                break;
            }
        }
    }
    std::stable_sort(c.entries.begin(), c.entries.end(), curriculum_before);
    return c;
}

bool curriculum_before(const CatalogEntry& a, const CatalogEntry& b)
{
    if (!a.lesson || !b.lesson)
        return a.lesson && !b.lesson;
    const Lesson& x = *a.lesson;
    const Lesson& y = *b.lesson;
    if (x.order.has_value() != y.order.has_value())
        return x.order.has_value();
    if (x.order != y.order)
        return *x.order < *y.order;
    return x.id < y.id;
}

const Lesson* Catalog::find(const std::string& id_or_path) const
{
    for (const auto& e : entries)
        if (e.lesson && (e.lesson->id == id_or_path || e.path == id_or_path))
            return &*e.lesson;
    return nullptr;
}

std::vector<CheckResult> check_catalog(const Catalog& catalog)
{
    std::vector<CheckResult> results;
    for (const auto& entry : catalog.entries) {
        CheckResult r;
        r.path = entry.path;
        r.errors = entry.errors;
        if (entry.lesson) {
            const Lesson& lesson = *entry.lesson;
            r.id = lesson.id;
            r.title = lesson.title.get("vi");
            r.skills = lesson.skills;
            LessonRun run(lesson, Mode::Watch);
            std::string why;
            for (int guard = 0; !run.finished() && guard < 1000; ++guard) {
                const Step* s = run.current_step();
                if (s->demo.empty() && s->done_when.kind == Condition::Kind::Screen) {
                    r.errors.push_back(
                        {lesson.file, s->pos,
                         "step \"" + s->id + "\" has no demonstration (\"demo\"); add the actions that do it"});
                    break;
                }
                const SourcePos pos = s->pos;
                const std::size_t number = run.step_index() + 1;
                if (!run.play_step_demo(why)) {
                    if (why.find("; ") == std::string::npos)
                        why += "; correct the step's \"demo\" or its \"done_when\" (luyenso --lesson " + lesson.file +
                               " --step " + std::to_string(number) + " --mode watch shows the phone there)";
                    r.errors.push_back({lesson.file, pos, why});
                    break;
                }
            }
            if (!run.finished() && r.errors.empty())
                r.errors.push_back({lesson.file, run.current_step()->pos,
                                    "the demonstration never reaches the end of the lesson; let the demonstrations "
                                    "take branches that lead to the end"});
        }
        results.push_back(std::move(r));
    }
    return results;
}

} // namespace luyenso
