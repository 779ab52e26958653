// The bank app (imitates the banking apps learners use; the bank is fictional): log in
// with a PIN; the balance; "Quét QR" opens the camera on the scene the lesson describes
// (a shop counter with its QR sticker, a paper bill) and reads its VietQR payload; the
// payment screen (amount editable for a static QR, fixed for a dynamic one); confirm;
// transaction PIN or an OTP by SMS; the receipt. Transfers to saved recipients or to a
// typed account at a Napas member bank (its holder looked up in the lesson's world, a
// warning for accounts reported for fraud, "Lưu người nhận"), electricity and water bills
// by customer code, and the history.
#pragma once

#include "phone/phone_app.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace luyenso {

class BankApp final : public PhoneApp {
public:
    using PhoneApp::PhoneApp;

    // On the home screen only when the lesson's world has a "bank" section.
    AppIcon icon() const override;
    std::string prefix() const override { return "bank."; }
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    void submit(const Screen& s, const std::string& field, std::vector<Event>& events) override;
    void opened(std::vector<Event>& events) override;
    bool swipe(const Screen& s, SwipeDirection d, std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;
    std::vector<std::string> screen_names() const override;
    std::vector<std::string> extra_ids() const override;

    // "1.250.000 đ"
    static std::string format_amount(std::int64_t dong);
    // "Ba mươi lăm nghìn đồng", as the real apps write the amount under the field.
    static std::string amount_in_words(std::int64_t dong);
    // A name folded for comparison: no diacritics, upper case, single spaces
    // ("Hoàng Thị  Lan" -> "HOANG THI LAN").
    static std::string fold_name(const std::string& name);

    // A payment being prepared: from a scanned QR, to a saved recipient, or a bill.
    struct Payment {
        std::string kind = "qr";   // "qr", "transfer", "bill"
        std::string scene{};       // qr: the scene scanned
        std::string beneficiary{}; // transfer: the saved recipient's id
        std::string bill{};        // bill: "service:code"
        std::string recipient{};
        std::string account{}; // bill: the customer code
        std::string bank{};    // the recipient's bank as shown; bill: the period
        std::int64_t amount = 0;
        bool amount_fixed = false; // a dynamic QR, a bill
        std::string message{};
        bool message_fixed = false;
        bool dynamic = false;
        std::string bin{};  // typed: the recipient's bank's BIN
        bool typed = false; // a transfer to a typed account number
        bool save = false;  // typed: "Lưu người nhận" is on
    };

private:
    struct Receipt {
        Payment payment;
        std::string time;
        std::string code;
    };

    int login_failures_ = 0;
    int code_failures_ = 0;
    std::string login_error_;
    std::string form_error_;
    std::string auth_error_;
    std::string bill_error_;
    std::string missed_account_; // the typed account number that was not found
    std::string short_account_;  // a typed account number too short to look up
    std::string found_account_;  // the typed account number whose holder the bank shows
    std::string invalid_reason_; // "checksum" or "not_vietqr"
    std::size_t scene_index_ = 0;
    std::optional<Payment> pending_;
    static Event confirming_event(const Payment& p);
    std::optional<Receipt> receipt_;
    std::string otp_; // the code the last OTP SMS brought
    int transactions_ = 0;
    std::string scrolled_; // the screen the scroll offset belongs to
    float scroll_ = 0;

    const BankWorld& bank() const { return phone_.world().bank; }
    std::string holder() const;
    std::string bank_label(const std::string& bin) const;
    std::optional<Payment> payment_from_scene(const BankScene& scene) const;
    std::optional<Payment> payment_to(const std::string& beneficiary) const;
    std::optional<Payment> payment_for_bill(const std::string& key) const;
    const BankAccount* find_account(const std::string& bin, const std::string& account) const;
    std::optional<Payment> payment_to_account(const std::string& bin, const std::string& account) const;
    std::vector<BankName> bank_choices() const;
    nlohmann::json account_fields(const std::string& bin, const std::string& account) const;
    const Bill* find_bill(const std::string& key) const;
    Payment shown_payment(const Screen& s) const;
    float scroll_for(const std::string& screen) const { return scrolled_ == screen ? scroll_ : 0; }

    // [SECTION] screens (bank_app.cpp)
    float build_screen(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_login(const Layout& area, ElementTree& tree) const;
    float build_home(const Layout& area, ElementTree& tree) const;
    void build_scan(const Layout& area, ElementTree& tree) const;
    float build_invalid(const Layout& area, ElementTree& tree) const;
    float build_form(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_confirm(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_auth(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_receipt(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_transfer(const Layout& area, ElementTree& tree) const;
    float build_banks(const Layout& area, ElementTree& tree) const;
    float build_new_account(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_warning(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_bills(const Layout& area, ElementTree& tree) const;
    float build_bill_code(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_bill_detail(const Screen& s, const Layout& area, ElementTree& tree) const;
    float build_history(const Layout& area, ElementTree& tree) const;

    // [SECTION] behaviour
    void log_in(std::vector<Event>& events);
    void scan(std::vector<Event>& events);
    void start(Payment p, Screen form);
    void to_confirm(const Screen& form, std::vector<Event>& events);
    void to_auth(std::vector<Event>& events);
    void send_otp(std::vector<Event>& events);
    void approve(std::vector<Event>& events);
    void complete(std::vector<Event>& events);
    void look_up_bill(const std::string& service, std::vector<Event>& events);
    void choose_bank(const std::string& bin, std::vector<Event>& events);
    void look_up_account(const std::string& bin, std::vector<Event>& events);
    void go_on_to(const std::string& bin, const std::string& account);
    void back_to_home();
};

} // namespace luyenso
