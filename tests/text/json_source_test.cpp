// JsonDocument: the JSON parser that remembers where every value and key is, so that
// lesson errors point at the line and column an organiser has to fix.
#include "text/json_source.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using luyenso::Diagnostic;
using luyenso::JsonDocument;
using luyenso::SourcePos;

namespace {

std::string at(SourcePos p)
{
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

JsonDocument parse_ok(std::string_view text)
{
    Diagnostic error;
    auto doc = JsonDocument::parse(text, error);
    INFO("unexpected error: " << error.to_string());
    REQUIRE(doc.has_value());
    return *doc;
}

// The error as "LINE:COL: message" (the file name is the loader's business).
std::string parse_error(std::string_view text)
{
    Diagnostic error;
    auto doc = JsonDocument::parse(text, error);
    REQUIRE_FALSE(doc.has_value());
    CHECK(error.file.empty());
    return at(error.pos) + ": " + error.message;
}

} // namespace

TEST_CASE("values and keys remember their line and column in code points", "[json]")
{
    // Columns count code points: "tên" and "Bàn Văn Giảng" hold multi-byte characters.
    const std::string text = "{\n"
                             "  \"tên\": \"Bàn Văn Giảng\", \"tuổi\": 68,\n"
                             "  \"steps\": [\n"
                             "    {\"id\": \"mở\", \"target\": \"home.app.chat\"},\n"
                             "    {\"id\": \"gọi\"}\n"
                             "  ]\n"
                             "}\n";
    const JsonDocument doc = parse_ok(text);

    CHECK(doc.root()["tên"] == "Bàn Văn Giảng");
    CHECK(doc.root()["tuổi"] == 68);
    CHECK(doc.root()["steps"][1]["id"] == "gọi");

    CHECK(at(doc.value_pos("")) == "1:1");
    CHECK(at(doc.key_pos("/tên")) == "2:3");
    CHECK(at(doc.value_pos("/tên")) == "2:10");
    CHECK(at(doc.key_pos("/tuổi")) == "2:27");
    CHECK(at(doc.value_pos("/tuổi")) == "2:35");
    CHECK(at(doc.key_pos("/steps")) == "3:3");
    CHECK(at(doc.value_pos("/steps")) == "3:12");

    SECTION("nested pointers reach into lists and objects")
    {
        CHECK(at(doc.value_pos("/steps/0")) == "4:5");
        CHECK(at(doc.value_pos("/steps/0/id")) == "4:12");
        CHECK(at(doc.key_pos("/steps/0/target")) == "4:18");
        CHECK(at(doc.value_pos("/steps/0/target")) == "4:28");
        CHECK(at(doc.value_pos("/steps/1")) == "5:5");
        CHECK(at(doc.value_pos("/steps/1/id")) == "5:12");
    }
    SECTION("a list item has no key: key_pos gives its value's position")
    {
        CHECK(at(doc.key_pos("/steps/1")) == "5:5");
    }
    SECTION("a missing pointer falls back to the nearest parent that exists")
    {
        CHECK(at(doc.value_pos("/steps/1/target")) == "5:5");
        CHECK(at(doc.key_pos("/steps/1/target")) == "5:5");
        CHECK(at(doc.value_pos("/steps/7/say/vi")) == "3:12");
        CHECK(at(doc.value_pos("/nothing")) == "1:1");
    }
}

TEST_CASE("positions with CRLF line ends and tabs and leading blank lines", "[json]")
{
    const JsonDocument doc = parse_ok("\r\n\r\n\t{\r\n\t\"a\": [true, null],\r\n\t\"b\": -2.5e1\r\n}");
    CHECK(at(doc.value_pos("")) == "3:2");
    CHECK(at(doc.key_pos("/a")) == "4:2");
    CHECK(at(doc.value_pos("/a/1")) == "4:14");
    CHECK(at(doc.value_pos("/b")) == "5:7");
    CHECK(doc.root()["a"][0] == true);
    CHECK(doc.root()["a"][1].is_null());
    CHECK(doc.root()["b"] == -25.0);
}

TEST_CASE("json_pointer_append escapes '~' and '/' as RFC 6901 says", "[json]")
{
    CHECK(luyenso::json_pointer_append("", "steps") == "/steps");
    CHECK(luyenso::json_pointer_append("/steps", std::size_t{3}) == "/steps/3");
    CHECK(luyenso::json_pointer_append("/x", "a/b~c") == "/x/a~1b~0c");

    const JsonDocument doc = parse_ok(R"({"a/b": 1, "m~n": {"k": 2}})");
    CHECK(at(doc.key_pos(luyenso::json_pointer_append("", "a/b"))) == "1:2");
    CHECK(at(doc.value_pos(luyenso::json_pointer_append("", "a/b"))) == "1:9");
    CHECK(at(doc.value_pos("/m~0n/k")) == "1:25");
}

TEST_CASE("numbers and literals and large integers", "[json]")
{
    const JsonDocument doc = parse_ok(
        R"([0, -7, 1.5, 2e3, 9223372036854775807, 99999999999999999999, true, false, null, {}, []])");
    const auto& a = doc.root();
    REQUIRE(a.size() == 11);
    CHECK(a[0].is_number_integer());
    CHECK(a[1] == -7);
    CHECK(a[2] == 1.5);
    CHECK(a[3].is_number_float());
    CHECK(a[3] == 2000.0);
    CHECK(a[4] == INT64_MAX);
    CHECK(a[5].is_number_float()); // too large for 64 bits: kept as a double
    CHECK(a[6] == true);
    CHECK(a[7] == false);
    CHECK(a[8].is_null());
    CHECK(a[9].is_object());
    CHECK(a[10].is_array());
}

TEST_CASE("escapes in text with u-escapes and surrogate pairs", "[json]")
{
    const JsonDocument doc = parse_ok(R"({"s": "A\u00e9\ud83d\ude00\n\t\"\\\/\u1EC7", "after": 1})");
    CHECK(doc.root()["s"] == "Aé\xF0\x9F\x98\x80\n\t\"\\/ệ");
    // Escapes are counted as the characters written in the file, not as their result.
    CHECK(at(doc.key_pos("/after")) == "1:46");
    CHECK(at(doc.value_pos("/after")) == "1:55");

