// The app model with a progress store: the learner picker and profiles, each finished
// step of the active learner committed as the lesson is played, resuming where the
// learner stopped, the trainer's PIN, dashboard and history, and taking turns in a group
// session. No window: the AppModel is driven as the UI would drive it.
#include "model/app_model.h"
#include "progress/trainer_pin.h"
#include "progress_test_support.h"

using namespace luyenso;
using namespace luyenso::test;

namespace {

constexpr TimeMs t0 = 1'714'550'400'000; // 2024-05-01T08:00:00Z

Catalog shipped_catalog()
{
    return Catalog::load({lessons_dir()});
}

// Adds a learner through the profile form, as the picker's "add a learner" does.
std::string add_learner(AppModel& model, const std::string& name, const std::string& village, int text_size,
                        const std::string& voice)
{
    model.new_learner();
    REQUIRE(model.page() == Page::EditLearner);
    model.draft().profile.name = name;
    model.draft().profile.village = village;
    model.draft().profile.text_size = text_size;
    model.draft().profile.voice = voice;
    REQUIRE(model.save_draft());
    REQUIRE(model.learner());
    return model.learner()->id;
}

// Plays the current step's demonstration through the model, as the learner's taps, and
// lets simulated time pass until the step is done (a call is answered after a while).
void play_step(AppModel& model)
{
    LessonRun& run = *model.run();
    const std::size_t step = run.step_index();
    for (const Action& a : run.current_step()->demo)
        model.act(a);
    for (int i = 0; i < 120 && !run.finished() && run.step_index() == step; ++i)
        model.advance(1000);
    REQUIRE((run.finished() || run.step_index() != step));
}

} // namespace

SCENARIO("the app records the active learner's attempt step by step", "[app][progress]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    auto store = open_store(path);
    AppModel model(shipped_catalog());
    model.set_wall_clock(t0);
    model.use_store(*store, "app-session-1");
    REQUIRE(model.page() == Page::Learners);
    REQUIRE(model.learners().empty());

    GIVEN("a learner made in the picker, with a text size and a voice")
    {
        const std::string id = add_learner(model, "  Bàn  Văn Giảng ", "Nà Hẩu", 150, "vi-vn-x-south");
        THEN("they are the active learner, with their size and voice")
        {
            CHECK(model.page() == Page::LessonList);
            CHECK(model.learner()->name == "Bàn Văn Giảng");
            CHECK(model.text_percent() == 150);
            CHECK(model.voice() == "vi-vn-x-south");
            CHECK(model.progress_of("goi-video-cho-chau")->status == LessonStatus::NotStarted);
        }
        WHEN("they play three steps of a guided lesson and leave")
        {
            const Lesson& lesson = *model.catalog().find("goi-video-cho-chau");
            model.open_lesson(lesson, Mode::Guided);
            for (int i = 0; i < 3; ++i) {
                play_step(model);
                // Each finished step is in the file at once, seen by another connection.
                auto reader = open_store(path, "reader");
                const auto attempts = reader->history(id, true);
                REQUIRE(attempts.size() == 1);
                CHECK(static_cast<int>(attempts.front().steps.size()) == i + 1);
                CHECK(attempts.front().outcome == Outcome::InProgress);
            }
            model.back_to_list();
            THEN("the lesson is in progress and resumes at the fourth step")
            {
                const LessonProgress* p = model.progress_of(lesson.id);
                REQUIRE(p);
                CHECK(p->status == LessonStatus::InProgress);
                CHECK(p->resume_step == 3);
                CHECK(store->history(id).front().outcome == Outcome::Stopped);
                REQUIRE(model.resume_lesson(lesson));
                CHECK(model.page() == Page::Lesson);
                CHECK(model.run()->step_index() == 3);
                CHECK(model.run()->mode() == Mode::Guided);
                AND_WHEN("they finish it")
                {
                    while (!model.run()->finished())
                        play_step(model);
                    model.back_to_list();
                    THEN("one attempt holds every step once and the lesson is done with help")
                    {
                        const auto attempts = store->history(id, true);
                        REQUIRE(attempts.size() == 1);
                        CHECK(attempts.front().outcome == Outcome::Completed);
                        CHECK(attempts.front().steps.size() == lesson.steps.size());
                        CHECK(model.progress_of(lesson.id)->status == LessonStatus::DoneWithHelp);
                        CHECK(model.progress_of(lesson.id)->resume_attempt.empty());
                    }
                }
            }
            THEN("starting again from the beginning abandons the unfinished attempt")
            {
                model.open_lesson(lesson, Mode::Guided);
                model.back_to_list();
                const auto attempts = store->history(id);
                REQUIRE(attempts.size() == 2);
                CHECK(attempts.back().outcome == Outcome::Abandoned);
            }
        }
        WHEN("they pass the test with typed text in the lesson")
        {
            const Lesson& lesson = *model.catalog().find("goi-video-cho-chau");
            model.open_lesson(lesson, Mode::Test);
            const std::string secret = "480317";
            std::string why;
            REQUIRE(model.run()->fast_forward_to(3, why));
            model.act(Action::tap("chat.input"));
            REQUIRE(model.act(Action::type(secret)).accepted);
            while (!model.run()->finished())
                play_step(model);
            model.back_to_list();
            THEN("the lesson is passed and what was typed is nowhere in the files")
            {
                CHECK(model.progress_of(lesson.id)->status == LessonStatus::PassedTest);
                for (const std::string& file : {path, path + "-wal"})
                    CHECK(read_bytes(file).find(secret) == std::string::npos);
            }
        }
        WHEN("the profile is edited")
        {
            model.edit_learner(id);
            REQUIRE(model.page() == Page::EditLearner);
            CHECK_FALSE(model.draft().is_new);
            model.draft().profile.village = "Bản Phố";
            model.draft().profile.text_size = 200;
            REQUIRE(model.save_draft());
            THEN("the store keeps it and the new size applies")
            {
                CHECK(store->learner(id)->village == "Bản Phố");
                CHECK(model.text_percent() == 200);
                CHECK(store->learners().size() == 1);
            }
        }
        WHEN("a profile without a name, or a second one with the same name and village, is saved")
        {
            model.new_learner();
            CHECK_FALSE(model.save_draft());
            CHECK(model.draft().error.find("tên") != std::string::npos);
            model.draft().profile.name = "bàn văn giảng";
            model.draft().profile.village = "Nà Hẩu";
            CHECK_FALSE(model.save_draft());
            CHECK(model.draft().error.find("phân biệt") != std::string::npos);
            THEN("nothing is saved")
            {
                CHECK(store->learners().size() == 1);
            }
        }
    }
}

