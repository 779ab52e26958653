#include "phone/chat_app.h"

#include "phone/form_layout.h"
#include "text/text_wrap.h"

#include <algorithm>
#include <utility>

namespace luyenso {

namespace {
constexpr float header_h = 64;
constexpr float row_h = 88;
constexpr float input_h = 64;
constexpr float min_voice_ms = 1000; // shorter than this is not sent ("hold longer")
constexpr float photo_w = 168;
constexpr float photo_h = 164;
constexpr float reaction_bar_h = 100;

const char* const input_field = "chat.input";
const char* const group_name_field = "chat.group.name_input";

std::string voice_length(int seconds)
{
    return std::to_string(seconds / 60) + ":" + (seconds % 60 < 10 ? "0" : "") + std::to_string(seconds % 60);
}

std::string preview(const ChatMessage& m)
{
    if (m.kind == "photo")
        return "[Hình ảnh]";
    if (m.kind == "voice")
        return "[Tin nhắn thoại]";
    if (m.kind == "sticker")
        return "[Nhãn dán]";
    return m.text;
}
} // namespace

const std::vector<std::pair<std::string, std::string>>& ChatApp::stickers()
{
    static const std::vector<std::pair<std::string, std::string>> list = {
        {"heart", "Thương lắm"}, {"smile", "Vui quá"}, {"thanks", "Cảm ơn"},
        {"hello", "Xin chào"},   {"ok", "Đồng ý"},     {"flower", "Tặng hoa"}};
    return list;
}

const std::vector<std::pair<std::string, std::string>>& ChatApp::reactions()
{
    static const std::vector<std::pair<std::string, std::string>> list = {
        {"heart", "Thả tim"}, {"ok", "Thích"}, {"smile", "Vui"}, {"thanks", "Cảm ơn"}};
    return list;
}

std::string ChatApp::chat_title(const Chat& c) const
{
    if (c.is_group())
        return c.group_name;
    const Person* p = phone_.world().contact(c.with);
    return p ? p->name : c.with;
}

// [SECTION] screens

std::vector<Screen> ChatApp::all_screens() const
{
    std::vector<Screen> screens = {
        {"chat.list", {}}, {"chat.group.members", {}}, {"chat.group.name", {}}, {"chat.settings", {}}};
    for (const Chat& c : phone_.world().chats) {
        screens.push_back({"chat.thread", c.key()});
        screens.push_back({"chat.gallery", c.key()});
        if (!c.is_group()) {
            screens.push_back({"chat.report", c.key()});
            screens.push_back({"chat.block", c.key()});
        }
    }
    return screens;
}

std::vector<std::string> ChatApp::screen_names() const
{
    return {"chat.list",       "chat.thread",   "chat.gallery", "chat.group.members",
            "chat.group.name", "chat.settings", "chat.report",  "chat.block"};
}

std::vector<std::string> ChatApp::extra_ids() const
{
    // Every chat and photo, also those a short screen shows only after scrolling.
    std::vector<std::string> ids = unscrolled_ids(*this);
    for (const char* id : {"chat.sticker.tray", "chat.voice.recording", "chat.send", "chat.reactions", "chat.list.more",
                           "chat.gallery.more", "chat.menu", "chat.menu.report", "chat.menu.block", "chat.menu.unblock",
                           "chat.blocked", "chat.blocked.note", "chat.unblock", "chat.replies", "chat.replies.title",
                           "chat.report.more", "chat.block.more"})
        ids.emplace_back(id);
    for (const ChatScript& script : phone_.world().chat_scripts)
        for (const ChatTurn& turn : script.turns)
            for (const ChatChoice& c : turn.choices)
                ids.push_back("chat.choice." + c.id);
    for (const auto& [id, label] : stickers())
        ids.push_back("chat.sticker." + id);
    for (const auto& [id, label] : reactions())
        ids.push_back("chat.reaction." + id);
    return ids;
}

void ChatApp::show(const Screen& s, std::vector<Event>& events)
{
    if (s.name == "chat.thread")
        open_chat(s.param, events);
    else
        phone_.push(s);
}

void ChatApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    if (s.name == "chat.list")
        build_list(area, tree);
    else if (s.name == "chat.thread")
        build_thread(s, area, tree);
    else if (s.name == "chat.gallery")
        build_gallery(s, area, tree);
    else if (s.name == "chat.group.members")
        build_group_members(area, tree);
    else if (s.name == "chat.group.name")
        build_group_name(area, tree);
    else if (s.name == "chat.settings")
        build_settings(tree);
    else if (s.name == "chat.report")
        build_report(s, area, tree);
    else if (s.name == "chat.block")
        build_block(s, area, tree);
}

