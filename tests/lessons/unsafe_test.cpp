// Trustworthy results: an unsafe outcome declared by a lesson never passes a test, is
// recorded apart from mistakes in every mode, and every scam lesson is played both ways
// from the action files in tests/fixtures/paths/LESSON/ (safe.json, and one file per
// unsafe outcome, named by its id). Also: typing on the phone's keyboard is judged key by
// key, and feedback never asks for something it then counts as a mistake.
#include "lessons/catalog.h"
#include "lessons/lesson_run.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace luyenso;
namespace fs = std::filesystem;

namespace {

Lesson load(const std::string& id)
{
    LoadResult r = load_lesson_file(test::lessons_dir() + "/" + id + ".json");
    INFO(id);
    REQUIRE(r.errors.empty());
    REQUIRE(r.lesson);
    return *r.lesson;
}

// Plays the actions as a learner in `mode` would; every one must be accepted.
void play(LessonRun& run, const std::vector<Action>& actions)
{
    for (std::size_t i = 0; i < actions.size() && !run.finished(); ++i) {
        INFO("action " << i + 1 << ": " << actions[i].describe());
        CHECK(run.act(actions[i]).accepted);
    }
}

std::vector<std::string> scam_lessons()
{
    std::vector<std::string> ids;
    for (const auto& entry : fs::directory_iterator(test::lessons_dir())) {
        if (entry.path().extension() != ".json")
            continue;
        LoadResult r = load_lesson_file(entry.path().string());
        REQUIRE(r.lesson);
        const auto& skills = r.lesson->skills;
        if (std::find(skills.begin(), skills.end(), "scam-safety") != skills.end())
            ids.push_back(r.lesson->id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("every scam lesson: the safe way passes the test, each unsafe way fails it", "[unsafe][lessons]")
{
    const std::vector<std::string> ids = scam_lessons();
    CHECK(ids == std::vector<std::string>{"ban-bi-hack-nick-muon-tien", "chuyen-tien-tai-khoan-moi-cua-con",
                                          "cong-an-gia-goi-video", "cuoc-goi-chau-cap-cuu", "ma-qr-bi-dan-de",
                                          "tin-nhan-lay-ma-otp", "tin-nhan-trung-thuong", "vi-tien-hoan-tien-gia"});
    for (const std::string& id : ids) {
        INFO(id);
        const Lesson lesson = load(id);
        const fs::path folder = fs::path(test::fixtures_dir()) / "paths" / id;
        REQUIRE_FALSE(lesson.all_unsafe().empty());
        {
            LessonRun run(lesson, Mode::Test);
            play(run, test::read_actions(folder / "safe.json"));
            const TestResult t = run.result();
            CHECK(run.completed());
            CHECK(t.unsafe.empty());
            CHECK(t.passed);
        }
        for (const UnsafeRule* u : lesson.all_unsafe()) {
            INFO("unsafe outcome " << u->id);
            REQUIRE(fs::exists(folder / (u->id + ".json")));
            LessonRun run(lesson, Mode::Test);
            play(run, test::read_actions(folder / (u->id + ".json")));
            const TestResult t = run.result();
            CHECK(run.completed()); // the learner finished everything else well...
            CHECK(std::find(t.unsafe.begin(), t.unsafe.end(), u->id) != t.unsafe.end());
            CHECK_FALSE(t.passed); // ...and still did not pass
            // check's own proof agrees.
            TestResult proof;
            CHECK(play_unsafe_path(lesson, *u, proof).empty());
            CHECK_FALSE(proof.passed);
        }
    }
}

TEST_CASE("an unsafe choice in guided mode: the teaching branch goes on, recorded apart from mistakes",
          "[unsafe][guided]")
{
    const Lesson lesson = load("cong-an-gia-goi-video");
    for (const Mode mode : {Mode::Guided, Mode::Practice}) {
        LessonRun run(lesson, mode);
        play(run, {Action::wait(8'000), Action::tap("call.accept"), Action::wait(12'000),
                   Action::tap("call.choice.chuyen-tien")});
        CHECK(run.current_step()->id == "da-nghe-theo"); // the lesson's teaching branch
        REQUIRE(run.unsafe_hits().size() == 1);
        CHECK(run.unsafe_hits().front().rule->id == "dong-y-chuyen-tien");
        CHECK(run.unsafe_hits().front().step_id == "nghe-ke-gian");
        CHECK(run.total_wrong_actions() == 0); // not a mistake: apart
        const auto& rec = run.records();
        REQUIRE(rec.size() >= 3);
        CHECK(rec[2].unsafe == std::vector<std::string>{"dong-y-chuyen-tien"});
        // Without its own words, the step says the lesson's explanation of the danger.
        CHECK(run.feedback().kind == FeedbackKind::Unsafe);
        CHECK(run.feedback().text.get("vi") == lesson.find_unsafe("dong-y-chuyen-tien")->say.get("vi"));
    }
}

TEST_CASE("the hacked friend: every answer in the chat leads on to the call that reveals the truth; agreeing is unsafe",
          "[unsafe][chat]")
{
    const Lesson lesson = load("ban-bi-hack-nick-muon-tien");
    const std::vector<Action> to_chat = {Action::wait(3'000), Action::swipe(SwipeDirection::Up),
                                         Action::tap("home.app.chat"), Action::tap("chat.list.item.dung")};
    const std::vector<Action> call_and_report = {Action::home(),
                                                 Action::tap("home.app.phone"),
                                                 Action::tap("phone.contact.dung.call"),
                                                 Action::wait(4'000),
                                                 Action::wait(9'000),
                                                 Action::tap("call.end"),
                                                 Action::home(),
                                                 Action::tap("home.app.chat"),
                                                 Action::tap("chat.list.item.dung"),
                                                 Action::tap("chat.header.menu"),
                                                 Action::tap("chat.menu.report"),
                                                 Action::tap("chat.report.reason.hacked")};
    for (const Mode mode : {Mode::Guided, Mode::Test}) {
        INFO(mode_name(mode));
        SECTION("agreeing in the chat is unsafe; the lesson stops the learner and has them call")
        {
            LessonRun run(lesson, mode);
            play(run, to_chat);
            REQUIRE(run.current_step()->id == "tra-loi");
            play(run, {Action::tap("chat.choice.dong-y")});
            CHECK(run.current_step()->id == "da-dong-y");
            REQUIRE(run.unsafe_hits().size() == 1);
            CHECK(run.unsafe_hits().front().rule->id == "dong-y-chuyen-tien");
            CHECK(run.total_wrong_actions() == 0); // apart from mistakes
            play(run, call_and_report);
            CHECK(run.completed());
            if (mode == Mode::Test)
                CHECK_FALSE(run.result().passed);
        }
        SECTION("a call from the chat goes to the hacked account: nobody answers, the lesson says why")
        {
            LessonRun run(lesson, mode);
            play(run, to_chat);
            play(run, {Action::tap("chat.header.voice_call")});
            CHECK(run.total_wrong_actions() == 1);
            if (mode == Mode::Guided)
                CHECK(run.feedback().text.get("vi").rfind("Gọi trong Trò chuyện là gọi vào cái nick đã bị hack", 0) ==
                      0);
            play(run, {Action::wait(9'000)});
            CHECK_FALSE(run.phone().call().has_value());
            play(run, {Action::tap("chat.choice.hen-goi-dien"), Action::wait(6'000)});
            play(run, call_and_report);
            CHECK(run.completed());
            CHECK(run.unsafe_hits().empty());
        }
        SECTION("asking what for, or typing an answer: the account pushes, the learner calls")
        {
            for (const bool typed : {false, true}) {
                LessonRun run(lesson, mode);
                play(run, to_chat);
                if (typed)
                    play(run, {Action::tap("chat.input"), Action::type("Ai day"), Action::key("enter")});
                else
                    play(run, {Action::tap("chat.choice.hoi-ly-do")});
                CHECK(run.current_step()->id == "cho-tra-loi");
                play(run, {Action::wait(6'000)});
                CHECK(run.current_step()->id == "nhan-ra");
                CHECK(run.phone().world().chat("dung")->messages.back().text ==
                      "Ông chuyển luôn giúp tôi nhé. Đừng gọi, tôi không nghe được đâu!");
                play(run, call_and_report);
                CHECK(run.completed());
                if (mode == Mode::Test)
                    CHECK(run.result().passed);
            }
        }
    }
}

TEST_CASE("a wrong amount is caught at the confirmation and, if paid, is unsafe", "[unsafe][payment]")
{
    const Lesson lesson = load("thanh-toan-qr-cua-hang");
    const std::vector<Action> to_amount = {Action::swipe(SwipeDirection::Up),
                                           Action::tap("home.app.bank"),
                                           Action::tap("bank.login.pin"),
                                           Action::type("246810"),
                                           Action::tap("bank.login.submit"),
                                           Action::tap("bank.home.scan"),
                                           Action::tap("bank.scan.shoot"),
                                           Action::tap("bank.pay.amount"),
                                           Action::type("350000"),
                                           Action::key("enter"),
                                           Action::tap("bank.pay.continue")};
    SECTION("guided: the confirmation catches it as a mistake, the learner cancels and pays right")
    {
        LessonRun run(lesson, Mode::Guided);
        play(run, to_amount);
        CHECK(run.current_step()->id == "sai-so-tien");
        CHECK(run.total_wrong_actions() == 1);
        CHECK(run.unsafe_hits().empty());
        play(run, {Action::tap("bank.confirm.cancel")});
        CHECK(run.current_step()->id == "bam-quet-qr");
        std::string why;
        while (!run.finished())
            REQUIRE(run.play_step_demo(why));
        CHECK(run.unsafe_outcomes().empty());
    }
    SECTION("test: paying 350.000 instead of 35.000 is not passed, whatever the points")
    {
        LessonRun run(lesson, Mode::Test);
        play(run, to_amount);
        play(run, {Action::tap("bank.confirm.ok"), Action::type("246810"), Action::tap("bank.auth.submit")});
        std::string why;
        while (!run.finished())
            REQUIRE(run.play_step_demo(why));
        const TestResult t = run.result();
        CHECK(t.unsafe == std::vector<std::string>{"tra-sai-so-tien"});
        CHECK_FALSE(t.passed);
    }
}

TEST_CASE("typing on the phone's keyboard is judged key by key", "[typing]")
{
    const Lesson lesson = load("gui-tin-nhan");
    LessonRun run(lesson, Mode::Guided);
    std::string why;
    while (run.current_step() && run.current_step()->id != "go-vang")
        REQUIRE(run.play_step_demo(why));
    REQUIRE(run.current_step());
    const int wrong_before = run.total_wrong_actions();
    CHECK(run.ring_target() == "keyboard.key.v");
    SECTION("each key that continues the text is right, and the ring moves on")
    {
        for (const char* key : {"v", "a", "a", "n"}) {
            CHECK(run.ring_target() == std::string("keyboard.key.") + key);
            REQUIRE(run.act(Action::tap(std::string("keyboard.key.") + key)).accepted);
            CHECK(run.total_wrong_actions() == wrong_before);
        }
        CHECK(run.ring_target() == "keyboard.key.g");
        REQUIRE(run.act(Action::tap("keyboard.key.g")).accepted);
        CHECK(run.current_step()->id != "go-vang");
        CHECK(run.total_wrong_actions() == wrong_before);
    }
    SECTION("a key that does not is a mistake with feedback; backspace never is")
    {
        REQUIRE(run.act(Action::tap("keyboard.key.v")).accepted);
        REQUIRE(run.act(Action::tap("keyboard.key.x")).accepted);
        CHECK(run.total_wrong_actions() == wrong_before + 1);
        CHECK(run.feedback().kind == FeedbackKind::Wrong);
        CHECK(run.ring_target() == "keyboard.backspace");
        REQUIRE(run.act(Action::tap("keyboard.backspace")).accepted);
        CHECK(run.total_wrong_actions() == wrong_before + 1);
        CHECK(run.ring_target() == "keyboard.key.a");
        REQUIRE(run.act(Action::tap("keyboard.backspace")).accepted); // one too many: still not a mistake
        CHECK(run.total_wrong_actions() == wrong_before + 1);
    }
}

TEST_CASE("feedback never asks for something it then counts as a mistake", "[feedback]")
{
    const Lesson lesson = load("goi-video-cho-chau");
    LessonRun run(lesson, Mode::Guided);
    std::string why;
    while (run.current_step() && run.current_step()->id != "bam-goi-video")
        REQUIRE(run.play_step_demo(why));
    REQUIRE(run.current_step());
    REQUIRE(run.act(Action::tap("chat.header.voice_call")).accepted);
    CHECK(run.total_wrong_actions() == 1);
    CHECK(run.feedback().text.get("vi").find("bấm nút đỏ để dừng") != std::string::npos);
    CHECK(run.ring_target() == "call.end"); // guided mode rings what the feedback asks for
    REQUIRE(run.act(Action::tap("call.end")).accepted);
    CHECK(run.total_wrong_actions() == 1); // doing as told is not another mistake
    CHECK(run.ring_target() == "chat.header.video_call");
    REQUIRE(run.act(Action::tap("chat.header.video_call")).accepted);
    CHECK(run.current_step()->id != "bam-goi-video");
}

TEST_CASE("practice mode's words do not speak of the ring it does not show", "[feedback][practice]")
{
    // A tap on the home screen's Settings, for which the step has no words of its own.
    const Lesson lesson = load("goi-video-cho-chau");
    LessonRun run(lesson, Mode::Practice);
    REQUIRE(run.act(Action::swipe(SwipeDirection::Up)).accepted);
    REQUIRE(run.act(Action::tap("home.app.settings")).accepted);
    REQUIRE(run.feedback().kind == FeedbackKind::Wrong);
    CHECK(run.feedback().text.get("vi").find("cam") == std::string::npos);
    CHECK(run.feedback().text.get("vi") == "Chưa đúng chỗ rồi. Bác đọc lại lời dặn, hoặc bấm \"Gợi ý\" nếu cần.");
    LessonRun guided(lesson, Mode::Guided);
    REQUIRE(guided.act(Action::swipe(SwipeDirection::Up)).accepted);
    REQUIRE(guided.act(Action::tap("home.app.settings")).accepted);
    CHECK(guided.feedback().text.get("vi").find("khung sáng màu cam") != std::string::npos);
}
