// The simulated phone's system behaviour: navigation, text fields and the keyboard,
// calls, the world's timeline. The system screens' layouts are in phone_system.cpp;
// each app is in its own file.
#include "phone/phone.h"

#include "phone/bank_app.h"
#include "phone/browser_app.h"
#include "phone/chat_app.h"
#include "phone/data_app.h"
#include "phone/dialer_app.h"
#include "phone/eid_app.h"
#include "phone/phone_app.h"
#include "phone/settings_app.h"
#include "phone/sms_app.h"
#include "text/utf8.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace luyenso {

namespace {
constexpr std::int64_t ring_timeout_ms = 30'000;  // an unanswered call stops ringing
constexpr std::int64_t banner_ms = 6'000;         // how long a message banner stays
constexpr std::int64_t declined_after_ms = 8'000; // a call the other side declines rings this long

std::string two_digits(std::int64_t v)
{
    char buf[24]; // room for any 64-bit value: -O2 refuses a buffer that could truncate
    std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(v));
    return buf;
}

const std::string empty_text;

bool starts_with(const std::string& s, const std::string& prefix)
{
    return s.rfind(prefix, 0) == 0;
}
} // namespace

std::vector<std::string> PhoneApp::screen_names() const
{
    return {};
}

Phone::Phone(World world) : world_(std::move(world))
{
    stack_.push_back({"lock", {}});
    // Every contact has a chat, even an empty one, as in the real app's contact list.
    for (const auto& p : world_.contacts)
        if (!world_.chat(p.id))
            world_.chats.push_back({p.id, {}, 0, {}, {}, {}, false, false, {}});
    apps_.push_back(std::make_unique<ChatApp>(*this));
    apps_.push_back(std::make_unique<DialerApp>(*this));
    apps_.push_back(std::make_unique<BankApp>(*this));
    apps_.push_back(std::make_unique<SmsApp>(*this));
    apps_.push_back(std::make_unique<EidApp>(*this));
    apps_.push_back(std::make_unique<BrowserApp>(*this));
    apps_.push_back(std::make_unique<SettingsApp>(*this));
    for (std::size_t i = 0; i < world_.apps.size(); ++i)
        apps_.push_back(std::make_unique<DataApp>(*this, i));
    schedule_timeline();
}

Phone::~Phone() = default;

PhoneApp* Phone::app_for(const std::string& screen_name) const
{
    for (const auto& app : apps_)
        if (starts_with(screen_name, app->prefix()))
            return app.get();
    return nullptr;
}

std::string Phone::time_text() const
{
    const std::int64_t minutes = world_.start_minutes + clock_.now_ms() / 60'000;
    return two_digits((minutes / 60) % 24) + ":" + two_digits(minutes % 60);
}

std::string Phone::call_timer_text() const
{
    if (!call_ || !call_->connected)
        return "00:00";
    const std::int64_t s = (clock_.now_ms() - call_->connected_ms) / 1000;
    return two_digits(s / 60) + ":" + two_digits(s % 60);
}

std::string Phone::display_name(const std::string& contact) const
{
    if (const Person* p = world_.contact(contact))
        return p->name; // a stranger's name is what they call themselves (a lesson may make it a number)
    return contact.rfind("tel:", 0) == 0 ? contact.substr(4) : contact;
}

nlohmann::json Phone::screen_params() const
{
    nlohmann::json p = nlohmann::json::object();
    if (!screen().param.empty())
        p["contact"] = screen().param;
    if (call_) {
        p["contact"] = call_->contact;
        p["video"] = call_->video;
    }
    return p;
}

const std::string& Phone::field_text(const std::string& id) const
{
    const auto it = fields_.find(id);
    return it == fields_.end() ? empty_text : it->second;
}

// [SECTION] services for the apps

void Phone::push(Screen s)
{
    focused_.clear();
    stack_.push_back(std::move(s));
}

void Phone::replace(Screen s)
{
    focused_.clear();
    stack_.back() = std::move(s);
}

void Phone::pop()
{
    focused_.clear();
    if (stack_.size() > 1)
        stack_.pop_back();
}

