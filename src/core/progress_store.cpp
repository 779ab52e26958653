// The progress store: opening and checking the file, the schema and its migrations,
// learners, lessons, attempts and settings. Queries for the UI and reports are in
// progress_queries.cpp, export and import in progress_merge.cpp.
#include "progress_store.h"

#include "catalog.h"
#include "progress_store_impl.h"
#include "progress_util.h"
#include "u8path.h"

#include <algorithm>
#include <cerrno>
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

struct Migration {
    int version; // the schema version it leads to
    const char* sql;
};
constexpr Migration migrations[] = {{1, schema_v1}, {2, schema_v2}};
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
    const bool sys_full = sys == ENOSPC || sys == EDQUOT;
    const bool sys_denied = sys == EACCES || sys == EROFS || sys == EPERM;
    if (sys != 0 && sys != ENOENT)
        detail += " (" + std::string(std::strerror(sys)) + ")";
#endif
    if (primary == SQLITE_FULL || sys_full)
        return Status::fail(StoreError::DiskFull, "the disk is full: " + doing + " was not saved in " + path +
                                                      "; free some space and try again");
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

// Read-only inspection of an existing file: damaged? whose? which schema version?
struct Inspection {
    Status status;
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

Inspection inspect(const std::string& path, bool immutable)
{
    Inspection r;
    sqlite3* db = nullptr;
    const std::string uri = sqlite_uri(path, immutable ? "?immutable=1" : "?mode=ro");
    int rc = sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    auto finish = [&](Status s) {
        r.status = std::move(s);
        sqlite3_close_v2(db);
        return r;
    };
    if (rc != SQLITE_OK)
        return finish(status_for(rc, db, path, "opening"));
    sqlite3_busy_timeout(db, 5000);
    {
        sql::Stmt q(db, "PRAGMA quick_check");
        std::string problems;
        int lines = 0;
        while ((rc = q.step()) == SQLITE_ROW) {
            const std::string line = q.text(0);
            if (line != "ok" && lines++ < 3)
                problems += (problems.empty() ? "" : "; ") + line;
        }
        if (rc != SQLITE_DONE)
            return finish(status_for(rc, db, path, "checking"));
        if (!problems.empty())
            return finish(Status::fail(StoreError::Corrupt, path + " is damaged (" + problems +
                                                                "); it was left as it is. Restore it from an export "
                                                                "(luyenso import) or move it away to start afresh"));
    }
    int app = 0;
    {
        sql::Stmt q(db, "PRAGMA application_id");
        if (q.step() == SQLITE_ROW)
            app = q.i32(0);
        sql::Stmt v(db, "PRAGMA user_version");
        if ((rc = v.step()) != SQLITE_ROW)
            return finish(status_for(rc, db, path, "reading the schema version"));
        r.version = v.i32(0);
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

bool ProgressStore::Impl::exec(const char* text) const
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, text, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc == SQLITE_OK)
        return true;
    last_error = error(rc, "saving");
    return false;
}

Status ProgressStore::Impl::error(int rc, const std::string& doing) const
{
    return status_for(rc, db, path, doing);
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
    return a;
}

std::vector<StepRow> ProgressStore::Impl::steps_of(const std::string& attempt_id) const
{
    std::vector<StepRow> out;
    sql::Stmt q = stmt("SELECT seq, step_id, step_index, started_at, ended_at, hints, wrong_actions FROM steps "
                       "WHERE attempt_id = ? ORDER BY seq");
    q.bind(1, attempt_id);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.i32(0), q.text(1), q.i32(2), q.i64(3), q.i64(4), q.i32(5), q.i32(6)});
    if (rc != SQLITE_DONE)
        failed(rc, "reading the steps of an attempt");
    return out;
}

Status ProgressStore::Impl::insert_steps(const std::string& attempt_id, const std::vector<StepRow>& steps,
                                         int& inserted)
{
    for (const StepRow& st : steps) {
        sql::Stmt q = stmt("INSERT OR IGNORE INTO steps (attempt_id, seq, step_id, step_index, started_at, ended_at, "
                           "hints, wrong_actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, attempt_id).bind(2, st.seq).bind(3, st.step_id).bind(4, st.step_index).bind(5, st.started_at);
        q.bind(6, st.ended_at).bind(7, st.hints).bind(8, st.wrong_actions);
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
    if (exists && !read_only && !writable_folder) {
        status = Status::fail(StoreError::ReadOnly,
                              "cannot save progress in " + path + ": the folder " + path_u8(folder) + " is read-only");
        return nullptr;
    }
    if (exists) {
        // Look before touching: a damaged or newer file is refused without a single write.
        Inspection look = inspect(path, !writable_folder);
        if (!look.status) {
            status = look.status;
            return nullptr;
        }
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
    int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    std::string name = path;
    if (read_only) {
        flags |= SQLITE_OPEN_URI;
        name = sqlite_uri(path, writable_folder ? "?mode=ro" : "?immutable=1");
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
    sqlite3_busy_timeout(impl->db, 5000);
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

namespace {

Status check_profile(const LearnerProfile& p)
{
    if (progress::fold_name(p.name).empty())
        return Status::fail(StoreError::Invalid, "a learner needs a name");
    if (p.text_size < 50 || p.text_size > 300)
        return Status::fail(StoreError::Invalid,
                            "text size " + std::to_string(p.text_size) + "% is out of range (50% to 300%)");
    if (p.voice.empty())
        return Status::fail(StoreError::Invalid, "a learner needs a voice (vi, vi-vn-x-central or vi-vn-x-south)");
    return {};
}

} // namespace

Status ProgressStore::create_learner(LearnerProfile& profile, TimeMs now)
{
    profile.name = progress::tidy_spaces(profile.name);
    profile.village = progress::tidy_spaces(profile.village);
    if (Status s = check_profile(profile); !s)
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
    profile.name = progress::tidy_spaces(profile.name);
    profile.village = progress::tidy_spaces(profile.village);
    if (Status s = check_profile(profile); !s)
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
    const std::string n = progress::fold_name(name);
    const std::string v = progress::fold_name(village);
    std::vector<LearnerProfile> out;
    for (auto& p : learners())
        if (progress::fold_name(p.name) == n && (village.empty() || progress::fold_name(p.village) == v))
            out.push_back(std::move(p));
    return out;
}

// [SECTION] lessons and attempts

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
                                  "duration_ms = max(duration_ms, ? - started_at), steps_reached = ? WHERE id = ?");
        q.bind(1, step.hints).bind(2, step.wrong_actions).bind(3, step.ended_at).bind(4, steps_reached);
        q.bind(5, attempt_id);
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
