// Moving progress between PCs: export a bundle, import (merge) one. The rules, also in
// docs/progress.md:
// - A learner is the same learner when the id is the same, or the id was merged here
//   before (an alias), or, for a learner created separately on two PCs, when the name
//   and the village match (case and spacing ignored; the earliest created local learner
//   if several match). A merge leaves an alias, so the next import maps it at once.
// - Profiles that differ: the newer edit (updated_at) wins; on a tie the one whose
//   fields sort last, so that two PCs importing each other's bundles agree.
// - Attempts are unioned by id, steps by (attempt, seq). For an attempt both sides
//   have, the further one wins: finished over unfinished, then completed over abandoned
//   over stopped over in progress, then more steps.
// - Lessons: the higher version's title and skills.
// Importing the same bundle twice changes nothing the second time.
#include "progress/progress_store.h"

#include "progress/progress_store_impl.h"
#include "progress/progress_util.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace luyenso {

namespace {

std::string who(const LearnerProfile& p)
{
    return p.name + (p.village.empty() ? "" : " (" + p.village + ")");
}

std::string profile_key(const LearnerProfile& p)
{
    return p.name + '\x1f' + p.village + '\x1f' + p.photo + '\x1f' + p.voice + '\x1f' + std::to_string(p.text_size);
}

std::string edited(TimeMs t)
{
    return progress::local_date_time(t, 0) + " UTC";
}

int outcome_rank(Outcome o)
{
    switch (o) {
    case Outcome::InProgress: return 0;
    case Outcome::Stopped: return 1;
    case Outcome::Abandoned: return 2;
    case Outcome::Completed: return 3;
    }
    return 0;
}

auto further_key(const AttemptRow& a, std::size_t steps)
{
    return std::make_tuple(a.ended_at.has_value() ? 1 : 0, outcome_rank(a.outcome), steps, a.steps_reached);
}

} // namespace

Bundle ProgressStore::export_bundle(TimeMs now, const std::string& learner_id) const
{
    Bundle b;
    b.pc_id = impl_->pc_id;
    b.exported_at = now;
    if (learner_id.empty()) {
        b.learners = learners();
    } else if (auto p = learner(learner_id)) {
        b.learners.push_back(std::move(*p));
    }
    std::set<std::string> ids;
    for (const auto& p : b.learners)
        ids.insert(p.id);
    {
        sql::Stmt q = impl_->stmt("SELECT alias_id, learner_id FROM learner_aliases ORDER BY alias_id");
        while (q.step() == SQLITE_ROW)
            if (ids.count(q.text(1)))
                b.aliases.push_back({q.text(0), q.text(1)});
    }
    std::set<std::string> lessons;
    auto add = [&](const AttemptRow& a) {
        if (!ids.count(a.learner_id))
            return true;
        lessons.insert(a.lesson_id);
        b.attempts.push_back(a);
        return true;
    };
    if (learner_id.empty()) {
        for_each_attempt(add, true);
    } else {
        auto h = history(learner_id, true);
        std::reverse(h.begin(), h.end()); // oldest first, as for_each_attempt gives them
        for (const auto& a : h)
            add(a);
    }
    for (auto& l : known_lessons())
        if (learner_id.empty() || lessons.count(l.id))
            b.lessons.push_back(std::move(l));
    return b;
}

