// Chats that answer back: the world's chat scripts (the other side writes, each line a
// few seconds after the one before, on the phone's clock), suggested replies where the
// conversation forks, a typed answer, and reporting and blocking a contact from the
// chat's menu; their screens keep the phone's layout rules at every text size.
#include "phone/phone.h"
#include "phone/service_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace luyenso;
using namespace luyenso::service_test;
using nlohmann::json;

namespace {

// Dung's account asks to borrow money (at 2 s, its line 1 s later); the learner answers
// "call first" (Dung's side refuses, two lines) or "what for" (a story, then a fork again),
// or types (the story). Minh is in the world too, without a script.
World scripted_world()
{
    World w;
    w.owner.name = "Vàng A Chứ";
    Person dung;
    dung.id = "dung";
    dung.name = "Bà Dung";
    Person minh;
    minh.id = "minh";
    minh.name = "Cháu Minh";
    w.contacts = {dung, minh};
    ChatScript s;
    s.chat = "dung";
    s.at_s = 2;
    s.turns = {
        {"xin-tien",
         {{1, "Ông chuyển gấp giúp tôi 3 triệu nhé."}},
         {{"goi-truoc", "Để tôi gọi điện cho bà đã.", "khong-cho-goi"},
          {"hoi-ly-do", "Bà cần tiền làm gì?", "bia-chuyen"},
          {"dong-y", "Được, tôi chuyển ngay.", ""}},
         "bia-chuyen"},
        {"khong-cho-goi", {{3, "Đừng gọi, tôi không nghe được."}, {2, "Ông chuyển nhanh lên!"}}, {}, ""},
        {"bia-chuyen", {{4, "Cháu tôi bị tai nạn."}}, {{"van-goi", "Tôi vẫn gọi hỏi bà đã.", "khong-cho-goi"}}, ""},
    };
    w.chat_scripts = {s};
    return w;
}

const std::vector<ChatMessage>& messages(const Phone& phone, const std::string& contact)
{
    const Chat* chat = phone.world().chat(contact);
    REQUIRE(chat != nullptr);
    return chat->messages;
}

std::vector<std::string> texts(const Phone& phone, const std::string& contact)
{
    std::vector<std::string> out;
    for (const ChatMessage& m : messages(phone, contact))
        out.push_back(m.from + ": " + m.text);
    return out;
}

// Unlocked, in Dung's chat, her first message arrived.
void open_dung(Phone& phone)
{
    must(phone, Action::swipe(SwipeDirection::Up));
    must(phone, Action::tap("home.app.chat"));
    must(phone, Action::tap("chat.list.item.dung"));
    const auto arrived = phone.advance(3'000);
    REQUIRE(names(arrived) == std::vector<std::string>{"message.received"});
}

} // namespace

TEST_CASE("a chat script: the first turn comes at its time, its replies show once it has arrived", "[phone][chat]")
{
    Phone phone(scripted_world());
    CHECK(phone.advance(2'900).empty()); // at 2 s + 1 s
    const auto arrived = phone.advance(100);
    REQUIRE(names(arrived) == std::vector<std::string>{"message.received"});
    CHECK(arrived[0].fields == json{{"from", "dung"}, {"chat", "dung"}});
    CHECK(texts(phone, "dung") == std::vector<std::string>{"dung: Ông chuyển gấp giúp tôi 3 triệu nhé."});
    CHECK(phone.world().chat("dung")->unread == 1);
    CHECK(phone.notification().has_value());

    must(phone, Action::swipe(SwipeDirection::Up));
    must(phone, Action::tap("home.app.chat"));
    must(phone, Action::tap("chat.list.item.dung"));
    CHECK(element(phone, "chat.replies.title").label == "Bấm một câu để trả lời:");
    const Element first = element(phone, "chat.choice.goi-truoc");
    const Element second = element(phone, "chat.choice.hoi-ly-do");
    const Element third = element(phone, "chat.choice.dong-y");
    CHECK(first.label == "Để tôi gọi điện cho bà đã.");
    CHECK(first.tappable);
    // One under the other, above the input bar, the newest message above them all.
    CHECK(first.bounds.y + first.bounds.h <= second.bounds.y);
    CHECK(second.bounds.y + second.bounds.h <= third.bounds.y);
    CHECK(third.bounds.y + third.bounds.h <= element(phone, "chat.input").bounds.y);
    const Element bubble = element(phone, "chat.message.0");
    CHECK(bubble.bounds.y + bubble.bounds.h <= element(phone, "chat.replies").bounds.y);
    // A chat without a script has no replies.
    must(phone, Action::tap("chat.header.back"));
    must(phone, Action::tap("chat.list.item.minh"));
    CHECK_FALSE(shows(phone, "chat.replies"));
    CHECK_FALSE(shows(phone, "chat.choice.goi-truoc"));
}

TEST_CASE("a chat script's forks: each suggested reply leads to its own turn", "[phone][chat]")
{
    Phone phone(scripted_world());
    open_dung(phone);

    SECTION("call first: the other side refuses, line by line on the clock")
    {
        const ActionResult r = must(phone, Action::tap("chat.choice.goi-truoc"));
        CHECK(names(r.events) == std::vector<std::string>{"message.sent", "chat.reply_chosen"});
        CHECK(r.events[0].fields == json{{"to", "dung"}, {"kind", "text"}, {"text", "Để tôi gọi điện cho bà đã."}});
        CHECK(r.events[1].fields ==
              json{{"chat", "dung"}, {"turn", "xin-tien"}, {"choice", "goi-truoc"}, {"typed", false}});
        // While the other side writes: no replies, and the header says so.
        CHECK_FALSE(shows(phone, "chat.choice.goi-truoc"));
        CHECK_FALSE(shows(phone, "chat.replies"));
        CHECK(element(phone, "chat.header").detail == "Đang soạn tin nhắn…");
        CHECK(phone.apply(Action::tap("chat.choice.goi-truoc")).accepted == false); // gone: refused
        CHECK(phone.advance(2'900).empty());
        CHECK(names(phone.advance(100)) == std::vector<std::string>{"message.received"});
        CHECK(phone.advance(1'900).empty());
        CHECK(names(phone.advance(100)) == std::vector<std::string>{"message.received"});
        CHECK(texts(phone, "dung") ==
              std::vector<std::string>{"dung: Ông chuyển gấp giúp tôi 3 triệu nhé.", "me: Để tôi gọi điện cho bà đã.",
                                       "dung: Đừng gọi, tôi không nghe được.", "dung: Ông chuyển nhanh lên!"});
        CHECK(phone.world().chat("dung")->unread == 0); // read as it came: the learner was in the chat
        // The last turn has no replies: the conversation is over.
        CHECK(element(phone, "chat.header").detail == "Vừa truy cập");
        CHECK_FALSE(shows(phone, "chat.replies"));
        CHECK(phone.advance(60'000).empty());
    }
    SECTION("what for: a story, then a fork again")
    {
        must(phone, Action::tap("chat.choice.hoi-ly-do"));
        CHECK_FALSE(shows(phone, "chat.choice.van-goi"));
        phone.advance(4'000);
        CHECK(messages(phone, "dung").back().text == "Cháu tôi bị tai nạn.");
        CHECK_FALSE(shows(phone, "chat.choice.goi-truoc")); // the first turn's replies are gone
        const ActionResult r = must(phone, Action::tap("chat.choice.van-goi"));
        const Event* chosen = find_event(r.events, "chat.reply_chosen");
        REQUIRE(chosen);
        CHECK(chosen->fields["turn"] == "bia-chuyen");
        CHECK(chosen->fields["choice"] == "van-goi");
        phone.advance(5'000);
        CHECK(messages(phone, "dung").back().text == "Ông chuyển nhanh lên!");
    }
    SECTION("agree: a reply without a next turn ends the conversation, nothing more is written")
    {
        const ActionResult r = must(phone, Action::tap("chat.choice.dong-y"));
        CHECK(find_event(r.events, "chat.reply_chosen")->fields["choice"] == "dong-y");
        CHECK(phone.advance(60'000).empty());
        CHECK(messages(phone, "dung").back().text == "Được, tôi chuyển ngay.");
        CHECK_FALSE(shows(phone, "chat.replies"));
    }
    SECTION("a typed message answers a turn that takes one")
    {
        must(phone, Action::tap("chat.input"));
        CHECK_FALSE(shows(phone, "chat.replies")); // the keyboard is up: the replies make room
        must(phone, Action::type("Ai day"));
        const ActionResult r = must(phone, Action::key("enter"));
        const Event* chosen = find_event(r.events, "chat.reply_chosen");
        REQUIRE(chosen);
        CHECK(chosen->fields == json{{"chat", "dung"}, {"turn", "xin-tien"}, {"choice", ""}, {"typed", true}});
        CHECK_FALSE(phone.input_focused()); // the keyboard goes down to show the answer
        phone.advance(4'000);
        CHECK(messages(phone, "dung").back().text == "Cháu tôi bị tai nạn.");
        AND_THEN("a typed message to a turn that takes none is only a message")
        {
            must(phone, Action::tap("chat.input"));
            must(phone, Action::type("Vang"));
            const ActionResult plain = must(phone, Action::key("enter"));
            CHECK(find_event(plain.events, "chat.reply_chosen") == nullptr);
            CHECK(find_event(plain.events, "message.sent") != nullptr);
            phone.apply(Action::back());                // the keyboard goes
            CHECK(shows(phone, "chat.choice.van-goi")); // still waiting for a reply
        }
    }
}

TEST_CASE("a chat's menu: report a contact, with a reason", "[phone][chat]")
{
    Phone phone(scripted_world());
    open_dung(phone);
    CHECK(element(phone, "chat.header.menu").label == "Tùy chọn");
    CHECK_FALSE(shows(phone, "chat.menu"));
    ActionResult r = must(phone, Action::tap("chat.header.menu"));
    CHECK(names(r.events) == std::vector<std::string>{"chat.menu_opened"});
    CHECK(r.events[0].fields == json{{"contact", "dung"}});
    CHECK(element(phone, "chat.menu.report").label == "Báo cáo");
    CHECK(element(phone, "chat.menu.block").label == "Chặn");

    SECTION("a tap elsewhere closes the menu and does nothing else")
    {
        r = must(phone, Action::tap("chat.choice.goi-truoc"));
        CHECK(r.events.empty());
        CHECK_FALSE(shows(phone, "chat.menu"));
        CHECK(messages(phone, "dung").size() == 1);
    }
    SECTION("report: the reasons, one tap sends it, back in the chat")
    {
        must(phone, Action::tap("chat.menu.report"));
        CHECK(phone.screen() == Screen{"chat.report", "dung"});
        CHECK(element(phone, "chat.report.question").label == "Vì sao bác báo cáo Bà Dung?");
        CHECK(element(phone, "chat.report.reason.hacked").label == "Tài khoản bị người khác chiếm");
        CHECK(element(phone, "chat.report.note").label == "Bà Dung sẽ không biết bác đã báo cáo.");
        for (const char* id : {"scam", "spam", "other"})
            CHECK(shows(phone, std::string("chat.report.reason.") + id));
        SECTION("back: nothing is reported")
        {
            CHECK(must(phone, Action::tap("chat.report.back")).events.empty());
            CHECK(phone.screen() == Screen{"chat.thread", "dung"});
            CHECK(phone.world().chat("dung")->reported.empty());
        }
        SECTION("a reason")
        {
            r = must(phone, Action::tap("chat.report.reason.hacked"));
            CHECK(names(r.events) == std::vector<std::string>{"chat.contact_reported"});
            CHECK(r.events[0].fields == json{{"contact", "dung"}, {"reason", "hacked"}});
            CHECK(phone.screen() == Screen{"chat.thread", "dung"});
            CHECK(element(phone, "chat.header").detail == "Đã báo cáo");
            // Reporting does not block: the conversation goes on.
            must(phone, Action::tap("chat.choice.goi-truoc"));
            phone.advance(5'000);
            CHECK(messages(phone, "dung").back().text == "Ông chuyển nhanh lên!");
        }
    }
}

TEST_CASE("a chat's menu: a blocked contact's messages stop arriving, until unblocked", "[phone][chat]")
{
    Phone phone(scripted_world());
    open_dung(phone);
    must(phone, Action::tap("chat.choice.goi-truoc")); // Dung's side starts writing
    must(phone, Action::tap("chat.header.menu"));
    must(phone, Action::tap("chat.menu.block"));
    CHECK(phone.screen() == Screen{"chat.block", "dung"});
    CHECK(element(phone, "chat.block.question").label == "Chặn Bà Dung?");

    SECTION("cancel: nothing changes")
    {
        CHECK(must(phone, Action::tap("chat.block.cancel")).events.empty());
        CHECK_FALSE(phone.world().chat("dung")->blocked);
        CHECK(names(phone.advance(3'000)) == std::vector<std::string>{"message.received"});
    }
    SECTION("block")
    {
        ActionResult r = must(phone, Action::tap("chat.block.confirm"));
        CHECK(names(r.events) == std::vector<std::string>{"chat.contact_blocked"});
        CHECK(r.events[0].fields == json{{"contact", "dung"}});
        CHECK(phone.screen() == Screen{"chat.thread", "dung"});
        // The thread: no input, no calls, no replies; a note and "Bỏ chặn".
        CHECK(element(phone, "chat.header").detail == "Đã chặn");
        CHECK(element(phone, "chat.blocked.note").label ==
              "Bác đã chặn Bà Dung. Người này không nhắn tin cho bác được nữa.");
        CHECK(element(phone, "chat.unblock").label == "Bỏ chặn");
        for (const char* gone : {"chat.input", "chat.header.voice_call", "chat.header.video_call", "chat.replies"})
            CHECK_FALSE(shows(phone, gone));
        const std::size_t before = messages(phone, "dung").size();
        const auto later = phone.advance(10'000);
        CHECK(names(later) == std::vector<std::string>{"message.blocked", "message.blocked"});
        CHECK(later[0].fields == json{{"from", "dung"}, {"reason", "blocked"}});
        CHECK(messages(phone, "dung").size() == before);
        CHECK(phone.world().chat("dung")->unread == 0);
        CHECK_FALSE(phone.notification().has_value());
        // Away from the chat too: nothing arrives, no banner.
        must(phone, Action::home());
        CHECK(phone.advance(30'000).empty());

        AND_THEN("unblocking from the menu lets messages in again")
        {
            must(phone, Action::tap("home.app.chat"));
            must(phone, Action::tap("chat.list.item.dung"));
            must(phone, Action::tap("chat.header.menu"));
            CHECK_FALSE(shows(phone, "chat.menu.block"));
            r = must(phone, Action::tap("chat.menu.unblock"));
            CHECK(names(r.events) == std::vector<std::string>{"chat.contact_unblocked"});
            CHECK(shows(phone, "chat.input"));
            CHECK(element(phone, "chat.header").detail == "Vừa truy cập");
        }
        AND_THEN("or from the bar under the chat")
        {
            must(phone, Action::tap("home.app.chat"));
            must(phone, Action::tap("chat.list.item.dung"));
            r = must(phone, Action::tap("chat.unblock"));
            CHECK(names(r.events) == std::vector<std::string>{"chat.contact_unblocked"});
            CHECK_FALSE(phone.world().chat("dung")->blocked);
        }
    }
}

TEST_CASE("a blocked contact's timeline messages are blocked too; the privacy setting says its own reason",
          "[phone][chat]")
{
    World w = scripted_world();
    w.chat_scripts.clear();
    w.chats = {{.with = "minh", .blocked = true}};
    w.timeline = {{TimelineItem::Kind::Message, 1, "minh", "", "Ông ơi!", false, false}};
    Person stranger;
    stranger.id = "la";
    stranger.name = "0869 123 456";
    stranger.saved = false;
    w.contacts.push_back(stranger);
    w.messages_from_strangers = false;
    w.timeline.push_back({TimelineItem::Kind::Message, 2, "la", "", "Chào bác", false, false});
    Phone phone(w);
    const auto events = phone.advance(3'000);
    REQUIRE(names(events) == std::vector<std::string>{"message.blocked", "message.blocked"});
    CHECK(events[0].fields == json{{"from", "minh"}, {"reason", "blocked"}});
    CHECK(events[1].fields == json{{"from", "la"}, {"reason", "strangers"}});
    CHECK(messages(phone, "minh").empty());
}

TEST_CASE("a group chat has no report or block menu; every script id is publishable", "[phone][chat]")
{
    World w = scripted_world();
    Chat group;
    group.id = "nha";
    group.group_name = "Gia đình";
    group.members = {"dung", "minh"};
    w.chats.push_back(group);
    const auto ids = Phone::publishable_ids(w);
    for (const char* id :
         {"chat.header.menu", "chat.menu.report", "chat.menu.block", "chat.menu.unblock", "chat.choice.goi-truoc",
          "chat.choice.hoi-ly-do", "chat.choice.dong-y", "chat.choice.van-goi", "chat.report.reason.hacked",
          "chat.block.confirm", "chat.unblock", "chat.blocked.note", "chat.replies"}) {
        INFO(id);
        CHECK(ids.count(id) == 1);
    }
    const auto screens = Phone::screen_names();
    CHECK(std::find(screens.begin(), screens.end(), "chat.report") != screens.end());
    CHECK(std::find(screens.begin(), screens.end(), "chat.block") != screens.end());
    Phone phone(w);
    must(phone, Action::swipe(SwipeDirection::Up));
    must(phone, Action::tap("home.app.chat"));
    must(phone, Action::tap("chat.list.item.nha"));
    CHECK_FALSE(shows(phone, "chat.header.menu"));
}

TEST_CASE("the replies, the report and block screens and a blocked chat keep the layout rules at every text size",
          "[phone][chat][layout]")
{
    for (int pct = min_text_size_percent; pct <= max_text_size_percent; pct += text_size_step_percent) {
        World w = scripted_world();
        w.settings.text_size_percent = pct;
        // Messages that arrive during the lesson have their numbers (chat.message.N) too.
        std::set<std::string> publishable = Phone::publishable_ids(w);
        for (int n = 0; n < 10; ++n)
            publishable.insert("chat.message." + std::to_string(n));
        Phone phone(w);
        open_dung(phone);
        check_layout("three replies", phone, publishable);
        for (const char* id : {"chat.choice.goi-truoc", "chat.choice.hoi-ly-do", "chat.choice.dong-y"}) {
            const Element reply = element(phone, id);
            CHECK(reply.bounds.y >= element(phone, "chat.message.0").bounds.y); // the message still shows
        }
        must(phone, Action::tap("chat.header.menu"));
        must(phone, Action::tap("chat.menu.report"));
        check_layout("report", phone, publishable);
        must(phone, Action::tap("chat.report.back"));
        must(phone, Action::tap("chat.header.menu"));
        must(phone, Action::tap("chat.menu.block"));
        check_layout("block", phone, publishable);
        must(phone, Action::tap("chat.block.confirm"));
        check_layout("blocked", phone, publishable);
    }
}

TEST_CASE("a hacked chat account does not pick up a call from the chat; the contact's own number does", "[phone][chat]")
{
    World w = scripted_world();
    w.chat_scripts[0].answers_calls = false;
    Phone phone(w);
    open_dung(phone);
    auto r = must(phone, Action::tap("chat.header.voice_call"));
    CHECK(names(r.events) == std::vector<std::string>{"call.started"});
    CHECK(phone.screen_id() == "call.ringing");
    CHECK(phone.advance(7'900).empty()); // it rings, nobody picks up...
    const auto declined = phone.advance(100);
    REQUIRE(names(declined) == std::vector<std::string>{"call.unanswered"});
    CHECK(declined[0].fields == json{{"contact", "dung"}, {"video", false}});
    CHECK(phone.screen() == Screen{"chat.thread", "dung"});
    CHECK(messages(phone, "dung").back().text == "Cuộc gọi thoại · Không trả lời");
    // The Phone app calls her number: she answers after her usual rings.
    must(phone, Action::home());
    must(phone, Action::tap("home.app.phone"));
    must(phone, Action::tap("phone.contact.dung.call"));
    CHECK(names(phone.advance(4'000)) == std::vector<std::string>{"call.answered"});
    SECTION("a chat whose script answers calls (the default) is picked up from the chat too")
    {
        Phone plain(scripted_world());
        open_dung(plain);
        must(plain, Action::tap("chat.header.video_call"));
        CHECK(names(plain.advance(4'000)) == std::vector<std::string>{"call.answered"});
    }
}
