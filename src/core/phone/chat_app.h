// The chat app (imitates the chat apps learners use): chats list, one-to-one and group
// chats, text, photos from the gallery, voice messages (hold to record), stickers, voice
// and video calls from a chat's header, creating a group, the privacy setting; the other
// side writing back from the world's chat scripts (chat_script.h), with suggested
// replies; reporting and blocking a contact from a chat's menu (chat_script.cpp).
#pragma once

#include "phone/phone_app.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace luyenso {

class ChatApp final : public PhoneApp {
public:
    // Starts the world's chat scripts: each one's first turn comes at its time.
    explicit ChatApp(Phone& phone);

    AppIcon icon() const override { return {"chat", "Trò chuyện", "app_chat", "chat.list"}; }
    std::string prefix() const override { return "chat."; }
    void build(const Screen& s, const Layout& area, ElementTree& tree) const override;
    bool tap(const Screen& s, const Element& e, std::vector<Event>& events) override;
    bool press(const Screen& s, const Element& e, std::vector<Event>& events) override;
    void release(const Screen& s, bool slid_away, std::vector<Event>& events) override;
    bool long_press(const Screen& s, const Element& e, std::vector<Event>& events) override;
    bool swipe(const Screen& s, SwipeDirection d, std::vector<Event>& events) override;
    void opened(std::vector<Event>& events) override;
    void leaving(const Screen& s, std::vector<Event>& events) override;
    void submit(const Screen& s, const std::string& field, std::vector<Event>& events) override;
    std::vector<Screen> all_screens() const override;
    std::vector<std::string> screen_names() const override;
    std::vector<std::string> extra_ids() const override;
    void show(const Screen& s, std::vector<Event>& events) override;

    // A message arrives in chat `chat_key` (a contact or group id) from `from`.
    void receive(const std::string& chat_key, const std::string& from, const std::string& text,
                 std::vector<Event>& events);

    static const std::vector<std::pair<std::string, std::string>>& stickers(); // id, label
    // What a long press on a message offers: id (drawn as that sticker), label.
    static const std::vector<std::pair<std::string, std::string>>& reactions();
    // Why a contact may be reported: id (the event's "reason"), label.
    static const std::vector<std::pair<std::string, std::string>>& report_reasons();

private:
    std::set<std::string> picked_; // members chosen for a new group
    std::string picked_photo_;     // a photo chosen in the gallery
    bool stickers_open_ = false;
    std::optional<std::int64_t> recording_since_; // a voice message being recorded
    std::optional<std::size_t> held_;             // the message whose reactions show
    float list_scroll_ = 0;                       // how many rows the chats list is scrolled
    float gallery_scroll_ = 0;                    // how far the gallery is scrolled (dp)
    bool menu_open_ = false;                      // a chat's menu (report, block) shows
    // Where each scripted chat is: its current turn, and whether the other side is still
    // writing that turn's lines (its suggested replies show once they have all arrived).
    struct ScriptRun {
        std::string turn;
        bool writing = false;
    };
    std::map<std::string, ScriptRun> runs_; // by chat key

    void open_chat(const std::string& key, std::vector<Event>& events);
    void send(const std::string& key, ChatMessage m, std::vector<Event>& events);
    // The list and the gallery return how far they can scroll (rows; dp), 0: all shows.
    float build_list(const Layout& area, ElementTree& tree) const;
    void build_thread(const Screen& s, const Layout& area, ElementTree& tree) const;
    void add_reactions(const Chat& chat, const ElementTree& bubbles, ElementTree& tree) const;
    float build_gallery(const Screen& s, const Layout& area, ElementTree& tree) const;
    void build_group_members(const Layout& area, ElementTree& tree) const;
    void build_group_name(const Layout& area, ElementTree& tree) const;
    void build_settings(ElementTree& tree) const;
    std::string chat_title(const Chat& c) const;

    // [SECTION] scripts, report, block (chat_script.cpp)
    const ChatScript* script_for(const std::string& key) const;
    // The turn of chat `key`'s script that waits for the learner's answer now: none while
    // the other side writes, after the last turn, or when the contact is blocked.
    const ChatTurn* ready_turn(const std::string& key) const;
    // The other side writes turn `turn_id` of chat `key`'s script, from `from_ms` on.
    void start_turn(const std::string& key, const std::string& turn_id, std::int64_t from_ms);
    // The learner answered the current turn (a suggested reply, or a typed message).
    void answer(const std::string& key, const ChatChoice* choice, std::vector<Event>& events);
    // The replies, a blocked chat's bar, the menu over the thread. Returns the top of
    // what it placed above `bottom` (the replies or the bar).
    float build_replies(const Chat& chat, float bottom, ElementTree& tree) const;
    float build_blocked_bar(const Chat& chat, float bottom, ElementTree& tree) const;
    void build_menu(const Chat& chat, ElementTree& tree) const;
    void build_report(const Screen& s, const Layout& area, ElementTree& tree) const;
    void build_block(const Screen& s, const Layout& area, ElementTree& tree) const;
    bool script_tap(const Screen& s, const std::string& id, std::vector<Event>& events);
};

} // namespace luyenso
