// Tiny UTF-8 helpers for Vietnamese text (lengths in code points, safe backspace).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace luyenso {

// Number of code points (not bytes) in valid UTF-8 text.
inline std::size_t utf8_length(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

// The index after the code point that starts at `i` of valid UTF-8 text.
inline std::size_t utf8_next(std::string_view s, std::size_t i)
{
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        ++i;
    return i;
}

// The code point of `s` at `i`, moving `i` past it; an invalid byte comes back as itself.
inline char32_t utf8_decode(std::string_view s, std::size_t& i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + extra >= s.size()) {
        ++i;
        return b;
    }
    char32_t c = extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto cont = static_cast<unsigned char>(s[i + k]);
        if ((cont & 0xC0) != 0x80) {
            ++i;
            return b;
        }
        c = (c << 6) | (cont & 0x3F);
    }
    i += extra + 1;
    return c;
}

// Length of the strictly valid UTF-8 sequence that starts `s` (1 for ASCII), or 0 if there
// is none there: a stray continuation byte, an overlong form, a surrogate, a code point
// above U+10FFFF or a sequence cut short.
inline std::size_t utf8_sequence_length(std::string_view s)
{
    if (s.empty())
        return 0;
    const auto c = static_cast<unsigned char>(s[0]);
    if (c < 0x80)
        return 1;
    std::size_t extra = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (s.size() <= extra)
        return 0;
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto cc = static_cast<unsigned char>(s[k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3Fu);
    }
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

// Whether all of `s` is strictly valid UTF-8 (see utf8_sequence_length).
inline bool utf8_valid(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence_length(s.substr(i));
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

// `s` with each byte that does not start a strictly valid sequence replaced by U+FFFD
// (the replacement character, shown as a question mark in a box): text from outside
// (a command line, a file from another PC, an old store) becomes safe to write as JSON.
inline std::string utf8_repair(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            out += s[i++];
            continue;
        }
        const std::size_t n = utf8_sequence_length(s.substr(i));
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s, i, n);
            i += n;
        }
    }
    return out;
}

// Removes the last code point, as a backspace key does.
inline void utf8_pop_back(std::string& s)
{
    while (!s.empty()) {
        const auto c = static_cast<unsigned char>(s.back());
        s.pop_back();
        if ((c & 0xC0) != 0x80)
            break;
    }
}

} // namespace luyenso
