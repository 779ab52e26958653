#include "sms_app.h"

#include "browser_app.h"
#include "form_layout.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace luyenso {

namespace {
constexpr float header_h = 64;
const char* const input_field = "sms.input";

bool is_link_start(const std::string& text, std::size_t i)
{
    for (const char* p : {"http://", "https://", "www."})
        if (text.compare(i, std::char_traits<char>::length(p), p) == 0)
            return true;
    return false;
}
} // namespace

// [SECTION] the world's threads

std::string sms_key(const std::string& sender)
{
    // Vietnamese letters count as their base letter ("Con gái Hoa" -> "congaihoa").
    static const std::pair<char, const char*> folds[] = {
        {'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"}, {'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"}, {'i', "ìíỉĩịÌÍỈĨỊ"},
        {'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"}, {'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"}, {'y', "ỳýỷỹỵỲÝỶỸỴ"}, {'d', "đĐ"}};
    std::string key;
    for (std::size_t i = 0; i < sender.size();) {
        const auto c = static_cast<unsigned char>(sender[i]);
        if (c < 0x80) {
            if (std::isalnum(c) != 0)
                key += static_cast<char>(std::tolower(c));
            else if ((c == '-' || c == '_') && !key.empty())
                key += static_cast<char>(c);
            ++i;
            continue;
        }
        std::size_t n = 1;
        while (i + n < sender.size() && (static_cast<unsigned char>(sender[i + n]) & 0xC0) == 0x80)
            ++n;
        const std::string letter = sender.substr(i, n);
        for (const auto& [base, all] : folds)
            if (std::string_view(all).find(letter) != std::string_view::npos)
                key += base;
        i += n;
    }
    return key.empty() ? "sender" : key;
}

std::vector<std::string> sms_links(const std::string& text)
{
    std::vector<std::string> links;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n' && text[i - 1] != ':') || !is_link_start(text, i))
            continue;
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n')
            ++end;
        std::string link = text.substr(i, end - i);
        while (!link.empty() && (link.back() == '.' || link.back() == ',' || link.back() == ')' || link.back() == '!'))
            link.pop_back(); // the sentence's full stop is not part of the address
        links.push_back(link);
        i = end;
    }
    return links;
}

SmsThread* SmsWorld::thread(const std::string& key)
{
    const auto it = std::find_if(threads.begin(), threads.end(), [&](const SmsThread& t) { return sms_key(t.sender) == key; });
    return it == threads.end() ? nullptr : &*it;
}

const SmsThread* SmsWorld::thread(const std::string& key) const
{
    const auto it = std::find_if(threads.begin(), threads.end(), [&](const SmsThread& t) { return sms_key(t.sender) == key; });
    return it == threads.end() ? nullptr : &*it;
}

// [SECTION] screens

std::string SmsApp::sender_name(const std::string& sender) const
{
    if (const Person* p = phone_.world().contact(sender))
        return p->name;
    return sender;
}

bool SmsApp::can_reply(const std::string& sender) const
{
    if (phone_.world().contact(sender))
        return true;
    return std::any_of(sender.begin(), sender.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           std::none_of(sender.begin(), sender.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

std::vector<Screen> SmsApp::all_screens() const
{
    std::vector<Screen> screens = {{"sms.list", {}}};
    for (const SmsThread& t : phone_.world().sms.threads)
        screens.push_back({"sms.thread", sms_key(t.sender)});
    return screens;
}

std::vector<std::string> SmsApp::screen_names() const
{
    return {"sms.list", "sms.thread"};
}

std::vector<std::string> SmsApp::extra_ids() const
{
    // Threads that only the timeline or an app's OTP brings.
    std::vector<std::string> ids = {"sms.list.more", "sms.thread.more"};
    for (const TimelineItem& item : phone_.world().timeline)
        if (item.kind == TimelineItem::Kind::Sms)
            ids.push_back("sms.list.item." + sms_key(item.from));
    if (phone_.world().eid.enabled)
        ids.push_back("sms.list.item." + sms_key(phone_.world().eid.sms_sender));
    for (const WebPage& p : phone_.world().web.pages)
        if (!p.otp_from.empty())
            ids.push_back("sms.list.item." + sms_key(p.otp_from));
    return ids;
}

void SmsApp::show(const Screen& s, std::vector<Event>& events)
{
    if (s.name == "sms.thread")
        open_thread(s.param, events);
    else
        phone_.push(s);
}

void SmsApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    if (s.name == "sms.thread")
        build_thread(s, area, tree);
    else
        build_list(area, tree);
}

void SmsApp::build_list(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("sms.list.background"));
    tree.push_back(make_header("sms.list.header", "Tin nhắn", Tone::Primary));
    Column col(area, status_bar_dp + header_h, phone_.text_scale());
    const auto& threads = phone_.world().sms.threads;
    if (threads.empty())
        col.add_text("sms.list.empty", "Chưa có tin nhắn nào", 22);
    const float row_h = std::max(88.0F, 20 + col.line_h(25) + col.line_h(21));
    for (const SmsThread& t : threads) {
        const std::string key = sms_key(t.sender);
        Element row = make_element("sms.list.item." + key, Role::ListItem, {0, 0, phone_width_dp, 0}, sender_name(t.sender));
        if (phone_.world().contact(t.sender))
            row.person = t.sender;
        else
            row.icon = can_reply(t.sender) ? "contacts" : "app_sms";
        row.tappable = true;
        row.text_dp = 25;
        row.badge = t.unread;
        if (!t.messages.empty()) {
            row.detail = (t.messages.back().from == "me" ? "Bạn: " : "") + t.messages.back().text;
            row.meta = t.messages.back().time;
        }
        col.add(row, row_h, 0);
    }
    max_scroll_ = col.finish(tree, scroll_, {}, "sms.list.more");
}

void SmsApp::build_thread(const Screen& s, const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("sms.thread.background", "tinted"));
    const SmsThread* t = phone_.world().sms.thread(s.param);
    Element header = make_header("sms.header", t ? sender_name(t->sender) : s.param, Tone::Primary);
    if (t && phone_.world().contact(t->sender))
        header.person = t->sender;
    else if (t)
        header.icon = can_reply(t->sender) ? "contacts" : "app_sms";
    header.detail = t && !phone_.world().contact(t->sender) ? (can_reply(t->sender) ? "Số điện thoại" : "Tin nhắn từ tổng đài")
                                                            : "Tin nhắn SMS";
    if (!t)
        return;
    const float scale = phone_.text_scale();
    Column measure(area, 0, scale);
    const bool reply = can_reply(t->sender);
    const float input_h = std::max(64.0F, measure.line_h(23) + 20);
    const float note_h = measure.line_h(19) + 16;
    const float messages_bottom = reply ? area.bottom - input_h : area.bottom - note_h;
    const float top = status_bar_dp + header_h + 6;

    // Messages from the newest up; the offset shows older ones (a swipe down).
    constexpr float bubble_max_w = 290;
    float bottom = messages_bottom - 8 + scroll_;
    float total = 0;
    ElementTree placed;
    for (std::size_t i = t->messages.size(); i-- > 0;) {
        const SmsMessage& m = t->messages[i];
        const bool mine = m.from == "me";
        const std::vector<std::string> links = sms_links(m.text);
        const float text_h = measure.text_h(m.text, 22, bubble_max_w - 28);
        const float h = text_h + 16 + measure.line_h(16);
        const float chip_h = links.empty() ? 0 : std::max(56.0F, measure.line_h(19) + 18);
        const float block = h + (chip_h > 0 ? chip_h + 6 : 0);
        const float block_top = bottom - block;
        total += block + 10;
        const std::string id = "sms.message." + std::to_string(i);
        if (block_top >= top && bottom <= messages_bottom) {
            Element b = make_element(id, Role::Bubble, {mine ? phone_width_dp - 10 - bubble_max_w : 10, block_top, bubble_max_w, h},
                                     m.text);
            b.text_dp = 22;
            b.meta = m.time;
            b.active = mine;
            placed.push_back(b);
            if (!links.empty()) {
                const WebPage* page = phone_.world().web.page_for_url(links.front());
                Element chip = make_button(id + ".link", {mine ? phone_width_dp - 10 - bubble_max_w : 10, block_top + h + 6, bubble_max_w, chip_h},
                                           links.front(), "link");
                chip.detail = page ? page->id : "";
                chip.text_dp = 19;
                chip.tone = Tone::Primary;
                placed.push_back(chip);
            }
        }
        bottom = block_top - 10;
    }
    max_scroll_ = std::max(0.0F, total - (messages_bottom - top));
    tree.insert(tree.end(), placed.rbegin(), placed.rend());
    if (scroll_ < max_scroll_ && bottom + 10 < top) {
        Element more = make_text("sms.thread.more", {Column::margin, top, phone_width_dp - 2 * Column::margin, measure.line_h(17)},
                                 "Vuốt xuống để xem tin cũ hơn", 17);
        more.icon = "more_above";
        tree.push_back(more);
    }
    tree.push_back(header);
    tree.push_back(make_header_back("sms.header.back", Tone::Primary));

    if (!reply) {
        Element note = make_text("sms.noreply", {10, area.bottom - note_h + 4, phone_width_dp - 20, note_h - 8},
                                 "Không thể trả lời tin nhắn từ tổng đài này", 19);
        tree.push_back(note);
        return;
    }
    const std::string& draft = phone_.field_text(input_field);
    const float y = area.bottom - input_h + 4;
    Element field = make_field(input_field, {8, y, 284, input_h - 8}, draft, "Nhập tin nhắn SMS", phone_.focused_field() == input_field);
    field.max_length = 160;
    tree.push_back(field);
    Element send = make_button("sms.send", {298, y, 56, input_h - 8}, "Gửi", "send", Tone::Primary);
    send.icon_only = true;
    send.filled = true;
    tree.push_back(send);
}

// [SECTION] behaviour

void SmsApp::open_thread(const std::string& key, std::vector<Event>& events)
{
    SmsThread* t = phone_.world_mut().sms.thread(key);
    if (!t)
        return;
    t->unread = 0;
    scroll_ = 0;
    phone_.clear_field(input_field);
    phone_.push({"sms.thread", key});
    events.push_back({"sms.opened", {{"from", key}}});
}

bool SmsApp::tap(const Screen& s, const Element& e, std::vector<Event>& events)
{
    const std::string& id = e.id;
    if (id.rfind("sms.list.item.", 0) == 0) {
        open_thread(id.substr(14), events);
    } else if (id == "sms.header.back") {
        scroll_ = 0;
        phone_.pop();
    } else if (id == "sms.send") {
        submit(s, input_field, events);
    } else if (id.rfind("sms.message.", 0) == 0 && id.size() > 5 && id.compare(id.size() - 5, 5, ".link") == 0) {
        const std::string url = e.label;
        const WebPage* page = phone_.world().web.page_for_url(url);
        events.push_back({"link.opened", {{"url", url}, {"page", page ? page->id : ""}, {"from", s.param}}});
        if (auto* browser = dynamic_cast<BrowserApp*>(phone_.app_for("web.")))
            browser->open_url(url, events);
    } else {
        return false;
    }
    return true;
}

bool SmsApp::swipe(const Screen& s, SwipeDirection d, std::vector<Event>& /*events*/)
{
    // In a thread the newest message is at the bottom: a swipe down shows older ones.
    const bool thread = s.name == "sms.thread";
    const SwipeDirection dir = !thread ? d : d == SwipeDirection::Down ? SwipeDirection::Up : d == SwipeDirection::Up ? SwipeDirection::Down : d;
    const auto to = scroll_after_swipe(scroll_, max_scroll_, dir);
    scroll_ = to.value_or(scroll_);
    return to.has_value();
}

void SmsApp::submit(const Screen& s, const std::string& field, std::vector<Event>& events)
{
    if (field != input_field || s.name != "sms.thread")
        return;
    const std::string text = phone_.field_text(input_field);
    SmsThread* t = phone_.world_mut().sms.thread(s.param);
    if (text.empty() || !t)
        return;
    phone_.clear_field(input_field);
    t->messages.push_back({"me", text, phone_.time_text()});
    scroll_ = 0;
    events.push_back({"sms.sent", {{"to", s.param}, {"text", text}}});
    phone_.notice_shared_otp(text, "sms", {{"to", s.param}}, events);
}

void SmsApp::receive(const std::string& sender, const std::string& text, std::vector<Event>& events)
{
    SmsWorld& sms = phone_.world_mut().sms;
    const std::string key = sms_key(sender);
    auto it = std::find_if(sms.threads.begin(), sms.threads.end(), [&](const SmsThread& t) { return sms_key(t.sender) == key; });
    SmsThread thread = it == sms.threads.end() ? SmsThread{sender, {}, 0} : *it;
    if (it != sms.threads.end())
        sms.threads.erase(it);
    thread.messages.push_back({sender, text, phone_.time_text()});
    const bool viewing = phone_.screen().name == "sms.thread" && phone_.screen().param == key;
    if (!viewing) {
        ++thread.unread;
        phone_.notify({"sms", sender_name(sender), text, {"sms.thread", key}, 0});
    }
    sms.threads.insert(sms.threads.begin(), thread); // the newest first, as phones list them
    events.push_back({"sms.received",
                      {{"from", key}, {"otp", phone_.otp_in(text) != nullptr}, {"link", !sms_links(text).empty()}}});
}

} // namespace luyenso
