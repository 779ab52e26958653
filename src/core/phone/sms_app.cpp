#include "phone/sms_app.h"

#include "phone/browser_app.h"
#include "phone/form_layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

namespace luyenso {

namespace {
constexpr float header_h = 64;
constexpr float bubble_w = 290;
constexpr float bubble_dp = 22;
const char* const input_field = "sms.input";
const char* const no_reply_text = "Không thể trả lời tổng đài";
const char* const older_text = "Vuốt xuống để xem tin trước";
const char* const newer_text = "Vuốt lên để xem tiếp";

float link_h(const Column& measure)
{
    return std::max(56.0F, measure.line_h(19) + 18);
}

// A message cut into parts that each fit `room` dp of height with its time and link.
std::vector<std::string> bubble_parts(const std::string& text, const Column& measure, float room)
{
    const float line = bubble_dp * measure.scale() * 1.3F;
    const float spare = room - 32 - measure.line_h(16) - link_h(measure) - 16;
    return measure.split_lines(text, bubble_dp, bubble_w - 28, std::max(2, static_cast<int>(spare / line)));
}

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
    static const std::pair<char, const char*> folds[] = {{'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"},
                                                         {'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"},
                                                         {'i', "ìíỉĩịÌÍỈĨỊ"},
                                                         {'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"},
                                                         {'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"},
                                                         {'y', "ỳýỷỹỵỲÝỶỸỴ"},
                                                         {'d', "đĐ"}};
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
    const auto it = std::find_if(threads.begin(), threads.end(),
                                 [&](const SmsThread& t) { return sms_key(t.sender) == key; });
    return it == threads.end() ? nullptr : &*it;
}

const SmsThread* SmsWorld::thread(const std::string& key) const
{
    const auto it = std::find_if(threads.begin(), threads.end(),
                                 [&](const SmsThread& t) { return sms_key(t.sender) == key; });
    return it == threads.end() ? nullptr : &*it;
}

// [SECTION] OTPs in messages

SmsApp::SmsApp(Phone& phone) : PhoneApp(phone)
{
    for (const SmsThread& t : phone_.world().sms.threads)
        for (const SmsMessage& m : t.messages)
            if (m.from != "me")
                remember_otp(t.sender, m.text);
}

void SmsApp::remember_otp(const std::string& sender, const std::string& text)
{
    std::string upper;
    for (char c : text)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper.find("OTP") == std::string::npos && upper.find("MA XAC THUC") == std::string::npos)
        return;
    if (phone_.otp_in(text))
        return; // an app issued it already
    // The first run of 4 to 8 digits is the code.
    for (std::size_t i = 0; i < text.size();) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t n = 0;
        while (i + n < text.size() && std::isdigit(static_cast<unsigned char>(text[i + n])))
            ++n;
        if (n >= 4 && n <= 8) {
            phone_.issue_otp(sms_key(sender), text.substr(i, n), 300'000);
            return;
        }
        i += n;
    }
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
           std::none_of(sender.begin(), sender.end(),
                        [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

std::vector<Screen> SmsApp::all_screens() const
{
    // The threads on the phone, and those that messages still to come will start.
    const World& w = phone_.world();
    std::vector<std::string> senders;
    for (const SmsThread& t : w.sms.threads)
        senders.push_back(t.sender);
    for (const TimelineItem& item : w.timeline)
        if (item.kind == TimelineItem::Kind::Sms)
            senders.push_back(item.from);
    if (w.eid.enabled)
        senders.push_back(w.eid.sms_sender);
    for (const WebPage& p : w.web.pages)
        if (!p.otp_from.empty())
            senders.push_back(p.otp_from);
    std::vector<Screen> screens = {{"sms.list", {}}};
    for (const std::string& sender : senders) {
        const Screen thread{"sms.thread", sms_key(sender)};
        if (std::find(screens.begin(), screens.end(), thread) == screens.end())
            screens.push_back(thread);
    }
    return screens;
}

std::vector<std::string> SmsApp::screen_names() const
{
    return {"sms.list", "sms.thread"};
}

std::vector<std::string> SmsApp::extra_ids() const
{
    // Threads that only the timeline or an app's OTP brings.
    std::vector<std::string> ids = unscrolled_ids(*this);
    ids.insert(ids.end(), {"sms.list.more", "sms.thread.more", "sms.thread.more_below"});
    const World& w = phone_.world();
    // The parts of long messages: cut for the least room (the keyboard up) and for the most.
    const Column measure({}, 0, phone_.text_scale());
    for (const SmsThread& t : w.sms.threads)
        for (std::size_t i = 0; i < t.messages.size(); ++i)
            for (const float room : {150.0F}) { // the most parts any screen cuts it into
                const std::size_t n = bubble_parts(t.messages[i].text, measure, room).size();
                for (std::size_t k = 1; k < n; ++k)
                    ids.push_back("sms.message." + std::to_string(i) + ".part." + std::to_string(k));
            }
    for (const Screen& s : all_screens())
        if (s.name == "sms.thread")
            ids.push_back("sms.list.item." + s.param);
    // Messages still to come: the timeline's (with their links), and a few OTPs.
    std::map<std::string, std::size_t> count;
    for (const SmsThread& t : w.sms.threads)
        count[sms_key(t.sender)] = t.messages.size();
    for (const TimelineItem& item : w.timeline) {
        if (item.kind != TimelineItem::Kind::Sms)
            continue;
        const std::string id = "sms.message." + std::to_string(count[sms_key(item.from)]++);
        ids.push_back(id);
        if (!sms_links(item.text).empty())
            ids.push_back(id + ".link");
    }
    if (w.eid.enabled ||
        std::any_of(w.web.pages.begin(), w.web.pages.end(), [](const WebPage& p) { return !p.otp_from.empty(); }))
        for (int i = 0; i < 3; ++i)
            ids.push_back("sms.message." + std::to_string(i));
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
        Element row = make_element("sms.list.item." + key, Role::ListItem, {0, 0, phone_width_dp, 0},
                                   sender_name(t.sender));
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
    page_ = col.page();
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
    header.detail = t && !phone_.world().contact(t->sender)
                        ? (can_reply(t->sender) ? "Số điện thoại" : "Tin nhắn từ tổng đài")
                        : "Tin nhắn SMS";
    if (!t)
        return;
    const float scale = phone_.text_scale();
    Column measure(area, 0, scale);
    const bool reply = can_reply(t->sender);
    const float input_h = std::max(64.0F, measure.line_h(23) + 20);
    const float note_h = measure.text_h(no_reply_text, 19, phone_width_dp - 36) + 12;
    const float messages_bottom = reply ? area.bottom - input_h : area.bottom - note_h;
    const float top = status_bar_dp + header_h + 6;

    // Messages from the newest up; the offset shows older ones (a swipe down). A message
    // taller than the screen comes in parts, as phones show a long SMS.
    const float note_top_h = measure.text_h(older_text, 17, phone_width_dp - 2 * Column::margin) + 4;
    const float note_below_h = measure.text_h(newer_text, 17, phone_width_dp - 2 * Column::margin) + 4;
    const float room = messages_bottom - top - note_top_h - note_below_h; // the least room a part may get
    struct Block {
        ElementTree elements; // laid out from y = 0
        float h = 0;
        bool newest = false;
    };
    std::vector<Block> blocks; // newest first
    for (std::size_t i = t->messages.size(); i-- > 0;) {
        const SmsMessage& m = t->messages[i];
        const bool mine = m.from == "me";
        const std::vector<std::string> links = sms_links(m.text);
        const std::vector<std::string> parts = bubble_parts(m.text, measure, room);
        const std::string id = "sms.message." + std::to_string(i);
        const float x = mine ? phone_width_dp - 10 - bubble_w : 10;
        for (std::size_t k = parts.size(); k-- > 0;) {
            const bool last = k + 1 == parts.size();
            Block block;
            block.newest = i + 1 == t->messages.size();
            const float h = measure.text_h(parts[k], bubble_dp, bubble_w - 28) + 16 + (last ? measure.line_h(16) : 0);
            Element b = make_element(k == 0 ? id : id + ".part." + std::to_string(k), Role::Bubble, {x, 0, bubble_w, h},
                                     parts[k]);
            b.text_dp = bubble_dp;
            b.meta = last ? m.time : "";
            b.active = mine;
            block.elements.push_back(b);
            block.h = h;
            if (last && !links.empty()) {
                const WebPage* page = phone_.world().web.page_for_url(links.front());
                Element chip = make_button(id + ".link", {x, h + 6, bubble_w, link_h(measure)}, links.front(), "link");
                chip.detail = page ? page->id : "";
                chip.text_dp = 19;
                chip.tone = Tone::Primary;
                block.elements.push_back(chip);
                block.h += link_h(measure) + 6;
            }
            blocks.push_back(block);
        }
    }
    float total = 0;
    float newest_h = 0;
    for (const Block& b : blocks) {
        total += b.h + 10;
        newest_h += b.newest ? b.h + 10 : 0;
    }
    const bool older = total > messages_bottom - 8 - top;
    const float first = older ? top + note_top_h : top; // the note takes the top when there is more
    // Scrolled, the bottom note takes room too: the newest block then ends above it.
    const float scrolled_limit = messages_bottom - note_below_h;
    max_scroll_ = std::max(0.0F, total - (scrolled_limit - 8 - first));
    if (scroll_ < 0) // just opened: the newest message from its start, as a learner reads it
        scroll_ = std::clamp(newest_h - 10 - (scrolled_limit - 8 - first), 0.0F, max_scroll_);
    // Newer messages (or the rest of a long one) below: a note at the bottom says so.
    const float limit = scroll_ > 0.5F ? scrolled_limit : messages_bottom;
    // Where a swipe stops: with a block (a message or a part of one) at the top.
    stops_ = {0};
    float cum = 0;
    for (const Block& b : blocks) {
        cum += b.h + 10;
        const float stop = cum - 10 - (scrolled_limit - 8 - first);
        if (stop > 0.5F)
            stops_.push_back(std::min(stop, max_scroll_));
    }
    float bottom = limit - 8 + scroll_;
    ElementTree placed;
    bool hidden_above = false;
    for (const Block& b : blocks) {
        const float block_top = bottom - b.h;
        constexpr float slack = 0.5F; // sums of floats: what ends at an edge is shown
        if (block_top >= first - slack && bottom <= limit + slack)
            for (auto it = b.elements.rbegin(); it != b.elements.rend(); ++it) {
                Element e = *it;
                e.bounds.y += block_top;
                placed.push_back(e);
            }
        hidden_above = hidden_above || block_top < first - slack;
        bottom = block_top - 10;
    }
    tree.insert(tree.end(), placed.rbegin(), placed.rend());
    if (limit < messages_bottom) {
        Element more = make_text("sms.thread.more_below",
                                 {Column::margin, limit, phone_width_dp - 2 * Column::margin, note_below_h - 4},
                                 newer_text, 17);
        more.icon = "more_below";
        tree.push_back(more);
    }
    if (hidden_above) {
        Element more = make_text("sms.thread.more",
                                 {Column::margin, top, phone_width_dp - 2 * Column::margin, note_top_h - 4}, older_text,
                                 17);
        more.icon = "more_above";
        tree.push_back(more);
    }
    tree.push_back(header);
    tree.push_back(make_header_back("sms.header.back", Tone::Primary));

    if (!reply) {
        Element note = make_text("sms.noreply", {10, area.bottom - note_h + 4, phone_width_dp - 20, note_h - 8},
                                 no_reply_text, 19);
        tree.push_back(note);
        return;
    }
    const std::string& draft = phone_.field_text(input_field);
    const float y = area.bottom - input_h + 4;
    Element field = make_field(input_field, {8, y, 284, input_h - 8}, draft, "Nhập tin nhắn SMS",
                               phone_.focused_field() == input_field);
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
    scroll_ = -1;
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
    (void)phone_.elements(); // lay the screen out now: how far it scrolls depends on it
    if (s.name != "sms.thread") {
        const auto to = scroll_after_swipe(scroll_, max_scroll_, d, page_);
        scroll_ = to.value_or(scroll_);
        return to.has_value();
    }
    // In a thread the newest message is at the bottom: a swipe down shows older ones, one
    // message (or part of a long one) further, so that nothing is skipped.
    if (d == SwipeDirection::Down) {
        const auto next = std::find_if(stops_.begin(), stops_.end(), [&](float stop) { return stop > scroll_ + 0.5F; });
        scroll_ = next == stops_.end() ? max_scroll_ : *next;
        return true;
    }
    if (d == SwipeDirection::Up) {
        const auto prev = std::find_if(stops_.rbegin(), stops_.rend(),
                                       [&](float stop) { return stop < scroll_ - 0.5F; });
        scroll_ = prev == stops_.rend() ? 0.0F : *prev;
        return true;
    }
    return false;
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
    auto it = std::find_if(sms.threads.begin(), sms.threads.end(),
                           [&](const SmsThread& t) { return sms_key(t.sender) == key; });
    SmsThread thread = it == sms.threads.end() ? SmsThread{sender, {}, 0} : *it;
    if (it != sms.threads.end())
        sms.threads.erase(it);
    thread.messages.push_back({sender, text, phone_.time_text()});
    remember_otp(sender, text);
    const bool viewing = phone_.screen().name == "sms.thread" && phone_.screen().param == key;
    if (!viewing) {
        ++thread.unread;
        phone_.notify({"sms", sender_name(sender), text, {"sms.thread", key}, 0});
    }
    sms.threads.insert(sms.threads.begin(), thread); // the newest first, as phones list them
    events.push_back(
        {"sms.received", {{"from", key}, {"otp", phone_.otp_in(text) != nullptr}, {"link", !sms_links(text).empty()}}});
}

} // namespace luyenso
