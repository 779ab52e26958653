// VietQR payloads: the examples of domain/vietqr.md (fields, CRC, rebuilt byte for byte),
// round trips, fields in any order, every malformed case with its exact message, and the
// QR code's modules.
#include "phone/vietqr.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using luyenso::crc16_ccitt;
using luyenso::make_qr;
using luyenso::VietQr;

namespace {

const std::string dynamic_example =
    "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA530370454051000"
    "05802VN62340107NPS68690819TRANSFER TO SOMEONE6304AC13";
const std::string static_example =
    "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";
const std::string purpose_example = "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA530370454051"
                                    "00005802VN62150811Chuyen tien630453E6";

// The merchant account field of the examples, account 257678859.
const std::string account_field = "38530010A0000007270123000697041601092576788590208QRIBFTTA";

std::string hex4(std::uint16_t v)
{
    char buf[5];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(v));
    return buf;
}

// One field: tag, 2-digit length in characters (ASCII here), value.
std::string tlv(const std::string& tag, const std::string& value)
{
    return tag + (value.size() < 10 ? "0" : "") + std::to_string(value.size()) + value;
}

std::string account_with(const std::string& guid, const std::string& beneficiary, const std::string& service)
{
    std::string v;
    if (!guid.empty())
        v += tlv("00", guid);
    if (!beneficiary.empty())
        v += tlv("01", beneficiary);
    if (!service.empty())
        v += tlv("02", service);
    return tlv("38", v);
}

// `fields` followed by a correct CRC field.
std::string with_crc(const std::string& fields)
{
    const std::string body = fields + "6304";
    return body + hex4(crc16_ccitt(body));
}

VietQr parse_ok(const std::string& payload)
{
    std::string error;
    const auto qr = VietQr::parse(payload, error);
    INFO(payload << " -> " << error);
    REQUIRE(qr.has_value());
    CHECK(error.empty());
    return *qr;
}

std::string parse_error(const std::string& payload)
{
    std::string error;
    const auto qr = VietQr::parse(payload, error);
    INFO(payload);
    CHECK_FALSE(qr.has_value());
    return error;
}

} // namespace

TEST_CASE("CRC-16/CCITT-FALSE check value", "[vietqr]")
{
    CHECK(crc16_ccitt("123456789") == 0x29B1);
    CHECK(crc16_ccitt("") == 0xFFFF);
}

TEST_CASE("the three example payloads of domain/vietqr.md", "[vietqr]")
{
    struct Example {
        std::string payload;
        bool dynamic;
        std::string account, amount, bill_number, purpose, crc;
    };
    const std::vector<Example> examples = {
        {dynamic_example, true, "224528479", "10000", "NPS6869", "TRANSFER TO SOMEONE", "AC13"},
        {static_example, false, "257678859", "", "", "", "AE9F"},
        {purpose_example, true, "257678859", "10000", "", "Chuyen tien", "53E6"},
    };
    for (const Example& e : examples) {
        const VietQr qr = parse_ok(e.payload);
        CHECK(qr.dynamic == e.dynamic);
        CHECK(qr.bank_bin == "970416");
        CHECK(qr.account == e.account);
        CHECK(qr.service_code == "QRIBFTTA");
        CHECK(qr.currency == "704");
        CHECK(qr.amount == e.amount);
        CHECK(qr.country == "VN");
        CHECK(qr.bill_number == e.bill_number);
        CHECK(qr.purpose == e.purpose);
        CHECK(qr.merchant_name.empty());
        // The CRC over everything up to and including "6304" is the one the payload ends with.
        CHECK(e.payload.substr(e.payload.size() - 8, 4) == "6304");
        CHECK(hex4(crc16_ccitt(e.payload.substr(0, e.payload.size() - 4))) == e.crc);
        CHECK(e.payload.substr(e.payload.size() - 4) == e.crc);
        // Their fields are in tag order, so build() gives them back byte for byte.
        CHECK(qr.build() == e.payload);
    }
}

