#include "lessons/catalog.h"

#include "lessons/lesson_reader.h"
#include "lessons/lesson_run.h"
#include "text/json_source.h"
#include "text/u8path.h"
#include "text/utf8.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace luyenso {

namespace fs = std::filesystem;

namespace {

// Folders are UTF-8 text, joined with u8_join: a file's name in a message reads with the
// separator the folder was given with (D:/x/pack.json, C:\Bài học\pack.json).
bool is_pack_folder(const std::string& folder)
{
    std::error_code ec;
    return fs::is_regular_file(u8_path(u8_join(folder, "pack.json")), ec);
}

// pack.json: {"name": ..., "version": ..., "author": ..., "languages": ["vi", ...]}.
std::optional<Pack> read_pack_file(const std::string& folder, Diagnostics& errors)
{
    const std::string file = u8_join(folder, "pack.json");
    std::ifstream in(u8_path(file), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    Diagnostic syntax;
    const auto doc = JsonDocument::parse(text.str(), syntax);
    if (!in || !doc) {
        syntax.file = file;
        if (!in)
            syntax = make_diagnostic(file, {}, "", {"cannot-read-file"});
        errors.push_back(syntax);
        return std::nullopt;
    }
    const std::size_t before = errors.size();
    Reader r(*doc, file, errors);
    const nlohmann::json& j = doc->root();
    Pack pack;
    pack.folder = folder;
    if (r.object("", j, {"name", "version", "author", "languages"}, "pack.json")) {
        if (auto v = r.string("", j, "name", true, "pack.json"))
            pack.name = *v;
        if (auto v = r.string("", j, "version", true, "pack.json"))
            pack.version = *v;
        if (auto v = r.string("", j, "author", true, "pack.json"))
            pack.author = *v;
        if (const nlohmann::json* langs = r.list("", j, "languages")) {
            for (std::size_t i = 0; i < langs->size(); ++i) {
                const nlohmann::json& l = (*langs)[i];
                if (!l.is_string() || l.get<std::string>().size() < 2 || !is_slug(l.get<std::string>()))
                    r.error_at_value(json_pointer_append("/languages", i), {"language-code"});
                else
                    pack.languages.push_back(l.get<std::string>());
            }
            if (std::find(pack.languages.begin(), pack.languages.end(), "vi") == pack.languages.end())
                r.error_at_value("/languages", {"languages-lacks-vi"}, {"fix-add-vi-language"});
        } else if (!j.contains("languages")) {
            r.error_at_value("", {"pack-needs-languages"});
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return pack;
}

void load_lessons_in(Catalog& c, const std::string& path, const std::string& pack)
{
    std::error_code ec;
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(u8_path(path), ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".json" && entry.path().filename() != "pack.json")
            files.push_back(u8_join(path, path_u8(entry.path().filename())));
    if (ec)
        c.entries.push_back(
            {path, std::nullopt, {make_diagnostic(path, {}, "", {"cannot-read-folder", {ec.message()}})}, pack});
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        // A lesson that is a link out of its folder is refused, as a linked asset is.
        if (const std::string real = real_path_outside(path, f); !real.empty()) {
            c.entries.push_back({f,
                                 std::nullopt,
                                 {make_diagnostic(f, {}, "", {"lesson-link-outside", {real}}, {"fix-copy-file"})},
                                 pack});
            continue;
        }
        LoadResult r = load_lesson_file(f);
        c.entries.push_back({f, std::move(r.lesson), std::move(r.errors), pack, std::move(r.warnings)});
    }
}

// A pack's folder: its pack.json, then its lessons; a bad pack.json skips them all.
void load_pack(Catalog& c, const std::string& folder)
{
    Diagnostics errors;
    std::optional<Pack> pack = read_pack_file(folder, errors);
    if (!pack) {
        std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
        });
        std::error_code ec;
        std::size_t lessons = 0;
        for (const auto& entry : fs::directory_iterator(u8_path(folder), ec))
            lessons += entry.path().extension() == ".json" && entry.path().filename() != "pack.json" ? 1 : 0;
        const std::string file = u8_join(folder, "pack.json");
        errors.push_back(make_diagnostic(file, {}, "",
                                         {lessons == 1 ? "pack-skipped-one" : "pack-skipped",
                                          {path_u8(u8_path(folder).filename()), std::to_string(lessons)}},
                                         {"fix-correct-pack"}));
        c.entries.push_back({file, std::nullopt, std::move(errors), folder});
        return;
    }
    c.packs.push_back(*pack);
    load_lessons_in(c, folder, folder);
}

void load_path(Catalog& c, const std::string& path)
{
    std::error_code ec;
    if (fs::is_directory(u8_path(path), ec)) {
        if (is_pack_folder(path))
            load_pack(c, path);
        else
            load_lessons_in(c, path, {});
    } else if (fs::exists(u8_path(path), ec)) {
        LoadResult r = load_lesson_file(path);
        c.entries.push_back({path, std::move(r.lesson), std::move(r.errors), {}, std::move(r.warnings)});
    } else {
        c.entries.push_back({path, std::nullopt, {make_diagnostic(path, {}, "", {"no-such-path"})}, {}});
    }
}

// Two lessons with one id would make "--lesson ID" ambiguous: the later one is refused.
void refuse_duplicate_ids(Catalog& c)
{
    for (std::size_t i = 0; i < c.entries.size(); ++i) {
        if (!c.entries[i].lesson)
            continue;
        for (std::size_t k = 0; k < i; ++k) {
            if (c.entries[k].lesson && c.entries[k].lesson->id == c.entries[i].lesson->id) {
                c.entries[i].errors.push_back(make_diagnostic(
                    c.entries[i].path, {}, "", {"lesson-id-used", {c.entries[i].lesson->id, c.entries[k].path}},
                    {"fix-other-lesson-id"}));
                c.entries[i].lesson.reset();
                break;
            }
        }
    }
}

} // namespace

