// Apps declared as data (app_world.h, data_app.h): the shipped VssID, public-services
// portal and wallet apps and a pack's own app, played by hand with the learner's mistakes
// (an empty or wrong field, an impossible date, a wrong OTP or PIN, too little money),
// their layout at every text size, and the reader's messages for a payment declared wrong.
#include "lessons/lesson.h"
#include "phone/data_app.h"
#include "phone/phone.h"
#include "service_test_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace luyenso;
using namespace luyenso::service_test;

namespace {

World world_of(const std::string& path)
{
    const LoadResult r = load_lesson_file(path);
    INFO(path << ": " << Catch::Detail::stringify(test::to_strings(r.errors)));
    REQUIRE(r.lesson.has_value());
    return r.lesson->world;
}

World shipped(const std::string& id)
{
    return world_of(test::lessons_dir() + "/" + id + ".json");
}

std::string text_of(const Phone& phone, const std::string& id)
{
    return element(phone, id).label;
}

// Every label and value a screen shows, one per line.
std::string screen_text(const Phone& phone)
{
    std::string out;
    for (const Element& e : phone.elements())
        if (!e.label.empty())
            out += e.label + "\n";
    return out;
}

// Taps a button further down the screen: swipes up until it shows (as a learner scrolls).
std::vector<Event> tap_below(Phone& phone, const std::string& id)
{
    for (int i = 0; i < 6 && !shows(phone, id); ++i)
        must(phone, Action::swipe(SwipeDirection::Up));
    return tap(phone, id);
}

bool says(const Phone& phone, const std::string& words)
{
    return screen_text(phone).find(words) != std::string::npos;
}

} // namespace

TEST_CASE("every screen of every app declared as data lays out at every text size", "[data_app][layout]")
{
    const std::vector<std::string> paths = {
        test::lessons_dir() + "/dong-bhxh-tu-nguyen-vssid.json",
        test::lessons_dir() + "/dich-vu-cong-trich-luc-khai-sinh.json",
        test::lessons_dir() + "/vi-tien-tra-tien-dien.json",
        test::lessons_dir() + "/vi-tien-hoan-tien-gia.json",
        test::fixtures_dir() + "/packs/ung-dung-tu-khai/hoc-phi.json",
    };
    int screens = 0;
    for (const std::string& path : paths) {
        const World world = world_of(path);
        REQUIRE_FALSE(world.apps.empty());
        for (const DataAppSpec& app : world.apps)
            screens += check_all_screens(world, DataApp::screen_name(app.id, ""));
    }
    CHECK(screens >= 5 * 4 * 4); // five apps, four screens or more, four text sizes or more
}

