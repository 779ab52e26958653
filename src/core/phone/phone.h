// The simulated phone: the system (lock, home, status bar, navigation, keyboard,
// notifications, calls) and its apps, all headless. Actions go in (apply), time goes in
// (advance), events come out; elements() publishes what the screen shows.
//
// Each app is a PhoneApp (phone_app.h) in its own file: it owns the screens whose names
// start with its prefix ("chat."), builds their elements and reacts to taps on them.
#pragma once

#include "phone/action.h"
#include "phone/clock.h"
#include "phone/element.h"
#include "phone/event.h"
#include "phone/world.h"
#include "text/messages.h"
#include "text/telex.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace luyenso {

class PhoneApp;

struct Screen {
    std::string name;  // "home", "chat.thread", "bank.pay", ... (lessons use it in {"screen": NAME})
    std::string param; // the screen's subject: a contact or chat id, a bill, ...

    bool operator==(const Screen&) const = default;
};

struct CallState {
    std::string contact;
    bool video = false;
    bool incoming = false;
    bool connected = false;
    std::int64_t started_ms = 0;
    std::int64_t connected_ms = 0;
    bool muted = false;
    bool camera_on = true;
    bool front_camera = true;
    bool declined = false; // nobody will pick up: the other side declines after a few rings
};

// An OTP a service sent to this phone by SMS (Phone::issue_otp), remembered so that
// sharing it anywhere (in a chat, on a fake page, read out on a scam call) is noticed.
struct IssuedOtp {
    std::string code;    // "482915"
    std::string service; // "eid", "bank", ...
    std::int64_t issued_ms = 0;
    std::int64_t expires_ms = 0;
};

struct ActionResult {
    bool accepted = false;
    std::string reason;        // why it was refused (English, for logs and organisers)
    std::vector<Event> events; // what it caused
    Message why = {};          // why it was refused, from the message table (check's languages)

    // Refused: `why` and its English text in `reason`.
    void refuse(Message m)
    {
        reason = render_message(m, "en");
        why = std::move(m);
    }
};

// A heads-up banner at the top of the screen (a message arrived).
struct Notification {
    std::string app;   // "chat", "sms"
    std::string title; // sender
    std::string text;
    Screen opens; // where a tap on it goes
    std::int64_t until_ms = 0;
};

// The content area an app may lay out in: between the status bar and the navigation
// bar, or the keyboard when it is up.
struct Layout {
    float top = 32;
    float bottom = 724;
};

inline constexpr float status_bar_dp = 32;
inline constexpr float nav_bar_top_dp = 724;

class Phone {
public:
    explicit Phone(World world);
    ~Phone();
    Phone(const Phone&) = delete;
    Phone& operator=(const Phone&) = delete;

    ActionResult apply(const Action& action);
    // Moves simulated time forward; returns the events that time caused (a call answered,
    // a message arriving on the world's timeline).
    std::vector<Event> advance(std::int64_t ms);

    ElementTree elements() const;
    // True if `id` is on the current screen but scrolled out of sight (a swipe shows it).
    bool scrolled_out(const std::string& id) const;
    const Screen& screen() const { return stack_.back(); }
    const std::string& screen_id() const { return screen().name; }
    // Parameters of the current screen for conditions: {"contact": "minh"} in a chat.
    nlohmann::json screen_params() const;

    const World& world() const { return world_; }
    const SimClock& clock() const { return clock_; }
    const std::optional<CallState>& call() const { return call_; }
    std::string time_text() const; // "19:30", from the world's start time and the clock
    std::string call_timer_text() const;
    // A contact's name, or the number of a "tel:NUMBER" caller not in the contacts.
    std::string display_name(const std::string& contact) const;
    const std::optional<Notification>& notification() const { return notification_; }
    // The element a banner must not cover (the lesson step's target): a banner that would
    // sits at the bottom instead. Empty: none.
    void keep_clear(std::string element_id) { keep_clear_ = std::move(element_id); }
    // The banner goes at once (as if its time were up).
    void dismiss_banner() { notification_.reset(); }

    // Text fields: the one with the keyboard's focus, and what each holds.
    const std::string& focused_field() const { return focused_; }
    bool input_focused() const { return !focused_.empty(); }
    const std::string& field_text(const std::string& id) const;
    const std::string& draft() const { return field_text(focused_); }

    // Every element id some screen can publish in this world; `check` uses it.
    static std::set<std::string> publishable_ids(const World& world);
    // Every screen name, for `check`.
    static std::vector<std::string> screen_names();
    // Every subject a screen can have in this world (contacts, groups, SMS senders, ...):
    // what a condition's "contact" may name.
    static std::set<std::string> screen_subjects(const World& world);

