// The progress store: learners, attempts and steps round trips; lesson statuses, resume,
// dashboard and mastery; migration from the first schema; damaged, newer and foreign
// files refused and left untouched; a read-only folder and a full disk reported; typed
// secrets never stored.
#include "progress/progress_util.h"
#include "progress_test_support.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>

using namespace luyenso;
using namespace luyenso::test;

namespace {

constexpr TimeMs t0 = 1'714'550'400'000; // 2024-05-01T08:00:00Z

// Raw SQL on a database file, outside the store (to build old or odd files and to look).
const LessonProgress& status_of(const std::vector<LessonProgress>& list, const std::string& lesson)
{
    for (const auto& p : list)
        if (p.lesson_id == lesson)
            return p;
    FAIL("no status for " << lesson);
    return list.front();
}

} // namespace

TEST_CASE("learners are created, edited, listed and found", "[progress][store]")
{
    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    CHECK(store->pc_id().size() == 16);

    LearnerProfile giang = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    CHECK(giang.id.size() == 36);
    CHECK(giang.created_at == t0);
    CHECK(giang.voice == "vi");
    CHECK(giang.text_size == 100);
    LearnerProfile mai = make_learner(*store, "Lò Thị Mai", "Bản Phố", t0 + 1);
    LearnerProfile nga = make_learner(*store, "Đặng Thị Nga", "Nà Hẩu", t0 + 2);
    CHECK(giang.id != mai.id);

    SECTION("a name is needed and sizes are bounded")
    {
        LearnerProfile nobody;
        nobody.name = "   ";
        CHECK(store->create_learner(nobody, t0).error == StoreError::Invalid);
        LearnerProfile huge;
        huge.name = "Ông Lù";
        huge.text_size = 900;
        const Status s = store->create_learner(huge, t0);
        CHECK(s.error == StoreError::Invalid);
        CHECK(s.message == "text size 900% is out of range (50% to 300%)");
    }
    SECTION("an edit is kept, with its time")
    {
        giang.photo = "anh/giang.png";
        giang.voice = "vi-vn-x-central";
        giang.text_size = 150;
        REQUIRE(store->update_learner(giang, t0 + 1000));
        const auto back = store->learner(giang.id);
        REQUIRE(back);
        CHECK(back->name == "Bàn Văn Giảng");
        CHECK(back->photo == "anh/giang.png");
        CHECK(back->voice == "vi-vn-x-central");
        CHECK(back->text_size == 150);
        CHECK(back->created_at == t0);
        CHECK(back->updated_at == t0 + 1000);
        LearnerProfile ghost = giang;
        ghost.id = "no-such-id";
        CHECK(store->update_learner(ghost, t0).error == StoreError::NotFound);
    }
    SECTION("listed by village then name, found whatever the case and spacing")
    {
        const auto all = store->learners();
        REQUIRE(all.size() == 3);
        CHECK(all[0].name == "Lò Thị Mai"); // Bản Phố
        CHECK(all[1].name == "Bàn Văn Giảng");
        CHECK(all[2].name == "Đặng Thị Nga");
        const auto found = store->find_learners("  BÀN  văn GIẢNG ");
        REQUIRE(found.size() == 1);
        CHECK(found[0].id == giang.id);
        CHECK(store->find_learners("đặng thị nga", "NÀ HẨU").size() == 1);
        CHECK(store->find_learners("đặng thị nga", "Bản Phố").empty());
    }
    SECTION("the store is reopened with the same PC id and data")
    {
        const std::string pc = store->pc_id();
        store.reset();
        store = open_store(dir.file("progress.db"), "another-seed");
        CHECK(store->pc_id() == pc);
        CHECK(store->learners().size() == 3);
    }
}

