// PNG files written with libpng: screenshots (fast, larger) and QR codes (small).
#pragma once

#include <string>

namespace luyenso::platform {

enum class PngSpeed { Small, Fast };

// Writes 8-bit pixels, rows from the top, as a PNG: channels 1 (grey), 3 (RGB) or 4 (RGBA).
// Fast trades size for time (a 1280 x 800 screenshot in a few milliseconds instead of a
// hundred). On failure returns false with `error` saying what went wrong.
bool write_png(const std::string& path, int width, int height, int channels, const unsigned char* pixels,
               PngSpeed speed, std::string& error);

} // namespace luyenso::platform
