// The progress store: opening and checking the file, the schema and its migrations,
// learners, lessons, attempts and settings. Queries for the UI and reports are in
// progress_queries.cpp, export and import in progress_merge.cpp.
#include "progress/progress_store.h"

#include "lessons/catalog.h"
#include "progress/progress_store_impl.h"
#include "progress/progress_util.h"
#include "text/u8path.h"
#include "text/utf8.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace luyenso {

namespace fs = std::filesystem;

// [SECTION] names

const char* outcome_name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::InProgress: return "in_progress";
    case Outcome::Completed: return "completed";
    case Outcome::Stopped: return "stopped";
    case Outcome::Abandoned: return "abandoned";
    }
    return "in_progress";
}

std::optional<Outcome> outcome_from_name(const std::string& name)
{
    for (Outcome o : {Outcome::InProgress, Outcome::Completed, Outcome::Stopped, Outcome::Abandoned})
        if (name == outcome_name(o))
            return o;
    return std::nullopt;
}

const char* status_name(LessonStatus status)
{
    switch (status) {
    case LessonStatus::NotStarted: return "not_started";
    case LessonStatus::InProgress: return "in_progress";
    case LessonStatus::DoneWithHelp: return "done_with_help";
    case LessonStatus::PassedTest: return "passed_test";
    }
    return "not_started";
}

const char* status_label_vi(LessonStatus status)
{
    switch (status) {
    case LessonStatus::NotStarted: return "Chưa học";
    case LessonStatus::InProgress: return "Đang học";
    case LessonStatus::DoneWithHelp: return "Đã làm (có trợ giúp)";
    case LessonStatus::PassedTest: return "Đã qua bài kiểm tra";
    }
    return "";
}

const char* status_label_en(LessonStatus status)
{
    switch (status) {
    case LessonStatus::NotStarted: return "Not started";
    case LessonStatus::InProgress: return "In progress";
    case LessonStatus::DoneWithHelp: return "Done with help";
    case LessonStatus::PassedTest: return "Passed the test";
    }
    return "";
}

const char* skill_level_name(SkillLevel level)
{
    switch (level) {
    case SkillLevel::NotStarted: return "not_started";
    case SkillLevel::Started: return "started";
    case SkillLevel::Practised: return "practised";
    case SkillLevel::Mastered: return "mastered";
    }
    return "not_started";
}

LessonInfo lesson_info(const Lesson& lesson)
{
    LessonInfo info;
    info.id = lesson.id;
    info.version = lesson.version;
    info.title = lesson.title.get("vi");
    const auto& all = lesson.title.all();
    if (const auto en = all.find("en"); en != all.end())
        info.title_en = en->second;
    info.skills = lesson.skills;
    info.steps = static_cast<int>(lesson.steps.size());
    return info;
}

std::vector<LessonInfo> lesson_infos(const Catalog& catalog)
{
    std::vector<LessonInfo> out;
    for (const auto& e : catalog.entries)
        if (e.lesson)
            out.push_back(lesson_info(*e.lesson));
    return out;
}

// [SECTION] the schema and its migrations