TEST_CASE("build and parse round-trip every field", "[vietqr]")
{
    VietQr qr;
    qr.dynamic = true;
    qr.bank_bin = "970999";
    qr.account = "0123456789";
    qr.service_code = "QRPUSH";
    qr.category = "5411";
    qr.amount = "125000";
    qr.tip_indicator = "02";
    qr.fee_fixed = "2000";
    qr.fee_percent = "1.5";
    qr.merchant_name = "TAP HOA CO BA";
    qr.merchant_city = "HA GIANG";
    qr.postal_code = "310000";
    qr.bill_number = "HD0042";
    qr.mobile = "0912345678";
    qr.store_label = "QUAY 1";
    qr.loyalty_number = "***";
    qr.reference_label = "REF7";
    qr.customer_label = "KH01";
    qr.terminal_label = "T1";
    qr.purpose = "Trả tiền hàng";
    qr.consumer_data_request = "ME";
    qr.language = "vi";
    qr.merchant_name_alt = "Tạp hóa cô Ba";
    qr.merchant_city_alt = "Hà Giang";

    const std::string payload = qr.build();
    // Lengths count characters, not bytes; the CRC covers the UTF-8 bytes.
    CHECK(payload.find("0813Trả tiền hàng") != std::string::npos);
    CHECK(payload.find("0113Tạp hóa cô Ba") != std::string::npos);
    CHECK(payload.substr(payload.size() - 8, 4) == "6304");

    const VietQr back = parse_ok(payload);
    CHECK(back.build() == payload);
    CHECK(back.service_code == "QRPUSH");
    CHECK(back.category == "5411");
    CHECK(back.tip_indicator == "02");
    CHECK(back.fee_fixed == "2000");
    CHECK(back.fee_percent == "1.5");
    CHECK(back.merchant_name == "TAP HOA CO BA");
    CHECK(back.merchant_city == "HA GIANG");
    CHECK(back.postal_code == "310000");
    CHECK(back.mobile == "0912345678");
    CHECK(back.store_label == "QUAY 1");
    CHECK(back.loyalty_number == "***");
    CHECK(back.reference_label == "REF7");
    CHECK(back.customer_label == "KH01");
    CHECK(back.terminal_label == "T1");
    CHECK(back.purpose == "Trả tiền hàng");
    CHECK(back.consumer_data_request == "ME");
    CHECK(back.language == "vi");
    CHECK(back.merchant_name_alt == "Tạp hóa cô Ba");
    CHECK(back.merchant_city_alt == "Hà Giang");

    VietQr sticker;
    sticker.bank_bin = "970999";
    sticker.account = "888";
    const std::string built = sticker.build();
    CHECK(built ==
          with_crc("000201010211" + account_with("A000000727", tlv("00", "970999") + tlv("01", "888"), "QRIBFTTA") +
                   "5303704"
                   "5802VN"));
    CHECK(parse_ok(built).build() == built);
}

TEST_CASE("fields and sub-fields in any order, the CRC last", "[vietqr]")
{
    const std::string reordered = with_crc("5802VN"
                                           "62340819TRANSFER TO SOMEONE0107NPS6869"
                                           "5405100005303704"
                                           "010212"
                                           "38530208QRIBFTTA0123010922452847900069704160010A000000727"
                                           "000201");
    const VietQr qr = parse_ok(reordered);
    CHECK(qr.dynamic);
    CHECK(qr.bank_bin == "970416");
    CHECK(qr.account == "224528479");
    CHECK(qr.amount == "10000");
    CHECK(qr.bill_number == "NPS6869");
    CHECK(qr.purpose == "TRANSFER TO SOMEONE");
    // build() writes them in tag order: the doc's example again.
    CHECK(qr.build() == dynamic_example);
}

