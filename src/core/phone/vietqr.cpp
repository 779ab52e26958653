#include "phone/vietqr.h"
#include "text/digits.h"

#include "text/utf8.h"

#include <qrencode.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <memory>
#include <stdexcept>

namespace luyenso {

namespace {

// [SECTION] Fields and their names

struct FieldSpec {
    std::string_view tag;
    std::string_view name;
    std::string VietQr::*member;
};

// Top-level fields that hold one value (00, 01, 38, 62, 63 and 64 are handled apart).
constexpr auto plain_fields = std::to_array<FieldSpec>({
    {"52", "merchant category code", &VietQr::category},
    {"53", "currency", &VietQr::currency},
    {"54", "amount", &VietQr::amount},
    {"55", "tip or convenience indicator", &VietQr::tip_indicator},
    {"56", "fixed convenience fee", &VietQr::fee_fixed},
    {"57", "percentage convenience fee", &VietQr::fee_percent},
    {"58", "country", &VietQr::country},
    {"59", "merchant name", &VietQr::merchant_name},
    {"60", "merchant city", &VietQr::merchant_city},
    {"61", "postal code", &VietQr::postal_code},
});

// Sub-fields of 62, additional data.
constexpr auto additional_fields = std::to_array<FieldSpec>({
    {"01", "bill number", &VietQr::bill_number},
    {"02", "mobile number", &VietQr::mobile},
    {"03", "store label", &VietQr::store_label},
    {"04", "loyalty number", &VietQr::loyalty_number},
    {"05", "reference label", &VietQr::reference_label},
    {"06", "customer label", &VietQr::customer_label},
    {"07", "terminal label", &VietQr::terminal_label},
    {"08", "purpose of transaction", &VietQr::purpose},
    {"09", "additional consumer data request", &VietQr::consumer_data_request},
});

// Sub-fields of 64, the merchant in another language.
constexpr auto language_fields = std::to_array<FieldSpec>({
    {"00", "language preference", &VietQr::language},
    {"01", "merchant name in that language", &VietQr::merchant_name_alt},
    {"02", "merchant city in that language", &VietQr::merchant_city_alt},
});

struct ServiceSpec {
    std::string_view code;
    std::string_view description;
};
constexpr std::string_view transfer_to_account = "QRIBFTTA";
constexpr auto services = std::to_array<ServiceSpec>({
    {transfer_to_account, "transfer to account"},
    {"QRIBFTTC", "transfer to card"},
    {"QRPUSH", "purchase"},
    {"QRCASH", "cash withdrawal at an ATM"},
});

constexpr std::size_t max_value_chars = 99;

bool all_alnum(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
}

std::string quoted(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

// [SECTION] TLV

// tag, 2-digit length in characters (code points), value.
std::string tlv(std::string_view tag, std::string_view value)
{
    const std::size_t n = utf8_length(value);
    std::string out(tag);
    out += static_cast<char>('0' + n / 10);
    out += static_cast<char>('0' + n % 10);
    out += value;
    return out;
}

struct Tlv {
    std::string tag;
    std::string_view value;
    std::size_t offset = 0;    // byte offset of the tag
    std::size_t character = 0; // 1-based character position of the tag
};

// Moves `at` over `count` characters of `text`; false if the text ends first.
bool skip_characters(std::string_view text, std::size_t& at, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (at >= text.size())
            return false;
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            ++at;
    }
    return true;
}

// Splits `text` into TLV fields. `parent` is empty at the top level, else the tag path of
// the template that holds them ("38", "38 01"), which every message names.
bool read_tlvs(std::string_view text, const std::string& parent, std::vector<Tlv>& out, std::string& error)
{
    const bool top = parent.empty();
    const std::string prefix = top ? "" : "field " + parent + ": ";
    const std::string kind = top ? "field" : "sub-field";
    std::size_t at = 0;
    std::size_t character = 1;
    while (at < text.size()) {
        const std::string where = top ? " at character " + std::to_string(character) : "";
        if (text.size() - at < 4) {
            error = prefix + "truncated " + kind + where + ": a " + kind + " needs a 2-digit tag and a 2-digit length";
            return false;
        }
        const std::string_view tag = text.substr(at, 2);
        const std::string_view length = text.substr(at + 2, 2);
        if (!is_digits(tag)) {
            error = prefix + "bad " + kind + " tag " + quoted(tag) + where + ": tags are 2 digits";
            return false;
        }
        const std::string name = kind + " " + std::string(tag) + where;
        if (!is_digits(length)) {
            error = prefix + name + ": the length " + quoted(length) + " is not 2 digits";
            return false;
        }
        const auto count = static_cast<std::size_t>((length[0] - '0') * 10 + (length[1] - '0'));
        std::size_t end = at + 4;
        if (!skip_characters(text, end, count)) {
            error = prefix + name + " says " + std::string(length) + " characters but only " +
                    std::to_string(utf8_length(text.substr(at + 4))) + " remain";
            return false;
        }
        for (const Tlv& seen : out)
            if (seen.tag == tag) {
                error = prefix + kind + " " + std::string(tag) + " appears twice";
                return false;
            }
        out.push_back({std::string(tag), text.substr(at + 4, end - at - 4), at, character});
        character += 4 + count;
        at = end;
    }
    return true;
}

const Tlv* find_tlv(const std::vector<Tlv>& fields, std::string_view tag)
{
    for (const Tlv& f : fields)
        if (f.tag == tag)
            return &f;
    return nullptr;
}

// Reads the sub-fields of template `parent` into `qr` by their specs; unknown ones are errors.
template <std::size_t N>
bool read_template(std::string_view value, const std::string& parent, const std::array<FieldSpec, N>& specs, VietQr& qr,
                   std::string& error)
{
    std::vector<Tlv> subs;
    if (!read_tlvs(value, parent, subs, error))
        return false;
    for (const Tlv& sub : subs) {
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&](const FieldSpec& s) { return s.tag == sub.tag; });
        if (spec == specs.end()) {
            error = "field " + parent + ": unknown sub-field " + sub.tag;
            return false;
        }
        qr.*(spec->member) = std::string(sub.value);
    }
    return true;
}