    SECTION("bad escapes are refused where they are")
    {
        CHECK(parse_error(R"({"s": "\ud83dx"})") ==
              R"(1:14: a \u escape of a high surrogate must be followed by a low surrogate)");
        CHECK(parse_error(R"({"s": "\ud83d\u0041"})") == R"(1:20: invalid low surrogate in \u escape)");
        CHECK(parse_error(R"({"s": "\ude00"})") == R"(1:14: a lone low surrogate in a \u escape)");
        CHECK(parse_error(R"({"s": "\u12g4"})") ==
              R"(1:12: expected four hexadecimal digits after \u; write it as \u00e9, or type the letter itself)");
        CHECK(parse_error(R"({"s": "C:\new\q"})") ==
              R"(1:15: unknown escape in text; a backslash must be written as \\)");
    }
}

TEST_CASE("a UTF-8 byte-order mark is skipped", "[json]")
{
    const JsonDocument doc = parse_ok("\xEF\xBB\xBF{\"tên\": \"Minh\"}");
    CHECK(doc.root()["tên"] == "Minh");
    CHECK(at(doc.key_pos("/tên")) == "1:2");
    CHECK(at(doc.value_pos("/tên")) == "1:9");
    // Only at the start: a BOM inside the file is an error, not silently skipped.
    CHECK(
        parse_error("{\"a\": 1,\xEF\xBB\xBF\"b\": 2}") ==
        "1:9: expected a key in double quotes but found '\xEF\xBB\xBF'; write the key in double quotes, as \"title\"");
}

