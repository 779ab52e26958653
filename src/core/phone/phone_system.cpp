// The system's screens and overlays as semantic trees with bounds in dp: lock, home,
// calls, the status and navigation bars, the keyboard, the message banner. Sizes follow
// the older-learner guidelines: targets 48 dp or more, text 16 dp or more (the keyboard's
// letter keys, 36 dp wide, are the exception: ten must fit a row, as on a real phone).
#include "phone/phone.h"

#include "phone/phone_app.h"

#include <algorithm>

namespace luyenso {

namespace {
constexpr float nav_h = phone_height_dp - nav_bar_top_dp;
constexpr float header_h = 64;
constexpr float key_h = 56;
constexpr float keyboard_h = 4 * key_h + 16;
} // namespace

// [SECTION] helpers shared by the apps

Element make_element(std::string id, Role role, Rect bounds, std::string label)
{
    Element e;
    e.id = std::move(id);
    e.role = role;
    e.bounds = bounds;
    e.label = std::move(label);
    return e;
}

Element make_button(std::string id, Rect bounds, std::string label, std::string icon, Tone tone)
{
    Element e = make_element(std::move(id), Role::Button, bounds, std::move(label));
    e.icon = std::move(icon);
    e.tone = tone;
    e.tappable = true;
    return e;
}

Element make_text(std::string id, Rect bounds, std::string label, float size_dp)
{
    Element e = make_element(std::move(id), Role::Text, bounds, std::move(label));
    e.text_dp = size_dp;
    return e;
}

Element make_background(const std::string& id, const std::string& look)
{
    Element e = make_element(id, Role::Background, {0, 0, phone_width_dp, phone_height_dp});
    e.icon = look;
    return e;
}

Element make_header(std::string id, std::string title, Tone tone)
{
    Element e = make_element(std::move(id), Role::Header, {0, status_bar_dp, phone_width_dp, header_h},
                             std::move(title));
    e.tone = tone;
    e.text_dp = 25;
    return e;
}

Element make_header_back(std::string id, Tone tone)
{
    Element e = make_button(std::move(id), {0, status_bar_dp, 52, header_h}, "Quay lại", "back", tone);
    e.icon_only = true;
    return e;
}

Element make_field(std::string id, Rect bounds, const std::string& text, std::string placeholder, bool focused)
{
    Element e = make_element(std::move(id), Role::TextField, bounds, text);
    e.detail = std::move(placeholder);
    e.tappable = true;
    e.active = focused;
    e.text_dp = 23;
    return e;
}

// [SECTION] the tree of the current screen

Layout Phone::layout() const
{
    Layout l;
    if (!focused_.empty())
        l.bottom = nav_bar_top_dp - keyboard_h;
    return l;
}

ElementTree Phone::elements() const
{
    ElementTree tree;
    const std::string& name = screen().name;
    if (name == "lock")
        build_lock(tree);
    else if (name == "home")
        build_home(tree);
    else if (name.rfind("call.", 0) == 0)
        build_call(tree);
    else if (const PhoneApp* app = app_for(name))
        app->build(screen(), layout(), tree);
    if (!focused_.empty() && find_element(tree, focused_))
        add_keyboard(tree);
    add_notification(tree);
    add_system_bars(tree);
    return tree;
}

bool Phone::scrolled_out(const std::string& id) const
{
    const PhoneApp* app = app_for(screen().name);
    if (!app || find_element(elements(), id))
        return false;
    Layout tall = layout(); // the whole screen, as on a page tall enough for all of it
    tall.bottom = 100'000;
    ElementTree all;
    app->build(screen(), tall, all);
    return find_element(all, id) != nullptr;
}

void Phone::add_system_bars(ElementTree& tree) const
{
    Element status = make_element("status.bar", Role::StatusBar, {0, 0, phone_width_dp, status_bar_dp}, time_text());
    status.detail = std::to_string(world_.battery_percent) + "%";
    status.text_dp = 18;
    tree.push_back(status); // drawn over full-screen pictures, as on a real phone
    if (screen().name == "lock")
        return;
    tree.push_back(make_element("nav.bar", Role::NavBar, {0, nav_bar_top_dp, phone_width_dp, nav_h}));
    Element back = make_button("nav.back", {45, nav_bar_top_dp, 90, nav_h}, "Quay lại", "back", Tone::Subtle);
    back.icon_only = true;
    Element home = make_button("nav.home", {135, nav_bar_top_dp, 90, nav_h}, "Màn hình chính", "home", Tone::Subtle);
    home.icon_only = true;
    tree.push_back(back);
    tree.push_back(home);
}

void Phone::add_notification(ElementTree& tree) const
{
    if (!notification_ || call_)
        return;
    // At the top, as on a phone; at the bottom (above the navigation bar) when the top
    // would cover the element the learner has to find. It slides away (up, or down) in
    // its last moments.
    constexpr float banner_h = 84;
    Rect at{8, status_bar_dp + 4, phone_width_dp - 16, banner_h};
    bool bottom = false;
    if (!keep_clear_.empty() && keep_clear_ != "notification.banner")
        if (const Element* target = find_element(tree, keep_clear_)) {
            const Rect& t = target->bounds;
            const auto covers = [&](const Rect& r) {
                return t.x < r.x + r.w && r.x < t.x + t.w && t.y < r.y + r.h && r.y < t.y + t.h;
            };
            const Rect low{8, nav_bar_top_dp - banner_h - 12, phone_width_dp - 16, banner_h};
            if (covers(at) && !covers(low)) {
                at = low;
                bottom = true;
            }
        }
    constexpr std::int64_t slide_ms = 400;
    const std::int64_t left = notification_->until_ms - clock_.now_ms();
    if (left < slide_ms) {
        const float gone = 1.0F - static_cast<float>(std::max<std::int64_t>(0, left)) / slide_ms;
        at.y += (bottom ? 1.0F : -1.0F) * gone * (banner_h + status_bar_dp + 12);
    }
    Element banner = make_element("notification.banner", Role::ListItem, at, notification_->title);
    banner.detail = notification_->text;
    banner.icon = notification_->app == "sms" ? "app_sms" : "app_chat";
    banner.tone = Tone::Primary;
    banner.text_dp = 22;
    banner.tappable = true;
    banner.active = true; // drawn as a floating card
    tree.push_back(banner);
}

void Phone::add_keyboard(ElementTree& tree) const
{
    // Read before keys are added: push_back may move the tree and leave `field` dangling.
    const Element* field = find_element(tree, focused_);
    const bool numeric = field && field->numeric;
    const float top = nav_bar_top_dp - keyboard_h;
    Element pad = make_element("keyboard", Role::Background, {0, top, phone_width_dp, keyboard_h});
    pad.icon = "keyboard";
    tree.push_back(pad);
    auto key = [&](const std::string& id, const std::string& label, float x, float y, float w, const char* icon = "",
                   Tone tone = Tone::Normal) {
        Element k = make_button(id, {x, y, w, key_h}, label, icon, tone);
        k.role = Role::Key;
        k.text_dp = 24;
        tree.push_back(k);
    };
    const float y0 = top + 8;
    if (numeric) {
        // A number pad: three big columns.
        const char* rows[4][3] = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"", "0", ""}};
        const float w = phone_width_dp / 3;
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 3; ++c) {
                const float x = static_cast<float>(c) * w;
                const float y = y0 + static_cast<float>(r) * key_h;
                const std::string label = rows[r][c];
                if (!label.empty())
                    key("keyboard.key." + label, label, x, y, w);
            }
        key("keyboard.backspace", "Xóa", 0, y0 + 3 * key_h, w, "backspace");
        key("keyboard.enter", "Xong", 2 * w, y0 + 3 * key_h, w, "enter", Tone::Primary);
        return;
    }
    constexpr float kw = phone_width_dp / 10; // 36 dp
    if (!symbols_) {
        const std::string rows[3] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
        for (int r = 0; r < 3; ++r) {
            const std::string& letters = rows[r];
            float x = r == 1 ? kw / 2 : r == 2 ? kw * 1.5F : 0;
            for (char c : letters) {
                const std::string label(1, shift_ ? static_cast<char>(c - 'a' + 'A') : c);
                key(std::string("keyboard.key.") + c, label, x, y0 + static_cast<float>(r) * key_h, kw);
                x += kw;
            }
        }
        Element shift = make_button("keyboard.shift", {0, y0 + 2 * key_h, kw * 1.5F, key_h}, "Chữ hoa", "shift");
        shift.role = Role::Key;
        shift.icon_only = true;
        shift.active = shift_;
        tree.push_back(shift);
        key("keyboard.symbols", "?123", 0, y0 + 3 * key_h, kw * 2);
    } else {
        const std::string rows[3] = {"1234567890", "@#%&-+()/", "*\"':;!?"};
        // Keys whose character cannot be part of an id are named.
        auto name_of = [](char c) -> std::string {
            switch (c) {
            case '@': return "at";
            case '#': return "hash";
            case '%': return "percent";
            case '&': return "and";
            case '-': return "dash";
            case '+': return "plus";
            case '(': return "open";
            case ')': return "close";
            case '/': return "slash";
            case '*': return "star";
            case '"': return "quote";
            case '\'': return "apostrophe";
            case ':': return "colon";
            case ';': return "semicolon";
            case '!': return "exclamation";
            case '?': return "question";
            default: return std::string(1, c);
            }
        };
        for (int r = 0; r < 3; ++r) {
            const std::string& chars = rows[r];
            float x = r == 1 ? kw / 2 : r == 2 ? kw * 1.5F : 0;
            for (char c : chars) {
                key("keyboard.key." + name_of(c), std::string(1, c), x, y0 + static_cast<float>(r) * key_h, kw);
                x += kw;
            }
        }
        key("keyboard.letters", "ABC", 0, y0 + 3 * key_h, kw * 2);
    }
    key("keyboard.backspace", "Xóa", kw * 8.5F, y0 + 2 * key_h, kw * 1.5F, "backspace");
    key("keyboard.key.comma", ",", kw * 2, y0 + 3 * key_h, kw);
    key("keyboard.space", "Dấu cách", kw * 3, y0 + 3 * key_h, kw * 4);
    key("keyboard.key.dot", ".", kw * 7, y0 + 3 * key_h, kw);
    key("keyboard.enter", "Xong", kw * 8, y0 + 3 * key_h, kw * 2, "enter", Tone::Primary);
}

