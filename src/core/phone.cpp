// The simulated phone's behaviour: navigation, chats, calls. Layouts are in
// phone_screens.cpp.
#include "phone.h"

#include "utf8.h"

#include <algorithm>
#include <cstdio>

namespace luyenso {

namespace {
constexpr std::int64_t ring_timeout_ms = 30'000; // an unanswered call stops ringing

std::string two_digits(std::int64_t v)
{
    char buf[24]; // room for any 64-bit value: -O2 refuses a buffer that could truncate
    std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(v));
    return buf;
}
} // namespace

const char* screen_name(ScreenKind kind)
{
    switch (kind) {
    case ScreenKind::Lock: return "lock";
    case ScreenKind::Home: return "home";
    case ScreenKind::ChatList: return "chat.list";
    case ScreenKind::ChatThread: return "chat.thread";
    case ScreenKind::Contacts: return "phone.contacts";
    case ScreenKind::CallRinging: return "call.ringing";
    case ScreenKind::CallActive: return "call.active";
    }
    return "lock";
}

const std::vector<ScreenKind>& all_screen_kinds()
{
    static const std::vector<ScreenKind> kinds = {
        ScreenKind::Lock,       ScreenKind::Home,     ScreenKind::ChatList,  ScreenKind::ChatThread,
        ScreenKind::Contacts,   ScreenKind::CallRinging, ScreenKind::CallActive};
    return kinds;
}