TEST_CASE("syntax errors give the exact place and a way to fix them", "[json]")
{
    SECTION("trailing comma in an object points at the '}'")
    {
        CHECK(parse_error("{\n  \"a\": 1,\n}") == "3:1: a comma before '}' is not allowed in JSON; remove it");
    }
    SECTION("trailing comma in a list")
    {
        CHECK(parse_error(R"({"a": [1, 2,]})") == "1:13: a comma before ']' is not allowed in JSON; remove it");
    }
    SECTION("missing comma between members")
    {
        CHECK(
            parse_error("{\n  \"id\": \"x\"\n  \"version\": 1\n}") ==
            R"(3:3: expected ',' or '}' after the value of "id" but found '"'; add ',' before this if another key follows, or '}' if the object ends here)");
    }
    SECTION("missing comma in a list")
    {
        CHECK(parse_error("[1 2]") ==
              "1:4: expected ',' or ']' in the list but found '2'; add ',' between the items, or ']' if "
              "the list ends here");
    }
    SECTION("missing colon and unquoted keys")
    {
        CHECK(parse_error(R"({"a" 1})") ==
              R"(1:6: expected ':' after the key "a" but found '1'; put ':' between the key and its value)");
        CHECK(parse_error("{a: 1}") ==
              "1:2: expected a key in double quotes but found 'a'; write the key in double quotes, as \"title\"");
    }
    SECTION("unterminated text at the end of the file")
    {
        CHECK(parse_error(R"({"a": "abc)") ==
              "1:11: text is missing its closing double quote; add \" at the end of the text");
    }
    SECTION("unterminated text at the end of a line, after Vietnamese text")
    {
        CHECK(
            parse_error("{\"tên\": \"Giảng\n}") ==
            R"(1:15: text is missing its closing double quote before the end of the line; add " at the end of the text (write a line break as \n))");
    }
    SECTION("a raw control character inside text")
    {
        CHECK(parse_error("{\"a\": \"x\ty\"}") == "1:9: a control character inside text; write it as an escape");
    }
    SECTION("invalid UTF-8: a stray byte, Latin-1 text, an overlong form, an encoded surrogate, a cut sequence")
    {
        const std::string message = "the file is not valid UTF-8 here; save it as UTF-8";
        CHECK(parse_error("{\"a\": \"x\xFFy\"}") == "1:9: " + message);
        CHECK(parse_error("{\"tên\": \"Gi\xE1ng\"}") == "1:12: " + message);
        CHECK(parse_error("{\"a\": \"\xC0\x80\"}") == "1:8: " + message);
        CHECK(parse_error("{\"a\": \"\xED\xA0\x80\"}") == "1:8: " + message);
        CHECK(parse_error("{\"a\": \"\xE1\xBB") == "1:8: " + message);
        CHECK(parse_error("\n\n  \"\x80\"") == "3:4: " + message);
    }
    SECTION("a duplicate key points at the second key")
    {
        CHECK(parse_error("{\"id\": \"a\",\n \"title\": \"x\",\n \"id\": \"b\"}") ==
              R"(3:2: duplicate key "id" in the same object)");
    }
    SECTION("empty files")
    {
        CHECK(parse_error("") == "1:1: the file is empty; a lesson is one JSON object");
        CHECK(parse_error("\xEF\xBB\xBF") == "1:1: the file is empty; a lesson is one JSON object");
        CHECK(parse_error("  \n  ") == "2:3: the file is empty; a lesson is one JSON object");
    }
    SECTION("text after the value")
    {
        CHECK(parse_error("{} x") == "1:4: unexpected text after the end of the JSON value; remove it, or move it "
                                     "inside the one object { ... }");
        CHECK(parse_error("{}\n{}") == "2:1: unexpected text after the end of the JSON value; remove it, or move it "
                                       "inside the one object { ... }");
    }
    SECTION("bare words and values that are not JSON")
    {
        CHECK(parse_error(R"({"a": tru})") == "1:7: unknown word; did you mean true? (text values need double quotes)");
        CHECK(parse_error(R"({"a": nul})") == "1:7: unknown word; did you mean null? (text values need double quotes)");
        CHECK(parse_error(R"({"a": yes})") ==
              "1:7: expected a value but found 'y'; write text in double quotes, a number, true, false, "
              "null, an object { ... } or a list [ ... ]");
        CHECK(
            parse_error("{\"a\": \x01}") ==
            "1:7: expected a value but found a control character; write text in double quotes, a number, true, false, "
            "null, an object { ... } or a list [ ... ]");
        CHECK(
            parse_error(R"({"a": )") ==
            "1:7: expected a value but found the end of the file; write text in double quotes, a number, true, false, "
            "null, an object { ... } or a list [ ... ]");
    }
    SECTION("curly quotes pasted from a word processor are named whole, not as a broken byte")
    {
        CHECK(parse_error("{\"a\": “x”}") ==
              "1:7: expected a value but found '“'; write text in double quotes, a number, true, false, null, an "
              "object { ... } or a list [ ... ]");
        // A stray byte is described in words: the message itself stays valid UTF-8.
        CHECK(parse_error("{\"a\": 1,\x80}") ==
              "1:9: expected a key in double quotes but found a byte that is not valid UTF-8; write the key in double "
              "quotes, as \"title\"");
        CHECK(parse_error("{\"a\": \xE1n}") ==
              "1:7: expected a value but found a byte that is not valid UTF-8; write text in double quotes, a number, "
              "true, false, null, an object { ... } or a list [ ... ]");
    }
    SECTION("malformed numbers")
    {
        CHECK(parse_error(R"({"a": -})") == "1:8: expected a digit after '-'; write a number such as -5");
        CHECK(parse_error(R"({"a": 1.})") ==
              "1:9: expected a digit after the decimal point; write a number such as 2.5");
        CHECK(parse_error(R"({"a": 1e+})") == "1:10: expected a digit in the exponent; write a number such as 1e6, or "
                                              "put it in double quotes if it is text");
        CHECK(parse_error(R"({"a": 1e999})") == "1:7: number out of range");
        CHECK(
            parse_error(R"({"a": 01})") ==
            R"(1:8: expected ',' or '}' after the value of "a" but found '1'; add ',' before this if another key follows, or '}' if the object ends here)");
    }
}