// Field 38: GUID, beneficiary organisation (BIN and account), service code.
bool read_merchant_account(std::string_view value, VietQr& qr, std::string& error)
{
    std::vector<Tlv> subs;
    if (!read_tlvs(value, "38", subs, error))
        return false;
    for (const Tlv& sub : subs)
        if (sub.tag != "00" && sub.tag != "01" && sub.tag != "02") {
            error = "field 38: unknown sub-field " + sub.tag;
            return false;
        }
    const Tlv* guid = find_tlv(subs, "00");
    const Tlv* beneficiary = find_tlv(subs, "01");
    const Tlv* service = find_tlv(subs, "02");
    if (!guid) {
        error = "field 38: missing sub-field 00 (GUID)";
        return false;
    }
    if (guid->value != napas_guid) {
        error = "field 38 is not a NAPAS (VietQR) account: its GUID is " + quoted(guid->value) + ", expected " +
                std::string(napas_guid);
        return false;
    }
    if (!beneficiary) {
        error = "field 38: missing sub-field 01 (beneficiary organisation)";
        return false;
    }
    std::vector<Tlv> org;
    if (!read_tlvs(beneficiary->value, "38 01", org, error))
        return false;
    for (const Tlv& sub : org)
        if (sub.tag != "00" && sub.tag != "01") {
            error = "field 38 01: unknown sub-field " + sub.tag;
            return false;
        }
    const Tlv* bin = find_tlv(org, "00");
    const Tlv* account = find_tlv(org, "01");
    if (!bin) {
        error = "field 38 01: missing sub-field 00 (bank BIN)";
        return false;
    }
    if (!account) {
        error = "field 38 01: missing sub-field 01 (account number)";
        return false;
    }
    qr.bank_bin = std::string(bin->value);
    qr.account = std::string(account->value);
    // Real payloads sometimes leave out the service code; banks' apps take them as a
    // transfer to account.
    qr.service_code = service ? std::string(service->value) : std::string(transfer_to_account);
    return true;
}