void Phone::go_home()
{
    focused_.clear();
    stack_ = {{"home", {}}};
}

void Phone::set_field(const std::string& id, std::string text)
{
    if (id == focused_)
        typer_.set_text(text);
    fields_[id] = std::move(text);
}

void Phone::focus(const std::string& field_id)
{
    focused_ = field_id;
    shift_ = false;
    symbols_ = false;
    typer_.set_settings(typing());
    typer_.set_text(field_text(field_id));
}

void Phone::notify(Notification n)
{
    n.until_ms = clock_.now_ms() + banner_ms;
    notification_ = std::move(n);
}

void Phone::schedule(std::int64_t at_ms, std::function<void(std::vector<Event>&)> what)
{
    scheduled_.push_back({at_ms, schedule_counter_++, std::move(what)});
}

void Phone::schedule_timeline()
{
    for (const TimelineItem& item : world_.timeline) {
        const std::int64_t at = item.at_s * 1000LL;
        if (item.kind == TimelineItem::Kind::Call) {
            schedule(at, [this, item](std::vector<Event>& events) {
                if (call_) // busy: the caller gives up, as on a real phone
                    return;
                if (item.if_missed) { // calling back only if the last call went unanswered
                    const auto& log = world_.call_log;
                    const auto last = std::find_if(log.rbegin(), log.rend(),
                                                   [&](const CallLogEntry& c) { return c.contact == item.from; });
                    if (last != log.rend() && !last->missed)
                        return;
                }
                CallState c;
                c.contact = item.from;
                c.video = item.video;
                c.incoming = true;
                c.started_ms = clock_.now_ms();
                c.camera_on = item.video;
                call_ = c;
                focused_.clear();
                stack_.push_back({"call.incoming", item.from});
                events.push_back({"call.incoming", {{"contact", item.from}, {"video", item.video}}});
            });
        } else if (item.kind == TimelineItem::Kind::Sms) {
            schedule(at, [this, item](std::vector<Event>& events) { deliver_sms(item.from, item.text, events); });
        } else {
            schedule(at, [this, item](std::vector<Event>& events) {
                auto* chat_app = static_cast<ChatApp*>(app_for("chat."));
                chat_app->receive(item.chat.empty() ? item.from : item.chat, item.from, item.text, events);
            });
        }
    }
}

void Phone::start_call(const std::string& contact, bool video, std::vector<Event>& events, bool declined)
{
    CallState c;
    c.contact = contact;
    c.video = video;
    c.declined = declined;
    c.started_ms = clock_.now_ms();
    c.camera_on = video;
    call_ = c;
    push({"call.ringing", contact});
    events.push_back({"call.started", {{"contact", contact}, {"video", video}}});
}

void Phone::answer_call(std::vector<Event>& events)
{
    call_->connected = true;
    call_->connected_ms = clock_.now_ms();
    stack_.back() = {"call.active", call_->contact};
    events.push_back(
        {call_->incoming ? "call.accepted" : "call.answered", {{"contact", call_->contact}, {"video", call_->video}}});
}

void Phone::end_call(const std::string& by, std::vector<Event>& events)
{
    if (!call_)
        return;
    const CallState c = *call_;
    call_.reset();
    call_reply_.clear();
    while (stack_.size() > 1 && starts_with(screen().name, "call."))
        stack_.pop_back();
    const std::int64_t seconds = c.connected ? (clock_.now_ms() - c.connected_ms) / 1000 : 0;
    ChatMessage record;
    record.from = c.incoming ? c.contact : "me";
    record.time = time_text();
    record.call_record = true;
    record.call_video = c.video;
    const char* kind = c.video ? "Cuộc gọi video" : "Cuộc gọi thoại";
    if (c.connected && seconds >= 60)
        record.text = std::string(kind) + " · " + std::to_string(seconds / 60) + " phút " +
                      std::to_string(seconds % 60) + " giây";
    else if (c.connected)
        record.text = std::string(kind) + " · " + std::to_string(seconds) + " giây";
    else if (c.incoming)
        record.text = std::string(kind) + " · " + (by == "me" ? "Đã từ chối" : "Cuộc gọi nhỡ");
    else
        record.text = std::string(kind) + " · Không trả lời";
    if (Chat* chat = world_.chat(c.contact))
        chat->messages.push_back(record);
    world_.call_log.push_back({c.contact, c.video, c.incoming, !c.connected, record.time, static_cast<int>(seconds)});
    const nlohmann::json who = {{"contact", c.contact}, {"video", c.video}};
    if (c.incoming && !c.connected)
        events.push_back({by == "me" ? "call.declined" : "call.missed", who});
    else if (c.connected || by == "me")
        events.push_back({"call.ended", {{"contact", c.contact}, {"video", c.video}, {"by", by}}});
    else
        events.push_back({"call.unanswered", who});
}

