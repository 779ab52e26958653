#include "phone/data_app.h"
#include "text/digits.h"

#include "phone/bank_app.h"
#include "phone/form_layout.h"
#include "text/utf8.h"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace luyenso {

namespace {
// A "history" shows at most this many of the lesson's own payments (element ids are fixed).
constexpr std::size_t max_history_paid = 5;

// "15/12/2024": a day, a month and a year that exist.
bool is_date(const std::string& s)
{
    if (s.size() != 10 || s[2] != '/' || s[5] != '/')
        return false;
    const std::string d = s.substr(0, 2);
    const std::string m = s.substr(3, 2);
    const std::string y = s.substr(6, 4);
    if (!is_digits(d) || !is_digits(m) || !is_digits(y))
        return false;
    const std::chrono::year_month_day date{std::chrono::year{std::stoi(y)},
                                           std::chrono::month{static_cast<unsigned>(std::stoi(m))},
                                           std::chrono::day{static_cast<unsigned>(std::stoi(d))}};
    return date.ok() && date.year() >= std::chrono::year{1900};
}

void replace_all(std::string& text, const std::string& what, const std::string& with)
{
    for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + with.size()))
        text.replace(pos, what.size(), with);
}
} // namespace

// [SECTION] the declaration

const AppScreen* DataAppSpec::screen(const std::string& screen_id) const
{
    const auto it = std::find_if(screens.begin(), screens.end(), [&](const AppScreen& s) { return s.id == screen_id; });
    return it == screens.end() ? nullptr : &*it;
}

const std::vector<std::string>& data_app_pictograms()
{
    static const std::vector<std::string> keys = {"shield", "building", "wallet", "document", "heart", "bolt", "sim"};
    return keys;
}

std::string DataApp::screen_name(const std::string& app, const std::string& screen)
{
    return "app." + app + "." + screen;
}

DataApp::DataApp(Phone& phone, std::size_t index) : PhoneApp(phone), index_(index)
{
}

const DataAppSpec& DataApp::spec() const
{
    return phone_.world().apps.at(index_);
}

AppIcon DataApp::icon() const
{
    const DataAppSpec& a = spec();
    return {a.id, a.name, "pictogram:" + a.icon,
            a.screens.empty() ? prefix() + "start" : screen_name(a.id, a.screens.front().id)};
}

std::string DataApp::prefix() const
{
    return "app." + spec().id + ".";
}

std::string DataApp::element_id(const AppScreen& screen, const AppComponent& c) const
{
    return screen_name(spec().id, screen.id) + "." + c.id;
}

std::vector<Screen> DataApp::all_screens() const
{
    std::vector<Screen> screens;
    for (const AppScreen& s : spec().screens)
        screens.push_back({screen_name(spec().id, s.id), {}});
    return screens;
}

std::vector<std::string> DataApp::extra_ids() const
{
    // Ids that show only in some states: a field's complaint, a status after a step.
    std::vector<std::string> ids = unscrolled_ids(*this);
    for (const AppScreen& s : spec().screens) {
        ids.push_back(screen_name(spec().id, s.id) + ".more");
        for (const AppComponent& c : s.components) {
            const std::string id = element_id(s, c);
            ids.push_back(id);
            if (c.kind == "field" || c.kind == "otp" || c.kind == "pin" || c.kind == "payment")
                ids.push_back(id + ".error");
            for (const auto& item : c.items)
                ids.push_back(id + "." + item.id);
            for (const auto& choice : c.choices)
                ids.push_back(id + "." + choice.id);
            for (std::size_t i = 0; i < c.rows.size() + std::max<std::size_t>(4, max_history_paid); ++i)
                ids.push_back(id + "." + std::to_string(i + 1));
        }
    }
    return ids;
}

