// The browser: opens the pages of the lesson's world, usually from a link in an SMS.
// Its address bar shows where the page really is; a scam page borrows a service's colours
// and asks for a password or a code. Typing a password there and submitting it is
// "password.entered_fake"; a code it is "otp.shared" {via: "web"}; closing it (the X or
// back) is "page.closed".
#pragma once

#include "phone/phone_app.h"

#include <set>
#include <string>
#include <vector>

namespace luyenso {

class BrowserApp final : public PhoneApp {
public:
    using PhoneApp::PhoneApp;

    AppIcon icon() const override { return {"web", "Trình duyệt", "app_browser", "web.start"}; }
    std::string prefix() const override { return "web."; }
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    void submit(const Screen& s, const std::string& field, std::vector<Event>& events) override;
    bool swipe(const Screen& s, SwipeDirection d, std::vector<Event>& events) override;
    void leaving(const Screen& s, std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;
    std::vector<std::string> screen_names() const override;
    std::vector<std::string> extra_ids() const override;

    // Opens the page at `url` (one of the world's, else a page that cannot be shown).
    void open_url(const std::string& url, std::vector<Event>& events);

private:
    std::set<std::string> submitted_; // pages whose form was sent (they show `done`)
    std::string error_;               // the page's complaint about an empty form
    float scroll_ = 0;
    mutable float max_scroll_ = 0;
    mutable float page_ = 400; // how far a swipe scrolls (from the last layout)

    void open_page(const std::string& page_id, bool replace);
    void submit_page(const std::string& page_id, std::vector<Event>& events);
    void close_page(const Screen& s, std::vector<Event>& events);
    void build_start(const Layout& area, ElementTree& tree) const;
    void build_page(const Screen& s, const Layout& area, ElementTree& tree) const;
    float add_bar(const std::string& url, bool secure_look, ElementTree& tree) const;
};

} // namespace luyenso