namespace {

// How long a write waits for another process's write to end before it reports Busy:
// long, because a step that waits is better than one lost (with 8 processes writing on
// a busy 2-core PC, one waited more than 5 s).
constexpr int busy_timeout_ms = 30'000;

// 'LuSo': marks the file as ours (PRAGMA application_id).
constexpr int application_id = 0x4C75536F;

constexpr const char* schema_v1 = R"sql(
PRAGMA application_id = 1282757487; -- 0x4C75536F, "LuSo"
CREATE TABLE learners (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  village     TEXT NOT NULL DEFAULT '',
  photo       TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE TABLE attempts (
  id              TEXT PRIMARY KEY,
  learner_id      TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  lesson_id       TEXT NOT NULL,
  lesson_version  INTEGER NOT NULL,
  mode            TEXT NOT NULL CHECK (mode IN ('watch', 'guided', 'practice', 'test')),
  started_at      INTEGER NOT NULL,
  ended_at        INTEGER,
  outcome         TEXT NOT NULL DEFAULT 'in_progress'
                  CHECK (outcome IN ('in_progress', 'completed', 'stopped', 'abandoned')),
  steps_reached   INTEGER NOT NULL DEFAULT 0,
  steps_total     INTEGER NOT NULL DEFAULT 0,
  score           INTEGER,
  passed          INTEGER
);
CREATE INDEX attempts_by_learner ON attempts (learner_id, lesson_id, started_at);
CREATE TABLE steps (
  attempt_id     TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  step_id        TEXT NOT NULL,
  step_index     INTEGER NOT NULL,
  started_at     INTEGER NOT NULL,
  ended_at       INTEGER NOT NULL,
  hints          INTEGER NOT NULL DEFAULT 0,
  wrong_actions  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (attempt_id, seq)
) WITHOUT ROWID;
CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
)sql";

// Version 2: the learner's voice and text size; per-attempt totals (so reports never
// read the steps), the PC and session; the lessons' titles and skills (mastery); the
// aliases left by merging learners from other PCs; the mastery view.
constexpr const char* schema_v2 = R"sql(
ALTER TABLE learners ADD COLUMN voice TEXT NOT NULL DEFAULT 'vi';
ALTER TABLE learners ADD COLUMN text_size INTEGER NOT NULL DEFAULT 100;
ALTER TABLE attempts ADD COLUMN hints INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN wrong_actions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN pc_id TEXT NOT NULL DEFAULT '';
ALTER TABLE attempts ADD COLUMN session TEXT NOT NULL DEFAULT '';
UPDATE attempts SET
  hints = coalesce((SELECT sum(hints) FROM steps WHERE attempt_id = attempts.id), 0),
  wrong_actions = coalesce((SELECT sum(wrong_actions) FROM steps WHERE attempt_id = attempts.id), 0),
  duration_ms = max(0, coalesce(ended_at, (SELECT max(ended_at) FROM steps WHERE attempt_id = attempts.id),
                                started_at) - started_at);
CREATE TABLE lessons (
  id        TEXT PRIMARY KEY,
  version   INTEGER NOT NULL DEFAULT 1,
  title     TEXT NOT NULL DEFAULT '',
  title_en  TEXT NOT NULL DEFAULT '',
  steps     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO lessons (id, version, title, steps)
  SELECT lesson_id, max(lesson_version), lesson_id, max(steps_total) FROM attempts GROUP BY lesson_id;
CREATE TABLE lesson_skills (
  lesson_id  TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
  skill      TEXT NOT NULL,
  PRIMARY KEY (lesson_id, skill)
) WITHOUT ROWID;
CREATE TABLE learner_aliases (
  alias_id    TEXT PRIMARY KEY,
  learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE VIEW mastery AS
  SELECT a.learner_id AS learner_id, s.skill AS skill,
         CASE max(CASE WHEN a.mode = 'test' AND a.passed = 1 THEN 3
                       WHEN a.outcome = 'completed' AND a.mode <> 'watch' THEN 2
                       ELSE 1 END)
           WHEN 3 THEN 'mastered' WHEN 2 THEN 'practised' ELSE 'started' END AS level
  FROM attempts a JOIN lesson_skills s ON s.lesson_id = a.lesson_id
  GROUP BY a.learner_id, s.skill;
)sql";

// Version 3: unsafe choices, apart from mistakes: the ids of the lesson's unsafe outcomes
// that happened, per step and per attempt (space-separated); and the step the learner
// left unfinished is kept (finished = 0), so that its hints and mistakes count.
constexpr const char* schema_v3 = R"sql(
ALTER TABLE steps ADD COLUMN unsafe TEXT NOT NULL DEFAULT '';
ALTER TABLE steps ADD COLUMN finished INTEGER NOT NULL DEFAULT 1;
ALTER TABLE attempts ADD COLUMN unsafe TEXT NOT NULL DEFAULT '';
)sql";

struct Migration {
    int version; // the schema version it leads to
    const char* sql;
};
constexpr Migration migrations[] = {{1, schema_v1}, {2, schema_v2}, {3, schema_v3}};
static_assert(std::size(migrations) == ProgressStore::schema_version);

// What SQLite's error means for the person at the PC.
Status status_for(int rc, sqlite3* db, const std::string& path, const std::string& doing)
{
    const int primary = rc & 0xFF;
    const int sys = db ? sqlite3_system_errno(db) : 0;
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
#ifdef _WIN32
    // SQLite gives Windows' own error codes there (GetLastError), not errno values.
    constexpr int access_denied = 5, write_protect = 19, handle_disk_full = 39, disk_full = 112;
    const bool sys_full = sys == disk_full || sys == handle_disk_full;
    const bool sys_denied = sys == access_denied || sys == write_protect;
    if (sys != 0)
        detail += " (Windows error " + std::to_string(sys) + ")";
#else
    const bool sys_full = sys == ENOSPC || sys == EDQUOT || sys == EFBIG; // EFBIG: a file that may not grow
    const bool sys_denied = sys == EACCES || sys == EROFS || sys == EPERM;
    if (sys != 0 && sys != ENOENT)
        detail += " (" + std::string(std::strerror(sys)) + ")";
#endif
    if (primary == SQLITE_FULL || sys_full) {
        const bool reading = doing == "opening" || doing == "checking" || doing.rfind("reading", 0) == 0;
        return Status::fail(StoreError::DiskFull, reading
                                                      ? "the disk is full: " + doing + " " + path +
                                                            " needs a little free space; free some space and try again"
                                                      : "the disk is full: " + doing + " was not saved in " + path +
                                                            "; free some space and try again");
    }
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_AUTH || sys_denied)
        return Status::fail(StoreError::ReadOnly,
                            "cannot write " + path + " (" + doing + "): the file or its folder is read-only");
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return Status::fail(StoreError::Corrupt, path + " is damaged (" + detail + "); it was left as it is");
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Status::fail(StoreError::Busy, path + " is busy (another Luyện Số is writing it); " + doing + " failed");
    if (primary == SQLITE_CONSTRAINT)
        return Status::fail(StoreError::Invalid, doing + ": " + detail);
    if (primary == SQLITE_CANTOPEN)
        return Status::fail(StoreError::Io, "cannot open " + path + ": " + detail);
    return Status::fail(StoreError::Io, doing + " failed in " + path + ": " + detail);
}

std::string join_skills(const std::vector<std::string>& skills)
{
    std::string out;
    for (const auto& s : skills)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

// [SECTION] checking a file before use

// What identifies a file's state for the cached integrity verdict: the size and time of
// the database and of its WAL, and their headers (the database's change counter and
// page count, the WAL's checkpoint number and salts, which change on every rewrite).
std::string file_identity(const std::string& path)
{
    auto one = [](const std::string& file, std::size_t head) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (ec || size == 0) // none, or an empty WAL a reader made: the same state
            return std::string("-");
        // As a 64-bit count: libc++ keeps it in an __int128, which its to_string does not
        // take; 64 bits hold any date's count.
        const auto time = static_cast<std::int64_t>(fs::last_write_time(file, ec).time_since_epoch().count());
        std::string bytes(head, '\0');
        if (std::FILE* f = std::fopen(file.c_str(), "rb")) {
            bytes.resize(std::fread(bytes.data(), 1, head, f));
            std::fclose(f);
        }
        static constexpr char digits[] = "0123456789abcdef";
        std::string out = std::to_string(size) + " " + std::to_string(time) + " ";
        for (const char c : bytes) {
            out += digits[static_cast<unsigned char>(c) >> 4];
            out += digits[static_cast<unsigned char>(c) & 15];
        }
        return out;
    };
    return "db " + one(path, 100) + " wal " + one(path + "-wal", 32);
}

// The integrity verdict, kept beside the file (progress.db.checked) so that a command
// run many times does not check an unchanged file many times.
std::string verdict_path(const std::string& path)
{
    return path + ".checked";
}
constexpr const char* verdict_line = "luyenso integrity_check ok: ";

bool verdict_holds(const std::string& path, const std::string& identity)
{
    const auto text = progress::read_file_text(verdict_path(path));
    return text && *text == verdict_line + identity + "\n";
}

// Best effort: a read-only folder keeps no verdict (the file is checked each time).
void save_verdict(const std::string& path, const std::string& identity)
{
    const std::string file = verdict_path(path);
    const std::string tmp = file + ".tmp";
    std::error_code ec;
    if (std::FILE* f = std::fopen(tmp.c_str(), "wb")) {
        const std::string text = verdict_line + identity + "\n";
        const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
        if (std::fclose(f) == 0 && ok) {
            fs::rename(tmp, file, ec);
            return;
        }
    }
    fs::remove(tmp, ec);
}