SCENARIO("VssID: the insurance book, then a month paid from the bank with the OTP its SMS brings", "[data_app][vssid]")
{
    Phone phone(shipped("dong-bhxh-tu-nguyen-vssid"));
    const std::int64_t balance = phone.world().bank.balance;
    unlock_and_open(phone, "vssid");
    REQUIRE(phone.screen_id() == "app.vssid.trang-chu");
    CHECK(says(phone, "Mã số BHXH: 1207439812"));

    WHEN("the learner opens the insurance book and comes back")
    {
        const auto events = tap(phone, "app.vssid.trang-chu.menu.qua-trinh");
        CHECK(phone.screen_id() == "app.vssid.qua-trinh");
        const Event* opened = find_event(events, "app.screen_opened");
        REQUIRE(opened != nullptr);
        CHECK(opened->fields.at("app") == "vssid");
        CHECK(opened->fields.at("app_screen") == "qua-trinh");
        tap(phone, "app.vssid.qua-trinh.header.back");
        CHECK(phone.screen_id() == "app.vssid.trang-chu");
    }
    WHEN("the learner presses Tiếp tục without choosing the month, then chooses the whole year")
    {
        tap(phone, "app.vssid.trang-chu.menu.dong-tien");
        auto events = tap(phone, "app.vssid.dong-tien.tiep");
        THEN("the field says what to do, nothing is sent and the screen stays")
        {
            CHECK(phone.screen_id() == "app.vssid.dong-tien");
            CHECK(names(events) == std::vector<std::string>{"app.button_pressed"});
            CHECK(text_of(phone, "app.vssid.dong-tien.so-thang.error") ==
                  "Hôm nay bác chỉ đóng tháng 12. Bác chọn Tháng 12/2026.");
        }
        tap(phone, "app.vssid.dong-tien.so-thang.ca-nam");
        events = tap(phone, "app.vssid.dong-tien.tiep");
        THEN("the option the lesson does not accept is refused the same way")
        {
            CHECK(phone.screen_id() == "app.vssid.dong-tien");
            CHECK(find_event(events, "app.form_submitted") == nullptr);
            CHECK(shows(phone, "app.vssid.dong-tien.so-thang.error"));
        }
    }
    WHEN("the learner chooses December and types a wrong code, then the right one")
    {
        tap(phone, "app.vssid.trang-chu.menu.dong-tien");
        tap(phone, "app.vssid.dong-tien.so-thang.thang-12");
        CHECK_FALSE(shows(phone, "app.vssid.dong-tien.so-thang.error"));
        auto events = tap(phone, "app.vssid.dong-tien.tiep");
        REQUIRE(phone.screen_id() == "app.vssid.otp");
        const Event* form = find_event(events, "app.form_submitted");
        REQUIRE(form != nullptr);
        CHECK(form->fields.at("values").at("so-thang") == "thang-12");
        REQUIRE(find_event(events, "otp.sent") != nullptr);
        CHECK(says(phone, "330.000 đ"));

        events = phone.advance(3000);
        const Event* sms = find_event(events, "sms.received");
        REQUIRE(sms != nullptr);
        REQUIRE_FALSE(phone.world().sms.threads.empty());
        const SmsThread& thread = phone.world().sms.threads.front(); // the newest activity first
        CHECK(thread.sender == "BHXHVN");
        CHECK(thread.messages.back().text.find("604218") != std::string::npos);

        type_into(phone, "app.vssid.otp.ma", "604217");
        events = tap_below(phone, "app.vssid.otp.xac-nhan");
        THEN("a wrong code pays nothing and says so")
        {
            CHECK(phone.screen_id() == "app.vssid.otp");
            const Event* otp = find_event(events, "app.otp_entered");
            REQUIRE(otp != nullptr);
            CHECK(otp->fields.at("right") == false);
            CHECK(find_event(events, "app.payment_made") == nullptr);
            CHECK(phone.world().bank.balance == balance);
            CHECK(text_of(phone, "app.vssid.otp.ma.error") == "Mã OTP chưa đúng. Bác xem lại tin nhắn của BHXHVN.");
        }
        phone.clear_field("app.vssid.otp.ma");
        type_into(phone, "app.vssid.otp.ma", "604218");
        events = tap_below(phone, "app.vssid.otp.xac-nhan");
        THEN("the right code pays from the bank: its balance and history, the receipt, the book")
        {
            const Event* paid = find_event(events, "app.payment_made");
            REQUIRE(paid != nullptr);
            CHECK(paid->fields.at("amount") == 330000);
            CHECK(paid->fields.at("recipient") == "BHXH Việt Nam");
            CHECK(paid->fields.at("source") == "bank");
            CHECK(phone.world().bank.balance == balance - 330000);
            REQUIRE_FALSE(phone.world().bank.history.empty());
            CHECK(phone.world().bank.history.back().name == "BHXH Việt Nam");
            CHECK(phone.world().bank.history.back().amount == 330000);
            CHECK(phone.screen_id() == "app.vssid.bien-lai");
            CHECK(says(phone, "330.000 đ"));
            CHECK(says(phone, "BHXH Việt Nam"));
            tap(phone, "app.vssid.bien-lai.xem-so");
            CHECK(phone.screen_id() == "app.vssid.qua-trinh");
        }
    }
}

