// Tiny UTF-8 helpers for Vietnamese text (lengths in code points, safe backspace).
#pragma once

#include <cstddef>
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
