#include "text/text_wrap.h"

#include <string_view>

namespace luyenso {

namespace {

// Noto Sans Regular's advances in thousandths of an em (read from its hmtx table).
constexpr short ascii_units[95] = { // ' ' to '~'
    260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572,
    572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556,
    519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586,
    566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534,
    258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572};
constexpr short latin1_units[64] = { // U+00C0 À to U+00FF ÿ
    639, 639, 639, 639, 639, 639, 881, 632, 556, 556, 556, 556, 339, 339, 339, 339, 730, 760, 781, 781, 781, 781,
    781, 572, 781, 731, 731, 731, 731, 566, 605, 631, 561, 561, 561, 561, 561, 561, 864, 480, 564, 564, 564, 564,
    258, 258, 258, 258, 605, 618, 605, 605, 605, 605, 605, 572, 605, 618, 618, 618, 618, 510, 615, 510};
constexpr short vietnamese_units[90] = { // U+1EA0 Ạ to U+1EF9 ỹ
    639, 561, 639, 561, 639, 561, 639, 561, 639, 561, 639, 561, 639, 561, 639, 561, 639, 561, 639, 561, 639, 561, 639,
    561, 556, 564, 556, 564, 556, 564, 556, 564, 556, 564, 556, 564, 556, 564, 556, 564, 339, 258, 339, 258, 781, 605,
    781, 605, 781, 605, 781, 605, 781, 605, 781, 605, 781, 605, 784, 616, 784, 616, 784, 616, 784, 616, 784, 616, 731,
    618, 731, 618, 780, 674, 780, 674, 780, 674, 780, 674, 780, 674, 566, 510, 566, 510, 566, 510, 566, 510};

// The advance of code point `cp` (one em for what is not a letter of Vietnamese or
// ASCII: …, —, «, symbols).
float units_of(char32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F ? ascii_units[cp - 0x20] : 0;
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1_units[cp - 0xC0];
    if (cp >= 0x1EA0 && cp <= 0x1EF9)
        return vietnamese_units[cp - 0x1EA0];
    switch (cp) {
    case 0x102: return 639; // Ă
    case 0x103: return 561; // ă
    case 0x110: return 730; // Đ
    case 0x111: return 617; // đ
    case 0x128: return 339; // Ĩ
    case 0x129: return 258; // ĩ
    case 0x168: return 731; // Ũ
    case 0x169: return 618; // ũ
    case 0x1A0: return 784; // Ơ
    case 0x1A1: return 616; // ơ
    case 0x1AF: return 780; // Ư
    case 0x1B0: return 674; // ư
    default: return 1000;
    }
}

} // namespace

float estimate_text_width(std::string_view text, float size)
{
    // The painter's fonts are baked by FreeType at a few sizes (the smallest 16 px) with
    // each advance rounded up to a whole pixel, then scaled: a glyph may come out a baked
    // pixel wider, 1 / (16 / 1.362) em at most (`slack`).
    constexpr float slack = 86;
    float units = 0;
    for (std::size_t i = 0; i < text.size();)
        units += units_of(utf8_decode(text, i)) + slack;
    // An ImGui size is 1.362 em (the font's ascent minus its descent).
    return units / 1000.0F * size / 1.362F;
}

std::vector<std::string> estimate_wrap(const std::string& text, float size, float width)
{
    return wrap_text(text, width, [&](const std::string& s) { return estimate_text_width(s, size); });
}

} // namespace luyenso