void drop_verdict(const std::string& path)
{
    std::error_code ec;
    fs::remove(verdict_path(path), ec);
}

// Read-only inspection of an existing file: damaged? whose? which schema version?
struct Inspection {
    Status status;
    bool opened = false;   // the file could be read (a failure after this is about the data)
    bool verified = false; // PRAGMA integrity_check passed (now or, cached, before)
    int version = 0;
};

// An SQLite URI naming the file at `path` (UTF-8): '%', '?' and '#' are escaped, and a
// Windows path becomes file:///C:/... with forward slashes.
std::string sqlite_uri(const std::string& path, const char* query)
{
    std::string p = path;
#ifdef _WIN32
    const std::u8string generic = u8_path(path).generic_u8string();
    p.assign(generic.begin(), generic.end());
    if (p.size() >= 2 && p[1] == ':')
        p = "///" + p;
#endif
    std::string uri = "file:";
    for (const char c : p) {
        if (c == '%' || c == '?' || c == '#') {
            constexpr char hex[] = "0123456789ABCDEF";
            const auto u = static_cast<unsigned char>(c);
            uri += '%';
            uri += hex[u >> 4];
            uri += hex[u & 15];
        } else {
            uri += c;
        }
    }
    return uri + query;
}

// Looks at `path` through `uri` (read-only or immutable). The full PRAGMA
// integrity_check runs unless the cached verdict holds for the file as it is.
Inspection inspect(const std::string& path, const std::string& uri, bool may_save_verdict)
{
    Inspection r;
    sqlite3* db = nullptr;
    const std::string identity = file_identity(path);
    int rc = sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    auto finish = [&](Status s) {
        r.status = std::move(s);
        sqlite3_close_v2(db);
        return r;
    };
    if (rc != SQLITE_OK)
        return finish(status_for(rc, db, path, "opening"));
    sqlite3_busy_timeout(db, busy_timeout_ms);
    sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr); // no temporary files
    {
        // Reading the schema is the first real read: a WAL that cannot be applied, a
        // full disk for the shared memory, a file that is not a database fail here.
        sql::Stmt v(db, "PRAGMA user_version");
        if ((rc = v.step()) != SQLITE_ROW)
            return finish(status_for(rc, db, path, "opening"));
        r.version = v.i32(0);
    }
    r.opened = true;
    if (verdict_holds(path, identity)) {
        r.verified = true;
    } else {
        sql::Stmt q(db, "PRAGMA integrity_check(4)");
        std::string problems;
        while ((rc = q.step()) == SQLITE_ROW) {
            const std::string line = q.text(0);
            if (line != "ok")
                problems += (problems.empty() ? "" : "; ") + line;
        }
        if (rc != SQLITE_DONE) {
            drop_verdict(path);
            return finish(status_for(rc, db, path, "checking"));
        }
        if (!problems.empty()) {
            drop_verdict(path);
            return finish(Status::fail(StoreError::Corrupt, path + " is damaged (" + problems +
                                                                "); it was left as it is. Restore it from an export "
                                                                "(luyenso import) or move it away to start afresh"));
        }
        r.verified = true;
        if (may_save_verdict)
            save_verdict(path, identity);
    }
    int app = 0;
    {
        sql::Stmt q(db, "PRAGMA application_id");
        if (q.step() == SQLITE_ROW)
            app = q.i32(0);
        sql::Stmt t(db, "SELECT count(*) FROM sqlite_schema");
        const bool empty = t.step() == SQLITE_ROW && t.i64(0) == 0;
        if (app != application_id && !(app == 0 && empty))
            return finish(
                Status::fail(StoreError::Invalid, path + " is not a Luyện Số progress file; it was left as it is"));
    }
    if (r.version > ProgressStore::schema_version)
        return finish(Status::fail(StoreError::NewerVersion, path +
                                                                 " was written by a newer Luyện Số (progress schema " +
                                                                 std::to_string(r.version) + ", this one knows up to " +
                                                                 std::to_string(ProgressStore::schema_version) +
                                                                 "); it was left as it is: update Luyện Số to use it"));
    return finish({});
}

} // namespace

const char* progress_schema_v1()
{
    return schema_v1;
}

// [SECTION] Impl

ProgressStore::Impl::~Impl()
{
    for (auto& [text, s] : cache)
        sqlite3_finalize(s);
    if (db)
        sqlite3_close_v2(db);
    // What this store wrote, it wrote through SQLite: a file checked when opened stays
    // checked (the next command need not check it again), unless damage showed since.
    if (damaged)
        drop_verdict(path);
    else if (db && verified && !read_only)
        save_verdict(path, file_identity(path));
}

sql::Stmt ProgressStore::Impl::stmt(const std::string& text) const
{
    auto it = cache.find(text);
    if (it == cache.end()) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v3(db, text.c_str(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT, &s,
                               nullptr) != SQLITE_OK)
            return sql::Stmt(db, text); // not cached: its step() reports the error
        it = cache.emplace(text, s).first;
    }
    return sql::Stmt(it->second);
}

bool ProgressStore::Impl::exec(const char* text, const std::string& doing) const
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, text, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc == SQLITE_OK)
        return true;
    last_error = error(rc, doing);
    return false;
}

Status ProgressStore::Impl::error(int rc, const std::string& doing) const
{
    Status s = status_for(rc, db, path, doing);
    if (s.error == StoreError::Corrupt)
        damaged = true;
    return s;
}

LearnerProfile ProgressStore::Impl::read_learner(const sql::Stmt& s)
{
    LearnerProfile p;
    p.id = s.text(0);
    p.name = s.text(1);
    p.village = s.text(2);
    p.photo = s.text(3);
    p.voice = s.text(4);
    p.text_size = s.i32(5);
    p.created_at = s.i64(6);
    p.updated_at = s.i64(7);
    return p;
}

