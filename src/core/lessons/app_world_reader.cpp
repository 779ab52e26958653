#include "lessons/app_world_reader.h"

#include "phone/data_app.h"

#include <cmath>
#include <cstdio>
#include <set>

namespace luyenso {

using nlohmann::json;

namespace {

const std::vector<std::string> component_kinds = {"text", "picture", "list",    "card",    "field",  "button",
                                                  "otp",  "pin",     "payment", "receipt", "history"};
const std::vector<std::string> field_kinds = {"text", "number", "date", "choice"};
const std::vector<std::string> builtin_apps = {"chat", "phone", "bank", "sms", "eid", "web", "settings"};

std::string ptr_at(const std::string& ptr, const char* key, std::size_t i)
{
    return json_pointer_append(json_pointer_append(ptr, key), i);
}

bool read_id(Reader& r, const std::string& p, const json& j, const char* what, std::set<std::string>& seen,
             const char* scope, std::string& out)
{
    auto v = r.string(p, j, "id", true, what);
    if (!v)
        return false;
    if (!is_slug(*v) || v->find('.') != std::string::npos) {
        r.error_at_value(json_pointer_append(p, "id"), {"app-bad-id", {*v}});
        return false;
    }
    if (!seen.insert(*v).second)
        r.error_at_value(json_pointer_append(p, "id"), {"app-duplicate-id", {*v, scope}}, {"fix-own-id"});
    out = *v;
    return true;
}

void one_of(Reader& r, const std::string& p, const json& j, const char* key, const std::vector<std::string>& allowed,
            const char* term, std::string& out)
{
    auto v = r.string(p, j, key, false, term);
    if (!v)
        return;
    if (std::find(allowed.begin(), allowed.end(), *v) == allowed.end())
        r.error_at_value(json_pointer_append(p, key), {"app-unknown-kind", {*v, term}},
                         Reader::suggest(*v, allowed, {"fix-it-has", {Reader::join(allowed)}}));
    out = *v;
}

void read_strings(Reader& r, const std::string& p, const json& j, const char* what,
                  std::initializer_list<std::pair<const char*, std::string*>> keys)
{
    for (const auto& [key, field] : keys)
        if (auto v = r.string(p, j, key, false, what))
            *field = *v;
}

// An "amount" in đồng, if there is one (0 otherwise).
std::int64_t read_amount(Reader& r, const std::string& p, const json& j)
{
    if (!j.contains("amount"))
        return 0;
    const json& a = j.at("amount");
    if (a.is_number_integer() && a.get<std::int64_t>() > 0 && a.get<std::int64_t>() <= 1'000'000'000)
        return a.get<std::int64_t>();
    r.error_at_value(json_pointer_append(p, "amount"), {"must-be-whole-number", {"amount", "1", "1000000000"}});
    return 0;
}

void read_component(Reader& r, const std::string& p, const json& cj, AppComponent& c, std::set<std::string>& ids)
{
    if (!r.object(p, cj, {"kind",      "id",          "text",     "picture",    "items",      "rows",   "field",
                          "label",     "placeholder", "required", "min_length", "max_length", "expect", "choices",
                          "message",   "to",          "style",    "sms",        "code",       "amount", "amount_from",
                          "recipient", "note",        "source",   "after",      "before"},
                  "a component"))
        return;
    auto kind = r.string(p, cj, "kind", true, "a component");
    if (kind) {
        c.kind = *kind;
        if (std::find(component_kinds.begin(), component_kinds.end(), *kind) == component_kinds.end())
            r.error_at_value(json_pointer_append(p, "kind"), {"app-unknown-kind", {*kind, "a component"}},
                             Reader::suggest(*kind, component_kinds, {"fix-it-has", {Reader::join(component_kinds)}}));
    }
    read_id(r, p, cj, "a component", ids, "an app screen", c.id);
    read_strings(r, p, cj, "a component",
                 {{"text", &c.text},
                  {"label", &c.label},
                  {"placeholder", &c.placeholder},
                  {"expect", &c.expect},
                  {"message", &c.message},
                  {"to", &c.to},
                  {"sms", &c.sms},
                  {"code", &c.code},
                  {"recipient", &c.recipient},
                  {"amount_from", &c.amount_from},
                  {"note", &c.note},
                  {"after", &c.after},
                  {"before", &c.before}});
    if (auto v = r.string(p, cj, "picture", c.kind == "picture", "a component")) {
        const auto& keys = data_app_pictograms();
        if (std::find(keys.begin(), keys.end(), *v) == keys.end())
            r.error_at_value(json_pointer_append(p, "picture"), {"app-unknown-pictogram", {*v}},
                             Reader::suggest(*v, keys, {"fix-it-has", {Reader::join(keys)}}));
        c.picture = *v;
    }
    if (c.kind == "field") {
        c.field = "text";
        one_of(r, p, cj, "field", field_kinds, "a field", c.field);
        if (!cj.contains("message"))
            r.error_at_value(p, {"needs-key", {"a field", "message"}});
    }
    one_of(r, p, cj, "style", {"primary", "plain", "danger"}, "a component", c.style);
    one_of(r, p, cj, "source", {"wallet", "bank"}, "a component", c.source);
    if (auto v = r.boolean(p, cj, "required"))
        c.required = *v;
    if (auto v = r.integer(p, cj, "min_length", 0, 200))
        c.min_length = *v;
    if (auto v = r.integer(p, cj, "max_length", 1, 200))
        c.max_length = *v;
    c.amount = read_amount(r, p, cj);
    if (c.kind == "button" && c.text.empty())
        r.error_at_value(p, {"needs-key", {"a component", "text"}});
    if (c.kind == "payment") {
        if (cj.contains("amount") == cj.contains("amount_from"))
            r.error_at_value(p, {"one-of", {"a payment", "\"amount\", \"amount_from\""}});
        if (c.recipient.empty())
            r.error_at_value(p, {"needs-key", {"a component", "recipient"}});
    }
    if (c.kind == "otp") {
        if (c.sms.empty())
            r.error_at_value(p, {"needs-key", {"a component", "sms"}});
        else if (c.sms.find("{otp}") == std::string::npos)
            r.error_at_value(json_pointer_append(p, "sms"), {"app-sms-needs-otp"});
        if (c.code.empty())
            r.error_at_value(p, {"needs-key", {"a component", "code"}});
        else if (c.code.find_first_not_of("0123456789") != std::string::npos)
            r.error_at_value(json_pointer_append(p, "code"), {"app-not-digits", {"code"}});
    }
    if (const json* items = r.list(p, cj, "items")) {
        std::set<std::string> item_ids;
        for (std::size_t i = 0; i < items->size(); ++i) {
            const std::string ip = ptr_at(p, "items", i);
            if (!r.object(ip, (*items)[i], {"id", "label", "detail", "to"}, "a list item"))
                continue;
            AppComponent::Item item;
            read_id(r, ip, (*items)[i], "a list item", item_ids, "a component", item.id);
            if (auto v = r.string(ip, (*items)[i], "label", true, "a list item"))
                item.label = *v;
            if (auto v = r.string(ip, (*items)[i], "to", true, "a list item"))
                item.to = *v;
            read_strings(r, ip, (*items)[i], "a list item", {{"detail", &item.detail}});
            c.items.push_back(item);
        }
    }
    if (c.kind == "list" && c.items.empty() && !cj.contains("items"))
        r.error_at_value(p, {"app-needs-list", {"a component", "items"}});
    if (const json* rows = r.list(p, cj, "rows")) {
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const std::string rp = ptr_at(p, "rows", i);
            if (!r.object(rp, (*rows)[i], {"label", "value"}, "a card row"))
                continue;
            AppComponent::Row row;
            if (auto v = r.string(rp, (*rows)[i], "label", true, "a card row"))
                row.label = *v;
            if (auto v = r.string(rp, (*rows)[i], "value", true, "a card row"))
                row.value = *v;
            c.rows.push_back(row);
        }
    }
    if (c.kind == "card" && c.rows.empty() && !cj.contains("rows"))
        r.error_at_value(p, {"app-needs-list", {"a component", "rows"}});
    if (const json* choices = r.list(p, cj, "choices")) {
        std::set<std::string> choice_ids;
        for (std::size_t i = 0; i < choices->size(); ++i) {
            const std::string chp = ptr_at(p, "choices", i);
            if (!r.object(chp, (*choices)[i], {"id", "label", "amount"}, "a choice"))
                continue;
            AppComponent::Choice ch;
            ch.amount = read_amount(r, chp, (*choices)[i]);
            read_id(r, chp, (*choices)[i], "a choice", choice_ids, "a component", ch.id);
            if (auto v = r.string(chp, (*choices)[i], "label", true, "a choice"))
                ch.label = *v;
            c.choices.push_back(ch);
        }
    }
    if (c.field == "choice" && c.choices.empty() && !cj.contains("choices"))
        r.error_at_value(p, {"app-needs-list", {"a field", "choices"}});
}

// A link ("to", "after", "before") names a screen of the app.
void check_link(Reader& r, const std::string& p, const std::string& target, const DataAppSpec& app)
{
    if (target.empty() || app.screen(target))
        return;
    std::vector<std::string> ids;
    for (const AppScreen& s : app.screens)
        ids.push_back(s.id);
    r.error_at_value(p, {"app-unknown-screen", {target, app.id}},
                     Reader::suggest(target, ids, {"fix-it-has", {Reader::join(ids)}}));
}

} // namespace

double contrast_with_white(const std::string& colour)
{
    if (!is_colour(colour))
        return 1;
    auto channel = [&](std::size_t at) {
        const double v = std::stoi(colour.substr(at, 2), nullptr, 16) / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double lum = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return 1.05 / (lum + 0.05);
}

void read_app_world(Reader& r, const std::string& ptr, const json& j, World& w)
{
    if (!j.is_array()) {
        r.error_at_value(ptr, {"must-be-list", {"apps"}});
        return;
    }
    std::set<std::string> app_ids;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = json_pointer_append(ptr, i);
        const json& aj = j[i];
        if (!r.object(p, aj, {"id", "name", "icon", "colour", "sender", "pin", "balance", "screens"}, "an app"))
            continue;
        DataAppSpec app;
        if (read_id(r, p, aj, "an app", app_ids, "\"apps\"", app.id) &&
            std::find(builtin_apps.begin(), builtin_apps.end(), app.id) != builtin_apps.end())
            r.error_at_value(json_pointer_append(p, "id"), {"app-builtin-id", {app.id}}, {"fix-own-id"});
        if (auto v = r.string(p, aj, "name", true, "an app"))
            app.name = *v;
        if (auto v = r.string(p, aj, "icon", true, "an app")) {
            const auto& keys = data_app_pictograms();
            if (std::find(keys.begin(), keys.end(), *v) == keys.end())
                r.error_at_value(json_pointer_append(p, "icon"), {"app-unknown-pictogram", {*v}},
                                 Reader::suggest(*v, keys, {"fix-it-has", {Reader::join(keys)}}));
            app.icon = *v;
        }
        if (auto v = r.string(p, aj, "colour", false, "an app")) {
            if (!is_colour(*v)) {
                r.error_at_value(json_pointer_append(p, "colour"), {"app-bad-colour", {*v}}, {"fix-colour-example"});
            } else if (const double c = contrast_with_white(*v); c < 4.5) {
                char ratio[16];
                std::snprintf(ratio, sizeof ratio, "%.1f", c);
                r.error_at_value(json_pointer_append(p, "colour"), {"app-low-contrast", {*v, ratio}},
                                 {"fix-darker-colour"});
            }
            app.colour = *v;
        }
        if (auto v = r.string(p, aj, "sender", false, "an app"))
            app.sender = *v;
        if (auto v = r.string(p, aj, "pin", false, "an app")) {
            if (v->size() < 4 || v->find_first_not_of("0123456789") != std::string::npos)
                r.error_at_value(json_pointer_append(p, "pin"), {"app-not-digits", {"pin"}});
            app.pin = *v;
        }
        if (auto v = r.integer(p, aj, "balance", 0, 1'000'000'000))
            app.balance = *v;
        const json* screens = r.list(p, aj, "screens");
        if (!screens || screens->empty()) {
            r.error_at_value(screens ? json_pointer_append(p, "screens") : p, {"app-needs-screens"});
            w.apps.push_back(app);
            continue;
        }
        std::set<std::string> screen_ids;
        for (std::size_t k = 0; k < screens->size(); ++k) {
            const std::string sp = ptr_at(p, "screens", k);
            const json& sj = (*screens)[k];
            if (!r.object(sp, sj, {"id", "title", "components"}, "an app screen"))
                continue;
            AppScreen screen;
            read_id(r, sp, sj, "an app screen", screen_ids, "an app", screen.id);
            if (auto v = r.string(sp, sj, "title", true, "an app screen"))
                screen.title = *v;
            if (const json* cs = r.list(sp, sj, "components")) {
                std::set<std::string> ids;
                for (std::size_t m = 0; m < cs->size(); ++m) {
                    AppComponent c;
                    read_component(r, ptr_at(sp, "components", m), (*cs)[m], c, ids);
                    screen.components.push_back(c);
                }
            }
            app.screens.push_back(screen);
        }
        // Links, and what OTP and PIN prompts need from the app.
        for (std::size_t k = 0; k < app.screens.size(); ++k) {
            const std::string sp = ptr_at(p, "screens", k);
            const AppScreen& screen = app.screens[k];
            for (std::size_t m = 0; m < screen.components.size(); ++m) {
                const AppComponent& c = screen.components[m];
                const std::string cp = ptr_at(sp, "components", m);
                check_link(r, json_pointer_append(cp, "to"), c.to, app);
                check_link(r, json_pointer_append(cp, "after"), c.after, app);
                check_link(r, json_pointer_append(cp, "before"), c.before, app);
                for (std::size_t n = 0; n < c.items.size(); ++n)
                    check_link(r, json_pointer_append(ptr_at(cp, "items", n), "to"), c.items[n].to, app);
                if (c.kind == "otp" && app.sender.empty())
                    r.error_at_value(cp, {"app-needs-sender"});
                if (c.kind == "pin" && app.pin.empty())
                    r.error_at_value(cp, {"app-needs-pin"});
                if (!c.amount_from.empty()) {
                    const AppComponent* from = app.choice_field(c.amount_from);
                    if (!from || std::any_of(from->choices.begin(), from->choices.end(),
                                             [](const AppComponent::Choice& ch) { return ch.amount <= 0; }))
                        r.error_at_value(json_pointer_append(cp, "amount_from"), {"app-amount-from", {c.amount_from}});
                }
            }
        }
        w.apps.push_back(app);
    }
}

} // namespace luyenso
