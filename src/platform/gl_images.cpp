#include "gl_images.h"

#include <SDL_opengl.h>
#include <stb_image.h>

#include <cstdint>
#include <iostream>

namespace luyenso::platform {

GlImages::~GlImages()
{
    for (const auto& [path, img] : images_) {
        if (img.texture) {
            const auto id = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(img.texture));
            glDeleteTextures(1, &id);
        }
    }
}

ui::Image GlImages::image(const std::string& path)
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
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    stbi_image_free(pixels);
    const ui::Image img{reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id)), w, h};
    images_[path] = img;
    return img;
}

} // namespace luyenso::platform
