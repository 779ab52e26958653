#include "lessons/service_world_reader.h"
#include "text/digits.h"

#include "phone/eid_app.h"

#include <algorithm>
#include <set>

namespace luyenso {

using nlohmann::json;

namespace {

void read_strings(Reader& r, const std::string& ptr, const json& j, const char* what,
                  std::initializer_list<std::pair<const char*, std::string*>> fields)
{
    for (const auto& [key, field] : fields)
        if (auto v = r.string(ptr, j, key, false, what))
            *field = *v;
}

// Links in an SMS must open a page of the world's "web".
void check_links(Reader& r, const std::string& ptr, const std::string& text, const World& w)
{
    for (const std::string& link : sms_links(text)) {
        if (w.web.page_for_url(link))
            continue;
        r.error_at_value(
            ptr, {"link-opens-no-page", {link}},
            w.web.pages.empty()
                ? Message{"fix-add-page-url"}
                : Message{"fix-add-page-url-has", {w.web.pages.front().url + (w.web.pages.size() > 1 ? ", ..." : "")}});
    }
}

} // namespace

// [SECTION] e-ID

void read_eid_world(Reader& r, const std::string& ptr, const json& j, World& w)
{
    static const std::vector<std::string> keys = {
        "id_number", "name",     "birth_date", "sex",   "nationality",    "hometown",        "residence",
        "issued",    "expires",  "phone",      "level", "insurance_code", "insurance_place", "insurance_valid",
        "activated", "password", "passcode",   "otp",   "otp_delay_s",    "otp_valid_s",     "sms_sender",
        "health",    "notices"};
    if (!r.object(ptr, j, keys, "\"eid\""))
        return;
    EidWorld& e = w.eid;
    e.enabled = true;
    if (auto v = r.string(ptr, j, "id_number", false, "\"eid\"")) {
        if ((v->size() != 12 || !is_digits(*v)))
            r.error_at_value(json_pointer_append(ptr, "id_number"), {"id-number-shape"});
        e.id_number = *v;
    }
    read_strings(r, ptr, j, "\"eid\"",
                 {{"name", &e.name},
                  {"birth_date", &e.birth_date},
                  {"sex", &e.sex},
                  {"nationality", &e.nationality},
                  {"hometown", &e.hometown},
                  {"residence", &e.residence},
                  {"issued", &e.issued},
                  {"expires", &e.expires},
                  {"insurance_code", &e.insurance_code},
                  {"insurance_place", &e.insurance_place},
                  {"insurance_valid", &e.insurance_valid},
                  {"sms_sender", &e.sms_sender}});
    if (auto v = r.string(ptr, j, "phone", false, "\"eid\"")) {
        if (phone_digits(*v).size() != 10)
            r.error_at_value(json_pointer_append(ptr, "phone"), {"phone-shape"});
        e.phone = *v;
    } else if (phone_digits(w.owner.phone).size() != 10 && !j.contains("phone")) {
        r.error_at_value(ptr, {"eid-needs-phone"});
    }
    if (auto v = r.integer(ptr, j, "level", 1, 2))
        e.level = *v;
    if (auto v = r.boolean(ptr, j, "activated"))
        e.activated = *v;
    if (auto v = r.string(ptr, j, "password", false, "\"eid\"")) {
        const std::vector<std::string> problems = EidApp::password_problems(*v);
        if (!problems.empty())
            r.error_at_value(json_pointer_append(ptr, "password"), {"password-rules", {problems.front()}});
        e.password = *v;
    }
    if (auto v = r.string(ptr, j, "passcode", false, "\"eid\"")) {
        if ((v->size() != 6 || !is_digits(*v)))
            r.error_at_value(json_pointer_append(ptr, "passcode"), {"passcode-shape"});
        e.passcode = *v;
    }
    if (e.activated && (e.password.empty() || e.passcode.empty()))
        r.error_at_value(json_pointer_append(ptr, "activated"), {"activated-needs-login"});
    if (auto v = r.string(ptr, j, "otp", false, "\"eid\"")) {
        if ((v->size() != 6 || !is_digits(*v)))
            r.error_at_value(json_pointer_append(ptr, "otp"), {"otp-shape"});
        e.otp = *v;
    }
    if (auto v = r.integer(ptr, j, "otp_delay_s", 0, 60))
        e.otp_delay_s = *v;
    if (auto v = r.integer(ptr, j, "otp_valid_s", 30, 900))
        e.otp_valid_s = *v;
    if (const json* hs = r.list(ptr, j, "health")) {
        for (std::size_t i = 0; i < hs->size(); ++i) {
            const std::string p = json_pointer_append(json_pointer_append(ptr, "health"), i);
            if (!r.object(p, (*hs)[i], {"date", "kind", "title", "place", "note"}, "a health record"))
                continue;
            HealthRecord h;
            read_strings(r, p, (*hs)[i], "a health record",
                         {{"date", &h.date}, {"place", &h.place}, {"note", &h.note}});
            if (auto v = r.string(p, (*hs)[i], "title", true, "a health record"))
                h.title = *v;
            if (auto v = r.string(p, (*hs)[i], "kind", false, "a health record")) {
                if (*v != "visit" && *v != "vaccine")
                    r.error_at_value(json_pointer_append(p, "kind"), {"health-kind"});
                h.kind = *v;
            }
            e.health.push_back(h);
        }
    }
    if (const json* ns = r.list(ptr, j, "notices")) {
        for (std::size_t i = 0; i < ns->size(); ++i) {
            const std::string p = json_pointer_append(json_pointer_append(ptr, "notices"), i);
            if (!r.object(p, (*ns)[i], {"title", "text", "time"}, "a notice"))
                continue;
            EidNotice n;
            if (auto v = r.string(p, (*ns)[i], "title", true, "a notice"))
                n.title = *v;
            read_strings(r, p, (*ns)[i], "a notice", {{"text", &n.text}, {"time", &n.time}});
            e.notices.push_back(n);
        }
    }
}

// [SECTION] browser pages

void read_web_world(Reader& r, const std::string& ptr, const json& j, World& w)
{
    if (!r.object(ptr, j, {"pages"}, "\"web\""))
        return;
    const json* ps = r.list(ptr, j, "pages");
    if (!ps)
        return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < ps->size(); ++i) {
        const std::string p = json_pointer_append(json_pointer_append(ptr, "pages"), i);
        const json& pj = (*ps)[i];
        if (!r.object(
                p, pj,
                {"id", "url", "look", "brand", "title", "text", "fields", "button", "next", "done", "fake", "otp_sms"},
                "a page"))
            continue;
        WebPage page;
        if (auto v = r.string(p, pj, "id", true, "a page")) {
            if (!is_slug(*v))
                r.error_at_value(json_pointer_append(p, "id"), {"bad-slug", {"page id", *v}});
            else if (!ids.insert(*v).second)
                r.error_at_value(json_pointer_append(p, "id"), {"duplicate-id", {"page id", *v}});
            page.id = *v;
        }
        if (auto v = r.string(p, pj, "url", true, "a page")) {
            if (v->rfind("http://", 0) != 0 && v->rfind("https://", 0) != 0)
                r.error_at_value(json_pointer_append(p, "url"), {"url-shape"});
            page.url = *v;
        }
        if (auto v = r.string(p, pj, "look", false, "a page")) {
            if (*v != "eid" && *v != "bank" && *v != "prize" && *v != "plain")
                r.error_at_value(json_pointer_append(p, "look"), {"page-look"});
            page.look = *v;
        }
        read_strings(r, p, pj, "a page",
                     {{"brand", &page.brand},
                      {"title", &page.title},
                      {"text", &page.text},
                      {"button", &page.button},
                      {"next", &page.next},
                      {"done", &page.done}});
        if (auto v = r.boolean(p, pj, "fake"))
            page.fake = *v;
        if (const json* fs = r.list(p, pj, "fields")) {
            std::set<std::string> field_ids;
            for (std::size_t k = 0; k < fs->size(); ++k) {
                const std::string fp = json_pointer_append(json_pointer_append(p, "fields"), k);
                if (!r.object(fp, (*fs)[k], {"id", "label", "kind"}, "a field"))
                    continue;
                WebField f;
                if (auto v = r.string(fp, (*fs)[k], "id", true, "a field")) {
                    if (!is_slug(*v) || !field_ids.insert(*v).second)
                        r.error_at_value(json_pointer_append(fp, "id"), {"field-id", {*v}});
                    f.id = *v;
                }
                if (auto v = r.string(fp, (*fs)[k], "label", true, "a field"))
                    f.label = *v;
                if (auto v = r.string(fp, (*fs)[k], "kind", false, "a field")) {
                    if (*v != "text" && *v != "number" && *v != "password" && *v != "otp")
                        r.error_at_value(json_pointer_append(fp, "kind"), {"field-kind"});
                    f.kind = *v;
                }
                page.fields.push_back(f);
            }
            if (!page.fields.empty() && page.button.empty())
                r.error_at_value(p, {"page-needs-button"});
        }
        if (pj.contains("otp_sms")) {
            const std::string op = json_pointer_append(p, "otp_sms");
            const json& o = pj.at("otp_sms");
            if (r.object(op, o, {"from", "text", "after_s"}, "\"otp_sms\"")) {
                if (auto v = r.string(op, o, "from", true, "\"otp_sms\""))
                    page.otp_from = *v;
                if (auto v = r.string(op, o, "text", true, "\"otp_sms\"")) {
                    if (v->find("{otp}") == std::string::npos)
                        r.error_at_value(json_pointer_append(op, "text"), {"otp-text-needs-placeholder"});
                    page.otp_text = *v;
                }
                if (auto v = r.integer(op, o, "after_s", 0, 60))
                    page.otp_delay_s = *v;
            }
        }
        w.web.pages.push_back(page);
    }
    // "next" names another page.
    for (std::size_t i = 0; i < w.web.pages.size() && i < ps->size(); ++i) {
        const std::string& next = w.web.pages[i].next;
        if (!next.empty() && !ids.count(next)) {
            r.error_at_value(json_pointer_append(json_pointer_append(json_pointer_append(ptr, "pages"), i), "next"),
                             {"next-no-page", {next}},
                             Reader::suggest(next, std::vector<std::string>(ids.begin(), ids.end()), {}));
        }
    }
}