float ChatApp::build_list(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("chat.list.background"));
    tree.push_back(make_header("chat.list.header", "Trò chuyện", Tone::Primary));
    Element group = make_button("chat.list.new_group", {248, status_bar_dp, 56, header_h}, "Tạo nhóm", "group_add",
                                Tone::Primary);
    group.icon_only = true;
    tree.push_back(group);
    Element settings = make_button("chat.list.settings", {304, status_bar_dp, 56, header_h}, "Cài đặt", "settings",
                                   Tone::Primary);
    settings.icon_only = true;
    tree.push_back(settings);
    std::vector<Element> rows;
    // Chats with the newest activity first, as in the real app; the world's order breaks ties.
    std::vector<const Chat*> chats;
    for (const Chat& c : phone_.world().chats)
        chats.push_back(&c);
    std::stable_sort(chats.begin(), chats.end(),
                     [](const Chat* a, const Chat* b) { return a->unread > 0 && b->unread == 0; });
    for (const Chat* c : chats) {
        if (!c->is_group() && !phone_.world().contact(c->with))
            continue;
        Element row = make_element("chat.list.item." + c->key(), Role::ListItem, {0, 0, phone_width_dp, row_h},
                                   chat_title(*c));
        row.person = c->is_group() ? "" : c->with;
        row.icon = c->is_group() ? (c->announcements ? "megaphone" : "group") : "";
        row.tappable = true;
        row.text_dp = 25;
        row.badge = c->unread;
        if (!c->messages.empty()) {
            const ChatMessage& last = c->messages.back();
            std::string who;
            if (last.from == "me")
                who = "Bạn: ";
            else if (c->is_group())
                if (const Person* p = phone_.world().contact(last.from))
                    who = p->name + ": ";
            row.detail = who + preview(last);
            row.meta = last.time;
        } else {
            row.detail = "Bấm để trò chuyện";
        }
        rows.push_back(row);
    }
    // Whole rows under the header; with more than fit, a note at the bottom and a swipe
    // moves the list by rows (`list_scroll_` counts them), so no row is ever cut in half.
    const float top = status_bar_dp + header_h;
    constexpr float more_h = 30;
    auto fit = [&](float bottom) { return static_cast<std::size_t>(std::max(0.0F, (bottom - top) / row_h)); };
    std::size_t shown = fit(area.bottom);
    std::size_t first = 0;
    if (rows.size() > shown) {
        shown = fit(area.bottom - more_h);
        first = std::min(static_cast<std::size_t>(list_scroll_), rows.size() - shown);
    }
    for (std::size_t k = 0; k < shown && first + k < rows.size(); ++k) {
        rows[first + k].bounds.y = top + static_cast<float>(k) * row_h;
        tree.push_back(rows[first + k]);
    }
    if (first + shown < rows.size()) {
        Element more = make_text("chat.list.more",
                                 {16, top + static_cast<float>(shown) * row_h + 2, phone_width_dp - 32, more_h - 4},
                                 "Vuốt lên để xem thêm", 17);
        more.icon = "more_below";
        tree.push_back(more);
    }
    return rows.size() > shown ? static_cast<float>(rows.size() - shown) : 0.0F;
}

