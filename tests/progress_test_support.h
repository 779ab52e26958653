// Helpers for the progress tests: a temporary folder, file bytes, a store opened on a
// path, the shipped lessons as LessonInfo, and a recorded guided run.
#pragma once

#include "lessons/lesson.h"
#include "lessons/lesson_run.h"
#include "progress/progress_recorder.h"
#include "progress/progress_store.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>

namespace luyenso::test {

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "luyenso-progress-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            FAIL("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return (std::filesystem::path(path_) / name).string(); }

private:
    std::string path_;
};

inline std::string read_bytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_bytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// A child process that runs `work` with the write end of a pipe, then exits; the parent
// gets its pid and the read end. `work` must not use Catch's macros (another process).
struct Child {
    pid_t pid;
    int fd;
};
inline Child fork_child(const std::function<void(int fd)>& work)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        work(fds[1]);
        ::_exit(0);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

// Everything the child wrote, once it has ended; its wait status in `status` if given.
inline std::string finish_child(const Child& child, int* status = nullptr)
{
    std::string out;
    char buf[512];
    for (ssize_t n; (n = ::read(child.fd, buf, sizeof buf)) > 0;)
        out.append(buf, static_cast<std::size_t>(n));
    ::close(child.fd);
    int wstatus = 0;
    ::waitpid(child.pid, &wstatus, 0);
    if (status)
        *status = wstatus;
    return out;
}

inline std::unique_ptr<ProgressStore> open_store(const std::string& path, Status& status,
                                                 ProgressStore::Access access = ProgressStore::Access::ReadWrite,
                                                 const std::string& seed = "test-pc")
{
    ProgressStore::OpenOptions o;
    o.path = path;
    o.access = access;
    o.pc_seed = seed;
    return ProgressStore::open(o, status);
}

inline std::unique_ptr<ProgressStore> open_store(const std::string& path, const std::string& seed = "test-pc")
{
    Status status;
    auto store = open_store(path, status, ProgressStore::Access::ReadWrite, seed);
    INFO(status.message);
    REQUIRE(store);
    return store;
}

inline const Lesson& shipped_lesson(const std::string& id)
{
    static std::map<std::string, Lesson> lessons;
    auto it = lessons.find(id);
    if (it == lessons.end()) {
        LoadResult r = load_lesson_file(lessons_dir() + "/" + id + ".json");
        INFO(id);
        REQUIRE(r.lesson);
        it = lessons.emplace(id, std::move(*r.lesson)).first;
    }
    return it->second;
}

// Plays the lesson's demonstration in `mode` as the learner's actions, recorded.
inline std::string record_demo(ProgressStore& store, const std::string& learner_id, const Lesson& lesson, Mode mode,
                               TimeMs start)
{
    LessonRun run(lesson, mode);
    Status status;
    auto rec = AttemptRecorder::start(store, learner_id, run, start, "test-session", status);
    INFO(status.message);
    REQUIRE(rec);
    while (!run.finished()) {
        std::string why;
        INFO(why);
        REQUIRE(run.play_step_demo(why));
        REQUIRE(rec->update(run));
    }
    REQUIRE(rec->update(run));
    REQUIRE(rec->finished());
    return rec->attempt_id();
}

inline LearnerProfile make_learner(ProgressStore& store, const std::string& name, const std::string& village,
                                   TimeMs now)
{
    LearnerProfile p;
    p.name = name;
    p.village = village;
    const Status s = store.create_learner(p, now);
    INFO(s.message);
    REQUIRE(s);
    return p;
}

// Runs SQL on the file with SQLite itself, past the store.
inline void raw_exec(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
}

// The rows of a query, columns joined with "|".
inline std::vector<std::string> raw_rows(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    std::vector<std::string> rows;
    while (sqlite3_step(s) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(s); ++c) {
            const auto* t = sqlite3_column_text(s, c);
            row += (c ? "|" : "") + std::string(t ? reinterpret_cast<const char*>(t) : "NULL");
        }
        rows.push_back(row);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return rows;
}

// Runs `work` as an unprivileged user (root ignores permissions): in a child process
// that becomes "nobody" when we are root, else here. Returns what `work` returned.
inline std::string unprivileged(const std::function<std::string()>& work)
{
    if (::geteuid() != 0)
        return work();
    const Child child = fork_child([&](int fd) {
        std::string out = "cannot drop privileges";
        if (::setgid(65534) == 0 && ::setuid(65534) == 0)
            out = work();
        (void)!::write(fd, out.data(), out.size());
    });
    return finish_child(child);
}

} // namespace luyenso::test