std::string hex4(std::uint16_t v)
{
    constexpr std::string_view digits = "0123456789ABCDEF";
    std::string out(4, '0');
    for (int i = 3; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = digits[v & 0xF];
        v = static_cast<std::uint16_t>(v >> 4);
    }
    return out;
}

// What is wrong with the values themselves (shared by parse and build).
std::string value_problem(const VietQr& q)
{
    if (q.bank_bin.size() != 6 || !is_digits(q.bank_bin))
        return "field 38 01 00 (bank BIN) must be 6 digits, not " + quoted(q.bank_bin);
    if (q.account.empty() || q.account.size() > 19 || !all_alnum(q.account))
        return "field 38 01 01 (account number) must be 1 to 19 letters or digits, not " + quoted(q.account);
    if (service_description(q.service_code).empty())
        return "field 38 02 (service code) must be QRIBFTTA, QRIBFTTC, QRPUSH or QRCASH, not " + quoted(q.service_code);
    if (!q.category.empty() && (q.category.size() != 4 || !is_digits(q.category)))
        return "field 52 (merchant category code) must be 4 digits, not " + quoted(q.category);
    if (q.currency != "704")
        return "field 53 (currency) must be 704 (VND), not " + quoted(q.currency);
    if (!q.amount.empty() && (q.amount.size() > 13 || !is_digits(q.amount)))
        return "field 54 (amount) must be digits only (whole dong, at most 13), not " + quoted(q.amount);
    if (q.country != "VN")
        return "field 58 (country) must be VN, not " + quoted(q.country);
    return {};
}

} // namespace

// [SECTION] CRC

std::uint16_t crc16_ccitt(std::string_view data)
{
    std::uint16_t crc = 0xFFFF;
    for (const char c : data) {
        crc = static_cast<std::uint16_t>(crc ^ (static_cast<unsigned char>(c) << 8));
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) != 0 ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021)
                                      : static_cast<std::uint16_t>(crc << 1);
    }
    return crc;
}

// [SECTION] Build

std::string VietQr::problem() const
{
    std::string p = value_problem(*this);
    if (!p.empty())
        return p;
    for (const auto& spec : plain_fields)
        if (utf8_length(this->*(spec.member)) > max_value_chars)
            return "field " + std::string(spec.tag) + " (" + std::string(spec.name) + ") is longer than 99 characters";
    std::size_t additional = 0;
    for (const auto& spec : additional_fields)
        if (!(this->*(spec.member)).empty())
            additional += 4 + utf8_length(this->*(spec.member));
    if (additional > max_value_chars)
        return "field 62 (additional data) is longer than 99 characters";
    std::size_t other_language = 0;
    for (const auto& spec : language_fields)
        if (!(this->*(spec.member)).empty())
            other_language += 4 + utf8_length(this->*(spec.member));
    if (other_language > max_value_chars)
        return "field 64 (merchant in another language) is longer than 99 characters";
    return {};
}

std::string VietQr::build() const
{
    if (const std::string p = problem(); !p.empty())
        throw std::invalid_argument(p);
    std::string out = tlv("00", "01") + tlv("01", dynamic ? "12" : "11");
    out += tlv("38",
               tlv("00", napas_guid) + tlv("01", tlv("00", bank_bin) + tlv("01", account)) + tlv("02", service_code));
    for (const auto& spec : plain_fields) // 52 to 61, in tag order
        if (!(this->*(spec.member)).empty())
            out += tlv(spec.tag, this->*(spec.member));
    std::string additional;
    for (const auto& spec : additional_fields)
        if (!(this->*(spec.member)).empty())
            additional += tlv(spec.tag, this->*(spec.member));
    if (!additional.empty())
        out += tlv("62", additional);
    std::string other_language;
    for (const auto& spec : language_fields)
        if (!(this->*(spec.member)).empty())
            other_language += tlv(spec.tag, this->*(spec.member));
    if (!other_language.empty())
        out += tlv("64", other_language);
    out += "6304";
    return out + hex4(crc16_ccitt(out));
}