void ChatApp::build_thread(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const Chat* chat = phone_.world().chat(s.param);
    tree.push_back(make_background("chat.thread.background", "tinted"));
    if (!chat)
        return;
    const bool group = chat->is_group();
    const bool read_only = chat->announcements;
    const float input_y = area.bottom - input_h;
    const float sticker_tray_h = stickers_open_ ? 196 : 0;
    // Over the input bar: the suggested replies, or instead of it a blocked chat's bar.
    ElementTree below;
    float messages_bottom = (read_only ? area.bottom - 56 : input_y) - sticker_tray_h;
    if (chat->blocked && !group)
        messages_bottom = build_blocked_bar(*chat, area.bottom, below);
    else if (!read_only && !stickers_open_ && !recording_since_)
        messages_bottom = build_replies(*chat, input_y, below);

    // Messages, laid out upwards from just above the input bar; older ones scroll off.
    constexpr float bubble_max_w = 272;
    constexpr float text_dp = 24; // ImGui-style size: the line height, about 1.36 em
    constexpr float line_h = 30;  // as the painter spaces the lines (1.25 x the size)
    constexpr float padding = 28; // the text's margins inside the bubble
    constexpr float time_dp = 16; // the time's size, and its distance from the text before it
    constexpr float time_gap = 10;
    float bottom = messages_bottom - 10;
    ElementTree bubbles;
    for (std::size_t i = chat->messages.size(); i-- > 0;) {
        const ChatMessage& m = chat->messages[i];
        const bool mine = m.from == "me";
        const Person* sender = mine ? nullptr : phone_.world().contact(m.from);
        const float name_h = group && !mine ? 24 : 0;
        float w = 0;
        float h = 0;
        Role role = Role::Bubble;
        if (m.kind == "photo") {
            w = 220;
            h = 170 + name_h;
            role = Role::Image;
        } else if (m.kind == "sticker") {
            w = 120;
            h = 120 + name_h;
            role = Role::Image;
        } else if (m.kind == "voice") {
            w = 200;
            h = 64 + name_h;
        } else {
            // As wide as the text (on one line) up to the widest bubble, as tall as its
            // lines wrapped as the painter wraps them; a call's record has an icon first.
            // The time goes at the bottom right, beside the last line when it fits there
            // (as chat apps do), else on a row of its own.
            const float icon_w = m.call_record ? 26 : 0;
            const float text_w = estimate_text_width(m.text, text_dp);
            const float time_w = m.time.empty() ? 0 : estimate_text_width(m.time, time_dp) + time_gap;
            w = std::min(bubble_max_w, std::max(110.0F, text_w + time_w + padding + icon_w));
            const float room = w - padding - icon_w;
            const auto lines = estimate_wrap(m.text, text_dp, room);
            const bool time_beside = estimate_text_width(lines.back(), text_dp) + time_w <= room;
            h = static_cast<float>(lines.size()) * line_h + 20 + (time_beside ? 0 : 18) + name_h;
        }
        const float top = bottom - h;
        if (top < status_bar_dp + header_h + 6)
            break;
        Element b = make_element("chat.message." + std::to_string(i), role,
                                 {mine ? phone_width_dp - 10 - w : 10, top, w, h},
                                 m.kind == "voice" ? voice_length(m.seconds) : m.text);
        b.text_dp = text_dp;
        b.meta = m.time;
        b.active = mine;
        b.tappable = !m.call_record; // a long press shows the reactions
        b.icon = m.call_record ? (m.call_video ? "video" : "phone") : m.kind == "voice" ? "play" : "";
        b.person = mine ? "" : m.from;
        b.detail = group && sender ? sender->name : "";
        if (m.kind == "photo")
            b.icon = "photo:" + m.media;
        if (m.kind == "sticker")
            b.icon = "sticker:" + m.media;
        bubbles.push_back(b);
        if (!m.reaction.empty()) { // the learner's reaction, on the bubble's lower corner
            Element r = make_element(b.id + ".reaction", Role::Image,
                                     {mine ? b.bounds.x - 8 : b.bounds.x + w - 28, top + h - 26, 36, 36}, m.reaction);
            r.icon = "sticker:" + m.reaction;
            bubbles.insert(bubbles.end() - 1, r); // reversed below: drawn over its bubble
        }
        bottom = top - 10;
    }
    tree.insert(tree.end(), bubbles.rbegin(), bubbles.rend());
    add_reactions(*chat, bubbles, tree);
    tree.insert(tree.end(), below.begin(), below.end());

    Element header = make_header("chat.header", chat_title(*chat), Tone::Primary);
    header.person = group ? "" : chat->with;
    header.icon = group ? (read_only ? "megaphone" : "group") : "";
    const auto run = runs_.find(chat->key());
    header.detail = group           ? std::to_string(chat->members.size() + 1) + " thành viên"
                    : chat->blocked ? "Đã chặn"
                    : run != runs_.end() && run->second.writing ? "Đang soạn tin nhắn…"
                    : !chat->reported.empty()                   ? "Đã báo cáo"
                                                                : "Vừa truy cập";
    tree.push_back(header);
    tree.push_back(make_header_back("chat.header.back", Tone::Primary));
    if (!group) {
        // Calls, and the menu (report, block), at the header's right.
        if (!chat->blocked) {
            Element voice = make_button("chat.header.voice_call", {214, status_bar_dp, 48, header_h}, "Gọi thoại",
                                        "phone", Tone::Primary);
            voice.icon_only = true;
            tree.push_back(voice);
            Element video = make_button("chat.header.video_call", {262, status_bar_dp, 48, header_h}, "Gọi video",
                                        "video", Tone::Primary);
            video.icon_only = true;
            tree.push_back(video);
        }
        Element menu = make_button("chat.header.menu", {310, status_bar_dp, 48, header_h}, "Tùy chọn", "more",
                                   Tone::Primary);
        menu.icon_only = true;
        menu.active = menu_open_;
        tree.push_back(menu);
        if (menu_open_)
            build_menu(*chat, tree);
    }

    if (chat->blocked && !group)
        return;
    if (read_only) {
        Element note = make_text("chat.readonly", {10, area.bottom - 52, phone_width_dp - 20, 44},
                                 "Chỉ trưởng nhóm được gửi tin nhắn trong nhóm này", 19);
        tree.push_back(note);
        return;
    }
    if (stickers_open_) {
        const float tray_y = input_y - sticker_tray_h;
        tree.push_back(
            make_element("chat.sticker.tray", Role::Background, {0, tray_y, phone_width_dp, sticker_tray_h}));
        const auto& list = stickers();
        for (std::size_t i = 0; i < list.size(); ++i) {
            const float x = 12 + static_cast<float>(i % 3) * 114;
            const float y = tray_y + 8 + static_cast<float>(i / 3) * 92;
            Element st = make_element("chat.sticker." + list[i].first, Role::Image, {x, y, 108, 86}, list[i].second);
            st.icon = "sticker:" + list[i].first;
            st.tappable = true;
            tree.push_back(st);
        }
    }
    const std::string& draft = phone_.field_text(input_field);
    Element sticker = make_button("chat.sticker", {2, input_y + 4, 52, 56}, "Nhãn dán", "sticker", Tone::Subtle);
    sticker.icon_only = true;
    sticker.active = stickers_open_;
    tree.push_back(sticker);
    if (draft.empty() && !phone_.input_focused()) {
        tree.push_back(make_field(input_field, {56, input_y + 4, 192, 56}, draft, "Nhập tin nhắn", false));
        Element photo = make_button("chat.attach", {250, input_y + 4, 52, 56}, "Gửi ảnh", "photo", Tone::Subtle);
        photo.icon_only = true;
        tree.push_back(photo);
        Element mic = make_button("chat.voice", {304, input_y + 4, 54, 56}, "Giữ để ghi âm", "mic", Tone::Subtle);
        mic.icon_only = true;
        mic.holdable = true;
        mic.active = recording_since_.has_value();
        tree.push_back(mic);
    } else {
        tree.push_back(make_field(input_field, {56, input_y + 4, 240, 56}, draft, "Nhập tin nhắn",
                                  phone_.focused_field() == input_field));
        Element send = make_button("chat.send", {300, input_y + 4, 56, 56}, "Gửi", "send", Tone::Primary);
        send.icon_only = true;
        send.filled = true;
        tree.push_back(send);
    }
    if (recording_since_) {
        const auto seconds = static_cast<int>((phone_.clock().now_ms() - *recording_since_) / 1000);
        Element rec = make_element("chat.voice.recording", Role::Bubble, {20, input_y - 140, phone_width_dp - 40, 124},
                                   "Đang ghi âm… " + voice_length(seconds));
        rec.detail = "Thả tay để gửi · Trượt sang trái để hủy";
        rec.icon = "mic";
        rec.text_dp = 26;
        rec.active = true;
        tree.push_back(rec);
    }
}

