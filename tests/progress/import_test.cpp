// Moving progress between PCs: export bundles, import them twice (nothing changes the
// second time), the same learner from two PCs merged, profile conflicts resolved by the
// newer edit and reported, attempts that went further on the other PC brought up to date.
#include "progress/progress_bundle.h"
#include "progress_test_support.h"

using namespace luyenso;
using namespace luyenso::test;

namespace {

constexpr TimeMs t0 = 1'714'550'400'000;

// Everything a store holds, as comparable JSON (the export time fixed).
nlohmann::json everything(const ProgressStore& store)
{
    nlohmann::json j = bundle_to_json(store.export_bundle(0));
    j.erase("pc_id");
    return j;
}

ImportSummary import(ProgressStore& store, const Bundle& bundle)
{
    ImportSummary s;
    const Status st = store.import_bundle(bundle, s);
    INFO(st.message);
    REQUIRE(st);
    return s;
}

} // namespace

TEST_CASE("a bundle survives the trip through its JSON file", "[progress][bundle]")
{
    TempDir dir;
    auto store = open_store(dir.file("a.db"), "pc-a");
    const auto giang = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    record_demo(*store, giang.id, shipped_lesson("goi-video-cho-chau"), Mode::Test, t0 + 1000);
    const Bundle b = store->export_bundle(t0 + 5000);
    std::string why;
    REQUIRE(write_bundle_file(b, dir.file("bundle.json"), why));
    const auto back = read_bundle_file(dir.file("bundle.json"), why);
    INFO(why);
    REQUIRE(back);
    CHECK(bundle_to_json(*back) == bundle_to_json(b));
    CHECK(back->pc_id == store->pc_id());
    REQUIRE(back->attempts.size() == 1);
    CHECK(back->attempts[0].steps.size() == 6);
    CHECK(back->attempts[0].passed == true);
    CHECK(back->lessons.at(0).skills == std::vector<std::string>{"video-call"});
    CHECK_FALSE(std::filesystem::exists(dir.file("bundle.json.tmp")));

    SECTION("a file that is not a bundle says so")
    {
        write_bytes(dir.file("x.json"), "{\"format\": \"something-else\"}");
        CHECK_FALSE(read_bundle_file(dir.file("x.json"), why));
        CHECK(why ==
              dir.file("x.json") + ": not a Luyện Số progress bundle (it needs \"format\": \"luyenso-progress\")");
        write_bytes(dir.file("y.json"), "[1, 2");
        CHECK_FALSE(read_bundle_file(dir.file("y.json"), why));
        CHECK(why == dir.file("y.json") + ": not a Luyện Số progress bundle (not valid JSON)");
        nlohmann::json j = bundle_to_json(b);
        j["attempts"][0]["steps"][2]["hints"] = "many";
        CHECK_FALSE(bundle_from_json(j, why));
        CHECK(why == "attempts[0].steps[2]: 'hints' must be a whole number");
        j = bundle_to_json(b);
        j["format_version"] = 9;
        CHECK_FALSE(bundle_from_json(j, why));
        CHECK(why == "bundle format 9 is newer than this Luyện Số reads (1); update Luyện Số");
        CHECK_FALSE(read_bundle_file(dir.file("none.json"), why));
        CHECK(why == "cannot read '" + dir.file("none.json") + "'");
    }
}

