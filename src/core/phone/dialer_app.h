// The phone app: contacts with a call button, a number keypad, and the recent calls.
#pragma once

#include "phone/phone_app.h"

#include <string>
#include <vector>

namespace luyenso {

class DialerApp final : public PhoneApp {
public:
    using PhoneApp::PhoneApp;

    AppIcon icon() const override { return {"phone", "Điện thoại", "app_phone", "phone.contacts"}; }
    std::string prefix() const override { return "phone."; }
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;

private:
    std::string number_; // what was typed on the keypad

    void add_tabs(const std::string& current, const Layout& area, ElementTree& tree) const;
    void build_contacts(const Layout& area, ElementTree& tree) const;
    void build_keypad(const Layout& area, ElementTree& tree) const;
    void build_log(const Layout& area, ElementTree& tree) const;
    void call_number(std::vector<Event>& events);
};

} // namespace luyenso