// [SECTION] lock and home

void Phone::build_lock(ElementTree& tree) const
{
    tree.push_back(make_background("lock.background", "wallpaper"));
    tree.push_back(make_text("lock.time", {0, 110, phone_width_dp, 96}, time_text(), 80));
    tree.push_back(make_text("lock.date", {0, 210, phone_width_dp, 36}, world_.date, 26));
    Element unlock = make_button("lock.unlock", {36, 540, 288, 150}, "Vuốt lên hoặc bấm vào đây để mở", "unlock",
                                 Tone::Subtle);
    unlock.text_dp = 23;
    unlock.filled = true;
    tree.push_back(unlock);
}

void Phone::build_home(ElementTree& tree) const
{
    tree.push_back(make_background("home.background", "wallpaper"));
    tree.push_back(make_text("home.clock", {0, 56, phone_width_dp, 72}, time_text(), 60));
    tree.push_back(make_text("home.date", {0, 130, phone_width_dp, 32}, world_.date, 24));
    constexpr float cell_w = 120;
    constexpr float top = 210;
    std::size_t i = 0;
    for (const auto& app : apps_) {
        const AppIcon icon = app->icon();
        if (icon.id.empty())
            continue;
        const float x = static_cast<float>(i % 3) * cell_w;
        const float y = top + static_cast<float>(i / 3) * 130;
        Element e = make_element("home.app." + icon.id, Role::AppIcon, {x + 6, y, cell_w - 12, 122}, icon.label);
        e.icon = icon.icon;
        e.text_dp = 20;
        e.tappable = true;
        tree.push_back(e);
        ++i;
    }
}