Status ProgressStore::import_bundle(const Bundle& bundle, ImportSummary& summary)
{
    summary = {};
    ImportSummary s;
    Impl& impl = *impl_;
    Status st = transaction([&]() -> Status {
        // [SECTION] lessons: the higher version wins
        for (const LessonInfo& l : bundle.lessons) {
            bool changed = false;
            if (Status u = impl.upsert_lesson(l, true, changed); !u)
                return u;
        }
        // [SECTION] learners
        std::vector<LearnerProfile> locals = learners();
        std::map<std::string, std::string> id_map; // bundle id -> local id
        auto alias_of = [&](const std::string& id) -> std::string {
            sql::Stmt q = impl.stmt("SELECT learner_id FROM learner_aliases WHERE alias_id = ?");
            q.bind(1, id);
            return q.step() == SQLITE_ROW ? q.text(0) : std::string();
        };
        auto local_by_id = [&](const std::string& id) -> LearnerProfile* {
            for (auto& p : locals)
                if (p.id == id)
                    return &p;
            return nullptr;
        };
        for (const LearnerProfile& in : bundle.learners) {
            LearnerProfile* local = local_by_id(in.id);
            if (!local) {
                const std::string target = alias_of(in.id);
                if (!target.empty())
                    local = local_by_id(target);
            }
            if (!local) {
                // Created separately on two PCs: the same name in the same village.
                const std::string n = progress::fold_name(in.name);
                const std::string v = progress::fold_name(in.village);
                for (auto& p : locals) {
                    if (progress::fold_name(p.name) != n || progress::fold_name(p.village) != v)
                        continue;
                    if (!local || std::tie(p.created_at, p.id) < std::tie(local->created_at, local->id))
                        local = &p;
                }
                if (local) {
                    sql::Stmt q = impl.stmt("INSERT INTO learner_aliases (alias_id, learner_id) VALUES (?, ?)");
                    q.bind(1, in.id).bind(2, local->id);
                    if (const int rc = q.step(); rc != SQLITE_DONE)
                        return impl.error(rc, "merging learners");
                    ++s.learners_merged;
                    s.lines.push_back("merged learner: " + who(in) +
                                      " is the learner of the same name and village on this PC");
                }
            }
            if (!local) {
                sql::Stmt q = impl.stmt("INSERT INTO learners (id, name, village, photo, voice, text_size, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                q.bind(1, in.id).bind(2, in.name).bind(3, in.village).bind(4, in.photo).bind(5, in.voice);
                q.bind(6, in.text_size).bind(7, in.created_at).bind(8, in.updated_at);
                if (const int rc = q.step(); rc != SQLITE_DONE)
                    return impl.error(rc, "adding a learner");
                ++s.learners_added;
                s.lines.push_back("added learner: " + who(in));
                id_map[in.id] = in.id;
                locals.push_back(in);
                continue;
            }
            id_map[in.id] = local->id;
            if (profile_key(in) == profile_key(*local))
                continue;
            const bool theirs = in.updated_at > local->updated_at ||
                                (in.updated_at == local->updated_at && profile_key(in) > profile_key(*local));
            if (!theirs) {
                s.lines.push_back("conflict: " + who(*local) + ": this PC's profile (edited " +
                                  edited(local->updated_at) + ") is newer and is kept; the bundle's (" + who(in) +
                                  ", edited " + edited(in.updated_at) + ") is not used");
                continue;
            }
            sql::Stmt q = impl.stmt("UPDATE learners SET name = ?, village = ?, photo = ?, voice = ?, text_size = ?, "
                                    "updated_at = ? WHERE id = ?");
            q.bind(1, in.name).bind(2, in.village).bind(3, in.photo).bind(4, in.voice).bind(5, in.text_size);
            q.bind(6, in.updated_at).bind(7, local->id);
            if (const int rc = q.step(); rc != SQLITE_DONE)
                return impl.error(rc, "updating a learner");
            ++s.profiles_updated;
            s.lines.push_back("conflict: " + who(*local) + ": the bundle's profile (" + who(in) + ", edited " +
                              edited(in.updated_at) + ") is newer and replaces this PC's (edited " +
                              edited(local->updated_at) + ")");
            const std::string keep = local->id;
            *local = in;
            local->id = keep;
        }
        // Aliases the other PC made: they name the same people here too.
        for (const LearnerAlias& a : bundle.aliases) {
            const auto target = id_map.find(a.learner_id);
            if (target == id_map.end() || local_by_id(a.alias_id) || !alias_of(a.alias_id).empty())
                continue;
            sql::Stmt q = impl.stmt("INSERT INTO learner_aliases (alias_id, learner_id) VALUES (?, ?)");
            q.bind(1, a.alias_id).bind(2, target->second);
            if (const int rc = q.step(); rc != SQLITE_DONE)
                return impl.error(rc, "merging learners");
        }
        // [SECTION] attempts: unioned by id, the further version of one attempt wins
        int skipped = 0;
        for (const AttemptRow& in : bundle.attempts) {
            std::string learner = id_map.count(in.learner_id) ? id_map[in.learner_id] : std::string();
            if (learner.empty()) {
                learner = local_by_id(in.learner_id) ? in.learner_id : alias_of(in.learner_id);
                if (learner.empty()) {
                    ++skipped;
                    continue;
                }
            }
            std::optional<AttemptRow> local;
            std::size_t local_steps = 0;
            {
                sql::Stmt q = impl.stmt(std::string("SELECT ") + attempt_columns +
                                        ", (SELECT count(*) FROM steps "
                                        "WHERE attempt_id = attempts.id) FROM attempts WHERE id = ?");
                q.bind(1, in.id);
                if (q.step() == SQLITE_ROW) {
                    local = Impl::read_attempt(q);
                    local_steps = static_cast<std::size_t>(q.i64(18));
                }
            }
            if (!local) {
                sql::Stmt q = impl.stmt(std::string("INSERT INTO attempts (") + attempt_columns +
                                        ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                q.bind(1, in.id).bind(2, learner).bind(3, in.lesson_id).bind(4, in.lesson_version);
                q.bind(5, mode_name(in.mode))
                    .bind(6, in.started_at)
                    .bind(7, in.ended_at)
                    .bind(8, outcome_name(in.outcome));
                q.bind(9, in.steps_reached).bind(10, in.steps_total).bind(11, in.hints).bind(12, in.wrong_actions);
                q.bind(13, in.duration_ms)
                    .bind(14, in.score)
                    .bind(15, in.passed)
                    .bind(16, in.pc_id)
                    .bind(17, in.session)
                    .bind(18, progress::join_ids(in.unsafe));
                if (const int rc = q.step(); rc != SQLITE_DONE)
                    return impl.error(rc, "adding an attempt");
                int inserted = 0;
                if (Status u = impl.insert_steps(in.id, in.steps, inserted); !u)
                    return u;
                ++s.attempts_added;
                s.steps_added += inserted;
                continue;
            }
            int inserted = 0;
            if (Status u = impl.insert_steps(in.id, in.steps, inserted); !u)
                return u;
            s.steps_added += inserted;
            const bool further = further_key(in, in.steps.size()) > further_key(*local, local_steps);
            if (further) {
                sql::Stmt q = impl.stmt("UPDATE attempts SET ended_at = ?, outcome = ?, steps_reached = ?, score = ?, "
                                        "passed = ? WHERE id = ?");
                q.bind(1, in.ended_at).bind(2, outcome_name(in.outcome)).bind(3, in.steps_reached);
                q.bind(4, in.score).bind(5, in.passed).bind(6, in.id);
                if (const int rc = q.step(); rc != SQLITE_DONE)
                    return impl.error(rc, "updating an attempt");
                ++s.attempts_updated;
            }
            if (further || inserted > 0) {
                // The totals follow the union of the steps.
                sql::Stmt q = impl.stmt(
                    "UPDATE attempts SET "
                    "hints = (SELECT coalesce(sum(hints), 0) FROM steps WHERE attempt_id = ?1), "
                    "wrong_actions = (SELECT coalesce(sum(wrong_actions), 0) FROM steps WHERE attempt_id = ?1), "
                    "unsafe = ?2, "
                    "duration_ms = max(duration_ms, coalesce(ended_at, (SELECT max(ended_at) FROM steps WHERE "
                    "attempt_id = ?1), started_at) - started_at) WHERE id = ?1");
                // Unsafe choices are never lost: those of both PCs' copies.
                std::vector<std::string> unsafe = local->unsafe;
                unsafe.insert(unsafe.end(), in.unsafe.begin(), in.unsafe.end());
                q.bind(1, in.id).bind(2, progress::join_ids(unsafe));
                if (const int rc = q.step(); rc != SQLITE_DONE)
                    return impl.error(rc, "updating an attempt");
            }
        }
        if (skipped > 0)
            s.lines.push_back("skipped " + std::to_string(skipped) +
                              (skipped == 1 ? " attempt whose learner is" : " attempts whose learners are") +
                              " not in the bundle");
        return {};
    });
    if (st)
        summary = std::move(s);
    return st;
}

} // namespace luyenso
