// The bank app's transfer to a typed account: the Napas bank chooser searched without
// diacritics, the account number looked up in the lesson's world ("Không tìm thấy tài
// khoản" otherwise), the warning for accounts reported for fraud (stop, or go on: unsafe),
// "Lưu người nhận", the events and the world's "accounts" read and checked from JSON.
#include "lessons/lesson.h"
#include "phone/bank_app.h"
#include "phone/phone.h"
#include "service_test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace luyenso;
using namespace luyenso::service_test;
using nlohmann::json;

namespace {

// Mrs Lụa's phone: 3 000 000 đ; her son's new Agribank account; a "friend"'s account at
// Vietcombank that is on the fraud list.
World transfer_world()
{
    World w;
    w.owner.name = "Lò Thị Lụa";
    w.owner.phone = "0912 000 111";
    w.start_minutes = 8 * 60;
    w.date = "Thứ Ba, 3 tháng 12";
    BankWorld& b = w.bank;
    b.enabled = true;
    b.balance = 3'000'000;
    b.pin = "111222";
    b.accounts = {{"970405", "7001234567890", "LO VAN HUNG", false}, {"970436", "1029384756", "TRAN VAN LONG", true}};
    return w;
}

void log_in(Phone& phone)
{
    unlock_and_open(phone, "bank");
    must(phone, Action::type("111222"));
    tap(phone, "bank.login.submit");
    REQUIRE(phone.screen_id() == "bank.home");
}

// From the bank's home to the account screen of the bank whose search finds `bin` first.
std::vector<Event> choose(Phone& phone, const std::string& search, const std::string& bin)
{
    tap(phone, "bank.home.transfer");
    tap(phone, "bank.transfer.new");
    REQUIRE(phone.screen_id() == "bank.transfer.banks");
    CHECK(phone.focused_field() == "bank.banks.search");
    must(phone, Action::type(search));
    return tap(phone, "bank.banks.item." + bin);
}

std::vector<Event> look_up(Phone& phone, const std::string& number)
{
    REQUIRE(phone.screen_id() == "bank.transfer.new");
    CHECK(phone.focused_field() == "bank.new.number");
    must(phone, Action::type(number));
    return tap(phone, "bank.new.lookup");
}

std::vector<Event> pay(Phone& phone, const std::string& amount)
{
    REQUIRE(phone.screen_id() == "bank.transfer.form");
    type_into(phone, "bank.transfer.amount", amount);
    phone.unfocus();
    must(phone, Action::swipe(SwipeDirection::Up)); // "Tiếp tục" is under the switch
    tap(phone, "bank.transfer.continue");
    REQUIRE(phone.screen_id() == "bank.confirm");
    tap(phone, "bank.confirm.ok");
    must(phone, Action::type("111222"));
    return tap(phone, "bank.auth.submit");
}

} // namespace

TEST_CASE("the bank chooser finds Napas banks by their names, without diacritics or case", "[bank][transfer]")
{
    Phone phone(transfer_world());
    log_in(phone);
    tap(phone, "bank.home.transfer");
    tap(phone, "bank.transfer.new");
    REQUIRE(phone.screen_id() == "bank.transfer.banks");
    // Nothing typed: the learner's bank, then Agribank, Vietcombank, ...
    CHECK(element(phone, "bank.banks.item.970499").label == "Ngân hàng Làng Xanh");
    CHECK(element(phone, "bank.banks.item.970405").detail == "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam");
    must(phone, Action::type("nong nghiep"));
    CHECK(shows(phone, "bank.banks.item.970405"));
    CHECK_FALSE(shows(phone, "bank.banks.item.970436"));
    phone.pop(); // the chooser opens with an empty search each time
    tap(phone, "bank.transfer.new");
    must(phone, Action::type("VIETIN"));
    CHECK(shows(phone, "bank.banks.item.970415")); // VietinBank
    CHECK_FALSE(shows(phone, "bank.banks.item.970436"));
    CHECK_FALSE(shows(phone, "bank.banks.item.970405"));
    phone.pop();
    tap(phone, "bank.transfer.new");
    must(phone, Action::type("ngan hang xyz"));
    CHECK(shows(phone, "bank.banks.none"));
    CHECK_FALSE(shows(phone, "bank.banks.item.970405"));
}

