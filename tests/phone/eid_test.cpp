// The e-ID app: activation with an OTP that arrives by SMS on the clock, the password
// rules, the passcode, security questions, login, the wallet behind the passcode, the
// health book, and the world's "eid" section with its errors at their places.
#include "phone/eid_app.h"
#include "phone/sms_world.h"
#include "service_test_support.h"

#include <catch2/catch.hpp>

using namespace luyenso;
using namespace luyenso::service_test;
using nlohmann::json;

namespace {

World eid_world()
{
    World w;
    w.owner.name = "Bàn Văn Giảng";
    w.owner.phone = "0912 345 678";
    w.start_minutes = 8 * 60;
    EidWorld& e = w.eid;
    e.enabled = true;
    e.id_number = "010058001234";
    e.otp = "482915";
    e.otp_delay_s = 5;
    e.otp_valid_s = 120;
    e.health = {{"12/09/2025", "visit", "Khám huyết áp", "Trạm Y tế xã Nậm Pung", "Huyết áp 135/85"},
                {"03/10/2025", "vaccine", "Tiêm vắc-xin cúm mùa", "Trạm Y tế xã Nậm Pung", ""}};
    e.notices = {{"Kích hoạt thành công", "Tài khoản định danh điện tử đã sẵn sàng.", "20/11/2025"}};
    return w;
}

void open_activation(Phone& phone)
{
    unlock_and_open(phone, "eid");
    REQUIRE(phone.screen_id() == "eid.welcome");
    tap(phone, "eid.welcome.activate");
    REQUIRE(phone.screen_id() == "eid.activate.id");
}

std::vector<Event> request(Phone& phone, const std::string& id, const std::string& number)
{
    phone.clear_field("eid.activate.id_number");
    phone.clear_field("eid.activate.phone");
    type_into(phone, "eid.activate.id_number", id);
    type_into(phone, "eid.activate.phone", number);
    return tap(phone, "eid.activate.send");
}

std::string reason_of(const std::vector<Event>& events)
{
    const Event* e = find_event(events, "eid.rejected");
    REQUIRE(e != nullptr);
    return e->fields.at("reason").get<std::string>();
}

// From the OTP screen with the right code to the home screen, as a learner would.
void finish_activation(Phone& phone, const std::string& code)
{
    type_into(phone, "eid.otp.input", code);
    tap(phone, "eid.otp.confirm");
    REQUIRE(phone.screen_id() == "eid.activate.password");
    // "Xong" on the keyboard goes to the next field, and in the last one presses the button.
    type_into(phone, "eid.password.input", "Giang@1958");
    must(phone, Action::key("enter"));
    must(phone, Action::type("Giang@1958"));
    must(phone, Action::key("enter"));
    REQUIRE(phone.screen_id() == "eid.activate.passcode");
    type_into(phone, "eid.passcode.input", "246810");
    must(phone, Action::key("enter"));
    must(phone, Action::type("246810"));
    must(phone, Action::key("enter"));
    REQUIRE(phone.screen_id() == "eid.activate.questions");
    tap(phone, "eid.question.1");
    tap(phone, "eid.question.option.2");
    tap(phone, "eid.question.2");
    tap(phone, "eid.question.option.3");
    type_into(phone, "eid.answer.1", "Nậm Pung");
    must(phone, Action::key("enter"));
    CHECK(phone.focused_field() == "eid.answer.2");
    must(phone, Action::type("Thắng cố"));
    must(phone, Action::key("enter"));
    REQUIRE(phone.screen_id() == "eid.activate.done");
}

} // namespace