Catalog Catalog::load(const std::vector<std::string>& paths)
{
    Catalog c;
    for (const std::string& path : paths)
        load_path(c, path);
    refuse_duplicate_ids(c);
    std::stable_sort(c.entries.begin(), c.entries.end(), curriculum_before);
    return c;
}

Catalog Catalog::load_library(const std::string& builtin_dir, const std::string& user_dir)
{
    Catalog c;
    if (!builtin_dir.empty())
        load_path(c, builtin_dir);
    const std::size_t builtin_count = c.entries.size();
    std::error_code ec;
    if (!user_dir.empty() && fs::is_directory(u8_path(user_dir), ec)) {
        std::vector<std::string> folders;
        for (const auto& entry : fs::directory_iterator(u8_path(user_dir), ec))
            if (entry.is_directory(ec)) // (joined as given: "D:/x" stays "D:/x/pack" on Windows)
                folders.push_back(u8_join(user_dir, path_u8(entry.path().filename())));
        std::sort(folders.begin(), folders.end());
        load_lessons_in(c, user_dir, {}); // lone lessons
        for (const std::string& folder : folders) {
            if (is_pack_folder(folder))
                load_pack(c, folder);
            else
                c.entries.push_back({folder,
                                     std::nullopt,
                                     {make_diagnostic(folder, {}, "", {"folder-not-pack"}, {"fix-add-pack-json"})},
                                     folder});
        }
    } else if (!user_dir.empty() && fs::exists(u8_path(user_dir), ec)) {
        c.entries.push_back(
            {user_dir, std::nullopt, {make_diagnostic(user_dir, {}, "", {"lessons-folder-not-folder"})}, {}});
    }
    refuse_duplicate_ids(c);
    // Built-in lessons, lone lessons, each pack, then the packs that did not load;
    // curriculum order in each group.
    auto group = [&](const CatalogEntry& e) {
        const auto at = static_cast<std::size_t>(&e - c.entries.data());
        const bool pack_loaded = std::any_of(c.packs.begin(), c.packs.end(),
                                             [&](const Pack& p) { return p.folder == e.pack; });
        return std::pair<int, std::string>(at < builtin_count ? 0 : e.pack.empty() ? 1 : pack_loaded ? 2 : 3, e.pack);
    };
    std::vector<std::pair<std::pair<int, std::string>, CatalogEntry>> keyed;
    for (const CatalogEntry& e : c.entries)
        keyed.emplace_back(group(e), e);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        return curriculum_before(a.second, b.second);
    });
    c.entries.clear();
    for (auto& [key, e] : keyed) {
        c.builtin_count += key.first == 0 ? 1 : 0;
        c.entries.push_back(std::move(e));
    }
    return c;
}