TEST_CASE("importing the same bundle twice changes nothing the second time", "[progress][import]")
{
    TempDir dir;
    auto a = open_store(dir.file("a.db"), "pc-a");
    auto b = open_store(dir.file("b.db"), "pc-b");
    CHECK(a->pc_id() != b->pc_id());
    const auto giang = make_learner(*a, "Bàn Văn Giảng", "Nà Hẩu", t0);
    const auto mai = make_learner(*a, "Lò Thị Mai", "Bản Phố", t0);
    record_demo(*a, giang.id, shipped_lesson("goi-video-cho-chau"), Mode::Guided, t0 + 1000);
    record_demo(*a, mai.id, shipped_lesson("doc-tin-nhom-thon"), Mode::Test, t0 + 2000);
    make_learner(*b, "Đặng Thị Nga", "Nà Hẩu", t0);

    const Bundle bundle = a->export_bundle(t0 + 10'000);
    const ImportSummary first = import(*b, bundle);
    CHECK(first.learners_added == 2);
    CHECK(first.learners_merged == 0);
    CHECK(first.attempts_added == 2);
    CHECK(first.steps_added == 6 + 4);
    CHECK(first.lines ==
          std::vector<std::string>{"added learner: Lò Thị Mai (Bản Phố)", "added learner: Bàn Văn Giảng (Nà Hẩu)"});
    const nlohmann::json after_first = everything(*b);

    const ImportSummary second = import(*b, bundle);
    CHECK_FALSE(second.changed());
    CHECK(second.lines.empty());
    CHECK(everything(*b) == after_first);
    CHECK(b->learners().size() == 3);
    // B's own export brought back to A adds only Nga; A's data is unchanged.
    const ImportSummary back = import(*a, b->export_bundle(t0 + 20'000));
    CHECK(back.learners_added == 1);
    CHECK(back.attempts_added == 0);
    CHECK_FALSE(import(*a, b->export_bundle(t0 + 30'000)).changed());
    CHECK(everything(*a) == everything(*b));
}

TEST_CASE("the same learner created on two PCs is merged, not duplicated", "[progress][import]")
{
    TempDir dir;
    auto a = open_store(dir.file("a.db"), "pc-a");
    auto b = open_store(dir.file("b.db"), "pc-b");
    const auto on_a = make_learner(*a, "Bàn Văn Giảng", "Nà Hẩu", t0);
    const auto on_b = make_learner(*b, "  bàn văn  GIẢNG", "nà hẩu", t0 + 50); // typed differently, same person
    REQUIRE(on_a.id != on_b.id);
    const std::string video_a = record_demo(*a, on_a.id, shipped_lesson("goi-video-cho-chau"), Mode::Guided, t0 + 1000);
    const std::string test_b = record_demo(*b, on_b.id, shipped_lesson("goi-video-cho-chau"), Mode::Test, t0 + 2000);

    const ImportSummary s = import(*b, a->export_bundle(t0 + 10'000));
    CHECK(s.learners_added == 0);
    CHECK(s.learners_merged == 1);
    CHECK(s.attempts_added == 1);
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0] ==
          "merged learner: Bàn Văn Giảng (Nà Hẩu) is the learner of the same name and village on this PC");
    CHECK_THAT(s.lines[1], Catch::StartsWith("conflict: bàn văn GIẢNG (nà hẩu): this PC's profile"));
    REQUIRE(b->learners().size() == 1);
    const auto history = b->history(on_b.id);
    REQUIRE(history.size() == 2); // A's attempt now belongs to B's learner
    CHECK(history[1].id == video_a);
    CHECK(history[0].id == test_b);
    CHECK(b->lesson_statuses(on_b.id, {})[0].status == LessonStatus::PassedTest);
    CHECK_FALSE(import(*b, a->export_bundle(t0 + 11'000)).changed()); // the alias maps it now

    // And back: A merges B's learner into its own, and both PCs hold the same attempts.
    const ImportSummary back = import(*a, b->export_bundle(t0 + 12'000));
    CHECK(back.learners_merged == 1);
    CHECK(back.attempts_added == 1);
    REQUIRE(a->learners().size() == 1);
    CHECK(a->history(on_a.id).size() == 2);
    CHECK_FALSE(import(*a, b->export_bundle(t0 + 13'000)).changed());
    CHECK_FALSE(import(*b, a->export_bundle(t0 + 14'000)).changed());

    SECTION("a third PC that receives both bundles ends with one learner")
    {
        auto c = open_store(dir.file("c.db"), "pc-c");
        import(*c, a->export_bundle(t0 + 20'000));
        import(*c, b->export_bundle(t0 + 20'000));
        CHECK(c->learners().size() == 1);
        CHECK(c->history(c->learners()[0].id).size() == 2);
    }
}

TEST_CASE("profile conflicts: the newer edit wins, and the import says what it did", "[progress][import]")
{
    TempDir dir;
    auto a = open_store(dir.file("a.db"), "pc-a");
    auto b = open_store(dir.file("b.db"), "pc-b");
    auto giang = make_learner(*a, "Bàn Văn Giảng", "Nà Hẩu", t0);
    import(*b, a->export_bundle(t0 + 1000)); // B now has the same learner (same id)
    auto on_b = *b->learner(giang.id);
    on_b.voice = "vi-vn-x-south";
    REQUIRE(b->update_learner(on_b, t0 + 2000)); // edited on B first
    giang.text_size = 150;
    REQUIRE(a->update_learner(giang, t0 + 3000)); // then on A

    const ImportSummary into_b = import(*b, a->export_bundle(t0 + 4000));
    CHECK(into_b.profiles_updated == 1);
    CHECK(into_b.lines == std::vector<std::string>{
                              "conflict: Bàn Văn Giảng (Nà Hẩu): the bundle's profile (Bàn Văn Giảng (Nà Hẩu), edited "
                              "2024-05-01 08:00 UTC) is newer and replaces this PC's (edited 2024-05-01 08:00 UTC)"});
    CHECK(b->learner(giang.id)->text_size == 150);
    CHECK(b->learner(giang.id)->voice == "vi");
    CHECK(b->learner(giang.id)->updated_at == t0 + 3000);

    const ImportSummary into_a = import(*a, b->export_bundle(t0 + 5000));
    CHECK(into_a.profiles_updated == 0);
    CHECK_FALSE(into_a.changed());
    CHECK(a->learner(giang.id)->text_size == 150);

    SECTION("an older bundle does not undo a newer edit, and says so")
    {
        const Bundle old = b->export_bundle(t0);
        giang.name = "Bàn Văn Giảng (bố Minh)";
        REQUIRE(a->update_learner(giang, t0 + 9000));
        const ImportSummary s = import(*a, old);
        REQUIRE(s.lines.size() == 1);
        CHECK_THAT(s.lines[0], Catch::StartsWith("conflict: Bàn Văn Giảng (bố Minh) (Nà Hẩu): this PC's profile") &&
                                   Catch::Contains("is newer and is kept"));
        CHECK(a->learner(giang.id)->name == "Bàn Văn Giảng (bố Minh)");
    }
}

TEST_CASE("an attempt that went further on the other PC is brought up to date", "[progress][import]")
{
    TempDir dir;
    auto a = open_store(dir.file("a.db"), "pc-a");
    auto b = open_store(dir.file("b.db"), "pc-b");
    const auto giang = make_learner(*a, "Bàn Văn Giảng", "Nà Hẩu", t0);
    const Lesson& video = shipped_lesson("goi-video-cho-chau");
    LessonRun run(video, Mode::Guided);
    Status status;
    auto rec = AttemptRecorder::start(*a, giang.id, run, t0 + 1000, "", status);
    std::string why;
    REQUIRE(run.play_step_demo(why));
    REQUIRE(run.play_step_demo(why));
    REQUIRE(rec->update(run));
    import(*b, a->export_bundle(t0 + 2000)); // B has it half done
    CHECK(b->attempt(rec->attempt_id())->steps.size() == 2);
    while (!run.finished()) {
        REQUIRE(run.play_step_demo(why));
        REQUIRE(rec->update(run));
    }
    const ImportSummary s = import(*b, a->export_bundle(t0 + 3000));
    CHECK(s.attempts_added == 0);
    CHECK(s.attempts_updated == 1);
    CHECK(s.steps_added == 4);
    const auto on_b = b->attempt(rec->attempt_id());
    CHECK(on_b->outcome == Outcome::Completed);
    CHECK(on_b->steps.size() == 6);
    CHECK(on_b->hints == a->attempt(rec->attempt_id())->hints);
    CHECK(on_b->duration_ms == a->attempt(rec->attempt_id())->duration_ms);
    // The half-done copy coming back does not undo it.
    Bundle stale = b->export_bundle(t0);
    stale.attempts[0].outcome = Outcome::InProgress;
    stale.attempts[0].ended_at.reset();
    stale.attempts[0].steps.resize(2);
    CHECK_FALSE(import(*a, stale).changed());
    CHECK(a->attempt(rec->attempt_id())->outcome == Outcome::Completed);
}

TEST_CASE("one learner's export holds only that learner", "[progress][export]")
{
    TempDir dir;
    auto a = open_store(dir.file("a.db"), "pc-a");
    const auto giang = make_learner(*a, "Bàn Văn Giảng", "Nà Hẩu", t0);
    const auto mai = make_learner(*a, "Lò Thị Mai", "Bản Phố", t0);
    record_demo(*a, giang.id, shipped_lesson("goi-video-cho-chau"), Mode::Guided, t0 + 1000);
    record_demo(*a, mai.id, shipped_lesson("doc-tin-nhom-thon"), Mode::Guided, t0 + 2000);
    const Bundle one = a->export_bundle(t0 + 5000, mai.id);
    REQUIRE(one.learners.size() == 1);
    CHECK(one.learners[0].name == "Lò Thị Mai");
    REQUIRE(one.attempts.size() == 1);
    CHECK(one.attempts[0].lesson_id == "doc-tin-nhom-thon");
    REQUIRE(one.lessons.size() == 1);
    CHECK(one.lessons[0].id == "doc-tin-nhom-thon");
}

TEST_CASE("a test not passed leaves a lesson in progress, never done with help", "[progress][unsafe]")
{
    TempDir dir;
    auto store = open_store(dir.file("a.db"), "pc-a");
    const LearnerProfile xuan = make_learner(*store, "Hoàng Thị Xuân", "Tổ 3", t0);
    const Lesson& lesson = shipped_lesson("cong-an-gia-goi-video");
    const auto play = [&](Mode mode, bool unsafe, TimeMs at) {
        LessonRun run(lesson, mode);
        Status status;
        auto rec = AttemptRecorder::start(*store, xuan.id, run, at, "s", status);
        REQUIRE(rec);
        if (unsafe)
            for (const Action& act : lesson.find_unsafe("dong-y-chuyen-tien")->path)
                REQUIRE(run.act(act).accepted);
        std::string why;
        while (!run.finished()) {
            REQUIRE(run.play_step_demo(why));
            REQUIRE(rec->update(run));
        }
        REQUIRE(rec->update(run));
        return run.result().passed;
    };
    const auto status = [&] { return store->lesson_statuses(xuan.id, {lesson_info(lesson)}).at(0).status; };
    // A test where she agreed to pay the fake officer: completed, 100 points, not passed.
    CHECK_FALSE(play(Mode::Test, true, t0));
    CHECK(status() == LessonStatus::InProgress);
    // Guided practice to the end: done with help; then a safe test: passed.
    play(Mode::Guided, false, t0 + 1000);
    CHECK(status() == LessonStatus::DoneWithHelp);
    CHECK(play(Mode::Test, false, t0 + 2000));
    CHECK(status() == LessonStatus::PassedTest);
    // A later failed test takes nothing away.
    CHECK_FALSE(play(Mode::Test, true, t0 + 3000));
    CHECK(status() == LessonStatus::PassedTest);
}

TEST_CASE("unsafe choices are recorded apart, carried by bundles and kept by merges", "[progress][unsafe]")
{
    TempDir dir;
    auto a = open_store(dir.file("a.db"), "pc-a");
    auto b = open_store(dir.file("b.db"), "pc-b");
    const LearnerProfile xuan = make_learner(*a, "Hoàng Thị Xuân", "Tổ 3", t0);
    const Lesson& lesson = shipped_lesson("cong-an-gia-goi-video");
    // Guided: she agrees to pay the fake officer, then the lesson teaches on to its end.
    LessonRun run(lesson, Mode::Guided);
    Status status;
    auto rec = AttemptRecorder::start(*a, xuan.id, run, t0, "s", status);
    REQUIRE(rec);
    for (const Action& act : lesson.find_unsafe("dong-y-chuyen-tien")->path)
        REQUIRE(run.act(act).accepted);
    REQUIRE(rec->update(run));
    std::string why;
    while (!run.finished()) {
        REQUIRE(run.play_step_demo(why));
        REQUIRE(rec->update(run));
    }
    REQUIRE(rec->update(run));
    const auto attempt = a->attempt(rec->attempt_id());
    REQUIRE(attempt);
    CHECK(attempt->unsafe == std::vector<std::string>{"dong-y-chuyen-tien"});
    CHECK(attempt->wrong_actions == 0); // apart from the mistakes
    CHECK(std::count_if(attempt->steps.begin(), attempt->steps.end(),
                        [](const StepRow& s) { return !s.unsafe.empty(); }) == 1);
    const auto statuses = a->lesson_statuses(xuan.id, {lesson_info(lesson)});
    REQUIRE_FALSE(statuses.empty());
    CHECK(statuses[0].unsafe_attempts == 1);
    CHECK(statuses[0].latest_unsafe);

    SECTION("the bundle's JSON carries them, and an import into another PC keeps them, twice over")
    {
        std::string error;
        const auto back = bundle_from_json(bundle_to_json(a->export_bundle(t0 + 1000)), error);
        INFO(error);
        REQUIRE(back);
        REQUIRE(back->attempts.size() == 1);
        CHECK(back->attempts[0].unsafe == attempt->unsafe);
        import(*b, *back);
        const nlohmann::json once = everything(*b);
        CHECK_FALSE(import(*b, *back).changed());
        CHECK(everything(*b) == once);
        const auto there = b->attempt(attempt->id);
        REQUIRE(there);
        CHECK(there->unsafe == attempt->unsafe);
    }
    SECTION("a bundle with something that is not an id is refused with where it is")
    {
        nlohmann::json j = bundle_to_json(a->export_bundle(t0 + 1000));
        j["attempts"][0]["unsafe"] = nlohmann::json::array({"=cmd|' /C calc'!A0"});
        std::string error;
        CHECK_FALSE(bundle_from_json(j, error));
        CHECK(error == "attempts[0]: 'unsafe' holds something that is not an id (a-z, 0-9, '-', '_')");
    }
}

TEST_CASE("hints and mistakes on the step the learner leaves count in the attempt", "[progress][hints]")
{
    TempDir dir;
    auto store = open_store(dir.file("p.db"));
    const LearnerProfile mai = make_learner(*store, "Lò Thị Mai", "Bản Phố", t0);
    const Lesson& lesson = shipped_lesson("goi-video-cho-chau");
    LessonRun run(lesson, Mode::Guided);
    Status status;
    auto rec = AttemptRecorder::start(*store, mai.id, run, t0, "s", status);
    REQUIRE(rec);
    REQUIRE(run.act(Action::swipe(SwipeDirection::Up)).accepted);
    REQUIRE(rec->update(run));
    for (int i = 0; i < 2; ++i)
        run.request_hint();
    REQUIRE(run.act(Action::tap("home.app.settings")).accepted); // a mistake
    REQUIRE(rec->stop(run));
    const auto attempt = store->attempt(rec->attempt_id());
    REQUIRE(attempt);
    CHECK(attempt->outcome == Outcome::Stopped);
    CHECK(attempt->hints == 2);
    CHECK(attempt->wrong_actions == 1);
    REQUIRE(attempt->steps.size() == 2);
    CHECK(attempt->steps[1].finished == false);
    CHECK(attempt->steps[1].step_id == "mo-tro-chuyen");
    CHECK(attempt->steps_reached == 1); // resumed at the step left, not after it
}