Phone::Phone(World world) : world_(std::move(world))
{
    stack_.push_back({ScreenKind::Lock, {}});
    // Every contact has a chat, even an empty one, as in the real app's contact list.
    for (const auto& p : world_.contacts)
        if (!find_chat(p.id))
            world_.chats.push_back({p.id, {}, 0});
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

nlohmann::json Phone::screen_params() const
{
    nlohmann::json p = nlohmann::json::object();
    if (!screen().contact.empty())
        p["contact"] = screen().contact;
    if (call_) {
        p["contact"] = call_->contact;
        p["video"] = call_->video;
    }
    return p;
}

const Chat* Phone::find_chat(const std::string& contact) const
{
    const auto it = std::find_if(world_.chats.begin(), world_.chats.end(),
                                 [&](const Chat& c) { return c.with == contact; });
    return it == world_.chats.end() ? nullptr : &*it;
}

Chat& Phone::chat_with(const std::string& contact)
{
    auto it = std::find_if(world_.chats.begin(), world_.chats.end(),
                           [&](const Chat& c) { return c.with == contact; });
    if (it == world_.chats.end()) {
        world_.chats.push_back({contact, {}, 0});
        return world_.chats.back();
    }
    return *it;
}

void Phone::push(Screen s)
{
    input_focused_ = false;
    stack_.push_back(std::move(s));
}

// [SECTION] actions

ActionResult Phone::apply(const Action& action)
{
    switch (action.kind) {
    case ActionKind::Tap: return tap(action.target);
    case ActionKind::LongPress: {
        // Nothing on these screens reacts to a long press yet; it acts like a tap there.
        return tap(action.target);
    }
    case ActionKind::Swipe: return swipe(action);
    case ActionKind::Type: return type_text(action.text);
    case ActionKind::Key: return press_key(action.text);
    case ActionKind::Back: return go_back();
    case ActionKind::Home: return go_home();
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
        r.reason = "\"" + id + "\" is not on the screen (" + screen_id() + ")";
        return r;
    }
    if (!e->tappable) {
        r.reason = "\"" + id + "\" cannot be tapped";
        return r;
    }
    r.accepted = true;
    auto& ev = r.events;
    const std::string prefix_chat_item = "chat.list.item.";
    const std::string prefix_contact = "phone.contact.";

    if (id == "nav.back")
        return go_back();
    if (id == "nav.home")
        return go_home();
    if (id == "lock.unlock") {
        stack_ = {{ScreenKind::Home, {}}};
        ev.push_back({"phone.unlocked", nlohmann::json::object()});
    } else if (id == "home.app.chat") {
        push({ScreenKind::ChatList, {}});
        ev.push_back({"app.opened", {{"app", "chat"}}});
    } else if (id == "home.app.phone") {
        push({ScreenKind::Contacts, {}});
        ev.push_back({"app.opened", {{"app", "phone"}}});
    } else if (id.rfind(prefix_chat_item, 0) == 0) {
        open_chat(id.substr(prefix_chat_item.size()), ev);
    } else if (id == "chat.header.back") {
        return go_back();
    } else if (id == "chat.header.voice_call" || id == "chat.header.video_call") {
        start_call(screen().contact, id == "chat.header.video_call", ev);
    } else if (id == "chat.input") {
        input_focused_ = true;
    } else if (id == "chat.send") {
        send_draft(ev);
    } else if (id.rfind(prefix_contact, 0) == 0 && id.size() > 5 && id.substr(id.size() - 5) == ".call") {
        start_call(id.substr(prefix_contact.size(), id.size() - prefix_contact.size() - 5), false, ev);
    } else if (id == "call.end") {
        end_call("me", ev);
    } else if (id == "call.mute" && call_) {
        call_->muted = !call_->muted;
        ev.push_back({"call.muted", {{"on", call_->muted}}});
    } else if (id == "call.camera" && call_) {
        call_->camera_on = !call_->camera_on;
        ev.push_back({"call.camera", {{"on", call_->camera_on}}});
    } else if (id == "call.switch_camera" && call_) {
        call_->front_camera = !call_->front_camera;
        ev.push_back({"call.camera_switched", {{"front", call_->front_camera}}});
    }
    return r;
}

ActionResult Phone::swipe(const Action& action)
{
    ActionResult r;
    if (screen().kind == ScreenKind::Lock && action.direction == SwipeDirection::Up)
        return tap("lock.unlock");
    // Lists here fit on one screen; a swipe elsewhere moves nothing but is harmless.
    r.accepted = true;
    return r;
}

ActionResult Phone::type_text(const std::string& text)
{
    ActionResult r;
    if (screen().kind != ScreenKind::ChatThread || !input_focused_) {
        r.reason = "no text field is selected; tap one first";
        return r;
    }
    draft_ += text;
    r.accepted = true;
    return r;
}

ActionResult Phone::press_key(const std::string& key)
{
    ActionResult r;
    if (screen().kind != ScreenKind::ChatThread || !input_focused_) {
        r.reason = "no text field is selected; tap one first";
        return r;
    }
    r.accepted = true;
    if (key == "backspace")
        utf8_pop_back(draft_);
    else if (key == "enter")
        send_draft(r.events);
    return r;
}

ActionResult Phone::go_back()
{
    ActionResult r;
    if (call_) {
        r.reason = "a call is on; end it with the red button";
        return r;
    }
    if (stack_.size() <= 1 || screen().kind == ScreenKind::Home) {
        r.reason = "nothing to go back to";
        return r;
    }
    stack_.pop_back();
    input_focused_ = false;
    r.accepted = true;
    return r;
}

ActionResult Phone::go_home()
{
    ActionResult r;
    if (call_) {
        r.reason = "a call is on; end it with the red button";
        return r;
    }
    if (screen().kind == ScreenKind::Lock) {
        r.reason = "the phone is locked";
        return r;
    }
    stack_ = {{ScreenKind::Home, {}}};
    input_focused_ = false;
    r.accepted = true;
    return r;
}

void Phone::open_chat(const std::string& contact, std::vector<Event>& events)
{
    chat_with(contact).unread = 0;
    draft_.clear();
    push({ScreenKind::ChatThread, contact});
    events.push_back({"chat.opened", {{"contact", contact}}});
}

void Phone::start_call(const std::string& contact, bool video, std::vector<Event>& events)
{
    CallState c;
    c.contact = contact;
    c.video = video;
    c.started_ms = clock_.now_ms();
    c.camera_on = video;
    call_ = c;
    push({ScreenKind::CallRinging, contact});
    events.push_back({"call.started", {{"contact", contact}, {"video", video}}});
}

void Phone::end_call(const std::string& by, std::vector<Event>& events)
{
    if (!call_)
        return;
    const CallState c = *call_;
    call_.reset();
    while (stack_.size() > 1 && (screen().kind == ScreenKind::CallRinging ||
                                 screen().kind == ScreenKind::CallActive))
        stack_.pop_back();
    const std::int64_t seconds = c.connected ? (clock_.now_ms() - c.connected_ms) / 1000 : 0;
    ChatMessage record;
    record.from = "me";
    record.time = time_text();
    record.call_record = true;
    record.call_video = c.video;
    const char* kind = c.video ? "Cuộc gọi video" : "Cuộc gọi thoại";
    if (c.connected && seconds >= 60)
        record.text = std::string(kind) + " · " + std::to_string(seconds / 60) + " phút " +
                      std::to_string(seconds % 60) + " giây";
    else if (c.connected)
        record.text = std::string(kind) + " · " + std::to_string(seconds) + " giây";
    else
        record.text = std::string(kind) + " · Không trả lời";
    chat_with(c.contact).messages.push_back(record);
    if (c.connected || by == "me")
        events.push_back({"call.ended", {{"contact", c.contact}, {"video", c.video}, {"by", by}}});
    else
        events.push_back({"call.unanswered", {{"contact", c.contact}, {"video", c.video}}});
}

void Phone::send_draft(std::vector<Event>& events)
{
    if (draft_.empty() || screen().kind != ScreenKind::ChatThread)
        return;
    const std::string contact = screen().contact;
    chat_with(contact).messages.push_back({"me", draft_, time_text(), false});
    events.push_back({"message.sent", {{"to", contact}, {"text", draft_}}});
    draft_.clear();
}

// [SECTION] time

std::vector<Event> Phone::advance(std::int64_t ms)
{
    std::vector<Event> events;
    // Step in small slices so that events scheduled inside a long wait happen in order.
    while (ms > 0) {
        const std::int64_t slice = std::min<std::int64_t>(ms, 100);
        clock_.advance(slice);
        ms -= slice;
        if (!call_)
            continue;
        const Person* p = world_.contact(call_->contact);
        const std::int64_t now = clock_.now_ms();
        if (!call_->connected) {
            if (p && p->answers && now - call_->started_ms >= p->answers_after_s * 1000LL) {
                call_->connected = true;
                call_->connected_ms = now;
                stack_.back() = {ScreenKind::CallActive, call_->contact};
                events.push_back({"call.answered", {{"contact", call_->contact}, {"video", call_->video}}});
            } else if (now - call_->started_ms >= ring_timeout_ms) {
                end_call("them", events);
            }
        } else if (p && p->hangs_up_after_s > 0 && now - call_->connected_ms >= p->hangs_up_after_s * 1000LL) {
            end_call("them", events);
        }
    }
    return events;
}

std::set<std::string> Phone::publishable_ids(const World& world)
{
    std::set<std::string> ids;
    Phone phone(world);
    auto collect = [&] {
        for (const auto& e : phone.elements())
            ids.insert(e.id);
    };
    for (ScreenKind kind : all_screen_kinds()) {
        const bool per_contact = kind == ScreenKind::ChatThread || kind == ScreenKind::CallRinging ||
                                 kind == ScreenKind::CallActive;
        if (!per_contact) {
            phone.stack_ = {{kind, {}}};
            phone.call_.reset();
            collect();
            continue;
        }
        for (const auto& p : world.contacts) {
            for (bool video : {false, true}) {
                phone.stack_ = {{kind, p.id}};
                phone.call_.reset();
                if (kind != ScreenKind::ChatThread) {
                    CallState c;
                    c.contact = p.id;
                    c.video = video;
                    c.connected = kind == ScreenKind::CallActive;
                    phone.call_ = c;
                }
                collect();
            }
        }
    }
    return ids;
}

} // namespace luyenso
