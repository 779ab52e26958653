// Small definitions shared by the phone's data types: the world, elements, actions, events.
#include "phone/action.h"
#include "phone/element.h"
#include "phone/event.h"
#include "phone/world.h"

#include <algorithm>

namespace luyenso {

const Person* World::contact(const std::string& id) const
{
    const auto it = std::find_if(contacts.begin(), contacts.end(), [&](const Person& p) { return p.id == id; });
    return it == contacts.end() ? nullptr : &*it;
}

const Chat* World::chat(const std::string& key) const
{
    const auto it = std::find_if(chats.begin(), chats.end(), [&](const Chat& c) { return c.key() == key; });
    return it == chats.end() ? nullptr : &*it;
}

Chat* World::chat(const std::string& key)
{
    const auto it = std::find_if(chats.begin(), chats.end(), [&](const Chat& c) { return c.key() == key; });
    return it == chats.end() ? nullptr : &*it;
}

const Element* find_element(const ElementTree& tree, const std::string& id)
{
    const auto it = std::find_if(tree.begin(), tree.end(), [&](const Element& e) { return e.id == id; });
    return it == tree.end() ? nullptr : &*it;
}

const Element* hit_test(const ElementTree& tree, float x_dp, float y_dp)
{
    // Later elements are drawn on top, so search from the end.
    for (auto it = tree.rbegin(); it != tree.rend(); ++it)
        if (it->tappable && it->bounds.contains(x_dp, y_dp))
            return &*it;
    return nullptr;
}

// [SECTION] actions

const char* direction_name(SwipeDirection d)
{
    switch (d) {
    case SwipeDirection::Up: return "up";
    case SwipeDirection::Down: return "down";
    case SwipeDirection::Left: return "left";
    case SwipeDirection::Right: return "right";
    }
    return "up";
}

nlohmann::json Action::to_json() const
{
    switch (kind) {
    case ActionKind::Tap: return {{"tap", target}};
    case ActionKind::LongPress: return {{"long_press", target}};
    case ActionKind::Swipe: {
        nlohmann::json j = {{"swipe", direction_name(direction)}};
        if (!target.empty())
            j["on"] = target;
        return j;
    }
    case ActionKind::Type: return {{"type", text}};
    case ActionKind::Key: return {{"key", text}};
    case ActionKind::Back: return {{"back", true}};
    case ActionKind::Home: return {{"home", true}};
    case ActionKind::Wait: return {{"wait", static_cast<double>(wait_ms) / 1000.0}};
    case ActionKind::Press: return {{"press", target}};
    case ActionKind::Release:
        if (text == "slid")
            return {{"release", direction_name(direction)}};
        return {{"release", true}};
    }
    return {};
}

std::string Action::describe() const
{
    // A swipe's JSON has two keys, and nlohmann sorts "on" before "swipe": name it here.
    if (kind == ActionKind::Swipe)
        return std::string("swipe ") + direction_name(direction) + (target.empty() ? "" : " on " + target);
    const nlohmann::json j = to_json();
    // Not `*j.items().begin()`: that is a reference into a temporary iterator (dangling).
    const auto it = j.begin();
    std::string out = it.key();
    const nlohmann::json& value = it.value();
    if (!value.is_boolean())
        out += " " + (value.is_string() ? value.get<std::string>() : value.dump());
    return out;
}

std::optional<Action> action_from_json(const nlohmann::json& j, std::string& error)
{
    error.clear(); // some checks below only fill it when it is still empty
    if (!j.is_object() || j.empty()) {
        error = "an action is an object such as {\"tap\": \"home.app.chat\"}";
        return std::nullopt;
    }
    auto string_of = [&](const char* key) -> std::optional<std::string> {
        const auto& v = j.at(key);
        if (!v.is_string() || v.get<std::string>().empty()) {
            error = std::string("\"") + key + "\" needs a non-empty text value";
            return std::nullopt;
        }
        return v.get<std::string>();
    };
    auto only = [&](std::initializer_list<const char*> allowed) {
        for (const auto& [k, v] : j.items()) {
            if (std::none_of(allowed.begin(), allowed.end(), [&key = k](const char* a) { return key == a; })) {
                error = "unexpected \"" + k + "\" in an action";
                return false;
            }
        }
        return true;
    };
    if (j.contains("tap")) {
        auto id = string_of("tap");
        if (!id || !only({"tap"}))
            return std::nullopt;
        return Action::tap(*id);
    }
    if (j.contains("long_press")) {
        auto id = string_of("long_press");
        if (!id || !only({"long_press"}))
            return std::nullopt;
        return Action::long_press(*id);
    }
    if (j.contains("swipe")) {
        auto dir = string_of("swipe");
        if (!dir || !only({"swipe", "on"}))
            return std::nullopt;
        static constexpr std::pair<const char*, SwipeDirection> names[] = {{"up", SwipeDirection::Up},
                                                                           {"down", SwipeDirection::Down},
                                                                           {"left", SwipeDirection::Left},
                                                                           {"right", SwipeDirection::Right}};
        const auto it = std::find_if(std::begin(names), std::end(names),
                                     [&](const auto& n) { return *dir == n.first; });
        if (it == std::end(names)) {
            error = "\"swipe\" must be \"up\", \"down\", \"left\" or \"right\"";
            return std::nullopt;
        }
        std::string on;
        if (j.contains("on")) {
            auto id = string_of("on");
            if (!id)
                return std::nullopt;
            on = *id;
        }
        return Action::swipe(it->second, on);
    }
    if (j.contains("type")) {
        if (!j.at("type").is_string() || !only({"type"})) {
            if (error.empty())
                error = "\"type\" needs the text to type";
            return std::nullopt;
        }
        return Action::type(j.at("type").get<std::string>());
    }
    if (j.contains("key")) {
        auto name = string_of("key");
        if (!name || !only({"key"}))
            return std::nullopt;
        if (*name != "backspace" && *name != "enter") {
            error = "\"key\" must be \"backspace\" or \"enter\"";
            return std::nullopt;
        }
        return Action::key(*name);
    }
    if (j.contains("back") || j.contains("home")) {
        const char* k = j.contains("back") ? "back" : "home";
        if (!only({k}))
            return std::nullopt;
        if (j.at(k) != true) {
            error = std::string("write {\"") + k + "\": true}";
            return std::nullopt;
        }
        return j.contains("back") ? Action::back() : Action::home();
    }
    if (j.contains("press")) {
        auto id = string_of("press");
        if (!id || !only({"press"}))
            return std::nullopt;
        return Action::press(*id);
    }
    if (j.contains("release")) {
        if (!only({"release"}))
            return std::nullopt;
        const auto& v = j.at("release");
        if (v == true)
            return Action::release();
        static constexpr std::pair<const char*, SwipeDirection> slides[] = {{"up", SwipeDirection::Up},
                                                                            {"down", SwipeDirection::Down},
                                                                            {"left", SwipeDirection::Left},
                                                                            {"right", SwipeDirection::Right}};
        for (const auto& [name, dir] : slides)
            if (v == name)
                return Action::release(dir);
        error = "\"release\" is true, or the way the finger slid: \"left\", \"right\", \"up\" or \"down\"";
        return std::nullopt;
    }
    if (j.contains("wait")) {
        const auto& v = j.at("wait");
        if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 3600 || !only({"wait"})) {
            if (error.empty())
                error = "\"wait\" needs a number of seconds between 0 and 3600";
            return std::nullopt;
        }
        return Action::wait(static_cast<std::int64_t>(v.get<double>() * 1000.0 + 0.5));
    }
    error = "unknown action \"" + j.items().begin().key() +
            "\"; use tap, long_press, swipe, type, key, back, home, wait, press or release";
    return std::nullopt;
}