TEST_CASE("malformed payloads are refused with a clear reason", "[vietqr]")
{
    const std::string body = dynamic_example.substr(0, dynamic_example.size() - 8); // without "6304AC13"
    const std::string head = "000201010212" + account_field;                        // 00, 01, 38

    SECTION("not VietQR at all")
    {
        CHECK(parse_error("") == "empty text: not a VietQR payload");
        CHECK(parse_error("https://example.com/pay") ==
              "not a VietQR payload: bad field tag 'ht' at character 1: tags are 2 digits");
        CHECK(parse_error("Xin chào") == "not a VietQR payload: bad field tag 'Xi' at character 1: tags are 2 digits");
        CHECK(parse_error("0912345678") ==
              "not a VietQR payload: field 09 at character 1 says 12 characters but only 6 remain");
        CHECK(parse_error("000") ==
              "not a VietQR payload: truncated field at character 1: a field needs a 2-digit tag and a 2-digit length");
    }
    SECTION("bad lengths and tags")
    {
        CHECK(parse_error("000201010212385X") == "field 38 at character 13: the length '5X' is not 2 digits");
        std::string longer = dynamic_example;
        longer.replace(longer.size() - 6, 2, "05");
        CHECK(parse_error(longer) ==
              "field 63 at character " + std::to_string(longer.size() - 7) + " says 05 characters but only 4 remain");
        CHECK(parse_error(dynamic_example + "12") == "truncated field at character " +
                                                         std::to_string(dynamic_example.size() + 1) +
                                                         ": a field needs a 2-digit tag and a 2-digit length");
        CHECK(parse_error("000201AB02xx") == "bad field tag 'AB' at character 7: tags are 2 digits");
    }
    SECTION("unknown and duplicate fields")
    {
        CHECK(parse_error(with_crc(body + "4703abc")) ==
              "unknown field 47 at character " + std::to_string(body.size() + 1));
        CHECK(parse_error(with_crc(body + "5802VN")) == "field 58 appears twice");
        CHECK(parse_error(with_crc(head + "53037045802VN" + "62071003abc")) == "field 62: unknown sub-field 10");
        CHECK(parse_error(with_crc(head + "53037045802VN" + tlv("62", "0801a0801b"))) ==
              "field 62: sub-field 08 appears twice");
        CHECK(parse_error(with_crc("000201010212" + std::string("38180010A0000007270300") + "53037045802VN")) ==
              "field 38: unknown sub-field 03");
    }
    SECTION("the CRC")
    {
        CHECK(parse_error(body) == "missing field 63 (CRC)");
        CHECK(parse_error(body.substr(0, body.find("5802VN")) + "6304AC13" + body.substr(body.find("5802VN"))) ==
              "field 63 (CRC) must be the last field");
        CHECK(parse_error(body + "6304ac13") == "field 63 (CRC) must be 4 upper-case hex digits, not 'ac13'");
        CHECK(parse_error(body + "6303AC1") == "field 63 (CRC) must be 4 upper-case hex digits, not 'AC1'");
        CHECK(parse_error(body + "6304AC14") == "CRC mismatch: expected AC13, found AC14");
        // A changed amount with the old CRC: the CRC no longer matches.
        std::string changed = dynamic_example;
        changed.replace(changed.find("540510000"), 9, "540590000");
        const std::string expected = hex4(crc16_ccitt(changed.substr(0, changed.size() - 4)));
        CHECK(parse_error(changed) == "CRC mismatch: expected " + expected + ", found AC13");
    }
    SECTION("missing required fields")
    {
        CHECK(parse_error(with_crc("010212" + account_field + "53037045802VN")) ==
              "missing field 00 (payload format indicator)");
        CHECK(parse_error(with_crc("000201" + account_field + "53037045802VN")) ==
              "missing field 01 (point of initiation)");
        CHECK(parse_error(with_crc("000201010212"
                                   "53037045802VN")) == "missing field 38 (merchant account information)");
        CHECK(parse_error(with_crc(head + "5802VN")) == "missing field 53 (currency)");
        CHECK(parse_error(with_crc(head + "5303704")) == "missing field 58 (country)");
    }
    SECTION("wrong values")
    {
        CHECK(parse_error(with_crc("000202010212" + account_field + "53037045802VN")) ==
              "field 00 (payload format indicator) must be 01, not '02'");
        CHECK(parse_error(with_crc("000201010213" + account_field + "53037045802VN")) ==
              "field 01 (point of initiation) must be 11 (static) or 12 (dynamic), not '13'");
        CHECK(parse_error(with_crc(head + "53038405802VN")) == "field 53 (currency) must be 704 (VND), not '840'");
        CHECK(parse_error(with_crc(head + "53037045802US")) == "field 58 (country) must be VN, not 'US'");
        CHECK(parse_error(with_crc(head + "5303704540510.005802VN")) ==
              "field 54 (amount) must be digits only (whole dong, at most 13), not '10.00'");
        CHECK(parse_error(with_crc(head + "53037045405-10005802VN")) ==
              "field 54 (amount) must be digits only (whole dong, at most 13), not '-1000'");
        CHECK(parse_error(with_crc(head + "5303704520212"
                                          "5802VN")) == "field 52 (merchant category code) must be 4 digits, not '12'");
    }
    SECTION("the merchant account (38)")
    {
        std::string other_guid = "000201010212" + account_field + "53037045802VN";
        other_guid.replace(other_guid.find("A000000727"), 10, "A000000999");
        CHECK(parse_error(with_crc(other_guid)) ==
              "field 38 is not a NAPAS (VietQR) account: its GUID is 'A000000999', expected A000000727");
        const std::string tail = "53037045802VN";
        const std::string org = tlv("00", "970416") + tlv("01", "257678859");
        CHECK(parse_error(with_crc("000201010212" + account_with("", org, "QRIBFTTA") + tail)) ==
              "field 38: missing sub-field 00 (GUID)");
        CHECK(parse_error(with_crc("000201010212" + account_with("A000000727", "", "QRIBFTTA") + tail)) ==
              "field 38: missing sub-field 01 (beneficiary organisation)");
        CHECK(parse_error(with_crc("000201010212" + account_with("A000000727", tlv("01", "257678859"), "QRIBFTTA") +
                                   tail)) == "field 38 01: missing sub-field 00 (bank BIN)");
        CHECK(parse_error(with_crc("000201010212" + account_with("A000000727", tlv("00", "970416"), "QRIBFTTA") +
                                   tail)) == "field 38 01: missing sub-field 01 (account number)");
        CHECK(parse_error(with_crc("000201010212" +
                                   account_with("A000000727", tlv("00", "9704") + tlv("01", "257678859"), "QRIBFTTA") +
                                   tail)) == "field 38 01 00 (bank BIN) must be 6 digits, not '9704'");
        CHECK(parse_error(with_crc("000201010212" + account_with("A000000727", org, "QRWRONG") + tail)) ==
              "field 38 02 (service code) must be QRIBFTTA, QRIBFTTC, QRPUSH or QRCASH, not 'QRWRONG'");
        CHECK(parse_error(with_crc("000201010212" +
                                   account_with("A000000727",
                                                "0006970416"
                                                "0119257678859",
                                                "QRIBFTTA") +
                                   tail)) == "field 38 01: sub-field 01 says 19 characters but only 9 remain");
        CHECK(parse_error(with_crc("000201010212" + account_with("A000000727", org + "0200", "QRIBFTTA") + tail)) ==
              "field 38 01: unknown sub-field 02");
    }
}