TEST_CASE("deep nesting is refused without crashing", "[json]")
{
    SECTION("200 levels below the root are fine")
    {
        const std::string ok = std::string(201, '[') + std::string(201, ']');
        const JsonDocument doc = parse_ok(ok);
        CHECK(doc.root().is_array());
    }
    SECTION("one level more is an error at the bracket that goes too deep")
    {
        CHECK(parse_error(std::string(202, '[') + std::string(202, ']')) == "1:202: JSON nested too deeply");
    }
    SECTION("a hostile file of a million brackets")
    {
        CHECK(parse_error(std::string(1'000'000, '[')) == "1:202: JSON nested too deeply");
    }
    SECTION("deep objects too")
    {
        std::string text;
        for (int i = 0; i < 1000; ++i)
            text += "{\"a\":";
        CHECK(parse_error(text) == "1:1006: JSON nested too deeply");
    }
}

TEST_CASE("Diagnostic::to_string has the FILE:LINE:COL form editors jump to", "[json]")
{
    Diagnostic d{"lessons/x.json", {3, 14}, "unknown key \"targt\""};
    CHECK(d.to_string() == "lessons/x.json:3:14: error: unknown key \"targt\"");
    d.pos = {};
    CHECK(d.to_string() == "lessons/x.json: error: unknown key \"targt\"");
}

TEST_CASE("every JSON syntax error says how to fix it, split out for check --json", "[json]")
{
    // The surrogate cases are left out: they name the rule, which is the instruction.
    const std::vector<std::string> broken = {
        "",
        "{} x",
        R"({"a": yes})",
        R"({"a": -})",
        R"({"a": 1.})",
        R"({"a": 1e+})",
        R"({"s": "\u12g4"})",
        R"({"a": "abc)",
        "{\"a\": \"ab\ncd\"}",
        "{a: 1}",
        R"({"a" 1})",
        "{\n  \"balance\": 1\n  \"pin\": \"1\"\n}",
        "[1 2]",
        R"({"a": 1,})",
        "[1,]",
        R"({"a": tru})",
        "{\"a\": \"\\q\"}",
    };
    for (const std::string& text : broken) {
        INFO(text);
        Diagnostic error;
        REQUIRE_FALSE(JsonDocument::parse(text, error).has_value());
        CHECK_FALSE(error.what().empty());
        CHECK_FALSE(error.fix().empty());
    }
    // The organiser's case from issue 18: a missing comma after "balance".
    Diagnostic error;
    REQUIRE_FALSE(JsonDocument::parse("{\n  \"balance\": 1250000\n  \"pin\": \"123456\"\n}", error));
    CHECK(error.what() == R"(expected ',' or '}' after the value of "balance" but found '"')");
    CHECK(error.fix() == "add ',' before this if another key follows, or '}' if the object ends here");
}

TEST_CASE("a syntax error names the innermost value open at it as a JSON pointer", "[json]")
{
    const auto pointer_of = [](std::string_view text) {
        Diagnostic error;
        REQUIRE_FALSE(JsonDocument::parse(text, error).has_value());
        return error.pointer;
    };
    // A missing comma inside "world"/"bank": the object the comma belongs to.
    CHECK(pointer_of("{\"world\": {\"bank\": {\n  \"balance\": 1250000\n  \"pin\": \"123456\"\n}}}") == "/world/bank");
    // A value that cannot be read: the value itself.
    CHECK(pointer_of(R"({"steps": [{"id": "a"}, {"id": yes}]})") == "/steps/1/id");
    CHECK(pointer_of(R"({"steps": [{"say": "abc)") == "/steps/0/say");
    CHECK(pointer_of(R"({"a": 1e999})") == "/a");
    CHECK(pointer_of(R"({"a": [1 2]})") == "/a");
    CHECK(pointer_of(R"({"a": 1, "a": 2})") == "/a");
    // At the top level there is no value open around the error: the pointer is "" (the whole file).
    CHECK(pointer_of("{} x").empty());
    CHECK(pointer_of("").empty());
    CHECK(pointer_of("{a: 1}").empty());
    // The Vietnamese text is there too.
    Diagnostic error;
    REQUIRE_FALSE(JsonDocument::parse("{\n  \"balance\": 1\n  \"pin\": \"1\"\n}", error));
    CHECK(error.text("vi") == "thiếu dấu phẩy ',' hoặc dấu '}' sau giá trị của \"balance\" (gặp '\"'); hãy thêm dấu "
                              "phẩy ',' ngay trước chỗ này nếu còn mục khác theo sau, hoặc dấu '}' nếu nhóm kết thúc ở "
                              "đây");
}