// [SECTION] Parse

std::optional<VietQr> VietQr::parse(std::string_view payload, std::string& error)
{
    if (payload.empty()) {
        error = "empty text: not a VietQR payload";
        return std::nullopt;
    }
    if (!utf8_valid(payload)) {
        error = "not a VietQR payload: the text is not valid UTF-8";
        return std::nullopt;
    }
    std::vector<Tlv> fields;
    if (!read_tlvs(payload, "", fields, error)) {
        const Tlv* format = find_tlv(fields, "00");
        if (!format || format->value != "01")
            error = "not a VietQR payload: " + error;
        return std::nullopt;
    }
    for (const Tlv& f : fields) {
        const bool known = f.tag == "00" || f.tag == "01" || f.tag == "38" || f.tag == "62" || f.tag == "63" ||
                           f.tag == "64" ||
                           std::any_of(plain_fields.begin(), plain_fields.end(),
                                       [&](const FieldSpec& s) { return s.tag == f.tag; });
        if (!known) {
            error = "unknown field " + f.tag + " at character " + std::to_string(f.character);
            return std::nullopt;
        }
    }

    // The CRC: last, 4 upper-case hex digits, over everything up to and including "6304".
    const Tlv* crc = find_tlv(fields, "63");
    if (!crc) {
        error = "missing field 63 (CRC)";
        return std::nullopt;
    }
    if (crc != &fields.back()) {
        error = "field 63 (CRC) must be the last field";
        return std::nullopt;
    }
    const bool hex = crc->value.size() == 4 && std::all_of(crc->value.begin(), crc->value.end(), [](char c) {
                         return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
                     });
    if (!hex) {
        error = "field 63 (CRC) must be 4 upper-case hex digits, not " + quoted(crc->value);
        return std::nullopt;
    }
    const std::string expected = hex4(crc16_ccitt(payload.substr(0, crc->offset + 4)));
    if (crc->value != expected) {
        error = "CRC mismatch: expected " + expected + ", found " + std::string(crc->value);
        return std::nullopt;
    }

    struct Required {
        std::string_view tag;
        std::string_view name;
    };
    constexpr auto required = std::to_array<Required>({{"00", "payload format indicator"},
                                                       {"01", "point of initiation"},
                                                       {"38", "merchant account information"},
                                                       {"53", "currency"},
                                                       {"58", "country"}});
    for (const Required& r : required)
        if (!find_tlv(fields, r.tag)) {
            error = "missing field " + std::string(r.tag) + " (" + std::string(r.name) + ")";
            return std::nullopt;
        }
    if (const std::string_view v = find_tlv(fields, "00")->value; v != "01") {
        error = "field 00 (payload format indicator) must be 01, not " + quoted(v);
        return std::nullopt;
    }
    VietQr qr;
    if (const std::string_view v = find_tlv(fields, "01")->value; v == "11" || v == "12") {
        qr.dynamic = v == "12";
    } else {
        error = "field 01 (point of initiation) must be 11 (static) or 12 (dynamic), not " + quoted(v);
        return std::nullopt;
    }
    if (!read_merchant_account(find_tlv(fields, "38")->value, qr, error))
        return std::nullopt;
    for (const auto& spec : plain_fields)
        if (const Tlv* f = find_tlv(fields, spec.tag))
            qr.*(spec.member) = std::string(f->value);
    if (const Tlv* f = find_tlv(fields, "62"); f && !read_template(f->value, "62", additional_fields, qr, error))
        return std::nullopt;
    if (const Tlv* f = find_tlv(fields, "64"); f && !read_template(f->value, "64", language_fields, qr, error))
        return std::nullopt;
    if (std::string p = value_problem(qr); !p.empty()) {
        error = std::move(p);
        return std::nullopt;
    }
    return qr;
}

