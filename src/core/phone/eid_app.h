// The e-ID app (imitates the national e-ID app under a made-up name, "Định danh số"):
// activation as the commune police teach it (ID number and registered phone -> OTP by
// SMS -> password -> 6-digit passcode -> two security questions -> log in again), login
// with the ID number and password, and the features behind the passcode: the wallet with
// the chip ID card and the health-insurance card, the electronic health book; the
// notifications. Validation messages follow the real app's.
#pragma once

#include "phone/phone_app.h"

#include <array>
#include <string>
#include <vector>

namespace luyenso {

class EidApp final : public PhoneApp {
public:
    using PhoneApp::PhoneApp;

    AppIcon icon() const override;
    std::string prefix() const override { return "eid."; }
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    void submit(const Screen& s, const std::string& field, std::vector<Event>& events) override;
    bool swipe(const Screen& s, SwipeDirection d, std::vector<Event>& events) override;
    void leaving(const Screen& s, std::vector<Event>& events) override;
    void opened(std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;
    std::vector<std::string> screen_names() const override;
    std::vector<std::string> extra_ids() const override;

    // The security questions the learner chooses from.
    static const std::vector<std::string>& questions();
    // The messages of the password rules that `password` breaks (empty: it is valid).
    static std::vector<std::string> password_problems(const std::string& password);
    // The name as the card prints it: the world's, else the owner's in capitals.
    std::string card_name() const;
    bool logged_in() const { return logged_in_; }

private:
    std::string error_;  // what the current screen says is wrong
    std::string info_;   // a neutral note ("a new code was sent")
    std::string resume_; // the activation or login screen to come back to
    bool logged_in_ = false;
    std::array<int, 2> question_ = {-1, -1}; // the chosen security questions
    float scroll_ = 0;
    mutable float max_scroll_ = 0;
    mutable float page_ = 400; // how far a swipe scrolls (from the last layout)
    mutable float shown_offset_ = 0;
    bool reveal_error_ = false; // scroll the message into view (until the learner swipes)

    void go(const std::string& screen, const std::string& param, bool replace);
    void reject(const std::string& screen, const std::string& reason, std::string message, std::vector<Event>& events);
    void send_otp(std::vector<Event>& events);
    void request(std::vector<Event>& events);
    void check_otp(std::vector<Event>& events);
    void set_password(std::vector<Event>& events);
    void set_passcode(std::vector<Event>& events);
    void finish_questions(std::vector<Event>& events);
    void log_in(std::vector<Event>& events);
    void unlock(const std::string& feature, std::vector<Event>& events);
    std::string registered_phone() const;
};

} // namespace luyenso
