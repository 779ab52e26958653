// The Messages app and the browser, and the scams they carry: SMS on the clock, a link to
// a look-alike login page, a password and an OTP typed there, the OTP given away in a
// chat, by SMS or read out on a fake officer's video call; the world's sections that
// describe them, with their errors at their places.
#include "phone/sms_world.h"
#include "phone/web_world.h"
#include "service_test_support.h"

#include <catch2/catch.hpp>

using namespace luyenso;
using namespace luyenso::service_test;
using nlohmann::json;

namespace {

const char* const scam_url = "https://vneid-capnhat.com.vn.xyz/dang-nhap";
const char* const scam_sms = "[DINH DANH] Tai khoan dinh danh cua ban se bi khoa trong 24h. Cap nhat ngay tai "
                             "https://vneid-capnhat.com.vn.xyz/dang-nhap.";

World scam_world()
{
    World w;
    w.owner.name = "Bàn Văn Giảng";
    w.owner.phone = "0912 345 678";
    Person hoa;
    hoa.id = "hoa";
    hoa.name = "Con gái Hoa";
    hoa.phone = "0356 112 233";
    Person officer;
    officer.id = "can-bo-gia";
    officer.name = "Cán bộ Công an";
    officer.phone = "0692 345 111";
    officer.saved = false;
    officer.answers_after_s = 1;
    w.contacts = {hoa, officer};
    WebPage login;
    login.id = "dinh-danh-gia";
    login.url = scam_url;
    login.look = "eid";
    login.brand = "Định Danh Điện Tủ";
    login.title = "Cập nhật định danh mức 2";
    login.text = "Nhập số định danh và mật khẩu để tránh bị khóa tài khoản.";
    login.fields = {{"cccd", "Số định danh cá nhân", "number"}, {"matkhau", "Mật khẩu", "password"}};
    login.button = "Đăng nhập";
    login.next = "dinh-danh-gia-otp";
    login.otp_from = "DINHDANHSO";
    login.otp_text = "Ma OTP cua ban la {otp}. KHONG cung cap ma nay cho bat ky ai.";
    login.otp_delay_s = 4;
    WebPage otp;
    otp.id = "dinh-danh-gia-otp";
    otp.url = "https://vneid-capnhat.com.vn.xyz/xac-thuc";
    otp.look = "eid";
    otp.brand = login.brand;
    otp.title = "Xác thực OTP";
    otp.fields = {{"otp", "Mã OTP", "otp"}};
    otp.button = "Xác nhận";
    otp.done = "Cập nhật thành công!";
    w.web.pages = {login, otp};
    w.sms.threads = {{"Con gái Hoa", {{"Con gái Hoa", "Bố ơi, con gửi bố ít quà nhé.", "Hôm qua"}}, 0}};
    TimelineItem item;
    item.kind = TimelineItem::Kind::Sms;
    item.at_s = 10;
    item.from = "0869 123 456";
    item.text = scam_sms;
    w.timeline.push_back(item);
    CallScript script;
    script.caller = "can-bo-gia";
    script.look = "police";
    script.lines = {{0, "Tôi là cán bộ công an huyện. Tài khoản của ông liên quan đến một vụ rửa tiền."},
                    {6, "Ông đọc cho tôi mã OTP vừa gửi đến điện thoại để xác minh."}};
    script.choices = {
        {"doc-ma", "Đọc mã OTP", "Cảm ơn ông. Ông giữ máy, đừng nói với ai.", true, false},
        {"den-cong-an-xa", "Tôi sẽ đến công an xã", "Ông không cần đến, làm qua điện thoại cho nhanh.", false, false}};
    w.call_scripts = {script};
    return w;
}

// Unlocks the phone and waits for the scam SMS (at 10 s).
void wait_for_scam(Phone& phone)
{
    must(phone, Action::swipe(SwipeDirection::Up));
    const auto events = phone.advance(10'000);
    REQUIRE(find_event(events, "sms.received") != nullptr);
}

void open_scam_link(Phone& phone)
{
    wait_for_scam(phone);
    tap(phone, "home.app.sms");
    tap(phone, "sms.list.item.0869123456");
    const auto events = tap(phone, "sms.message.0.link");
    REQUIRE(find_event(events, "link.opened") != nullptr);
    REQUIRE(phone.screen_id() == "web.page");
}

} // namespace

SCENARIO("a scam SMS with a link to a look-alike login page", "[sms][web]")
{
    GIVEN("a phone that gets a scam SMS 10 s after the lesson starts")
    {
        Phone phone(scam_world());
        must(phone, Action::swipe(SwipeDirection::Up));
        CHECK(phone.advance(9'900).empty());
        const auto arrived = phone.advance(100);
        THEN("it arrives with a banner and an unread badge, first in the list")
        {
            REQUIRE(names(arrived) == std::vector<std::string>{"sms.received"});
            CHECK(arrived[0].fields == json{{"from", "0869123456"}, {"otp", false}, {"link", true}});
            CHECK(element(phone, "notification.banner").label == "0869 123 456");
            tap(phone, "home.app.sms");
            const Element first = element(phone, "sms.list.item.0869123456");
            CHECK(first.badge == 1);
            CHECK(first.detail == scam_sms);
            CHECK(first.icon == "contacts"); // a number, not a contact
            CHECK(element(phone, "sms.list.item.congaihoa").badge == 0);
            CHECK(element(phone, "sms.list.item.0869123456").bounds.y <
                  element(phone, "sms.list.item.congaihoa").bounds.y);
        }
        WHEN("the step's target is at the top of the screen, where the banner would be")
        {
            const Rect top = element(phone, "notification.banner").bounds;
            CHECK(top.y < 100);
            phone.keep_clear("home.clock");
            THEN("the banner sits at the bottom, above the navigation bar, and still opens the message")
            {
                const Rect low = element(phone, "notification.banner").bounds;
                CHECK(low.y > 500);
                CHECK(low.y + low.h <= nav_bar_top_dp);
                phone.keep_clear("home.app.sms"); // not under either place: back at the top
                CHECK(element(phone, "notification.banner").bounds.y == top.y);
            }
        }
        WHEN("a few seconds pass")
        {
            const float y0 = element(phone, "notification.banner").bounds.y;
            phone.advance(5'800);
            THEN("the banner slides up in its last moments and is gone after six seconds")
            {
                REQUIRE(phone.notification().has_value());
                CHECK(element(phone, "notification.banner").bounds.y < y0 - 20);
                phone.advance(200);
                CHECK_FALSE(phone.notification().has_value());
                const ElementTree tree = phone.elements();
                CHECK(find_element(tree, "notification.banner") == nullptr);
            }
        }
        WHEN("the learner opens it")
        {
            tap(phone, "home.app.sms");
            const auto opened = tap(phone, "sms.list.item.0869123456");
            THEN("the message shows with its link as a button of its own, and a reply box")
            {
                CHECK(find_event(opened, "sms.opened")->fields == json{{"from", "0869123456"}});
                CHECK(phone.world().sms.thread("0869123456")->unread == 0);
                CHECK(element(phone, "sms.header").label == "0869 123 456");
                CHECK(element(phone, "sms.message.0").label == scam_sms);
                const Element link = element(phone, "sms.message.0.link");
                CHECK(link.label == scam_url); // the sentence's full stop is not part of the address
                CHECK(link.detail == "dinh-danh-gia");
                CHECK(link.bounds.h >= 48.0F);
                CHECK(shows(phone, "sms.input"));
            }
            AND_WHEN("the learner taps the link")
            {
                const auto events = tap(phone, "sms.message.0.link");
                THEN("the browser opens the fake page; its address bar shows where it really is")
                {
                    REQUIRE(find_event(events, "link.opened") != nullptr);
                    CHECK(find_event(events, "link.opened")->fields ==
                          json{{"url", scam_url}, {"page", "dinh-danh-gia"}, {"from", "0869123456"}});
                    CHECK(phone.screen_id() == "web.page");
                    CHECK(element(phone, "web.address").label == "vneid-capnhat.com.vn.xyz");
                    CHECK(element(phone, "web.address").detail == scam_url);
                    CHECK(element(phone, "web.address").icon == "warning");
                    CHECK(element(phone, "web.page.banner").label == "Định Danh Điện Tủ");
                    CHECK(element(phone, "web.field.matkhau").secret);
                    CHECK(element(phone, "web.field.cccd").numeric);
                    CHECK(element(phone, "web.submit").label == "Đăng nhập");
                }
                AND_WHEN("the learner closes it with the X")
                {
                    const auto closed = tap(phone, "web.close");
                    THEN("\"page.closed\", and the message is there again")
                    {
                        REQUIRE(names(closed) == std::vector<std::string>{"page.closed"});
                        CHECK(closed[0].fields == json{{"page", "dinh-danh-gia"}});
                        CHECK(phone.screen_id() == "sms.thread");
                    }
                }
                AND_WHEN("the learner goes back instead")
                {
                    const auto back = must(phone, Action::back()).events;
                    THEN("that closes it too")
                    {
                        REQUIRE(names(back) == std::vector<std::string>{"page.closed"});
                        CHECK(phone.screen_id() == "sms.thread");
                    }
                }
            }
        }
    }
}

TEST_CASE("a password and an OTP typed into the fake page are stolen", "[sms][web]")
{
    Phone phone(scam_world());
    open_scam_link(phone);
    const auto empty = tap(phone, "web.submit");
    CHECK(empty.empty());
    CHECK(element(phone, "web.page.error").label == "Vui lòng nhập đầy đủ thông tin.");
    type_into(phone, "web.field.cccd", "010058001234");
    must(phone, Action::key("enter")); // to the password
    CHECK(phone.focused_field() == "web.field.matkhau");
    must(phone, Action::type("Giang@1958"));
    const auto sent = must(phone, Action::key("enter")).events;
    REQUIRE(find_event(sent, "password.entered_fake") != nullptr);
    CHECK(find_event(sent, "password.entered_fake")->fields == json{{"page", "dinh-danh-gia"}});
    CHECK(find_event(sent, "page.submitted")->fields == json{{"page", "dinh-danh-gia"}, {"fake", true}});
    CHECK(find_event(sent, "otp.sent")->fields == json{{"service", "eid"}, {"to", "me"}});
    CHECK(find_event(sent, "otp.shared") == nullptr);
    CHECK(phone.screen_id() == "web.page");
    CHECK(phone.screen().param == "dinh-danh-gia-otp");
    CHECK(element(phone, "web.address").detail == "https://vneid-capnhat.com.vn.xyz/xac-thuc");

    // The thief logs in with the password: the real service sends the learner a code.
    const auto arrived = phone.advance(4'000);
    REQUIRE(find_event(arrived, "sms.received") != nullptr);
    CHECK(find_event(arrived, "sms.received")->fields == json{{"from", "dinhdanhso"}, {"otp", true}, {"link", false}});
    REQUIRE(phone.issued_otps().size() == 1);
    const std::string code = phone.issued_otps()[0].code;
    CHECK(phone.notification()->text == "Ma OTP cua ban la " + code + ". KHONG cung cap ma nay cho bat ky ai.");
    type_into(phone, "web.field.otp", code);
    const auto shared = tap(phone, "web.submit");
    REQUIRE(find_event(shared, "otp.shared") != nullptr);
    CHECK(find_event(shared, "otp.shared")->fields ==
          json{{"via", "web"}, {"service", "eid"}, {"expired", false}, {"page", "dinh-danh-gia-otp"}});
    CHECK(element(phone, "web.page.done").label == "Cập nhật thành công!");
    CHECK_FALSE(shows(phone, "web.submit"));
    // The second page took the first one's place, as in a browser's tab.
    const auto closed = tap(phone, "web.close");
    CHECK(names(closed) == std::vector<std::string>{"page.closed"});
    CHECK(closed[0].fields == json{{"page", "dinh-danh-gia-otp"}});
    CHECK(phone.screen_id() == "sms.thread");
}

TEST_CASE("an OTP given away in a chat or by SMS is noticed, other numbers are not", "[sms]")
{
    Phone phone(scam_world());
    wait_for_scam(phone);
    const std::string code = phone.issue_otp("bank", "246810", 300'000);
    CHECK(code == "246810");
    CHECK(phone.otp_in("ma la 246 810 nhe") != nullptr);
    CHECK(phone.otp_in("so 0912 345 678") == nullptr);
    CHECK(phone.otp_in("24681") == nullptr);

    tap(phone, "home.app.chat");
    tap(phone, "chat.list.item.hoa");
    type_into(phone, "chat.input", "Bố mới nhận 20 nghìn");
    CHECK(find_event(tap(phone, "chat.send"), "otp.shared") == nullptr);
    type_into(phone, "chat.input", "Mã là 246810 con ạ");
    const auto chat = tap(phone, "chat.send");
    REQUIRE(find_event(chat, "otp.shared") != nullptr);
    CHECK(find_event(chat, "otp.shared")->fields ==
          json{{"via", "chat"}, {"service", "bank"}, {"expired", false}, {"to", "hoa"}});

    must(phone, Action::home());
    tap(phone, "home.app.sms");
    tap(phone, "sms.list.item.0869123456");
    phone.advance(301'000); // the code has expired, but giving it away still counts
    type_into(phone, "sms.input", "246810");
    const auto sms = tap(phone, "sms.send");
    CHECK(find_event(sms, "sms.sent")->fields == json{{"to", "0869123456"}, {"text", "246810"}});
    REQUIRE(find_event(sms, "otp.shared") != nullptr);
    CHECK(find_event(sms, "otp.shared")->fields ==
          json{{"via", "sms"}, {"service", "bank"}, {"expired", true}, {"to", "0869123456"}});
    CHECK(phone.world().sms.thread("0869123456")->messages.back().from == "me");
}

SCENARIO("a fake police officer calls on video and asks for the OTP", "[call]")
{
    World w = scam_world();
    TimelineItem call;
    call.kind = TimelineItem::Kind::Call;
    call.at_s = 20;
    call.from = "can-bo-gia";
    call.video = true;
    w.timeline.push_back(call);
    Phone phone(w);
    must(phone, Action::swipe(SwipeDirection::Up));
    phone.issue_otp("bank", "135790", 300'000);
    const auto ringing = phone.advance(20'000);
    REQUIRE(find_event(ringing, "call.incoming") != nullptr);
    REQUIRE(phone.screen_id() == "call.incoming");
    THEN("the stranger is marked as such, in uniform")
    {
        CHECK(element(phone, "call.contact.name").label == "Cán bộ Công an");
        CHECK(element(phone, "call.contact.phone").label == "Người lạ · không có trong danh bạ");
        CHECK(element(phone, "call.uniform").icon == "uniform:police:round");
        CHECK_FALSE(shows(phone, "call.caption"));
    }
    WHEN("the learner answers")
    {
        tap(phone, "call.accept");
        THEN("the officer's words come as subtitles, and the reply choices show")
        {
            CHECK(element(phone, "call.uniform").icon == "uniform:police:camera");
            CHECK(element(phone, "call.caption").label ==
                  "Tôi là cán bộ công an huyện. Tài khoản của ông liên quan đến một vụ rửa tiền.");
            CHECK(element(phone, "call.choice.doc-ma").label == "Đọc mã OTP");
            CHECK(element(phone, "call.choice.den-cong-an-xa").tappable);
            phone.advance(6'000);
            CHECK(element(phone, "call.caption").label == "Ông đọc cho tôi mã OTP vừa gửi đến điện thoại để xác minh.");
        }
        AND_WHEN("the learner reads the code aloud")
        {
            const auto events = tap(phone, "call.choice.doc-ma");
            THEN("that is sharing the OTP on a call")
            {
                CHECK(find_event(events, "call.choice")->fields ==
                      json{{"contact", "can-bo-gia"}, {"choice", "doc-ma"}});
                REQUIRE(find_event(events, "otp.shared") != nullptr);
                CHECK(find_event(events, "otp.shared")->fields ==
                      json{{"via", "call"}, {"contact", "can-bo-gia"}, {"service", "bank"}, {"expired", false}});
                CHECK(element(phone, "call.caption").label == "Cảm ơn ông. Ông giữ máy, đừng nói với ai.");
            }
        }
        AND_WHEN("the learner ends the call")
        {
            const auto events = tap(phone, "call.end");
            THEN("the call ends; a voice call from the number would show the number")
            {
                CHECK(find_event(events, "call.ended") != nullptr);
                CHECK(find_event(events, "otp.shared") == nullptr);
                CHECK(phone.world().call_log.back().contact == "can-bo-gia");
            }
        }
    }
    WHEN("the learner declines")
    {
        const auto events = tap(phone, "call.decline");
        THEN("\"call.declined\"")
        {
            CHECK(find_event(events, "call.declined") != nullptr);
        }
    }
}

TEST_CASE("a phone call from a number not in the contacts shows the number", "[call]")
{
    World w = scam_world();
    TimelineItem call;
    call.kind = TimelineItem::Kind::Call;
    call.at_s = 1;
    call.from = "can-bo-gia";
    w.timeline.push_back(call);
    Phone phone(w);
    phone.advance(1'000);
    REQUIRE(phone.screen_id() == "call.incoming");
    CHECK(element(phone, "call.contact.name").label == "0692 345 111");
    CHECK(element(phone, "call.contact.phone").label == "Số lạ · không có trong danh bạ");
}

TEST_CASE("on a scripted voice call the caller's words sit between the caller and the replies", "[call][layout]")
{
    World w = scam_world();
    w.call_scripts[0].choices.push_back({"goi-lai", "Để tôi gọi lại cho con", "Không kịp đâu ông ơi!", false, false});
    TimelineItem call;
    call.kind = TimelineItem::Kind::Call;
    call.at_s = 1;
    call.from = "can-bo-gia";
    w.timeline.push_back(call);
    for (const int percent : {100, 150, 200}) {
        CAPTURE(percent);
        w.settings.text_size_percent = percent;
        Phone phone(w);
        phone.advance(1'000);
        tap(phone, "call.accept");
        const Element& caption = element(phone, "call.caption");
        const Element& status = element(phone, "call.status");
        float choices_top = phone_height_dp;
        for (const char* id : {"call.choice.doc-ma", "call.choice.den-cong-an-xa", "call.choice.goi-lai"})
            choices_top = std::min(choices_top, element(phone, id).bounds.y);
        CHECK(caption.bounds.h > 40);
        CHECK(caption.bounds.y >= status.bounds.y + status.bounds.h);
        CHECK(caption.bounds.y + caption.bounds.h <= choices_top);
        CHECK(element(phone, "call.contact.picture").bounds.y + element(phone, "call.contact.picture").bounds.h <=
              element(phone, "call.contact.name").bounds.y);
    }
}

TEST_CASE("a link to an address the world has no page for opens an error page", "[web]")
{
    World w = scam_world();
    w.sms.threads[0].messages.push_back({"Con gái Hoa", "Bố xem www.vi-du.vn nhé", "19:00"});
    Phone phone(w);
    unlock_and_open(phone, "sms");
    tap(phone, "sms.list.item.congaihoa");
    CHECK(element(phone, "sms.message.1.link").label == "www.vi-du.vn");
    const auto events = tap(phone, "sms.message.1.link");
    CHECK(find_event(events, "link.opened")->fields ==
          json{{"url", "www.vi-du.vn"}, {"page", ""}, {"from", "congaihoa"}});
    CHECK(element(phone, "web.page.title").label == "Không mở được trang này");
}

TEST_CASE("the browser opens a page by its address", "[web]")
{
    Phone phone(scam_world());
    unlock_and_open(phone, "web");
    REQUIRE(phone.screen_id() == "web.start");
    type_into(phone, "web.start.address", "vneid-capnhat.com.vn.xyz/xac-thuc");
    const auto events = must(phone, Action::key("enter")).events;
    CHECK(find_event(events, "page.opened")->fields ==
          json{{"page", "dinh-danh-gia-otp"}, {"url", "https://vneid-capnhat.com.vn.xyz/xac-thuc"}});
    CHECK(phone.screen().param == "dinh-danh-gia-otp");
    must(phone, Action::back());
    type_into(phone, "web.start.address", "khong-co.vn");
    must(phone, Action::key("enter"));
    CHECK(element(phone, "web.start.error").label == "Không tìm thấy trang web này. Bác kiểm tra lại địa chỉ.");
}

TEST_CASE("links in SMS are found in the text", "[sms]")
{
    CHECK(sms_links("Xem tai https://a.vn/b. Cam on") == std::vector<std::string>{"https://a.vn/b"});
    CHECK(sms_links("www.x.vn, http://y.com!") == std::vector<std::string>{"www.x.vn", "http://y.com"});
    CHECK(sms_links("Ma OTP: 123456").empty());
    CHECK(sms_key("0869 123 456") == "0869123456");
    CHECK(sms_key("DINHDANHSO") == "dinhdanhso");
    CHECK(url_domain("https://vneid-capnhat.com.vn.xyz/dang-nhap") == "vneid-capnhat.com.vn.xyz");
}

TEST_CASE("every Messages and browser screen fits at every text size", "[sms][web][layout]")
{
    World w = scam_world();
    w.sms.threads.push_back({"0869 123 456", {{"0869 123 456", scam_sms, "19:31"}, {"me", "Ai đấy?", "19:32"}}, 1});
    CHECK(check_all_screens(w, "sms.") == 5 * 4); // the list, two threads and the one an OTP will start
    CHECK(check_all_screens(w, "web.") == 5 * 4);
}

TEST_CASE("mistakes in the \"sms\", \"web\" and \"call_scripts\" sections are reported where they are",
          "[sms][web][lesson]")
{
    auto lesson = [](const std::string& world) {
        return R"({"format": 1, "id": "x", "title": "X", "skills": ["scam"],
  "world": {"owner": {"name": "A", "phone": "0912 345 678"},
    "contacts": [{"id": "la", "name": "Người lạ", "saved": false}],
    )" + world +
               R"(},
  "steps": [{"id": "a", "say": "Mở", "done_when": {"screen": "home"}}]})";
    };
    CHECK(load_errors(
              lesson(R"("sms": {"threads": [{"from": "0869", "messages": [{"text": "Vao https://gia.vn ngay"}]}]})")) ==
          std::vector<std::string>{
              "bai.json:4:64: error: the link \"https://gia.vn\" opens no page; add a page with this "
              "\"url\" to \"web\": {\"pages\": [...]}"});
    CHECK(
        load_errors(lesson(
            R"("web": {"pages": [{"id": "p", "url": "gia.vn", "look": "bank2", "next": "q", "fields": [{"id": "a", "label": "A"}]}]})")) ==
        std::vector<std::string>{"bai.json:4:23: error: a page with \"fields\" needs a \"button\" to send them",
                                 "bai.json:4:42: error: \"url\" must start with \"https://\" or \"http://\"",
                                 "bai.json:4:60: error: \"look\" must be \"eid\", \"bank\", \"prize\" or \"plain\"",
                                 "bai.json:4:77: error: \"next\" names no page: \"q\"; did you mean \"p\"?"});
    CHECK(load_errors(lesson(R"("timeline": [{"at": 5, "sms": {"from": "0869", "txt": "x"}}])")) ==
          std::vector<std::string>{"bai.json:4:35: error: an SMS needs \"text\"",
                                   "bai.json:4:52: error: unknown key \"txt\" in an SMS; did you mean \"text\"?"});
    CHECK(load_errors(lesson(R"("call_scripts": [{"caller": "lá", "look": "army", "lines": [{"at": 2}]}])")) ==
          std::vector<std::string>{"bai.json:4:33: error: unknown contact \"lá\"; did you mean \"la\"?",
                                   "bai.json:4:47: error: \"look\" must be \"police\" (or leave it out)",
                                   "bai.json:4:65: error: a line needs \"text\""});
    const LoadResult ok = load_lesson_text(
        lesson(
            R"("web": {"pages": [{"id": "p", "url": "https://gia.vn"}]}, "timeline": [{"at": 5, "sms": {"from": "0869", "text": "Vao https://gia.vn"}}])"),
        "bai.json");
    REQUIRE(ok.lesson.has_value());
    REQUIRE(ok.lesson->world.timeline.size() == 1);
    CHECK(ok.lesson->world.timeline[0].kind == TimelineItem::Kind::Sms);
    CHECK(ok.lesson->world.timeline[0].at_s == 5);
}

TEST_CASE("a code in an SMS that says it is an OTP counts as one the phone received", "[sms]")
{
    World w = scam_world();
    w.sms.threads.push_back(
        {"LANGXANH", {{"LANGXANH", "Ma OTP cua Quy khach la 246810. KHONG cung cap cho ai.", "07:58"}}, 1});
    TimelineItem late;
    late.kind = TimelineItem::Kind::Sms;
    late.at_s = 3;
    late.from = "LANGXANH";
    late.text = "Ma xac thuc giao dich: 975310. Het han sau 5 phut.";
    w.timeline.push_back(late);
    Phone phone(w);
    REQUIRE(phone.issued_otps().size() == 1);
    CHECK(phone.issued_otps()[0].code == "246810");
    CHECK(phone.issued_otps()[0].service == "langxanh");
    const auto arrived = phone.advance(3'000);
    CHECK(find_event(arrived, "sms.received")->fields == json{{"from", "langxanh"}, {"otp", true}, {"link", false}});
    REQUIRE(phone.issued_otps().size() == 2);
    CHECK(phone.issued_otps()[1].code == "975310");
    // A message about an OTP without a code, or with only a phone number, adds nothing.
    CHECK(phone.otp_in("0869 245 017") == nullptr);
    unlock_and_open(phone, "sms");
    CHECK(element(phone, "sms.list.item.langxanh").badge == 2);
    tap(phone, "sms.list.item.langxanh");
    CHECK(shows(phone, "sms.noreply"));
}