// [SECTION] Names

// Napas's member list (BINs cross-checked against several public lists).
constexpr auto banks = std::to_array<NapasBank>({
    {"970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"},
    {"970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"},
    {"970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"},
    {"970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"},
    {"970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"},
    {"970422", "MB", "Ngân hàng TMCP Quân đội"},
    {"970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"},
    {"970423", "TPBank", "Ngân hàng TMCP Tiên Phong"},
    {"970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"},
    {"970416", "ACB", "Ngân hàng TMCP Á Châu"},
    {"970437", "HDBank", "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh"},
    {"970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"},
    {"970443", "SHB", "Ngân hàng TMCP Sài Gòn - Hà Nội"},
    {"970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"},
    {"970431", "Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"},
    {"970448", "OCB", "Ngân hàng TMCP Phương Đông"},
    {"970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"},
    {"970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"},
    {"970409", "Bac A Bank", "Ngân hàng TMCP Bắc Á"},
    {"970425", "ABBANK", "Ngân hàng TMCP An Bình"},
    {"970438", "BaoViet Bank", "Ngân hàng TMCP Bảo Việt"},
    {"970419", "NCB", "Ngân hàng TMCP Quốc Dân"},
    {"970427", "VietABank", "Ngân hàng TMCP Việt Á"},
    {"970429", "SCB", "Ngân hàng TMCP Sài Gòn"},
    {"970408", "GPBank", "Ngân hàng TM TNHH MTV Dầu Khí Toàn Cầu"},
    {"970406", "DongA Bank", "Ngân hàng TMCP Đông Á"},
    {"970452", "KienlongBank", "Ngân hàng TMCP Kiên Long"},
    {"970424", "Shinhan Bank", "Ngân hàng TNHH MTV Shinhan Việt Nam"},
    {"970442", "Hong Leong", "Ngân hàng TNHH MTV Hong Leong Việt Nam"},
    {"970439", "Public Bank", "Ngân hàng TNHH MTV Public Việt Nam"},
});

std::span<const NapasBank> napas_banks()
{
    return banks;
}

const NapasBank* napas_bank(std::string_view bin)
{
    const auto it = std::find_if(banks.begin(), banks.end(), [&](const NapasBank& b) { return b.bin == bin; });
    return it == banks.end() ? nullptr : &*it;
}

std::string bank_label(std::string_view bin)
{
    if (const NapasBank* bank = napas_bank(bin))
        return std::string(bank->short_name);
    return "Ngân hàng (BIN " + std::string(bin) + ")";
}

std::string_view service_description(std::string_view service_code)
{
    for (const ServiceSpec& s : services)
        if (s.code == service_code)
            return s.description;
    return {};
}

// [SECTION] QR code

std::optional<QrMatrix> make_qr(std::string_view text, std::string& error)
{
    if (text.empty()) {
        error = "there is no text to put in a QR code";
        return std::nullopt;
    }
    if (text.find('\0') != std::string_view::npos) {
        error = "a QR code text cannot hold a NUL character";
        return std::nullopt;
    }
    const std::string copy(text);
    errno = 0;
    const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeString(copy.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!code) {
        error = errno == ERANGE ? "the text is too long for a QR code" : "libqrencode could not make the QR code";
        return std::nullopt;
    }
    QrMatrix m;
    m.size = code->width;
    const auto cells = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    m.modules.resize(cells);
    for (std::size_t i = 0; i < cells; ++i)
        m.modules[i] = static_cast<std::uint8_t>(code->data[i] & 1);
    return m;
}

} // namespace luyenso