AttemptRow ProgressStore::Impl::read_attempt(const sql::Stmt& s)
{
    AttemptRow a;
    a.id = s.text(0);
    a.learner_id = s.text(1);
    a.lesson_id = s.text(2);
    a.lesson_version = s.i32(3);
    a.mode = mode_from_name(s.text(4)).value_or(Mode::Guided);
    a.started_at = s.i64(5);
    a.ended_at = s.opt_i64(6);
    a.outcome = outcome_from_name(s.text(7)).value_or(Outcome::InProgress);
    a.steps_reached = s.i32(8);
    a.steps_total = s.i32(9);
    a.hints = s.i32(10);
    a.wrong_actions = s.i32(11);
    a.duration_ms = s.i64(12);
    if (!s.is_null(13))
        a.score = s.i32(13);
    if (!s.is_null(14))
        a.passed = s.i32(14) != 0;
    a.pc_id = s.text(15);
    a.session = s.text(16);
    a.unsafe = progress::split_ids(s.text(17));
    return a;
}

std::vector<StepRow> ProgressStore::Impl::steps_of(const std::string& attempt_id) const
{
    std::vector<StepRow> out;
    sql::Stmt q = stmt("SELECT seq, step_id, step_index, started_at, ended_at, hints, wrong_actions, unsafe, "
                       "finished FROM steps WHERE attempt_id = ? ORDER BY seq");
    q.bind(1, attempt_id);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.i32(0), q.text(1), q.i32(2), q.i64(3), q.i64(4), q.i32(5), q.i32(6),
                       progress::split_ids(q.text(7)), q.i32(8) != 0});
    if (rc != SQLITE_DONE)
        failed(rc, "reading the steps of an attempt");
    return out;
}

Status ProgressStore::Impl::insert_steps(const std::string& attempt_id, const std::vector<StepRow>& steps,
                                         int& inserted)
{
    for (const StepRow& st : steps) {
        sql::Stmt q = stmt("INSERT OR IGNORE INTO steps (attempt_id, seq, step_id, step_index, started_at, ended_at, "
                           "hints, wrong_actions, unsafe, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, attempt_id).bind(2, st.seq).bind(3, st.step_id).bind(4, st.step_index).bind(5, st.started_at);
        q.bind(6, st.ended_at).bind(7, st.hints).bind(8, st.wrong_actions).bind(9, progress::join_ids(st.unsafe));
        q.bind(10, st.finished ? 1 : 0);
        if (const int rc = q.step(); rc != SQLITE_DONE)
            return error(rc, "saving a step");
        inserted += sqlite3_changes(db);
    }
    return {};
}

Status ProgressStore::Impl::upsert_lesson(const LessonInfo& lesson, bool only_if_newer, bool& changed)
{
    changed = false;
    std::vector<std::string> skills = lesson.skills;
    std::sort(skills.begin(), skills.end());
    {
        sql::Stmt get = stmt("SELECT version, title, title_en, steps FROM lessons WHERE id = ?");
        get.bind(1, lesson.id);
        const int rc = get.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return error(rc, "reading a lesson");
        if (rc == SQLITE_ROW) {
            const int version = get.i32(0);
            const bool placeholder = get.text(1) == lesson.id || get.text(1).empty(); // made by the v2 migration
            if (only_if_newer && (version > lesson.version || (version == lesson.version && !placeholder)))
                return {};
            const bool same = version == lesson.version && get.text(1) == lesson.title &&
                              get.text(2) == lesson.title_en && get.i32(3) == lesson.steps;
            if (same) {
                // The skills may still differ.
                sql::Stmt sk = stmt("SELECT group_concat(skill) FROM (SELECT skill FROM lesson_skills WHERE "
                                    "lesson_id = ? ORDER BY skill)");
                sk.bind(1, lesson.id);
                if (sk.step() == SQLITE_ROW && sk.text(0) == join_skills(skills))
                    return {};
            }
        }
    }
    int rc = SQLITE_OK;
    sql::Stmt up = stmt("INSERT INTO lessons (id, version, title, title_en, steps) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT (id) DO UPDATE SET version = excluded.version, title = excluded.title, "
                        "title_en = excluded.title_en, steps = excluded.steps");
    up.bind(1, lesson.id).bind(2, lesson.version).bind(3, lesson.title.empty() ? lesson.id : lesson.title);
    up.bind(4, lesson.title_en).bind(5, lesson.steps);
    if (rc = up.step(); rc != SQLITE_DONE)
        return error(rc, "saving a lesson");
    sql::Stmt del = stmt("DELETE FROM lesson_skills WHERE lesson_id = ?");
    del.bind(1, lesson.id);
    if (rc = del.step(); rc != SQLITE_DONE)
        return error(rc, "saving a lesson's skills");
    for (const auto& skill : skills) {
        sql::Stmt ins = stmt("INSERT OR IGNORE INTO lesson_skills (lesson_id, skill) VALUES (?, ?)");
        ins.bind(1, lesson.id).bind(2, skill);
        if (rc = ins.step(); rc != SQLITE_DONE)
            return error(rc, "saving a lesson's skills");
    }
    changed = true;
    return {};
}

std::string ProgressStore::Impl::next_id(const char* counter_key, const std::string& what)
{
    // A counter per PC, kept in the settings: with the PC's id, the name and the time it
    // makes an id that no other PC and no other moment makes.
    std::int64_t n = 0;
    {
        sql::Stmt get = stmt("SELECT value FROM settings WHERE key = ?");
        get.bind(1, counter_key);
        if (get.step() == SQLITE_ROW)
            n = std::stoll("0" + get.text(0));
    }
    ++n;
    sql::Stmt put = stmt("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                         "excluded.value");
    put.bind(1, counter_key).bind(2, std::to_string(n));
    put.step();
    return progress::uuid_from(std::string(counter_key) + "|" + pc_id + "|" + std::to_string(n) + "|" + what);
}

// [SECTION] opening

ProgressStore::ProgressStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl))
{
}
ProgressStore::~ProgressStore() = default;