SCENARIO("a transfer to a son's new account: the holder's name, saved, the money goes", "[bank][transfer]")
{
    Phone phone(transfer_world());
    log_in(phone);
    auto events = choose(phone, "agri", "970405");
    REQUIRE(find_event(events, "bank.bank_chosen") != nullptr);
    CHECK(find_event(events, "bank.bank_chosen")->fields.at("bank") == "Agribank");
    CHECK(element(phone, "bank.new.number").numeric);

    WHEN("the learner types a number the world does not have")
    {
        events = look_up(phone, "7001234567899");
        THEN("the bank says it found nothing, and there is no way on")
        {
            REQUIRE(find_event(events, "bank.account_not_found") != nullptr);
            CHECK(find_event(events, "bank.account_not_found")->fields.at("account") == "7001234567899");
            CHECK(element(phone, "bank.new.error").label.rfind("Không tìm thấy tài khoản", 0) == 0);
            CHECK_FALSE(shows(phone, "bank.new.continue"));
            CHECK_FALSE(shows(phone, "bank.new.holder"));
        }
    }
    WHEN("the learner types too few digits")
    {
        events = look_up(phone, "7001");
        THEN("the bank asks for the whole number, and looks nothing up")
        {
            CHECK(find_event(events, "bank.account_not_found") == nullptr);
            CHECK(element(phone, "bank.new.error").label.find("6 đến 19") != std::string::npos);
        }
    }
    WHEN("the learner types the son's account at the wrong bank")
    {
        phone.pop();
        phone.pop();
        phone.pop();
        events = choose(phone, "vietcom", "970436");
        events = look_up(phone, "7001234567890");
        THEN("it is not found: an account belongs to one bank")
        {
            CHECK(find_event(events, "bank.account_not_found") != nullptr);
        }
    }
    WHEN("the learner types the son's account, saves him and sends the money")
    {
        events = look_up(phone, "7001234567890");
        REQUIRE(find_event(events, "bank.account_found") != nullptr);
        const json found = find_event(events, "bank.account_found")->fields;
        CHECK(found.at("holder") == "LO VAN HUNG");
        CHECK(found.at("reported") == false);
        CHECK(element(phone, "bank.new.holder").label == "LO VAN HUNG");
        tap(phone, "bank.new.continue");
        REQUIRE(phone.screen_id() == "bank.transfer.form");
        CHECK(element(phone, "bank.transfer.recipient").label == "LO VAN HUNG");
        CHECK(element(phone, "bank.transfer.bank").label == "Agribank");
        CHECK_FALSE(element(phone, "bank.transfer.save").active);
        tap(phone, "bank.transfer.save");
        CHECK(element(phone, "bank.transfer.save").active);
        events = pay(phone, "500000");
        THEN("the balance and history change, the events carry bank, account, holder and amount")
        {
            const Event* done = find_event(events, "payment.completed");
            REQUIRE(done != nullptr);
            CHECK(done->fields.at("kind") == "transfer");
            CHECK(done->fields.at("recipient") == "LO VAN HUNG");
            CHECK(done->fields.at("account") == "7001234567890");
            CHECK(done->fields.at("bank") == "Agribank");
            CHECK(done->fields.at("amount") == 500000);
            REQUIRE(find_event(events, "bank.recipient_saved") != nullptr);
            CHECK(phone.world().bank.balance == 2'500'000);
            CHECK(phone.world().bank.history.back().name == "LO VAN HUNG");
            CHECK(phone.screen_id() == "bank.receipt");
            AND_THEN("next time he is in the list of saved recipients")
            {
                tap(phone, "bank.receipt.done");
                tap(phone, "bank.home.transfer");
                CHECK(element(phone, "bank.transfer.to.luu-970405-7001234567890").label == "LO VAN HUNG");
            }
        }
    }
    WHEN("the learner changes the number after the lookup")
    {
        look_up(phone, "7001234567890");
        must(phone, Action::tap("bank.new.number"));
        must(phone, Action::key("backspace"));
        THEN("the name goes until the new number is looked up")
        {
            CHECK_FALSE(shows(phone, "bank.new.holder"));
        }
    }
}