SCENARIO("activating the e-ID account, from the ID number to logging in again", "[eid]")
{
    GIVEN("the e-ID app on a phone whose owner has not activated the account")
    {
        Phone phone(eid_world());
        open_activation(phone);

        WHEN("the ID number is too short")
        {
            const auto events = request(phone, "01005800123", "0912345678");
            THEN("the app says it needs 12 digits")
            {
                CHECK(reason_of(events) == "id_length");
                CHECK(element(phone, "eid.error").label == "Số định danh cá nhân phải gồm đủ 12 chữ số.");
                CHECK(element(phone, "eid.error").tone == Tone::Danger);
                CHECK(phone.screen_id() == "eid.activate.id");
            }
        }
        WHEN("the ID number is someone else's, or the phone is not the registered one")
        {
            const auto wrong_id = request(phone, "010058009999", "0912345678");
            const std::string id_message = element(phone, "eid.error").label;
            const auto wrong_phone = request(phone, "010058001234", "0987654321");
            const auto short_phone = request(phone, "010058001234", "091234567");
            THEN("each has the real app's message")
            {
                CHECK(reason_of(wrong_id) == "id_unknown");
                CHECK(id_message == "Số định danh cá nhân không đúng. Vui lòng kiểm tra lại số trên thẻ căn cước.");
                CHECK(reason_of(wrong_phone) == "phone_mismatch");
                CHECK(reason_of(short_phone) == "phone_length");
                CHECK(element(phone, "eid.error").label == "Số điện thoại phải gồm 10 chữ số.");
                CHECK(phone.issued_otps().empty());
            }
        }
        WHEN("the ID number and the registered phone are right and the request is sent")
        {
            const auto events = request(phone, "010058001234", "0912345678");
            THEN("the OTP screen shows and the code is on its way, not there yet")
            {
                CHECK(phone.screen_id() == "eid.activate.otp");
                const Event* sent = find_event(events, "otp.sent");
                REQUIRE(sent != nullptr);
                CHECK(sent->fields == json{{"service", "eid"}, {"to", "0912345678"}});
                CHECK(element(phone, "eid.otp.text").label ==
                      "Vui lòng nhập mã OTP được gửi đến số điện thoại 0912***678.");
                CHECK(element(phone, "eid.otp.input").numeric);
                CHECK(element(phone, "eid.otp.input").max_length == 6);
                CHECK(phone.world().sms.threads.empty());
                CHECK(phone.advance(4'900).empty());
            }
            AND_WHEN("5 seconds have passed")
            {
                const auto arrived = phone.advance(5'000);
                THEN("the SMS arrives with a banner, in the style of a service's OTP message")
                {
                    REQUIRE(names(arrived) == std::vector<std::string>{"sms.received"});
                    CHECK(arrived[0].fields == json{{"from", "dinhdanhso"}, {"otp", true}, {"link", false}});
                    REQUIRE(phone.notification().has_value());
                    CHECK(phone.notification()->app == "sms");
                    CHECK(phone.notification()->title == "DINHDANHSO");
                    CHECK(element(phone, "notification.banner").icon == "app_sms");
                    const SmsThread* t = phone.world().sms.thread("dinhdanhso");
                    REQUIRE(t != nullptr);
                    CHECK(t->unread == 1);
                    CHECK(
                        t->messages.back().text ==
                        "Ma OTP kich hoat tai khoan dinh danh dien tu cua ban la 482915. Ma co hieu luc trong 2 phut. "
                        "Tuyet doi KHONG cung cap ma nay cho bat ky ai.");
                }
                AND_WHEN("a wrong code is typed, then the right one")
                {
                    type_into(phone, "eid.otp.input", "482916");
                    const auto wrong = tap(phone, "eid.otp.confirm");
                    CHECK(reason_of(wrong) == "otp_wrong");
                    CHECK(element(phone, "eid.error").label == "Mã OTP không chính xác.");
                    CHECK_FALSE(phone.input_focused()); // the keyboard went: the message shows in full
                    tap(phone, "eid.otp.input");
                    must(phone, Action::key("backspace"));
                    const auto short_code = tap(phone, "eid.otp.confirm");
                    CHECK(reason_of(short_code) == "otp_length");
                    type_into(phone, "eid.otp.input", "5");
                    phone.clear_field("eid.otp.input");
                    type_into(phone, "eid.otp.input", "482915");
                    const auto right = tap(phone, "eid.otp.confirm");
                    THEN("the password is next")
                    {
                        REQUIRE(find_event(right, "eid.step_done") != nullptr);
                        CHECK(find_event(right, "eid.step_done")->fields == json{{"step", "otp"}});
                        CHECK(phone.screen_id() == "eid.activate.password");
                        CHECK(find_event(right, "otp.shared") == nullptr); // the e-ID app itself is not "sharing"
                    }
                }
                AND_WHEN("the rest of the activation is done and the learner logs in")
                {
                    finish_activation(phone, "482915");
                    CHECK(phone.world().eid.activated);
                    tap(phone, "eid.done.login");
                    REQUIRE(phone.screen_id() == "eid.login");
                    CHECK(element(phone, "eid.login.id").label == "010058001234"); // the app remembers the number
                    type_into(phone, "eid.login.password", "Giang@1957");
                    const auto failed = tap(phone, "eid.login.submit");
                    CHECK(reason_of(failed) == "login_failed");
                    CHECK(element(phone, "eid.error").label == "Số định danh cá nhân hoặc mật khẩu không đúng.");
                    phone.clear_field("eid.login.password");
                    type_into(phone, "eid.login.password", "Giang@1958");
                    const auto ok = tap(phone, "eid.login.submit");
                    THEN("the home screen greets the owner by the name on the card")
                    {
                        CHECK(find_event(ok, "eid.logged_in") != nullptr);
                        CHECK(phone.screen_id() == "eid.home");
                        CHECK(element(phone, "eid.home.hello").label == "Xin chào, BÀN VĂN GIẢNG");
                        CHECK(element(phone, "eid.home.level").label == "Tài khoản định danh điện tử mức 2");
                        CHECK(element(phone, "eid.feature.notices").badge == 1);
                    }
                }
            }
        }
    }
}

TEST_CASE("the OTP expires after its minutes on the clock, a new one can be asked for", "[eid]")
{
    Phone phone(eid_world());
    open_activation(phone);
    request(phone, "010058001234", "0912345678");
    phone.advance(5'000);
    phone.advance(120'000); // the code was issued 125 s ago: valid 120 s
    type_into(phone, "eid.otp.input", "482915");
    const auto expired = tap(phone, "eid.otp.confirm");
    CHECK(reason_of(expired) == "otp_expired");
    CHECK(element(phone, "eid.error").label == "Mã OTP đã hết hiệu lực. Vui lòng bấm \"Gửi lại mã\" để nhận mã mới.");

    const auto resent = tap(phone, "eid.otp.resend");
    CHECK(find_event(resent, "otp.sent") != nullptr);
    CHECK(element(phone, "eid.info").label == "Đã gửi lại mã OTP. Vui lòng chờ tin nhắn mới.");
    REQUIRE(phone.issued_otps().size() == 2);
    const std::string fresh = phone.issued_otps().back().code;
    CHECK(fresh != "482915");
    CHECK(fresh.size() == 6);
    const auto arrived = phone.advance(5'000);
    REQUIRE(find_event(arrived, "sms.received") != nullptr);
    CHECK(phone.world().sms.thread("dinhdanhso")->messages.size() == 2);
    CHECK(phone.world().sms.thread("dinhdanhso")->unread == 2);

    phone.clear_field("eid.otp.input");
    type_into(phone, "eid.otp.input", "482915");
    CHECK(reason_of(tap(phone, "eid.otp.confirm")) == "otp_wrong"); // the old code no longer counts
    phone.clear_field("eid.otp.input");
    type_into(phone, "eid.otp.input", fresh);
    tap(phone, "eid.otp.confirm");
    CHECK(phone.screen_id() == "eid.activate.password");
}

TEST_CASE("going to the Messages app for the code and back keeps the e-ID app where it was", "[eid]")
{
    Phone phone(eid_world());
    open_activation(phone);
    request(phone, "010058001234", "0912345678");
    phone.advance(6'000);
    must(phone, Action::home());
    tap(phone, "home.app.sms");
    CHECK(element(phone, "sms.list.item.dinhdanhso").badge == 1);
    tap(phone, "sms.list.item.dinhdanhso");
    CHECK(element(phone, "sms.message.0").label.find("482915") != std::string::npos);
    CHECK(shows(phone, "sms.noreply")); // a service's number cannot be answered
    CHECK_FALSE(shows(phone, "sms.input"));
    must(phone, Action::home());
    tap(phone, "home.app.eid");
    CHECK(phone.screen_id() == "eid.activate.otp");
    // The banner is another way back: tapping it while in the e-ID app opens the thread.
}

TEST_CASE("every password rule has the real app's message, and the confirmation must match", "[eid]")
{
    using P = std::vector<std::string>;
    CHECK(EidApp::password_problems("Giang@1958").empty());
    CHECK(EidApp::password_problems("Gi@1958") == P{"Mật khẩu phải từ 8 đến 20 ký tự."});
    CHECK(EidApp::password_problems("Giang@1958Giang@1958x") == P{"Mật khẩu phải từ 8 đến 20 ký tự."});
    CHECK(EidApp::password_problems("Giang@Giang") == P{"Mật khẩu phải có ít nhất 1 chữ số."});
    CHECK(EidApp::password_problems("giang@1958") == P{"Mật khẩu phải có ít nhất 1 chữ viết hoa."});
    CHECK(EidApp::password_problems("GIANG@1958") == P{"Mật khẩu phải có ít nhất 1 chữ viết thường."});
    CHECK(EidApp::password_problems("Giang19581") == P{"Mật khẩu phải có ít nhất 1 ký tự đặc biệt (ví dụ: @ # $ !)."});
    CHECK(EidApp::password_problems("").size() == 5);

    Phone phone(eid_world());
    open_activation(phone);
    request(phone, "010058001234", "0912345678");
    phone.advance(5'000);
    type_into(phone, "eid.otp.input", "482915");
    tap(phone, "eid.otp.confirm");
    REQUIRE(phone.screen_id() == "eid.activate.password");
    // The rules are ticked while typing.
    type_into(phone, "eid.password.input", "giang");
    CHECK(element(phone, "eid.rule.lower").active);
    CHECK_FALSE(element(phone, "eid.rule.upper").active);
    CHECK_FALSE(element(phone, "eid.rule.length").active);
    CHECK(shows(phone, "eid.rule.special")); // the rules show under the field, above the keyboard
    must(phone, Action::back());             // the keyboard goes, the button shows
    const auto weak = tap(phone, "eid.password.next");
    CHECK(reason_of(weak) == "password_rules");
    CHECK(element(phone, "eid.error").label == "Mật khẩu phải từ 8 đến 20 ký tự.\nMật khẩu phải có ít nhất 1 chữ "
                                               "số.\nMật khẩu phải có ít nhất 1 chữ viết hoa.\n"
                                               "Mật khẩu phải có ít nhất 1 ký tự đặc biệt (ví dụ: @ # $ !).");
    must(phone, Action::swipe(SwipeDirection::Down)); // the message was scrolled into view: back to the top
    phone.clear_field("eid.password.input");
    type_into(phone, "eid.password.input", "Giang@1958");
    for (const char* rule : {"length", "digit", "upper", "lower", "special"})
        CHECK(element(phone, std::string("eid.rule.") + rule).active);
    CHECK(element(phone, "eid.password.input").secret);
    CHECK(element(phone, "eid.password.input").max_length == 20);
    must(phone, Action::key("enter")); // on to the confirmation
    CHECK(phone.focused_field() == "eid.password.confirm");
    must(phone, Action::type("Giang@1959"));
    const auto mismatch = tap(phone, "eid.password.next");
    CHECK(reason_of(mismatch) == "password_mismatch");
    CHECK(element(phone, "eid.error").label == "Mật khẩu không khớp.");
    tap(phone, "eid.password.confirm");
    must(phone, Action::key("backspace"));
    must(phone, Action::type("8"));
    must(phone, Action::key("enter")); // "Xong" in the last field presses the button
    CHECK(phone.screen_id() == "eid.activate.passcode");
    CHECK(phone.world().eid.password == "Giang@1958");

    // The passcode: 6 digits, twice the same.
    type_into(phone, "eid.passcode.input", "24681");
    CHECK(reason_of(tap(phone, "eid.passcode.next")) == "passcode_length");
    CHECK(element(phone, "eid.error").label == "Passcode phải gồm 6 chữ số.");
    type_into(phone, "eid.passcode.input", "0");
    type_into(phone, "eid.passcode.confirm", "246811");
    CHECK(reason_of(tap(phone, "eid.passcode.next")) == "passcode_mismatch");
    CHECK(element(phone, "eid.error").label == "Passcode không khớp.");
    CHECK(element(phone, "eid.passcode.input").numeric);
    CHECK(element(phone, "eid.passcode.input").secret);
    phone.clear_field("eid.passcode.confirm");
    type_into(phone, "eid.passcode.confirm", "246810");
    tap(phone, "eid.passcode.next");
    CHECK(phone.screen_id() == "eid.activate.questions");

    // Two different questions and their answers.
    CHECK(reason_of(tap(phone, "eid.questions.done")) == "questions_missing");
    CHECK(element(phone, "eid.error").label == "Vui lòng chọn đủ 2 câu hỏi bảo mật và nhập câu trả lời.");
    tap(phone, "eid.question.1");
    CHECK(phone.screen_id() == "eid.question.pick");
    tap(phone, "eid.question.option.4");
    CHECK(element(phone, "eid.question.1").detail == EidApp::questions()[3]);
    tap(phone, "eid.question.2");
    CHECK_FALSE(shows(phone, "eid.question.option.4")); // the first question cannot be chosen twice
    tap(phone, "eid.question.option.1");
    type_into(phone, "eid.answer.1", "Bàn Văn Lử");
    must(phone, Action::key("enter"));
    must(phone, Action::type("Trường tiểu học Nậm Pung"));
    must(phone, Action::back()); // the keyboard goes
    const auto done = tap(phone, "eid.questions.done");
    CHECK(find_event(done, "eid.activated") != nullptr);
    CHECK(phone.screen_id() == "eid.activate.done");
}

TEST_CASE("the wallet and the health book open with the passcode", "[eid]")
{
    World w = eid_world();
    w.eid.activated = true;
    w.eid.password = "Giang@1958";
    w.eid.passcode = "246810";
    Phone phone(w);
    unlock_and_open(phone, "eid");
    tap(phone, "eid.welcome.activate");
    const auto again = request(phone, "010058001234", "0912345678");
    CHECK(reason_of(again) == "already_activated");
    must(phone, Action::back());
    REQUIRE(phone.screen_id() == "eid.welcome");
    tap(phone, "eid.welcome.login");
    type_into(phone, "eid.login.password", "Giang@1958");
    tap(phone, "eid.login.submit");
    REQUIRE(phone.screen_id() == "eid.home");

    tap(phone, "eid.feature.wallet");
    CHECK(phone.focused_field() == "eid.unlock.input"); // the number pad is up at once
    CHECK(phone.screen_id() == "eid.passcode");
    type_into(phone, "eid.unlock.input", "135790");
    CHECK(reason_of(tap(phone, "eid.unlock.submit")) == "passcode_wrong");
    CHECK(element(phone, "eid.error").label == "Passcode không đúng.");
    phone.clear_field("eid.unlock.input");
    type_into(phone, "eid.unlock.input", "246810");
    const auto unlocked = tap(phone, "eid.unlock.submit");
    REQUIRE(find_event(unlocked, "eid.unlocked") != nullptr);
    CHECK(find_event(unlocked, "eid.unlocked")->fields == json{{"feature", "wallet"}});
    CHECK(phone.screen_id() == "eid.wallet");
    CHECK(element(phone, "eid.card.cccd").icon == "idcard:cccd");
    CHECK(element(phone, "eid.card.bhyt").icon == "idcard:bhyt");
    const auto opened = tap(phone, "eid.card.cccd");
    CHECK(find_event(opened, "eid.card_opened")->fields == json{{"card", "cccd"}});
    CHECK(element(phone, "eid.card.field.1").detail == "010058001234");
    CHECK(element(phone, "eid.card.field.2").detail == "BÀN VĂN GIẢNG");
    must(phone, Action::back());
    tap(phone, "eid.card.bhyt");
    CHECK(element(phone, "eid.card.field.1").detail == "DK2101012345678");
    CHECK(element(phone, "eid.card.field.4").detail == "Trạm Y tế xã Nậm Pung");

    must(phone, Action::back());
    must(phone, Action::back());
    REQUIRE(phone.screen_id() == "eid.home");
    tap(phone, "eid.feature.health");
    type_into(phone, "eid.unlock.input", "246810");
    must(phone, Action::key("enter"));
    CHECK(phone.screen_id() == "eid.health");
    CHECK(element(phone, "eid.health.item.1").label == "Khám huyết áp");
    CHECK(element(phone, "eid.health.item.1").meta == "12/09/2025");
    CHECK(element(phone, "eid.health.item.2").icon == "vaccine");
    must(phone, Action::back());
    tap(phone, "eid.feature.notices");
    CHECK(element(phone, "eid.notice.1").label == "Kích hoạt thành công");
    must(phone, Action::back());
    const auto out = tap(phone, "eid.feature.logout");
    CHECK(find_event(out, "eid.logged_out") != nullptr);
    CHECK(phone.screen_id() == "eid.welcome");
}

TEST_CASE("the e-ID app is on the phone only when the world has an \"eid\" section", "[eid]")
{
    World none;
    none.owner.name = "Bàn Văn Giảng";
    Phone phone(none);
    must(phone, Action::swipe(SwipeDirection::Up));
    CHECK_FALSE(shows(phone, "home.app.eid"));
    CHECK(shows(phone, "home.app.sms")); // every phone has Messages, a browser and Settings
    CHECK(shows(phone, "home.app.web"));
    CHECK(shows(phone, "home.app.settings"));
    const auto ids = Phone::publishable_ids(none);
    CHECK(std::none_of(ids.begin(), ids.end(), [](const std::string& id) { return id.rfind("eid.", 0) == 0; }));
    const auto names = Phone::screen_names();
    for (const char* s :
         {"eid.welcome", "eid.activate.otp", "eid.wallet", "eid.card", "sms.thread", "web.page", "settings.text_size"})
        CHECK(std::find(names.begin(), names.end(), s) != names.end());
    Phone with(eid_world());
    must(with, Action::swipe(SwipeDirection::Up));
    CHECK(element(with, "home.app.eid").label == "Định danh");
}

TEST_CASE("every e-ID screen fits at every text size, with the keyboard up too", "[eid][layout]")
{
    CHECK(check_all_screens(eid_world(), "eid.") == 5 * 18);
}

TEST_CASE("a long e-ID form scrolls with a swipe when large text does not fit", "[eid][layout]")
{
    World w = eid_world();
    w.settings.text_size_percent = 200;
    Phone phone(w);
    unlock_and_open(phone, "eid");
    CHECK(shows(phone, "eid.more")); // "swipe up for more": the activation button is below
    CHECK_FALSE(shows(phone, "eid.welcome.activate"));
    must(phone, Action::swipe(SwipeDirection::Up));
    tap(phone, "eid.welcome.activate");
    request(phone, "010058001234", "0912345678");
    phone.advance(5'000);
    type_into(phone, "eid.otp.input", "482915");
    must(phone, Action::key("enter"));
    REQUIRE(phone.screen_id() == "eid.activate.password");
    CHECK(shows(phone, "eid.more"));
    CHECK_FALSE(shows(phone, "eid.password.next"));
    must(phone, Action::swipe(SwipeDirection::Up));
    must(phone, Action::swipe(SwipeDirection::Up));
    CHECK(shows(phone, "eid.password.next"));
    must(phone, Action::swipe(SwipeDirection::Down));
    must(phone, Action::swipe(SwipeDirection::Down));
    CHECK(shows(phone, "eid.password.input"));
}

TEST_CASE("mistakes in the \"eid\" section are reported where they are", "[eid][lesson]")
{
    auto lesson = [](const std::string& eid) {
        return R"({"format": 1, "id": "x", "title": "X", "skills": ["e-id"],
  "world": {"owner": {"name": "A", "phone": "0912 345 678"},
    "eid": )" + eid +
               R"(},
  "steps": [{"id": "a", "say": "Mở", "done_when": {"screen": "home"}}]})";
    };
    CHECK(load_errors(lesson(R"({"id_number": "01005800123"})")) ==
          std::vector<std::string>{
              "bai.json:3:26: error: \"id_number\" must be the 12 digits of a personal identification "
              "number, like \"010058001234\""});
    CHECK(load_errors(lesson(R"({"otp": "12345", "otp_valid_s": 5})")) ==
          std::vector<std::string>{"bai.json:3:20: error: \"otp\" must be 6 digits, like \"482915\"",
                                   "bai.json:3:44: error: \"otp_valid_s\" must be a whole number from 30 to 900"});
    CHECK(load_errors(lesson(R"({"activated": true, "password": "giang1958", "passcode": "2468"})")) ==
          std::vector<std::string>{"bai.json:3:44: error: \"password\" breaks the app's rules: Mật khẩu phải có ít "
                                   "nhất 1 chữ viết hoa. (use 8-20 "
                                   "characters with a digit, an upper-case and a lower-case letter and a special "
                                   "character, like \"Giang@1958\")",
                                   "bai.json:3:69: error: \"passcode\" must be 6 digits, like \"246810\""});
    CHECK(load_errors(lesson(R"({"activated": true})")) ==
          std::vector<std::string>{
              "bai.json:3:26: error: an activated account needs its \"password\" and \"passcode\" (the "
              "learner logs in with them)"});
    CHECK(load_errors(lesson(R"({"helth": [], "health": [{"kind": "xray"}]})")) ==
          std::vector<std::string>{"bai.json:3:13: error: unknown key \"helth\" in \"eid\"; did you mean \"health\"?",
                                   "bai.json:3:37: error: a health record needs \"title\"",
                                   "bai.json:3:46: error: \"kind\" must be \"visit\" or \"vaccine\""});
    const LoadResult ok = load_lesson_text(
        lesson(R"({"level": 1, "health": [{"title": "Khám mắt", "date": "01/02/2025"}]})"), "bai.json");
    REQUIRE(ok.lesson.has_value());
    CHECK(ok.lesson->world.eid.enabled);
    CHECK(ok.lesson->world.eid.level == 1);
    CHECK(ok.lesson->world.eid.health.at(0).title == "Khám mắt");
}

TEST_CASE("\"Xong\" in an e-ID field says which field is done and whether it is complete", "[eid]")
{
    Phone phone(eid_world());
    open_activation(phone);
    type_into(phone, "eid.activate.id_number", "01005800");
    const auto short_id = must(phone, Action::key("enter")).events;
    REQUIRE(find_event(short_id, "eid.field_done") != nullptr);
    CHECK(find_event(short_id, "eid.field_done")->fields == json{{"field", "id_number"}, {"complete", false}});
    CHECK(phone.focused_field() == "eid.activate.phone");
    tap(phone, "eid.activate.id_number");
    must(phone, Action::type("1234"));
    const auto full = must(phone, Action::key("enter")).events;
    CHECK(find_event(full, "eid.field_done")->fields == json{{"field", "id_number"}, {"complete", true}});
    must(phone, Action::type("0912345678"));
    const auto sent = must(phone, Action::key("enter")).events;
    CHECK(find_event(sent, "eid.field_done")->fields == json{{"field", "phone"}, {"complete", true}});
    CHECK(find_event(sent, "eid.step_done")->fields == json{{"step", "request"}});
}