// [SECTION] SMS

void read_sms_world(Reader& r, const std::string& ptr, const json& j, World& w)
{
    if (!r.object(ptr, j, {"threads"}, "\"sms\""))
        return;
    const json* ts = r.list(ptr, j, "threads");
    if (!ts)
        return;
    std::set<std::string> keys;
    for (std::size_t i = 0; i < ts->size(); ++i) {
        const std::string p = json_pointer_append(json_pointer_append(ptr, "threads"), i);
        const json& tj = (*ts)[i];
        if (!r.object(p, tj, {"from", "unread", "messages"}, "an SMS thread"))
            continue;
        SmsThread t;
        if (auto v = r.string(p, tj, "from", true, "an SMS thread")) {
            t.sender = *v;
            if (!keys.insert(sms_key(*v)).second)
                r.error_at_value(json_pointer_append(p, "from"), {"second-thread", {*v}}, {"fix-merge"});
        }
        if (auto v = r.integer(p, tj, "unread", 0, 99))
            t.unread = *v;
        if (const json* ms = r.list(p, tj, "messages")) {
            for (std::size_t k = 0; k < ms->size(); ++k) {
                const std::string mp = json_pointer_append(json_pointer_append(p, "messages"), k);
                if (!r.object(mp, (*ms)[k], {"from", "text", "time"}, "an SMS"))
                    continue;
                SmsMessage m;
                m.from = t.sender;
                if (auto v = r.string(mp, (*ms)[k], "from", false, "an SMS")) {
                    if (*v != "me" && *v != t.sender)
                        r.error_at_value(json_pointer_append(mp, "from"), {"sms-from", {t.sender}});
                    m.from = *v;
                }
                if (auto v = r.string(mp, (*ms)[k], "text", true, "an SMS")) {
                    m.text = *v;
                    check_links(r, json_pointer_append(mp, "text"), *v, w);
                }
                if (auto v = r.string(mp, (*ms)[k], "time", false, "an SMS"))
                    m.time = *v;
                t.messages.push_back(m);
            }
        }
        w.sms.threads.push_back(t);
    }
}

