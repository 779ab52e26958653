// The UTF-8 helpers every text path shares: lesson files, VietQR payloads, typing.
#include "text/utf8.h"

#include <catch2/catch.hpp>

#include <string>

using namespace luyenso;

TEST_CASE("utf8_valid accepts Vietnamese and refuses what is not strict UTF-8")
{
    CHECK(utf8_valid(""));
    CHECK(utf8_valid("Chào bà, cháu là Lan"));
    CHECK(utf8_valid("Nậm Pung — ✓ 𝄞"));         // two-, three- and four-byte sequences
    CHECK_FALSE(utf8_valid("\x80"));             // a stray continuation byte
    CHECK_FALSE(utf8_valid("\xC0\xAF"));         // an overlong '/'
    CHECK_FALSE(utf8_valid("\xE0\x80\xAF"));     // overlong in three bytes
    CHECK_FALSE(utf8_valid("\xED\xA0\x80"));     // a surrogate
    CHECK_FALSE(utf8_valid("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(utf8_valid("b\xC3"));            // cut short at the end
    CHECK_FALSE(utf8_valid("b\xC3"
                           "a")); // cut short before ASCII
    CHECK_FALSE(utf8_valid("\xFF"));
}

TEST_CASE("utf8_sequence_length names whole characters")
{
    CHECK(utf8_sequence_length("a") == 1);
    CHECK(utf8_sequence_length("à") == 2);
    CHECK(utf8_sequence_length("ậm") == 3); // U+1EAD, then 'm'
    CHECK(utf8_sequence_length("𝄞") == 4);
    CHECK(utf8_sequence_length("") == 0);
    CHECK(utf8_sequence_length("\x80x") == 0);
}

TEST_CASE("utf8_length counts characters and utf8_pop_back removes one")
{
    std::string s = "Chào bà";
    CHECK(utf8_length(s) == 7);
    utf8_pop_back(s);
    CHECK(s == "Chào b");
    utf8_pop_back(s);
    utf8_pop_back(s);
    CHECK(s == "Chào");
}