// [SECTION] calls

void Phone::build_call(ElementTree& tree) const
{
    tree.push_back(make_background("call.background", "call"));
    if (!call_)
        return;
    const CallState& c = *call_;
    const Person* p = world_.contact(c.contact);
    // A number not in the contacts shows as the number on a phone call; on a video call
    // (from a chat app) as the name the stranger gave themselves, marked as a stranger.
    const bool stranger = p && !p->saved;
    const std::string name = stranger && !c.video && !p->phone.empty() ? p->phone : display_name(c.contact);
    const Rect full{0, 0, phone_width_dp, phone_height_dp};
    const bool ringing = !c.connected;
    if (c.video && ringing && !c.incoming) {
        // While it rings, the learner sees their own camera full screen.
        Element self = make_element("call.self_view", Role::VideoFeed, full, world_.owner.name);
        self.person = "me";
        self.active = c.camera_on;
        tree.push_back(self);
    } else if (c.video && c.connected) {
        Element remote = make_element("call.remote_video", Role::VideoFeed, full, name);
        remote.person = c.contact;
        remote.active = true;
        tree.push_back(remote);
        Element self = make_element("call.self_preview", Role::VideoFeed, {232, 48, 116, 156}, world_.owner.name);
        self.person = "me";
        self.active = c.camera_on;
        tree.push_back(self);
    }
    const bool show_picture = !c.video || ringing;
    // A scripted voice call, once answered, keeps the caller small at the top: the words
    // they say and the learner's replies need the middle of the screen.
    const bool scripted_talk = !c.video && c.connected && call_script();
    if (show_picture) {
        const float size = scripted_talk ? 96 : c.video && !c.incoming ? 112 : 150;
        const float top = scripted_talk ? 60.0F : size < 150 ? 130.0F : 150.0F;
        Element pic = make_element("call.contact.picture", Role::Avatar, {(phone_width_dp - size) / 2, top, size, size},
                                   name);
        pic.person = c.contact;
        tree.push_back(pic);
    }
    const bool overlay = c.video && c.connected;
    const float name_y = overlay ? 52 : scripted_talk ? 162.0F : (c.video && !c.incoming ? 256.0F : 318.0F);
    const float name_w = overlay ? 224 : phone_width_dp;
    Element name_text = make_text("call.contact.name", {overlay ? 8.0F : 0.0F, name_y, name_w, 40}, name, 32);
    tree.push_back(name_text);
    std::string status_text;
    if (c.connected)
        status_text = call_timer_text();
    else if (c.incoming)
        status_text = c.video ? "Cuộc gọi video đến…" : "Cuộc gọi thoại đến…";
    else
        status_text = "Đang đổ chuông…";
    Element status = make_text("call.status", {name_text.bounds.x, name_y + 42, name_w, 30}, status_text, 24);
    status.detail = c.video ? "Cuộc gọi video" : "Cuộc gọi thoại";
    tree.push_back(status);
    if (stranger && !c.connected)
        tree.push_back(make_text("call.contact.phone", {0, name_y + 76, phone_width_dp, 30},
                                 c.video ? "Người lạ · không có trong danh bạ" : "Số lạ · không có trong danh bạ", 20));
    else if (p && !p->phone.empty() && !c.connected)
        tree.push_back(make_text("call.contact.phone", {0, name_y + 76, phone_width_dp, 30}, p->phone, 20));

    struct Control {
        const char* id;
        std::string label;
        std::string icon;
        Tone tone;
        bool active;
    };
    std::vector<Control> controls;
    if (c.incoming && ringing) {
        // Answer or decline: two big buttons far apart.
        controls.push_back({"call.decline", "Từ chối", "end_call", Tone::Danger, false});
        controls.push_back({"call.accept", "Trả lời", c.video ? "video" : "phone", Tone::Success, false});
    } else {
        if (c.video) {
            controls.push_back({"call.switch_camera", "Đổi camera", "switch_camera", Tone::Subtle, false});
            controls.push_back({"call.camera", c.camera_on ? "Tắt camera" : "Bật camera",
                                c.camera_on ? "camera" : "camera_off", Tone::Subtle, !c.camera_on});
        }
        controls.push_back(
            {"call.mute", c.muted ? "Bật micro" : "Tắt micro", c.muted ? "mic_off" : "mic", Tone::Subtle, c.muted});
        controls.push_back({"call.end", "Kết thúc", "end_call", Tone::Danger, false});
    }
    // Each control: a 64 dp circle with its label under it, in an 84 x 116 target.
    constexpr float ctl_w = 84;
    constexpr float ctl_h = 116;
    const float gap = (phone_width_dp - static_cast<float>(controls.size()) * ctl_w) /
                      static_cast<float>(controls.size() + 1);
    for (std::size_t i = 0; i < controls.size(); ++i) {
        const float x = gap + static_cast<float>(i) * (ctl_w + gap);
        Element b = make_button(controls[i].id, {x, 588, ctl_w, ctl_h}, controls[i].label, controls[i].icon,
                                controls[i].tone);
        b.active = controls[i].active;
        b.text_dp = 19;
        b.filled = true;
        tree.push_back(b);
    }
    add_call_script(tree); // subtitles and reply choices of a scripted caller
}

} // namespace luyenso
