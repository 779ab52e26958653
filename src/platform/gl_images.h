// ImageSource backed by stb_image and OpenGL textures, cached per path.
#pragma once

#include "images.h"

#include <map>
#include <string>

namespace luyenso::platform {

class GlImages final : public ui::ImageSource {
public:
    GlImages() = default;
    ~GlImages() override;
    GlImages(const GlImages&) = delete;
    GlImages& operator=(const GlImages&) = delete;

    ui::Image image(const std::string& path) override;

private:
    std::map<std::string, ui::Image> images_; // an empty Image: tried and failed (reported once)
};

} // namespace luyenso::platform