// [SECTION] SMS and the OTPs services send

void Phone::deliver_sms(const std::string& from, const std::string& text, std::vector<Event>& events)
{
    if (auto* sms = dynamic_cast<SmsApp*>(app_for("sms.")))
        sms->receive(from, text, events);
}

std::string Phone::issue_otp(const std::string& service, std::string code, std::int64_t valid_ms)
{
    if (code.empty()) {
        // Made up from the clock and the count: the same lesson gives the same codes.
        const auto seed = static_cast<std::uint64_t>(clock_.now_ms() / 1000 +
                                                     7919 * static_cast<std::int64_t>(otps_.size() + 1));
        const std::uint64_t n = (seed * 2654435761ULL + 104729ULL) % 900'000ULL + 100'000ULL;
        code = std::to_string(n);
    }
    otps_.push_back({code, service, clock_.now_ms(), clock_.now_ms() + valid_ms});
    return code;
}

namespace {
// Digits with spaces, dots or dashes between them count as one number ("482 915"); other
// characters separate numbers ('|').
std::string otp_digits(const std::string& text)
{
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c != ' ' && c != '.' && c != '-')
            digits += '|';
    return digits;
}
} // namespace

const IssuedOtp* Phone::otp_in(const std::string& text) const
{
    const std::string digits = otp_digits(text);
    for (auto it = otps_.rbegin(); it != otps_.rend(); ++it)
        if (digits.find(it->code) != std::string::npos)
            return &*it;
    return nullptr;
}

bool Phone::notice_shared_otp(const std::string& text, const std::string& via, const nlohmann::json& extra,
                              std::vector<Event>& events)
{
    // The PIN of an app declared as data, typed anywhere else than its own prompt.
    for (const DataAppSpec& app : world_.apps)
        if (app.pin.size() >= 4 && otp_digits(text).find(app.pin) != std::string::npos)
            events.push_back({"app.pin_shared", {{"app", app.id}, {"via", via}}});
    const IssuedOtp* otp = otp_in(text);
    if (!otp)
        return false;
    nlohmann::json fields = {{"via", via}, {"service", otp->service}, {"expired", clock_.now_ms() > otp->expires_ms}};
    for (const auto& [k, v] : extra.items())
        fields[k] = v;
    events.push_back({"otp.shared", fields});
    return true;
}

// [SECTION] actions

ActionResult Phone::apply(const Action& action)
{
    // A typed value counts when the field is left or sent: "text.entered" then, with what
    // the field holds (a step that wants 500000 is not finished by 500000 on the way to
    // 5000000, as "text.changed" would be).
    const std::string field = focused_;
    if (field.empty())
        return apply_action(action);
    const ElementTree before = elements();
    const Element* e = find_element(before, field);
    const bool secret = e && e->secret;
    const std::string text = field_text(field); // before a button ("Gửi") takes it
    ActionResult r = apply_action(action);
    // Left: the focus moved, or a button other than the keyboard's and the field's own
    // was tapped ("Tiếp tục", "Gửi"), or the phone's back or home.
    const bool tap = action.kind == ActionKind::Tap || action.kind == ActionKind::LongPress;
    const bool other_button = tap && !action.target.empty() && action.target != field &&
                              action.target.rfind("keyboard.", 0) != 0;
    const bool away = action.kind == ActionKind::Back || action.kind == ActionKind::Home;
    const bool told = std::any_of(r.events.begin(), r.events.end(), [&](const Event& ev) {
        return ev.name == "text.entered" && ev.fields.value("field", std::string()) == field;
    });
    if (r.accepted && !told && !text.empty() && (focused_ != field || other_button || away))
        r.events.insert(r.events.begin(), entered_event(field, text, secret));
    return r;
}

