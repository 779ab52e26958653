// One lesson, four modes: watch (the hand plays the demonstration), guided (hints that
// escalate to a demonstration of the step), practice (the goal; hints on request) and
// test (no help, a score and a pass mark). Time comes from the test's hand.
#include "lessons/lesson_run.h"
#include "model/app_model.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <string>

using namespace luyenso;

namespace {

const Lesson& video_lesson()
{
    static const Lesson lesson = [] {
        LoadResult r = load_lesson_file(test::source_dir() + "/lessons/goi-video-cho-chau.json");
        REQUIRE(r.lesson);
        return *r.lesson;
    }();
    return lesson;
}

// Advances in frames of 1/30 s, as the app does, until `done` or `limit_ms`.
template <typename Done>
std::int64_t run_until(LessonRun& run, Done done, std::int64_t limit_ms)
{
    std::int64_t t = 0;
    while (!done() && t < limit_ms) {
        run.advance(33);
        t += 33;
    }
    return t;
}

} // namespace

SCENARIO("watch mode plays the whole demonstration with the hand", "[modes][watch]")
{
    GIVEN("the video-call lesson in watch mode, started")
    {
        LessonRun run(video_lesson(), Mode::Watch);
        run.play();
        REQUIRE(run.playing());
        THEN("the hand is shown and the target is highlighted")
        {
            CHECK(run.hand().visible);
            CHECK(run.highlight_target());
        }
        WHEN("time passes without the learner doing anything")
        {
            bool saw_press = false;
            bool hand_on_unlock = false;
            const std::int64_t took = run_until(
                run,
                [&] {
                    if (run.hand().pressing)
                        saw_press = true;
                    if (run.step_index() == 0 && run.hand().y > 540 && run.hand().y < 690)
                        hand_on_unlock = true;
                    return run.finished();
                },
                5 * 60'000);
            THEN("every step is done by the demonstration, slowly enough to follow")
            {
                CHECK(run.finished());
                CHECK(run.completed());
                CHECK(saw_press);
                CHECK(hand_on_unlock); // the hand went to the lock screen's box first
                CHECK(took > 15'000);  // not a blur: seconds per step
                CHECK(took < 120'000);
                CHECK(run.total_wrong_actions() == 0);
                CHECK(run.feedback().kind == FeedbackKind::Praise);
            }
        }
        WHEN("the learner taps while the hand is showing")
        {
            const ActionResult r = run.act(Action::tap("lock.unlock"));
            THEN("it is refused kindly: the demonstration goes on")
            {
                CHECK_FALSE(r.accepted);
                CHECK(r.reason == "a demonstration is playing; pause it or wait for it");
                CHECK(run.step_index() == 0);
            }
        }
        WHEN("it is paused")
        {
            run.set_paused(true);
            run.advance(60'000);
            THEN("nothing moves until it is resumed")
            {
                CHECK(run.step_index() == 0);
                run.play();
                run_until(
                    run, [&] { return run.step_index() > 0; }, 20'000);
                CHECK(run.step_index() == 1);
            }
        }
        WHEN("the learner skips a step")
        {
            run.skip_step();
            THEN("that step is done at once and the next one plays")
            {
                CHECK(run.step_index() == 1);
                CHECK(run.phone().screen_id() == "home");
                CHECK(run.playing());
            }
        }
    }
}

TEST_CASE("typing in a demonstration goes key by key on the keyboard", "[modes][watch]")
{
    Lesson lesson = video_lesson();
    // A chat step that types a message: the hand visits the keys one by one.
    Step type_step;
    type_step.id = "nhan-tin";
    type_step.say = LocalText("Nhắn cho cháu");
    type_step.target = "chat.input";
    type_step.done_when.kind = Condition::Kind::Event;
    type_step.done_when.name = "message.sent";
    type_step.demo = {Action::tap("chat.input"), Action::type("ok"), Action::key("enter")};
    lesson.steps.insert(lesson.steps.begin() + 3, type_step);
    LessonRun run(lesson, Mode::Watch);
    std::string why;
    REQUIRE(run.fast_forward_to(3, why));
    run.play();
    std::set<std::pair<int, int>> spots;
    run_until(
        run,
        [&] {
            if (run.hand().pressing)
                spots.insert({static_cast<int>(run.hand().x), static_cast<int>(run.hand().y)});
            return run.step_index() > 3;
        },
        60'000);
    CHECK(run.step_index() == 4);
    CHECK(spots.size() >= 4); // the field, "o", "k", enter
    const Chat* chat = run.phone().world().chat("minh");
    REQUIRE(chat);
    CHECK(chat->messages.back().text == "ok");
}

SCENARIO("guided hints escalate from words to the place to a demonstration of the step", "[modes][guided]")
{
    GIVEN("the second step (open the chat app) in guided mode")
    {
        LessonRun run(video_lesson(), Mode::Guided);
        REQUIRE(run.act(Action::swipe(SwipeDirection::Up)).accepted);
        REQUIRE(run.step_index() == 1);
        CHECK(run.max_hint_level() == 3); // one word hint, the place, the demonstration
        CHECK(run.next_hint() == HintKind::Words);
        WHEN("the learner asks three times")
        {
            run.request_hint();
            CHECK(run.feedback().text.get("vi") == "Biểu tượng Trò chuyện ở hàng đầu tiên, bên trái.");
            CHECK_FALSE(run.pointing());
            CHECK(run.next_hint() == HintKind::Target);
            run.request_hint();
            CHECK(run.pointing());
            CHECK(run.next_hint() == HintKind::Demonstration);
            run.request_hint();
            THEN("the hand shows just this step, then the phone is back where the step began and the learner "
                 "does it")
            {
                CHECK(run.playing());
                CHECK(run.feedback().text.get("vi") == "Bác xem bàn tay làm mẫu bước này nhé.");
                run_until(
                    run, [&] { return !run.playing(); }, 20'000);
                CHECK_FALSE(run.playing());
                CHECK_FALSE(run.hand().visible);
                CHECK(run.step_index() == 1); // the same step: the learner's turn
                CHECK(run.phone().screen_id() == "home");
                CHECK(run.feedback().text.get("vi") ==
                      "Bác đã xem bàn tay làm mẫu. Bây giờ đến lượt bác: bác tự làm lại bước này nhé.");
                CHECK(run.records().size() == 2);
                CHECK(run.records()[1].hints == 3); // the demonstration counts as help
                CHECK(run.records()[1].ended_ms < 0);
                CHECK(run.act(Action::tap("home.app.chat")).accepted); // the learner does the step
                CHECK(run.step_index() == 2);
                CHECK(run.phone().screen_id() == "chat.list");
                CHECK(run.act(Action::tap("chat.list.item.minh")).accepted);
                CHECK(run.step_index() == 3);
            }
        }
        WHEN("the learner waits, and waits")
        {
            run.advance(LessonRun::idle_hint_ms);
            CHECK(run.hint_level() == 1);
            run.advance(LessonRun::idle_hint_ms);
            CHECK(run.hint_level() == 2);
            run.advance(10 * LessonRun::idle_hint_ms);
            THEN("the pauses bring words and the place, never the demonstration by itself")
            {
                CHECK(run.hint_level() == 2);
                CHECK(run.pointing());
                CHECK_FALSE(run.playing());
            }
        }
    }
}

SCENARIO("practice shows the goal, and the step only on request", "[modes][practice]")
{
    Lesson lesson = video_lesson();
    lesson.goal = LocalText("Gọi video cho cháu Minh rồi kết thúc cuộc gọi.");
    LessonRun run(lesson, Mode::Practice);
    THEN("the panel has the goal, nothing is highlighted")
    {
        CHECK(run.instruction().get("vi") == "Gọi video cho cháu Minh rồi kết thúc cuộc gọi.");
        CHECK_FALSE(run.highlight_target());
        CHECK(run.next_hint() == HintKind::Instruction);
    }
    WHEN("the learner asks for help")
    {
        run.request_hint();
        THEN("the step's instruction is shown first, then the words, the place, the demonstration")
        {
            CHECK(run.instruction().get("vi") == video_lesson().steps[0].say.get("vi"));
            CHECK(run.next_hint() == HintKind::Words);
            run.request_hint();
            CHECK(run.next_hint() == HintKind::Target);
            run.request_hint();
            CHECK(run.highlight_target());
            CHECK(run.next_hint() == HintKind::Demonstration);
        }
    }
    WHEN("the learner pauses for a long time")
    {
        run.advance(10 * LessonRun::idle_hint_ms);
        THEN("no hint comes by itself")
        {
            CHECK(run.hint_level() == 0);
        }
    }
}

SCENARIO("test mode gives a score and a pass mark", "[modes][test]")
{
    GIVEN("a test of the video-call lesson (pass mark 80)")
    {
        LessonRun run(video_lesson(), Mode::Test);
        CHECK(run.lesson().pass_mark == 80);
        CHECK(run.max_hint_level() == 0);
        CHECK_FALSE(run.highlight_target());
        WHEN("the learner does every step without a mistake")
        {
            std::string why;
            REQUIRE(run.fast_forward_to(run.step_count(), why));
            THEN("100 points, passed")
            {
                const TestResult r = run.result();
                CHECK(r.score == 100);
                CHECK(r.passed);
                CHECK(r.steps_done == 6);
                CHECK(r.steps_total == 6);
            }
        }
        WHEN("the learner makes three wrong taps on the way")
        {
            run.act(Action::swipe(SwipeDirection::Up));
            run.act(Action::tap("home.app.phone")); // the wrong app
            run.act(Action::back());
            run.act(Action::tap("home.clock")); // not a button
            run.act(Action::tap(""));           // beside everything
            std::string why;
            REQUIRE(run.fast_forward_to(run.step_count(), why));
            THEN("5 points off each: 85, still a pass")
            {
                const TestResult r = run.result();
                CHECK(r.wrong_actions == 3);
                CHECK(r.score == 85);
                CHECK(r.passed);
                CHECK(run.feedback().kind == FeedbackKind::Praise); // the end is still warm
            }
        }
        WHEN("the learner stops after two steps")
        {
            run.act(Action::swipe(SwipeDirection::Up));
            run.act(Action::tap("home.app.chat"));
            run.stop();
            THEN("the steps not done count as not done")
            {
                CHECK(run.finished());
                CHECK_FALSE(run.completed());
                const TestResult r = run.result();
                CHECK(r.steps_done == 2);
                CHECK(r.score == 33);
                CHECK_FALSE(r.passed);
            }
        }
    }
}

TEST_CASE("the app model opens the start page, then a mode, watch starts playing", "[modes][app]")
{
    Catalog catalog = Catalog::load({test::source_dir() + "/lessons/goi-video-cho-chau.json"});
    AppModel app(std::move(catalog));
    const Lesson& lesson = *app.catalog().entries.front().lesson;
    app.choose_lesson(lesson);
    CHECK(app.page() == Page::LessonStart);
    CHECK(app.chosen() == &lesson);
    CHECK(app.run() == nullptr);
    app.open_lesson(lesson, Mode::Watch);
    CHECK(app.page() == Page::Lesson);
    REQUIRE(app.run());
    CHECK(app.run()->playing());
    app.advance(30'000);
    const std::size_t reached = app.run()->step_index();
    CHECK(reached >= 1);
    app.replay_step();
    CHECK(app.run()->step_index() == reached); // rebuilt up to the same step ...
    CHECK(app.run()->playing());               // ... and showing it again
}
