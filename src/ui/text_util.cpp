#include "text_util.h"

#include "text/text_wrap.h"
#include "text/utf8.h"

#include <cfloat>
#include <cmath>

namespace luyenso::ui {

float text_width(const ImFont* font, float size, const std::string& text)
{
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str(), text.c_str() + text.size()).x;
}

std::vector<std::string> wrap_lines(const ImFont* font, float size, const std::string& text, float width)
{
    return wrap_text(text, width, [&](const std::string& piece) { return text_width(font, size, piece); });
}

std::vector<std::string> wrap_lines_at_most(const ImFont* font, float size, const std::string& text, float width,
                                            std::size_t max_lines)
{
    // Wrapped only as far as the lines shown and one more: a long text costs no more.
    std::vector<std::string> lines = wrap_text(
        text, width, [&](const std::string& piece) { return text_width(font, size, piece); }, max_lines + 1);
    if (max_lines == 0 || lines.size() <= max_lines)
        return lines;
    // The last line shown holds what is left, cut: its own text and the next line's
    // (wider than a line, so cut inside them; the lines after cannot show).
    std::string rest;
    for (std::size_t i = max_lines - 1; i < lines.size(); ++i)
        rest += (rest.empty() ? "" : " ") + lines[i];
    lines.resize(max_lines);
    lines.back() = fit_text(font, size, rest, width);
    if (lines.back() == rest) // what followed was only empty lines
        lines.back() = fit_text(font, size, rest + "…", width);
    return lines;
}

std::size_t fitting_prefix(const ImFont* font, float size, std::string_view text, float width)
{
    if (width <= 0 || text.empty())
        return 0;
    // ImGui stops measuring at the first code point that reaches `max_width`: linear in
    // what fits, whatever the text's length. The next float up makes "<= width" fit.
    const char* rest = text.data();
    font->CalcTextSizeA(size, std::nextafter(width, FLT_MAX), 0, text.data(), text.data() + text.size(), &rest);
    return static_cast<std::size_t>(rest - text.data());
}

std::string fit_text(const ImFont* font, float size, const std::string& text, float width)
{
    if (fitting_prefix(font, size, text, width) == text.size())
        return text;
    std::string cut = text.substr(0, fitting_prefix(font, size, text, width - text_width(font, size, "…")));
    while (!cut.empty() && cut.back() == ' ')
        cut.pop_back();
    return cut + "…";
}

std::string fit_text_tail(const ImFont* font, float size, const std::string& text, float width)
{
    if (fitting_prefix(font, size, text, width) == text.size())
        return text;
    // From the end, code point by code point, while the advances fit: linear in what shows.
    const float room = width - text_width(font, size, "…");
    const float scale = size / font->FontSize;
    float used = 0;
    std::size_t start = text.size();
    while (start > 0) {
        std::size_t prev = start - 1;
        while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80)
            --prev;
        std::size_t i = prev;
        const char32_t c = utf8_decode(text, i);
        const float advance = font->GetCharAdvance(static_cast<ImWchar>(c > 0xFFFF ? 0xFFFD : c)) * scale;
        if (used + advance > room)
            break;
        used += advance;
        start = prev;
    }
    return "…" + text.substr(start);
}
} // namespace luyenso::ui
