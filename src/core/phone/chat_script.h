// What the other side of a chat writes back, for lessons where a conversation goes on
// ("world": {"chat_scripts": [...]}): a script is a list of turns. A turn is what the
// other side writes (each message a few seconds after the one before, as if typing) and
// then how the learner may answer: suggested replies (buttons over the input bar, at most
// three), each leading to the next turn, or a message the learner types. A turn without
// answers ends the conversation. The first turn starts `at_s` after the lesson starts.
#pragma once

#include <string>
#include <vector>

namespace luyenso {

struct ChatLine {
    int after_s = 3;    // seconds after the learner's answer, or after the turn's line before
    std::string text{}; // "Ông ơi, tôi đang kẹt quá…"
};

struct ChatChoice {
    std::string id{};    // a slug: "chat.choice.ID", the event's "choice"
    std::string label{}; // the suggested reply; sent as the learner's message
    std::string next{};  // the turn it leads to; empty: the conversation ends
};

struct ChatTurn {
    std::string id{};
    std::vector<ChatLine> lines{};     // what the other side writes
    std::vector<ChatChoice> choices{}; // suggested replies
    std::string typed{};               // the turn a typed message leads to; empty: typing does not move on
};

struct ChatScript {
    std::string chat{}; // a contact id: a one-to-one chat
    int at_s = 0;       // when the first turn starts (its first line arrives after its own after_s)
    // false: calls from this chat's header are declined (the account is not the contact's:
    // it was hacked); the contact's own number, called from the Phone app, still answers.
    bool answers_calls = true;
    std::vector<ChatTurn> turns{};

    const ChatTurn* turn(const std::string& id) const
    {
        for (const ChatTurn& t : turns)
            if (t.id == id)
                return &t;
        return nullptr;
    }
};

} // namespace luyenso
