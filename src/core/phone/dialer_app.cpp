#include "phone/dialer_app.h"

#include <algorithm>

namespace luyenso {

namespace {
constexpr float header_h = 64;
constexpr float row_h = 88;
constexpr float tabs_h = 64;

std::string digits_of(const std::string& s)
{
    std::string d;
    for (char c : s)
        if (c >= '0' && c <= '9')
            d += c;
    return d;
}

// "0912345678" shown as "0912 345 678", as people write numbers.
std::string grouped(const std::string& digits)
{
    if (digits.size() != 10)
        return digits;
    return digits.substr(0, 4) + " " + digits.substr(4, 3) + " " + digits.substr(7);
}
} // namespace

std::vector<Screen> DialerApp::all_screens() const
{
    return {{"phone.contacts", {}}, {"phone.keypad", {}}, {"phone.log", {}}};
}

void DialerApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    if (s.name == "phone.keypad")
        build_keypad(area, tree);
    else if (s.name == "phone.log")
        build_log(area, tree);
    else
        build_contacts(area, tree);
    add_tabs(s.name, area, tree);
}

void DialerApp::add_tabs(const std::string& current, const Layout& area, ElementTree& tree) const
{
    const struct {
        const char* id;
        const char* screen;
        const char* label;
        const char* icon;
    } tabs[] = {{"phone.tab.keypad", "phone.keypad", "Bàn phím", "keypad"},
                {"phone.tab.contacts", "phone.contacts", "Danh bạ", "contacts"},
                {"phone.tab.log", "phone.log", "Gần đây", "clock"}};
    const float y = area.bottom - tabs_h;
    tree.push_back(make_element("phone.tabs", Role::NavBar, {0, y, phone_width_dp, tabs_h}));
    for (std::size_t i = 0; i < std::size(tabs); ++i) {
        Element t = make_button(tabs[i].id, {static_cast<float>(i) * 120, y, 120, tabs_h}, tabs[i].label, tabs[i].icon,
                                Tone::Success);
        t.active = current == tabs[i].screen;
        t.text_dp = 19;
        tree.push_back(t);
    }
}

void DialerApp::build_contacts(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("phone.contacts.background"));
    tree.push_back(make_header("phone.contacts.header", "Danh bạ", Tone::Success));
    float y = status_bar_dp + header_h;
    for (const Person& p : phone_.world().contacts) {
        if (!p.saved)
            continue;
        if (y + row_h > area.bottom - tabs_h)
            break;
        Element row = make_element("phone.contact." + p.id, Role::ListItem, {0, y, phone_width_dp, row_h}, p.name);
        row.person = p.id;
        row.detail = p.phone;
        row.text_dp = 25;
        tree.push_back(row);
        Element call = make_button("phone.contact." + p.id + ".call", {290, y + 14, 60, 60}, "Gọi " + p.name, "phone",
                                   Tone::Success);
        call.icon_only = true;
        call.filled = true;
        tree.push_back(call);
        y += row_h;
    }
}

void DialerApp::build_keypad(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("phone.keypad.background"));
    Element number = make_text("phone.keypad.number", {0, 70, phone_width_dp, 60}, grouped(number_), 40);
    number.detail = "Nhập số điện thoại";
    tree.push_back(number);
    const char* keys[4][3] = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"*", "0", "#"}};
    const float key_w = 96;
    const float key_h = 72;
    const float top = 160;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 3; ++c) {
            const std::string k = keys[r][c];
            const std::string name = k == "*" ? "star" : k == "#" ? "hash" : k;
            Element b = make_button(
                "phone.keypad.key." + name,
                {24 + static_cast<float>(c) * (key_w + 12), top + static_cast<float>(r) * (key_h + 10), key_w, key_h},
                k, "", Tone::Subtle);
            b.text_dp = 36;
            b.filled = true;
            tree.push_back(b);
        }
    const float call_y = std::min(top + 4 * (key_h + 10) + 6, area.bottom - tabs_h - 80);
    Element call = make_button("phone.keypad.call", {140, call_y, 80, 72}, "Gọi", "phone", Tone::Success);
    call.icon_only = true;
    call.filled = true;
    tree.push_back(call);
    Element del = make_button("phone.keypad.delete", {250, call_y + 8, 64, 56}, "Xóa số", "backspace", Tone::Subtle);
    del.icon_only = true;
    tree.push_back(del);
}

