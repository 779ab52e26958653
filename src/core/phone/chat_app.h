// The chat app (imitates the chat apps learners use): chats list, one-to-one and group
// chats, text, photos from the gallery, voice messages (hold to record), stickers, voice
// and video calls from a chat's header, creating a group, the privacy setting.
#pragma once

#include "phone/phone_app.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace luyenso {

class ChatApp final : public PhoneApp {
public:
    using PhoneApp::PhoneApp;

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

private:
    std::set<std::string> picked_; // members chosen for a new group
    std::string picked_photo_;     // a photo chosen in the gallery
    bool stickers_open_ = false;
    std::optional<std::int64_t> recording_since_; // a voice message being recorded
    std::optional<std::size_t> held_;             // the message whose reactions show
    float list_scroll_ = 0;                       // how many rows the chats list is scrolled
    float gallery_scroll_ = 0;                    // how far the gallery is scrolled (dp)

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
};

} // namespace luyenso