SCENARIO("the public-services portal checks the form the way its messages say", "[data_app][portal]")
{
    Phone phone(shipped("dich-vu-cong-trich-luc-khai-sinh"));
    const std::int64_t balance = phone.world().bank.balance;
    unlock_and_open(phone, "dich-vu-cong");
    tap(phone, "app.dich-vu-cong.trang-chu.menu.nop-ho-so");
    REQUIRE(phone.screen_id() == "app.dich-vu-cong.nop-ho-so");
    const std::string form = "app.dich-vu-cong.nop-ho-so.";

    WHEN("the learner sends the form empty")
    {
        const auto events = tap_below(phone, form + "gui");
        THEN("every field says what it needs and nothing is sent")
        {
            CHECK(find_event(events, "app.form_submitted") == nullptr);
            CHECK(text_of(phone, form + "ho-ten.error") == "Bác nhập đủ họ tên, có dấu.");
            CHECK(text_of(phone, form + "ngay-sinh.error") == "Ngày sinh viết dạng ngày/tháng/năm, ví dụ 05/03/1958.");
            CHECK(text_of(phone, form + "so-ban.error") == "Ông Sần cần 2 bản. Bác chọn 2 bản.");
        }
    }
    WHEN("the name is too short, the date does not exist and one copy is chosen")
    {
        type_into(phone, form + "ho-ten", "Sần");
        type_into(phone, form + "ngay-sinh", "31/02/1958");
        phone.unfocus();
        tap(phone, form + "so-ban.1");
        const auto events = tap_below(phone, form + "gui");
        CHECK(find_event(events, "app.form_submitted") == nullptr);
        CHECK(shows(phone, form + "ho-ten.error"));
        CHECK(shows(phone, form + "ngay-sinh.error"));
        CHECK(shows(phone, form + "so-ban.error"));
        CHECK(phone.screen_id() == "app.dich-vu-cong.nop-ho-so");
    }
    WHEN("the form is right: the fee follows the copies chosen and is paid with the OTP")
    {
        type_into(phone, form + "ho-ten", "Lý Văn Sần");
        type_into(phone, form + "ngay-sinh", "05/03/1958");
        phone.unfocus();
        tap(phone, form + "so-ban.2");
        auto events = tap_below(phone, form + "gui");
        const Event* sent = find_event(events, "app.form_submitted");
        REQUIRE(sent != nullptr);
        CHECK(sent->fields.at("values").at("ho-ten") == "Lý Văn Sần");
        CHECK(sent->fields.at("values").at("ngay-sinh") == "05/03/1958");
        CHECK(sent->fields.at("values").at("so-ban") == "2");
        REQUIRE(phone.screen_id() == "app.dich-vu-cong.le-phi");
        CHECK(says(phone, "16.000 đ")); // 2 copies at 8 000 đ
        phone.advance(4000);
        type_into(phone, "app.dich-vu-cong.le-phi.ma", "731904");
        events = tap_below(phone, "app.dich-vu-cong.le-phi.tra");
        const Event* paid = find_event(events, "app.payment_made");
        REQUIRE(paid != nullptr);
        CHECK(paid->fields.at("amount") == 16000);
        CHECK(phone.world().bank.balance == balance - 16000);
        tap(phone, "app.dich-vu-cong.bien-lai.theo-doi");
        CHECK(phone.screen_id() == "app.dich-vu-cong.ho-so-cua-toi");
    }
}

