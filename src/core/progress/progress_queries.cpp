// What the UI and the reports show: each learner's standing per lesson (with where to
// resume), the class dashboard and mastery per skill. One scan of the attempts, folded
// in C++ (their totals are kept per attempt, so the steps are never read here).
#include "progress/progress_store.h"

#include "progress/progress_store_impl.h"
#include "progress/progress_util.h"

#include <algorithm>
#include <limits>
#include <set>
#include <string_view>
#include <unordered_map>

namespace luyenso {

namespace {

// Lookups by string_view without making a std::string (C++20 heterogeneous lookup).
struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using IndexOf = std::unordered_map<std::string, std::size_t, ViewHash, std::equal_to<>>;

// What one (learner, lesson) pair gathers while the attempts are read.
struct Gather {
    TimeMs latest_try = std::numeric_limits<TimeMs>::min();     // latest start outside watch mode
    TimeMs resume_started = std::numeric_limits<TimeMs>::min(); // the latest unfinished guided/practice attempt
};

// Reads the attempts (of one learner, or all) once, in table order, and folds each into
// the LessonProgress that `cell(learner_id, lesson_id)` gives (nullptr: not wanted).
// A single sequential scan: no index lookups and no sorting, whatever the store's size.
template <typename CellFor>
bool fold_attempts(const ProgressStore::Impl& impl, const std::string& learner_id, CellFor&& cell)
{
    sql::Stmt q = impl.stmt(
        std::string("SELECT learner_id, lesson_id, mode, outcome, passed, score, started_at, hints, "
                    "wrong_actions, duration_ms, steps_reached, id, unsafe <> '' FROM attempts") +
        (learner_id.empty() ? "" : " WHERE learner_id = ?1"));
    if (!learner_id.empty())
        q.bind(1, learner_id);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        auto [p, g] = cell(q.view(0), q.view(1));
        if (!p)
            continue;
        const std::string_view mode = q.view(2);
        const std::string_view outcome = q.view(3);
        const bool test = mode == "test";
        const bool watch = mode == "watch";
        const TimeMs started = q.i64(6);
        ++p->attempts;
        p->hints += q.i32(7);
        p->wrong_actions += q.i32(8);
        p->time_ms += q.i64(9);
        p->last_at = p->attempts == 1 ? started : std::max(p->last_at, started);
        if (test && q.i32(4) == 1)
            p->status = LessonStatus::PassedTest;
        // A test not passed (a low score, or an unsafe choice) is not "done": only guided
        // or practice attempts make a lesson done with help.
        else if (outcome == "completed" && !watch && !test && p->status != LessonStatus::PassedTest)
            p->status = LessonStatus::DoneWithHelp;
        else if (p->status == LessonStatus::NotStarted)
            p->status = LessonStatus::InProgress;
        if (test && !q.is_null(5))
            p->best_score = std::max(p->best_score.value_or(0), q.i32(5));
        const bool unsafe = q.i32(12) != 0;
        p->unsafe_attempts += unsafe ? 1 : 0;
        if (!watch && started >= g->latest_try) {
            g->latest_try = started;
            p->latest_unsafe = unsafe;
        }
        if ((mode == "guided" || mode == "practice") && (outcome == "in_progress" || outcome == "stopped") &&
            started > g->resume_started) {
            g->resume_started = started;
            p->resume_attempt = std::string(q.view(11));
            p->resume_step = q.i32(10);
        }
    }
    if (rc != SQLITE_DONE) {
        impl.failed(rc, "reading progress");
        return false;
    }
    return true;
}

// Resuming only makes sense when no later attempt was made.
void settle(LessonProgress& p, const Gather& g)
{
    if (p.resume_step >= 0 && g.latest_try > g.resume_started) {
        p.resume_attempt.clear();
        p.resume_step = -1;
    }
}

SkillLevel level_of(const LessonProgress& p)
{
    switch (p.status) {
    case LessonStatus::PassedTest: return SkillLevel::Mastered;
    case LessonStatus::DoneWithHelp: return SkillLevel::Practised;
    case LessonStatus::InProgress: return SkillLevel::Started;
    case LessonStatus::NotStarted: return SkillLevel::NotStarted;
    }
    return SkillLevel::NotStarted;
}

} // namespace

