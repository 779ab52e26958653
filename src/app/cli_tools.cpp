#include "cli_tools.h"
#include "text/digits.h"

#include "cli.h"
#include "phone/vietqr.h"
#include "png_file.h"
#include "text/telex.h"
#include "text/utf8.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <iostream>
#include <map>
#include <optional>

namespace luyenso::app {

namespace {

// [SECTION] Shared

int fail(const std::string& reason)
{
    std::cerr << "luyenso: " << reason << "\n";
    return 1;
}

bool is_help(const std::string& a)
{
    return a == "--help" || a == "-h";
}

// [SECTION] qr decode

nlohmann::ordered_json to_json(const VietQr& qr, std::string_view payload)
{
    nlohmann::ordered_json j;
    auto put = [&](const char* key, const std::string& value) {
        if (!value.empty())
            j[key] = value;
    };
    j["initiation"] = qr.dynamic ? "dynamic" : "static";
    j["bank_bin"] = qr.bank_bin;
    j["bank"] = bank_label(qr.bank_bin);
    j["account"] = qr.account;
    j["service_code"] = qr.service_code;
    j["service"] = std::string(service_description(qr.service_code));
    put("merchant_name", qr.merchant_name);
    put("merchant_city", qr.merchant_city);
    put("postal_code", qr.postal_code);
    put("category", qr.category);
    if (!qr.amount.empty())
        j["amount"] = std::stoll(qr.amount); // at most 13 digits
    j["currency"] = qr.currency;
    j["country"] = qr.country;
    put("tip_indicator", qr.tip_indicator);
    put("fee_fixed", qr.fee_fixed);
    put("fee_percent", qr.fee_percent);
    put("bill_number", qr.bill_number);
    put("mobile", qr.mobile);
    put("store_label", qr.store_label);
    put("loyalty_number", qr.loyalty_number);
    put("reference_label", qr.reference_label);
    put("customer_label", qr.customer_label);
    put("terminal_label", qr.terminal_label);
    put("purpose", qr.purpose);
    put("consumer_data_request", qr.consumer_data_request);
    put("language", qr.language);
    put("merchant_name_alt", qr.merchant_name_alt);
    put("merchant_city_alt", qr.merchant_city_alt);
    j["crc"] = std::string(payload.substr(payload.size() - 4));
    return j;
}

int qr_decode(const std::vector<std::string>& args)
{
    if (args.size() != 2)
        return fail("qr decode needs one PAYLOAD (in quotes if it holds spaces)");
    std::string error;
    const auto qr = VietQr::parse(args[1], error);
    if (!qr)
        return fail(error);
    // A byte that is not UTF-8 is shown as U+FFFD rather than stopping the dump.
    std::cout << to_json(*qr, args[1]).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
}

// [SECTION] qr make

// Black modules on white, a quiet zone of 4 modules, `scale` pixels per module.
bool write_qr_png(const QrMatrix& m, const std::string& path, int scale, std::string& error)
{
    constexpr int quiet = 4;
    const int side = (m.size + 2 * quiet) * scale;
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(side) * static_cast<std::size_t>(side), 255);
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) {
            if (!m.dark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                const auto row = static_cast<std::size_t>((y + quiet) * scale + dy) * static_cast<std::size_t>(side);
                for (int dx = 0; dx < scale; ++dx)
                    pixels[row + static_cast<std::size_t>((x + quiet) * scale + dx)] = 0;
            }
        }
    return platform::write_png(path, side, side, 1, pixels.data(), platform::PngSpeed::Small, error);
}

int qr_make(const std::vector<std::string>& args)
{
    // The options, with the most characters each may hold (EMVCo's limits; 0: checked apart).
    const std::map<std::string, std::size_t> limits = {{"--bin", 0},    {"--account", 19}, {"--name", 25},
                                                       {"--amount", 0}, {"--purpose", 25}, {"--bill", 25},
                                                       {"--city", 15},  {"--out", 0}};
    std::map<std::string, std::string> values;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (!limits.count(a))
            return fail(a.rfind("--", 0) == 0 ? "unknown option '" + a + "' for qr make (see luyenso --help)"
                                              : "unexpected argument '" + a + "' for qr make (see luyenso --help)");
        if (i + 1 >= args.size() || args[i + 1].empty())
            return fail("option " + a + " needs a value (see luyenso --help)");
        values[a] = args[++i];
    }
    for (const char* needed : {"--bin", "--account", "--name", "--out"})
        if (!values.count(needed))
            return fail(std::string("qr make needs ") + needed + " (see luyenso --help)");
    for (const auto& [option, value] : values) {
        const std::size_t n = utf8_length(value);
        if (limits.at(option) > 0 && n > limits.at(option))
            return fail(option + " holds at most " + std::to_string(limits.at(option)) + " characters, not " +
                        std::to_string(n));
    }
    const std::string& bin = values["--bin"];
    if (bin.size() != 6 || !is_digits(bin))
        return fail("--bin needs the bank's 6-digit BIN, such as 970416, not '" + bin + "'");
    const std::string& account = values["--account"];
    if (account.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") !=
        std::string::npos)
        return fail("--account needs letters and digits only, not '" + account + "'");
    const std::string amount = values.count("--amount") ? values["--amount"] : "";
    if (values.count("--amount") && (amount.size() > 13 || !is_digits(amount) || amount[0] == '0'))
        return fail("--amount needs a whole number of dong such as 50000 (digits only, no dots), not '" + amount + "'");

    VietQr qr;
    qr.dynamic = !amount.empty();
    qr.bank_bin = bin;
    qr.account = account;
    qr.merchant_name = values["--name"];
    qr.amount = amount;
    qr.purpose = values.count("--purpose") ? values["--purpose"] : "";
    qr.bill_number = values.count("--bill") ? values["--bill"] : "";
    qr.merchant_city = values.count("--city") ? values["--city"] : "";
    if (const std::string p = qr.problem(); !p.empty())
        return fail(p);
    const std::string payload = qr.build();
    std::string error;
    const auto matrix = make_qr(payload, error);
    if (!matrix)
        return fail(error);
    if (!write_qr_png(*matrix, values["--out"], 10, error))
        return fail(error);
    std::cout << payload << "\n";
    return 0;
}

} // namespace

// [SECTION] Commands

int run_telex(const std::vector<std::string>& args)
{
    TypingSettings settings;
    std::string keys;
    bool options_done = false;
    bool any_keys = false;
    for (const std::string& a : args) {
        if (!options_done && a.rfind("--", 0) == 0) {
            if (a == "--vni") {
                settings.method = InputMethod::Vni;
            } else if (a == "--new-style") {
                settings.tone_style = ToneStyle::New;
            } else if (a == "--help") {
                std::cout << help_text();
                return 0;
            } else if (a == "--") {
                options_done = true;
            } else {
                return fail("unknown option '" + a + "' for telex (see luyenso --help)");
            }
            continue;
        }
        if (any_keys)
            keys += ' ';
        keys += a;
        any_keys = true;
    }
    if (!any_keys)
        return fail("telex needs the KEYS to type, such as: luyenso telex xin chaof");
    std::cout << telex_type(keys, settings) << "\n";
    return 0;
}

int run_qr(const std::vector<std::string>& args)
{
    if (!args.empty() && is_help(args[0])) {
        std::cout << help_text();
        return 0;
    }
    if (!args.empty() && args[0] == "decode")
        return qr_decode(args);
    if (!args.empty() && args[0] == "make")
        return qr_make(args);
    return fail("qr needs 'decode PAYLOAD' or 'make ...' (see luyenso --help)");
}

} // namespace luyenso::app