void DialerApp::build_log(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("phone.log.background"));
    tree.push_back(make_header("phone.log.header", "Cuộc gọi gần đây", Tone::Success));
    float y = status_bar_dp + header_h;
    const auto& log = phone_.world().call_log;
    if (log.empty())
        tree.push_back(make_text("phone.log.empty", {0, y + 40, phone_width_dp, 40}, "Chưa có cuộc gọi nào", 22));
    for (std::size_t i = log.size(); i-- > 0;) {
        if (y + row_h > area.bottom - tabs_h)
            break;
        const CallLogEntry& c = log[i];
        const std::string id = "phone.log.item." + std::to_string(i);
        Element row = make_element(id, Role::ListItem, {0, y, phone_width_dp, row_h}, phone_.display_name(c.contact));
        row.person = phone_.world().contact(c.contact) ? c.contact : "";
        row.detail = std::string(c.incoming ? (c.missed ? "Cuộc gọi nhỡ" : "Gọi đến")
                                            : (c.missed ? "Gọi đi, không trả lời" : "Gọi đi")) +
                     (c.video ? " · video" : "");
        row.meta = c.time;
        row.tone = c.missed && c.incoming ? Tone::Danger : Tone::Normal;
        row.text_dp = 25;
        tree.push_back(row);
        Element call = make_button(id + ".call", {290, y + 14, 60, 60}, "Gọi lại", "phone", Tone::Success);
        call.icon_only = true;
        call.filled = true;
        tree.push_back(call);
        y += row_h;
    }
}

void DialerApp::call_number(std::vector<Event>& events)
{
    if (number_.empty())
        return;
    for (const Person& p : phone_.world().contacts)
        if (!p.phone.empty() && digits_of(p.phone) == number_) {
            phone_.start_call(p.id, false, events);
            return;
        }
    phone_.start_call("tel:" + number_, false, events);
}

bool DialerApp::tap(const Screen& /*s*/, const Element& e, std::vector<Event>& events)
{
    const std::string& id = e.id;
    auto starts = [&](const char* prefix) { return id.rfind(prefix, 0) == 0; };
    auto ends = [&](const char* suffix) {
        const std::string sfx = suffix;
        return id.size() > sfx.size() && id.compare(id.size() - sfx.size(), sfx.size(), sfx) == 0;
    };
    if (id == "phone.tab.keypad")
        phone_.replace({"phone.keypad", {}});
    else if (id == "phone.tab.contacts")
        phone_.replace({"phone.contacts", {}});
    else if (id == "phone.tab.log")
        phone_.replace({"phone.log", {}});
    else if (starts("phone.contact.") && ends(".call"))
        phone_.start_call(id.substr(14, id.size() - 14 - 5), false, events);
    else if (starts("phone.log.item.") && ends(".call")) {
        const auto index = static_cast<std::size_t>(std::stoul(id.substr(15, id.size() - 15 - 5)));
        const auto& log = phone_.world().call_log;
        if (index < log.size())
            phone_.start_call(log[index].contact, false, events);
    } else if (starts("phone.keypad.key.")) {
        if (number_.size() < 15)
            number_ += e.label;
    } else if (id == "phone.keypad.delete") {
        if (!number_.empty())
            number_.pop_back();
    } else if (id == "phone.keypad.call") {
        call_number(events);
    } else {
        return false;
    }
    return true;
}

} // namespace luyenso
