// The simulated phone, headless: actions in, events out, time from the test's hand,
// and the semantic tree every screen publishes.
#include "phone/phone.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

using namespace luyenso;
using nlohmann::json;

namespace {

Person person(std::string id, std::string name)
{
    Person p;
    p.id = std::move(id);
    p.name = std::move(name);
    return p;
}

// Whose phone it is and the people in it; Hoa never picks up, Sử hangs up after 10 s.
World test_world()
{
    World w;
    w.owner = person("", "Bàn Văn Giảng");
    Person minh = person("minh", "Cháu Minh");
    minh.answers_after_s = 5;
    Person hoa = person("hoa", "Con gái Hoa");
    hoa.answers = false;
    Person su = person("su", "Trưởng thôn Sử");
    su.answers_after_s = 2;
    su.hangs_up_after_s = 10;
    w.contacts = {minh, hoa, su};
    w.chats = {{.with = "minh",
                .messages = {{.from = "minh", .text = "Ông ơi, cháu thi xong rồi ạ!", .time = "19:02"},
                             {.from = "minh", .text = "Tối nay ông gọi video cho cháu nhé.", .time = "19:03"}},
                .unread = 2}};
    w.start_minutes = 19 * 60 + 30;
    return w;
}

std::vector<std::string> names(const std::vector<Event>& events)
{
    std::vector<std::string> out;
    for (const auto& e : events)
        out.push_back(e.name);
    return out;
}

Element element(const Phone& phone, const std::string& id)
{
    const ElementTree tree = phone.elements();
    const Element* e = find_element(tree, id);
    INFO("looking for " << id << " on " << phone.screen_id());
    REQUIRE(e != nullptr);
    return *e;
}

bool shows(const Phone& phone, const std::string& id)
{
    return find_element(phone.elements(), id) != nullptr;
}

ActionResult must_accept(Phone& phone, const Action& a)
{
    ActionResult r = phone.apply(a);
    INFO(a.describe() << " refused: " << r.reason);
    REQUIRE(r.accepted);
    return r;
}

void open_chat_with(Phone& phone, const std::string& contact)
{
    must_accept(phone, Action::swipe(SwipeDirection::Up));
    must_accept(phone, Action::tap("home.app.chat"));
    must_accept(phone, Action::tap("chat.list.item." + contact));
    REQUIRE(phone.screen_id() == "chat.thread");
}

const ChatMessage& last_message(const Phone& phone, const std::string& contact)
{
    const auto& chats = phone.world().chats;
    const auto it = std::find_if(chats.begin(), chats.end(), [&](const Chat& c) { return c.with == contact; });
    REQUIRE(it != chats.end());
    REQUIRE_FALSE(it->messages.empty());
    return it->messages.back();
}

} // namespace

