// The progress store's insides, shared by its .cpp files (private to the core).
#pragma once

#include "progress/progress_store.h"
#include "progress/sqlite_util.h"

#include <map>
#include <string>

namespace luyenso {

struct ProgressStore::Impl {
    sqlite3* db = nullptr;
    std::string path;
    std::string pc_id;
    bool read_only = false;
    int depth = 0;                // open transaction() calls
    bool verified = false;        // passed PRAGMA integrity_check when opened
    mutable bool damaged = false; // SQLite reported damage since: the verdict is void
    mutable Status last_error;
    mutable std::map<std::string, sqlite3_stmt*> cache; // prepared statements by their text

    ~Impl();

    // A cached prepared statement for `text` (prepared once per connection).
    sql::Stmt stmt(const std::string& text) const;
    // Runs SQL without results; false with `last_error` set on failure (for `doing`).
    bool exec(const char* text, const std::string& doing = "saving") const;
    // The error of the last SQLite call, as a Status naming the file.
    Status error(int rc, const std::string& doing) const;
    // Query failure: remembered in last_error, for the query's caller to return empty.
    void failed(int rc, const std::string& doing) const { last_error = error(rc, doing); }

    // Runs `body` as one transaction, or as a savepoint inside transaction(). A
    // transaction starts as a write (BEGIN IMMEDIATE): the busy timeout then applies
    // when another process is writing, where a read upgraded to a write would be
    // refused at once.
    template <typename Body>
    Status write(const std::string& doing, Body&& body)
    {
        if (read_only)
            return Status::fail(StoreError::ReadOnly, path + " is open read-only: " + doing + " was not saved");
        const bool outer = sqlite3_get_autocommit(db) != 0;
        if (!exec(outer ? "BEGIN IMMEDIATE" : "SAVEPOINT w", doing))
            return last_error;
        Status s = body();
        if (outer) {
            if (s.ok() && exec("COMMIT", doing))
                return s;
            if (s.ok())
                s = last_error;
            if (!sqlite3_get_autocommit(db))
                exec("ROLLBACK", doing);
            return s;
        }
        if (s.ok()) {
            if (exec("RELEASE w", doing))
                return s;
            s = last_error;
        }
        exec("ROLLBACK TO w", doing);
        exec("RELEASE w", doing);
        if (depth == 0 && !sqlite3_get_autocommit(db))
            exec("ROLLBACK", doing);
        return s;
    }

    // Row readers: the columns in the order of `learner_columns` / `attempt_columns`.
    static LearnerProfile read_learner(const sql::Stmt& s);
    static AttemptRow read_attempt(const sql::Stmt& s);
    std::vector<StepRow> steps_of(const std::string& attempt_id) const;
    Status insert_steps(const std::string& attempt_id, const std::vector<StepRow>& steps, int& inserted);
    Status upsert_lesson(const LessonInfo& lesson, bool only_if_newer, bool& changed);
    std::string next_id(const char* counter_key, const std::string& what);
};

inline constexpr const char* learner_columns = "id, name, village, photo, voice, text_size, created_at, updated_at";
inline constexpr const char* attempt_columns =
    "id, learner_id, lesson_id, lesson_version, mode, started_at, ended_at, outcome, steps_reached, steps_total, "
    "hints, wrong_actions, duration_ms, score, passed, pc_id, session, unsafe";

} // namespace luyenso