TEST_CASE("build() refuses fields that make no valid payload", "[vietqr]")
{
    VietQr qr;
    qr.bank_bin = "9704";
    qr.account = "123";
    CHECK(qr.problem() == "field 38 01 00 (bank BIN) must be 6 digits, not '9704'");
    CHECK_THROWS_AS(qr.build(), std::invalid_argument);
    qr.bank_bin = "970416";
    CHECK(qr.problem().empty());
    qr.amount = "50.000";
    CHECK(qr.problem() == "field 54 (amount) must be digits only (whole dong, at most 13), not '50.000'");
    qr.amount = "50000";
    qr.merchant_name = std::string(100, 'A');
    CHECK(qr.problem() == "field 59 (merchant name) is longer than 99 characters");
    qr.merchant_name = "A";
    qr.purpose = std::string(60, 'x');
    qr.bill_number = std::string(40, 'y');
    CHECK(qr.problem() == "field 62 (additional data) is longer than 99 characters");
    qr.account = "12-34";
    CHECK(qr.problem() == "field 38 01 01 (account number) must be 1 to 19 letters or digits, not '12-34'");
}

TEST_CASE("a payload without a service code is a transfer to account, as banks' apps read it", "[vietqr]")
{
    const std::string org = tlv("00", "970405") + tlv("01", "3500205123456");
    std::string error;
    const auto qr = VietQr::parse(with_crc("000201010211" + account_with("A000000727", org, "") + "53037045802VN"),
                                  error);
    REQUIRE(qr);
    CHECK(error.empty());
    CHECK(qr->service_code == "QRIBFTTA");
    CHECK(qr->bank_bin == "970405");
    CHECK(qr->account == "3500205123456");
    CHECK(luyenso::bank_label(qr->bank_bin) == "Agribank");
}