void ChatApp::add_reactions(const Chat& chat, const ElementTree& bubbles, ElementTree& tree) const
{
    if (!held_ || *held_ >= chat.messages.size())
        return;
    const std::string id = "chat.message." + std::to_string(*held_);
    const auto it = std::find_if(bubbles.begin(), bubbles.end(), [&](const Element& e) { return e.id == id; });
    if (it == bubbles.end())
        return;
    // Above the message if there is room under the header, else below it.
    const float above = it->bounds.y - reaction_bar_h - 6;
    const float y = above >= status_bar_dp + header_h + 4 ? above : it->bounds.y + it->bounds.h + 6;
    tree.push_back(make_element("chat.reactions", Role::Background, {0, y, phone_width_dp, reaction_bar_h}));
    const auto& list = reactions();
    for (std::size_t i = 0; i < list.size(); ++i) {
        Element r = make_element("chat.reaction." + list[i].first, Role::Image,
                                 {8 + static_cast<float>(i) * 88, y + 8, 80, reaction_bar_h - 16}, list[i].second);
        r.icon = "sticker:" + list[i].first;
        r.tappable = true;
        r.active = chat.messages[*held_].reaction == list[i].first;
        tree.push_back(r);
    }
}

float ChatApp::build_gallery(const Screen& /*s*/, const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("chat.gallery.background"));
    tree.push_back(make_header("chat.gallery.header", "Chọn ảnh để gửi", Tone::Primary));
    tree.push_back(make_header_back("chat.gallery.back", Tone::Primary));
    const auto& photos = phone_.world().gallery;
    const float top = status_bar_dp + header_h;
    // Two photos a row, scrolling above the send button when there are many.
    Layout above_button = area;
    above_button.bottom = area.bottom - 72;
    Column column(above_button, top, phone_.text_scale());
    column.skip(8 - (column.cursor() - top));
    for (std::size_t i = 0; i < photos.size(); i += 2) {
        std::vector<Element> row;
        for (std::size_t k = i; k < std::min(i + 2, photos.size()); ++k) {
            const float x = 8 + static_cast<float>(k % 2) * (photo_w + 8);
            Element p = make_element("chat.gallery.photo." + photos[k].id, Role::Image, {x, 0, photo_w, photo_h},
                                     photos[k].caption);
            p.icon = "photo:" + photos[k].id;
            p.tappable = true;
            p.active = picked_photo_ == photos[k].id;
            row.push_back(p);
        }
        column.add_row(row, photo_h, 8);
    }
    const float max_scroll = column.finish(tree, gallery_scroll_, {}, "chat.gallery.more");
    if (photos.empty())
        tree.push_back(make_text("chat.gallery.empty", {0, top + 48, phone_width_dp, 40}, "Chưa có ảnh nào", 22));
    Element send = make_button("chat.gallery.send", {16, area.bottom - 72, phone_width_dp - 32, 60},
                               picked_photo_.empty() ? "Chọn một ảnh" : "Gửi ảnh", "send", Tone::Primary);
    send.filled = true;
    send.text_dp = 24;
    tree.push_back(send);
    return max_scroll;
}

