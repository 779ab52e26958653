// The Messages (SMS) app: threads by sender with unread badges, one thread with its
// messages, links that open the browser ("link.opened"), replies to numbers (not to
// services). OTPs from the e-ID app, the bank or a scam page arrive here on the clock
// (Phone::deliver_sms).
#pragma once

#include "phone/phone_app.h"

#include <string>
#include <vector>

namespace luyenso {

class SmsApp final : public PhoneApp {
public:
    // OTPs already in the world's messages count as codes the phone received.
    explicit SmsApp(Phone& phone);

    AppIcon icon() const override { return {"sms", "Tin nhắn", "app_sms", "sms.list"}; }
    std::string prefix() const override { return "sms."; }
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    void submit(const Screen& s, const std::string& field, std::vector<Event>& events) override;
    bool swipe(const Screen& s, SwipeDirection d, std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;
    std::vector<std::string> screen_names() const override;
    std::vector<std::string> extra_ids() const override;
    void show(const Screen& s, std::vector<Event>& events) override;

    // An SMS from `sender` (a contact id, a number or a service's name) arrives now.
    void receive(const std::string& sender, const std::string& text, std::vector<Event>& events);
    // What the list and the thread call a sender: a contact's name, else the sender.
    std::string sender_name(const std::string& sender) const;
    // Whether the learner can answer (a number or a contact, not a service's name).
    bool can_reply(const std::string& sender) const;

private:
    mutable float scroll_ = 0; // -1: a thread just opened (the next layout shows its newest message)
    mutable float max_scroll_ = 0;
    mutable float page_ = 400;               // how far a swipe scrolls (from the last layout)
    mutable std::vector<float> stops_ = {0}; // a thread's scroll offsets that put a message at the top

    void open_thread(const std::string& key, std::vector<Event>& events);
    // A code in a message that says it is an OTP ("Ma OTP ... 482915"): the phone
    // remembers it as issued by the sender, so that giving it away is noticed.
    void remember_otp(const std::string& sender, const std::string& text);
    void build_list(const Layout& area, ElementTree& tree) const;
    void build_thread(const Screen& s, const Layout& area, ElementTree& tree) const;
};

} // namespace luyenso