Event Phone::entered_event(const std::string& field, const std::string& text, bool secret)
{
    nlohmann::json fields = {{"field", field}, {"length", utf8_length(text)}};
    if (!secret)
        fields["text"] = text;
    return {"text.entered", fields};
}

ActionResult Phone::apply_action(const Action& action)
{
    switch (action.kind) {
    case ActionKind::Tap: return tap(action.target);
    case ActionKind::LongPress: return long_press(action.target);
    case ActionKind::Swipe: return swipe(action);
    case ActionKind::Type: return type_keys(action.text);
    case ActionKind::Key: return press_key(action.text);
    case ActionKind::Back: return go_back();
    case ActionKind::Home: return home_button();
    case ActionKind::Press: return press(action.target);
    case ActionKind::Release: return release(action);
    case ActionKind::Wait: {
        ActionResult r;
        r.accepted = true;
        r.events = advance(action.wait_ms);
        return r;
    }
    }
    return {};
}

ActionResult Phone::tap(const std::string& id)
{
    ActionResult r;
    const ElementTree tree = elements();
    const Element* e = find_element(tree, id);
    if (!e) {
        r.refuse({"refused-not-on-screen", {id, screen_id()}});
        return r;
    }
    if (!e->tappable) {
        r.refuse({"refused-not-tappable", {id}});
        return r;
    }
    if (id == "nav.back")
        return go_back();
    if (id == "nav.home")
        return home_button();
    r.accepted = true;
    if (system_tap(*e, r.events))
        return r;
    if (e->role == Role::TextField) {
        focus(e->id);
        r.events.push_back({"field.focused", {{"field", e->id}}});
        return r;
    }
    if (PhoneApp* app = app_for(screen().name)) {
        const Screen s = screen();
        app->tap(s, *e, r.events);
    }
    return r;
}

ActionResult Phone::long_press(const std::string& id)
{
    const ElementTree tree = elements();
    const Element* e = find_element(tree, id);
    if (e && e->tappable)
        if (PhoneApp* app = app_for(screen().name)) {
            ActionResult r{true, {}, {}};
            const Screen s = screen();
            if (app->long_press(s, *e, r.events))
                return r;
        }
    return tap(id); // nothing special here: the press is a tap (or refused, with the reason)
}

ActionResult Phone::press(const std::string& id)
{
    ActionResult r;
    const ElementTree tree = elements();
    const Element* e = find_element(tree, id);
    if (!e || !e->tappable) {
        r.refuse({"refused-not-pressable", {id, screen_id()}});
        return r;
    }
    pressed_ = id;
    r.accepted = true;
    if (e->holdable)
        if (PhoneApp* app = app_for(screen().name)) {
            const Screen s = screen();
            app->press(s, *e, r.events);
        }
    return r;
}

ActionResult Phone::release(const Action& action)
{
    ActionResult r;
    if (pressed_.empty()) {
        r.refuse({"refused-no-finger"});
        return r;
    }
    const std::string id = std::exchange(pressed_, {});
    const bool slid = !action.text.empty();
    const ElementTree tree = elements();
    const Element* e = find_element(tree, id);
    if (e && e->holdable) {
        r.accepted = true;
        if (PhoneApp* app = app_for(screen().name)) {
            const Screen s = screen();
            app->release(s, slid, r.events);
        }
        return r;
    }
    if (slid) { // a finger slid off a button: nothing happens, as on a real phone
        r.accepted = true;
        return r;
    }
    return tap(id);
}