std::unique_ptr<ProgressStore> ProgressStore::open(const OpenOptions& options, Status& status)
{
    status = {};
    const std::string& path = options.path;
    if (path.empty()) {
        status = Status::fail(StoreError::Invalid, "no progress file named");
        return nullptr;
    }
    std::error_code ec;
    const fs::path folder = u8_path(path).parent_path();
    const bool exists = fs::exists(u8_path(path), ec);
    if (exists && !fs::is_regular_file(u8_path(path), ec)) {
        status = Status::fail(StoreError::Invalid, path + " is not a file");
        return nullptr;
    }
    const bool writable_folder = !exists || folder_writable(folder);
    bool read_only = options.access == Access::ReadOnly;
    int version = 0;
    bool verified = false;
    std::string uri; // how the file was read when inspected
    if (exists && !read_only && !writable_folder) {
        status = Status::fail(StoreError::ReadOnly,
                              "cannot save progress in " + path + ": the folder " + path_u8(folder) + " is read-only");
        return nullptr;
    }
    if (exists) {
        // Look before touching: a damaged or newer file is refused without a single write.
        // Read-only, through SQLite's shared memory (a WAL left by a killed writer is
        // then read too). Without it (a read-only folder, a full disk) only a file whose
        // WAL holds nothing may be read as it lies ("immutable"); one with changes
        // waiting in its WAL is refused rather than read without them.
        const std::string wal = path + "-wal";
        const bool wal_pending = fs::file_size(wal, ec) > 0 && !ec;
        ec.clear();
        const std::string ro_uri = sqlite_uri(path, "?mode=ro");
        const std::string immutable_uri = sqlite_uri(path, "?immutable=1");
        uri = writable_folder || wal_pending ? ro_uri : immutable_uri;
        Inspection look = inspect(path, uri, writable_folder);
        const bool cannot_read = !look.opened && look.status.error != StoreError::Corrupt &&
                                 look.status.error != StoreError::Invalid;
        if (cannot_read && read_only && uri == ro_uri) {
            if (!wal_pending) {
                uri = immutable_uri;
                look = inspect(path, uri, false);
            } else {
                status = Status::fail(
                    look.status.error == StoreError::DiskFull ? StoreError::DiskFull : StoreError::ReadOnly,
                    path + " has recent changes waiting in " + wal + " that cannot be read here (" +
                        look.status.message + "); nothing was read, to give no wrong numbers. " +
                        (look.status.error == StoreError::DiskFull
                             ? "Free some space on the disk and try again"
                             : "Copy the folder's progress files to a folder you can write and use --data-dir"));
                return nullptr;
            }
        }
        if (!look.status) {
            status = look.status;
            return nullptr;
        }
        verified = look.verified;
        version = look.version;
        if (read_only && version < schema_version && (!writable_folder || !file_writable(u8_path(path)))) {
            status = Status::fail(StoreError::ReadOnly,
                                  path + " has an older progress schema (" + std::to_string(version) +
                                      ") and cannot be upgraded: the file or its folder is read-only");
            return nullptr;
        }
        if (read_only && version < schema_version)
            read_only = false; // upgrading is a write, but the only one
    } else {
        if (read_only) {
            status = Status::fail(StoreError::NotFound, "no progress has been saved yet (" + path + " does not exist)");
            return nullptr;
        }
        if (!folder.empty() && !fs::is_directory(folder, ec)) {
            fs::create_directories(folder, ec);
            if (ec) {
                const bool denied = ec == std::errc::permission_denied || ec == std::errc::read_only_file_system ||
                                    ec == std::errc::operation_not_permitted;
                status = Status::fail(denied ? StoreError::ReadOnly : StoreError::Io,
                                      "cannot create the folder " + path_u8(folder) + " for progress: " + ec.message());
                return nullptr;
            }
        }
        if (!folder_writable(folder)) {
            status = Status::fail(StoreError::ReadOnly,
                                  "cannot create " + path + ": the folder " + path_u8(folder) + " is read-only");
            return nullptr;
        }
    }

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->read_only = read_only;
    impl->verified = verified || !exists;
    int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    std::string name = path;
    if (read_only) {
        flags |= SQLITE_OPEN_URI;
        name = uri;
    }
    int rc = sqlite3_open_v2(name.c_str(), &impl->db, flags, nullptr);
    if (rc != SQLITE_OK) {
        status = status_for(rc, impl->db, path, "opening");
        return nullptr;
    }
    if (!read_only && sqlite3_db_readonly(impl->db, "main") == 1) {
        status = Status::fail(StoreError::ReadOnly, "cannot write " + path + ": the file is read-only");
        return nullptr;
    }
    sqlite3_busy_timeout(impl->db, busy_timeout_ms);
    sqlite3_extended_result_codes(impl->db, 1);
    auto pragma = [&](const char* text) {
        if (impl->exec(text))
            return true;
        status = impl->last_error;
        return false;
    };
    // A 16 MB page cache: reports scan the attempts of a whole district.
    if (!pragma("PRAGMA foreign_keys = ON") || !pragma("PRAGMA cache_size = -16384"))
        return nullptr;
    if (!read_only) {
        // WAL: readers never block the writer; synchronous=FULL: a committed step survives
        // a power cut, not only a crash.
        {
            sql::Stmt wal(impl->db, "PRAGMA journal_mode = WAL");
            rc = wal.step();
            if (rc != SQLITE_ROW) {
                status = status_for(rc, impl->db, path, "opening");
                return nullptr;
            }
        }
        if (!pragma("PRAGMA synchronous = FULL"))
            return nullptr;
        // Migrate in one transaction, from the version found inside it (another process
        // may have migrated meanwhile).
        if (!pragma("BEGIN IMMEDIATE"))
            return nullptr;
        {
            sql::Stmt v(impl->db, "PRAGMA user_version");
            if (v.step() == SQLITE_ROW)
                version = v.i32(0);
        }
        for (const Migration& m : migrations) {
            if (m.version <= version)
                continue;
            if (!impl->exec(m.sql) || !impl->exec(("PRAGMA user_version = " + std::to_string(m.version)).c_str())) {
                status = impl->last_error;
                status.message = "cannot upgrade " + path + " to progress schema " + std::to_string(m.version) + ": " +
                                 status.message;
                impl->exec("ROLLBACK");
                return nullptr;
            }
        }
        // This PC's id, made once from the seed.
        {
            sql::Stmt get(impl->db, "SELECT value FROM settings WHERE key = 'pc_id'");
            if (get.step() == SQLITE_ROW)
                impl->pc_id = get.text(0);
        }
        if (impl->pc_id.empty()) {
            impl->pc_id = progress::short_id("pc|" + options.pc_seed + "|" + path);
            sql::Stmt put(impl->db, "INSERT INTO settings (key, value) VALUES ('pc_id', ?)");
            put.bind(1, impl->pc_id);
            put.step();
        }
        if (!pragma("COMMIT")) {
            impl->exec("ROLLBACK");
            return nullptr;
        }
    } else {
        sql::Stmt get(impl->db, "SELECT value FROM settings WHERE key = 'pc_id'");
        if (get.step() == SQLITE_ROW)
            impl->pc_id = get.text(0);
    }
    return std::unique_ptr<ProgressStore>(new ProgressStore(std::move(impl)));
}

