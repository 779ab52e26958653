// Measuring and fitting UTF-8 text with ImGui fonts.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace luyenso::ui {

// Splits `text` into lines no wider than `width` pixels, at spaces (or inside a word
// longer than a line). Explicit "\n" starts a new line.
std::vector<std::string> wrap_lines(const ImFont* font, float size, const std::string& text, float width);

// Wrapped as wrap_lines, in at most `max_lines` lines: when more would follow, the last
// one holds what is left, cut with "…".
std::vector<std::string> wrap_lines_at_most(const ImFont* font, float size, const std::string& text, float width,
                                            std::size_t max_lines);

// How many bytes of `text` (whole code points) fit in `width`: linear in what fits.
std::size_t fitting_prefix(const ImFont* font, float size, std::string_view text, float width);

// The text, cut with "…" at the end if it is wider than `width`.
std::string fit_text(const ImFont* font, float size, const std::string& text, float width);
// The end of the text, with "…" at the start if it is wider than `width` (a field being typed in).
std::string fit_text_tail(const ImFont* font, float size, const std::string& text, float width);

float text_width(const ImFont* font, float size, const std::string& text);

} // namespace luyenso::ui