bool read_sms_timeline_item(Reader& r, const std::string& ptr, const json& j, const World& w, TimelineItem& item)
{
    const std::size_t before = r.error_count();
    if (!r.object(ptr, j, {"from", "text"}, "an SMS"))
        return false;
    item.kind = TimelineItem::Kind::Sms;
    if (auto v = r.string(ptr, j, "from", true, "an SMS"))
        item.from = *v;
    if (auto v = r.string(ptr, j, "text", true, "an SMS")) {
        item.text = *v;
        check_links(r, json_pointer_append(ptr, "text"), *v, w);
    }
    return r.error_count() == before;
}

// [SECTION] settings

void read_settings_world(Reader& r, const std::string& ptr, const json& j, World& w)
{
    if (!r.object(ptr, j, {"text_size", "input_method", "tone_style"}, "\"settings\""))
        return;
    PhoneSettings& s = w.settings;
    if (auto v = r.integer(ptr, j, "text_size", min_text_size_percent, max_text_size_percent)) {
        if (*v % text_size_step_percent != 0)
            r.error_at_value(json_pointer_append(ptr, "text_size"), {"text-size"});
        else
            s.text_size_percent = *v;
    }
    if (auto v = r.string(ptr, j, "input_method", false, "\"settings\"")) {
        if (*v == "telex" || *v == "vni")
            s.typing.method = *v == "telex" ? InputMethod::Telex : InputMethod::Vni;
        else
            r.error_at_value(json_pointer_append(ptr, "input_method"), {"input-method"});
    }
    if (auto v = r.string(ptr, j, "tone_style", false, "\"settings\"")) {
        if (*v == "old" || *v == "new")
            s.typing.tone_style = *v == "old" ? ToneStyle::Old : ToneStyle::New;
        else
            r.error_at_value(json_pointer_append(ptr, "tone_style"), {"tone-style"});
    }
}