void ChatApp::build_group_members(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("chat.group.background"));
    tree.push_back(make_header("chat.group.header", "Nhóm mới: chọn người", Tone::Primary));
    tree.push_back(make_header_back("chat.group.back", Tone::Primary));
    float y = status_bar_dp + header_h;
    for (const Person& p : phone_.world().contacts) {
        if (!p.saved)
            continue;
        if (y + row_h > area.bottom - 80)
            break;
        Element row = make_element("chat.group.member." + p.id, Role::Toggle, {0, y, phone_width_dp, row_h}, p.name);
        row.person = p.id;
        row.tappable = true;
        row.active = picked_.count(p.id) > 0;
        row.text_dp = 25;
        tree.push_back(row);
        y += row_h;
    }
    const std::string label = picked_.size() < 2 ? "Chọn ít nhất 2 người"
                                                 : "Tiếp tục (" + std::to_string(picked_.size()) + " người)";
    Element next = make_button("chat.group.next", {16, area.bottom - 72, phone_width_dp - 32, 60}, label, "",
                               Tone::Primary);
    next.filled = true;
    next.text_dp = 24;
    tree.push_back(next);
}

void ChatApp::build_group_name(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("chat.group.background"));
    tree.push_back(make_header("chat.group.header", "Nhóm mới: đặt tên", Tone::Primary));
    tree.push_back(make_header_back("chat.group.back", Tone::Primary));
    tree.push_back(make_text("chat.group.name_label", {16, 120, phone_width_dp - 32, 36}, "Tên nhóm", 22));
    Element field = make_field(group_name_field, {16, 160, phone_width_dp - 32, 60},
                               phone_.field_text(group_name_field), "Ví dụ: Gia đình mình",
                               phone_.focused_field() == group_name_field);
    field.max_length = 40;
    tree.push_back(field);
    tree.push_back(make_text("chat.group.count", {16, 232, phone_width_dp - 32, 36},
                             std::to_string(picked_.size()) + " người được mời vào nhóm", 20));
    Element create = make_button("chat.group.create", {16, std::min(area.bottom - 72, 290.0F), phone_width_dp - 32, 60},
                                 "Tạo nhóm", "", Tone::Primary);
    create.filled = true;
    create.text_dp = 24;
    tree.push_back(create);
}

