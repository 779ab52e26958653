// The simulated phone: screens, navigation, the chat app and calls, all headless.
// Actions go in (apply), time goes in (advance), events come out; elements() publishes
// what the current screen shows as a semantic tree.
#pragma once

#include "action.h"
#include "clock.h"
#include "element.h"
#include "event.h"
#include "world.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace luyenso {

enum class ScreenKind { Lock, Home, ChatList, ChatThread, Contacts, CallRinging, CallActive };

struct Screen {
    ScreenKind kind = ScreenKind::Lock;
    std::string contact; // ChatThread: whose chat
};

// The name lessons use in {"screen": NAME}: "lock", "home", "chat.list", ...
const char* screen_name(ScreenKind kind);
const std::vector<ScreenKind>& all_screen_kinds();

struct CallState {
    std::string contact;
    bool video = false;
    bool connected = false;
    std::int64_t started_ms = 0;
    std::int64_t connected_ms = 0;
    bool muted = false;
    bool camera_on = true;
    bool front_camera = true;
};

struct ActionResult {
    bool accepted = false;
    std::string reason;        // why it was refused (English, for logs and organisers)
    std::vector<Event> events; // what it caused
};

class Phone {
public:
    explicit Phone(World world);

    ActionResult apply(const Action& action);
    // Moves simulated time forward; returns the events that time caused (a call answered).
    std::vector<Event> advance(std::int64_t ms);

    ElementTree elements() const;
    const Screen& screen() const { return stack_.back(); }
    std::string screen_id() const { return screen_name(screen().kind); }
    // Parameters of the current screen for conditions: {"contact": "minh"} in a chat.
    nlohmann::json screen_params() const;

    const World& world() const { return world_; }
    const SimClock& clock() const { return clock_; }
    const std::optional<CallState>& call() const { return call_; }
    const std::string& draft() const { return draft_; }
    bool input_focused() const { return input_focused_; }
    std::string time_text() const; // "19:30", from the world's start time and the clock
    std::string call_timer_text() const;

    // Every element id some screen can publish in this world; `check` uses it to find
    // targets that can never exist.
    static std::set<std::string> publishable_ids(const World& world);

private:
    World world_;
    SimClock clock_;
    std::vector<Screen> stack_;
    std::optional<CallState> call_;
    std::string draft_;
    bool input_focused_ = false;

    ActionResult tap(const std::string& id);
    ActionResult swipe(const Action& action);
    ActionResult type_text(const std::string& text);
    ActionResult press_key(const std::string& key);
    ActionResult go_back();
    ActionResult go_home();

    void push(Screen s);
    void open_chat(const std::string& contact, std::vector<Event>& events);
    void start_call(const std::string& contact, bool video, std::vector<Event>& events);
    void end_call(const std::string& by, std::vector<Event>& events);
    void send_draft(std::vector<Event>& events);
    Chat& chat_with(const std::string& contact);
    const Chat* find_chat(const std::string& contact) const;

    // [SECTION] screen layouts (phone_screens.cpp)
    void add_system_bars(ElementTree& tree) const;
    void build_lock(ElementTree& tree) const;
    void build_home(ElementTree& tree) const;
    void build_chat_list(ElementTree& tree) const;
    void build_chat_thread(ElementTree& tree) const;
    void build_contacts(ElementTree& tree) const;
    void build_call(ElementTree& tree) const;
};

} // namespace luyenso