bool Phone::system_tap(const Element& e, std::vector<Event>& events)
{
    const std::string& id = e.id;
    if (id == "lock.unlock") {
        stack_ = {{"home", {}}};
        events.push_back({"phone.unlocked", nlohmann::json::object()});
        return true;
    }
    if (id == "notification.banner" && notification_) {
        const Screen target = notification_->opens;
        notification_.reset();
        if (PhoneApp* app = app_for(target.name); app && !call_)
            app->show(target, events);
        return true;
    }
    if (starts_with(id, "home.app.")) {
        const std::string app_id = id.substr(9);
        for (const auto& app : apps_) {
            const AppIcon icon = app->icon();
            if (icon.id == app_id) {
                push({icon.first_screen, {}});
                events.push_back({"app.opened", {{"app", app_id}}});
                app->opened(events);
                return true;
            }
        }
        return true;
    }
    if (starts_with(id, "keyboard.")) {
        if (id == "keyboard.shift")
            shift_ = !shift_;
        else if (id == "keyboard.symbols")
            symbols_ = true;
        else if (id == "keyboard.letters")
            symbols_ = false;
        else if (id == "keyboard.backspace")
            key_in('\b', events);
        else if (id == "keyboard.enter")
            submit(events);
        else if (id == "keyboard.space")
            key_in(' ', events);
        else if (id == "keyboard.hide")
            focused_.clear();
        else if (!e.label.empty())
            key_in(e.label[0], events);
        return true;
    }
    if (!call_)
        return false;
    if (call_script_tap(id, events))
        return true;
    if (id == "call.end") {
        end_call("me", events);
    } else if (id == "call.accept") {
        answer_call(events);
    } else if (id == "call.decline") {
        end_call("me", events);
    } else if (id == "call.mute") {
        call_->muted = !call_->muted;
        events.push_back({"call.muted", {{"on", call_->muted}}});
    } else if (id == "call.camera") {
        call_->camera_on = !call_->camera_on;
        events.push_back({"call.camera", {{"on", call_->camera_on}}});
    } else if (id == "call.switch_camera") {
        call_->front_camera = !call_->front_camera;
        events.push_back({"call.camera_switched", {{"front", call_->front_camera}}});
    } else {
        return false;
    }
    return true;
}

ActionResult Phone::swipe(const Action& action)
{
    if (screen().name == "lock" && action.direction == SwipeDirection::Up)
        return tap("lock.unlock");
    if (PhoneApp* app = app_for(screen().name)) { // a long page scrolls
        ActionResult r{true, {}, {}};
        const Screen s = screen();
        if (app->swipe(s, action.direction, r.events))
            r.events.push_back(
                {"screen.scrolled", {{"view", s.name}, {"direction", direction_name(action.direction)}}});
        return r;
    }
    // Lists here fit on one screen; a swipe elsewhere moves nothing but is harmless.
    return {true, {}, {}};
}

bool Phone::field_accepts(char key) const
{
    const ElementTree tree = elements();
    const Element* f = find_element(tree, focused_);
    if (!f)
        return false;
    if (key == '\b')
        return true;
    if (f->numeric && (key < '0' || key > '9'))
        return false;
    return f->max_length == 0 || static_cast<int>(utf8_length(field_text(focused_))) < f->max_length;
}

void Phone::key_in(char key, std::vector<Event>& events)
{
    if (focused_.empty() || !field_accepts(key))
        return;
    std::string& text = fields_[focused_];
    const std::string before = text;
    const ElementTree tree = elements();
    const Element* field = focused_element(tree);
    auto changed = [&] { text_changed(before, field, events); };
    char c = key;
    // Shift makes the next letter a capital, then lets go (its key shows capitals, so
    // a tap on one brings the capital itself).
    if (shift_ && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        c = c >= 'a' ? static_cast<char>(c - 'a' + 'A') : c;
        shift_ = false;
    }
    // Secrets and numbers are typed as they are; words go through Telex (or VNI).
    if (field && (field->secret || field->numeric)) {
        if (c == '\b')
            utf8_pop_back(text);
        else
            text += c;
        typer_.set_text(text);
        changed();
        return;
    }
    typer_.type(c);
    text = typer_.text();
    changed();
}

void Phone::text_changed(const std::string& before, const Element* field, std::vector<Event>& events) const
{
    const std::string& text = field_text(focused_);
    if (text == before)
        return;
    // What a step can wait for ("Chào" typed); a secret's text is never told.
    nlohmann::json fields = {{"field", focused_}, {"length", utf8_length(text)}};
    if (!field || !field->secret)
        fields["text"] = text;
    events.push_back({"text.changed", fields});
}