void ChatApp::build_settings(ElementTree& tree) const
{
    tree.push_back(make_background("chat.settings.background"));
    tree.push_back(make_header("chat.settings.header", "Quyền riêng tư", Tone::Primary));
    tree.push_back(make_header_back("chat.settings.back", Tone::Primary));
    Element t = make_element("chat.settings.strangers", Role::Toggle, {0, 110, phone_width_dp, 96},
                             "Nhận tin nhắn từ người lạ");
    t.detail = phone_.world().messages_from_strangers ? "Đang bật: người không có trong danh bạ nhắn được cho bạn"
                                                      : "Đang tắt: chỉ người trong danh bạ nhắn được cho bạn";
    t.active = phone_.world().messages_from_strangers;
    t.tappable = true;
    t.text_dp = 24;
    tree.push_back(t);
}

// [SECTION] behaviour

void ChatApp::open_chat(const std::string& key, std::vector<Event>& events)
{
    if (Chat* c = phone_.world_mut().chat(key))
        c->unread = 0;
    phone_.clear_field(input_field);
    stickers_open_ = false;
    held_.reset();
    menu_open_ = false;
    phone_.push({"chat.thread", key});
    events.push_back({"chat.opened", {{"contact", key}}});
}

void ChatApp::send(const std::string& key, ChatMessage m, std::vector<Event>& events)
{
    Chat* chat = phone_.world_mut().chat(key);
    if (!chat)
        return;
    m.from = "me";
    m.time = phone_.time_text();
    chat->messages.push_back(m);
    nlohmann::json fields = {{"to", key}, {"kind", m.kind}};
    if (m.kind == "text")
        fields["text"] = m.text;
    else if (m.kind == "voice")
        fields["seconds"] = m.seconds;
    else
        fields["media"] = m.media;
    events.push_back({"message.sent", fields});
    if (m.kind == "text") // an OTP typed into a chat is given away
        phone_.notice_shared_otp(m.text, "chat", {{"to", key}}, events);
}