TEST_CASE("banks are named by the Napas list, unknown BINs by their number", "[vietqr]")
{
    CHECK(luyenso::bank_label("970416") == "ACB");
    CHECK(luyenso::bank_label("970436") == "Vietcombank");
    CHECK(luyenso::bank_label("970405") == "Agribank");
    CHECK(luyenso::bank_label("970422") == "MB");
    CHECK(luyenso::bank_label("970499") == "Ngân hàng (BIN 970499)");
    REQUIRE(luyenso::napas_bank("970418"));
    CHECK(luyenso::napas_bank("970418")->full_name == "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam");
    CHECK(luyenso::napas_bank("123456") == nullptr);
    // Every BIN once, six digits, every name given.
    std::set<std::string_view> bins;
    for (const luyenso::NapasBank& b : luyenso::napas_banks()) {
        CHECK(b.bin.size() == 6);
        CHECK(b.bin.substr(0, 4) == "9704");
        CHECK(!b.short_name.empty());
        CHECK(!b.full_name.empty());
        CHECK(bins.insert(b.bin).second);
    }
    CHECK(bins.size() == 30);
    CHECK(luyenso::service_description("QRIBFTTA") == "transfer to account");
    CHECK(luyenso::service_description("QRIBFTTC") == "transfer to card");
    CHECK(luyenso::service_description("NOPE").empty());
}

TEST_CASE("QR matrices of the example payloads", "[vietqr][qr]")
{
    for (const std::string& payload : {dynamic_example, static_example, purpose_example}) {
        INFO(payload);
        std::string error;
        const auto m = make_qr(payload, error);
        REQUIRE(m.has_value());
        CHECK(error.empty());
        CHECK(m->size >= 21);
        CHECK(m->size <= 177);
        CHECK((m->size - 21) % 4 == 0);
        CHECK(m->modules.size() == static_cast<std::size_t>(m->size * m->size));
        // The finder pattern in the top-left corner: dark ring, light ring, dark centre.
        CHECK(m->dark(0, 0));
        CHECK(m->dark(6, 6));
        CHECK_FALSE(m->dark(1, 1));
        CHECK(m->dark(3, 3));
        CHECK_FALSE(m->dark(7, 7));
        // Deterministic: the same payload gives the same modules.
        const auto again = make_qr(payload, error);
        REQUIRE(again.has_value());
        CHECK(again->modules == m->modules);
    }
    std::string error;
    CHECK_FALSE(make_qr("", error).has_value());
    CHECK(error == "there is no text to put in a QR code");
    CHECK_FALSE(make_qr(std::string(5000, 'x'), error).has_value());
    CHECK(error == "the text is too long for a QR code");
}