// "{amount}", "{recipient}", "{code}", "{balance}", "{bank_balance}" and "{FIELD}" (what
// the learner sent in field FIELD; a choice's label) in a declared text.
std::string DataApp::fill(const std::string& text) const
{
    if (text.find('{') == std::string::npos)
        return text;
    std::string out = text;
    replace_all(out, "{amount}", BankApp::format_amount(last_amount_));
    replace_all(out, "{recipient}", last_recipient_);
    replace_all(out, "{code}", last_code_);
    replace_all(out, "{balance}", BankApp::format_amount(spec().balance));
    replace_all(out, "{bank_balance}", BankApp::format_amount(phone_.world().bank.balance));
    for (const auto& [id, value] : values_) {
        std::string shown = value; // a choice shows its option's label
        if (const AppComponent* choice = spec().choice_field(id))
            for (const AppComponent::Choice& option : choice->choices)
                if (option.id == value)
                    shown = option.label;
        replace_all(out, "{" + id + "}", shown);
    }
    return out;
}

bool DataApp::shown(const AppComponent& c) const
{
    if (!c.after.empty() && !reached_.count(c.after))
        return false;
    return c.before.empty() || !reached_.count(c.before);
}

const AppComponent* DataAppSpec::choice_field(const std::string& component_id) const
{
    for (const AppScreen& s : screens)
        for (const AppComponent& c : s.components)
            if (c.kind == "field" && c.field == "choice" && c.id == component_id)
                return &c;
    return nullptr;
}

// [SECTION] layout

void DataApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const DataAppSpec& a = spec();
    const std::string screen_id = s.name.substr(prefix().size());
    const AppScreen* screen = a.screen(screen_id);
    const std::string base = s.name + ".";
    tree.push_back(make_background(base + "background"));
    Element header = make_header(base + "header", screen ? screen->title : a.name, Tone::Primary);
    header.colour = a.colour;
    tree.push_back(header);
    Element back = make_header_back(base + "header.back", Tone::Primary);
    back.colour = a.colour;
    tree.push_back(back);
    Column col(area, status_bar_dp + 64, phone_.text_scale());
    if (!screen) {
        col.finish(tree, 0, {}, {});
        return;
    }
    for (const AppComponent& c : screen->components) {
        if (!shown(c))
            continue;
        const std::string id = element_id(*screen, c);
        if (c.kind == "text") {
            col.add_text(id, fill(c.text), 22);
        } else if (c.kind == "picture") {
            Element pic = make_element(id, Role::Image, {}, fill(c.text));
            pic.icon = "pictogram:" + c.picture;
            pic.colour = a.colour;
            pic.text_dp = 22;
            col.add(pic, 96 + (c.text.empty() ? 0 : col.text_h(c.text, 22, col.width())));
        } else if (c.kind == "list") {
            if (!c.text.empty())
                col.add_text(id, fill(c.text), 24);
            for (const auto& item : c.items) {
                Element row = make_element(id + "." + item.id, Role::ListItem, {}, fill(item.label));
                row.detail = fill(item.detail);
                row.icon = "pictogram:" + a.icon;
                row.tappable = true;
                row.text_dp = 22;
                const float h = col.text_h(row.label, 22, col.width() - 40) +
                                (row.detail.empty() ? 0 : col.text_h(row.detail, 18, col.width() - 40)) + 24;
                col.add(row, std::max(72.0F, h), 8);
            }
        } else if (c.kind == "card" || c.kind == "receipt" || c.kind == "payment" || c.kind == "history") {
            std::vector<AppComponent::Row> rows = c.rows;
            if (c.kind == "history") {
                const std::size_t shown_paid = std::min(a.paid.size(), max_history_paid);
                rows.insert(rows.begin(), a.paid.begin(), a.paid.begin() + static_cast<std::ptrdiff_t>(shown_paid));
                if (rows.empty())
                    rows.push_back({"Chưa có giao dịch nào", " "});
            }
            std::string title = fill(c.text);
            if (c.kind == "payment") {
                rows.insert(rows.begin(), {{"Số tiền", BankApp::format_amount(amount_of(c))},
                                           {"Người nhận", c.recipient},
                                           {"Nội dung", c.note},
                                           {"Trả từ", c.source == "bank"           ? phone_.world().bank.bank_name
                                                      : a.name.rfind("Ví", 0) == 0 ? a.name
                                                                                   : "Ví " + a.name}});
                rows.push_back({"Số dư hiện có",
                                BankApp::format_amount(c.source == "bank" ? phone_.world().bank.balance : a.balance)});
                if (title.empty())
                    title = "Xác nhận thanh toán";
            } else if (c.kind == "receipt") {
                rows.insert(rows.begin(),
                            {{"Số tiền", "{amount}"}, {"Người nhận", "{recipient}"}, {"Mã giao dịch", "{code}"}});
                if (title.empty())
                    title = "Giao dịch thành công";
            }
            if (!title.empty()) {
                Element& t = col.add_text(id, title, 24);
                if (c.kind == "receipt")
                    t.tone = Tone::Success;
            }
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (rows[i].value.empty())
                    continue;
                // The label at the left, the value at the right of one row (both wrap).
                const std::string rid = id + "." + std::to_string(i + 1);
                const float label_w = col.width() * 0.42F;
                const float value_w = col.width() - label_w - 8;
                const std::string label = fill(rows[i].label);
                const std::string value = fill(rows[i].value);
                Element l = make_text(rid + ".label", {Column::margin, 0, label_w, 0}, label, 19);
                l.tone = Tone::Subtle;
                Element v = make_text(rid, {Column::margin + label_w + 8, 0, value_w, 0}, value, 21);
                // The painter keeps 8 dp free at each side of a text: measure as it wraps.
                col.add_row({l, v}, std::max(col.text_h(label, 19, label_w - 16), col.text_h(value, 21, value_w - 16)),
                            6);
            }
            if (const auto err = errors_.find(id); err != errors_.end()) // a payment that could not be made
                col.add_text(id + ".error", err->second, 21).tone = Tone::Danger;
        } else if (c.kind == "field" || c.kind == "otp" || c.kind == "pin") {
            std::string label = fill(c.label);
            if (label.empty())
                label = c.kind == "otp" ? "Nhập mã OTP vừa gửi đến điện thoại của bác" : "Nhập mã PIN của ví";
            col.add_text(id + ".label", label, 22, 4);
            if (c.kind == "field" && c.field == "choice") {
                const auto chosen = choices_.find(id);
                for (const auto& choice : c.choices) {
                    const bool on = chosen != choices_.end() && chosen->second == choice.id;
                    Element b = make_button(id + "." + choice.id, {}, choice.label, on ? "check" : "",
                                            on ? Tone::Primary : Tone::Subtle);
                    b.filled = true;
                    b.active = on;
                    b.colour = on ? a.colour : std::string{};
                    b.text_dp = 22;
                    col.add(b, std::max(60.0F, col.text_h(choice.label, 22, col.width() - 60) + 18), 8);
                }
            } else {
                Element f = make_field(id, {}, phone_.field_text(id), fill(c.placeholder),
                                       phone_.focused_field() == id);
                f.numeric = c.kind != "field" || c.field == "number";
                f.secret = c.kind == "pin";
                f.max_length = c.kind == "pin"     ? static_cast<int>(std::max<std::size_t>(a.pin.size(), 4))
                               : c.kind == "otp"   ? static_cast<int>(std::max<std::size_t>(c.code.size(), 6))
                               : c.field == "date" ? 10
                                                   : c.max_length;
                col.add(f, std::max(60.0F, col.line_h(23) + 16));
            }
            if (const auto err = errors_.find(id); err != errors_.end())
                col.add_text(id + ".error", err->second, 21).tone = Tone::Danger;
        } else if (c.kind == "button") {
            const Tone tone = c.style == "danger" ? Tone::Danger : c.style == "plain" ? Tone::Subtle : Tone::Primary;
            Element b = make_button(id, {}, fill(c.text), "", tone);
            b.filled = true;
            if (c.style == "primary")
                b.colour = a.colour;
            b.text_dp = 23;
            col.add(b, std::max(60.0F, col.text_h(b.label, 23, col.width() - 24) + 18));
        }
    }
    max_scroll_ = col.finish(tree, scroll_, phone_.focused_field(), base + "more");
    page_ = col.page();
}

// [SECTION] behaviour