bool ChatApp::tap(const Screen& s, const Element& e, std::vector<Event>& events)
{
    const std::string& id = e.id;
    auto starts = [&](const char* prefix) { return id.rfind(prefix, 0) == 0; };
    if (held_) { // the reactions show: a tap picks one, or anywhere else closes them
        const std::size_t index = *std::exchange(held_, std::nullopt);
        Chat* chat = phone_.world_mut().chat(s.param);
        if (starts("chat.reaction.") && chat && index < chat->messages.size()) {
            chat->messages[index].reaction = id.substr(14);
            events.push_back({"message.reacted",
                              {{"chat", s.param}, {"message", index}, {"reaction", chat->messages[index].reaction}}});
        }
        return true;
    }
    if (script_tap(s, id, events))
        return true;
    if (starts("chat.list.item.")) {
        open_chat(id.substr(15), events);
    } else if (id == "chat.list.new_group") {
        picked_.clear();
        phone_.clear_field(group_name_field);
        phone_.push({"chat.group.members", {}});
    } else if (id == "chat.list.settings") {
        phone_.push({"chat.settings", {}});
    } else if (id == "chat.header.back" || id == "chat.gallery.back" || id == "chat.group.back" ||
               id == "chat.settings.back") {
        phone_.pop();
    } else if (id == "chat.header.voice_call" || id == "chat.header.video_call") {
        stickers_open_ = false;
        // A script can say that the chat's account is not the contact's (hacked): its
        // holder does not pick up; the contact's own number, from the Phone app, does.
        const ChatScript* script = script_for(s.param);
        phone_.start_call(s.param, id == "chat.header.video_call", events, script && !script->answers_calls);
    } else if (id == "chat.send") {
        submit(s, input_field, events);
    } else if (id == "chat.attach") {
        picked_photo_.clear();
        gallery_scroll_ = 0;
        phone_.push({"chat.gallery", s.param});
    } else if (id == "chat.sticker") {
        stickers_open_ = !stickers_open_;
        phone_.unfocus();
    } else if (starts("chat.sticker.") && id != "chat.sticker.tray") {
        ChatMessage m;
        m.kind = "sticker";
        m.media = id.substr(13);
        m.text = e.label;
        send(s.param, m, events);
        stickers_open_ = false;
    } else if (id == "chat.voice") {
        // A short tap on the microphone: the real app says to hold it.
        events.push_back({"voice.too_short", nlohmann::json::object()});
    } else if (starts("chat.gallery.photo.")) {
        picked_photo_ = id.substr(19);
        events.push_back({"photo.picked", {{"photo", picked_photo_}}});
    } else if (id == "chat.gallery.send") {
        if (picked_photo_.empty())
            return false;
        ChatMessage m;
        m.kind = "photo";
        m.media = picked_photo_;
        for (const GalleryPhoto& p : phone_.world().gallery)
            if (p.id == picked_photo_)
                m.text = p.caption;
        const std::string key = s.param;
        picked_photo_.clear();
        phone_.pop();
        send(key, m, events);
    } else if (starts("chat.group.member.")) {
        const std::string who = id.substr(18);
        if (!picked_.erase(who))
            picked_.insert(who);
    } else if (id == "chat.group.next") {
        if (picked_.size() < 2)
            return false;
        phone_.push({"chat.group.name", {}});
    } else if (id == "chat.group.create") {
        const std::string name = phone_.field_text(group_name_field);
        if (name.empty() || picked_.size() < 2) {
            phone_.focus(group_name_field);
            return false;
        }
        Chat group;
        group.id = "nhom-" + std::to_string(phone_.world().chats.size() + 1);
        group.group_name = name;
        group.members.assign(picked_.begin(), picked_.end());
        phone_.world_mut().chats.insert(phone_.world_mut().chats.begin(), group);
        events.push_back({"group.created", {{"name", name}, {"members", static_cast<int>(picked_.size())}}});
        picked_.clear();
        phone_.clear_field(group_name_field);
        phone_.pop();
        phone_.pop();
        open_chat(group.id, events);
    } else if (id == "chat.settings.strangers") {
        World& w = phone_.world_mut();
        w.messages_from_strangers = !w.messages_from_strangers;
        events.push_back(
            {"setting.changed", {{"setting", "messages_from_strangers"}, {"on", w.messages_from_strangers}}});
    } else {
        return false;
    }
    return true;
}

bool ChatApp::press(const Screen& /*s*/, const Element& e, std::vector<Event>& events)
{
    if (e.id != "chat.voice")
        return false;
    recording_since_ = phone_.clock().now_ms();
    events.push_back({"voice.recording", nlohmann::json::object()});
    return true;
}