std::vector<LessonInfo> ProgressStore::all_lessons(const std::vector<LessonInfo>& catalog) const
{
    std::vector<LessonInfo> out = catalog;
    std::set<std::string> ids;
    for (const auto& l : catalog)
        ids.insert(l.id);
    for (auto& l : known_lessons())
        if (ids.insert(l.id).second)
            out.push_back(std::move(l));
    return out;
}

std::vector<LessonProgress> ProgressStore::lesson_statuses(const std::string& learner_id,
                                                           const std::vector<LessonInfo>& lessons) const
{
    std::vector<LessonProgress> out;
    IndexOf index;
    for (const LessonInfo& l : lessons) {
        if (index.emplace(l.id, out.size()).second) {
            out.emplace_back();
            out.back().lesson_id = l.id;
        }
    }
    const std::size_t listed = out.size();
    std::vector<Gather> gather(listed);
    if (learner_id.empty())
        return out;
    fold_attempts(*impl_, learner_id, [&](std::string_view, std::string_view lesson) {
        auto it = index.find(lesson);
        if (it == index.end()) { // a lesson the caller did not list
            it = index.emplace(std::string(lesson), out.size()).first;
            out.emplace_back();
            out.back().lesson_id = it->first;
            gather.emplace_back();
        }
        return std::pair{&out[it->second], &gather[it->second]};
    });
    for (std::size_t i = 0; i < out.size(); ++i)
        settle(out[i], gather[i]);
    // The lessons not listed, by id.
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(listed), out.end(),
              [](const auto& a, const auto& b) { return a.lesson_id < b.lesson_id; });
    return out;
}

Dashboard ProgressStore::dashboard(const std::vector<LessonInfo>& lessons, const std::string& village) const
{
    Dashboard d;
    d.lessons = all_lessons(lessons);
    const std::string folded = progress::fold_name(village);
    for (auto& p : learners())
        if (village.empty() || progress::fold_name(p.village) == folded)
            d.learners.push_back(std::move(p));
    IndexOf row;
    IndexOf col;
    row.reserve(d.learners.size());
    for (std::size_t i = 0; i < d.learners.size(); ++i)
        row.emplace(d.learners[i].id, i);
    for (std::size_t k = 0; k < d.lessons.size(); ++k)
        col.emplace(d.lessons[k].id, k);
    const std::size_t width = d.lessons.size();
    d.cells.resize(d.learners.size() * width);
    for (std::size_t i = 0; i < d.learners.size(); ++i)
        for (std::size_t k = 0; k < width; ++k)
            d.cells[i * width + k].lesson_id = d.lessons[k].id;
    std::vector<Gather> gather(d.cells.size());
    fold_attempts(*impl_, {}, [&](std::string_view learner, std::string_view lesson) {
        const auto r = row.find(learner);
        const auto c = r != row.end() ? col.find(lesson) : col.end();
        if (c == col.end())
            return std::pair<LessonProgress*, Gather*>{nullptr, nullptr};
        const std::size_t at = r->second * width + c->second;
        return std::pair{&d.cells[at], &gather[at]};
    });
    for (std::size_t i = 0; i < d.cells.size(); ++i)
        settle(d.cells[i], gather[i]);
    return d;
}

std::vector<SkillMastery> ProgressStore::mastery(const std::string& learner_id,
                                                 const std::vector<LessonInfo>& lessons) const
{
    const std::vector<LessonInfo> all = all_lessons(lessons);
    const std::vector<LessonProgress> statuses = lesson_statuses(learner_id, all);
    std::vector<SkillMastery> out;
    for (std::size_t i = 0; i < all.size() && i < statuses.size(); ++i) {
        for (const std::string& skill : all[i].skills) {
            auto it = std::find_if(out.begin(), out.end(), [&](const SkillMastery& m) { return m.skill == skill; });
            if (it == out.end()) {
                out.push_back({skill, SkillLevel::NotStarted});
                it = out.end() - 1;
            }
            it->level = std::max(it->level, level_of(statuses[i]));
        }
    }
    return out;
}

} // namespace luyenso
