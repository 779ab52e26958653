// The Settings app: text size (100-200 %), the Vietnamese keyboard's typing method
// (Telex or VNI) and where it puts tone marks (old style "hòa" or new style "hoà").
// Each change is "setting.changed" {setting, value}; the phone keeps them in the world.
#pragma once

#include "phone/phone_app.h"

#include <string>
#include <vector>

namespace luyenso {

class SettingsApp final : public PhoneApp {
public:
    using PhoneApp::PhoneApp;

    AppIcon icon() const override { return {"settings", "Cài đặt", "app_settings", "settings.main"}; }
    std::string prefix() const override { return "settings."; }
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    bool swipe(const Screen& s, SwipeDirection d, std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;
    std::vector<std::string> extra_ids() const override;

private:
    float scroll_ = 0;
    mutable float max_scroll_ = 0;
    mutable float page_ = 400; // how far a swipe scrolls (from the last layout)

    void build_main(const Layout& area, ElementTree& tree) const;
    void build_text_size(const Layout& area, ElementTree& tree) const;
    void build_typing(const Layout& area, ElementTree& tree) const;
};

// "Telex · Kiểu cũ (hòa)": the typing settings in a few words.
std::string describe_typing(const TypingSettings& t);

} // namespace luyenso