const std::string& ProgressStore::path() const
{
    return impl_->path;
}
const std::string& ProgressStore::pc_id() const
{
    return impl_->pc_id;
}
bool ProgressStore::read_only() const
{
    return impl_->read_only;
}
const Status& ProgressStore::last_error() const
{
    return impl_->last_error;
}
void ProgressStore::clear_error() const
{
    impl_->last_error = {};
}

// [SECTION] learners

Status tidy_and_check_profile(LearnerProfile& p)
{
    p.name = progress::clean_text(p.name);
    p.village = progress::clean_text(p.village);
    p.photo = progress::clean_text(p.photo);
    p.voice = progress::clean_text(p.voice);
    if (progress::fold_name(p.name).empty())
        return Status::fail(StoreError::Invalid, "a learner needs a name");
    const auto too_long = [](const std::string& what, const std::string& text, std::size_t limit) {
        return Status::fail(StoreError::Invalid, what + " is " + std::to_string(utf8_length(text)) +
                                                     " characters long; the most is " + std::to_string(limit));
    };
    if (utf8_length(p.name) > max_name_chars)
        return too_long("the name", p.name, max_name_chars);
    if (utf8_length(p.village) > max_name_chars)
        return too_long("the village", p.village, max_name_chars);
    if (utf8_length(p.photo) > max_path_chars)
        return too_long("the photo's path", p.photo, max_path_chars);
    if (p.text_size < 50 || p.text_size > 300)
        return Status::fail(StoreError::Invalid,
                            "text size " + std::to_string(p.text_size) + "% is out of range (50% to 300%)");
    if (p.voice.empty() || p.voice.size() > max_id_chars)
        return Status::fail(StoreError::Invalid, "a learner needs a voice (vi, vi-vn-x-central or vi-vn-x-south)");
    return {};
}

Status ProgressStore::create_learner(LearnerProfile& profile, TimeMs now)
{
    if (Status s = tidy_and_check_profile(profile); !s)
        return s;
    LearnerProfile p = profile;
    Status s = impl_->write("adding a learner", [&]() -> Status {
        p.id = impl_->next_id("learner_counter", p.name + "|" + std::to_string(now));
        p.created_at = now;
        p.updated_at = now;
        sql::Stmt q = impl_->stmt("INSERT INTO learners (id, name, village, photo, voice, text_size, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, p.id).bind(2, p.name).bind(3, p.village).bind(4, p.photo).bind(5, p.voice).bind(6, p.text_size);
        q.bind(7, p.created_at).bind(8, p.updated_at);
        if (const int rc = q.step(); rc != SQLITE_DONE)
            return impl_->error(rc, "adding a learner");
        return {};
    });
    if (s)
        profile = p;
    return s;
}

Status ProgressStore::update_learner(LearnerProfile& profile, TimeMs now)
{
    if (Status s = tidy_and_check_profile(profile); !s)
        return s;
    return impl_->write("saving a learner", [&]() -> Status {
        sql::Stmt q = impl_->stmt("UPDATE learners SET name = ?, village = ?, photo = ?, voice = ?, text_size = ?, "
                                  "updated_at = ? WHERE id = ?");
        q.bind(1, profile.name).bind(2, profile.village).bind(3, profile.photo).bind(4, profile.voice);
        q.bind(5, profile.text_size).bind(6, now).bind(7, profile.id);
        if (const int rc = q.step(); rc != SQLITE_DONE)
            return impl_->error(rc, "saving a learner");
        if (sqlite3_changes(impl_->db) == 0)
            return Status::fail(StoreError::NotFound, "no learner with id " + profile.id);
        profile.updated_at = now;
        return {};
    });
}

std::optional<LearnerProfile> ProgressStore::learner(const std::string& id) const
{
    sql::Stmt q = impl_->stmt(std::string("SELECT ") + learner_columns + " FROM learners WHERE id = ?");
    q.bind(1, id);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return Impl::read_learner(q);
    if (rc != SQLITE_DONE)
        impl_->failed(rc, "reading a learner");
    return std::nullopt;
}

std::vector<LearnerProfile> ProgressStore::learners() const
{
    std::vector<LearnerProfile> out;
    sql::Stmt q = impl_->stmt(std::string("SELECT ") + learner_columns + " FROM learners");
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(Impl::read_learner(q));
    if (rc != SQLITE_DONE)
        impl_->failed(rc, "reading the learners");
    struct Key {
        std::string village, name, id;
    };
    std::vector<std::pair<Key, std::size_t>> keys;
    keys.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        keys.push_back({{progress::fold_name(out[i].village), progress::fold_name(out[i].name), out[i].id}, i});
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.village, a.first.name, a.first.id) <
               std::tie(b.first.village, b.first.name, b.first.id);
    });
    std::vector<LearnerProfile> sorted;
    sorted.reserve(out.size());
    for (const auto& [key, i] : keys)
        sorted.push_back(std::move(out[i]));
    return sorted;
}

std::vector<LearnerProfile> ProgressStore::find_learners(const std::string& name, const std::string& village) const
{
    // Cleaned as the stored names were: a name typed with a bad byte finds its learner.
    const std::string n = progress::fold_name(progress::clean_text(name));
    const std::string v = progress::fold_name(progress::clean_text(village));
    std::vector<LearnerProfile> out;
    for (auto& p : learners())
        if (progress::fold_name(p.name) == n && (village.empty() || progress::fold_name(p.village) == v))
            out.push_back(std::move(p));
    return out;
}

// [SECTION] lessons and attempts