SCENARIO("the trainer's area is behind a PIN set on first use", "[app][trainer]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    auto store = open_store(path);
    AppModel model(shipped_catalog());
    model.set_wall_clock(t0);
    model.use_store(*store, "s");
    const std::string nga = add_learner(model, "Đặng Thị Nga", "Nà Hẩu", 100, "vi");
    model.back_to_learners();
    const std::string lu = add_learner(model, "Lò Văn Lù", "Nà Hẩu", 125, "vi");
    model.back_to_learners();

    model.open_trainer();
    REQUIRE(model.page() == Page::TrainerPin);
    REQUIRE_FALSE(model.trainer_pin_set());
    for (char c : std::string("12"))
        model.pin_key(c);
    CHECK_FALSE(model.submit_pin("salt-bytes"));
    CHECK(model.pin_error().find("4 đến 8") != std::string::npos);
    for (char c : std::string("3456"))
        model.pin_key(c);
    model.pin_key('<');
    CHECK(model.pin_entry() == "12345");
    // A new PIN is typed twice; a different second entry (a typo) starts again, and
    // nothing is stored until both agree.
    CHECK_FALSE(model.submit_pin("salt-bytes"));
    CHECK(model.pin_error().empty());
    CHECK(model.pin_confirming());
    CHECK(model.pin_entry().empty());
    for (char c : std::string("12354"))
        model.pin_key(c);
    CHECK_FALSE(model.submit_pin("salt-bytes"));
    CHECK(model.pin_error().find("không giống nhau") != std::string::npos);
    CHECK_FALSE(model.pin_confirming());
    CHECK_FALSE(model.trainer_pin_set());
    CHECK(model.page() == Page::TrainerPin);
    for (const char* entry : {"12345", "12345"}) {
        for (char c : std::string(entry))
            model.pin_key(c);
        model.submit_pin("salt-bytes");
    }
    CHECK(model.page() == Page::Dashboard);
    // Only a salted hash is kept, never the PIN.
    const auto record = store->setting(trainer_pin_setting);
    REQUIRE(record);
    CHECK(record->find("12345") == std::string::npos);
    CHECK(pin_matches("12345", *record));
    CHECK_FALSE(pin_matches("12346", *record));
    CHECK(pin_record("12345", "other salt") != *record);

    model.leave_trainer();
    model.open_trainer();
    for (char c : std::string("9999"))
        model.pin_key(c);
    CHECK_FALSE(model.submit_pin("ignored"));
    CHECK(model.pin_entry().empty());
    CHECK_FALSE(model.trainer_unlocked());
    for (char c : std::string("12345"))
        model.pin_key(c);
    REQUIRE(model.submit_pin("ignored"));

    GIVEN("a group session where two learners take turns")
    {
        const Lesson& lesson = *model.catalog().find("goi-video-cho-chau");
        model.start_group_lesson(lesson, Mode::Guided);
        CHECK(model.projector());
        REQUIRE(model.switch_turn(nga));
        play_step(model);
        play_step(model);
        REQUIRE(model.switch_turn(lu));
        while (!model.run()->finished())
            play_step(model);
        model.back_to_list();
        THEN("each attempt holds the steps done in that learner's turn")
        {
            const auto a_nga = store->history(nga, true);
            const auto a_lu = store->history(lu, true);
            REQUIRE(a_nga.size() == 1);
            REQUIRE(a_lu.size() == 1);
            CHECK(a_nga.front().steps.size() == 2);
            CHECK(a_nga.front().outcome == Outcome::Stopped);
            CHECK(a_lu.front().steps.size() == lesson.steps.size() - 2);
            CHECK(a_lu.front().steps.front().step_index == 2);
            CHECK(a_lu.front().outcome == Outcome::Completed);
        }
        THEN("the dashboard and the history show them")
        {
            REQUIRE(model.page() == Page::Dashboard);
            const Dashboard& d = model.dashboard();
            REQUIRE(d.learners.size() == 2);
            std::size_t col = 0;
            while (d.lessons[col].id != lesson.id)
                ++col;
            for (std::size_t row = 0; row < 2; ++row)
                CHECK(d.at(row, col).status ==
                      (d.learners[row].id == lu ? LessonStatus::DoneWithHelp : LessonStatus::InProgress));
            model.open_history(lu);
            CHECK(model.page() == Page::History);
            CHECK(model.history_learner()->name == "Lò Văn Lù");
            REQUIRE(model.history().size() == 1);
            CHECK(model.history().front().lesson_id == lesson.id);
        }
    }
}

TEST_CASE("SHA-256 gives the FIPS 180-4 test vectors", "[trainer]")
{
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(pin_problem("12a4") == "Mã PIN chỉ gồm chữ số.");
    CHECK(pin_problem("123456789").find("4 đến 8") != std::string::npos);
    CHECK(pin_problem("0000").empty());
}
