// The chat app's scripted conversations (the other side writes back, with suggested
// replies where the conversation forks), and reporting and blocking a contact from a
// chat's menu. The data is the world's "chat_scripts" (chat_script.h).
#include "phone/chat_app.h"
#include "phone/form_layout.h"

#include <algorithm>

namespace luyenso {

namespace {
constexpr float header_h = 64;

bool starts_with(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// The top of the report and block pages: "chat.report.background", ".header", ".back".
void add_page_top(const std::string& page, const char* title, ElementTree& tree)
{
    tree.push_back(make_background(page + ".background"));
    tree.push_back(make_header(page + ".header", title, Tone::Primary));
    tree.push_back(make_header_back(page + ".back", Tone::Primary));
}
} // namespace

ChatApp::ChatApp(Phone& phone) : PhoneApp(phone)
{
    for (const ChatScript& script : phone_.world().chat_scripts) {
        if (script.turns.empty())
            continue;
        const std::string key = script.chat;
        const std::string first = script.turns.front().id;
        if (script.at_s == 0)
            start_turn(key, first, 0);
        else
            phone_.schedule(script.at_s * 1000LL, [this, key, first](std::vector<Event>& /*events*/) {
                start_turn(key, first, phone_.clock().now_ms());
            });
    }
}

const std::vector<std::pair<std::string, std::string>>& ChatApp::report_reasons()
{
    static const std::vector<std::pair<std::string, std::string>> list = {{"scam", "Lừa đảo, hỏi vay tiền"},
                                                                          {"hacked", "Tài khoản bị người khác chiếm"},
                                                                          {"spam", "Làm phiền, quảng cáo"},
                                                                          {"other", "Lý do khác"}};
    return list;
}

// [SECTION] scripts

const ChatScript* ChatApp::script_for(const std::string& key) const
{
    const auto& scripts = phone_.world().chat_scripts;
    const auto it = std::find_if(scripts.begin(), scripts.end(), [&](const ChatScript& s) { return s.chat == key; });
    return it == scripts.end() ? nullptr : &*it;
}

const ChatTurn* ChatApp::ready_turn(const std::string& key) const
{
    const auto run = runs_.find(key);
    if (run == runs_.end() || run->second.writing || run->second.turn.empty())
        return nullptr;
    const Chat* chat = phone_.world().chat(key);
    if (chat && chat->blocked)
        return nullptr;
    const ChatScript* script = script_for(key);
    return script ? script->turn(run->second.turn) : nullptr;
}

void ChatApp::start_turn(const std::string& key, const std::string& turn_id, std::int64_t from_ms)
{
    const ChatScript* script = script_for(key);
    const ChatTurn* turn = script ? script->turn(turn_id) : nullptr;
    if (!turn)
        return;
    runs_[key] = {turn_id, !turn->lines.empty()};
    // Each line a few seconds after the one before, as if typed; the clock drives them.
    std::int64_t at = from_ms;
    for (std::size_t i = 0; i < turn->lines.size(); ++i) {
        at += turn->lines[i].after_s * 1000LL;
        const std::string text = turn->lines[i].text;
        const bool last = i + 1 == turn->lines.size();
        phone_.schedule(at, [this, key, text, last](std::vector<Event>& events) {
            receive(key, key, text, events);
            if (last)
                runs_[key].writing = false;
        });
    }
}

void ChatApp::answer(const std::string& key, const ChatChoice* choice, std::vector<Event>& events)
{
    const ChatTurn* turn = ready_turn(key);
    if (!turn)
        return;
    events.push_back({"chat.reply_chosen",
                      {{"chat", key}, {"turn", turn->id}, {"choice", choice ? choice->id : ""}, {"typed", !choice}}});
    // The keyboard goes down: the learner reads the answer (and the next replies) whole.
    phone_.unfocus();
    const std::string next = choice ? choice->next : turn->typed;
    if (next.empty())
        runs_[key] = {}; // the conversation is over
    else
        start_turn(key, next, phone_.clock().now_ms());
}

// [SECTION] building

float ChatApp::build_replies(const Chat& chat, float bottom, ElementTree& tree) const
{
    const ChatTurn* turn = ready_turn(chat.key());
    if (!turn || turn->choices.empty() || phone_.input_focused())
        return bottom;
    // Suggested replies over the input bar, the first on top; each as tall as its words at
    // the learner's text size, or smaller when that would leave no room to read the
    // newest message above them (the painter fits the words to the button).
    constexpr float keep_for_messages = 300;
    const float room = bottom - (status_bar_dp + header_h) - keep_for_messages;
    const float w = phone_width_dp - 32;
    const std::string title = "Bấm một câu để trả lời:";
    // The words "tap a reply" above them, at the learner's size, only when all fits.
    const float title_h_full = Column({}, 0, phone_.text_scale()).text_h(title, 18, w);
    std::vector<float> heights;
    float title_h = 0;
    for (const float scale : {phone_.text_scale(), std::min(phone_.text_scale(), 1.5F), 1.0F}) {
        const Column measure({}, 0, scale);
        heights.clear();
        float total = 8;
        for (const ChatChoice& c : turn->choices) {
            heights.push_back(std::max(56.0F, measure.text_h(c.label, 21, w - 24) + 12));
            total += heights.back() + 8;
        }
        title_h = total + title_h_full + 6 <= room ? title_h_full : 0;
        if (total + title_h + 6 <= room || scale <= 1.0F)
            break;
    }
    float y = bottom - 8;
    ElementTree items;
    for (std::size_t i = turn->choices.size(); i-- > 0;) {
        y -= heights[i];
        Element b = make_button("chat.choice." + turn->choices[i].id, {16, y, w, heights[i]}, turn->choices[i].label,
                                "", Tone::Primary);
        b.filled = true;
        b.text_dp = 21;
        items.push_back(b);
        y -= 8;
    }
    y -= title_h;
    tree.push_back(make_element("chat.replies", Role::Background, {0, y - 6, phone_width_dp, bottom - y + 6}));
    if (title_h > 0)
        tree.push_back(make_text("chat.replies.title", {16, y, w, title_h}, title, 18));
    tree.insert(tree.end(), items.rbegin(), items.rend());
    return y - 6;
}

float ChatApp::build_blocked_bar(const Chat& chat, float bottom, ElementTree& tree) const
{
    const Column measure({}, 0, phone_.text_scale());
    const float w = phone_width_dp - 32;
    const std::string note = "Bác đã chặn " + chat_title(chat) + ". Người này không nhắn tin cho bác được nữa.";
    const float note_h = measure.text_h(note, 19, w);
    const float button_h = std::max(56.0F, measure.line_h(22) + 12);
    const float top = bottom - 12 - button_h - 8 - note_h - 8;
    tree.push_back(make_element("chat.blocked", Role::Background, {0, top, phone_width_dp, bottom - top}));
    tree.push_back(make_text("chat.blocked.note", {16, top + 8, w, note_h}, note, 19));
    Element unblock = make_button("chat.unblock", {16, bottom - 12 - button_h, w, button_h}, "Bỏ chặn", "",
                                  Tone::Subtle);
    unblock.filled = true;
    unblock.text_dp = 22;
    tree.push_back(unblock);
    return top;
}

void ChatApp::build_menu(const Chat& chat, ElementTree& tree) const
{
    const Column measure({}, 0, phone_.text_scale());
    const float h = std::max(60.0F, measure.line_h(22) + 14);
    constexpr float w = 220;
    const float x = phone_width_dp - w - 6;
    const float top = status_bar_dp + header_h + 4;
    tree.push_back(make_element("chat.menu", Role::Background, {x, top, w, 2 * h + 24}));
    Element report = make_button("chat.menu.report", {x + 8, top + 8, w - 16, h}, "Báo cáo", "warning", Tone::Subtle);
    Element block = chat.blocked ? make_button("chat.menu.unblock", {}, "Bỏ chặn", "block", Tone::Subtle)
                                 : make_button("chat.menu.block", {}, "Chặn", "block", Tone::Subtle);
    block.bounds = {x + 8, top + 16 + h, w - 16, h};
    for (Element* b : {&report, &block}) {
        b->filled = true;
        b->text_dp = 22;
        tree.push_back(*b);
    }
}

void ChatApp::build_report(const Screen& s, const Layout& area, ElementTree& tree) const
{
    add_page_top("chat.report", "Báo cáo", tree);
    const Chat* chat = phone_.world().chat(s.param);
    const std::string name = chat ? chat_title(*chat) : s.param;
    Column col(area, status_bar_dp + header_h, phone_.text_scale());
    col.add_text("chat.report.question", "Vì sao bác báo cáo " + name + "?", 24, 14);
    for (const auto& [id, label] : report_reasons()) {
        Element b = make_button("chat.report.reason." + id, {}, label, "", Tone::Subtle);
        b.filled = true;
        b.text_dp = 22;
        b.active = chat && chat->reported == id;
        col.add(b, std::max(60.0F, col.text_h(label, 22, col.width() - 24) + 12), 10);
    }
    col.skip(6);
    col.add_text("chat.report.note", name + " sẽ không biết bác đã báo cáo.", 19);
    col.finish(tree, 0, {}, "chat.report.more");
}

void ChatApp::build_block(const Screen& s, const Layout& area, ElementTree& tree) const
{
    add_page_top("chat.block", "Chặn", tree);
    const Chat* chat = phone_.world().chat(s.param);
    const std::string name = chat ? chat_title(*chat) : s.param;
    Column col(area, status_bar_dp + header_h, phone_.text_scale());
    col.add_text("chat.block.question", "Chặn " + name + "?", 26, 10);
    col.add_text("chat.block.explain",
                 name +
                     " sẽ không nhắn tin cho bác được nữa. Tin nhắn cũ vẫn còn. Bác có thể bỏ chặn lúc nào cũng được.",
                 21, 18);
    const float button_h = std::max(60.0F, col.line_h(22) + 14);
    Element confirm = make_button("chat.block.confirm", {}, "Chặn", "block", Tone::Danger);
    confirm.filled = true;
    confirm.text_dp = 22;
    col.add(confirm, button_h, 12);
    Element cancel = make_button("chat.block.cancel", {}, "Hủy", "", Tone::Subtle);
    cancel.filled = true;
    cancel.text_dp = 22;
    col.add(cancel, button_h);
    col.finish(tree, 0, {}, "chat.block.more");
}

// [SECTION] taps

bool ChatApp::script_tap(const Screen& s, const std::string& id, std::vector<Event>& events)
{
    const std::string& key = s.param;
    Chat* chat = phone_.world_mut().chat(key);
    if (menu_open_) { // a tap picks an item, or anywhere else closes the menu
        menu_open_ = false;
        if (id == "chat.menu.report") {
            phone_.push({"chat.report", key});
        } else if (id == "chat.menu.block") {
            phone_.push({"chat.block", key});
        } else if (id == "chat.menu.unblock" && chat) {
            chat->blocked = false;
            events.push_back({"chat.contact_unblocked", {{"contact", key}}});
        }
        return true;
    }
    if (id == "chat.header.menu") {
        menu_open_ = true;
        stickers_open_ = false;
        phone_.unfocus();
        events.push_back({"chat.menu_opened", {{"contact", key}}});
    } else if (starts_with(id, "chat.choice.")) {
        const ChatTurn* turn = ready_turn(key);
        if (!turn)
            return false;
        const auto choice = std::find_if(turn->choices.begin(), turn->choices.end(),
                                         [&](const ChatChoice& c) { return "chat.choice." + c.id == id; });
        if (choice == turn->choices.end())
            return false;
        ChatMessage m;
        m.text = choice->label;
        send(key, m, events);
        answer(key, &*choice, events);
    } else if (starts_with(id, "chat.report.reason.") && chat) {
        chat->reported = id.substr(19);
        events.push_back({"chat.contact_reported", {{"contact", key}, {"reason", chat->reported}}});
        phone_.pop();
    } else if (id == "chat.block.confirm" && chat) {
        chat->blocked = true;
        events.push_back({"chat.contact_blocked", {{"contact", key}}});
        phone_.pop();
    } else if (id == "chat.unblock" && chat) {
        chat->blocked = false;
        events.push_back({"chat.contact_unblocked", {{"contact", key}}});
    } else if (id == "chat.report.back" || id == "chat.block.back" || id == "chat.block.cancel") {
        phone_.pop();
    } else {
        return false;
    }
    return true;
}

} // namespace luyenso
