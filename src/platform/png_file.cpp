#include "png_file.h"

#include "text/u8path.h"

#include <png.h>

#include <cerrno>
#include <fstream>
#include <system_error>
#include <vector>

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
    // Encoded in memory, then written through a UTF-8 path (libpng's own file writer
    // takes a narrow name, which Windows reads in its ANSI code page).
    png_alloc_size_t size = 0;
    if (png_image_write_get_memory_size(image, size, 0, pixels, width * channels, nullptr) == 0) {
        error = "cannot write '" + path + "': " + image.message;
        png_image_free(&image);
        return false;
    }
    std::vector<unsigned char> encoded(size);
    if (png_image_write_to_memory(&image, encoded.data(), &size, 0, pixels, width * channels, nullptr) == 0) {
        error = "cannot write '" + path + "': " + image.message;
        png_image_free(&image);
        return false;
    }
    errno = 0;
    std::ofstream out(u8_path(path), std::ios::binary | std::ios::trunc);
    if (!out) {
        error = "cannot write '" + path + "': " + std::generic_category().message(errno ? errno : EACCES);
        return false;
    }
    out.write(reinterpret_cast<const char*>(encoded.data()), static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
        error = "cannot write '" + path + "'";
        return false;
    }
    return true;
}

} // namespace luyenso::platform