std::string attempt_problem(const AttemptRow& a)
{
    const auto time_ok = [](TimeMs t) { return t >= 0 && t <= max_time_ms; };
    const auto count_ok = [](std::int64_t n) { return n >= 0 && n <= max_count; };
    const auto id_ok = [](const std::string& id) { return !id.empty() && id.size() <= max_id_chars; };
    if (!id_ok(a.id) || !id_ok(a.learner_id) || !id_ok(a.lesson_id))
        return "an attempt needs an id, a learner and a lesson (each at most " + std::to_string(max_id_chars) +
               " characters)";
    if (a.pc_id.size() > max_id_chars || a.session.size() > max_id_chars)
        return "'pc' and 'session' are at most " + std::to_string(max_id_chars) + " characters";
    if (a.lesson_version < 1)
        return "'lesson_version' must be 1 or more";
    if (!time_ok(a.started_at))
        return "'started_at' " + std::to_string(a.started_at) + " is not a time between 1970 and 2100";
    if (a.ended_at && (!time_ok(*a.ended_at) || *a.ended_at < a.started_at))
        return "'ended_at' " + std::to_string(*a.ended_at) + " is not a time between 'started_at' and 2100";
    if (a.duration_ms < 0 || a.duration_ms > max_time_ms - a.started_at)
        return "'duration_ms' " + std::to_string(a.duration_ms) + " is not a duration from 'started_at' to 2100";
    if (a.steps_total < 0 || a.steps_total > max_lesson_steps)
        return "'steps_total' " + std::to_string(a.steps_total) + " is not 0 to " + std::to_string(max_lesson_steps);
    if (a.steps_reached < 0 || a.steps_reached > a.steps_total)
        return "'steps_reached' " + std::to_string(a.steps_reached) + " is not 0 to 'steps_total' (" +
               std::to_string(a.steps_total) + ")";
    if (!count_ok(a.hints) || !count_ok(a.wrong_actions))
        return "'hints' and 'wrong_actions' must be 0 to " + std::to_string(max_count);
    if (a.score && (*a.score < 0 || *a.score > 100))
        return "'score' " + std::to_string(*a.score) + " is not 0 to 100";
    if (a.steps.size() > static_cast<std::size_t>(max_count))
        return "too many steps";
    for (std::size_t k = 0; k < a.steps.size(); ++k) {
        const StepRow& st = a.steps[k];
        const std::string where = "steps[" + std::to_string(k) + "]: ";
        if (st.step_id.empty() || st.step_id.size() > max_id_chars)
            return where + "a step needs an id of at most " + std::to_string(max_id_chars) + " characters";
        if (st.seq < 0 || st.seq > max_count)
            return where + "'seq' " + std::to_string(st.seq) + " is not 0 to " + std::to_string(max_count);
        if (st.step_index < 0 || (a.steps_total > 0 && st.step_index >= a.steps_total))
            return where + "'index' " + std::to_string(st.step_index) + " is not a step of the lesson's " +
                   std::to_string(a.steps_total);
        if (!time_ok(st.started_at) || !time_ok(st.ended_at) || st.ended_at < st.started_at)
            return where + "'started_at' and 'ended_at' must be times between 1970 and 2100, in that order";
        if (!count_ok(st.hints) || !count_ok(st.wrong_actions))
            return where + "'hints' and 'wrong_actions' must be 0 to " + std::to_string(max_count);
    }
    return {};
}

Status ProgressStore::remember_lesson(const LessonInfo& lesson)
{
    return impl_->write("saving a lesson", [&] {
        bool changed = false;
        return impl_->upsert_lesson(lesson, false, changed);
    });
}

std::vector<LessonInfo> ProgressStore::known_lessons() const
{
    std::vector<LessonInfo> out;
    sql::Stmt q = impl_->stmt("SELECT l.id, l.version, l.title, l.title_en, l.steps, "
                              "(SELECT group_concat(skill) FROM (SELECT skill FROM lesson_skills s WHERE s.lesson_id = "
                              "l.id ORDER BY skill)) FROM lessons l ORDER BY l.id");
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        LessonInfo l{q.text(0), q.i32(1), q.text(2), q.text(3), {}, q.i32(4)};
        const std::string skills = q.text(5);
        for (std::size_t b = 0; b < skills.size();) {
            std::size_t e = skills.find(',', b);
            if (e == std::string::npos)
                e = skills.size();
            l.skills.push_back(skills.substr(b, e - b));
            b = e + 1;
        }
        out.push_back(std::move(l));
    }
    if (rc != SQLITE_DONE)
        impl_->failed(rc, "reading the lessons");
    return out;
}

