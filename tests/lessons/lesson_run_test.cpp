// The lesson engine: one attempt at the shipped lesson, played by hand with the test's
// clock, in each mode; hints, wrong actions, branches, records.
#include "lessons/catalog.h"
#include "lessons/lesson_run.h"
#include "model/app_model.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace luyenso;
using luyenso::test::fixtures_dir;
using luyenso::test::shipped_lesson_path;

namespace {

const Lesson& shipped()
{
    static const Lesson lesson = [] {
        LoadResult r = load_lesson_file(shipped_lesson_path());
        REQUIRE(r.lesson.has_value());
        return *r.lesson;
    }();
    return lesson;
}

// The engine's own words (lesson_run.cpp), shown when a lesson has nothing specific.
const std::string generic_wrong = "Chưa đúng chỗ rồi. Bác hãy bấm vào chỗ có khung sáng màu cam.";
const std::string missed = "Bác bấm chưa trúng. Hãy bấm vào giữa chỗ có khung sáng màu cam.";
// Practice mode shows no ring: its words speak of the instruction and the hint button.
const std::string practice_wrong = "Chưa đúng chỗ rồi. Bác đọc lại lời dặn, hoặc bấm \"Gợi ý\" nếu cần.";
const std::string target_hint = "Bác hãy bấm vào chỗ có khung sáng màu cam đang nhấp nháy.";

// The shipped lesson's words.
const std::string unlock_hint = "Ô để mở nằm ở phía dưới màn hình, có hình ổ khóa.";
const std::string phone_app_wrong = "Đây là ứng dụng Điện thoại, màu xanh lá. Bác hãy bấm biểu tượng Trò chuyện "
                                    "màu xanh dương ở bên trái.";
const std::string ended_early = "Bác vừa dừng cuộc gọi trước khi cháu nghe máy. Không sao, bác bấm lại nút có "
                                "hình máy quay để gọi lại nhé.";
const std::string finish = "Bác đã gọi video cho cháu Minh thành công! Từ nay bác có thể tự gọi cho con cháu bất "
                           "cứ lúc nào.";

std::string step_id(const LessonRun& run)
{
    return run.current_step() ? run.current_step()->id : "(finished)";
}

void act_ok(LessonRun& run, const Action& a)
{
    const ActionResult r = run.act(a);
    INFO(a.describe() << ": " << r.reason);
    REQUIRE(r.accepted);
}

void fast_forward(LessonRun& run, std::size_t index)
{
    std::string why;
    const bool ok = run.fast_forward_to(index, why);
    INFO(why);
    REQUIRE(ok);
    REQUIRE(run.step_index() == index);
}

} // namespace