TEST_CASE("attempts and their steps round-trip through a closed store", "[progress][store]")
{
    TempDir dir;
    std::string attempt_id;
    std::string learner_id;
    {
        auto store = open_store(dir.file("progress.db"));
        learner_id = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0).id;
        LessonInfo lesson{"goi-video-cho-chau", 2, "Gọi video cho cháu", "Video-call", {"video-call"}, 6};
        REQUIRE(store->start_attempt(learner_id, lesson, Mode::Test, t0 + 10, "lop-sang", attempt_id));
        REQUIRE(store->record_step(attempt_id, {0, "mo-khoa", 0, t0 + 10, t0 + 4000, 0, 1, {}, true}, 1));
        REQUIRE(store->record_step(attempt_id, {1, "mo-tro-chuyen", 1, t0 + 4000, t0 + 9000, 2, 0, {}, true}, 2));
        const Status again = store->record_step(attempt_id,
                                                {1, "mo-tro-chuyen", 1, t0 + 4000, t0 + 9000, 2, 0, {}, true}, 2);
        CHECK(again.error == StoreError::Invalid);
        ProgressStore::AttemptEnd end{Outcome::Stopped, t0 + 12'000, 2, 23, false};
        REQUIRE(store->finish_attempt(attempt_id, end));
        std::string none;
        CHECK(store->start_attempt("no-such-learner", lesson, Mode::Guided, t0, "", none).error ==
              StoreError::NotFound);
        CHECK(store->record_step("no-such-attempt", {0, "x", 0, t0, t0, 0, 0, {}, true}, 1).error ==
              StoreError::NotFound);
    }
    auto store = open_store(dir.file("progress.db"));
    const auto a = store->attempt(attempt_id);
    REQUIRE(a);
    CHECK(a->learner_id == learner_id);
    CHECK(a->lesson_id == "goi-video-cho-chau");
    CHECK(a->lesson_version == 2);
    CHECK(a->mode == Mode::Test);
    CHECK(a->started_at == t0 + 10);
    CHECK(a->ended_at == t0 + 12'000);
    CHECK(a->outcome == Outcome::Stopped);
    CHECK(a->steps_reached == 2);
    CHECK(a->steps_total == 6);
    CHECK(a->hints == 2);
    CHECK(a->wrong_actions == 1);
    CHECK(a->duration_ms == 11'990);
    CHECK(a->score == 23);
    CHECK(a->passed == false);
    CHECK(a->pc_id == store->pc_id());
    CHECK(a->session == "lop-sang");
    REQUIRE(a->steps.size() == 2);
    CHECK(a->steps[1].step_id == "mo-tro-chuyen");
    CHECK(a->steps[1].step_index == 1);
    CHECK(a->steps[1].hints == 2);
    CHECK(a->steps[1].time_ms() == 5000);
    const auto known = store->known_lessons();
    REQUIRE(known.size() == 1);
    CHECK(known[0].title == "Gọi video cho cháu");
    CHECK(known[0].skills == std::vector<std::string>{"video-call"});
    const auto h = store->history(learner_id, true);
    REQUIRE(h.size() == 1);
    CHECK(h[0].steps.size() == 2);
}

TEST_CASE("a recorded guided run keeps each step's time, hints and wrong actions", "[progress][recorder]")
{
    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    const std::string learner = make_learner(*store, "Lò Thị Mai", "Bản Phố", t0).id;
    const Lesson& lesson = shipped_lesson("goi-video-cho-chau");
    LessonRun run(lesson, Mode::Guided);
    Status status;
    auto rec = AttemptRecorder::start(*store, learner, run, t0, "s1", status);
    REQUIRE(rec);
    run.advance(3000);
    run.act(Action::tap("lock.time")); // a wrong place
    REQUIRE(rec->update(run));
    CHECK(rec->steps_written() == 0); // nothing finished yet
    std::string why;
    REQUIRE(run.play_step_demo(why));
    REQUIRE(rec->update(run));
    CHECK(rec->steps_written() == 1);
    run.advance(2500);
    run.request_hint();
    REQUIRE(run.play_step_demo(why));
    REQUIRE(rec->update(run));
    {
        const auto a = store->attempt(rec->attempt_id());
        REQUIRE(a);
        CHECK(a->outcome == Outcome::InProgress);
        REQUIRE(a->steps.size() == 2);
        CHECK(a->steps[0].step_id == "mo-khoa");
        CHECK(a->steps[0].started_at == t0);
        CHECK(a->steps[0].time_ms() == 3000);
        CHECK(a->steps[0].wrong_actions == 1);
        CHECK(a->steps[1].hints == 1);
        CHECK(a->steps[1].time_ms() == 2500);
        CHECK(a->steps_reached == 2);
    }
    while (!run.finished()) {
        REQUIRE(run.play_step_demo(why));
        REQUIRE(rec->update(run));
    }
    CHECK(rec->finished());
    const auto a = store->attempt(rec->attempt_id());
    REQUIRE(a);
    CHECK(a->outcome == Outcome::Completed);
    CHECK(a->steps.size() == lesson.steps.size());
    CHECK(a->steps_reached == 6);
    CHECK(a->hints == run.total_hints());
    CHECK(a->wrong_actions == run.total_wrong_actions());
    CHECK(a->ended_at == t0 + run.phone().clock().now_ms());
    CHECK_FALSE(a->score); // only tests are scored
}

TEST_CASE("each lesson shows not started, in progress (with where to resume), done with help or passed",
          "[progress][status]")
{
    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    const std::string learner = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0).id;
    const Lesson& video = shipped_lesson("goi-video-cho-chau");
    const Lesson& group = shipped_lesson("doc-tin-nhom-thon");
    const std::vector<LessonInfo> lessons = {lesson_info(video), lesson_info(group)};

    auto statuses = store->lesson_statuses(learner, lessons);
    REQUIRE(statuses.size() == 2);
    CHECK(statuses[0].status == LessonStatus::NotStarted);
    CHECK(statuses[0].resume_step == -1);

    // The learner stops the video lesson in guided mode after two steps.
    LessonRun run(video, Mode::Guided);
    Status status;
    auto rec = AttemptRecorder::start(*store, learner, run, t0 + 1000, "", status);
    REQUIRE(rec);
    std::string why;
    REQUIRE(run.play_step_demo(why));
    REQUIRE(run.play_step_demo(why));
    REQUIRE(rec->stop(run));
    statuses = store->lesson_statuses(learner, lessons);
    CHECK(status_of(statuses, video.id).status == LessonStatus::InProgress);
    CHECK(status_of(statuses, video.id).resume_step == 2);
    CHECK(status_of(statuses, video.id).resume_attempt == rec->attempt_id());
    CHECK(status_of(statuses, group.id).status == LessonStatus::NotStarted);

    SECTION("resuming continues the same attempt from that step")
    {
        LessonRun again(video, Mode::Guided);
        REQUIRE(again.fast_forward_to(2, why));
        auto resumed = AttemptRecorder::resume(*store, rec->attempt_id(), again, t0 + 60'000, status);
        INFO(status.message);
        REQUIRE(resumed);
        while (!again.finished()) {
            REQUIRE(again.play_step_demo(why));
            REQUIRE(resumed->update(again));
        }
        const auto a = store->attempt(rec->attempt_id());
        REQUIRE(a);
        CHECK(a->outcome == Outcome::Completed);
        REQUIRE(a->steps.size() == 6); // 2 before, 4 after: none twice
        CHECK(a->steps[1].step_id == "mo-tro-chuyen");
        CHECK(a->steps[2].step_id == "mo-chat-chau-minh");
        CHECK(a->steps[2].seq == 2);
        CHECK(a->steps[2].started_at == t0 + 60'000);
        statuses = store->lesson_statuses(learner, lessons);
        CHECK(status_of(statuses, video.id).status == LessonStatus::DoneWithHelp);
        CHECK(status_of(statuses, video.id).resume_step == -1);
    }
    SECTION("starting again abandons the stopped attempt; a watched lesson is in progress; a passed test is passed")
    {
        record_demo(*store, learner, video, Mode::Practice, t0 + 100'000);
        CHECK(store->attempt(rec->attempt_id())->outcome == Outcome::Abandoned);
        statuses = store->lesson_statuses(learner, lessons);
        CHECK(status_of(statuses, video.id).status == LessonStatus::DoneWithHelp);
        CHECK(status_of(statuses, video.id).attempts == 2);
        CHECK(status_of(statuses, video.id).resume_step == -1);

        LessonRun watch(group, Mode::Watch);
        auto w = AttemptRecorder::start(*store, learner, watch, t0 + 200'000, "", status);
        REQUIRE(w);
        watch.play();
        while (!watch.finished()) {
            watch.advance(100);
            REQUIRE(w->update(watch));
        }
        CHECK(w->finished());
        statuses = store->lesson_statuses(learner, lessons);
        CHECK(status_of(statuses, group.id).status == LessonStatus::InProgress);
        CHECK(status_of(statuses, group.id).resume_step == -1); // nothing to resume after watching

        record_demo(*store, learner, video, Mode::Test, t0 + 300'000);
        statuses = store->lesson_statuses(learner, lessons);
        CHECK(status_of(statuses, video.id).status == LessonStatus::PassedTest);
        CHECK(status_of(statuses, video.id).best_score == 100);
        CHECK(status_of(statuses, video.id).last_at == t0 + 300'000);

        const auto mastery = store->mastery(learner, lessons);
        REQUIRE(mastery.size() == 2);
        CHECK(mastery[0].skill == "video-call");
        CHECK(mastery[0].level == SkillLevel::Mastered);
        CHECK(mastery[1].skill == "group-chat");
        CHECK(mastery[1].level == SkillLevel::Started);
        // The SQL view says the same (for people who open the file with other tools).
        const auto view = raw_rows(store->path(), "SELECT skill, level FROM mastery WHERE learner_id = '" + learner +
                                                      "' ORDER BY skill");
        CHECK(view == std::vector<std::string>{"group-chat|started", "video-call|mastered"});
    }
    SECTION("a test stopped half-way is not passed and is not resumed")
    {
        LessonRun test(video, Mode::Test);
        auto t = AttemptRecorder::start(*store, learner, test, t0 + 400'000, "", status);
        REQUIRE(test.play_step_demo(why));
        test.stop();
        REQUIRE(t->update(test));
        const auto a = store->attempt(t->attempt_id());
        CHECK(a->outcome == Outcome::Stopped);
        CHECK(a->passed == false);
        CHECK(a->score == test.result().score);
        statuses = store->lesson_statuses(learner, lessons);
        CHECK(status_of(statuses, video.id).status == LessonStatus::InProgress);
        CHECK(status_of(statuses, video.id).resume_step == -1);
    }
}

TEST_CASE("the class dashboard is learners x lessons", "[progress][dashboard]")
{
    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    const Lesson& video = shipped_lesson("goi-video-cho-chau");
    const Lesson& group = shipped_lesson("doc-tin-nhom-thon");
    const auto giang = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    const auto mai = make_learner(*store, "Lò Thị Mai", "Bản Phố", t0);
    record_demo(*store, giang.id, video, Mode::Guided, t0 + 1000);
    record_demo(*store, mai.id, group, Mode::Test, t0 + 2000);
    // A lesson from another PC's pack, known only to the store.
    std::string other;
    REQUIRE(store->start_attempt(mai.id, {"chuyen-tien", 1, "Chuyển tiền", "", {"bank-transfer"}, 5}, Mode::Guided,
                                 t0 + 3000, "", other));

    const Dashboard d = store->dashboard({lesson_info(video), lesson_info(group)});
    REQUIRE(d.learners.size() == 2);
    REQUIRE(d.lessons.size() == 3);
    CHECK(d.lessons[2].id == "chuyen-tien");
    CHECK(d.learners[0].name == "Lò Thị Mai");
    CHECK(d.at(0, 0).status == LessonStatus::NotStarted);
    CHECK(d.at(0, 1).status == LessonStatus::PassedTest);
    CHECK(d.at(0, 2).status == LessonStatus::InProgress);
    CHECK(d.at(0, 2).resume_step == 0);
    CHECK(d.at(1, 0).status == LessonStatus::DoneWithHelp);
    CHECK(d.at(1, 0).time_ms > 0);
    CHECK(d.at(1, 1).status == LessonStatus::NotStarted);

    const Dashboard one = store->dashboard({lesson_info(video)}, "nà hẩu");
    REQUIRE(one.learners.size() == 1);
    CHECK(one.learners[0].id == giang.id);
}

TEST_CASE("a database of the first schema (version 1) is migrated", "[progress][migration]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    raw_exec(path, std::string(progress_schema_v1()) + R"sql(
PRAGMA user_version = 1;
INSERT INTO settings VALUES ('pc_id', 'pc-old-1'), ('learner_counter', '2');
INSERT INTO learners VALUES ('L1', 'Bàn Văn Giảng', 'Nà Hẩu', '', 1000, 2000);
INSERT INTO learners VALUES ('L2', 'Lò Thị Mai', 'Bản Phố', 'mai.png', 1000, 1000);
INSERT INTO attempts VALUES ('A1', 'L1', 'goi-video-cho-chau', 1, 'guided', 5000, NULL, 'stopped', 2, 6, NULL, NULL);
INSERT INTO attempts VALUES ('A2', 'L1', 'goi-video-cho-chau', 1, 'test', 9000, 20000, 'completed', 6, 6, 90, 1);
INSERT INTO steps VALUES ('A1', 0, 'mo-khoa', 0, 5000, 6000, 1, 2);
INSERT INTO steps VALUES ('A1', 1, 'mo-tro-chuyen', 1, 6000, 8000, 2, 0);
)sql");
    const std::string before = read_bytes(path);

    Status status;
    auto store = open_store(path, status);
    INFO(status.message);
    REQUIRE(store);
    CHECK(raw_rows(path, "PRAGMA user_version") ==
          std::vector<std::string>{std::to_string(ProgressStore::schema_version)});
    CHECK(store->pc_id() == "pc-old-1");
    const auto giang = store->learner("L1");
    REQUIRE(giang);
    CHECK(giang->name == "Bàn Văn Giảng");
    CHECK(giang->voice == "vi"); // new columns get their defaults
    CHECK(giang->text_size == 100);
    CHECK(giang->updated_at == 2000);
    const auto a1 = store->attempt("A1");
    REQUIRE(a1);
    CHECK(a1->hints == 3); // totals filled from the steps
    CHECK(a1->wrong_actions == 2);
    CHECK(a1->duration_ms == 3000);
    CHECK(a1->steps.size() == 2);
    const auto a2 = store->attempt("A2");
    CHECK(a2->duration_ms == 11'000);
    CHECK(a2->passed == true);
    const auto lessons = store->known_lessons();
    REQUIRE(lessons.size() == 1);
    CHECK(lessons[0].title == "goi-video-cho-chau"); // a placeholder until the lesson is seen again
    CHECK(store->lesson_statuses("L1", {})[0].status == LessonStatus::PassedTest);
    // The next id does not reuse the old counter.
    const auto third = make_learner(*store, "Đặng Thị Nga", "Nà Hẩu", 30'000);
    CHECK(store->setting("learner_counter") == "3");
    // The lesson's real title and skills replace the placeholder; mastery then follows.
    REQUIRE(store->remember_lesson(lesson_info(shipped_lesson("goi-video-cho-chau"))));
    CHECK(store->known_lessons()[0].title == "Gọi video cho cháu");
    CHECK(raw_rows(path, "SELECT level FROM mastery WHERE learner_id = 'L1'") == std::vector<std::string>{"mastered"});
    // Opening again does not migrate twice.
    store.reset();
    store = open_store(path);
    CHECK(store->learners().size() == 3);
    CHECK(before != read_bytes(path));
}

TEST_CASE("a damaged file is refused with a clear message and left as it was", "[progress][safety]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    SECTION("not a database at all")
    {
        std::string junk;
        for (int i = 0; i < 300; ++i)
            junk += "Đây không phải là cơ sở dữ liệu. ";
        write_bytes(path, junk);
    }
    SECTION("a real store whose pages were overwritten")
    {
        {
            auto store = open_store(path);
            for (int i = 0; i < 200; ++i)
                make_learner(*store, "Học viên số " + std::to_string(i), "Thôn " + std::to_string(i % 7), t0 + i);
        }
        std::string bytes = read_bytes(path);
        REQUIRE(bytes.size() > 8 * 4096);
        for (std::size_t i = 2 * 4096; i < 6 * 4096; ++i)
            bytes[i] = static_cast<char>(i * 7 % 251);
        write_bytes(path, bytes);
    }
    const std::string before = read_bytes(path);
    for (const auto access : {ProgressStore::Access::ReadWrite, ProgressStore::Access::ReadOnly}) {
        Status status;
        auto store = open_store(path, status, access);
        CHECK_FALSE(store);
        CHECK(status.error == StoreError::Corrupt);
        CHECK_THAT(status.message,
                   Catch::StartsWith(path + " is damaged (") && Catch::Contains("it was left as it is"));
    }
    CHECK(read_bytes(path) == before);
    // Reading a WAL-mode file may leave an empty journal beside it; nothing is written in it.
    CHECK(read_bytes(path + "-wal").empty());
}

TEST_CASE("a file from a newer Luyện Số is refused and left as it was", "[progress][safety]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    {
        auto store = open_store(path);
        make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    }
    raw_exec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 7;");
    const std::string before = read_bytes(path);
    Status status;
    auto store = open_store(path, status);
    CHECK_FALSE(store);
    CHECK(status.error == StoreError::NewerVersion);
    CHECK(status.message == path + " was written by a newer Luyện Số (progress schema 7, this one knows up to " +
                                std::to_string(ProgressStore::schema_version) +
                                "); it was left as it is: update Luyện Số to use it");
    CHECK(read_bytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("another program's database is refused", "[progress][safety]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    raw_exec(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT);");
    const std::string before = read_bytes(path);
    Status status;
    CHECK_FALSE(open_store(path, status));
    CHECK(status.error == StoreError::Invalid);
    CHECK(status.message == path + " is not a Luyện Số progress file; it was left as it is");
    CHECK(read_bytes(path) == before);
}

TEST_CASE("a read-only folder is reported, and an existing store there can still be read", "[progress][safety]")
{
    TempDir dir;
    namespace fs = std::filesystem;
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    const std::string empty = dir.file("empty");
    const std::string full = dir.file("full");
    fs::create_directory(empty);
    fs::create_directory(full);
    {
        auto store = open_store(full + "/progress.db");
        make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    }
    const auto read_only = fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                           fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec;
    fs::permissions(empty, read_only);
    fs::permissions(full, read_only);
    fs::permissions(full + "/progress.db", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string before = read_bytes(full + "/progress.db");

    const std::string out = unprivileged([&] {
        std::string lines;
        Status s;
        auto a = open_store(empty + "/progress.db", s);
        lines += std::to_string(a != nullptr) + "|" + std::to_string(static_cast<int>(s.error)) + "|" + s.message +
                 "\n";
        auto b = open_store(empty + "/more/progress.db", s);
        lines += std::to_string(b != nullptr) + "|" + std::to_string(static_cast<int>(s.error)) + "|" + s.message +
                 "\n";
        auto c = open_store(full + "/progress.db", s);
        lines += std::to_string(c != nullptr) + "|" + std::to_string(static_cast<int>(s.error)) + "|" + s.message +
                 "\n";
        auto d = open_store(full + "/progress.db", s, ProgressStore::Access::ReadOnly);
        lines += std::to_string(d != nullptr) + "|" + std::to_string(static_cast<int>(s.error)) + "|" +
                 (d ? std::to_string(d->learners().size()) + " " + std::to_string(d->read_only()) : s.message) + "\n";
        if (d) {
            LearnerProfile p;
            p.name = "Ông Lù";
            const Status w = d->create_learner(p, t0);
            lines += std::to_string(static_cast<int>(w.error)) + "|" + w.message + "\n";
        }
        return lines;
    });
    const auto ro = std::to_string(static_cast<int>(StoreError::ReadOnly));
    CHECK(out == "0|" + ro + "|cannot create " + empty + "/progress.db: the folder " + empty + " is read-only\n" +
                     "0|" + ro + "|cannot create the folder " + empty + "/more for progress: Permission denied\n" +
                     "0|" + ro + "|cannot save progress in " + full + "/progress.db: the folder " + full +
                     " is read-only\n" + "1|0|1 1\n" + ro + "|" + full +
                     "/progress.db is open read-only: adding a learner was not saved\n");
    CHECK(read_bytes(full + "/progress.db") == before);
}

TEST_CASE("a full disk is reported and loses nothing already saved", "[progress][safety]")
{
    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    const auto first = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    REQUIRE(store->set_max_page_count(1)); // no room to grow: the file's pages are all there is
    Status s;
    int saved = 0;
    for (int i = 0; i < 2000 && s.ok(); ++i) {
        LearnerProfile p;
        p.name = "Học viên có một cái tên rất dài để lấp đầy trang số " + std::to_string(i);
        s = store->create_learner(p, t0 + i);
        saved += s.ok() ? 1 : 0;
    }
    CHECK(s.error == StoreError::DiskFull);
    CHECK_THAT(s.message, Catch::StartsWith("the disk is full: adding a learner was not saved in " + store->path()));
    CHECK(store->quick_check());
    CHECK(store->learners().size() == static_cast<std::size_t>(1 + saved));
    CHECK(store->learner(first.id));
    // Recording a step hits the same wall, and says so.
    std::string attempt;
    const Status started = store->start_attempt(first.id, {"x", 1, "X", "", {}, 1}, Mode::Guided, t0, "", attempt);
    CHECK((started.ok() || started.error == StoreError::DiskFull));
}

TEST_CASE("typed secrets are never stored", "[progress][secrets]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    const std::string pin = "739251";
    {
        auto store = open_store(path);
        const std::string learner = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0).id;
        const Lesson& video = shipped_lesson("goi-video-cho-chau");
        LessonRun run(video, Mode::Guided);
        Status status;
        auto rec = AttemptRecorder::start(*store, learner, run, t0, "", status);
        REQUIRE(rec);
        std::string why;
        REQUIRE(run.fast_forward_to(3, why)); // the chat with Minh is open
        REQUIRE(rec->update(run));
        // The learner types a code into the message box (as one would type a PIN).
        run.act(Action::tap("chat.input"));
        REQUIRE(run.act(Action::type(pin)).accepted);
        bool shown = false;
        for (const auto& e : run.phone().elements())
            shown = shown || e.label.find(pin) != std::string::npos || e.detail.find(pin) != std::string::npos;
        CHECK(shown); // the phone has it...
        while (!run.finished()) {
            REQUIRE(run.play_step_demo(why));
            REQUIRE(rec->update(run));
        }
        REQUIRE(rec->finished());
        // A lesson where the bank PIN is typed, when it is in the lessons folder.
        if (std::filesystem::exists(lessons_dir() + "/thanh-toan-qr-cua-hang.json")) {
            const Lesson& qr = shipped_lesson("thanh-toan-qr-cua-hang");
            record_demo(*store, learner, qr, Mode::Guided, t0 + 100'000);
            record_demo(*store, learner, qr, Mode::Test, t0 + 200'000);
        }
        REQUIRE(store->attempt(rec->attempt_id())->steps.size() == video.steps.size());
    }
    // ...the store does not: neither the file nor its journal holds it.
    for (const std::string& file : {path, path + "-wal", path + "-shm"}) {
        const std::string bytes = read_bytes(file);
        INFO(file);
        CHECK(bytes.find(pin) == std::string::npos);
        CHECK(bytes.find("246810") == std::string::npos); // the QR lesson's bank PIN
    }
    CHECK(read_bytes(path).size() > 0);
}

TEST_CASE("ids are UUID-shaped and names fold for matching", "[progress][util]")
{
    const std::string id = progress::uuid_from("learner|pc|1|Bàn Văn Giảng|1714550400000");
    CHECK(id.size() == 36);
    CHECK(id[14] == '8');
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);
    CHECK(id != progress::uuid_from("learner|pc|2|Bàn Văn Giảng|1714550400000"));
    CHECK(id == progress::uuid_from("learner|pc|1|Bàn Văn Giảng|1714550400000"));
    CHECK(progress::fold_name("  BÀN   VĂN GIẢNG ") == "bàn văn giảng");
    CHECK(progress::fold_name("ĐẶNG THỊ NGA") == "đặng thị nga");
    CHECK(progress::fold_name("ƯỚC ƠN Ữ") == "ước ơn ữ");
    CHECK(progress::iso_utc(t0 + 5) == "2024-05-01T08:00:00.005Z");
    CHECK(progress::local_date_time(t0, 420) == "2024-05-01 15:00");
    CHECK(progress::iso_duration(65'250) == "PT1M5.25S");
    CHECK(progress::iso_duration(0) == "PT0S");
    CHECK(progress::iso_duration(7'380'000) == "PT2H3M");
    CHECK(progress::human_duration(200'000, "vi") == "3 phút 20 giây");
}
