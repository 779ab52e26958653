#include "text/mojibake.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using luyenso::undo_mojibake;

TEST_CASE("mojibake: Vietnamese read as Windows-1252 is found with the text that was meant", "[mojibake]")
{
    struct Case {
        std::string garbled, meant;
    };
    const std::vector<Case> cases = {
        // "Đóng BHXH" read as Windows-1252: 0x90 has no character there, so an editor shows U+FFFD.
        {"\xC3\x84\xEF\xBF\xBD\xC3\x83\xC2\xB3ng BHXH", "Đóng BHXH"},
        // The same read as Latin-1: 0x90 becomes the C1 control U+0090.
        {"\xC3\x84\xC2\x90\xC3\x83\xC2\xB3ng BHXH", "Đóng BHXH"},
        {"NgÆ°á»\xC2\x9Di dÃ¹ng", "Người dùng"}, // ờ: 0x9D as Latin-1
        {"Chuyá»ƒn tiá»\xEF\xBF\xBDn", "Chuyển tiền"},
        {"Báº¥m vÃ o Ä‘Ã¢y", "Bấm vào đây"},
        {"Xin chÃ o, bÃ  Æ¡i!", "Xin chào, bà ơi!"},
        {"Giá: 50.000 Ä‘", "Giá: 50.000 đ"}, // a correct part stays as it is
    };
    for (const Case& c : cases) {
        INFO(c.garbled);
        const auto meant = undo_mojibake(c.garbled);
        REQUIRE(meant);
        CHECK(*meant == c.meant);
    }
}

TEST_CASE("mojibake: a lost byte that two Vietnamese letters could need is still found", "[mojibake]")
{
    // "ờ" is E1 BB 9D and "ề" E1 BB 81: with the last byte lost (U+FFFD) either could be
    // meant; the warning is given and the letters around it are mended.
    const auto meant = undo_mojibake("NgÆ°á»\xEF\xBF\xBDi dÃ¹ng");
    REQUIRE(meant);
    CHECK(meant->starts_with("Ngư"));
    CHECK(meant->ends_with("i dùng"));
    CHECK((*meant == "Người dùng" || *meant == "Ngưềi dùng"));
}

TEST_CASE("mojibake: correct text, Vietnamese or not, is left alone", "[mojibake]")
{
    const std::vector<std::string> fine = {
        "",
        "Bấm vào biểu tượng Trò chuyện màu xanh.",
        "Đóng BHXH tự nguyện cho tháng 12",
        "Ông bà ơi, đừng bao giờ đọc mã OTP cho người lạ!",
        "Thanh toán 35.000 đ — “Quán phở Hương”",
        "à á â ã è é ê ì í ò ó ô õ ù ú ý À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý",
        "Café © 2026 ® ± ½ … € ™",
        "plain ASCII, 100% = \"ok\"",
        "Ã alone", // a lead character with nothing after it
        "Ä‘",      // a complete pair: this one is mojibake (đ), checked below
    };
    for (std::size_t i = 0; i + 1 < fine.size(); ++i) {
        INFO(fine[i]);
        CHECK_FALSE(undo_mojibake(fine[i]));
    }
    CHECK(undo_mojibake(fine.back()) == std::optional<std::string>("đ"));
}

// [SECTION] the table of check's messages (messages.cpp)

#include "text/diagnostic.h"
#include "text/messages.h"

#include <regex>
#include <set>

TEST_CASE("check's messages: unique ids, both languages, the same placeholders in each", "[messages]")
{
    using luyenso::message_table;
    using luyenso::term_table;
    const std::regex placeholder(R"(\{t?[0-9]\})");
    auto placeholders = [&](std::string_view text) {
        std::multiset<std::string> out;
        const std::string s(text);
        for (auto it = std::sregex_iterator(s.begin(), s.end(), placeholder); it != std::sregex_iterator(); ++it)
            out.insert(it->str());
        return out;
    };
    for (const auto* table : {&message_table(), &term_table()}) {
        std::set<std::string_view> ids;
        for (const auto& m : *table) {
            INFO(m.id);
            CHECK(ids.insert(m.id).second);
            CHECK_FALSE(m.en.empty());
            CHECK_FALSE(m.vi.empty());
            CHECK(placeholders(m.en) == placeholders(m.vi));
            if (m.id != "mojibake")                        // (it quotes garbled letters on purpose)
                CHECK_FALSE(luyenso::undo_mojibake(m.vi)); // written right, not garbled
        }
    }
}

TEST_CASE("a diagnostic from the table speaks both languages, one from text alone keeps its text", "[messages]")
{
    using namespace luyenso;
    const Diagnostic d = make_diagnostic("bai.json", {3, 7}, "/steps/0/target", {"unknown-element", {"home.app.chats"}},
                                         {"did-you-mean", {"home.app.chat"}});
    CHECK(d.id() == "unknown-element");
    CHECK(d.message == d.text("en"));
    CHECK(d.to_string("error", "vi") ==
          "bai.json:3:7: lỗi: không có nút hay ô \"home.app.chats\": không màn hình nào của điện thoại có nó trong "
          "thế giới của bài học này; có phải ý bạn là \"home.app.chat\"?");
    CHECK(d.fix("en") == "did you mean \"home.app.chat\"?");
    CHECK(render_message({"must-be-object", {"a step"}}, "vi") == "bước phải là một nhóm { ... }");
    CHECK(render_message({"no-such-message-id"}, "vi") == "no-such-message-id"); // never lost
    const Diagnostic plain{"x.json", {}, "something is wrong; do this"};
    CHECK(plain.id() == "text");
    CHECK(plain.what("vi") == "something is wrong");
    CHECK(plain.fix("vi") == "do this");
    CHECK(plain.to_string("warning", "vi") == "x.json: cảnh báo: something is wrong; do this");
}
