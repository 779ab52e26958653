#include "text_util.h"

#include "text_wrap.h"
#include "utf8.h"

#include <cfloat>

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
    std::vector<std::string> lines = wrap_lines(font, size, text, width);
    if (max_lines == 0 || lines.size() <= max_lines)
        return lines;
    std::string rest;
    for (std::size_t i = max_lines - 1; i < lines.size(); ++i)
        rest += (rest.empty() ? "" : " ") + lines[i];
    lines.resize(max_lines);
    lines.back() = fit_text(font, size, rest, width);
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
        start = utf8_next(text, start);
    return "…" + text.substr(start);
}

} // namespace luyenso::ui