SCENARIO("an account reported for fraud: the warning, stop or go on", "[bank][transfer]")
{
    Phone phone(transfer_world());
    log_in(phone);
    choose(phone, "vietcombank", "970436");
    auto events = look_up(phone, "1029384756");
    REQUIRE(find_event(events, "bank.fraud_warning") != nullptr);
    CHECK(find_event(events, "bank.account_found")->fields.at("reported") == true);
    REQUIRE(phone.screen_id() == "bank.transfer.warning");
    CHECK(element(phone, "bank.warning.text").label.rfind("Tài khoản này đã bị báo cáo lừa đảo", 0) == 0);
    CHECK(element(phone, "bank.warning.holder").label == "TRAN VAN LONG");

    WHEN("the learner stops")
    {
        events = tap(phone, "bank.warning.stop");
        THEN("no money goes and the bank's home is back")
        {
            const Event* stop = find_event(events, "bank.fraud_warning_stopped");
            REQUIRE(stop != nullptr);
            CHECK(stop->fields.at("holder") == "TRAN VAN LONG");
            CHECK(phone.screen_id() == "bank.home");
            CHECK(phone.world().bank.balance == 3'000'000);
        }
    }
    WHEN("the learner goes on anyway and pays")
    {
        events = tap(phone, "bank.warning.continue");
        REQUIRE(find_event(events, "bank.fraud_warning_ignored") != nullptr);
        REQUIRE(phone.screen_id() == "bank.transfer.form");
        events = pay(phone, "2000000");
        THEN("the money is gone to the reported account")
        {
            const Event* done = find_event(events, "payment.completed");
            REQUIRE(done != nullptr);
            CHECK(done->fields.at("account") == "1029384756");
            CHECK(done->fields.at("bank") == "Vietcombank");
            CHECK(find_event(events, "bank.recipient_saved") == nullptr); // the switch was off
            CHECK(phone.world().bank.balance == 1'000'000);
        }
    }
}

TEST_CASE("every typed-transfer screen fits, at every text size, typing in each field", "[bank][transfer][layout]")
{
    CHECK(check_all_screens(transfer_world(), "bank.") > 20);
}

TEST_CASE("the world's accounts are checked: bank, digits, holder, duplicates", "[bank][transfer][lesson]")
{
    const auto lesson = [](const std::string& accounts) {
        return R"({"format": 1, "id": "bai", "title": "Bài", "world": {"owner": {"name": "Lụa", "phone": "0912000111"},
                  "bank": {"balance": 100000, "accounts": )" +
               accounts + R"(}}, "skills": ["bank-transfer"],
                  "steps": [{"id": "a", "say": "Mở", "done_when": {"screen": "bank.login"}}]})";
    };
    CHECK(load_errors(lesson(R"([{"bin": "970405", "account": "7001234567890", "holder": "LO VAN HUNG"}])")).empty());
    const auto unknown_bank = load_errors(lesson(R"([{"bin": "970400", "account": "7001234567890", "holder": "A"}])"));
    REQUIRE(unknown_bank.size() == 1);
    CHECK(unknown_bank[0].find("970400") != std::string::npos);
    CHECK(load_errors(lesson(R"([{"bin": "970405", "account": "70012-3", "holder": "A"}])")).size() == 1);
    CHECK(load_errors(lesson(R"([{"bin": "970405", "account": "12345", "holder": "A"}])")).size() == 1);
    CHECK(load_errors(lesson(R"([{"bin": "970405", "account": "7001234567890"}])")).size() == 1);
    CHECK(load_errors(lesson(R"([{"account": "7001234567890", "holder": "A"}])")).size() == 1);
    CHECK(load_errors(lesson(R"([{"bin": "970405", "account": "7001234567890", "holder": "A", "reported": "yes"}])"))
              .size() == 1);
    CHECK(load_errors(lesson(R"([{"bin": "970405", "account": "7001234567890", "holder": "A"},
                                 {"bin": "970405", "account": "7001234567890", "holder": "B"}])"))
              .size() == 1);
    CHECK(load_errors(lesson(R"({"bin": "970405"})")).size() == 1);
}
