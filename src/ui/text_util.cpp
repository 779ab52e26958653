#include "text_util.h"

#include "utf8.h"

#include <cfloat>

namespace luyenso::ui {

float text_width(const ImFont* font, float size, const std::string& text)
{
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str(), text.c_str() + text.size()).x;
}

namespace {
std::size_t next_code_point(const std::string& s, std::size_t i)
{
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        ++i;
    return i;
}
} // namespace

std::vector<std::string> wrap_lines(const ImFont* font, float size, const std::string& text, float width)
{
    std::vector<std::string> lines;
    std::string line;
    auto flush = [&] {
        lines.push_back(line);
        line.clear();
    };
    std::size_t i = 0;
    while (i <= text.size()) {
        const std::size_t end = text.find_first_of(" \n", i);
        const std::string word = text.substr(i, end == std::string::npos ? std::string::npos : end - i);
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (text_width(font, size, candidate) <= width) {
            line = candidate;
        } else {
            if (!line.empty())
                flush();
            // A word wider than the line is broken between code points.
            std::string piece;
            for (std::size_t k = 0; k < word.size();) {
                const std::size_t n = next_code_point(word, k);
                const std::string more = piece + word.substr(k, n - k);
                if (!piece.empty() && text_width(font, size, more) > width) {
                    line = piece;
                    flush();
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

std::string fit_text(const ImFont* font, float size, const std::string& text, float width)
{
    if (text_width(font, size, text) <= width)
        return text;
    std::string cut = text;
    while (!cut.empty() && text_width(font, size, cut + "…") > width)
        utf8_pop_back(cut);
    while (!cut.empty() && cut.back() == ' ')
        cut.pop_back();
    return cut + "…";
}

std::string fit_text_tail(const ImFont* font, float size, const std::string& text, float width)
{
    if (text_width(font, size, text) <= width)
        return text;
    std::size_t start = 0;
    while (start < text.size() && text_width(font, size, "…" + text.substr(start)) > width)
        start = next_code_point(text, start);
    return "…" + text.substr(start);
}

} // namespace luyenso::ui
