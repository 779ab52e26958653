// Reading "world": {"bank": {"accounts": [...]}}: the accounts at Napas member banks (or
// the learner's own bank) that a transfer to a typed account number finds, some of them
// reported for fraud. Messages come from the table (messages.cpp), in both languages.
#include "lessons/bank_world_reader.h"
#include "text/digits.h"

#include "phone/vietqr.h"

#include <algorithm>
#include <set>
#include <utility>

namespace luyenso {

using nlohmann::json;

namespace {

bool bank_exists(const BankWorld& b, const std::string& bin)
{
    if (bin == b.bin || napas_bank(bin))
        return true;
    return std::any_of(b.banks.begin(), b.banks.end(), [&](const BankName& n) { return n.bin == bin; });
}

} // namespace

void read_bank_accounts(Reader& r, const std::string& ptr, const json& list, BankWorld& b)
{
    if (!list.is_array()) {
        r.error_at_value(ptr, {"must-be-list", {"accounts"}});
        return;
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string p = json_pointer_append(ptr, i);
        const json& item = list[i];
        if (!r.object(p, item, {"bin", "account", "holder", "reported"}, "an account"))
            continue;
        BankAccount a;
        if (!item.contains("bin")) {
            r.error_at_value(p, {"account-needs-bin"}, {"fix-account-bin"});
        } else if (auto v = r.string(p, item, "bin", true, "an account")) {
            if (!bank_exists(b, *v))
                r.error_at_value(json_pointer_append(p, "bin"), {"account-bin-unknown", {*v}}, {"fix-account-bin"});
            a.bin = *v;
        }
        if (!item.contains("account")) {
            r.error_at_value(p, {"account-digits"});
        } else if (auto v = r.string(p, item, "account", true, "an account")) {
            if (!is_digits(*v) || v->size() < 6 || v->size() > 19)
                r.error_at_value(json_pointer_append(p, "account"), {"account-digits"});
            a.account = *v;
        }
        if (!item.contains("holder"))
            r.error_at_value(p, {"account-needs-holder"});
        else if (auto v = r.string(p, item, "holder", true, "an account"))
            a.holder = *v;
        if (auto v = r.boolean(p, item, "reported"))
            a.reported = *v;
        if (!a.bin.empty() && !a.account.empty() && !seen.insert({a.bin, a.account}).second)
            r.error_at_value(json_pointer_append(p, "account"), {"account-duplicate", {a.account, a.bin}},
                             {"fix-account-duplicate"});
        b.accounts.push_back(a);
    }
}

} // namespace luyenso
