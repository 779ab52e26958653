#include "lessons/chat_world_reader.h"

#include <set>

namespace luyenso {

using nlohmann::json;

namespace {

// A turn's "messages": ["text", {"text": "...", "after": 3}, ...].
void read_chat_lines(Reader& r, const std::string& ptr, const json& j, ChatTurn& turn)
{
    const json* list = r.list(ptr, j, "messages");
    if (!list)
        return;
    for (std::size_t k = 0; k < list->size(); ++k) {
        const std::string lp = json_pointer_append(json_pointer_append(ptr, "messages"), k);
        const json& l = (*list)[k];
        ChatLine line;
        if (l.is_string() && !l.get<std::string>().empty()) {
            line.text = l.get<std::string>();
        } else if (l.is_object()) {
            if (!r.object(lp, l, {"text", "after"}, "a chat message"))
                continue;
            if (auto v = r.string(lp, l, "text", true, "a chat message"))
                line.text = *v;
            if (auto v = r.integer(lp, l, "after", 0, 600))
                line.after_s = *v;
        } else {
            r.error_at_value(lp, {"chat-line-shape"});
            continue;
        }
        turn.lines.push_back(line);
    }
}

void read_chat_choices(Reader& r, const std::string& ptr, const json& j, ChatTurn& turn,
                       std::set<std::string>& choice_ids)
{
    const json* list = r.list(ptr, j, "choices");
    if (!list)
        return;
    const std::string cp = json_pointer_append(ptr, "choices");
    if (list->empty())
        r.error_at_value(cp, {"chat-choices-empty"}, {"fix-choices-or-end"});
    if (list->size() > 3)
        r.error_at_value(cp, {"too-many-chat-choices"});
    for (std::size_t k = 0; k < list->size(); ++k) {
        const std::string p = json_pointer_append(cp, k);
        if (!r.object(p, (*list)[k], {"id", "label", "next"}, "a suggested reply"))
            continue;
        ChatChoice c;
        if (auto v = r.string(p, (*list)[k], "id", true, "a suggested reply")) {
            if (!is_slug(*v) || !choice_ids.insert(*v).second)
                r.error_at_value(json_pointer_append(p, "id"), {"chat-choice-id", {*v}});
            c.id = *v;
        }
        if (auto v = r.string(p, (*list)[k], "label", true, "a suggested reply"))
            c.label = *v;
        if (auto v = r.string(p, (*list)[k], "next", false, "a suggested reply"))
            c.next = *v;
        turn.choices.push_back(c);
    }
}

// Every "next" and "typed" names a turn of the script; every turn but the first is led to.
void check_turn_links(Reader& r, const std::string& ptr, const json& j, const ChatScript& s)
{
    std::vector<std::string> ids;
    for (const ChatTurn& t : s.turns)
        ids.push_back(t.id);
    std::set<std::string> reached;
    bool unknown = false;
    auto link = [&](const std::string& p, const char* key, const std::string& to) {
        if (to.empty())
            return;
        reached.insert(to);
        unknown = unknown || !s.turn(to);
        if (!s.turn(to))
            r.error_at_value(p, {"unknown-turn", {key, to}},
                             Reader::suggest(to, ids, {"fix-turns-are", {Reader::join(ids)}}));
    };
    const json& turns = j.at("turns");
    for (std::size_t i = 0; i < s.turns.size() && i < turns.size(); ++i) {
        const std::string tp = json_pointer_append(json_pointer_append(ptr, "turns"), i);
        const ChatTurn& t = s.turns[i];
        link(json_pointer_append(tp, "typed"), "typed", t.typed);
        for (std::size_t k = 0; k < t.choices.size(); ++k)
            link(json_pointer_append(json_pointer_append(json_pointer_append(tp, "choices"), k), "next"), "next",
                 t.choices[k].next);
    }
    if (unknown) // a misspelt "next" leaves its turn unreached: that error says enough
        return;
    for (std::size_t i = 1; i < s.turns.size() && i < turns.size(); ++i)
        if (!s.turns[i].id.empty() && !reached.count(s.turns[i].id))
            r.error_at_value(json_pointer_append(json_pointer_append(json_pointer_append(ptr, "turns"), i), "id"),
                             {"turn-unreachable", {s.turns[i].id}}, {"fix-turn-next"});
}

} // namespace

void read_chat_scripts(Reader& r, const std::string& ptr, const json& j, World& w)
{
    if (!j.is_array()) {
        r.error_at_value(ptr, {"must-be-list", {"chat_scripts"}});
        return;
    }
    std::vector<std::string> contact_ids;
    for (const Person& p : w.contacts)
        contact_ids.push_back(p.id);
    std::set<std::string> chats;
    std::set<std::string> choice_ids; // unique among all the scripts: "chat.choice.ID" names one
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = json_pointer_append(ptr, i);
        const json& sj = j[i];
        if (!r.object(p, sj, {"chat", "at", "answers_calls", "turns"}, "a chat script"))
            continue;
        ChatScript s;
        if (auto v = r.string(p, sj, "chat", true, "a chat script")) {
            const Chat* chat = w.chat(*v);
            if (chat && chat->is_group())
                r.error_at_value(json_pointer_append(p, "chat"), {"chat-script-group", {*v}});
            else if (!w.contact(*v))
                r.error_at_value(json_pointer_append(p, "chat"), {"unknown-contact", {*v}},
                                 Reader::suggest(*v, contact_ids, {"fix-add-contact"}));
            else if (!chats.insert(*v).second)
                r.error_at_value(json_pointer_append(p, "chat"), {"second-chat-script", {*v}}, {"fix-merge"});
            s.chat = *v;
        }
        if (auto v = r.integer(p, sj, "at", 0, 3600))
            s.at_s = *v;
        if (auto v = r.boolean(p, sj, "answers_calls"))
            s.answers_calls = *v;
        const json* turns = r.list(p, sj, "turns");
        if (!turns || turns->empty()) {
            if (!sj.contains("turns") || (turns && turns->empty()))
                r.error_at_value(sj.contains("turns") ? json_pointer_append(p, "turns") : p,
                                 {"chat-script-needs-turns"});
            continue;
        }
        std::set<std::string> turn_ids;
        for (std::size_t k = 0; k < turns->size(); ++k) {
            const std::string tp = json_pointer_append(json_pointer_append(p, "turns"), k);
            const json& tj = (*turns)[k];
            ChatTurn t;
            if (!r.object(tp, tj, {"id", "messages", "choices", "typed"}, "a turn")) {
                s.turns.push_back(t); // keeps the turns' places for the checks of "next"
                continue;
            }
            if (auto v = r.string(tp, tj, "id", true, "a turn")) {
                if (!is_slug(*v) || !turn_ids.insert(*v).second)
                    r.error_at_value(json_pointer_append(tp, "id"), {"turn-id", {*v}});
                t.id = *v;
            }
            read_chat_lines(r, tp, tj, t);
            read_chat_choices(r, tp, tj, t, choice_ids);
            if (auto v = r.string(tp, tj, "typed", false, "a turn"))
                t.typed = *v;
            if (t.lines.empty() && t.choices.empty() && t.typed.empty() && !tj.contains("choices"))
                r.error_at_value(tp, {"empty-turn"});
            s.turns.push_back(t);
        }
        check_turn_links(r, p, sj, s);
        w.chat_scripts.push_back(s);
    }
}

} // namespace luyenso