const Pack* Catalog::pack_of(const CatalogEntry& entry) const
{
    for (const Pack& p : packs)
        if (!entry.pack.empty() && p.folder == entry.pack)
            return &p;
    return nullptr;
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

PathProblem play_unsafe_path(const Lesson& lesson, const UnsafeRule& rule, TestResult& result)
{
    LessonRun run(lesson, Mode::Test);
    auto happened = [&] {
        return std::any_of(run.unsafe_hits().begin(), run.unsafe_hits().end(),
                           [&](const UnsafeHit& h) { return h.rule == &rule; });
    };
    for (std::size_t i = 0; i < rule.path.size(); ++i) {
        if (run.finished())
            return {{"unsafe-path-ended", {rule.id, std::to_string(i)}}, {"fix-path-remove-after"}};
        const ActionResult r = run.act(rule.path[i]);
        if (!r.accepted)
            return {{"unsafe-path-refused", {rule.id, std::to_string(i + 1), rule.path[i].describe()}, {r.why}},
                    {"fix-correct-path"}};
    }
    if (!happened())
        return {{"unsafe-path-misses", {rule.id, run.phone().screen_id()}}, {"fix-path-trigger", {rule.on.name}}};
    // The learner then finishes the lesson as shown: it must still not pass.
    std::string why;
    for (int guard = 0; !run.finished() && guard < 1000; ++guard)
        if (!run.play_step_demo(why))
            return {{"unsafe-path-cannot-finish", {rule.id}, {run.demo_failure()}}, {"fix-teaching-branch"}};
    result = run.result();
    if (result.passed)
        return {{"unsafe-path-passes", {rule.id}}};
    return {};
}

namespace {

// A warning for each text of the lesson longer than the screens show (linear in its text).
Diagnostics text_warnings(const Lesson& lesson)
{
    Diagnostics out;
    auto look = [&](const LocalText& text, const std::string& what, SourcePos pos, std::size_t limit) {
        for (const auto& [lang, t] : text.all())
            if (const std::size_t n = utf8_length(t); n > limit)
                out.push_back(make_diagnostic(lesson.file, pos, "",
                                              {"text-too-long", {what, lang, std::to_string(n), std::to_string(limit)}},
                                              {"fix-shorter"}));
    };
    look(lesson.title, "the title", {}, screen_title_chars);
    look(lesson.intro, "the intro", {}, screen_text_chars);
    look(lesson.finish, "the finish message", {}, screen_text_chars);
    look(lesson.goal, "the goal", {}, screen_text_chars);
    for (const Step& s : lesson.steps) {
        look(s.say, "a step's \"say\"", s.pos, screen_text_chars);
        for (const LocalText& h : s.hints)
            look(h, "a hint", s.pos, screen_text_chars);
        for (const Branch& b : s.next)
            look(b.say, "a branch's \"say\"", s.pos, screen_text_chars);
    }
    return out;
}

} // namespace

std::vector<CheckResult> check_catalog(const Catalog& catalog)
{
    std::vector<CheckResult> results;
    for (const auto& entry : catalog.entries) {
        CheckResult r;
        r.path = entry.path;
        r.errors = entry.errors;
        r.warnings = entry.warnings;
        if (entry.lesson) {
            const Lesson& lesson = *entry.lesson;
            r.id = lesson.id;
            r.title = lesson.title.get("vi");
            r.skills = lesson.skills;
            const Diagnostics long_texts = text_warnings(lesson);
            r.warnings.insert(r.warnings.end(), long_texts.begin(), long_texts.end());
            LessonRun run(lesson, Mode::Watch);
            std::string why;
            for (int guard = 0; !run.finished() && guard < 1000; ++guard) {
                const Step* s = run.current_step();
                if (s->demo.empty() && s->done_when.kind == Condition::Kind::Screen) {
                    r.errors.push_back(make_diagnostic(lesson.file, s->pos,
                                                       "/steps/" + std::to_string(run.step_index()),
                                                       {"no-demo", {s->id}}, {"fix-add-demo"}));
                    break;
                }
                const SourcePos done_when_pos = s->done_when_pos;
                const SourcePos demo_pos = s->demo_pos;
                const std::size_t number = run.step_index() + 1;
                if (!run.play_step_demo(why)) {
                    // Not completed: at its "done_when", saying what happened instead; an
                    // action refused: at its "demo".
                    const bool refused = run.demo_failure().id == "demo-refused";
                    const std::string ptr = "/steps/" + std::to_string(number - 1) + (refused ? "/demo" : "/done_when");
                    r.errors.push_back(make_diagnostic(lesson.file, refused ? demo_pos : done_when_pos, ptr,
                                                       run.demo_failure(),
                                                       {"fix-demo-failed", {lesson.file, std::to_string(number)}}));
                    break;
                }
            }
            if (!run.finished() && r.errors.empty())
                r.errors.push_back(
                    make_diagnostic(lesson.file, run.current_step()->pos, "", {"demo-never-ends"}, {"fix-demo-ends"}));
            // The demonstration is the safe way through: it must not do anything unsafe.
            if (!run.unsafe_hits().empty())
                r.errors.push_back(make_diagnostic(
                    lesson.file, run.unsafe_hits().front().rule->pos, "",
                    {"demo-unsafe", {run.unsafe_hits().front().rule->id, run.unsafe_hits().front().step_id}},
                    {"fix-demo-safe"}));
            // Each unsafe outcome's path: it happens, and the test attempt is not passed.
            for (const UnsafeRule* u : lesson.all_unsafe()) {
                TestResult t;
                PathProblem problem = play_unsafe_path(lesson, *u, t);
                if (!problem.empty())
                    r.errors.push_back(
                        make_diagnostic(lesson.file, u->pos, "", std::move(problem.what), std::move(problem.fix)));
            }
        }
        results.push_back(std::move(r));
    }
    return results;
}

} // namespace luyenso