const Element* Phone::focused_element(const ElementTree& tree) const
{
    return focused_.empty() ? nullptr : find_element(tree, focused_);
}

ActionResult Phone::type_keys(const std::string& keys)
{
    ActionResult r;
    if (focused_.empty()) {
        r.refuse({"refused-no-field"});
        return r;
    }
    r.accepted = true;
    // Keystrokes one by one; text that is already Vietnamese (from a PC's IME) is kept.
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto c = static_cast<unsigned char>(keys[i]);
        if (c < 0x80) {
            key_in(keys[i], r.events);
            continue;
        }
        std::size_t n = 1;
        while (i + n < keys.size() && (static_cast<unsigned char>(keys[i + n]) & 0xC0) == 0x80)
            ++n;
        if (field_accepts('x')) {
            const std::string before = field_text(focused_);
            typer_.end_word();
            fields_[focused_] = typer_.text() + keys.substr(i, n);
            typer_.set_text(fields_[focused_]);
            const ElementTree tree = elements();
            text_changed(before, focused_element(tree), r.events);
        }
        i += n - 1;
    }
    return r;
}

void Phone::submit(std::vector<Event>& events)
{
    if (focused_.empty())
        return;
    typer_.end_word(); // "cool" then enter is cool, not côl
    fields_[focused_] = typer_.text();
    {
        const ElementTree tree = elements();
        const Element* e = find_element(tree, focused_);
        if (!fields_[focused_].empty()) // an empty field sent: nothing was entered
            events.push_back(entered_event(focused_, fields_[focused_], e && e->secret));
    }
    if (PhoneApp* app = app_for(screen().name)) {
        const Screen s = screen();
        const std::string field = focused_;
        app->submit(s, field, events);
    }
}

ActionResult Phone::press_key(const std::string& key)
{
    ActionResult r;
    if (focused_.empty()) {
        r.refuse({"refused-no-field"});
        return r;
    }
    r.accepted = true;
    if (key == "backspace")
        key_in('\b', r.events);
    else if (key == "enter")
        submit(r.events);
    return r;
}

ActionResult Phone::go_back()
{
    ActionResult r;
    if (!focused_.empty()) { // the first back closes the keyboard, as on Android
        focused_.clear();
        r.accepted = true;
        return r;
    }
    if (call_) {
        r.refuse({"refused-call-on"});
        return r;
    }
    if (stack_.size() <= 1 || screen().name == "home") {
        r.refuse({"refused-nothing-back"});
        return r;
    }
    if (PhoneApp* app = app_for(screen().name)) {
        const Screen s = screen();
        app->leaving(s, r.events);
    }
    stack_.pop_back();
    r.accepted = true;
    return r;
}

ActionResult Phone::home_button()
{
    ActionResult r;
    if (call_) {
        r.refuse({"refused-call-on"});
        return r;
    }
    if (screen().name == "lock") {
        r.refuse({"refused-locked"});
        return r;
    }
    go_home();
    r.accepted = true;
    return r;
}

// [SECTION] time

void Phone::advance_calls(std::vector<Event>& events)
{
    if (!call_)
        return;
    const Person* p = world_.contact(call_->contact);
    const std::int64_t now = clock_.now_ms();
    if (call_->incoming) {
        if (!call_->connected && now - call_->started_ms >= ring_timeout_ms)
            end_call("them", events);
        else if (call_->connected && p && p->hangs_up_after_s > 0 &&
                 now - call_->connected_ms >= p->hangs_up_after_s * 1000LL)
            end_call("them", events);
        return;
    }
    if (!call_->connected) {
        if (call_->declined && now - call_->started_ms >= declined_after_ms)
            end_call("them", events);
        else if (p && p->answers && !call_->declined && now - call_->started_ms >= p->answers_after_s * 1000LL)
            answer_call(events);
        else if (now - call_->started_ms >= ring_timeout_ms)
            end_call("them", events);
    } else if (p && p->hangs_up_after_s > 0 && now - call_->connected_ms >= p->hangs_up_after_s * 1000LL) {
        end_call("them", events);
    }
}

