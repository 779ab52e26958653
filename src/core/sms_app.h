// The Messages (SMS) app: threads by sender with unread badges, one thread with its
// messages, links that open the browser ("link.opened"), replies to numbers (not to
// services). OTPs from the e-ID app, the bank or a scam page arrive here on the clock
// (Phone::deliver_sms).
#pragma once

#include "phone_app.h"

#include <string>
#include <vector>

namespace luyenso {

class SmsApp final : public PhoneApp {
public:
    using PhoneApp::PhoneApp;

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
    float scroll_ = 0;
    mutable float max_scroll_ = 0;

    void open_thread(const std::string& key, std::vector<Event>& events);
    void build_list(const Layout& area, ElementTree& tree) const;
    void build_thread(const Screen& s, const Layout& area, ElementTree& tree) const;
};

} // namespace luyenso
