// Regression tests for what the fuzzers (fuzz/, scripts/fuzz.sh) found: each case is the
// smallest input that showed the bug, and what must happen instead.
#include "lessons/lesson.h"
#include "phone/phone.h"
#include "phone/vietqr.h"
#include "phone/world.h"
#include "text/json_source.h"
#include "text/telex.h"
#include "text/utf8.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

using luyenso::Diagnostic;
using luyenso::JsonDocument;
using luyenso::utf8_valid;

namespace {

std::string parse_error(std::string_view text)
{
    Diagnostic error;
    const auto doc = JsonDocument::parse(text, error);
    REQUIRE_FALSE(doc.has_value());
    return error.message;
}

} // namespace

// fuzz_json: `[[[[1]]]]“\x93go]...` made the message quote the curly quote *and* the stray
// byte after it (the parser took every continuation byte after a lead byte, up to four),
// so the error an organiser reads was itself invalid UTF-8.
TEST_CASE("fuzz: a syntax error names a whole character, never a stray byte after it", "[fuzz][json]")
{
    const std::string found = "[[[[[[[[[[[[[1]]]]\xE2\x80\x9C\x93go][]]]]]]]]]]]]],]]]]]]]]]]]]]";
    const std::string message = parse_error(found);
    CHECK(utf8_valid(message));
    CHECK(message ==
          "expected ',' or ']' in the list but found '\xE2\x80\x9C'; add ',' between the items, or ']' if the "
          "list ends here");

    const std::string expected_value = "expected a value but found ";
    const std::string how =
        "; write text in double quotes, a number, true, false, null, an object { ... } or a list [ ... ]";
    // A valid character followed by stray continuation bytes: only the character is named.
    CHECK(parse_error("{\"a\": \xC3\xA1\x80\x80}") == expected_value + "'\xC3\xA1'" + how);
    // Not a character at all: an overlong form, a cut sequence, an encoded surrogate, a
    // lead byte that UTF-8 never uses. Described in words.
    for (const std::string bad : {"\xC0\x80", "\xE2\x80", "\xED\xA0\x80", "\xF8\x88\x80\x80\x80", "\xF4\x90\x80\x80"}) {
        const std::string got = parse_error("{\"a\": " + bad + "}");
        INFO(got);
        CHECK(got == expected_value + "a byte that is not valid UTF-8" + how);
    }
}

// fuzz_lesson, on its first seed (tests/fixtures/wrong-format.json), and in fact on every
// lesson: Phone::add_keyboard kept a pointer to the focused field across push_back, which
// may move the elements, then read it (ASan: heap-use-after-free while `check` listed the
// ids a lesson may name). The asan preset runs this test with ASan.
TEST_CASE("fuzz: the keyboard is laid out without reading an element the tree has moved", "[fuzz][phone]")
{
    std::ifstream in(std::string(LUYENSO_SOURCE_DIR) + "/tests/fixtures/wrong-format.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const luyenso::LoadResult loaded = luyenso::load_lesson_text(text.str(), "wrong-format.json");
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors.front().to_string() ==
          "wrong-format.json:2:13: error: unsupported \"format\"; this version of Luyện Số reads format 1");

    luyenso::World world;
    world.owner.name = "Bàn Văn Giảng";
    luyenso::Person minh;
    minh.id = "minh";
    minh.name = "Cháu Minh";
    world.contacts.push_back(minh);
    luyenso::Chat chat;
    chat.with = "minh";
    world.chats.push_back(chat);
    const auto ids = luyenso::Phone::publishable_ids(world);
    CHECK(ids.count("keyboard.key.a") == 1);
    CHECK(ids.count("keyboard.backspace") == 1);
}

// fuzz_vietqr: a payload with bytes that are not UTF-8 (here a stray continuation byte in
// field 61) was accepted, because reading a field counted a stray byte as a character
// where writing one does not; building it again gave a payload that did not parse.
// Field lengths count characters, so text that is not UTF-8 is now refused.
TEST_CASE("fuzz: a VietQR payload that is not valid UTF-8 is refused, and what parses builds back the same",
          "[fuzz][vietqr]")
{
    const std::string body = "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802"
                             "VN62340107NPS68690419,TRANSFAR\xE3\xAB"
                             "O SOMEONE6104\x94\x98\x98\x98\x98"
                             "C136304";
    char crc[5];
    std::snprintf(crc, sizeof crc, "%04X", static_cast<unsigned>(luyenso::crc16_ccitt(body)));
    std::string error;
    CHECK_FALSE(luyenso::VietQr::parse(body + crc, error).has_value());
    CHECK(error == "not a VietQR payload: the text is not valid UTF-8");

    // Vietnamese text (valid UTF-8, several bytes a character) still goes both ways.
    luyenso::VietQr qr;
    qr.bank_bin = "970416";
    qr.account = "0123456789";
    qr.merchant_name = "TAP HOA BA TU";
    qr.merchant_city = "LAO CAI";
    qr.language = "vi";
    qr.merchant_name_alt = "Tạp hoá Bà Tư";
    qr.purpose = "Mua gạo";
    REQUIRE(qr.problem().empty());
    const std::string built = qr.build();
    const auto parsed = luyenso::VietQr::parse(built, error);
    INFO(error);
    REQUIRE(parsed.has_value());
    CHECK(parsed->merchant_name_alt == "Tạp hoá Bà Tư");
    CHECK(parsed->build() == built);
}

// fuzz_telex: typing "oosot" gives "óot" (the third o cancels the hat and the word is
// typed as it is); giving that text back to a field with set_text() moved the tone and
// showed "oót" before any key was pressed. A field opened for editing keeps its text, in
// either tone style; its last word still takes tones and marks from the next key.
TEST_CASE("fuzz: set_text keeps the text as it is until a key changes it", "[fuzz][telex]")
{
    const luyenso::TypingSettings old_style{luyenso::InputMethod::Telex, luyenso::ToneStyle::Old};
    const luyenso::TypingSettings new_style{luyenso::InputMethod::Telex, luyenso::ToneStyle::New};
    CHECK(luyenso::telex_type("Vitja t t oosot", old_style) == "Vitja t t óot");
    for (const auto& settings : {old_style, new_style})
        for (const std::string text : {"Vitja t t óot", "hoà", "hòa", "thuý", "thúy", "Chào ba"}) {
            luyenso::VietTyper typer(settings);
            typer.set_text(text);
            CHECK(typer.text() == text);
        }
    luyenso::VietTyper typer(new_style);
    typer.set_text("Chúc mừng hòa");
    CHECK(typer.text() == "Chúc mừng hòa");
    typer.type('x'); // a new tone: the word follows the field's style again
    CHECK(typer.text() == "Chúc mừng hoã");
}
