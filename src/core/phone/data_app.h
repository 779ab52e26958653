// An app declared as data (app_world.h): its screens are columns of components (text,
// pictures, lists leading to screens, cards, fields with their checks, buttons, an OTP
// prompt fed by an SMS from the app's sender, a PIN prompt, a payment, a receipt).
//
// Element ids: "app.<app>.<screen>.<component>" ("...<list>.<item>", "...<choice>.<option>",
// "...<component>.error" under a field that is wrong); the header is
// "app.<app>.<screen>.header" with its back arrow "...header.back". Events:
// "app.screen_opened", "app.button_pressed", "app.form_submitted" (and "app.field_entered"
// per field), "app.otp_entered", "app.pin_entered", "app.payment_made", "app.pin_shared".
#pragma once

#include "phone/phone_app.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace luyenso {

class DataApp final : public PhoneApp {
public:
    DataApp(Phone& phone, std::size_t index);

    AppIcon icon() const override;
    std::string prefix() const override;
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    void submit(const Screen& s, const std::string& field, std::vector<Event>& events) override;
    void opened(std::vector<Event>& events) override;
    bool swipe(const Screen& s, SwipeDirection d, std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;
    std::vector<std::string> extra_ids() const override;

    // The screen name of `screen` of app `app`: "app.<app>.<screen>".
    static std::string screen_name(const std::string& app, const std::string& screen);

private:
    std::size_t index_;                          // in the world's apps (the world may move; the index stays)
    std::map<std::string, std::string> errors_;  // component element id -> what is wrong
    std::map<std::string, std::string> values_;  // component id -> the value sent ({id} in texts)
    std::map<std::string, std::string> choices_; // choice element id -> the option chosen
    std::set<std::string> reached_;              // screens the learner has reached
    std::set<std::string> otp_sent_;             // OTP screens whose SMS was sent
    std::int64_t last_amount_ = 0;
    std::string last_recipient_;
    std::string last_code_;
    float scroll_ = 0;
    mutable float max_scroll_ = 0;
    mutable float page_ = 400;

    const DataAppSpec& spec() const;
    std::string element_id(const AppScreen& screen, const AppComponent& c) const;
    std::string fill(const std::string& text) const;
    bool shown(const AppComponent& c) const;
    void open(const std::string& screen_id, std::vector<Event>& events);
    void press_button(const AppScreen& screen, const AppComponent& button, std::vector<Event>& events);
    // Checks the screen's fields, OTP and PIN; false (with the messages shown) if one is wrong.
    bool check_screen(const AppScreen& screen, std::vector<Event>& events);
    // What a payment pays: its "amount", or the amount of the option chosen in its
    // "amount_from" choice field (0 if none was chosen).
    std::int64_t amount_of(const AppComponent& payment) const;
    std::string field_error(const AppComponent& c, const std::string& value) const;
};

} // namespace luyenso