// [SECTION] events

std::string Event::describe() const
{
    std::string out = name;
    if (!fields.empty()) {
        out += " {";
        bool first = true;
        for (const auto& [k, v] : fields.items()) {
            out += (first ? "" : ", ") + k + ": " + (v.is_string() ? v.get<std::string>() : v.dump());
            first = false;
        }
        out += "}";
    }
    return out;
}

const std::vector<EventSpec>& event_catalogue()
{
    static const std::vector<EventSpec> catalogue = {
        {"phone.unlocked", {}, "the lock screen was opened"},
        {"field.focused", {"field"}, "the learner tapped a text field (field: its element id); the keyboard shows"},
        {"text.changed",
         {"field", "text", "length"},
         "a key changed what a field holds (text: all of it as composed, \"Chào\"; never told for a secret)"},
        {"text.entered",
         {"field", "text", "length"},
         "the learner left a field or sent it (Enter, a button, another field): text is what it holds then, as the "
         "value to check (500000, not 500000 on the way to 5000000); never told for a secret"},
        {"screen.scrolled",
         {"view", "direction"},
         "a swipe scrolled a list or a long page (view: the screen's name; direction: up shows what is below)"},
        {"message.held", {"chat", "message"}, "a long press on a message (message: its number); the reactions show"},
        {"message.reacted",
         {"chat", "message", "reaction"},
         "the learner reacted to a message (reaction: heart, ok, smile, thanks)"},
        {"app.opened", {"app"}, "an app was opened from the home screen (app: chat, phone, ...)"},
        {"chat.opened", {"contact"}, "a chat was opened (contact: a contact or group id)"},
        {"message.sent",
         {"to", "kind", "text", "media", "seconds"},
         "the learner sent a message (kind: text, photo, voice, sticker)"},
        {"message.received", {"from", "chat"}, "a message arrived (from the world's timeline)"},
        {"message.blocked",
         {"from", "reason"},
         "a message did not arrive (reason: strangers, the privacy setting; blocked, the learner blocked the contact)"},
        {"chat.reply_chosen",
         {"chat", "turn", "choice", "typed"},
         "the learner answered a scripted chat (choice: the suggested reply's id; typed: true, choice empty, for a "
         "typed message)"},
        {"chat.menu_opened", {"contact"}, "the learner opened a chat's menu (Báo cáo, Chặn)"},
        {"chat.contact_reported",
         {"contact", "reason"},
         "the learner reported a contact from the chat's menu (reason: scam, hacked, spam, other)"},
        {"chat.contact_blocked", {"contact"}, "the learner blocked a contact: their messages no longer arrive"},
        {"chat.contact_unblocked", {"contact"}, "the learner unblocked a contact"},
        {"voice.recording", {}, "the learner started holding the microphone"},
        {"voice.cancelled", {}, "the learner slid away to cancel a voice message"},
        {"voice.too_short", {}, "the microphone was tapped or held too briefly"},
        {"group.created", {"name", "members"}, "the learner created a group"},
        {"photo.picked", {"photo"}, "a photo was chosen in the gallery (photo: its id)"},
        {"setting.changed",
         {"setting", "on", "value"},
         "a setting was changed (setting: messages_from_strangers {on}; text_size, input_method, tone_style {value})"},
        {"call.started", {"contact", "video"}, "the learner started a call; it rings"},
        {"call.answered", {"contact", "video"}, "the other person picked up"},
        {"call.unanswered", {"contact", "video"}, "nobody picked up; the call stopped ringing"},
        {"call.incoming", {"contact", "video"}, "someone is calling the learner"},
        {"call.accepted", {"contact", "video"}, "the learner answered an incoming call"},
        {"call.declined", {"contact", "video"}, "the learner declined an incoming call"},
        {"call.missed", {"contact", "video"}, "an incoming call rang out unanswered"},
        {"call.ended", {"contact", "video", "by"}, "a call ended (by: me or them)"},
        {"call.muted", {"on"}, "the microphone was muted (on: true) or unmuted"},
        {"call.camera", {"on"}, "the camera was turned on or off"},
        {"call.camera_switched", {"front"}, "the camera was switched front/back"},
        {"bank.logged_in", {}, "the learner logged in to the bank app with the right PIN"},
        {"bank.login_failed", {"attempts"}, "a wrong PIN at the bank app's login (attempts: how many so far)"},
        {"qr.scanned",
         {"scene", "recipient", "account", "amount", "dynamic"},
         "a VietQR code was scanned (amount: 0 when the QR has none; dynamic: the amount is fixed)"},
        {"qr.invalid", {"scene", "reason"}, "a scanned QR was refused (reason: checksum or not_vietqr)"},
        {"payment.completed",
         {"kind", "recipient", "account", "amount", "bank"},
         "money left the account (kind: qr, transfer, bill; bank: the recipient's bank, empty for a bill)"},
        {"payment.confirming",
         {"kind", "recipient", "account", "amount", "bank"},
         "the confirmation screen shows a payment (amount in đồng): a wrong amount or recipient can be caught here"},
        {"payment.cancelled", {"kind", "recipient"}, "the learner cancelled a payment on its confirmation screen"},
        {"payment.recipient_mismatch",
         {"shop", "recipient"},
         "a QR payment went to a name that differs from the shop's sign or owner (a swapped sticker)"},
        {"bank.bank_chosen",
         {"bank", "bin"},
         "the learner chose the recipient's bank for a transfer to a typed account"},
        {"bank.account_found",
         {"bank", "bin", "account", "holder", "reported"},
         "a typed account number was found: the bank shows its holder (reported: on the fraud list)"},
        {"bank.account_not_found",
         {"bank", "bin", "account"},
         "no account of the lesson's world has the typed number at that bank (\"Không tìm thấy tài khoản\")"},
        {"bank.fraud_warning",
         {"bank", "bin", "account", "holder"},
         "the bank warned that the account was reported for fraud"},
        {"bank.fraud_warning_stopped",
         {"bank", "bin", "account", "holder"},
         "the learner stopped at the fraud warning (\"Dừng giao dịch\")"},
        {"bank.fraud_warning_ignored",
         {"bank", "bin", "account", "holder"},
         "the learner went on past the fraud warning (\"Tôi vẫn muốn chuyển\")"},
        {"bank.recipient_saved",
         {"bank", "bin", "account", "holder"},
         "a typed transfer's recipient was saved (\"Lưu người nhận\"): listed in \"Chuyển tiền\" from then on"},
        {"bill.found", {"service", "code"}, "a bill was found by its customer code (service: electricity, water)"},
        {"bill.not_found", {"service", "code"}, "no bill has the customer code the learner typed"},
        {"pin.wrong", {"kind", "attempts"}, "a wrong code approving a payment (kind: pin or otp)"},
        {"sms.received",
         {"from", "otp", "link"},
         "an SMS arrived (from: its thread; otp, link: whether it holds a code, a link)"},
        {"sms.opened", {"from"}, "the learner opened the SMS thread of a sender"},
        {"sms.sent", {"to", "text"}, "the learner replied by SMS"},
        {"otp.sent",
         {"service", "to"},
         "a service sent an OTP by SMS; it arrives a few seconds later (service: eid, bank, ...)"},
        {"otp.shared",
         {"via", "service", "expired", "to", "page", "contact"},
         "the learner gave away an OTP (via: chat, sms, web or call; expired: the code was no longer valid)"},
        {"link.opened", {"url", "page", "from"}, "the learner tapped a link in an SMS (page: the page it opened)"},
        {"page.opened", {"page", "url"}, "the learner opened a page by typing its address"},
        {"page.submitted", {"page", "fake"}, "the learner sent a page's form"},
        {"app.screen_opened",
         {"app", "app_screen"},
         "a screen of an app declared as data opened (app, app_screen: their ids)"},
        {"app.button_pressed",
         {"app", "app_screen", "button"},
         "the learner pressed a button of an app declared as data"},
        {"app.field_entered",
         {"app", "app_screen", "field", "value"},
         "a field of an app declared as data was sent with its screen's form, its value right (one event per field)"},
        {"app.form_submitted",
         {"app", "app_screen"},
         "a screen's fields were all right and were sent (values: every field's value, by its id)"},
        {"app.otp_entered",
         {"app", "app_screen", "right"},
         "the learner typed a code into an app's OTP prompt and sent it"},
        {"app.pin_entered",
         {"app", "app_screen", "right"},
         "the learner typed a PIN into an app's PIN prompt and sent it"},
        {"app.payment_made",
         {"app", "app_screen", "amount", "recipient", "source"},
         "an app declared as data paid (source: \"wallet\", its own balance, or \"bank\", the bank app's account)"},
        {"app.pin_shared",
         {"app", "via"},
         "the learner typed an app's PIN somewhere else than its own PIN prompt (via: \"web\", \"chat\", \"sms\")"},
        {"page.closed", {"page"}, "the learner closed a page (its X or back)"},
        {"password.entered_fake", {"page"}, "the learner typed a password into a fake page and sent it"},
        {"eid.step_done",
         {"step"},
         "an e-ID activation step passed (step: request, otp, password, passcode, questions)"},
        {"eid.rejected",
         {"screen", "reason"},
         "the e-ID app refused what was typed (reason: id_length, phone_length, id_unknown, phone_mismatch, "
         "already_activated, otp_length, otp_wrong, otp_expired, password_rules, password_mismatch, passcode_length, "
         "passcode_mismatch, questions_missing, not_activated, login_failed, passcode_wrong)"},
        {"eid.field_done",
         {"field", "complete"},
         "\"Xong\" was pressed in an e-ID field (field: id_number, phone, otp, password, password_confirm, passcode, "
         "passcode_confirm, answer_1, answer_2, login_id, login_password, unlock; complete: it has all its digits)"},
        {"eid.question_chosen", {"slot", "question"}, "a security question was chosen (slot: 1 or 2; question: 1-6)"},
        {"eid.activated", {}, "the e-ID account was activated"},
        {"eid.logged_in", {}, "the learner logged in to the e-ID app"},
        {"eid.logged_out", {}, "the learner logged out of the e-ID app"},
        {"eid.unlocked", {"feature"}, "the passcode opened a feature (feature: wallet, health)"},
        {"eid.card_opened", {"card"}, "a card in the wallet was opened (card: cccd, bhyt)"},
        {"call.choice", {"contact", "choice"}, "the learner picked a reply during a scripted call (choice: its id)"},
    };
    return catalogue;
}

const EventSpec* find_event_spec(const std::string& name)
{
    const auto& c = event_catalogue();
    const auto it = std::find_if(c.begin(), c.end(), [&](const EventSpec& s) { return name == s.name; });
    return it == c.end() ? nullptr : &*it;
}

} // namespace luyenso