SCENARIO("the wallet pays the electricity bill and tops up a phone from its own balance, with its PIN",
         "[data_app][wallet]")
{
    Phone phone(shipped("vi-tien-tra-tien-dien"));
    REQUIRE(phone.world().apps.size() == 1);
    const std::int64_t bank_balance = phone.world().bank.balance;
    CHECK(phone.world().apps[0].balance == 800000);
    unlock_and_open(phone, "vi-lang-xanh");
    CHECK(says(phone, "Số dư ví: 800.000 đ"));

    WHEN("the bill is looked up with a wrong customer code")
    {
        tap(phone, "app.vi-lang-xanh.trang-chu.menu.tien-dien");
        type_into(phone, "app.vi-lang-xanh.tien-dien.ma-kh", "PA14MH0052211");
        phone.unfocus();
        tap(phone, "app.vi-lang-xanh.tien-dien.tra-cuu");
        CHECK(phone.screen_id() == "app.vi-lang-xanh.tien-dien");
        CHECK(shows(phone, "app.vi-lang-xanh.tien-dien.ma-kh.error"));
    }
    WHEN("the bill is paid with a wrong PIN, then the right one")
    {
        tap(phone, "app.vi-lang-xanh.trang-chu.menu.tien-dien");
        type_into(phone, "app.vi-lang-xanh.tien-dien.ma-kh", "PA14MH0052210");
        phone.unfocus();
        tap(phone, "app.vi-lang-xanh.tien-dien.tra-cuu");
        REQUIRE(phone.screen_id() == "app.vi-lang-xanh.hoa-don");
        type_into(phone, "app.vi-lang-xanh.hoa-don.pin", "111111");
        phone.unfocus();
        auto events = tap_below(phone, "app.vi-lang-xanh.hoa-don.tra");
        const Event* pin = find_event(events, "app.pin_entered");
        REQUIRE(pin != nullptr);
        CHECK(pin->fields.at("right") == false);
        CHECK(find_event(events, "app.payment_made") == nullptr);
        CHECK(phone.world().apps[0].balance == 800000);
        CHECK(text_of(phone, "app.vi-lang-xanh.hoa-don.pin.error") == "Mã PIN chưa đúng. Mã PIN tập luyện là 147258.");

        phone.clear_field("app.vi-lang-xanh.hoa-don.pin");
        type_into(phone, "app.vi-lang-xanh.hoa-don.pin", "147258");
        phone.unfocus();
        events = tap_below(phone, "app.vi-lang-xanh.hoa-don.tra");
        const Event* paid = find_event(events, "app.payment_made");
        REQUIRE(paid != nullptr);
        CHECK(paid->fields.at("amount") == 214000);
        CHECK(paid->fields.at("source") == "wallet");
        THEN("the wallet's balance and history change, the bank's do not")
        {
            CHECK(phone.world().apps[0].balance == 586000);
            CHECK(phone.world().bank.balance == bank_balance);
            CHECK(says(phone, "586.000 đ")); // the receipt's "Số dư ví còn lại"
            tap(phone, "app.vi-lang-xanh.bien-lai.xong");
            CHECK(says(phone, "Số dư ví: 586.000 đ"));
            tap(phone, "app.vi-lang-xanh.trang-chu.menu.lich-su");
            CHECK(text_of(phone, "app.vi-lang-xanh.lich-su.gan-day.1.label") ==
                  "Hôm nay " + phone.time_text() + " · Điện lực Núi Xanh");
            CHECK(text_of(phone, "app.vi-lang-xanh.lich-su.gan-day.1") == "- 214.000 đ");
            CHECK(text_of(phone, "app.vi-lang-xanh.lich-su.gan-day.2.label") == "05/12 - Nạp tiền từ ngân hàng");
        }
    }
    WHEN("a phone is topped up: the amount is the one chosen")
    {
        tap(phone, "app.vi-lang-xanh.trang-chu.menu.nap-tien");
        type_into(phone, "app.vi-lang-xanh.nap-tien.so-dt", "091234567"); // 9 digits
        phone.unfocus();
        tap(phone, "app.vi-lang-xanh.nap-tien.menh-gia.100k");
        tap(phone, "app.vi-lang-xanh.nap-tien.tiep");
        CHECK(text_of(phone, "app.vi-lang-xanh.nap-tien.so-dt.error") == "Số điện thoại phải có đủ 10 chữ số.");
        type_into(phone, "app.vi-lang-xanh.nap-tien.so-dt", "8");
        phone.unfocus();
        tap(phone, "app.vi-lang-xanh.nap-tien.tiep");
        REQUIRE(phone.screen_id() == "app.vi-lang-xanh.xac-nhan-nap");
        CHECK(says(phone, "100.000 đ"));
        CHECK(says(phone, "Nạp tiền cho số 0912345678"));
        type_into(phone, "app.vi-lang-xanh.xac-nhan-nap.pin", "147258");
        phone.unfocus();
        const auto events = tap_below(phone, "app.vi-lang-xanh.xac-nhan-nap.nap");
        const Event* paid = find_event(events, "app.payment_made");
        REQUIRE(paid != nullptr);
        CHECK(paid->fields.at("amount") == 100000);
        CHECK(paid->fields.at("recipient") == "Nạp tiền cho số 0912345678");
        CHECK(phone.world().apps[0].balance == 700000);
    }
}

TEST_CASE("a payment the wallet cannot afford says so and pays nothing", "[data_app][wallet]")
{
    World world = shipped("vi-tien-tra-tien-dien");
    world.apps[0].balance = 200000; // the bill is 214 000 đ
    Phone phone(world);
    unlock_and_open(phone, "vi-lang-xanh");
    tap(phone, "app.vi-lang-xanh.trang-chu.menu.tien-dien");
    type_into(phone, "app.vi-lang-xanh.tien-dien.ma-kh", "PA14MH0052210");
    phone.unfocus();
    tap(phone, "app.vi-lang-xanh.tien-dien.tra-cuu");
    type_into(phone, "app.vi-lang-xanh.hoa-don.pin", "147258");
    phone.unfocus();
    const auto events = tap_below(phone, "app.vi-lang-xanh.hoa-don.tra");
    CHECK(find_event(events, "app.payment_made") == nullptr);
    CHECK(phone.screen_id() == "app.vi-lang-xanh.hoa-don");
    CHECK(text_of(phone, "app.vi-lang-xanh.hoa-don.thanh-toan.error") == "Số dư không đủ để thanh toán.");
    CHECK(phone.world().apps[0].balance == 200000);
}