void DataApp::opened(std::vector<Event>& events)
{
    // From the home screen the app starts afresh at its first screen.
    errors_.clear();
    choices_.clear();
    scroll_ = 0;
    if (!spec().screens.empty()) {
        reached_.insert(spec().screens.front().id);
        events.push_back({"app.screen_opened", {{"app", spec().id}, {"app_screen", spec().screens.front().id}}});
    }
}

void DataApp::open(const std::string& screen_id, std::vector<Event>& events)
{
    const AppScreen* screen = spec().screen(screen_id);
    if (!screen)
        return;
    errors_.clear();
    scroll_ = 0;
    reached_.insert(screen_id);
    for (const AppComponent& c : screen->components)
        if (c.kind == "field" || c.kind == "otp" || c.kind == "pin")
            phone_.clear_field(element_id(*screen, c));
    phone_.unfocus();
    phone_.push({screen_name(spec().id, screen_id), {}});
    events.push_back({"app.screen_opened", {{"app", spec().id}, {"app_screen", screen_id}}});
    for (const AppComponent& c : screen->components) {
        if (c.kind != "otp")
            continue;
        // The app's sender texts a code, as a real service does: the learner reads it in
        // Messages (or the banner) and types it here.
        const std::string code = phone_.issue_otp(spec().id, c.code, 300'000);
        std::string text = c.sms;
        replace_all(text, "{otp}", code);
        const std::string from = spec().sender;
        phone_.schedule(phone_.clock().now_ms() + 3000,
                        [this, from, text](std::vector<Event>& later) { phone_.deliver_sms(from, text, later); });
        events.push_back({"otp.sent", {{"service", spec().id}, {"to", "me"}}});
    }
}

std::int64_t DataApp::amount_of(const AppComponent& payment) const
{
    if (payment.amount_from.empty())
        return payment.amount;
    const AppComponent* from = spec().choice_field(payment.amount_from);
    const auto chosen = values_.find(payment.amount_from);
    if (!from || chosen == values_.end())
        return 0;
    for (const AppComponent::Choice& ch : from->choices)
        if (ch.id == chosen->second)
            return ch.amount;
    return 0;
}

std::string DataApp::field_error(const AppComponent& c, const std::string& value) const
{
    const std::string wrong = c.message.empty() ? "Thông tin chưa đúng. Bác kiểm tra lại." : c.message;
    if (value.empty())
        return c.required || c.kind != "field" ? wrong : std::string{};
    if (c.kind == "otp")
        return value == c.code ? std::string{} : wrong;
    if (c.kind == "pin")
        return value == spec().pin ? std::string{} : wrong;
    if (c.field == "number" && !is_digits(value))
        return wrong;
    if (c.field == "date" && !is_date(value))
        return wrong;
    const std::size_t n = utf8_length(value);
    if (n < static_cast<std::size_t>(c.min_length) || n > static_cast<std::size_t>(c.max_length))
        return wrong;
    if (!c.expect.empty() && value != c.expect)
        return wrong;
    return {};
}

bool DataApp::check_screen(const AppScreen& screen, std::vector<Event>& events)
{
    errors_.clear();
    nlohmann::json values = nlohmann::json::object();
    for (const AppComponent& c : screen.components) {
        if (!shown(c) || (c.kind != "field" && c.kind != "otp" && c.kind != "pin"))
            continue;
        const std::string id = element_id(screen, c);
        std::string value;
        if (c.field == "choice") {
            const auto it = choices_.find(id);
            value = it == choices_.end() ? std::string{} : it->second;
        } else {
            value = phone_.field_text(id);
        }
        const std::string err = field_error(c, value);
        if (c.kind == "otp" || c.kind == "pin") {
            if (!value.empty())
                events.push_back({"app." + c.kind + "_entered",
                                  {{"app", spec().id}, {"app_screen", screen.id}, {"right", err.empty()}}});
        } else {
            values[c.id] = value;
        }
        if (!err.empty())
            errors_[id] = err;
    }
    if (!errors_.empty())
        return false;
    if (!values.empty()) {
        for (const auto& [field, value] : values.items()) {
            values_[field] = value.get<std::string>();
            events.push_back({"app.field_entered",
                              {{"app", spec().id}, {"app_screen", screen.id}, {"field", field}, {"value", value}}});
        }
        events.push_back({"app.form_submitted", {{"app", spec().id}, {"app_screen", screen.id}, {"values", values}}});
    }
    return true;
}

void DataApp::press_button(const AppScreen& screen, const AppComponent& button, std::vector<Event>& events)
{
    events.push_back({"app.button_pressed", {{"app", spec().id}, {"app_screen", screen.id}, {"button", button.id}}});
    if (!check_screen(screen, events))
        return;
    for (const AppComponent& c : screen.components) {
        if (c.kind != "payment" || !shown(c))
            continue;
        DataAppSpec& a = phone_.world_mut().apps.at(index_);
        std::int64_t& balance = c.source == "bank" ? phone_.world_mut().bank.balance : a.balance;
        const std::int64_t amount = amount_of(c);
        if (amount <= 0) {
            errors_[element_id(screen, c)] = "Bác chưa chọn số tiền. Bác quay lại chọn rồi làm tiếp.";
            return;
        }
        if (balance < amount) {
            errors_[element_id(screen, c)] = "Số dư không đủ để thanh toán.";
            return;
        }
        balance -= amount;
        last_amount_ = amount;
        last_recipient_ = fill(c.recipient);
        last_code_ = "GD" + std::to_string(100000 + (phone_.clock().now_ms() / 1000) % 900000);
        a.paid.insert(a.paid.begin(), {"Hôm nay " + phone_.time_text() + " · " + last_recipient_,
                                       "- " + BankApp::format_amount(amount)});
        if (c.source == "bank") {
            BankTransaction t;
            t.name = last_recipient_;
            t.amount = amount;
            t.time = "Hôm nay " + phone_.time_text();
            t.note = fill(c.note);
            t.kind = "bill";
            t.code = last_code_;
            phone_.world_mut().bank.history.push_back(t);
        }
        events.push_back({"app.payment_made",
                          {{"app", spec().id},
                           {"app_screen", screen.id},
                           {"amount", amount},
                           {"recipient", last_recipient_},
                           {"source", c.source}}});
    }
    if (!button.to.empty())
        open(button.to, events);
}

bool DataApp::tap(const Screen& s, const Element& e, std::vector<Event>& events)
{
    const std::string base = s.name + ".";
    if (e.id == base + "header.back") {
        phone_.pop();
        return true;
    }
    const AppScreen* screen = spec().screen(s.name.substr(prefix().size()));
    if (!screen)
        return false;
    for (const AppComponent& c : screen->components) {
        const std::string id = element_id(*screen, c);
        if (c.kind == "button" && e.id == id) {
            press_button(*screen, c, events);
            return true;
        }
        for (const auto& item : c.items)
            if (e.id == id + "." + item.id) {
                open(item.to, events);
                return true;
            }
        for (const auto& choice : c.choices)
            if (e.id == id + "." + choice.id) {
                choices_[id] = choice.id;
                errors_.erase(id);
                return true;
            }
    }
    return false;
}

void DataApp::submit(const Screen& s, const std::string& field, std::vector<Event>& events)
{
    // Enter goes to the next field; in the last one it presses the screen's first button.
    const AppScreen* screen = spec().screen(s.name.substr(prefix().size()));
    if (!screen)
        return;
    bool after = false;
    for (const AppComponent& c : screen->components) {
        if (!shown(c))
            continue;
        const std::string id = element_id(*screen, c);
        if (after && (c.kind == "otp" || c.kind == "pin" || (c.kind == "field" && c.field != "choice"))) {
            phone_.focus(id);
            return;
        }
        if (after && c.kind == "button") {
            press_button(*screen, c, events);
            return;
        }
        if (id == field)
            after = true;
    }
    phone_.unfocus();
}

bool DataApp::swipe(const Screen& /*s*/, SwipeDirection d, std::vector<Event>& /*events*/)
{
    return swipe_column(phone_, scroll_, scroll_, max_scroll_, d, page_);
}

} // namespace luyenso
