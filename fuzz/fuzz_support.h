// Shared checks for the fuzz targets: properties that must hold for any input, whose
// failure is a bug even when nothing crashes. A failed property aborts (libFuzzer keeps
// the input as a crash).
#pragma once

#include "diagnostic.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace luyenso::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "fuzz property failed: %s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
inline bool valid_utf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
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
            return false;
        }
        if (i + extra >= s.size())
            return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

// A diagnostic names a real place: line and column both 0 (the whole file) or both >= 1,
// and its message is readable text an organiser can be shown (valid UTF-8, whatever the
// input held: the parser names a bad byte rather than copying it).
inline void check_diagnostic(const Diagnostic& d)
{
    const bool whole_file = d.pos.line == 0 && d.pos.column == 0;
    if (!whole_file && (d.pos.line < 1 || d.pos.column < 1))
        fail("diagnostic position", d.to_string());
    if (d.message.empty())
        fail("empty diagnostic message", d.to_string());
    if (!valid_utf8(d.message))
        fail("diagnostic message is not valid UTF-8", d.message);
}

} // namespace luyenso::fuzz
