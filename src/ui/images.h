// Pictures from files (a contact's photo in a lesson), as textures the UI can draw.
// The UI only sees this interface; the platform implements it with stb_image and GL.
#pragma once

#include <imgui.h>

#include <string>

namespace luyenso::ui {

struct Image {
    ImTextureID texture = nullptr; // nullptr: not available
    int width = 0;
    int height = 0;
};

class ImageSource {
public:
    virtual ~ImageSource() = default;
    // The picture (PNG, JPEG) at `path`, or an empty Image if it cannot be loaded (the
    // caller then draws its own picture instead).
    virtual Image image(const std::string& path) = 0;
};

} // namespace luyenso::ui
