#include "text/mojibake.h"

#include "text/utf8.h"

#include <array>
#include <cstdint>
#include <vector>

namespace luyenso {

namespace {

// Windows-1252's characters for the bytes 0x80-0x9F (0 where it has none: 81 8D 8F 90 9D).
constexpr std::array<char32_t, 32> cp1252_high = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr std::array<std::uint8_t, 5> cp1252_undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
constexpr char32_t replacement = 0xFFFD;
constexpr int unknown_byte = -1;

// The byte a Windows-1252 (or Latin-1) reader showed as `c`: 0-255, `unknown_byte` for
// U+FFFD, or nullopt if no single byte shows as `c`.
std::optional<int> byte_of(char32_t c)
{
    if (c == replacement)
        return unknown_byte;
    if (c <= 0xFF)
        return static_cast<int>(c); // Latin-1, and C1 controls for Windows-1252's gaps
    for (std::size_t i = 0; i < cp1252_high.size(); ++i)
        if (cp1252_high[i] == c)
            return static_cast<int>(0x80 + i);
    return std::nullopt;
}

// How many continuation bytes a lead byte announces (0 if it is no lead byte of two or more).
std::size_t continuation_count(int lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 1;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 2;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 3;
    return 0;
}

// A letter of Vietnamese beyond Latin-1: ă đ ĩ ũ ơ ư and the letters with two marks
// or a dot below (U+1EA0-U+1EF9), in both cases.
bool vietnamese_letter(char32_t c)
{
    switch (c) {
    case 0x102:
    case 0x103:
    case 0x110:
    case 0x111:
    case 0x128:
    case 0x129:
    case 0x168:
    case 0x169:
    case 0x1A0:
    case 0x1A1:
    case 0x1AF:
    case 0x1B0: return true;
    default: return c >= 0x1EA0 && c <= 0x1EF9;
    }
}

// Fills the unknown bytes of `bytes` so that they make one valid UTF-8 sequence, a
// Vietnamese letter if any choice makes one (Đ rather than ā for "Ä" and a lost 0x90);
// false if no choice makes a valid sequence.
bool complete(std::string& bytes, const std::vector<std::size_t>& unknown)
{
    if (unknown.empty())
        return utf8_sequence_length(bytes) == bytes.size();
    std::optional<std::string> valid;
    const std::size_t choices = std::size_t{1} << (3 * unknown.size()); // 5 bytes: 3 bits each
    for (std::size_t pick = 0; pick < choices; ++pick) {
        bool in_range = true;
        for (std::size_t k = 0; k < unknown.size(); ++k) {
            const std::size_t b = (pick >> (3 * k)) & 7;
            in_range = in_range && b < cp1252_undefined.size();
            if (in_range)
                bytes[unknown[k]] = static_cast<char>(cp1252_undefined[b]);
        }
        if (!in_range || utf8_sequence_length(bytes) != bytes.size())
            continue;
        std::size_t i = 0;
        if (vietnamese_letter(utf8_decode(bytes, i)))
            return true;
        if (!valid)
            valid = bytes;
    }
    if (valid)
        bytes = *valid;
    return valid.has_value();
}

// One pass over the code points; `space_as_nbsp` reads a space after a lead character as
// the no-break space (0xA0) that copying text often turns into a plain one ("vÃ o" for vào).
std::optional<std::string> undo(const std::vector<char32_t>& cps, const std::vector<std::size_t>& starts,
                                std::string_view text, bool space_as_nbsp)
{
    std::string out;
    bool found = false;
    for (std::size_t k = 0; k < cps.size();) {
        const auto lead = byte_of(cps[k]);
        const std::size_t extra = lead ? continuation_count(*lead) : 0;
        if (extra > 0 && k + extra < cps.size()) {
            std::string bytes(1, static_cast<char>(*lead));
            std::vector<std::size_t> unknown;
            bool all_bytes = true;
            for (std::size_t j = 1; j <= extra && all_bytes; ++j) {
                auto b = byte_of(cps[k + j]);
                if (space_as_nbsp && b == ' ')
                    b = 0xA0;
                all_bytes = b && (*b == unknown_byte || (*b >= 0x80 && *b <= 0xBF));
                if (all_bytes && *b == unknown_byte)
                    unknown.push_back(j);
                bytes += static_cast<char>(all_bytes && *b != unknown_byte ? *b : 0x80);
            }
            if (all_bytes && complete(bytes, unknown)) {
                out += bytes;
                found = true;
                k += extra + 1;
                continue;
            }
        }
        out.append(text.substr(starts[k], starts[k + 1] - starts[k]));
        ++k;
    }
    if (!found)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<std::string> undo_mojibake(std::string_view text)
{
    std::vector<char32_t> cps;
    std::vector<std::size_t> starts; // byte offset of each code point in `text`
    for (std::size_t i = 0; i < text.size();) {
        starts.push_back(i);
        cps.push_back(utf8_decode(text, i));
    }
    starts.push_back(text.size());

    // A space stands for a lost no-break space only in text that is mojibake anyway
    // ("NGÃ BA" is correct Vietnamese).
    if (!undo(cps, starts, text, false))
        return std::nullopt;
    return undo(cps, starts, text, true);
}

} // namespace luyenso
