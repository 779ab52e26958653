// The bank app, headless: log in, pay a shop by its QR (static and dynamic), refuse a
// broken QR, transfer to a saved recipient, pay bills by customer code, the history, the
// swapped-sticker event, an OTP by SMS; the world's "bank" section read from JSON.
#include "lessons/lesson.h"
#include "phone/bank_app.h"
#include "phone/phone.h"
#include "phone/vietqr.h"
#include "service_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

using namespace luyenso;
using namespace luyenso::service_test;
using nlohmann::json;

namespace {

std::string payload(const std::string& bin, const std::string& account, const std::string& name,
                    const std::string& amount = {}, const std::string& purpose = {})
{
    VietQr q;
    q.bank_bin = bin;
    q.account = account;
    q.merchant_name = name;
    q.amount = amount;
    q.purpose = purpose;
    q.dynamic = !amount.empty();
    return q.build();
}

BankScene scene(std::string id, std::string sign, std::string owner, std::string text, std::string kind = "shop")
{
    BankScene s;
    s.id = std::move(id);
    s.kind = std::move(kind);
    s.sign = std::move(sign);
    s.owner = std::move(owner);
    s.payload = std::move(text);
    return s;
}

// Mr Giảng's phone in Lào Cai: 1 250 000 đ, a grocery with a static QR, a stall with a
// dynamic one, a swapped sticker, a broken sticker, a daughter to send money to, bills.
World bank_world()
{
    World w;
    w.owner.name = "Bàn Văn Giảng";
    w.owner.phone = "0912 345 678";
    w.start_minutes = 9 * 60 + 15;
    w.date = "Thứ Hai, 2 tháng 12";
    BankWorld& b = w.bank;
    b.enabled = true;
    b.balance = 1'250'000;
    b.pin = "246810";
    b.transaction_pin = "135790";
    b.account = "0912345678";
    b.banks = {{"970416", "Ngân hàng Hoa Ban"}};
    b.beneficiaries = {{"hoa", "BAN THI HOA", "0356112233", "970416"}};
    b.bills = {
        {"electricity", "PA05010012345", "Công ty Điện lực Lào Cai", "Bàn Văn Giảng", "Tháng 11/2024", 182'000, false},
        {"water", "NC0012345", "Công ty Cấp nước Lào Cai", "Bàn Văn Giảng", "Tháng 11/2024", 64'000, false}};
    b.scenes = {
        scene("tap-hoa", "Tạp hóa Cô Lan", "Hoàng Thị Lan", payload("970499", "0123456789", "HOANG THI LAN")),
        scene("hang-rau", "Hàng rau Bà Sử", "", payload("970416", "0888777666", "HANG RAU BA SU", "120000", "Mua rau")),
        scene("dan-de", "Tạp hóa Cô Lan", "Hoàng Thị Lan", payload("970416", "9999000011", "NGUYEN VAN TUAN")),
        scene("hong", "Tạp hóa Cô Lan", "Hoàng Thị Lan",
              "00020101021138530010A0000007270123000697041601092245284790208QRIBFTTA53037045802VN6304FFFF"),
        scene("khong-phai", "Quán nước", "", "https://khuyen-mai.example/nhan-qua")};
    b.scenes[3].invalid = true;
    b.scenes[4].invalid = true;
    b.history = {{"Con gái Hoa", "0356112233", 500'000, true, "25/11 10:02", "Con gui bo tien", "transfer", "LX0001"}};
    return w;
}

void log_in(Phone& phone)
{
    must(phone, Action::swipe(SwipeDirection::Up));
    tap(phone, "home.app.bank");
    REQUIRE(phone.screen_id() == "bank.login");
    must(phone, Action::type("246810"));
    const auto events = tap(phone, "bank.login.submit");
    REQUIRE(phone.screen_id() == "bank.home");
    REQUIRE(find_event(events, "bank.logged_in") != nullptr);
}

// Points the camera at scene number `index` and scans it.
std::vector<Event> scan(Phone& phone, int index)
{
    tap(phone, "bank.home.scan");
    REQUIRE(phone.screen_id() == "bank.scan");
    for (int i = 0; i < index; ++i)
        tap(phone, "bank.scan.next");
    return tap(phone, "bank.scan.shoot");
}

// Approves the payment being confirmed with the transaction PIN; returns the events.
std::vector<Event> confirm_and_approve(Phone& phone)
{
    REQUIRE(phone.screen_id() == "bank.confirm");
    tap(phone, "bank.confirm.ok");
    REQUIRE(phone.screen_id() == "bank.auth");
    CHECK(phone.focused_field() == "bank.auth.code"); // the number pad is up at once
    must(phone, Action::type("135790"));
    return tap(phone, "bank.auth.submit");
}

} // namespace

SCENARIO("logging in to the bank app with the PIN", "[bank]")
{
    GIVEN("the bank app opened from the home screen")
    {
        Phone phone(bank_world());
        must(phone, Action::swipe(SwipeDirection::Up));
        CHECK(element(phone, "home.app.bank").label == "Ngân hàng");
        CHECK(element(phone, "home.app.bank").icon == "app_bank");
        const ActionResult opened = must(phone, Action::tap("home.app.bank"));
        REQUIRE(phone.screen_id() == "bank.login");
        CHECK(opened.events.front().fields == json{{"app", "bank"}});
        const Element pin = element(phone, "bank.login.pin");
        CHECK(pin.secret);
        CHECK(pin.numeric);
        CHECK(pin.max_length == 6);
        CHECK(phone.focused_field() == "bank.login.pin");
        CHECK(element(phone, "bank.login.hello").label == "Xin chào BAN VAN GIANG");

        WHEN("a wrong PIN is typed, twice")
        {
            must(phone, Action::type("111111"));
            const auto first = tap(phone, "bank.login.submit");
            must(phone, Action::type("222222"));
            const auto second = must(phone, Action::key("enter")).events;
            THEN("the app refuses, says so, and counts")
            {
                REQUIRE(names(first) == std::vector<std::string>{"text.entered", "bank.login_failed"});
                CHECK(first[1].fields == json{{"attempts", 1}});
                REQUIRE(names(second) == std::vector<std::string>{"text.entered", "bank.login_failed"});
                CHECK(second[1].fields == json{{"attempts", 2}});
                CHECK(phone.screen_id() == "bank.login");
                CHECK(element(phone, "bank.login.error").label == "Mã PIN không đúng. Bác hãy nhập lại.");
                CHECK(phone.field_text("bank.login.pin").empty());
            }
        }
        WHEN("too few digits are typed")
        {
            must(phone, Action::type("2468"));
            const auto events = tap(phone, "bank.login.submit");
            THEN("it asks for six, without counting a failure")
            {
                CHECK(names(events) == std::vector<std::string>{"text.entered"}); // the PIN, left: no text
                CHECK(element(phone, "bank.login.error").label == "Mã PIN có 6 số. Bác hãy nhập đủ 6 số.");
            }
        }
        WHEN("letters are typed into the PIN")
        {
            must(phone, Action::type("ab24"));
            THEN("only the digits go in")
            {
                CHECK(phone.field_text("bank.login.pin") == "24");
            }
        }
        WHEN("the right PIN is typed")
        {
            must(phone, Action::type("246810"));
            const auto events = tap(phone, "bank.login.submit");
            THEN("the balance shows, Vietnamese style")
            {
                REQUIRE(names(events) == std::vector<std::string>{"text.entered", "bank.logged_in"});
                CHECK(events[1].fields == json::object());
                CHECK(phone.screen_id() == "bank.home");
                const Element card = element(phone, "bank.home.account");
                CHECK(card.label == "1.250.000 đ");
                CHECK(card.detail == "BAN VAN GIANG");
                CHECK(card.meta == "Số tài khoản: 0912345678");
                CHECK(element(phone, "bank.home.header").label == "Ngân hàng Làng Xanh");
                for (const auto& [id, label] :
                     std::vector<std::pair<std::string, std::string>>{{"bank.home.scan", "Quét QR"},
                                                                      {"bank.home.transfer", "Chuyển tiền"},
                                                                      {"bank.home.bills", "Thanh toán hóa đơn"},
                                                                      {"bank.home.history", "Lịch sử"}})
                    CHECK(element(phone, id).label == label);
            }
            AND_WHEN("the learner leaves and opens the app again")
            {
                must(phone, Action::home());
                tap(phone, "home.app.bank");
                THEN("it asks for the PIN again")
                {
                    CHECK(phone.screen_id() == "bank.login");
                }
            }
        }
    }
}

SCENARIO("paying a shop by its static QR: the learner types the amount", "[bank]")
{
    GIVEN("a logged-in learner at the grocery's counter")
    {
        Phone phone(bank_world());
        log_in(phone);
        tap(phone, "bank.home.scan");
        REQUIRE(phone.screen_id() == "bank.scan");
        const ElementTree view = phone.elements();
        const Element* scene_el = find_element(view, "bank.scan.scene");
        REQUIRE(scene_el != nullptr);
        CHECK(scene_el->label == "Tạp hóa Cô Lan"); // the sign the learner compares with
        CHECK(scene_el->icon == "bank.scene.shop");
        const Element* sticker = find_element(view, "bank.scan.qr.tap-hoa");
        REQUIRE(sticker != nullptr);
        CHECK(sticker->tappable);
        CHECK(sticker->detail == bank_world().bank.scenes[0].payload); // the UI draws this text's QR code

        WHEN("the learner taps the sticker in the viewfinder")
        {
            const auto events = tap(phone, "bank.scan.qr.tap-hoa");
            THEN("the QR is read and the payment screen shows its fields")
            {
                REQUIRE(names(events) == std::vector<std::string>{"qr.scanned"});
                CHECK(events[0].fields == json{{"scene", "tap-hoa"},
                                               {"recipient", "HOANG THI LAN"},
                                               {"account", "0123456789"},
                                               {"amount", 0},
                                               {"dynamic", false}});
                CHECK(phone.screen_id() == "bank.pay");
                CHECK(element(phone, "bank.pay.recipient").label == "HOANG THI LAN");
                CHECK(element(phone, "bank.pay.account").label == "0123456789");
                CHECK(element(phone, "bank.pay.bank").label == "Ngân hàng Làng Xanh"); // the BIN of the learner's bank
                const Element amount = element(phone, "bank.pay.amount");
                CHECK(amount.role == Role::TextField); // a static QR: the amount is the learner's to type
                CHECK(amount.numeric);
                CHECK(amount.label.empty());
                CHECK(element(phone, "bank.pay.message").role == Role::TextField);
                CHECK(phone.field_text("bank.pay.message") == "BAN VAN GIANG chuyen tien");
            }
            AND_WHEN("the learner goes on without an amount")
            {
                tap(phone, "bank.pay.continue");
                THEN("the app asks for it")
                {
                    CHECK(phone.screen_id() == "bank.pay");
                    CHECK(element(phone, "bank.pay.error").label == "Bác hãy nhập số tiền cần trả.");
                }
            }
            AND_WHEN("the learner types more than the balance")
            {
                type_into(phone, "bank.pay.amount", "2000000");
                must(phone, Action::key("enter"));
                tap(phone, "bank.pay.continue");
                THEN("the app says the balance is too low")
                {
                    CHECK(phone.screen_id() == "bank.pay");
                    CHECK(element(phone, "bank.pay.error").label == "Số dư không đủ. Số dư hiện có: 1.250.000 đ.");
                }
            }
            AND_WHEN("the learner types 35 000 đ, checks, confirms and approves with the PIN")
            {
                type_into(phone, "bank.pay.amount", "35000");
                CHECK(element(phone, "bank.pay.amount").label == "35.000");
                CHECK(element(phone, "bank.pay.amount_words").label == "Ba mươi lăm nghìn đồng");
                must(phone, Action::key("enter")); // "Xong": the keyboard goes, the button shows
                CHECK_FALSE(phone.input_focused());
                tap(phone, "bank.pay.continue");
                REQUIRE(phone.screen_id() == "bank.confirm");
                CHECK(element(phone, "bank.confirm.recipient").label == "HOANG THI LAN");
                CHECK(element(phone, "bank.confirm.amount").label == "35.000 đ");
                CHECK(element(phone, "bank.confirm.fee").label == "Miễn phí");
                tap(phone, "bank.confirm.ok");
                REQUIRE(phone.screen_id() == "bank.auth");
                CHECK(element(phone, "bank.auth.amount").label == "35.000 đ");
                CHECK(element(phone, "bank.auth.code").secret);
                must(phone, Action::type("000000"));
                const auto wrong = tap(phone, "bank.auth.submit");
                must(phone, Action::type("135790"));
                phone.advance(65'000); // a minute passes before the learner approves
                const auto done = tap(phone, "bank.auth.submit");
                THEN("a wrong PIN is refused, the right one pays, and the receipt shows")
                {
                    REQUIRE(names(wrong) == std::vector<std::string>{"text.entered", "pin.wrong"});
                    CHECK(wrong[1].fields == json{{"kind", "pin"}, {"attempts", 1}});
                    REQUIRE(names(done) == std::vector<std::string>{"text.entered",
                                                                    "payment.completed"}); // the right shop: no warning
                    CHECK(done[1].fields == json{{"kind", "qr"},
                                                 {"recipient", "HOANG THI LAN"},
                                                 {"account", "0123456789"},
                                                 {"amount", 35000},
                                                 {"bank", "Ngân hàng Làng Xanh"}});
                    CHECK(phone.screen_id() == "bank.receipt");
                    CHECK(element(phone, "bank.receipt.title").label == "Giao dịch thành công");
                    CHECK(element(phone, "bank.receipt.amount").label == "-35.000 đ");
                    CHECK(element(phone, "bank.receipt.recipient").label == "HOANG THI LAN");
                    CHECK(element(phone, "bank.receipt.time").label == "09:16, Thứ Hai, 2 tháng 12");
                    CHECK(element(phone, "bank.receipt.code").label == "LX05560001");
                    CHECK(phone.world().bank.balance == 1'215'000);
                }
                AND_WHEN("the learner goes back to the app's home and opens the history")
                {
                    tap(phone, "bank.receipt.done");
                    REQUIRE(phone.screen_id() == "bank.home");
                    CHECK(element(phone, "bank.home.account").label == "1.215.000 đ");
                    tap(phone, "bank.home.history");
                    THEN("the payment is first, the older money received under it")
                    {
                        REQUIRE(phone.screen_id() == "bank.history");
                        CHECK(element(phone, "bank.history.balance").label == "Số dư hiện tại: 1.215.000 đ");
                        const ElementTree tree = phone.elements();
                        std::vector<const Element*> rows;
                        for (const Element& e : tree)
                            if (e.icon == "bank.history")
                                rows.push_back(&e);
                        REQUIRE(rows.size() == 2);
                        CHECK(rows[0]->label == "HOANG THI LAN");
                        CHECK(rows[0]->meta == "-35.000 đ");
                        CHECK(rows[0]->detail == "Hôm nay 09:16 · Thanh toán QR");
                        CHECK(rows[1]->label == "Con gái Hoa");
                        CHECK(rows[1]->meta == "+500.000 đ");
                        CHECK(rows[1]->tone == Tone::Success);
                    }
                }
            }
        }
    }
}

SCENARIO("a dynamic QR fixes the amount, the learner checks it", "[bank]")
{
    Phone phone(bank_world());
    log_in(phone);
    const auto events = scan(phone, 1);
    REQUIRE(names(events) == std::vector<std::string>{"qr.scanned"});
    CHECK(events[0].fields == json{{"scene", "hang-rau"},
                                   {"recipient", "HANG RAU BA SU"},
                                   {"account", "0888777666"},
                                   {"amount", 120000},
                                   {"dynamic", true}});
    const Element amount = element(phone, "bank.pay.amount");
    CHECK(amount.role == Role::Text); // not a field: nothing to type
    CHECK_FALSE(amount.tappable);
    CHECK(amount.label == "120.000 đ");
    CHECK(element(phone, "bank.pay.amount_words").label == "Một trăm hai mươi nghìn đồng");
    CHECK(element(phone, "bank.pay.message").label == "Mua rau");
    CHECK(element(phone, "bank.pay.message").role == Role::Text);
    CHECK(element(phone, "bank.pay.bank").label == "Ngân hàng Hoa Ban"); // named by the lesson
    tap(phone, "bank.pay.continue");
    const auto done = confirm_and_approve(phone);
    // The code field is left by the submit: its value counts (secret: its length only).
    REQUIRE(names(done) == std::vector<std::string>{"text.entered", "payment.completed"});
    CHECK(done[0].fields == json{{"field", "bank.auth.code"}, {"length", 6}});
    CHECK(done[1].fields["amount"] == 120000);
    CHECK(phone.world().bank.balance == 1'130'000);
}

SCENARIO("a swapped sticker: the QR pays someone other than the shop", "[bank]")
{
    GIVEN("a sticker over the grocery's own that pays NGUYEN VAN TUAN")
    {
        Phone phone(bank_world());
        log_in(phone);
        scan(phone, 2);
        REQUIRE(phone.screen_id() == "bank.pay");
        CHECK(element(phone, "bank.pay.recipient").label == "NGUYEN VAN TUAN");
        CHECK(element(phone, "bank.pay.bank").label == "Ngân hàng Hoa Ban");
        type_into(phone, "bank.pay.amount", "35000");
        must(phone, Action::key("enter"));
        tap(phone, "bank.pay.continue");

        WHEN("the learner notices the name and cancels")
        {
            const auto events = tap(phone, "bank.confirm.cancel");
            THEN("nothing is paid")
            {
                REQUIRE(names(events) == std::vector<std::string>{"payment.cancelled"});
                CHECK(events[0].fields == json{{"kind", "qr"}, {"recipient", "NGUYEN VAN TUAN"}});
                CHECK(phone.screen_id() == "bank.home");
                CHECK(phone.world().bank.balance == 1'250'000);
            }
        }
        WHEN("the learner pays anyway")
        {
            const auto events = confirm_and_approve(phone);
            THEN("the payment goes, and the mismatch is reported for the lesson")
            {
                REQUIRE(names(events) ==
                        std::vector<std::string>{"text.entered", "payment.completed", "payment.recipient_mismatch"});
                CHECK(events[2].fields == json{{"shop", "Tạp hóa Cô Lan"}, {"recipient", "NGUYEN VAN TUAN"}});
                CHECK(phone.world().bank.balance == 1'215'000);
            }
        }
    }
}

SCENARIO("a QR that is not a valid payment is refused with a clear message", "[bank]")
{
    Phone phone(bank_world());
    log_in(phone);
    WHEN("the sticker's checksum is wrong")
    {
        const auto events = scan(phone, 3);
        THEN("the app refuses it and says not to pay")
        {
            REQUIRE(names(events) == std::vector<std::string>{"qr.invalid"});
            CHECK(events[0].fields == json{{"scene", "hong"}, {"reason", "checksum"}});
            CHECK(phone.screen_id() == "bank.qr.invalid");
            CHECK(element(phone, "bank.invalid.title").label == "Mã QR không hợp lệ");
            CHECK(element(phone, "bank.invalid.reason").label.rfind("Mã QR này đã bị hỏng hoặc bị sửa", 0) == 0);
            CHECK(phone.world().bank.balance == 1'250'000);
        }
        AND_THEN("\"Quét lại\" opens the camera again")
        {
            tap(phone, "bank.invalid.retry");
            CHECK(phone.screen_id() == "bank.scan");
        }
    }
    WHEN("the code is a web link, not a payment")
    {
        const auto events = scan(phone, 4);
        THEN("it is refused as not a payment QR")
        {
            REQUIRE(names(events) == std::vector<std::string>{"qr.invalid"});
            CHECK(events[0].fields == json{{"scene", "khong-phai"}, {"reason", "not_vietqr"}});
            CHECK(element(phone, "bank.invalid.reason").label ==
                  "Đây không phải mã QR để chuyển tiền. Bác hãy quét mã QR thanh toán của cửa hàng.");
            tap(phone, "bank.invalid.home");
            CHECK(phone.screen_id() == "bank.home");
        }
    }
}

SCENARIO("a transfer to a saved recipient", "[bank]")
{
    Phone phone(bank_world());
    log_in(phone);
    tap(phone, "bank.home.transfer");
    REQUIRE(phone.screen_id() == "bank.transfer");
    const Element row = element(phone, "bank.transfer.to.hoa");
    CHECK(row.label == "BAN THI HOA");
    CHECK(row.detail == "Số tài khoản: 0356112233");
    CHECK(row.meta == "Ngân hàng Hoa Ban");
    tap(phone, "bank.transfer.to.hoa");
    REQUIRE(phone.screen_id() == "bank.transfer.form");
    CHECK(element(phone, "bank.transfer.recipient").label == "BAN THI HOA");
    type_into(phone, "bank.transfer.amount", "200000");
    CHECK(element(phone, "bank.transfer.amount_words").label == "Hai trăm nghìn đồng");
    // The check before paying is as large as a typed amount and in the normal (dark) ink.
    CHECK(element(phone, "bank.transfer.amount_words").text_dp >= element(phone, "bank.transfer.amount").text_dp);
    CHECK(element(phone, "bank.transfer.amount_words").tone == Tone::Normal);
    tap(phone, "bank.transfer.message");
    must(phone, Action::key("backspace"));
    for (int i = 0; i < 40; ++i)
        must(phone, Action::key("backspace"));
    must(phone, Action::type("Bo gui con"));
    must(phone, Action::key("enter"));
    tap(phone, "bank.transfer.continue");
    REQUIRE(phone.screen_id() == "bank.confirm");
    CHECK(element(phone, "bank.confirm.message").label == "Bo gui con");
    const auto events = confirm_and_approve(phone);
    REQUIRE(names(events) == std::vector<std::string>{"text.entered", "payment.completed"});
    CHECK(events[1].fields == json{{"kind", "transfer"},
                                   {"recipient", "BAN THI HOA"},
                                   {"account", "0356112233"},
                                   {"amount", 200000},
                                   {"bank", "Ngân hàng Hoa Ban"}});
    CHECK(element(phone, "bank.receipt.message").label == "Bo gui con");
    CHECK(phone.world().bank.balance == 1'050'000);
    CHECK(phone.world().bank.history.back().kind == "transfer");
}

SCENARIO("paying the electricity bill by its customer code", "[bank]")
{
    GIVEN("the bills screen")
    {
        Phone phone(bank_world());
        log_in(phone);
        tap(phone, "bank.home.bills");
        REQUIRE(phone.screen_id() == "bank.bills");
        CHECK(element(phone, "bank.bills.electricity").label == "Tiền điện");
        CHECK(element(phone, "bank.bills.water").label == "Tiền nước");
        tap(phone, "bank.bills.electricity");
        REQUIRE(phone.screen_id() == "bank.bill.code");
        CHECK(phone.focused_field() == "bank.bill.code");

        WHEN("a code that no bill has is looked up")
        {
            must(phone, Action::type("PA0501"));
            const auto events = tap(phone, "bank.bill.lookup");
            THEN("the app says it is not found")
            {
                REQUIRE(names(events) == std::vector<std::string>{"text.entered", "bill.not_found"});
                CHECK(events[1].fields == json{{"service", "electricity"}, {"code", "PA0501"}});
                CHECK(element(phone, "bank.bill.error").label ==
                      "Không tìm thấy hóa đơn nào có mã PA0501. Bác hãy xem lại mã in trên giấy báo.");
                CHECK(phone.screen_id() == "bank.bill.code");
            }
        }
        WHEN("the water bill's code is looked up as electricity")
        {
            must(phone, Action::type("NC0012345"));
            const auto events = must(phone, Action::key("enter")).events;
            THEN("it is not found either")
            {
                CHECK(names(events) == std::vector<std::string>{"text.entered", "bill.not_found"});
            }
        }
        WHEN("the right code is typed in small letters, found and paid")
        {
            must(phone, Action::type("pa05010012345"));
            const auto found = tap(phone, "bank.bill.lookup");
            REQUIRE(names(found) == std::vector<std::string>{"text.entered", "bill.found"});
            CHECK(found[1].fields == json{{"service", "electricity"}, {"code", "PA05010012345"}});
            REQUIRE(phone.screen_id() == "bank.bill.detail");
            CHECK(element(phone, "bank.bill.provider").label == "Công ty Điện lực Lào Cai");
            CHECK(element(phone, "bank.bill.name").label == "Bàn Văn Giảng");
            CHECK(element(phone, "bank.bill.period").label == "Tháng 11/2024");
            CHECK(element(phone, "bank.bill.amount").label == "182.000 đ");
            CHECK(element(phone, "bank.bill.status").label == "Chưa thanh toán");
            tap(phone, "bank.bill.pay");
            CHECK(element(phone, "bank.confirm.recipient").detail == "Nhà cung cấp");
            CHECK(element(phone, "bank.confirm.account").label == "PA05010012345");
            const auto paid = confirm_and_approve(phone);
            THEN("the bill is paid and marked so")
            {
                REQUIRE(names(paid) == std::vector<std::string>{"text.entered", "payment.completed"});
                CHECK(paid[1].fields == json{{"kind", "bill"},
                                             {"recipient", "Công ty Điện lực Lào Cai"},
                                             {"account", "PA05010012345"},
                                             {"amount", 182000},
                                             {"bank", ""}});
                CHECK(phone.world().bank.balance == 1'068'000);
                CHECK(phone.world().bank.bills[0].paid);
                CHECK(element(phone, "bank.receipt.bank").label == "Tháng 11/2024");
            }
            AND_WHEN("the same bill is looked up again")
            {
                tap(phone, "bank.receipt.done");
                tap(phone, "bank.home.bills");
                tap(phone, "bank.bills.electricity");
                must(phone, Action::type("PA05010012345"));
                tap(phone, "bank.bill.lookup");
                THEN("it shows as paid, with nothing to pay")
                {
                    CHECK(element(phone, "bank.bill.status").label == "Đã thanh toán");
                    CHECK_FALSE(shows(phone, "bank.bill.pay"));
                }
            }
        }
    }
}

SCENARIO("a bank that approves payments with an OTP sent by SMS", "[bank]")
{
    World w = bank_world();
    w.bank.confirm_by_otp = true;
    w.bank.otp = "482915";
    Phone phone(w);
    log_in(phone);
    scan(phone, 1);
    tap(phone, "bank.pay.continue");
    tap(phone, "bank.confirm.ok");
    REQUIRE(phone.screen_id() == "bank.auth");
    CHECK(element(phone, "bank.auth.prompt").label ==
          "Nhập mã OTP 6 số vừa được gửi bằng tin nhắn đến số 0912 345 678");
    CHECK_FALSE(element(phone, "bank.auth.code").secret);
    WHEN("the SMS arrives a moment later and the learner types its code")
    {
        const auto arrived = phone.advance(3'000);
        REQUIRE(names(arrived) == std::vector<std::string>{"sms.received"});
        CHECK(arrived[0].fields["otp"] == true);
        REQUIRE(phone.notification().has_value());
        CHECK(phone.notification()->text.rfind("482915 là mã OTP", 0) == 0);
        must(phone, Action::type("482916"));
        const auto wrong = tap(phone, "bank.auth.submit");
        must(phone, Action::type("482915"));
        const auto done = tap(phone, "bank.auth.submit");
        THEN("a wrong code is refused and the right one pays")
        {
            REQUIRE(names(wrong) == std::vector<std::string>{"text.entered", "pin.wrong"});
            CHECK(wrong[1].fields == json{{"kind", "otp"}, {"attempts", 1}});
            CHECK(names(done) == std::vector<std::string>{"text.entered", "payment.completed"});
            CHECK(phone.screen_id() == "bank.receipt");
        }
    }
}

TEST_CASE("amounts are written the Vietnamese way, in figures and in words", "[bank]")
{
    CHECK(BankApp::format_amount(0) == "0 đ");
    CHECK(BankApp::format_amount(35'000) == "35.000 đ");
    CHECK(BankApp::format_amount(1'250'000) == "1.250.000 đ");
    CHECK(BankApp::format_amount(-182'000) == "-182.000 đ");
    CHECK(BankApp::amount_in_words(35'000) == "Ba mươi lăm nghìn đồng");
    CHECK(BankApp::amount_in_words(1'250'000) == "Một triệu hai trăm năm mươi nghìn đồng");
    CHECK(BankApp::amount_in_words(21'000) == "Hai mươi mốt nghìn đồng");
    CHECK(BankApp::amount_in_words(1'005'000) == "Một triệu không trăm lẻ năm nghìn đồng");
    CHECK(BankApp::amount_in_words(14'500) == "Mười bốn nghìn năm trăm đồng");
    CHECK(BankApp::amount_in_words(24'000) == "Hai mươi tư nghìn đồng");
    CHECK(BankApp::amount_in_words(2'000'000'000) == "Hai tỷ đồng");
    CHECK(BankApp::fold_name("Hoàng Thị  Lan") == "HOANG THI LAN");
    CHECK(BankApp::fold_name("Tạp hóa Cô Lan!") == "TAP HOA CO LAN");
    CHECK(BankApp::fold_name("Đặng Văn Đức") == "DANG VAN DUC");
    CHECK(BankApp::fold_name("Ho\xCC\x80ng") == "HONG"); // a decomposed grave accent is dropped
}

TEST_CASE("the bank app is on the phone only when the lesson's world has a bank", "[bank]")
{
    World none = bank_world();
    none.bank = BankWorld{};
    const std::set<std::string> without = Phone::publishable_ids(none);
    CHECK(without.count("home.app.bank") == 0);
    CHECK(
        std::none_of(without.begin(), without.end(), [](const std::string& id) { return id.rfind("bank.", 0) == 0; }));
    const std::set<std::string> with = Phone::publishable_ids(bank_world());
    for (const char* id :
         {"home.app.bank",        "bank.login.pin",      "bank.login.submit",    "bank.login.error",
          "bank.home.scan",       "bank.scan.shoot",     "bank.scan.qr.tap-hoa", "bank.scan.qr.dan-de",
          "bank.pay.amount",      "bank.pay.continue",   "bank.confirm.ok",      "bank.confirm.cancel",
          "bank.auth.code",       "bank.auth.submit",    "bank.receipt.done",    "bank.transfer.to.hoa",
          "bank.transfer.amount", "bank.bills.water",    "bank.bill.code",       "bank.bill.lookup",
          "bank.bill.pay",        "bank.history.item.0", "bank.qr.invalid"}) {
        INFO(id);
        CHECK((with.count(id) == 1 || std::string(id) == "bank.qr.invalid"));
    }
    const std::vector<std::string> screens = Phone::screen_names();
    for (const char* s : {"bank.login", "bank.home", "bank.scan", "bank.qr.invalid", "bank.pay", "bank.confirm",
                          "bank.auth", "bank.receipt", "bank.transfer", "bank.transfer.form", "bank.bills",
                          "bank.bill.code", "bank.bill.detail", "bank.history"}) {
        INFO(s);
        CHECK(std::find(screens.begin(), screens.end(), s) != screens.end());
    }
}

namespace {

// Taps `id`, first scrolling the screen to it if large text pushed it out of view.
void tap_shown(Phone& phone, const std::string& id)
{
    if (!shows(phone, id) && phone.input_focused())
        must(phone, Action::back()); // the keyboard hides it: close the keyboard first
    for (int i = 0; i < 6 && !shows(phone, id); ++i)
        must(phone, Action::swipe(SwipeDirection::Up));
    for (int i = 0; i < 12 && !shows(phone, id); ++i)
        must(phone, Action::swipe(SwipeDirection::Down));
    tap(phone, id);
}

// Every bank screen, in the states that change its layout.
void for_each_bank_screen(const World& world, const std::function<void(const std::string&, const Phone&)>& visit)
{
    Phone phone(world);
    must(phone, Action::swipe(SwipeDirection::Up));
    tap_shown(phone, "home.app.bank");
    visit("login, keyboard up", phone);
    must(phone, Action::type("999999"));
    tap_shown(phone, "bank.login.submit");
    visit("login, wrong PIN", phone);
    must(phone, Action::back());
    visit("login, keyboard down", phone);
    tap_shown(phone, "bank.login.pin");
    must(phone, Action::type("246810"));
    must(phone, Action::key("enter"));
    visit("home", phone);
    tap_shown(phone, "bank.home.scan");
    for (std::size_t i = 0; i < world.bank.scenes.size(); ++i) {
        visit("camera " + world.bank.scenes[i].id, phone);
        tap_shown(phone, "bank.scan.next");
    }
    tap_shown(phone, "bank.scan.shoot");
    visit("static payment", phone);
    tap_shown(phone, "bank.pay.amount");
    must(phone, Action::type("35000"));
    visit("static payment, typing the amount", phone);
    tap_shown(phone, "bank.pay.message");
    visit("static payment, typing the message", phone);
    must(phone, Action::back());
    tap_shown(phone, "bank.pay.amount");
    must(phone, Action::type("99999999"));
    must(phone, Action::back());
    tap_shown(phone, "bank.pay.continue");
    visit("static payment, too much", phone);
    tap_shown(phone, "bank.pay.amount");
    for (int i = 0; i < 12; ++i)
        must(phone, Action::key("backspace"));
    must(phone, Action::type("35000"));
    must(phone, Action::back());
    tap_shown(phone, "bank.pay.continue");
    visit("confirm", phone);
    tap_shown(phone, "bank.confirm.ok");
    visit("approve", phone);
    must(phone, Action::type("000000"));
    tap_shown(phone, "bank.auth.submit");
    visit("approve, wrong code", phone);
    must(phone, Action::back());
    visit("approve, keyboard down", phone);
    tap_shown(phone, "bank.auth.code");
    must(phone, Action::type(world.bank.confirm_by_otp ? world.bank.otp : world.bank.transaction_pin));
    tap_shown(phone, "bank.auth.submit");
    visit("receipt", phone);
    tap_shown(phone, "bank.receipt.done");
    tap_shown(phone, "bank.home.scan");
    tap_shown(phone, "bank.scan.next");
    tap_shown(phone, "bank.scan.shoot");
    visit("dynamic payment", phone);
    must(phone, Action::back());
    tap_shown(phone, "bank.home.scan");
    tap_shown(phone, "bank.scan.prev");
    tap_shown(phone, "bank.scan.prev");
    tap_shown(phone, "bank.scan.shoot");
    visit("invalid QR", phone);
    tap_shown(phone, "bank.invalid.home");
    tap_shown(phone, "bank.home.transfer");
    visit("saved recipients", phone);
    tap_shown(phone, "bank.transfer.to.hoa");
    visit("transfer", phone);
    must(phone, Action::back());
    must(phone, Action::back());
    tap_shown(phone, "bank.home.bills");
    visit("bills", phone);
    tap_shown(phone, "bank.bills.water");
    visit("water bill code", phone);
    must(phone, Action::type("X1"));
    tap_shown(phone, "bank.bill.lookup");
    visit("water bill not found", phone);
    for (int i = 0; i < 2; ++i)
        must(phone, Action::key("backspace"));
    must(phone, Action::type("NC0012345"));
    tap_shown(phone, "bank.bill.lookup");
    visit("water bill", phone);
    must(phone, Action::back());
    must(phone, Action::back());
    must(phone, Action::back());
    tap_shown(phone, "bank.home.history");
    visit("history", phone);
}

} // namespace

TEST_CASE("every bank screen fits the screen, at every text size, with targets of 48 dp", "[bank][layout]")
{
    for (const int percent : {100, 150, 200}) {
        for (const bool otp : {false, true}) {
            World w = bank_world();
            w.settings.text_size_percent = percent;
            w.bank.confirm_by_otp = otp;
            const std::set<std::string> publishable = Phone::publishable_ids(w);
            int screens = 0;
            INFO("text size " << percent << "%, OTP " << otp);
            for_each_bank_screen(w, [&](const std::string& name, const Phone& phone) {
                ++screens;
                check_layout(name, phone, publishable);
            });
            CHECK(screens == 27);
        }
    }
}

TEST_CASE("every screen the bank app can show, at every text size, typing in each field", "[bank][layout]")
{
    for (const bool otp : {false, true}) {
        World w = bank_world();
        w.bank.confirm_by_otp = otp;
        CHECK(check_all_screens(w, "bank.") > 5 * 20);
    }
}

TEST_CASE("a long screen scrolls with a swipe when large text does not fit", "[bank][layout]")
{
    World w = bank_world();
    w.settings.text_size_percent = 200;
    Phone phone(w);
    must(phone, Action::swipe(SwipeDirection::Up));
    tap(phone, "home.app.bank");
    must(phone, Action::type("246810"));
    must(phone, Action::key("enter"));
    tap_shown(phone, "bank.home.bills");
    tap_shown(phone, "bank.bills.electricity");
    must(phone, Action::type("PA05010012345"));
    must(phone, Action::key("enter"));
    REQUIRE(phone.screen_id() == "bank.bill.detail");
    CHECK_FALSE(shows(phone, "bank.bill.pay")); // below the bottom at 200 %
    CHECK(shows(phone, "bank.more"));
    for (int i = 0; i < 4 && !shows(phone, "bank.bill.pay"); ++i)
        must(phone, Action::swipe(SwipeDirection::Up));
    CHECK(shows(phone, "bank.bill.pay"));
    must(phone, Action::swipe(SwipeDirection::Down));
    must(phone, Action::swipe(SwipeDirection::Down));
    must(phone, Action::swipe(SwipeDirection::Down));
    CHECK(shows(phone, "bank.bill.provider"));
}

TEST_CASE("a long history scrolls, and the PIN's digits are never told as they are typed", "[bank][scroll]")
{
    World w = bank_world();
    for (int i = 0; i < 12; ++i)
        w.bank.history.push_back({"Tạp hóa Cô Lan", "0123456789", 20'000 + i * 1000, false,
                                  "2" + std::to_string(i % 10) + "/11 08:00", "", "qr", "LX10" + std::to_string(i)});
    Phone phone(w);
    must(phone, Action::swipe(SwipeDirection::Up));
    tap(phone, "home.app.bank");
    const ActionResult digit = must(phone, Action::type("2"));
    REQUIRE(digit.events.size() == 1);
    CHECK(digit.events[0].name == "text.changed");
    CHECK(digit.events[0].fields == json{{"field", "bank.login.pin"}, {"length", 1}}); // no "text"
    must(phone, Action::type("46810"));
    must(phone, Action::key("enter"));
    tap(phone, "bank.home.history");
    REQUIRE(phone.screen_id() == "bank.history");
    CHECK_FALSE(shows(phone, "bank.history.item.12"));
    const ActionResult r = must(phone, Action::swipe(SwipeDirection::Up));
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].name == "screen.scrolled");
    CHECK(r.events[0].fields == json{{"view", "bank.history"}, {"direction", "up"}});
    CHECK_FALSE(shows(phone, "bank.history.balance"));
}

// [SECTION] reading "world": {"bank": ...}

namespace {

std::string lesson_with_bank(const std::string& bank)
{
    return R"({"format": 1, "id": "ngan-hang", "title": "Ngân hàng", "skills": ["qr-payment"],
  "world": {"owner": {"name": "Bàn Văn Giảng", "phone": "0912 345 678"},
    "bank": )" +
           bank + R"(},
  "steps": [{"id": "mo", "say": "Mở ứng dụng Ngân hàng", "target": "home.app.bank",
             "done_when": {"event": "bank.logged_in"}, "demo": [{"swipe": "up"}]}]})";
}

} // namespace

TEST_CASE("the world's bank section is read, and a scene's QR built from its fields", "[bank][lesson]")
{
    const LoadResult r = load_lesson_text(lesson_with_bank(R"({
      "name": "Ngân hàng Làng Xanh", "account": "0912345678", "balance": 1250000, "pin": "246810",
      "confirm_with": "otp", "otp": "482915",
      "banks": [{"bin": "970416", "name": "Ngân hàng Hoa Ban"}],
      "beneficiaries": [{"id": "hoa", "name": "BAN THI HOA", "account": "0356112233", "bin": "970416"}],
      "bills": [{"service": "water", "code": "NC0012345", "name": "Bàn Văn Giảng", "period": "Tháng 11/2024", "amount": 64000}],
      "scenes": [
        {"id": "tap-hoa", "sign": "Tạp hóa Cô Lan", "owner": "Hoàng Thị Lan", "lines": ["Bánh kẹo, nước giải khát"],
         "qr": {"bin": "970499", "account": "0123456789", "name": "HOANG THI LAN"}},
        {"id": "hoa-don", "kind": "bill", "sign": "Công ty Cấp nước",
         "payload": "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802VN62340107NPS68690819TRANSFER TO SOMEONE6304AC13"},
        {"id": "hong", "sign": "Quán nước", "invalid": true, "payload": "000201010211HELLO6304ABCD"}],
      "history": [{"name": "Con gái Hoa", "amount": 500000, "incoming": true, "time": "25/11 10:02"}]})"),
                                          "ngan-hang.json");
    INFO((r.errors.empty() ? std::string() : r.errors.front().to_string()));
    REQUIRE(r.lesson.has_value());
    const BankWorld& b = r.lesson->world.bank;
    CHECK(b.enabled);
    CHECK(b.balance == 1'250'000);
    CHECK(b.confirm_by_otp);
    CHECK(b.otp == "482915");
    REQUIRE(b.beneficiaries.size() == 1);
    CHECK(b.beneficiaries[0].bin == "970416");
    REQUIRE(b.bills.size() == 1);
    CHECK(b.bills[0].provider == "Công ty Cấp nước"); // the default for water
    REQUIRE(b.scenes.size() == 3);
    std::string why;
    const auto qr = VietQr::parse(b.scenes[0].payload, why);
    REQUIRE(qr.has_value());
    CHECK_FALSE(qr->dynamic); // no amount: a sticker used again and again
    CHECK(qr->merchant_name == "HOANG THI LAN");
    CHECK(qr->bank_bin == "970499");
    CHECK(b.scenes[0].lines == std::vector<std::string>{"Bánh kẹo, nước giải khát"});
    CHECK(b.scenes[1].kind == "bill");
    CHECK(b.scenes[2].invalid);
    REQUIRE(b.history.size() == 1);
    CHECK(b.history[0].incoming);
}

TEST_CASE("mistakes in the bank section are reported where they are", "[bank][lesson]")
{
    auto errors = [](const std::string& bank) { return load_errors(lesson_with_bank(bank), "ngan-hang.json"); };
    CHECK(errors(R"({"balance": "1.250.000"})") ==
          std::vector<std::string>{"ngan-hang.json:3:25: error: \"balance\" must be a whole number of đồng from 0 (no "
                                   "dots or spaces: 35000)"});
    CHECK(errors(R"({"balanse": 5})") ==
          std::vector<std::string>{
              "ngan-hang.json:3:14: error: unknown key \"balanse\" in the bank; did you mean \"balance\"?"});
    CHECK(errors(R"({"pin": "12345"})") ==
          std::vector<std::string>{
              "ngan-hang.json:3:21: error: \"pin\" must be 6 digits in double quotes, such as \"111111\""});
    CHECK(errors(R"({"scenes": [{"id": "x", "sign": "Quán", "payload": "000201010211HELLO6304ABCD"}]})") ==
          std::vector<std::string>{"ngan-hang.json:3:64: error: this payload cannot be read: bad field tag 'HE' at "
                                   "character 13: tags are 2 digits "
                                   "(write \"invalid\": true if the lesson shows a broken QR on purpose)"});
    CHECK(errors(R"({"scenes": [{"id": "x", "sign": "Quán", "qr": {"bin": "97049", "account": "1", "name": "A"}}]})") ==
          std::vector<std::string>{
              "ngan-hang.json:3:67: error: \"bin\" must be 6 digits in double quotes, such as \"111111\""});
    CHECK(errors(R"({"bills": [{"service": "gas", "code": "A1", "name": "B", "period": "T11", "amount": 5}]})") ==
          std::vector<std::string>{
              "ngan-hang.json:3:36: error: a bill's \"service\" must be \"electricity\" or \"water\""});
}