TEST_CASE("a payment declared wrong is reported at its place", "[data_app][check]")
{
    const auto lesson = [](const std::string& payment, const std::string& choices) {
        return R"({"format": 1, "id": "vi-thu", "version": 1, "title": {"vi": "Thử"}, "goal": {"vi": "Thử"},
  "skills": ["bill-payment"],
  "world": {"owner": {"name": "Bà Lan"}, "apps": [{"id": "vi-thu", "name": "Ví", "icon": "wallet", "pin": "1234", "balance": 100000,
    "screens": [{"id": "chon", "title": "Chọn", "components": [
      {"kind": "field", "id": "muc", "field": "choice", "message": "Chọn một mục.", "choices": )" +
               choices + R"(},
      {"kind": "button", "id": "tiep", "text": "Tiếp tục", "to": "tra"}]},
     {"id": "tra", "title": "Trả", "components": [)" +
               payment + R"(]}]}]},
  "steps": [{"id": "mo", "say": {"vi": "Mở khóa."}, "target": "lock.unlock",
             "done_when": {"event": "phone.unlocked"}, "demo": [{"swipe": "up"}]}]})";
    };
    const std::string options = R"([{"id": "a", "label": "50.000 đ", "amount": 50000}, {"id": "b", "label": "Khác"}])";
    const std::string good_options = R"([{"id": "a", "label": "50.000 đ", "amount": 50000}])";
    const std::string pay = R"({"kind": "payment", "id": "p", "recipient": "Điện lực", )";

    CHECK(load_errors(lesson(pay + R"("amount": 1000, "amount_from": "muc"})", good_options)) ==
          std::vector<std::string>{"bai.json:7:51: error: a payment has exactly one of \"amount\", \"amount_from\""});
    CHECK(load_errors(lesson(pay + R"("recipient": "X"})", good_options)).size() == 1); // neither
    CHECK(load_errors(lesson(pay + R"("amount_from": "muc"})", options)) ==
          std::vector<std::string>{"bai.json:7:122: error: \"amount_from\": \"muc\" is no choice field of this app "
                                   "whose every choice has an \"amount\""});
    CHECK(load_errors(lesson(pay + R"("amount_from": "tiep"})", good_options)).size() == 1);
    CHECK(load_errors(lesson(pay + R"("amount_from": "muc"})", good_options)).empty());
}

TEST_CASE("the worked example of docs/lesson-format.md loads and pays", "[data_app][docs]")
{
    std::ifstream in(test::source_dir() + "/docs/lesson-format.md");
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const std::size_t example = doc.find("A worked example");
    REQUIRE(example != std::string::npos);
    const std::size_t from = doc.find("```json\n", example);
    REQUIRE(from != std::string::npos);
    const std::size_t to = doc.find("```", from + 8);
    const std::string apps = doc.substr(from + 8, to - from - 8);
    const std::string lesson = R"({"format": 1, "id": "vi-du", "version": 1, "title": {"vi": "Ví dụ"},
  "goal": {"vi": "Ví dụ"}, "skills": ["bill-payment"], "world": {"owner": {"name": "Bà Sử"}, )" +
                               apps + R"(},
  "steps": [{"id": "mo", "say": {"vi": "Mở khóa."}, "target": "lock.unlock",
             "done_when": {"event": "phone.unlocked"}, "demo": [{"swipe": "up"}]}]})";
    const LoadResult r = load_lesson_text(lesson, "vi-du.json");
    INFO(Catch::Detail::stringify(test::to_strings(r.errors)));
    REQUIRE(r.lesson.has_value());

    Phone phone(r.lesson->world);
    unlock_and_open(phone, "truong-em");
    tap(phone, "app.truong-em.trang-chu.menu.dong-tien");
    type_into(phone, "app.truong-em.dong-tien.ma-hs", "HS2031");
    phone.unfocus();
    tap(phone, "app.truong-em.dong-tien.tiep");
    REQUIRE(phone.screen_id() == "app.truong-em.tra");
    type_into(phone, "app.truong-em.tra.pin", "2580");
    phone.unfocus();
    const auto events = tap_below(phone, "app.truong-em.tra.tra");
    const Event* paid = find_event(events, "app.payment_made");
    REQUIRE(paid != nullptr);
    CHECK(paid->fields.at("amount") == 450000);
    CHECK(phone.world().apps[0].balance == 150000);
    CHECK(says(phone, "Tien an thang 12 HS2031") == false); // the note is on the payment, not the receipt
    CHECK(says(phone, "150.000 đ"));
}
