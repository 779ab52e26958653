#include "png_file.h"

#include <png.h>

namespace luyenso::platform {

bool write_png(const std::string& path, int width, int height, int channels, const unsigned char* pixels,
               PngSpeed speed, std::string& error)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(width);
    image.height = static_cast<png_uint_32>(height);
    switch (channels) {
    case 1: image.format = PNG_FORMAT_GRAY; break;
    case 3: image.format = PNG_FORMAT_RGB; break;
    case 4: image.format = PNG_FORMAT_RGBA; break;
    default: error = "a PNG needs 1, 3 or 4 channels, not " + std::to_string(channels); return false;
    }
    if (speed == PngSpeed::Fast)
        image.flags |= PNG_IMAGE_FLAG_FAST;
    if (png_image_write_to_file(&image, path.c_str(), 0, pixels, width * channels, nullptr) == 0) {
        error = "cannot write '" + path + "': " + image.message;
        png_image_free(&image);
        return false;
    }
    return true;
}

} // namespace luyenso::platform
