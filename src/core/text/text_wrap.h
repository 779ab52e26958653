// Wrapping text into lines, and estimating text widths without the font: the core lays
// out the phone's screens headlessly, with the same wrapping as the painter that draws
// them in the real font (src/ui/text_util.h), so that what it sized is what shows.
#pragma once

#include "text/utf8.h"

#include <string>
#include <string_view>
#include <vector>

namespace luyenso {

// `text` cut into lines of at most `width` by `width_of(piece)`: at spaces, at "\n" (a new
// paragraph), and a word wider than a line between its code points. With `max_lines`,
// it stops once it has that many lines (the last may then be only part of its line).
template <typename WidthOf>
std::vector<std::string> wrap_text(const std::string& text, float width, const WidthOf& width_of,
                                   std::size_t max_lines = 0)
{
    std::vector<std::string> lines;
    std::string line;
    auto flush = [&] {
        lines.push_back(line);
        line.clear();
    };
    std::size_t i = 0;
    while (i <= text.size() && (max_lines == 0 || lines.size() < max_lines)) {
        const std::size_t end = text.find_first_of(" \n", i);
        const std::string word = text.substr(i, end == std::string::npos ? std::string::npos : end - i);
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (width_of(candidate) <= width) {
            line = candidate;
        } else {
            if (!line.empty())
                flush();
            std::string piece;
            for (std::size_t k = 0; k < word.size();) {
                const std::size_t n = utf8_next(word, k);
                const std::string more = piece + word.substr(k, n - k);
                if (!piece.empty() && width_of(more) > width) {
                    line = piece;
                    flush();
                    if (max_lines != 0 && lines.size() >= max_lines)
                        return lines;
                    piece = word.substr(k, n - k);
                } else {
                    piece = more;
                }
                k = n;
            }
            line = piece;
        }
        if (end == std::string::npos)
            break;
        if (text[end] == '\n')
            flush();
        i = end + 1;
    }
    if (!line.empty() || lines.empty())
        lines.push_back(line);
    return lines;
}

// The width of `text` in the app's font (Noto Sans) at ImGui size `size` (the font's
// ascent to descent), a little generous: from the font's advances of ASCII and of the
// Vietnamese letters, kept here, with room for the painter's pixel snapping (others count
// an em). tests/ui/ui_smoke_test.cpp checks it never falls short of the real font's.
float estimate_text_width(std::string_view text, float size);
// The lines `text` wraps into at `width`, by that estimate (never fewer than the painter's).
std::vector<std::string> estimate_wrap(const std::string& text, float size, float width);

} // namespace luyenso