void ChatApp::release(const Screen& s, bool slid_away, std::vector<Event>& events)
{
    if (!recording_since_)
        return;
    const std::int64_t held = phone_.clock().now_ms() - *recording_since_;
    recording_since_.reset();
    if (slid_away) {
        events.push_back({"voice.cancelled", nlohmann::json::object()});
        return;
    }
    if (static_cast<float>(held) < min_voice_ms) {
        events.push_back({"voice.too_short", nlohmann::json::object()});
        return;
    }
    ChatMessage m;
    m.kind = "voice";
    m.seconds = static_cast<int>(held / 1000);
    send(s.param, m, events);
}

bool ChatApp::long_press(const Screen& s, const Element& e, std::vector<Event>& events)
{
    const std::string prefix = "chat.message.";
    if (s.name != "chat.thread" || e.id.rfind(prefix, 0) != 0)
        return false;
    const std::string number = e.id.substr(prefix.size());
    if (number.empty() || !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    held_ = static_cast<std::size_t>(std::stoul(number));
    stickers_open_ = false;
    phone_.unfocus();
    events.push_back({"message.held", {{"chat", s.param}, {"message", *held_}}});
    return true;
}

bool ChatApp::swipe(const Screen& s, SwipeDirection d, std::vector<Event>& /*events*/)
{
    const bool list = s.name == "chat.list";
    if (!list && s.name != "chat.gallery")
        return false;
    float& scroll = list ? list_scroll_ : gallery_scroll_;
    ElementTree scratch;
    const float max = list ? build_list(Layout{}, scratch) : build_gallery(s, Layout{}, scratch);
    const float now = std::min(scroll, max);
    // A few rows at a time (the list counts rows, the gallery dp), so that nothing is skipped.
    const std::optional<float> next = scroll_after_swipe(now, max, d, list ? 4.0F : 2 * (photo_h + 8));
    if (!next || *next == now)
        return false;
    scroll = *next;
    return true;
}

void ChatApp::opened(std::vector<Event>& /*events*/)
{
    list_scroll_ = 0; // the app opens at the top of its list
    held_.reset();
    menu_open_ = false;
}

void ChatApp::leaving(const Screen& /*s*/, std::vector<Event>& /*events*/)
{
    held_.reset();
    menu_open_ = false;
}

void ChatApp::submit(const Screen& s, const std::string& field, std::vector<Event>& events)
{
    if (field == group_name_field) {
        const Element create = make_button("chat.group.create", {}, {}, {});
        tap(s, create, events);
        return;
    }
    if (field != input_field || s.name != "chat.thread")
        return;
    const std::string text = phone_.field_text(input_field);
    if (text.empty())
        return;
    ChatMessage m;
    m.text = text;
    phone_.clear_field(input_field);
    const ChatTurn* turn = ready_turn(s.param);
    const bool scripted = turn && !turn->typed.empty();
    send(s.param, m, events);
    if (scripted) // a typed answer to a scripted turn
        answer(s.param, nullptr, events);
}

void ChatApp::receive(const std::string& chat_key, const std::string& from, const std::string& text,
                      std::vector<Event>& events)
{
    World& w = phone_.world_mut();
    const Person* sender = w.contact(from);
    if (sender && !sender->saved && !w.messages_from_strangers) {
        events.push_back({"message.blocked", {{"from", from}, {"reason", "strangers"}}});
        return;
    }
    Chat* chat = w.chat(chat_key);
    if (chat && chat->blocked) { // the learner blocked this contact (chat_script.cpp)
        events.push_back({"message.blocked", {{"from", from}, {"reason", "blocked"}}});
        return;
    }
    if (!chat) {
        w.chats.insert(w.chats.begin(), Chat{chat_key, {}, 0, {}, {}, {}, false, false, {}});
        chat = w.chat(chat_key);
    }
    ChatMessage m;
    m.from = from;
    m.text = text;
    m.time = phone_.time_text();
    chat->messages.push_back(m);
    const bool viewing = phone_.screen().name == "chat.thread" && phone_.screen().param == chat_key;
    if (!viewing) {
        ++chat->unread;
        const std::string title = chat->is_group() ? chat->group_name : (sender ? sender->name : from);
        phone_.notify({"chat",
                       title,
                       (chat->is_group() && sender ? sender->name + ": " : "") + text,
                       {"chat.thread", chat_key},
                       0});
    }
    events.push_back({"message.received", {{"from", from}, {"chat", chat_key}}});
}

} // namespace luyenso