SCENARIO("a video call to a grandchild from the locked phone to the call record", "[phone]")
{
    GIVEN("a locked phone")
    {
        Phone phone(test_world());
        REQUIRE(phone.screen_id() == "lock");
        CHECK(phone.time_text() == "19:30");
        CHECK(element(phone, "lock.time").label == "19:30");
        CHECK_FALSE(shows(phone, "nav.back")); // no navigation bar on the lock screen

        WHEN("the learner taps something that is not there, or cannot be tapped")
        {
            const ActionResult absent = phone.apply(Action::tap("home.app.chat"));
            const ActionResult inert = phone.apply(Action::tap("lock.background"));
            THEN("the phone refuses and says why")
            {
                CHECK_FALSE(absent.accepted);
                CHECK(absent.reason == R"("home.app.chat" is not on the screen (lock))");
                CHECK_FALSE(inert.accepted);
                CHECK(inert.reason == R"("lock.background" cannot be tapped)");
                CHECK(absent.events.empty());
                CHECK(phone.screen_id() == "lock");
            }
        }
        WHEN("back or home is pressed on the lock screen")
        {
            const ActionResult back = phone.apply(Action::back());
            const ActionResult home = phone.apply(Action::home());
            THEN("nothing happens")
            {
                CHECK(back.reason == "nothing to go back to");
                CHECK(home.reason == "the phone is locked");
                CHECK(phone.screen_id() == "lock");
            }
        }
        WHEN("the learner swipes up")
        {
            const ActionResult r = must_accept(phone, Action::swipe(SwipeDirection::Up));
            THEN("the home screen shows, with the chat app")
            {
                CHECK(names(r.events) == std::vector<std::string>{"phone.unlocked"});
                CHECK(phone.screen_id() == "home");
                CHECK(element(phone, "home.app.chat").label == "Trò chuyện");
                CHECK(element(phone, "home.app.phone").label == "Điện thoại");
                CHECK(phone.apply(Action::back()).reason == "nothing to go back to");
            }
        }
        WHEN("the learner taps the unlock box instead, then opens the chat app")
        {
            must_accept(phone, Action::tap("lock.unlock"));
            const ActionResult r = must_accept(phone, Action::tap("home.app.chat"));
            THEN("the chat list shows every contact, Minh first with two unread messages")
            {
                CHECK(names(r.events) == std::vector<std::string>{"app.opened"});
                CHECK(r.events[0].fields == json{{"app", "chat"}});
                CHECK(phone.screen_id() == "chat.list");
                const Element& minh = element(phone, "chat.list.item.minh");
                CHECK(minh.label == "Cháu Minh");
                CHECK(minh.badge == 2);
                CHECK(minh.detail == "Tối nay ông gọi video cho cháu nhé.");
                CHECK(minh.meta == "19:03");
                const Element& hoa = element(phone, "chat.list.item.hoa");
                CHECK(hoa.badge == 0);
                CHECK(hoa.detail == "Bấm để trò chuyện"); // every contact has a chat, even empty
                CHECK(shows(phone, "chat.list.item.su"));
            }
            AND_WHEN("Minh's chat is opened, and the learner goes back")
            {
                const ActionResult opened = must_accept(phone, Action::tap("chat.list.item.minh"));
                CHECK(names(opened.events) == std::vector<std::string>{"chat.opened"});
                CHECK(opened.events[0].fields == json{{"contact", "minh"}});
                CHECK(phone.screen_id() == "chat.thread");
                CHECK(phone.screen_params() == json{{"contact", "minh"}});
                CHECK(element(phone, "chat.header").label == "Cháu Minh");
                CHECK(element(phone, "chat.message.0").label == "Ông ơi, cháu thi xong rồi ạ!");
                CHECK(element(phone, "chat.message.1").person == "minh");
                must_accept(phone, Action::tap("chat.header.back"));
                THEN("the messages are read: the badge is gone")
                {
                    CHECK(phone.screen_id() == "chat.list");
                    CHECK(element(phone, "chat.list.item.minh").badge == 0);
                }
            }
        }
    }

    GIVEN("Minh's chat is open")
    {
        Phone phone(test_world());
        open_chat_with(phone, "minh");

        WHEN("the learner taps the video camera button")
        {
            const ActionResult r = must_accept(phone, Action::tap("chat.header.video_call"));
            THEN("the call rings, showing the learner's own camera")
            {
                REQUIRE(r.events.size() == 1);
                CHECK(r.events[0].name == "call.started");
                CHECK(r.events[0].fields == json{{"contact", "minh"}, {"video", true}});
                CHECK(r.events[0].describe() == "call.started {contact: minh, video: true}");
                CHECK(phone.screen_id() == "call.ringing");
                CHECK(phone.screen_params() == json{{"contact", "minh"}, {"video", true}});
                REQUIRE(phone.call().has_value());
                CHECK_FALSE(phone.call()->connected);
                CHECK(phone.call()->camera_on);
                CHECK(element(phone, "call.status").label == "Đang đổ chuông…");
                CHECK(element(phone, "call.self_view").person == "me");
                CHECK(element(phone, "call.contact.name").label == "Cháu Minh");
                for (const char* id : {"call.switch_camera", "call.camera", "call.mute", "call.end"})
                    CHECK(element(phone, id).tappable);
            }
            AND_WHEN("back, home or the navigation bar is pressed while it rings")
            {
                const ActionResult back = phone.apply(Action::back());
                const ActionResult home = phone.apply(Action::home());
                const ActionResult nav = phone.apply(Action::tap("nav.home"));
                THEN("they are refused: a call is ended with the red button")
                {
                    for (const ActionResult* x : {&back, &home, &nav}) {
                        CHECK_FALSE(x->accepted);
                        CHECK(x->reason == "a call is on; end it with the red button");
                    }
                    CHECK(phone.screen_id() == "call.ringing");
                }
            }
            AND_WHEN("Minh's answers_after_s (5 s) have not quite passed")
            {
                const std::vector<Event> events = phone.advance(4'900);
                THEN("it still rings")
                {
                    CHECK(events.empty());
                    CHECK(phone.screen_id() == "call.ringing");
                    CHECK(phone.call_timer_text() == "00:00");
                }
            }
            AND_WHEN("5 s have passed")
            {
                const std::vector<Event> events = phone.advance(5'000);
                THEN("Minh answers: his video fills the screen, the learner's own is small in the corner")
                {
                    REQUIRE(names(events) == std::vector<std::string>{"call.answered"});
                    CHECK(events[0].fields == json{{"contact", "minh"}, {"video", true}});
                    CHECK(phone.screen_id() == "call.active");
                    CHECK(phone.call()->connected);
                    CHECK(element(phone, "call.remote_video").person == "minh");
                    const Element& self = element(phone, "call.self_preview");
                    CHECK(self.active);
                    CHECK(self.bounds.w < phone_width_dp / 2);
                    CHECK_FALSE(shows(phone, "call.self_view"));
                    CHECK_FALSE(shows(phone, "call.contact.picture"));
                    CHECK(element(phone, "call.status").label == "00:00");
                    CHECK(phone.apply(Action::back()).reason == "a call is on; end it with the red button");
                }
                AND_WHEN("the learner mutes, turns the camera off and switches camera, then undoes them")
                {
                    const auto mute = must_accept(phone, Action::tap("call.mute")).events;
                    const auto cam = must_accept(phone, Action::tap("call.camera")).events;
                    const auto sw = must_accept(phone, Action::tap("call.switch_camera")).events;
                    THEN("each toggle emits its event and shows its new state")
                    {
                        REQUIRE(mute.size() == 1);
                        CHECK(mute[0].name == "call.muted");
                        CHECK(mute[0].fields == json{{"on", true}});
                        REQUIRE(cam.size() == 1);
                        CHECK(cam[0].name == "call.camera");
                        CHECK(cam[0].fields == json{{"on", false}});
                        REQUIRE(sw.size() == 1);
                        CHECK(sw[0].name == "call.camera_switched");
                        CHECK(sw[0].fields == json{{"front", false}});

                        CHECK(phone.call()->muted);
                        CHECK_FALSE(phone.call()->camera_on);
                        CHECK_FALSE(phone.call()->front_camera);
                        const Element mic = element(phone, "call.mute");
                        CHECK(mic.active);
                        CHECK(mic.label == "Bật micro");
                        CHECK(mic.icon == "mic_off");
                        const Element camera = element(phone, "call.camera");
                        CHECK(camera.active);
                        CHECK(camera.label == "Bật camera");
                        CHECK(camera.icon == "camera_off");
                        CHECK_FALSE(element(phone, "call.self_preview").active);
                    }
                    AND_THEN("tapping them again turns them back")
                    {
                        CHECK(must_accept(phone, Action::tap("call.mute")).events[0].fields == json{{"on", false}});
                        CHECK(must_accept(phone, Action::tap("call.camera")).events[0].fields == json{{"on", true}});
                        CHECK(must_accept(phone, Action::tap("call.switch_camera")).events[0].fields ==
                              json{{"front", true}});
                        CHECK(element(phone, "call.mute").label == "Tắt micro");
                        CHECK(element(phone, "call.camera").label == "Tắt camera");
                        CHECK_FALSE(phone.call()->muted);
                    }
                }
                AND_WHEN("they talk for 35 s and the learner taps the red button")
                {
                    CHECK(phone.advance(35'000).empty());
                    CHECK(phone.call_timer_text() == "00:35");
                    CHECK(element(phone, "call.status").label == "00:35");
                    const ActionResult end = must_accept(phone, Action::tap("call.end"));
                    THEN("the call ends, the chat is back, and a call record is written in it")
                    {
                        REQUIRE(end.events.size() == 1);
                        CHECK(end.events[0].name == "call.ended");
                        CHECK(end.events[0].fields == json{{"contact", "minh"}, {"video", true}, {"by", "me"}});
                        CHECK_FALSE(phone.call().has_value());
                        CHECK(phone.screen_id() == "chat.thread");
                        CHECK(phone.screen().param == "minh");
                        const ChatMessage& m = last_message(phone, "minh");
                        CHECK(m.call_record);
                        CHECK(m.from == "me");
                        CHECK(m.text == "Cuộc gọi video · 35 giây");
                        CHECK(m.time == "19:30");
                        const Element& bubble = element(phone, "chat.message.2");
                        CHECK(bubble.label == "Cuộc gọi video · 35 giây");
                        CHECK(bubble.active); // the learner's own
                        CHECK(phone.apply(Action::back()).accepted);
                        CHECK(phone.screen_id() == "chat.list");
                        CHECK(element(phone, "chat.list.item.minh").detail == "Bạn: Cuộc gọi video · 35 giây");
                    }
                }
            }
            AND_WHEN("the learner ends it while it still rings")
            {
                phone.advance(2'000);
                const ActionResult end = must_accept(phone, Action::tap("call.end"));
                THEN("it ended by the learner, and the record says nobody answered")
                {
                    REQUIRE(end.events.size() == 1);
                    CHECK(end.events[0].name == "call.ended");
                    CHECK(end.events[0].fields["by"] == "me");
                    CHECK(phone.screen_id() == "chat.thread");
                    CHECK(last_message(phone, "minh").text == "Cuộc gọi video · Không trả lời");
                    CHECK(phone.advance(10'000).empty()); // no late "answered"
                }
            }
        }

        WHEN("the learner taps the phone button: a voice call")
        {
            const ActionResult r = must_accept(phone, Action::tap("chat.header.voice_call"));
            THEN("it rings with Minh's picture and no camera controls")
            {
                CHECK(r.events[0].fields == json{{"contact", "minh"}, {"video", false}});
                CHECK(phone.screen_params() == json{{"contact", "minh"}, {"video", false}});
                CHECK(element(phone, "call.contact.picture").bounds.w == 150.0F);
                CHECK(element(phone, "call.status").detail == "Cuộc gọi thoại");
                CHECK_FALSE(shows(phone, "call.camera"));
                CHECK_FALSE(shows(phone, "call.switch_camera"));
                CHECK_FALSE(shows(phone, "call.self_view"));
                CHECK(shows(phone, "call.mute"));
                CHECK_FALSE(phone.call()->camera_on);
            }
            AND_WHEN("Minh answers and they talk 63 s")
            {
                CHECK(names(phone.advance(5'000)) == std::vector<std::string>{"call.answered"});
                CHECK(phone.screen_id() == "call.active");
                CHECK_FALSE(shows(phone, "call.remote_video"));
                CHECK(shows(phone, "call.contact.picture"));
                phone.advance(63'000);
                CHECK(phone.call_timer_text() == "01:03");
                const ActionResult end = must_accept(phone, Action::tap("call.end"));
                THEN("the record names a voice call and its length")
                {
                    CHECK(end.events[0].fields == json{{"contact", "minh"}, {"video", false}, {"by", "me"}});
                    CHECK(last_message(phone, "minh").text == "Cuộc gọi thoại · 1 phút 3 giây");
                    CHECK(last_message(phone, "minh").time == "19:31");
                    CHECK_FALSE(last_message(phone, "minh").call_video);
                    const ElementTree thread = phone.elements();
                    const Element* record = find_element(
                        thread, "chat.message." + std::to_string(phone.world().chats.front().messages.size() - 1));
                    REQUIRE(record != nullptr);
                    CHECK(record->icon == "phone");
                }
            }
        }
    }

    GIVEN("a contact who never answers (\"answers\": false)")
    {
        Phone phone(test_world());
        open_chat_with(phone, "hoa");
        must_accept(phone, Action::tap("chat.header.video_call"));
        WHEN("it has rung for just under 30 s")
        {
            const std::vector<Event> events = phone.advance(29'900);
            THEN("it still rings")
            {
                CHECK(events.empty());
                CHECK(phone.screen_id() == "call.ringing");
            }
            AND_WHEN("the 30th second passes")
            {
                const std::vector<Event> more = phone.advance(100);
                THEN("the call stops as unanswered and the chat shows it")
                {
                    REQUIRE(names(more) == std::vector<std::string>{"call.unanswered"});
                    CHECK(more[0].fields == json{{"contact", "hoa"}, {"video", true}});
                    CHECK_FALSE(phone.call().has_value());
                    CHECK(phone.screen_id() == "chat.thread");
                    CHECK(phone.screen().param == "hoa");
                    CHECK(last_message(phone, "hoa").text == "Cuộc gọi video · Không trả lời");
                    CHECK(last_message(phone, "hoa").call_record);
                    CHECK(last_message(phone, "hoa").call_video);
                }
            }
        }
        WHEN("one long wait covers the whole ringing")
        {
            const ActionResult r = must_accept(phone, Action::wait(60'000));
            THEN("the wait action reports the event it caused")
            {
                CHECK(names(r.events) == std::vector<std::string>{"call.unanswered"});
                CHECK(phone.clock().now_ms() == 60'000);
            }
        }
    }

    GIVEN("a contact who hangs up after 10 s (\"hangs_up_after_s\": 10)")
    {
        Phone phone(test_world());
        open_chat_with(phone, "su");
        must_accept(phone, Action::tap("chat.header.voice_call"));
        WHEN("time passes")
        {
            const std::vector<Event> events = phone.advance(20'000);
            THEN("Sử answers after 2 s and ends the call himself 10 s later")
            {
                REQUIRE(names(events) == std::vector<std::string>{"call.answered", "call.ended"});
                CHECK(events[1].fields == json{{"contact", "su"}, {"video", false}, {"by", "them"}});
                CHECK(last_message(phone, "su").text == "Cuộc gọi thoại · 10 giây");
                CHECK(phone.screen_id() == "chat.thread");
            }
        }
    }
}

SCENARIO("a call from the phone app's contact list", "[phone]")
{
    GIVEN("the phone app is open")
    {
        Phone phone(test_world());
        must_accept(phone, Action::swipe(SwipeDirection::Up));
        const ActionResult r = must_accept(phone, Action::tap("home.app.phone"));
        CHECK(r.events[0].fields == json{{"app", "phone"}});
        REQUIRE(phone.screen_id() == "phone.contacts");
        CHECK(element(phone, "phone.contact.hoa").detail.empty());
        CHECK_FALSE(element(phone, "phone.contact.hoa").tappable); // the row; its green button calls
        WHEN("the learner taps the call button next to Minh")
        {
            const ActionResult call = must_accept(phone, Action::tap("phone.contact.minh.call"));
            THEN("a voice call to Minh rings")
            {
                CHECK(call.events[0].fields == json{{"contact", "minh"}, {"video", false}});
                CHECK(phone.screen_id() == "call.ringing");
            }
            AND_WHEN("it is ended")
            {
                must_accept(phone, Action::tap("call.end"));
                THEN("the contact list is back and the record is in Minh's chat")
                {
                    CHECK(phone.screen_id() == "phone.contacts");
                    CHECK(last_message(phone, "minh").text == "Cuộc gọi thoại · Không trả lời");
                }
            }
        }
        WHEN("the learner presses home")
        {
            must_accept(phone, Action::home());
            THEN("the home screen shows and back has nowhere to go")
            {
                CHECK(phone.screen_id() == "home");
                CHECK_FALSE(phone.apply(Action::back()).accepted);
            }
        }
    }
}

SCENARIO("typing and sending a message", "[phone]")
{
    GIVEN("Minh's chat is open")
    {
        Phone phone(test_world());
        open_chat_with(phone, "minh");
        CHECK_FALSE(phone.input_focused());

        WHEN("the learner types before tapping the field")
        {
            const ActionResult typed = phone.apply(Action::type("Ông đây"));
            const ActionResult key = phone.apply(Action::key("enter"));
            THEN("nothing is typed")
            {
                CHECK(typed.reason == "no text field is selected; tap one first");
                CHECK(key.reason == "no text field is selected; tap one first");
                CHECK(phone.draft().empty());
            }
        }
        WHEN("the learner taps the field and types Vietnamese text")
        {
            must_accept(phone, Action::tap("chat.input"));
            CHECK(phone.input_focused());
            CHECK(element(phone, "chat.input").active);
            CHECK(element(phone, "chat.input").detail == "Nhập tin nhắn");
            must_accept(phone, Action::type("Ông nhớ"));
            THEN("the field shows it")
            {
                CHECK(element(phone, "chat.input").label == "Ông nhớ");
            }
            AND_WHEN("backspace is pressed after a three-byte character")
            {
                must_accept(phone, Action::key("backspace"));
                THEN("the whole character goes, not one byte of it")
                {
                    CHECK(phone.draft() == "Ông nh");
                    for (int i = 0; i < 5; ++i)
                        must_accept(phone, Action::key("backspace"));
                    CHECK(phone.draft() == "Ô"); // two bytes in UTF-8
                    must_accept(phone, Action::key("backspace"));
                    CHECK(phone.draft().empty());
                    must_accept(phone, Action::key("backspace")); // on empty text: harmless
                    CHECK(phone.draft().empty());
                }
            }
            AND_WHEN("the rest is typed and enter is pressed")
            {
                must_accept(phone, Action::type(" cháu lắm!"));
                const ActionResult sent = must_accept(phone, Action::key("enter"));
                THEN("the message is sent, shown as the learner's, and the field is empty")
                {
                    // What was typed, as sent (text.entered), then the message.
                    REQUIRE(sent.events.size() == 2);
                    CHECK(sent.events[0].name == "text.entered");
                    CHECK(sent.events[0].fields ==
                          json{{"field", "chat.input"}, {"length", 17}, {"text", "Ông nhớ cháu lắm!"}});
                    CHECK(sent.events[1].name == "message.sent");
                    CHECK(sent.events[1].fields ==
                          json{{"to", "minh"}, {"kind", "text"}, {"text", "Ông nhớ cháu lắm!"}});
                    CHECK(phone.draft().empty());
                    const ChatMessage& m = last_message(phone, "minh");
                    CHECK(m.from == "me");
                    CHECK(m.text == "Ông nhớ cháu lắm!");
                    CHECK_FALSE(m.call_record);
                    CHECK(element(phone, "chat.message.2").active);
                    CHECK(phone.input_focused()); // ready for the next message
                }
                AND_THEN("enter or the send button on an empty field sends nothing")
                {
                    CHECK(must_accept(phone, Action::key("enter")).events.empty());
                    CHECK(must_accept(phone, Action::tap("chat.send")).events.empty());
                    CHECK(phone.world().chats.front().messages.size() == 3);
                }
            }
            AND_WHEN("the send button is tapped")
            {
                const ActionResult sent = must_accept(phone, Action::tap("chat.send"));
                THEN("it sends like enter does")
                {
                    REQUIRE(sent.events.size() == 2); // what was typed, as sent; then the message
                    CHECK(sent.events[0].fields == json{{"field", "chat.input"}, {"length", 7}, {"text", "Ông nhớ"}});
                    CHECK(sent.events[1].fields == json{{"to", "minh"}, {"kind", "text"}, {"text", "Ông nhớ"}});
                }
            }
            AND_WHEN("the learner leaves the chat")
            {
                must_accept(phone, Action::back());
                THEN("the field loses focus and typing is refused")
                {
                    CHECK_FALSE(phone.input_focused());
                    CHECK_FALSE(phone.apply(Action::type("x")).accepted);
                }
            }
        }
    }
}

TEST_CASE("the clock shown on the phone follows simulated time", "[phone]")
{
    World w = test_world();
    w.start_minutes = 23 * 60 + 59;
    Phone phone(w);
    CHECK(phone.time_text() == "23:59");
    CHECK(phone.advance(59'999).empty());
    CHECK(phone.time_text() == "23:59");
    phone.advance(1);
    CHECK(phone.time_text() == "00:00");
    CHECK(element(phone, "status.bar").label == "00:00");
    CHECK(element(phone, "status.bar").detail == "76%");
    phone.advance(-5'000); // time never runs backwards
    CHECK(phone.clock().now_ms() == 60'000);
}

namespace {

// Visits every screen (and the states that change a screen's layout) and hands each
// to `visit`, named for failure messages.
void for_each_screen(const World& world, const std::function<void(const std::string&, const Phone&)>& visit)
{
    Phone phone(world);
    visit("lock", phone);
    must_accept(phone, Action::swipe(SwipeDirection::Up));
    visit("home", phone);
    must_accept(phone, Action::tap("home.app.phone"));
    visit("contacts", phone);
    must_accept(phone, Action::home());
    must_accept(phone, Action::tap("home.app.chat"));
    visit("chat list", phone);
    for (const Person& p : world.contacts) {
        if (!shows(phone, "chat.list.item." + p.id))
            continue; // below the bottom of the list
        must_accept(phone, Action::tap("chat.list.item." + p.id));
        must_accept(phone, Action::tap("chat.input"));
        must_accept(phone, Action::type("Một tin nhắn khá dài để xem bong bóng có nằm gọn trong màn hình không"));
        visit("chat thread " + p.id, phone);
        for (const char* kind : {"chat.header.voice_call", "chat.header.video_call"}) {
            must_accept(phone, Action::tap(kind));
            visit(std::string(kind) + " ringing " + p.id, phone);
            phone.advance(static_cast<std::int64_t>(p.answers_after_s) * 1000);
            if (phone.screen_id() == "call.active") {
                visit(std::string(kind) + " active " + p.id, phone);
                must_accept(phone, Action::tap("call.mute"));
                if (shows(phone, "call.camera"))
                    must_accept(phone, Action::tap("call.camera"));
                visit(std::string(kind) + " active, muted, camera off " + p.id, phone);
            }
            must_accept(phone, Action::tap("call.end"));
        }
        must_accept(phone, Action::back());
    }
}

World crowded_world()
{
    // More people than fit on one screen, and a chat longer than the screen.
    World w = test_world();
    for (int i = 0; i < 12; ++i)
        w.contacts.push_back(person("nguoi-" + std::to_string(i), "Người thứ " + std::to_string(i)));
    Chat long_chat{.with = "hoa"};
    for (int i = 0; i < 40; ++i)
        long_chat.messages.push_back(
            {.from = i % 2 ? "me" : "hoa",
             .text = i % 5 ? "Vâng ạ" : "Bố nhớ uống thuốc đúng giờ, ăn uống đầy đủ và đi ngủ sớm nhé bố.",
             .time = "12:15"});
    w.chats.push_back(long_chat);
    return w;
}

} // namespace

TEST_CASE("every element fits the 360 x 780 screen and every target is at least 48 x 48 dp", "[phone][layout]")
{
    for (const World& world : {test_world(), crowded_world()}) {
        int screens = 0;
        for_each_screen(world, [&](const std::string& name, const Phone& phone) {
            ++screens;
            const ElementTree tree = phone.elements();
            INFO("screen: " << name);
            REQUIRE_FALSE(tree.empty());
            std::set<std::string> ids;
            for (const Element& e : tree) {
                INFO("element " << e.id << " at " << e.bounds.x << "," << e.bounds.y << " " << e.bounds.w << "x"
                                << e.bounds.h);
                CHECK(ids.insert(e.id).second); // ids are unique on a screen
                CHECK(e.bounds.x >= 0.0F);
                CHECK(e.bounds.y >= 0.0F);
                CHECK(e.bounds.x + e.bounds.w <= phone_width_dp);
                CHECK(e.bounds.y + e.bounds.h <= phone_height_dp);
                CHECK(e.text_dp >= 16.0F); // large text for older eyes
                if (e.tappable) {
                    // The keyboard's letter keys are as on a real phone: ten must fit a row.
                    CHECK(e.bounds.w >= (e.role == Role::Key ? 36.0F : min_target_dp));
                    CHECK(e.bounds.h >= min_target_dp);
                    // The centre of every target reaches it: nothing tappable covers it.
                    const Element* hit = hit_test(tree, e.bounds.center_x(), e.bounds.center_y());
                    REQUIRE(hit != nullptr);
                    CHECK(hit->id == e.id);
                }
            }
            // Two targets never share a point: a tap always means one thing.
            for (std::size_t i = 0; i < tree.size(); ++i)
                for (std::size_t k = i + 1; k < tree.size(); ++k) {
                    const Rect& a = tree[i].bounds;
                    const Rect& b = tree[k].bounds;
                    if (!tree[i].tappable || !tree[k].tappable)
                        continue;
                    INFO(tree[i].id << " and " << tree[k].id);
                    CHECK((a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y));
                }
            CHECK(find_element(tree, "status.bar") != nullptr);
        });
        CHECK(screens >= 21);
    }
}

TEST_CASE("lists and chats longer than the screen are cut and not drawn off it", "[phone][layout]")
{
    Phone phone(crowded_world());
    must_accept(phone, Action::swipe(SwipeDirection::Up));
    must_accept(phone, Action::tap("home.app.chat"));
    const ElementTree list = phone.elements();
    const auto rows = std::count_if(list.begin(), list.end(),
                                    [](const Element& e) { return e.role == Role::ListItem; });
    CHECK(rows == 6); // 88 dp rows between the header and the "swipe up for more" note
    CHECK(element(phone, "chat.list.more").label == "Vuốt lên để xem thêm");
    must_accept(phone, Action::tap("chat.list.item.hoa"));
    const ElementTree chat = phone.elements();
    CHECK(find_element(chat, "chat.message.39") != nullptr); // the newest is shown
    CHECK(find_element(chat, "chat.message.0") == nullptr);  // the oldest scrolled off
}

SCENARIO("a list longer than the screen scrolls with a swipe", "[phone][scroll]")
{
    GIVEN("the chats list of a phone with more chats than fit (15: everyone has one)")
    {
        const World world = crowded_world();
        Phone phone(world);
        must_accept(phone, Action::swipe(SwipeDirection::Up));
        must_accept(phone, Action::tap("home.app.chat"));
        auto first_row = [&] {
            for (const Element& e : phone.elements())
                if (e.role == Role::ListItem)
                    return e;
            FAIL("no rows");
            return Element{};
        };
        REQUIRE(first_row().id == "chat.list.item.minh");
        REQUIRE_FALSE(shows(phone, "chat.list.item.nguoi-11")); // the last chat is below the fold
        CHECK(shows(phone, "chat.list.more"));
        CHECK(Phone::publishable_ids(world).count("chat.list.item.nguoi-11") == 1); // a lesson may name it

        WHEN("the learner swipes up")
        {
            const ActionResult r = must_accept(phone, Action::swipe(SwipeDirection::Up));
            THEN("the list moves up by whole rows, and the phone says it scrolled")
            {
                REQUIRE(r.events.size() == 1);
                CHECK(r.events[0].name == "screen.scrolled");
                CHECK(r.events[0].fields == json{{"view", "chat.list"}, {"direction", "up"}});
                CHECK_FALSE(shows(phone, "chat.list.item.minh"));
                const Element top = first_row();
                CHECK(top.id == "chat.list.item.nguoi-1"); // the fifth chat, right under the header
                CHECK(top.bounds.y == status_bar_dp + 64);
                CHECK(shows(phone, "chat.list.more"));
            }
            AND_WHEN("the learner swipes up until the end, and once more, then down")
            {
                int swipes = 1;
                while (must_accept(phone, Action::swipe(SwipeDirection::Up)).events.size() == 1)
                    REQUIRE(++swipes < 10);
                THEN("the last chat shows, the note has gone, and down goes back towards the top")
                {
                    CHECK(swipes == 3); // 15 rows, 6 at a time, 4 more a swipe
                    CHECK(shows(phone, "chat.list.item.nguoi-11"));
                    CHECK_FALSE(shows(phone, "chat.list.more"));
                    const ActionResult down = must_accept(phone, Action::swipe(SwipeDirection::Down));
                    REQUIRE(down.events.size() == 1);
                    CHECK(down.events[0].fields == json{{"view", "chat.list"}, {"direction", "down"}});
                    must_accept(phone, Action::swipe(SwipeDirection::Down));
                    must_accept(phone, Action::swipe(SwipeDirection::Down));
                    CHECK(first_row().id == "chat.list.item.minh");
                }
            }
            AND_WHEN("a chat further down is opened, and the app opened again later")
            {
                must_accept(phone, Action::tap("chat.list.item.nguoi-4"));
                CHECK(phone.screen_params() == json{{"contact", "nguoi-4"}});
                must_accept(phone, Action::home());
                must_accept(phone, Action::tap("home.app.chat"));
                THEN("the list starts at the top again")
                {
                    CHECK(first_row().id == "chat.list.item.minh");
                }
            }
        }
        WHEN("the learner swipes sideways")
        {
            THEN("nothing scrolls")
            {
                CHECK(must_accept(phone, Action::swipe(SwipeDirection::Left)).events.empty());
                CHECK(first_row().id == "chat.list.item.minh");
            }
        }
    }
    GIVEN("a gallery with more photos than fit above the send button")
    {
        World world = test_world();
        for (int i = 0; i < 9; ++i)
            world.gallery.push_back({"anh-" + std::to_string(i), "Ảnh " + std::to_string(i), "field"});
        Phone phone(world);
        open_chat_with(phone, "minh");
        must_accept(phone, Action::tap("chat.attach"));
        CHECK(shows(phone, "chat.gallery.photo.anh-5"));
        CHECK_FALSE(shows(phone, "chat.gallery.photo.anh-6"));
        CHECK(shows(phone, "chat.gallery.more"));
        WHEN("the learner swipes up and picks the last photo")
        {
            const ActionResult r = must_accept(phone, Action::swipe(SwipeDirection::Up));
            must_accept(phone, Action::tap("chat.gallery.photo.anh-8"));
            THEN("it scrolled and the photo is chosen; the send button stayed in place")
            {
                REQUIRE(r.events.size() == 1);
                CHECK(r.events[0].fields == json{{"view", "chat.gallery"}, {"direction", "up"}});
                CHECK(element(phone, "chat.gallery.photo.anh-8").active);
                const Element send = element(phone, "chat.gallery.send");
                CHECK(send.label == "Gửi ảnh");
                for (const Element& e : phone.elements())
                    if (e.role == Role::Image)
                        CHECK(e.bounds.y + e.bounds.h <= send.bounds.y);
            }
        }
    }
}

SCENARIO("a long press on a message shows the reactions", "[phone][long-press]")
{
    GIVEN("Minh's chat is open")
    {
        Phone phone(test_world());
        open_chat_with(phone, "minh");
        WHEN("the learner holds a finger on Minh's last message")
        {
            const ActionResult r = must_accept(phone, Action::long_press("chat.message.1"));
            THEN("the reactions show above it")
            {
                REQUIRE(r.events.size() == 1);
                CHECK(r.events[0].name == "message.held");
                CHECK(r.events[0].fields == json{{"chat", "minh"}, {"message", 1}});
                const Element bar = element(phone, "chat.reactions");
                CHECK(bar.bounds.y + bar.bounds.h <= element(phone, "chat.message.1").bounds.y);
                CHECK(element(phone, "chat.reaction.heart").label == "Thả tim");
                CHECK(element(phone, "chat.reaction.ok").label == "Thích");
            }
            AND_WHEN("the learner taps the heart")
            {
                const ActionResult reacted = must_accept(phone, Action::tap("chat.reaction.heart"));
                THEN("the message carries a heart, and the reactions close")
                {
                    REQUIRE(reacted.events.size() == 1);
                    CHECK(reacted.events[0].name == "message.reacted");
                    CHECK(reacted.events[0].fields == json{{"chat", "minh"}, {"message", 1}, {"reaction", "heart"}});
                    CHECK(phone.world().chats.front().messages[1].reaction == "heart");
                    CHECK(element(phone, "chat.message.1.reaction").icon == "sticker:heart");
                    CHECK_FALSE(shows(phone, "chat.reactions"));
                }
            }
            AND_WHEN("the learner taps somewhere else, such as the video-call button")
            {
                const ActionResult other = must_accept(phone, Action::tap("chat.header.video_call"));
                THEN("the reactions close and nothing else happens")
                {
                    CHECK(other.events.empty());
                    CHECK_FALSE(shows(phone, "chat.reactions"));
                    CHECK(phone.screen_id() == "chat.thread");
                    CHECK(phone.world().chats.front().messages[1].reaction.empty());
                }
            }
        }
        WHEN("a message is only tapped")
        {
            const ActionResult r = must_accept(phone, Action::tap("chat.message.0"));
            THEN("nothing opens")
            {
                CHECK(r.events.empty());
                CHECK_FALSE(shows(phone, "chat.reactions"));
            }
        }
    }
    GIVEN("a long press where it means nothing special")
    {
        Phone phone(test_world());
        must_accept(phone, Action::swipe(SwipeDirection::Up));
        THEN("it is a tap, as on a real phone; a missing element is refused with the reason")
        {
            const ActionResult r = must_accept(phone, Action::long_press("home.app.chat"));
            CHECK(names(r.events) == std::vector<std::string>{"app.opened"});
            CHECK(phone.screen_id() == "chat.list");
            const ActionResult missing = phone.apply(Action::long_press("chat.reaction.heart"));
            CHECK_FALSE(missing.accepted);
            CHECK(missing.reason == "\"chat.reaction.heart\" is not on the screen (chat.list)");
        }
    }
}

SCENARIO("typing says what the field holds, so that a step can wait for a word", "[phone][typing]")
{
    GIVEN("Minh's chat is open")
    {
        Phone phone(test_world());
        open_chat_with(phone, "minh");
        WHEN("the learner taps the field")
        {
            const ActionResult r = must_accept(phone, Action::tap("chat.input"));
            THEN("the phone says which field has the keyboard")
            {
                REQUIRE(r.events.size() == 1);
                CHECK(r.events[0].name == "field.focused");
                CHECK(r.events[0].fields == json{{"field", "chat.input"}});
            }
            AND_WHEN("Telex keys are typed one by one, then one is taken back")
            {
                std::vector<std::string> texts;
                for (const char* key : {"C", "h", "a", "o", "f"})
                    for (const Event& e : must_accept(phone, Action::type(key)).events) {
                        CHECK(e.name == "text.changed");
                        CHECK(e.fields.at("field") == "chat.input");
                        texts.push_back(e.fields.at("text").get<std::string>());
                    }
                const ActionResult back = must_accept(phone, Action::key("backspace"));
                THEN("each key tells the whole text as composed")
                {
                    CHECK(texts == std::vector<std::string>{"C", "Ch", "Cha", "Chao", "Chào"});
                    REQUIRE(back.events.size() == 1);
                    CHECK(back.events[0].fields == json{{"field", "chat.input"}, {"text", "Chà"}, {"length", 3}});
                }
            }
            AND_WHEN("the on-screen shift key is tapped before a letter key, then another letter")
            {
                must_accept(phone, Action::tap("keyboard.shift"));
                CHECK(element(phone, "keyboard.key.c").label == "C");
                must_accept(phone, Action::tap("keyboard.key.c"));
                must_accept(phone, Action::tap("keyboard.key.h"));
                THEN("only the first is a capital: shift lets go after one letter")
                {
                    CHECK(phone.draft() == "Ch");
                    CHECK(element(phone, "keyboard.key.a").label == "a");
                    CHECK_FALSE(element(phone, "keyboard.shift").active);
                }
            }
            AND_WHEN("a key changes nothing (backspace on an empty field)")
            {
                THEN("nothing is told")
                {
                    CHECK(must_accept(phone, Action::key("backspace")).events.empty());
                }
            }
        }
    }
}

TEST_CASE("publishable_ids lists every id a screen can show in the world", "[phone]")
{
    const World world = test_world();
    const std::set<std::string> ids = Phone::publishable_ids(world);
    for (const char* id : {"status.bar",
                           "nav.bar",
                           "nav.back",
                           "nav.home",
                           "lock.unlock",
                           "lock.time",
                           "home.app.chat",
                           "home.app.phone",
                           "chat.list.item.minh",
                           "chat.list.item.hoa",
                           "chat.list.item.su",
                           "chat.header",
                           "chat.header.back",
                           "chat.header.voice_call",
                           "chat.header.video_call",
                           "chat.input",
                           "chat.send",
                           "chat.message.0",
                           "chat.message.1",
                           "phone.contact.minh",
                           "phone.contact.minh.call",
                           "phone.contact.su.call",
                           "call.end",
                           "call.mute",
                           "call.camera",
                           "call.switch_camera",
                           "call.self_view",
                           "call.remote_video",
                           "call.self_preview",
                           "call.contact.picture",
                           "call.contact.name",
                           "call.status"}) {
        INFO(id);
        CHECK(ids.count(id) == 1);
    }
    for (const char* id :
         {"chat.list.item.nobody", "phone.contact.nobody.call", "call.answer", "chat.message.2", "home.app.bank", ""}) {
        INFO(id);
        CHECK(ids.count(id) == 0);
    }
    // Everything a walk through the phone meets (but messages written during the walk).
    for_each_screen(world, [&](const std::string& name, const Phone& phone) {
        for (const Element& e : phone.elements()) {
            if (e.id.rfind("chat.message.", 0) == 0)
                continue;
            INFO(name << ": " << e.id);
            CHECK(ids.count(e.id) == 1);
        }
    });
}

TEST_CASE("hit_test finds the topmost tappable element under a point", "[phone]")
{
    Phone phone(test_world());
    CHECK(hit_test(phone.elements(), 180, 620)->id == "lock.unlock");
    CHECK(hit_test(phone.elements(), 180, 150) == nullptr); // the clock is not a target
    must_accept(phone, Action::swipe(SwipeDirection::Up));
    const ElementTree home = phone.elements();
    const Element& chat = *find_element(home, "home.app.chat");
    CHECK(hit_test(home, chat.bounds.center_x(), chat.bounds.center_y())->id == "home.app.chat");
    CHECK(hit_test(home, chat.bounds.x, chat.bounds.y)->id == "home.app.chat");   // edges are inside
    CHECK(hit_test(home, chat.bounds.x + chat.bounds.w, chat.bounds.y) != &chat); // the far edge is not
    CHECK(hit_test(home, 180, 750)->id == "nav.home");
    CHECK(hit_test(home, -1, 300) == nullptr);
    CHECK(hit_test(home, 180, 800) == nullptr);

    open_chat_with(phone, "minh");
    const ElementTree thread = phone.elements();
    CHECK(hit_test(thread, 26, 64)->id == "chat.header.back"); // the back arrow, drawn over the header
    CHECK(hit_test(thread, 150, 64) == nullptr);               // the header itself is not a target
    CHECK(hit_test(thread, 334, 64)->id == "chat.header.menu");
    CHECK(hit_test(thread, 286, 64)->id == "chat.header.video_call");
    CHECK(hit_test(thread, 238, 64)->id == "chat.header.voice_call");
    CHECK(hit_test(thread, 100, 690)->id == "chat.input");
    CHECK(hit_test(thread, 328, 692)->id == "chat.voice"); // an empty field: the microphone
    must_accept(phone, Action::tap("chat.input"));
    must_accept(phone, Action::type("a"));
    const ElementTree typing = phone.elements();
    const Element* send = find_element(typing, "chat.send");
    REQUIRE(send != nullptr);
    CHECK(hit_test(typing, send->bounds.center_x(), send->bounds.center_y())->id == "chat.send");
    CHECK(hit_test({}, 10, 10) == nullptr);
}
