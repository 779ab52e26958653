// ImageSource backed by stb_image and the window's textures (OpenGL or SDL_Renderer,
// whichever draws the window), cached per path.
#pragma once

#include "images.h"

#include <map>
#include <string>

namespace luyenso::platform {

class Window;

class TextureImages final : public ui::ImageSource {
public:
    // The textures belong to `window`: destroy this before it.
    explicit TextureImages(Window& window) : window_(window) {}
    ~TextureImages() override;
    TextureImages(const TextureImages&) = delete;
    TextureImages& operator=(const TextureImages&) = delete;

    ui::Image image(const std::string& path) override;

private:
    Window& window_;
    std::map<std::string, ui::Image> images_; // an empty Image: tried and failed (reported once)
};

} // namespace luyenso::platform
