// The layouts of the phone's screens, as semantic trees with bounds in dp.
// Sizes follow the older-learner guidelines: targets 48 dp or more, text 16 dp or more.
#include "phone.h"

#include "utf8.h"

#include <algorithm>
#include <cmath>

namespace luyenso {

namespace {
constexpr float status_h = 32;
constexpr float nav_y = 724;
constexpr float nav_h = phone_height_dp - nav_y;
constexpr float header_h = 64;

Element make(std::string id, Role role, Rect bounds, std::string label = {})
{
    Element e;
    e.id = std::move(id);
    e.role = role;
    e.bounds = bounds;
    e.label = std::move(label);
    return e;
}

Element button(std::string id, Rect bounds, std::string label, std::string icon, Tone tone = Tone::Normal)
{
    Element e = make(std::move(id), Role::Button, bounds, std::move(label));
    e.icon = std::move(icon);
    e.tone = tone;
    e.tappable = true;
    return e;
}

Element text(std::string id, Rect bounds, std::string label, float size_dp)
{
    Element e = make(std::move(id), Role::Text, bounds, std::move(label));
    e.text_dp = size_dp;
    return e;
}
} // namespace

ElementTree Phone::elements() const
{
    ElementTree tree;
    switch (screen().kind) {
    case ScreenKind::Lock: build_lock(tree); break;
    case ScreenKind::Home: build_home(tree); break;
    case ScreenKind::ChatList: build_chat_list(tree); break;
    case ScreenKind::ChatThread: build_chat_thread(tree); break;
    case ScreenKind::Contacts: build_contacts(tree); break;
    case ScreenKind::CallRinging:
    case ScreenKind::CallActive: build_call(tree); break;
    }
    add_system_bars(tree);
    return tree;
}

void Phone::add_system_bars(ElementTree& tree) const
{
    Element status = make("status.bar", Role::StatusBar, {0, 0, phone_width_dp, status_h}, time_text());
    status.detail = std::to_string(world_.battery_percent) + "%";
    status.text_dp = 18;
    tree.push_back(status); // drawn over full-screen pictures, as on a real phone
    if (screen().kind == ScreenKind::Lock)
        return;
    tree.push_back(make("nav.bar", Role::NavBar, {0, nav_y, phone_width_dp, nav_h}));
    Element back = button("nav.back", {45, nav_y, 90, nav_h}, "Quay lại", "back", Tone::Subtle);
    back.icon_only = true;
    Element home = button("nav.home", {135, nav_y, 90, nav_h}, "Màn hình chính", "home", Tone::Subtle);
    home.icon_only = true;
    tree.push_back(back);
    tree.push_back(home);
}

void Phone::build_lock(ElementTree& tree) const
{
    Element bg = make("lock.background", Role::Background, {0, 0, phone_width_dp, phone_height_dp});
    bg.icon = "wallpaper";
    tree.push_back(bg);
    tree.push_back(text("lock.time", {0, 110, phone_width_dp, 96}, time_text(), 80));
    tree.push_back(text("lock.date", {0, 210, phone_width_dp, 36}, world_.date, 26));
    Element unlock = button("lock.unlock", {36, 540, 288, 150}, "Vuốt lên hoặc bấm vào đây để mở",
                            "unlock", Tone::Subtle);
    unlock.text_dp = 23;
    unlock.filled = true;
    tree.push_back(unlock);
}

void Phone::build_home(ElementTree& tree) const
{
    Element bg = make("home.background", Role::Background, {0, 0, phone_width_dp, phone_height_dp});
    bg.icon = "wallpaper";
    tree.push_back(bg);
    tree.push_back(text("home.clock", {0, 56, phone_width_dp, 72}, time_text(), 60));
    tree.push_back(text("home.date", {0, 130, phone_width_dp, 32}, world_.date, 24));
    struct App {
        const char* id;
        const char* label;
        const char* icon;
    };
    static constexpr App apps[] = {
        {"home.app.chat", "Trò chuyện", "app_chat"},
        {"home.app.phone", "Điện thoại", "app_phone"},
    };
    constexpr float cell_w = 120;
    constexpr float top = 210;
    for (std::size_t i = 0; i < std::size(apps); ++i) {
        const float x = static_cast<float>(i % 3) * cell_w;
        const float y = top + static_cast<float>(i / 3) * 130;
        Element e = make(apps[i].id, Role::AppIcon, {x + 6, y, cell_w - 12, 122}, apps[i].label);
        e.icon = apps[i].icon;
        e.text_dp = 20;
        e.tappable = true;
        tree.push_back(e);
    }
}

void Phone::build_chat_list(ElementTree& tree) const
{
    Element bg = make("chat.list.background", Role::Background, {0, 0, phone_width_dp, phone_height_dp});
    tree.push_back(bg);
    Element header = make("chat.list.header", Role::Header, {0, status_h, phone_width_dp, header_h}, "Trò chuyện");
    header.tone = Tone::Primary;
    header.text_dp = 24;
    tree.push_back(header);
    constexpr float row_h = 88;
    float y = status_h + header_h;
    for (const Chat& chat : world_.chats) {
        if (y + row_h > nav_y)
            break;
        const Person* p = world_.contact(chat.with);
        if (!p)
            continue;
        Element row = make("chat.list.item." + p->id, Role::ListItem, {0, y, phone_width_dp, row_h}, p->name);
        row.person = p->id;
        row.tappable = true;
        row.text_dp = 25;
        row.badge = chat.unread;
        if (!chat.messages.empty()) {
            const ChatMessage& last = chat.messages.back();
            row.detail = (last.from == "me" ? "Bạn: " : "") + last.text;
            row.meta = last.time;
        } else {
            row.detail = "Bấm để trò chuyện";
        }
        tree.push_back(row);
        y += row_h;
    }
}

void Phone::build_chat_thread(ElementTree& tree) const
{
    const Person* p = world_.contact(screen().contact);
    const std::string name = p ? p->name : screen().contact;
    Element bg = make("chat.thread.background", Role::Background, {0, 0, phone_width_dp, phone_height_dp});
    tree.push_back(bg);

    // Messages, laid out upwards from just above the input bar; older ones scroll off.
    constexpr float input_y = 660;
    constexpr float bubble_max_w = 272;
    constexpr float text_dp = 24;   // ImGui-style size: the line height, about 1.36 em
    constexpr float line_h = 30;
    const float char_w = text_dp * 0.40F; // a slightly generous average advance for Vietnamese text
    if (const Chat* chat = find_chat(screen().contact)) {
        float bottom = input_y - 10;
        ElementTree bubbles;
        for (std::size_t i = chat->messages.size(); i-- > 0;) {
            const ChatMessage& m = chat->messages[i];
            const auto chars = static_cast<float>(utf8_length(m.text));
            const auto per_line = std::floor((bubble_max_w - 28) / char_w);
            const float lines = std::max(1.0F, std::ceil(chars / per_line));
            const float w = std::min(bubble_max_w, std::max(96.0F, chars * char_w + 28));
            const float h = lines * line_h + 20 + 18;
            const float top = bottom - h;
            if (top < status_h + header_h + 6)
                break;
            const bool mine = m.from == "me";
            Element b = make("chat.message." + std::to_string(i), Role::Bubble,
                             {mine ? phone_width_dp - 10 - w : 10, top, w, h}, m.text);
            b.text_dp = text_dp;
            b.meta = m.time;
            b.active = mine;
            b.icon = !m.call_record ? "" : m.call_video ? "video" : "phone";
            b.person = mine ? "" : m.from;
            bubbles.push_back(b);
            bottom = top - 10;
        }
        tree.insert(tree.end(), bubbles.rbegin(), bubbles.rend());
    }

    Element header = make("chat.header", Role::Header, {0, status_h, phone_width_dp, header_h}, name);
    header.tone = Tone::Primary;
    header.text_dp = 25;
    header.person = screen().contact;
    header.detail = "Vừa truy cập";
    tree.push_back(header);
    Element back = button("chat.header.back", {0, status_h, 52, header_h}, "Quay lại", "back", Tone::Primary);
    back.icon_only = true;
    tree.push_back(back);
    Element voice = button("chat.header.voice_call", {246, status_h, 56, header_h}, "Gọi thoại", "phone", Tone::Primary);
    voice.icon_only = true;
    tree.push_back(voice);
    Element video = button("chat.header.video_call", {302, status_h, 56, header_h}, "Gọi video", "video", Tone::Primary);
    video.icon_only = true;
    tree.push_back(video);

    Element input = make("chat.input", Role::TextField, {8, input_y + 4, 288, 56}, draft_);
    input.detail = "Nhập tin nhắn";
    input.tappable = true;
    input.active = input_focused_;
    input.text_dp = 23;
    tree.push_back(input);
    Element send = button("chat.send", {300, input_y + 4, 56, 56}, "Gửi", "send", Tone::Primary);
    send.icon_only = true;
    send.filled = true;
    tree.push_back(send);
}

void Phone::build_contacts(ElementTree& tree) const
{
    tree.push_back(make("phone.contacts.background", Role::Background, {0, 0, phone_width_dp, phone_height_dp}));
    Element header = make("phone.contacts.header", Role::Header, {0, status_h, phone_width_dp, header_h}, "Danh bạ");
    header.tone = Tone::Success;
    header.text_dp = 24;
    tree.push_back(header);
    constexpr float row_h = 88;
    float y = status_h + header_h;
    for (const Person& p : world_.contacts) {
        if (y + row_h > nav_y)
            break;
        Element row = make("phone.contact." + p.id, Role::ListItem, {0, y, phone_width_dp, row_h}, p.name);
        row.person = p.id;
        row.detail = p.phone;
        row.text_dp = 25;
        tree.push_back(row);
        Element call = button("phone.contact." + p.id + ".call", {290, y + 14, 60, 60}, "Gọi " + p.name,
                              "phone", Tone::Success);
        call.icon_only = true;
        call.filled = true;
        tree.push_back(call);
        y += row_h;
    }
}

void Phone::build_call(ElementTree& tree) const
{
    if (!call_)
        return;
    const CallState& c = *call_;
    const Person* p = world_.contact(c.contact);
    const std::string name = p ? p->name : c.contact;
    Element bg = make("call.background", Role::Background, {0, 0, phone_width_dp, phone_height_dp});
    bg.icon = "call";
    tree.push_back(bg);

    const Rect full{0, 0, phone_width_dp, phone_height_dp};
    if (c.video && !c.connected) {
        // While it rings, the learner sees their own camera full screen.
        Element self = make("call.self_view", Role::VideoFeed, full, world_.owner.name);
        self.person = "me";
        self.active = c.camera_on;
        tree.push_back(self);
    } else if (c.video) {
        Element remote = make("call.remote_video", Role::VideoFeed, full, name);
        remote.person = c.contact;
        remote.active = true;
        tree.push_back(remote);
        Element self = make("call.self_preview", Role::VideoFeed, {232, 48, 116, 156}, world_.owner.name);
        self.person = "me";
        self.active = c.camera_on;
        tree.push_back(self);
    }
    const bool show_picture = !c.video || !c.connected;
    if (show_picture) {
        const float size = c.video ? 112 : 150;
        Element pic = make("call.contact.picture", Role::Avatar,
                           {(phone_width_dp - size) / 2, c.video ? 130.0F : 150.0F, size, size}, name);
        pic.person = c.contact;
        tree.push_back(pic);
    }
    const float name_y = c.video && c.connected ? 52 : (c.video ? 256.0F : 318.0F);
    const float name_w = c.video && c.connected ? 224 : phone_width_dp;
    Element name_text = text("call.contact.name", {c.video && c.connected ? 8.0F : 0.0F, name_y, name_w, 40}, name, 32);
    tree.push_back(name_text);
    Element status = text("call.status", {name_text.bounds.x, name_y + 42, name_w, 30},
                          c.connected ? call_timer_text() : std::string("Đang đổ chuông…"), 24);
    status.detail = c.video ? "Cuộc gọi video" : "Cuộc gọi thoại";
    tree.push_back(status);

    // Controls: each a 64 dp circle with its label under it, in an 84 x 104 target.
    struct Control {
        const char* id;
        std::string label;
        std::string icon;
        Tone tone;
        bool active;
    };
    std::vector<Control> controls;
    if (c.video) {
        controls.push_back({"call.switch_camera", "Đổi camera", "switch_camera", Tone::Subtle, false});
        controls.push_back({"call.camera", c.camera_on ? "Tắt camera" : "Bật camera",
                            c.camera_on ? "camera" : "camera_off", Tone::Subtle, !c.camera_on});
    }
    controls.push_back({"call.mute", c.muted ? "Bật micro" : "Tắt micro", c.muted ? "mic_off" : "mic",
                        Tone::Subtle, c.muted});
    controls.push_back({"call.end", "Kết thúc", "end_call", Tone::Danger, false});
    constexpr float ctl_w = 84;
    constexpr float ctl_h = 116;
    const float gap = (phone_width_dp - static_cast<float>(controls.size()) * ctl_w) /
                      static_cast<float>(controls.size() + 1);
    for (std::size_t i = 0; i < controls.size(); ++i) {
        const float x = gap + static_cast<float>(i) * (ctl_w + gap);
        Element b = button(controls[i].id, {x, 588, ctl_w, ctl_h}, controls[i].label, controls[i].icon,
                           controls[i].tone);
        b.active = controls[i].active;
        b.text_dp = 19;
        b.filled = true;
        tree.push_back(b);
    }
}

} // namespace luyenso