    // [SECTION] services for the apps
    World& world_mut() { return world_; }
    void push(Screen s);
    void replace(Screen s); // the current screen becomes another (a wizard's next page)
    void pop();
    void go_home();
    void set_field(const std::string& id, std::string text);
    void clear_field(const std::string& id) { set_field(id, {}); }
    void focus(const std::string& field_id);
    void unfocus() { focused_.clear(); }
    // `declined`: the other side will not pick up (a chat account that is not the contact's).
    void start_call(const std::string& contact, bool video, std::vector<Event>& events, bool declined = false);
    void notify(Notification n);
    // Runs `what` when the clock reaches `at_ms` (messages arriving, an OTP SMS).
    void schedule(std::int64_t at_ms, std::function<void(std::vector<Event>&)> what);
    PhoneApp* app_for(const std::string& screen_name) const;

    // [SECTION] SMS, OTPs, settings (services for the apps; sms_app.cpp, call_script.cpp)
    // An SMS arrives now: the Messages app keeps it, a banner shows, "sms.received".
    void deliver_sms(const std::string& from, const std::string& text, std::vector<Event>& events);
    // Remembers an OTP that `service` sends, valid `valid_ms`; an empty `code` is made up
    // (deterministically, from the clock). Returns the code.
    std::string issue_otp(const std::string& service, std::string code, std::int64_t valid_ms);
    const std::vector<IssuedOtp>& issued_otps() const { return otps_; }
    // The newest issued OTP whose digits `text` holds (spaces or dots between them allowed).
    const IssuedOtp* otp_in(const std::string& text) const;
    // If `text` holds an issued OTP: emits "otp.shared" {via, service, expired} and `extra`.
    bool notice_shared_otp(const std::string& text, const std::string& via, const nlohmann::json& extra,
                           std::vector<Event>& events);
    // Text size from the Settings app: 1.0 to 2.0. The painter multiplies text by it;
    // apps that lay out text make room for it.
    float text_scale() const { return static_cast<float>(world_.settings.text_size_percent) / 100.0F; }
    // Telex or VNI, old or new tone placement (the Settings app changes them).
    const TypingSettings& typing() const { return world_.settings.typing; }
    // The script of the current call's caller (subtitles, reply choices), if any.
    const CallScript* call_script() const;

private:
    World world_;
    SimClock clock_;
    std::vector<Screen> stack_;
    std::optional<CallState> call_;
    std::optional<Notification> notification_;
    std::string keep_clear_;
    std::map<std::string, std::string> fields_;
    std::string focused_;
    std::string pressed_; // the element a finger is down on (press ... release)
    VietTyper typer_;     // composes the focused field's Vietnamese (Telex or VNI)
    bool shift_ = false;
    bool symbols_ = false;
    struct Scheduled {
        std::int64_t at_ms;
        std::uint64_t order;
        std::function<void(std::vector<Event>&)> what;
    };
    std::vector<Scheduled> scheduled_;
    std::uint64_t schedule_counter_ = 0;
    std::vector<std::unique_ptr<PhoneApp>> apps_;
    std::vector<IssuedOtp> otps_;
    std::string call_reply_; // what a scripted caller said back to the learner's last choice

    ActionResult apply_action(const Action& action);
    // "text.entered": what a field holds when it is left or sent (no "text" for a secret).
    static Event entered_event(const std::string& field, const std::string& text, bool secret);
    ActionResult tap(const std::string& id);
    ActionResult long_press(const std::string& id);
    ActionResult press(const std::string& id);
    ActionResult release(const Action& action);
    ActionResult swipe(const Action& action);
    ActionResult type_keys(const std::string& keys);
    ActionResult press_key(const std::string& key);
    ActionResult go_back();
    ActionResult home_button();
    void key_in(char key, std::vector<Event>& events);
    // "text.changed" if the focused field no longer holds `before`.
    void text_changed(const std::string& before, const Element* field, std::vector<Event>& events) const;
    void submit(std::vector<Event>& events);
    bool system_tap(const Element& e, std::vector<Event>& events);
    void end_call(const std::string& by, std::vector<Event>& events);
    void answer_call(std::vector<Event>& events);
    void advance_calls(std::vector<Event>& events);
    void schedule_timeline();
    bool field_accepts(char key) const;
    const Element* focused_element(const ElementTree& tree) const;

    // [SECTION] system screens (phone_system.cpp)
    Layout layout() const;
    void add_system_bars(ElementTree& tree) const;
    void add_keyboard(ElementTree& tree) const;
    void add_notification(ElementTree& tree) const;
    void build_lock(ElementTree& tree) const;
    void build_home(ElementTree& tree) const;
    void build_call(ElementTree& tree) const;
    // [SECTION] scripted calls (call_script.cpp): subtitles and reply choices
    void add_call_script(ElementTree& tree) const;
    bool call_script_tap(const std::string& id, std::vector<Event>& events);
    std::vector<Screen> catalogue_screens() const;
};

} // namespace luyenso