// [SECTION] scam calls

void read_call_scripts(Reader& r, const std::string& ptr, const json& j, World& w)
{
    if (!j.is_array()) {
        r.error_at_value(ptr, {"must-be-list", {"call_scripts"}});
        return;
    }
    std::vector<std::string> contact_ids;
    for (const Person& p : w.contacts)
        contact_ids.push_back(p.id);
    std::set<std::string> callers;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = json_pointer_append(ptr, i);
        const json& sj = j[i];
        if (!r.object(p, sj, {"caller", "look", "lines", "choices"}, "a call script"))
            continue;
        CallScript s;
        if (auto v = r.string(p, sj, "caller", true, "a call script")) {
            if (!w.contact(*v)) {
                r.error_at_value(json_pointer_append(p, "caller"), {"unknown-contact", {*v}},
                                 Reader::suggest(*v, contact_ids, {"fix-add-caller"}));
            } else if (!callers.insert(*v).second) {
                r.error_at_value(json_pointer_append(p, "caller"), {"second-script", {*v}}, {"fix-merge"});
            }
            s.caller = *v;
        }
        if (auto v = r.string(p, sj, "look", false, "a call script")) {
            if (*v != "police")
                r.error_at_value(json_pointer_append(p, "look"), {"call-look"});
            s.look = *v;
        }
        if (const json* ls = r.list(p, sj, "lines")) {
            for (std::size_t k = 0; k < ls->size(); ++k) {
                const std::string lp = json_pointer_append(json_pointer_append(p, "lines"), k);
                if (!r.object(lp, (*ls)[k], {"at", "text"}, "a line"))
                    continue;
                CallLine l;
                if (auto v = r.integer(lp, (*ls)[k], "at", 0, 3600))
                    l.at_s = *v;
                if (auto v = r.string(lp, (*ls)[k], "text", true, "a line"))
                    l.text = *v;
                s.lines.push_back(l);
            }
        }
        if (const json* cs = r.list(p, sj, "choices")) {
            if (cs->size() > 3)
                r.error_at_value(json_pointer_append(p, "choices"), {"too-many-choices"});
            std::set<std::string> ids;
            for (std::size_t k = 0; k < cs->size(); ++k) {
                const std::string cp = json_pointer_append(json_pointer_append(p, "choices"), k);
                if (!r.object(cp, (*cs)[k], {"id", "label", "reply", "shares_otp", "ends_call"}, "a choice"))
                    continue;
                CallChoice c;
                if (auto v = r.string(cp, (*cs)[k], "id", true, "a choice")) {
                    if (!is_slug(*v) || !ids.insert(*v).second)
                        r.error_at_value(json_pointer_append(cp, "id"), {"choice-id", {*v}});
                    c.id = *v;
                }
                if (auto v = r.string(cp, (*cs)[k], "label", true, "a choice"))
                    c.label = *v;
                if (auto v = r.string(cp, (*cs)[k], "reply", false, "a choice"))
                    c.reply = *v;
                if (auto v = r.boolean(cp, (*cs)[k], "shares_otp"))
                    c.shares_otp = *v;
                if (auto v = r.boolean(cp, (*cs)[k], "ends_call"))
                    c.ends_call = *v;
                s.choices.push_back(c);
            }
        }
        w.call_scripts.push_back(s);
    }
}

} // namespace luyenso