SCENARIO("a learner plays the shipped lesson by hand in guided mode", "[run]")
{
    GIVEN("the lesson just started in guided mode")
    {
        LessonRun run(shipped(), Mode::Guided);
        REQUIRE(step_id(run) == "mo-khoa");
        CHECK(run.step_count() == 6);
        CHECK(run.phone().screen_id() == "lock");
        CHECK(run.highlight_target());
        CHECK(run.feedback().kind == FeedbackKind::None);
        CHECK(run.hint_level() == 0);
        CHECK(run.max_hint_level() == 3); // one word hint, the exact target, a demonstration
        REQUIRE(run.records().size() == 1);
        CHECK(run.records()[0].started_ms == 0);
        CHECK(run.records()[0].ended_ms == -1);

        WHEN("every step is done right, taking its time")
        {
            run.advance(3'000);
            act_ok(run, Action::swipe(SwipeDirection::Up));
            CHECK(step_id(run) == "mo-tro-chuyen");
            CHECK(run.phone().screen_id() == "home");
            run.advance(4'000);
            act_ok(run, Action::tap("home.app.chat"));
            CHECK(step_id(run) == "mo-chat-chau-minh");
            run.advance(2'000);
            act_ok(run, Action::tap("chat.list.item.minh"));
            CHECK(step_id(run) == "bam-goi-video");
            CHECK(run.current_step()->target == "chat.header.video_call");
            run.advance(1'500);
            act_ok(run, Action::tap("chat.header.video_call"));
            CHECK(step_id(run) == "cho-chau-nghe-may");
            CHECK_FALSE(run.highlight_target()); // nothing to tap while it rings
            CHECK(run.max_hint_level() == 0);
            run.advance(4'900);
            CHECK(step_id(run) == "cho-chau-nghe-may"); // Minh answers after 5 s
            run.advance(100);
            CHECK(step_id(run) == "ket-thuc-cuoc-goi");
            CHECK(run.phone().screen_id() == "call.active");
            run.advance(12'000);
            CHECK(run.feedback().kind == FeedbackKind::None);
            act_ok(run, Action::tap("call.end"));

            THEN("the lesson is finished, with the lesson's praise")
            {
                CHECK(run.finished());
                CHECK(run.current_step() == nullptr);
                CHECK(run.step_index() == 6);
                CHECK(run.feedback().kind == FeedbackKind::Praise);
                CHECK(run.feedback().text.get("vi") == finish);
                CHECK(run.feedback().text.get("en") ==
                      "You video-called Minh! Now you can call your family whenever you like.");
                CHECK_FALSE(run.highlight_target());
                CHECK(run.phone().screen_id() == "chat.thread");
            }
            THEN("the records hold each step's start and end on the simulated clock")
            {
                struct Expected {
                    const char* id;
                    std::int64_t start;
                    std::int64_t end;
                };
                const std::vector<Expected> expected = {
                    {"mo-khoa", 0, 3'000},
                    {"mo-tro-chuyen", 3'000, 7'000},
                    {"mo-chat-chau-minh", 7'000, 9'000},
                    {"bam-goi-video", 9'000, 10'500},
                    {"cho-chau-nghe-may", 10'500, 15'500},
                    {"ket-thuc-cuoc-goi", 15'500, 27'500},
                };
                REQUIRE(run.records().size() == expected.size());
                for (std::size_t i = 0; i < expected.size(); ++i) {
                    INFO(expected[i].id);
                    CHECK(run.records()[i].step_id == expected[i].id);
                    CHECK(run.records()[i].started_ms == expected[i].start);
                    CHECK(run.records()[i].ended_ms == expected[i].end);
                    CHECK(run.records()[i].hints == 0);
                    CHECK(run.records()[i].wrong_actions == 0);
                }
                CHECK(run.total_hints() == 0);
                CHECK(run.total_wrong_actions() == 0);
            }
            THEN("further actions are refused, but time still runs on the phone")
            {
                const ActionResult r = run.act(Action::tap("chat.header.video_call"));
                CHECK_FALSE(r.accepted);
                CHECK(r.reason == "the lesson is finished");
                run.advance(60'000);
                CHECK(run.phone().clock().now_ms() == 87'500);
                CHECK(run.feedback().kind == FeedbackKind::Praise);
            }
        }

        WHEN("the learner pauses for just under idle_hint_ms")
        {
            run.advance(LessonRun::idle_hint_ms - 1);
            THEN("no hint yet")
            {
                CHECK(run.hint_level() == 0);
                CHECK(run.feedback().kind == FeedbackKind::None);
                CHECK(run.records()[0].hints == 0);
            }
            AND_WHEN("the last millisecond passes")
            {
                run.advance(1);
                THEN("the first hint shows, and is counted")
                {
                    CHECK(run.hint_level() == 1);
                    CHECK(run.feedback().kind == FeedbackKind::Hint);
                    CHECK(run.feedback().text.get("vi") == unlock_hint);
                    CHECK(run.records()[0].hints == 1);
                }
                AND_WHEN("the pause goes on")
                {
                    run.advance(10 * LessonRun::idle_hint_ms);
                    THEN("it escalates to the exact place, but never plays the demonstration by itself")
                    {
                        CHECK(run.hint_level() == 2);
                        CHECK(run.pointing());
                        CHECK_FALSE(run.playing());
                    }
                }
            }
        }

        WHEN("the learner acts (even wrongly) during the pause")
        {
            run.advance(15'000);
            CHECK_FALSE(run.act(Action::back()).accepted); // nothing to go back to
            run.advance(15'000);
            THEN("the pause is counted from that action")
            {
                CHECK(run.hint_level() == 0);
                run.advance(5'000);
                CHECK(run.hint_level() == 1);
            }
        }

        WHEN("the learner asks for hints")
        {
            run.request_hint();
            THEN("the first is the lesson's words")
            {
                CHECK(run.hint_level() == 1);
                CHECK(run.feedback().kind == FeedbackKind::Hint);
                CHECK(run.feedback().text.get("vi") == unlock_hint);
                CHECK(run.feedback().text.get("en") == "The box to open is near the bottom, with a padlock.");
            }
            AND_WHEN("more are asked for")
            {
                run.request_hint();
                THEN("the next points at the exact target")
                {
                    CHECK(run.hint_level() == 2);
                    CHECK(run.feedback().text.get("vi") == target_hint);
                }
                THEN("the third shows the step, after which there is no more help to give")
                {
                    run.request_hint();
                    CHECK(run.hint_level() == run.max_hint_level());
                    CHECK(run.playing()); // the hand shows just this step
                    CHECK(run.records()[0].hints == 3);
                    CHECK(run.total_hints() == 3);
                    run.request_hint();
                    CHECK(run.records()[0].hints == 3);
                }
            }
            AND_WHEN("the step is done")
            {
                act_ok(run, Action::tap("lock.unlock"));
                THEN("the next step starts without hints or feedback")
                {
                    CHECK(step_id(run) == "mo-tro-chuyen");
                    CHECK(run.hint_level() == 0);
                    CHECK(run.feedback().kind == FeedbackKind::None);
                    CHECK(run.records()[0].hints == 1);
                    CHECK(run.records()[1].hints == 0);
                }
            }
        }

        WHEN("on the home screen the learner taps the Phone app, which the lesson foresaw")
        {
            act_ok(run, Action::swipe(SwipeDirection::Up));
            const ActionResult r = run.act(Action::tap("home.app.phone"));
            THEN("the lesson's own words explain, a wrong action is counted, and the step stays")
            {
                CHECK(r.accepted); // the phone did open its Phone app
                CHECK(step_id(run) == "mo-tro-chuyen");
                CHECK(run.feedback().kind == FeedbackKind::Wrong);
                CHECK(run.feedback().text.get("vi") == phone_app_wrong);
                CHECK(run.feedback().text.get("en") ==
                      "That is the green Phone app. Tap the blue Chat icon on the left.");
                CHECK(run.records().back().wrong_actions == 1);
                CHECK(run.total_wrong_actions() == 1);
                CHECK(run.hint_level() == 0);
            }
            AND_WHEN("the learner goes back and taps the Chat app")
            {
                act_ok(run, Action::back());
                CHECK(step_id(run) == "mo-tro-chuyen");
                act_ok(run, Action::tap("home.app.chat"));
                THEN("the step is done and the feedback cleared")
                {
                    CHECK(step_id(run) == "mo-chat-chau-minh");
                    CHECK(run.feedback().kind == FeedbackKind::None);
                    CHECK(run.records()[1].wrong_actions == 1);
                    CHECK(run.total_wrong_actions() == 1);
                }
            }
        }

        WHEN("on the home screen the learner taps something no rule names")
        {
            act_ok(run, Action::swipe(SwipeDirection::Up));
            const ActionResult r = run.act(Action::tap("home.clock"));
            THEN("a gentle generic word with the first hint, a wrong action counted, the hint used")
            {
                CHECK_FALSE(r.accepted); // the clock is not a button
                CHECK(step_id(run) == "mo-tro-chuyen");
                CHECK(run.feedback().kind == FeedbackKind::Wrong);
                CHECK(run.feedback().text.get("vi") ==
                      generic_wrong + " Biểu tượng Trò chuyện ở hàng đầu tiên, bên trái.");
                CHECK(run.feedback().text.get("en") == "Not quite. Tap the place inside the orange frame. The Chat "
                                                       "icon is in the first row, on the left.");
                CHECK(run.records().back().wrong_actions == 1);
                CHECK(run.hint_level() == 1);
                CHECK(run.records().back().hints == 1);
            }
        }

        WHEN("the learner taps beside every element")
        {
            run.act(Action::tap(""));
            THEN("the feedback says the tap missed, with the first hint")
            {
                CHECK(run.feedback().kind == FeedbackKind::Wrong);
                CHECK(run.feedback().text.get("vi") == missed + " " + unlock_hint);
                CHECK(run.records()[0].wrong_actions == 1);
            }
        }
    }
}

SCENARIO("ending the call while it rings takes the lesson's branch back", "[run]")
{
    GIVEN("a guided run fast-forwarded to the ringing step")
    {
        LessonRun run(shipped(), Mode::Guided);
        fast_forward(run, 4);
        REQUIRE(step_id(run) == "cho-chau-nghe-may");
        CHECK(run.phone().screen_id() == "call.ringing");
        CHECK(run.feedback().kind == FeedbackKind::None);
        CHECK(run.records().size() == 5);

        WHEN("the learner taps the red button before Minh answers")
        {
            run.advance(2'000);
            act_ok(run, Action::tap("call.end"));
            THEN("the lesson goes back to bam-goi-video and says why")
            {
                CHECK(step_id(run) == "bam-goi-video");
                CHECK(run.step_index() == 3);
                CHECK(run.feedback().kind == FeedbackKind::Info);
                CHECK(run.feedback().text.get("vi") == ended_early);
                CHECK(run.phone().screen_id() == "chat.thread");
                CHECK(run.highlight_target());
                REQUIRE(run.records().size() == 6);
                CHECK(run.records()[4].step_id == "cho-chau-nghe-may");
                CHECK(run.records()[4].ended_ms == 2'000);
                CHECK(run.records()[5].step_id == "bam-goi-video");
                CHECK(run.records()[5].started_ms == 2'000);
                CHECK(run.records()[5].ended_ms == -1);
                CHECK(run.total_wrong_actions() == 0); // taking a foreseen branch is not wrong
            }
            AND_WHEN("the learner calls again and waits for Minh")
            {
                act_ok(run, Action::tap("chat.header.video_call"));
                CHECK(step_id(run) == "cho-chau-nghe-may");
                run.advance(5'000);
                CHECK(step_id(run) == "ket-thuc-cuoc-goi");
                act_ok(run, Action::tap("call.end"));
                THEN("the lesson ends as usual")
                {
                    CHECK(run.finished());
                    CHECK(run.feedback().kind == FeedbackKind::Praise);
                    CHECK(run.records().size() == 8);
                }
            }
        }
        WHEN("Minh answers and the learner taps the camera button, which the lesson foresaw")
        {
            run.advance(5'000);
            REQUIRE(step_id(run) == "ket-thuc-cuoc-goi");
            act_ok(run, Action::tap("call.camera"));
            THEN("the lesson explains what happened; the camera is off")
            {
                CHECK(run.feedback().kind == FeedbackKind::Wrong);
                CHECK(run.feedback().text.get("vi") ==
                      "Bác vừa bấm nút camera, cháu sẽ không thấy bác. Bấm lại nút đó để bật camera.");
                CHECK_FALSE(run.phone().call()->camera_on);
                CHECK(run.records().back().wrong_actions == 1);
            }
        }
    }
}

TEST_CASE("fast_forward_to plays demonstrations up to a step", "[run]")
{
    LessonRun run(shipped(), Mode::Guided);
    fast_forward(run, 2);
    CHECK(step_id(run) == "mo-chat-chau-minh");
    CHECK(run.phone().screen_id() == "chat.list");
    fast_forward(run, 5);
    CHECK(run.phone().screen_id() == "call.active");
    CHECK(run.phone().clock().now_ms() == 5'000); // the ringing step waited for Minh
    std::string why;
    CHECK(run.fast_forward_to(100, why));
    CHECK(run.finished());
    CHECK(why.empty());
    // At the end the praise stays: it is what the "well done" page shows.
    CHECK(run.feedback().kind == FeedbackKind::Praise);
    CHECK(run.finish_text().get("vi") == finish);
    LessonRun middle(shipped(), Mode::Guided);
    middle.act(Action::tap("lock.time")); // a wrong tap's feedback ...
    REQUIRE(middle.feedback().kind == FeedbackKind::Wrong);
    fast_forward(middle, 3);
    CHECK(middle.feedback().kind == FeedbackKind::None); // ... is cleared, for a clean screenshot

    SECTION("a branch's steps, off the demonstrations' way, are reached as if the branch was taken")
    {
        const LoadResult r = load_lesson_file(test::lessons_dir() + "/cong-an-gia-goi-video.json");
        REQUIRE(r.lesson.has_value());
        const Lesson& scam = *r.lesson;
        for (const std::string id : {"cho-goi-lai", "da-nghe-theo", "tu-choi-lan-nua", "bao-cong-an"}) {
            INFO(id);
            LessonRun branch(scam, Mode::Guided);
            const int index = scam.step_index(id);
            REQUIRE(index >= 0);
            fast_forward(branch, static_cast<std::size_t>(index));
            CHECK(step_id(branch) == id);
            CHECK(branch.feedback().kind == FeedbackKind::None);
        }
        // "cho-goi-lai" is entered from "nhan-ra": two steps played, then the branch's.
        LessonRun declined(scam, Mode::Guided);
        fast_forward(declined, static_cast<std::size_t>(scam.step_index("cho-goi-lai")));
        CHECK(declined.records().size() == 3);
    }
    SECTION("a demonstration that does not do its step stops the fast-forward and says why")
    {
        const LoadResult r = load_lesson_file(fixtures_dir() + "/demo-incomplete.json");
        REQUIRE(r.lesson.has_value());
        LessonRun broken(*r.lesson, Mode::Watch);
        std::string reason;
        CHECK_FALSE(broken.fast_forward_to(2, reason));
        CHECK(broken.step_index() == 1);
        CHECK(reason == "the demonstration does not complete step \"mo-tro-chuyen\": after it and a minute of "
                        "waiting the phone shows \"phone.contacts\" and the step still waits for screen \"chat.list\". "
                        "What happened on the phone in this step: app.opened {app: phone}");
        CHECK(broken.demo_failure().id == "demo-incomplete");
        CHECK(render_message(broken.demo_failure(), "vi") ==
              "phần làm mẫu không làm xong bước \"mo-tro-chuyen\": làm xong và chờ thêm một phút, điện thoại ở màn "
              "hình \"phone.contacts\" mà bước vẫn chờ màn hình \"chat.list\". Những gì đã xảy ra trên điện thoại ở "
              "bước này: app.opened {app: phone}");
    }
}

TEST_CASE("watch mode plays every step's demonstration to the end", "[run]")
{
    LessonRun run(shipped(), Mode::Watch);
    CHECK_FALSE(run.highlight_target()); // nothing is ringed until the demonstration plays
    std::size_t steps = 0;
    while (!run.finished()) {
        std::string why;
        const std::string id = step_id(run);
        const bool ok = run.play_step_demo(why);
        INFO(id << ": " << why);
        REQUIRE(ok);
        REQUIRE(++steps <= run.step_count());
    }
    CHECK(steps == 6);
    CHECK(run.feedback().kind == FeedbackKind::Praise);
    CHECK(run.phone().clock().now_ms() == 11'000); // 5 s of ringing, 6 s of talking
    const ChatMessage& record = run.phone().world().chats.front().messages.back();
    CHECK(record.text == "Cuộc gọi video · 6 giây");
}

TEST_CASE("practice mode gives the goal only and help on request", "[run]")
{
    LessonRun run(shipped(), Mode::Practice);
    CHECK_FALSE(run.highlight_target());
    run.advance(5 * LessonRun::idle_hint_ms);
    CHECK(run.hint_level() == 0); // no hint from a pause
    CHECK(run.feedback().kind == FeedbackKind::None);
    run.request_hint(); // first the step's own instruction
    CHECK(run.feedback().text.get("vi") == shipped().steps[0].say.get("vi"));
    run.request_hint();
    CHECK(run.feedback().text.get("vi") == unlock_hint);
    CHECK_FALSE(run.highlight_target());
    run.request_hint();
    CHECK(run.highlight_target()); // then the hint points at the target
    act_ok(run, Action::swipe(SwipeDirection::Up));
    CHECK_FALSE(run.highlight_target());
    run.act(Action::tap("home.clock"));
    CHECK(run.feedback().text.get("vi") == practice_wrong);
    CHECK(run.hint_level() == 0); // a wrong tap does not unlock hints here
    CHECK(run.total_wrong_actions() == 1);
    CHECK(run.total_hints() == 3);
}

TEST_CASE("test mode gives no help but still counts", "[run]")
{
    LessonRun run(shipped(), Mode::Test);
    CHECK_FALSE(run.highlight_target());
    run.request_hint();
    CHECK(run.hint_level() == 0);
    CHECK(run.feedback().kind == FeedbackKind::None);
    run.advance(5 * LessonRun::idle_hint_ms);
    CHECK(run.hint_level() == 0);
    CHECK(run.feedback().kind == FeedbackKind::None);

    act_ok(run, Action::swipe(SwipeDirection::Up));
    run.act(Action::tap("home.clock"));     // generic wrong
    run.act(Action::tap("home.app.phone")); // a wrong the lesson names: its words are help too
    CHECK(run.feedback().kind == FeedbackKind::None);
    CHECK(run.hint_level() == 0);
    CHECK(run.records().back().wrong_actions == 2);
    act_ok(run, Action::back());
    act_ok(run, Action::tap("home.app.chat"));
    CHECK(step_id(run) == "mo-chat-chau-minh");

    std::string why;
    REQUIRE(run.fast_forward_to(run.step_count(), why));
    CHECK(run.finished());
    CHECK(run.total_hints() == 0);
    CHECK(run.total_wrong_actions() == 2);
}

TEST_CASE("mode names", "[run]")
{
    for (Mode m : {Mode::Watch, Mode::Guided, Mode::Practice, Mode::Test})
        CHECK(mode_from_name(mode_name(m)) == m);
    CHECK(std::string(mode_name(Mode::Practice)) == "practice");
    CHECK(mode_from_name("Guided") == std::nullopt);
    CHECK(mode_from_name("") == std::nullopt);
}

TEST_CASE("the app model forwards actions and time to the open lesson", "[run][app]")
{
    AppModel app(Catalog::load({shipped_lesson_path()}));
    CHECK(app.page() == Page::LessonList);
    CHECK(app.run() == nullptr);
    CHECK(app.act(Action::swipe(SwipeDirection::Up)).reason == "no lesson is open");
    app.advance(1'000); // harmless without a lesson

    const Lesson* lesson = app.catalog().find("goi-video-cho-chau");
    REQUIRE(lesson != nullptr);
    app.open_lesson(*lesson, Mode::Guided);
    CHECK(app.page() == Page::Lesson);
    REQUIRE(app.run() != nullptr);
    CHECK(app.act(Action::swipe(SwipeDirection::Up)).accepted);
    app.advance(LessonRun::idle_hint_ms);
    CHECK(app.run()->step_index() == 1);
    CHECK(app.run()->hint_level() == 1);

    app.restart_lesson();
    REQUIRE(app.run() != nullptr);
    CHECK(app.run()->step_index() == 0);
    CHECK(app.run()->mode() == Mode::Guided);
    CHECK(app.run()->phone().screen_id() == "lock");

    app.back_to_list();
    CHECK(app.page() == Page::LessonList);
    CHECK(app.run() == nullptr);
}

namespace {

// A lesson that asks for 500000 typed in the chat: `done_when` is `text.entered` (the
// value when the field is left or sent) or, for comparison, `text.changed` (every key).
std::string typed_amount_lesson(const std::string& event)
{
    return R"({"format": 1, "id": "go-so-tien", "title": "Gõ số tiền", "skills": ["video-call"],
  "world": {"owner": {"name": "Bàn Văn Giảng"},
            "contacts": [{"id": "minh", "name": "Cháu Minh"}],
            "chats": [{"with": "minh", "messages": [{"from": "minh", "text": "Ông gửi cháu bao nhiêu?"}]}]},
  "steps": [
    {"id": "mo-khoa", "say": "Vuốt lên.", "done_when": {"event": "phone.unlocked"}, "demo": [{"swipe": "up"}]},
    {"id": "mo-chat", "say": "Mở Trò chuyện.", "done_when": {"event": "app.opened", "app": "chat"},
     "demo": [{"tap": "home.app.chat"}]},
    {"id": "mo-minh", "say": "Mở Cháu Minh.", "done_when": {"event": "chat.opened", "contact": "minh"},
     "demo": [{"tap": "chat.list.item.minh"}]},
    {"id": "go-so", "say": "Gõ 500000 rồi bấm Gửi.", "target": "chat.input",
     "done_when": {"event": ")" +
           event + R"(", "field": "chat.input", "text": "500000"},
     "wrong": [{"on": {"event": "text.entered", "field": "chat.input", "text": {"not": "500000"}},
                "say": "Số chưa đúng, bác gõ lại 500000."}],
     "demo": [{"tap": "chat.input"}, {"type": "500000"}, {"tap": "chat.send"}]}
  ]})";
}

} // namespace

TEST_CASE("a typed amount counts when the field is sent, not on the way (500000 inside 5000000)", "[run][typing]")
{
    SECTION("text.entered: typing 5000000 passes 500000 but does not finish the step; sending it is wrong")
    {
        const LoadResult r = load_lesson_text(typed_amount_lesson("text.entered"), "go-so-tien.json");
        REQUIRE(r.lesson.has_value());
        CHECK(r.warnings.empty());
        LessonRun run(*r.lesson, Mode::Guided);
        fast_forward(run, 3);
        act_ok(run, Action::tap("chat.input"));
        act_ok(run, Action::type("5000000"));
        CHECK(step_id(run) == "go-so");
        CHECK(run.phone().field_text("chat.input") == "5000000");
        const ActionResult sent = run.act(Action::tap("chat.send"));
        REQUIRE(sent.accepted);
        CHECK(std::any_of(sent.events.begin(), sent.events.end(), [](const Event& e) {
            return e.name == "text.entered" && e.fields.value("text", std::string()) == "5000000";
        }));
        CHECK(step_id(run) == "go-so");
        CHECK(run.feedback().kind == FeedbackKind::Wrong);
        CHECK(run.feedback().text.get("vi") == "Số chưa đúng, bác gõ lại 500000.");
        CHECK(run.records().back().wrong_actions == 1);
        // Then the right amount, sent: done.
        act_ok(run, Action::tap("chat.input"));
        act_ok(run, Action::type("500000"));
        CHECK(step_id(run) == "go-so");
        act_ok(run, Action::tap("chat.send"));
        CHECK(run.finished());
    }
    SECTION("text.changed (every key) would finish on 500000 while 5000000 is typed: check warns at its text")
    {
        const LoadResult r = load_lesson_text(typed_amount_lesson("text.changed"), "go-so-tien.json");
        REQUIRE(r.lesson.has_value());
        REQUIRE(r.warnings.size() == 1);
        CHECK(r.warnings[0].id() == "number-while-typing");
        CHECK(r.warnings[0].pointer == "/steps/3/done_when/text");
        LessonRun run(*r.lesson, Mode::Guided);
        fast_forward(run, 3);
        act_ok(run, Action::tap("chat.input"));
        act_ok(run, Action::type("5000000"));
        CHECK(run.finished()); // the hazard the warning names
        CHECK(run.phone().field_text("chat.input") == "5000000");
    }
    SECTION("leaving the field by another button, or by the phone's back, tells its value")
    {
        const LoadResult r = load_lesson_text(typed_amount_lesson("text.entered"), "go-so-tien.json");
        REQUIRE(r.lesson.has_value());
        LessonRun run(*r.lesson, Mode::Guided);
        fast_forward(run, 3);
        act_ok(run, Action::tap("chat.input"));
        act_ok(run, Action::type("500000"));
        CHECK(step_id(run) == "go-so");
        const ActionResult back = run.act(Action::back());
        REQUIRE(back.accepted);
        CHECK(run.finished());
    }
}

TEST_CASE("a banner never covers the step's target, and is gone when a step is reached by fast-forward",
          "[run][banner]")
{
    const Catalog catalog = Catalog::load({test::lessons_dir()});
    int banners_seen = 0;
    for (const CatalogEntry& entry : catalog.entries) {
        REQUIRE(entry.lesson);
        const Lesson& lesson = *entry.lesson;
        for (std::size_t index = 0; index < lesson.steps.size(); ++index) {
            LessonRun run(lesson, Mode::Guided);
            std::string why;
            if (!run.fast_forward_to(index, why) || run.finished())
                break;
            INFO(lesson.id << " step " << run.step_index() + 1);
            const Step& step = *run.current_step();
            if (step.target != "notification.banner")
                CHECK_FALSE(run.phone().notification().has_value());
        }
        // Played through: whenever a banner shows, it is not over the step's target.
        LessonRun run(lesson, Mode::Guided);
        while (!run.finished()) {
            const ElementTree tree = run.phone().elements();
            const Element* banner = find_element(tree, "notification.banner");
            const Element* target = find_element(tree, run.current_step()->target);
            if (banner && target && target != banner) {
                ++banners_seen;
                INFO(lesson.id << " step " << run.step_index() + 1 << ": " << target->id);
                const Rect& a = banner->bounds;
                const Rect& b = target->bounds;
                CHECK_FALSE((a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h));
            }
            std::string why;
            REQUIRE(run.play_step_demo(why));
        }
    }
    CHECK(banners_seen > 0);
}

TEST_CASE("a target further down the screen rings the note that says to swipe up, not the way back", "[run]")
{
    // The transfer form at 100 %: "Lưu người nhận" is under the amount and the message.
    const LoadResult loaded = load_lesson_file(luyenso::test::lessons_dir() +
                                               "/chuyen-tien-tai-khoan-moi-cua-con.json");
    REQUIRE(loaded.lesson.has_value());
    LessonRun run(*loaded.lesson, Mode::Guided);
    std::string why;
    REQUIRE(run.fast_forward_to(13, why)); // the step "luu-va-tiep-tuc"
    REQUIRE(run.current_step()->target == "bank.transfer.save");
    REQUIRE(run.phone().scrolled_out("bank.transfer.save"));
    const std::string ring = run.ring_target();
    CHECK(ring.ends_with(".more"));
    const ElementTree tree = run.phone().elements();
    const Element* note = find_element(tree, ring);
    REQUIRE(note != nullptr);
    CHECK(note->label == "Vuốt lên để xem thêm");
    // After the swipe the switch itself is ringed.
    REQUIRE(run.act(Action::swipe(SwipeDirection::Up)).accepted);
    CHECK(run.ring_target() == "bank.transfer.save");
    CHECK_FALSE(run.phone().scrolled_out("bank.transfer.save"));
    CHECK_FALSE(run.phone().scrolled_out("no.such.element"));
}