Status ProgressStore::start_attempt(const std::string& learner_id, const LessonInfo& lesson, Mode mode, TimeMs now,
                                    const std::string& session, std::string& attempt_id)
{
    std::string id;
    Status s = impl_->write("starting an attempt", [&]() -> Status {
        bool changed = false;
        if (Status u = impl_->upsert_lesson(lesson, false, changed); !u)
            return u;
        if (mode != Mode::Watch) {
            // Starting again leaves the earlier unfinished attempt behind.
            sql::Stmt q = impl_->stmt(
                "UPDATE attempts SET outcome = 'abandoned' WHERE learner_id = ? AND lesson_id = ? "
                "AND mode <> 'watch' AND outcome IN ('in_progress', 'stopped')");
            q.bind(1, learner_id).bind(2, lesson.id);
            if (const int rc = q.step(); rc != SQLITE_DONE)
                return impl_->error(rc, "starting an attempt");
        }
        id = impl_->next_id("attempt_counter", learner_id + "|" + lesson.id + "|" + std::to_string(now));
        sql::Stmt q = impl_->stmt("INSERT INTO attempts (id, learner_id, lesson_id, lesson_version, mode, started_at, "
                                  "steps_total, pc_id, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, id).bind(2, learner_id).bind(3, lesson.id).bind(4, lesson.version).bind(5, mode_name(mode));
        q.bind(6, now).bind(7, lesson.steps).bind(8, impl_->pc_id).bind(9, session);
        if (const int rc = q.step(); rc != SQLITE_DONE) {
            if ((rc & 0xFF) == SQLITE_CONSTRAINT)
                return Status::fail(StoreError::NotFound, "no learner with id " + learner_id);
            return impl_->error(rc, "starting an attempt");
        }
        return {};
    });
    if (s)
        attempt_id = id;
    return s;
}

Status ProgressStore::record_step(const std::string& attempt_id, const StepRow& step, int steps_reached)
{
    return impl_->write("saving a finished step", [&]() -> Status {
        int inserted = 0;
        if (Status s = impl_->insert_steps(attempt_id, {step}, inserted); !s)
            return s.error == StoreError::Invalid
                       ? Status::fail(StoreError::NotFound, "no attempt with id " + attempt_id)
                       : s;
        if (inserted == 0)
            return Status::fail(StoreError::Invalid,
                                "step " + std::to_string(step.seq) + " of attempt " + attempt_id + " is already saved");
        sql::Stmt q = impl_->stmt("UPDATE attempts SET hints = hints + ?, wrong_actions = wrong_actions + ?, "
                                  "duration_ms = max(duration_ms, ? - started_at), steps_reached = ?, "
                                  "unsafe = trim(unsafe || ' ' || ?) WHERE id = ?");
        q.bind(1, step.hints).bind(2, step.wrong_actions).bind(3, step.ended_at).bind(4, steps_reached);
        q.bind(5, progress::join_ids(step.unsafe)).bind(6, attempt_id);
        if (const int rc = q.step(); rc != SQLITE_DONE)
            return impl_->error(rc, "saving a finished step");
        return {};
    });
}

Status ProgressStore::finish_attempt(const std::string& attempt_id, const AttemptEnd& end)
{
    return impl_->write("saving the end of an attempt", [&]() -> Status {
        sql::Stmt q = impl_->stmt("UPDATE attempts SET ended_at = ?, outcome = ?, steps_reached = ?, score = ?, "
                                  "passed = ?, duration_ms = max(duration_ms, ? - started_at) WHERE id = ?");
        q.bind(1, end.ended_at).bind(2, outcome_name(end.outcome)).bind(3, end.steps_reached).bind(4, end.score);
        q.bind(5, end.passed).bind(6, end.ended_at).bind(7, attempt_id);
        if (const int rc = q.step(); rc != SQLITE_DONE)
            return impl_->error(rc, "saving the end of an attempt");
        if (sqlite3_changes(impl_->db) == 0)
            return Status::fail(StoreError::NotFound, "no attempt with id " + attempt_id);
        return {};
    });
}

Status ProgressStore::reopen_attempt(const std::string& attempt_id)
{
    return impl_->write("resuming an attempt", [&]() -> Status {
        sql::Stmt q = impl_->stmt("UPDATE attempts SET ended_at = NULL, outcome = 'in_progress' WHERE id = ? AND "
                                  "outcome IN ('in_progress', 'stopped')");
        q.bind(1, attempt_id);
        if (const int rc = q.step(); rc != SQLITE_DONE)
            return impl_->error(rc, "resuming an attempt");
        if (sqlite3_changes(impl_->db) == 0)
            return Status::fail(StoreError::NotFound, "no unfinished attempt with id " + attempt_id);
        return {};
    });
}

std::optional<AttemptRow> ProgressStore::attempt(const std::string& attempt_id, bool with_steps) const
{
    std::optional<AttemptRow> a;
    {
        sql::Stmt q = impl_->stmt(std::string("SELECT ") + attempt_columns + " FROM attempts WHERE id = ?");
        q.bind(1, attempt_id);
        const int rc = q.step();
        if (rc == SQLITE_ROW)
            a = Impl::read_attempt(q);
        else if (rc != SQLITE_DONE)
            impl_->failed(rc, "reading an attempt");
    }
    if (a && with_steps)
        a->steps = impl_->steps_of(a->id);
    return a;
}

std::vector<AttemptRow> ProgressStore::history(const std::string& learner_id, bool with_steps) const
{
    std::vector<AttemptRow> out;
    {
        sql::Stmt q = impl_->stmt(std::string("SELECT ") + attempt_columns +
                                  " FROM attempts WHERE learner_id = ? ORDER BY started_at DESC, rowid DESC");
        q.bind(1, learner_id);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            out.push_back(Impl::read_attempt(q));
        if (rc != SQLITE_DONE)
            impl_->failed(rc, "reading a learner's history");
    }
    if (with_steps)
        for (auto& a : out)
            a.steps = impl_->steps_of(a.id);
    return out;
}

bool ProgressStore::for_each_attempt(const std::function<bool(const AttemptRow&)>& visit, bool with_steps) const
{
    sql::Stmt q(impl_->db,
                std::string("SELECT ") + attempt_columns + " FROM attempts ORDER BY learner_id, started_at, id");
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        AttemptRow a = Impl::read_attempt(q);
        if (with_steps)
            a.steps = impl_->steps_of(a.id);
        if (!visit(a))
            return false;
    }
    if (rc != SQLITE_DONE) {
        impl_->failed(rc, "reading the attempts");
        return false;
    }
    return true;
}

// [SECTION] settings and maintenance

std::optional<std::string> ProgressStore::setting(const std::string& key) const
{
    sql::Stmt q = impl_->stmt("SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return q.text(0);
    if (rc != SQLITE_DONE)
        impl_->failed(rc, "reading a setting");
    return std::nullopt;
}

Status ProgressStore::set_setting(const std::string& key, const std::string& value)
{
    return impl_->write("saving a setting", [&]() -> Status {
        sql::Stmt q = impl_->stmt("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                  "value = excluded.value");
        q.bind(1, key).bind(2, value);
        if (const int rc = q.step(); rc != SQLITE_DONE)
            return impl_->error(rc, "saving a setting");
        return {};
    });
}

Status ProgressStore::transaction(const std::function<Status()>& work)
{
    if (impl_->read_only)
        return Status::fail(StoreError::ReadOnly, impl_->path + " is open read-only");
    if (impl_->depth == 0 && !impl_->exec("BEGIN IMMEDIATE"))
        return impl_->last_error;
    ++impl_->depth;
    Status s = impl_->write("saving", work);
    --impl_->depth;
    if (impl_->depth == 0) {
        if (s && !impl_->exec("COMMIT"))
            s = impl_->last_error;
        if (!s && !sqlite3_get_autocommit(impl_->db))
            impl_->exec("ROLLBACK");
    }
    return s;
}

Status ProgressStore::quick_check() const
{
    sql::Stmt q(impl_->db, "PRAGMA quick_check");
    std::string problems;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        if (q.text(0) != "ok")
            problems += (problems.empty() ? "" : "; ") + q.text(0);
    if (rc != SQLITE_DONE)
        return impl_->error(rc, "checking");
    if (!problems.empty())
        return Status::fail(StoreError::Corrupt, impl_->path + " is damaged: " + problems);
    return {};
}

Status ProgressStore::set_max_page_count(int pages)
{
    sql::Stmt q(impl_->db, "PRAGMA max_page_count = " + std::to_string(pages));
    const int rc = q.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return impl_->error(rc, "limiting the file's size");
    return {};
}

} // namespace luyenso
