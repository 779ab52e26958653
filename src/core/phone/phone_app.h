// An app on the simulated phone. Apps are kits filled by the lesson's world: the C++
// here gives the flows (screens, what a tap does), the world gives the content.
//
// To add an app: derive from PhoneApp in its own file, give its screens names that start
// with its prefix ("bank."), and add it in Phone::Phone (phone.cpp). Everything the
// app publishes must be reachable through all_screens() so that `check` knows its ids.
#pragma once

#include "phone/phone.h"

#include <string>
#include <vector>

namespace luyenso {

struct AppIcon {
    std::string id;           // "chat": published as "home.app.chat"
    std::string label;        // "Trò chuyện"
    std::string icon;         // the UI's icon key: "app_chat"
    std::string first_screen; // what a tap on the icon opens
};

class PhoneApp {
public:
    explicit PhoneApp(Phone& phone) : phone_(phone) {}
    virtual ~PhoneApp() = default;
    PhoneApp(const PhoneApp&) = delete;
    PhoneApp& operator=(const PhoneApp&) = delete;

    // The home-screen icon; an app without one (the call screens) returns an empty id.
    virtual AppIcon icon() const = 0;
    // Screen names this app draws start with this ("chat.").
    virtual std::string prefix() const = 0;
    // The elements of screen `s`, laid out inside `area`.
    virtual void build(const Screen& s, const Layout& area, ElementTree& tree) const = 0;
    // A tap on element `e` of screen `s`. Returns false if the tap did nothing.
    virtual bool tap(const Screen& s, const Element& e, std::vector<Event>& events) = 0;
    // A finger put down on a holdable element, and lifted again (after sliding away from
    // it, to cancel). Apps without holdable elements keep the defaults.
    virtual bool press(const Screen& /*s*/, const Element& /*e*/, std::vector<Event>& /*events*/) { return false; }
    virtual void release(const Screen& /*s*/, bool /*slid_away*/, std::vector<Event>& /*events*/) {}
    // A finger held still on element `e` (a long press). False if it means nothing here:
    // then it is a tap, as on a real phone.
    virtual bool long_press(const Screen& /*s*/, const Element& /*e*/, std::vector<Event>& /*events*/) { return false; }
    // Enter (or the keyboard's done key) in field `field` of screen `s`.
    virtual void submit(const Screen& /*s*/, const std::string& /*field*/, std::vector<Event>& /*events*/) {}
    // The screen was opened from its home icon (a chance to reset or to ask for a login).
    virtual void opened(std::vector<Event>& /*events*/) {}
    // A swipe on one of this app's screens (a long page scrolls). False if it did nothing.
    virtual bool swipe(const Screen& /*s*/, SwipeDirection /*d*/, std::vector<Event>& /*events*/) { return false; }
    // Screen `s` is about to close with the back button (a browser page: "page.closed").
    virtual void leaving(const Screen& /*s*/, std::vector<Event>& /*events*/) {}
    // Every screen the app can show in this world (for the list of element ids).
    virtual std::vector<Screen> all_screens() const = 0;
    // Extra screen names lessons may use that all_screens() does not list.
    virtual std::vector<std::string> screen_names() const;
    // Element ids that appear only in some states (a tray that is open, a recording).
    virtual std::vector<std::string> extra_ids() const { return {}; }
    // Show screen `s` of this app from outside it (a notification was tapped).
    virtual void show(const Screen& s, std::vector<Event>& /*events*/) { phone_.push(s); }

protected:
    Phone& phone_;
};

// Layout helpers shared by the apps.
Element make_element(std::string id, Role role, Rect bounds, std::string label = {});
Element make_button(std::string id, Rect bounds, std::string label, std::string icon, Tone tone = Tone::Normal);
Element make_text(std::string id, Rect bounds, std::string label, float size_dp);
Element make_background(const std::string& id, const std::string& look = "light");
Element make_header(std::string id, std::string title, Tone tone);
Element make_field(std::string id, Rect bounds, const std::string& text, std::string placeholder, bool focused);
// A header's back arrow at its left.
Element make_header_back(std::string id, Tone tone);

} // namespace luyenso
