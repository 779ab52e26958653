#include "texture_images.h"

#include "window.h"

#include <stb_image.h>

#include <iostream>

namespace luyenso::platform {

TextureImages::~TextureImages()
{
    for (const auto& [path, img] : images_)
        window_.free_texture(img.texture);
}

ui::Image TextureImages::image(const std::string& path)
{
    if (const auto it = images_.find(path); it != images_.end())
        return it->second;
    int w = 0;
    int h = 0;
    int channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (!pixels || w <= 0 || h <= 0 || w > 8192 || h > 8192) {
        std::cerr << "luyenso: cannot load the picture '" << path << "' ("
                  << (pixels ? "too large" : stbi_failure_reason()) << "); a drawn picture is shown instead\n";
        stbi_image_free(pixels);
        images_[path] = {};
        return {};
    }
    const ImTextureID texture = window_.make_texture(pixels, w, h);
    stbi_image_free(pixels);
    if (!texture) {
        std::cerr << "luyenso: the renderer cannot hold the picture '" << path << "' (" << w << "x" << h
                  << "); a drawn picture is shown instead\n";
        images_[path] = {};
        return {};
    }
    const ui::Image img{texture, w, h};
    images_[path] = img;
    return img;
}

} // namespace luyenso::platform
