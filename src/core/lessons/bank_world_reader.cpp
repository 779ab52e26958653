// Reading the bank app's world section ("world": {"bank": {...}}) with positioned errors.
// A scene's QR is built here from the lesson's fields (or checked, if given verbatim),
// so a payload that cannot be scanned is the organiser's error, found by `check`.
#include "lessons/bank_world_reader.h"
#include "text/digits.h"

#include "phone/vietqr.h"

#include <algorithm>
#include <set>

namespace luyenso {

using nlohmann::json;

namespace {

constexpr std::int64_t max_amount = 1'000'000'000'000; // a thousand billion đồng

// A sum of money in đồng: a whole number from `lo`.
std::optional<std::int64_t> read_amount(Reader& r, const std::string& ptr, const json& obj, const char* key,
                                        std::int64_t lo)
{
    if (!obj.contains(key))
        return std::nullopt;
    const json& v = obj.at(key);
    if (!v.is_number_integer() || v.get<std::int64_t>() < lo || v.get<std::int64_t>() > max_amount) {
        r.error_at_value(json_pointer_append(ptr, key), {"must-be-amount", {key, std::to_string(lo)}});
        return std::nullopt;
    }
    return v.get<std::int64_t>();
}

// Digits only, `lo` to `hi` of them (a PIN, a BIN, an account number).
std::optional<std::string> read_digits(Reader& r, const std::string& ptr, const json& obj, const char* key,
                                       std::size_t lo, std::size_t hi, const char* what)
{
    auto v = r.string(ptr, obj, key, false, what);
    if (!v)
        return std::nullopt;
    if (!is_digits(*v) || v->size() < lo || v->size() > hi) {
        const std::string example(lo, '1');
        r.error_at_value(json_pointer_append(ptr, key),
                         lo == hi
                             ? Message{"must-be-digits", {key, std::to_string(lo), example}}
                             : Message{"must-be-digits-range", {key, std::to_string(lo), std::to_string(hi), example}});
        return std::nullopt;
    }
    return v;
}

// A list under `key`; calls `each(ptr, item)` for each of its items.
template <class F>
void read_list(Reader& r, const std::string& ptr, const json& obj, const char* key, F each)
{
    if (!obj.contains(key))
        return;
    const std::string lp = json_pointer_append(ptr, key);
    const json& list = obj.at(key);
    if (!list.is_array()) {
        r.error_at_value(lp, {"must-be-list", {key}});
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i)
        each(json_pointer_append(lp, i), list[i]);
}

void read_scene_qr(Reader& r, const std::string& ptr, const json& j, BankScene& scene)
{
    if (!r.object(ptr, j, {"bin", "account", "name", "amount", "purpose", "dynamic", "city", "bill_number"},
                  "a scene's QR"))
        return;
    VietQr qr;
    if (auto v = read_digits(r, ptr, j, "bin", 6, 6, "a scene's QR"))
        qr.bank_bin = *v;
    else if (!j.contains("bin"))
        r.error_at_value(ptr, {"qr-needs-bin"});
    if (auto v = r.string(ptr, j, "account", true, "a scene's QR"))
        qr.account = *v;
    if (auto v = r.string(ptr, j, "name", true, "a scene's QR"))
        qr.merchant_name = *v;
    if (auto v = r.string(ptr, j, "city", false, "a scene's QR"))
        qr.merchant_city = *v;
    if (auto v = r.string(ptr, j, "purpose", false, "a scene's QR"))
        qr.purpose = *v;
    if (auto v = r.string(ptr, j, "bill_number", false, "a scene's QR"))
        qr.bill_number = *v;
    const auto amount = read_amount(r, ptr, j, "amount", 1);
    if (amount)
        qr.amount = std::to_string(*amount);
    qr.dynamic = amount.has_value(); // a sticker with an amount is for one purchase
    if (auto v = r.boolean(ptr, j, "dynamic"))
        qr.dynamic = *v;
    if (qr.bank_bin.empty() || qr.account.empty() || qr.merchant_name.empty())
        return;
    if (const std::string problem = qr.problem(); !problem.empty()) {
        r.error_at_value(ptr, {"qr-cannot-be-made", {problem}});
        return;
    }
    scene.payload = qr.build();
}

void read_scene(Reader& r, const std::string& ptr, const json& j, BankScene& s)
{
    if (!r.object(ptr, j, {"id", "kind", "sign", "owner", "lines", "qr", "payload", "invalid"}, "a scene"))
        return;
    if (auto v = r.string(ptr, j, "id", true, "a scene")) {
        if (!is_slug(*v))
            r.error_at_value(json_pointer_append(ptr, "id"), {"bad-slug", {"scene id", *v}});
        s.id = *v;
    }
    if (auto v = r.string(ptr, j, "kind", false, "a scene")) {
        if (*v != "shop" && *v != "bill")
            r.error_at_value(json_pointer_append(ptr, "kind"), {"scene-kind"});
        s.kind = *v;
    }
    if (auto v = r.string(ptr, j, "sign", true, "a scene"))
        s.sign = *v;
    if (auto v = r.string(ptr, j, "owner", false, "a scene"))
        s.owner = *v;
    read_list(r, ptr, j, "lines", [&](const std::string& p, const json& line) {
        if (!line.is_string() || line.get<std::string>().empty())
            r.error_at_value(p, {"line-must-be-text"});
        else
            s.lines.push_back(line.get<std::string>());
    });
    if (auto v = r.boolean(ptr, j, "invalid"))
        s.invalid = *v;
    const bool has_qr = j.contains("qr");
    const bool has_payload = j.contains("payload");
    if (has_qr == has_payload) {
        r.error_at_value(ptr, {has_qr ? "scene-qr-and-payload" : "scene-needs-qr"});
        return;
    }
    if (has_qr) {
        if (s.invalid)
            r.error_at_value(json_pointer_append(ptr, "invalid"), {"invalid-needs-payload"});
        else
            read_scene_qr(r, json_pointer_append(ptr, "qr"), j.at("qr"), s);
        return;
    }
    const std::string pp = json_pointer_append(ptr, "payload");
    const json& p = j.at("payload");
    if (!p.is_string() || p.get<std::string>().empty()) {
        r.error_at_value(pp, {"payload-must-be-text"});
        return;
    }
    s.payload = p.get<std::string>();
    std::string why;
    const bool valid = VietQr::parse(s.payload, why).has_value();
    if (!valid && !s.invalid)
        r.error_at_value(pp, {"payload-unreadable", {why}});
    else if (valid && s.invalid)
        r.error_at_value(pp, {"payload-valid-but-invalid"});
    else if (std::string e; !make_qr(s.payload, e))
        r.error_at_value(pp, {"payload-not-drawable", {e}});
}

} // namespace

void read_bank_world(Reader& r, const std::string& ptr, const json& j, World& w)
{
    BankWorld& b = w.bank;
    b.enabled = true;
    if (!r.object(ptr, j,
                  {"name", "bin", "holder", "account", "balance", "pin", "transaction_pin", "confirm_with", "otp",
                   "phone", "banks", "beneficiaries", "bills", "scenes", "history", "accounts"},
                  "the bank"))
        return;
    if (auto v = r.string(ptr, j, "name", false, "the bank"))
        b.bank_name = *v;
    if (auto v = read_digits(r, ptr, j, "bin", 6, 6, "the bank"))
        b.bin = *v;
    if (auto v = r.string(ptr, j, "holder", false, "the bank"))
        b.holder = *v;
    if (auto v = read_digits(r, ptr, j, "account", 6, 19, "the bank"))
        b.account = *v;
    if (auto v = read_amount(r, ptr, j, "balance", 0))
        b.balance = *v;
    if (auto v = read_digits(r, ptr, j, "pin", 6, 6, "the bank"))
        b.pin = *v;
    if (auto v = read_digits(r, ptr, j, "transaction_pin", 6, 6, "the bank"))
        b.transaction_pin = *v;
    if (auto v = r.string(ptr, j, "confirm_with", false, "the bank")) {
        if (*v != "pin" && *v != "otp")
            r.error_at_value(json_pointer_append(ptr, "confirm_with"), {"confirm-with"});
        b.confirm_by_otp = *v == "otp";
    }
    if (auto v = read_digits(r, ptr, j, "otp", 6, 6, "the bank"))
        b.otp = *v;
    if (auto v = r.string(ptr, j, "phone", false, "the bank"))
        b.phone = *v;

    read_list(r, ptr, j, "banks", [&](const std::string& p, const json& item) {
        if (!r.object(p, item, {"bin", "name"}, "a bank"))
            return;
        BankName n;
        if (auto v = read_digits(r, p, item, "bin", 6, 6, "a bank"))
            n.bin = *v;
        else if (!item.contains("bin"))
            r.error_at_value(p, {"bank-needs-bin"});
        if (auto v = r.string(p, item, "name", true, "a bank"))
            n.name = *v;
        b.banks.push_back(n);
    });

    std::set<std::string> ids;
    read_list(r, ptr, j, "beneficiaries", [&](const std::string& p, const json& item) {
        if (!r.object(p, item, {"id", "name", "account", "bin"}, "a saved recipient"))
            return;
        Beneficiary n;
        if (auto v = r.string(p, item, "id", true, "a saved recipient")) {
            if (!is_slug(*v))
                r.error_at_value(json_pointer_append(p, "id"), {"bad-slug", {"recipient id", *v}});
            else if (!ids.insert(*v).second)
                r.error_at_value(json_pointer_append(p, "id"), {"duplicate-id", {"recipient id", *v}});
            n.id = *v;
        }
        if (auto v = r.string(p, item, "name", true, "a saved recipient"))
            n.name = *v;
        if (auto v = read_digits(r, p, item, "account", 6, 19, "a saved recipient"))
            n.account = *v;
        else if (!item.contains("account"))
            r.error_at_value(p, {"recipient-needs-account"});
        if (auto v = read_digits(r, p, item, "bin", 6, 6, "a saved recipient"))
            n.bin = *v;
        b.beneficiaries.push_back(n);
    });

    std::set<std::string> codes;
    read_list(r, ptr, j, "bills", [&](const std::string& p, const json& item) {
        if (!r.object(p, item, {"service", "code", "provider", "name", "period", "amount", "paid"}, "a bill"))
            return;
        Bill bill;
        if (auto v = r.string(p, item, "service", true, "a bill")) {
            if (*v != "electricity" && *v != "water")
                r.error_at_value(json_pointer_append(p, "service"), {"bill-service"});
            bill.service = *v;
        }
        if (auto v = r.string(p, item, "code", true, "a bill")) {
            const bool ok = v->size() <= 20 && std::all_of(v->begin(), v->end(), [](char c) {
                                return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
                            });
            if (!ok)
                r.error_at_value(json_pointer_append(p, "code"), {"bill-code-shape"});
            else if (!codes.insert(bill.service + "/" + *v).second)
                r.error_at_value(json_pointer_append(p, "code"), {"bill-code-twice", {*v}});
            bill.code = *v;
        }
        if (auto v = r.string(p, item, "provider", false, "a bill"))
            bill.provider = *v;
        else
            bill.provider = bill.service == "water" ? "Công ty Cấp nước" : "Công ty Điện lực";
        if (auto v = r.string(p, item, "name", true, "a bill"))
            bill.name = *v;
        if (auto v = r.string(p, item, "period", true, "a bill"))
            bill.period = *v;
        if (auto v = read_amount(r, p, item, "amount", 1))
            bill.amount = *v;
        else if (!item.contains("amount"))
            r.error_at_value(p, {"bill-needs-amount"});
        if (auto v = r.boolean(p, item, "paid"))
            bill.paid = *v;
        b.bills.push_back(bill);
    });

    std::set<std::string> scene_ids;
    read_list(r, ptr, j, "scenes", [&](const std::string& p, const json& item) {
        BankScene s;
        read_scene(r, p, item, s);
        if (!s.id.empty() && !scene_ids.insert(s.id).second)
            r.error_at_value(json_pointer_append(p, "id"), {"duplicate-id", {"scene id", s.id}});
        b.scenes.push_back(s);
    });

    read_list(r, ptr, j, "history", [&](const std::string& p, const json& item) {
        if (!r.object(p, item, {"name", "account", "amount", "incoming", "time", "note", "kind"}, "a past transaction"))
            return;
        BankTransaction t;
        if (auto v = r.string(p, item, "name", true, "a past transaction"))
            t.name = *v;
        if (auto v = r.string(p, item, "account", false, "a past transaction"))
            t.account = *v;
        if (auto v = read_amount(r, p, item, "amount", 1))
            t.amount = *v;
        else if (!item.contains("amount"))
            r.error_at_value(p, {"transaction-needs-amount"});
        if (auto v = r.boolean(p, item, "incoming"))
            t.incoming = *v;
        if (auto v = r.string(p, item, "time", true, "a past transaction"))
            t.time = *v;
        if (auto v = r.string(p, item, "note", false, "a past transaction"))
            t.note = *v;
        if (auto v = r.string(p, item, "kind", false, "a past transaction")) {
            if (*v != "qr" && *v != "transfer" && *v != "bill")
                r.error_at_value(json_pointer_append(p, "kind"), {"transaction-kind"});
            t.kind = *v;
        }
        b.history.push_back(t);
    });

    if (j.contains("accounts"))
        read_bank_accounts(r, json_pointer_append(ptr, "accounts"), j.at("accounts"), b);
}

} // namespace luyenso