std::vector<Event> Phone::advance(std::int64_t ms)
{
    std::vector<Event> events;
    // Step in small slices so that events scheduled inside a long wait happen in order.
    while (ms > 0) {
        const std::int64_t slice = std::min<std::int64_t>(ms, 100);
        clock_.advance(slice);
        ms -= slice;
        const std::int64_t now = clock_.now_ms();
        // Due items in time order (then in the order they were scheduled).
        for (;;) {
            auto due = std::min_element(scheduled_.begin(), scheduled_.end(),
                                        [](const Scheduled& a, const Scheduled& b) {
                                            return a.at_ms != b.at_ms ? a.at_ms < b.at_ms : a.order < b.order;
                                        });
            if (due == scheduled_.end() || due->at_ms > now)
                break;
            auto what = std::move(due->what);
            scheduled_.erase(due);
            what(events);
        }
        advance_calls(events);
        if (notification_ && now >= notification_->until_ms)
            notification_.reset();
    }
    return events;
}

// [SECTION] the catalogue of screens and ids

std::vector<std::string> Phone::screen_names()
{
    std::vector<std::string> names = {"lock", "home", "call.ringing", "call.active", "call.incoming"};
    Phone phone(World{});
    for (const auto& app : phone.apps_) {
        for (const Screen& s : app->all_screens())
            if (std::find(names.begin(), names.end(), s.name) == names.end())
                names.push_back(s.name);
        for (const std::string& n : app->screen_names())
            if (std::find(names.begin(), names.end(), n) == names.end())
                names.push_back(n);
    }
    // Screens that exist only with content (a chat needs a contact): add them by name.
    for (const char* n : {"chat.thread"})
        if (std::find(names.begin(), names.end(), n) == names.end())
            names.emplace_back(n);
    return names;
}

std::set<std::string> Phone::screen_subjects(const World& world)
{
    std::set<std::string> subjects;
    for (const Person& p : world.contacts)
        subjects.insert(p.id);
    Phone phone(world);
    for (const auto& app : phone.apps_)
        for (const Screen& s : app->all_screens())
            if (!s.param.empty())
                subjects.insert(s.param);
    return subjects;
}

std::set<std::string> Phone::publishable_ids(const World& world)
{
    std::set<std::string> ids;
    Phone phone(world);
    auto collect = [&] {
        for (const auto& e : phone.elements())
            ids.insert(e.id);
    };
    std::vector<Screen> screens = phone.catalogue_screens();
    for (const auto& app : phone.apps_) {
        const auto more = app->all_screens();
        screens.insert(screens.end(), more.begin(), more.end());
        for (const std::string& id : app->extra_ids())
            ids.insert(id);
    }
    for (const Screen& s : screens) {
        phone.stack_ = {s};
        phone.call_.reset();
        phone.focused_.clear();
        if (starts_with(s.name, "call.")) {
            for (bool video : {false, true}) {
                CallState c;
                c.contact = s.param;
                c.video = video;
                c.incoming = s.name == "call.incoming";
                c.connected = s.name == "call.active";
                phone.call_ = c;
                collect();
            }
            continue;
        }
        collect();
        // With the keyboard up, on every screen that has a text field: both pages.
        for (const Element& e : phone.elements()) {
            if (e.role != Role::TextField)
                continue;
            phone.focused_ = e.id;
            for (bool symbols : {false, true}) {
                phone.symbols_ = symbols;
                collect();
            }
            phone.focused_.clear();
            phone.symbols_ = false;
        }
    }
    // The banner a message arriving shows.
    phone.stack_ = {{"home", {}}};
    phone.notification_ = Notification{"chat", "", "", {}, 1};
    collect();
    return ids;
}

std::vector<Screen> Phone::catalogue_screens() const
{
    std::vector<Screen> screens = {{"lock", {}}, {"home", {}}};
    for (const Person& p : world_.contacts)
        for (const char* name : {"call.ringing", "call.active", "call.incoming"})
            screens.push_back({name, p.id});
    return screens;
}

} // namespace luyenso
