// The fonts: Noto Sans (or DejaVu Sans) with the Vietnamese glyph ranges, rasterised by
// FreeType without hinting so that stacked marks (ẫ, ỹ, ệ) come out right, at a few
// sizes; text is drawn with the nearest larger size, scaled down.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace luyenso::ui {

struct FontFiles {
    std::string regular;
    std::string bold;
};

enum class Weight { Regular, Bold };

class Fonts {
public:
    // Adds the fonts to `atlas`. Checks the files first (ImGui aborts on a missing one).
    bool load(ImFontAtlas& atlas, const FontFiles& files, std::string& error);

    // A font for text of `px` pixels, and the size to draw it at.
    ImFont* pick(float px, Weight weight = Weight::Regular) const;

private:
    struct Sized {
        float px;
        ImFont* font;
    };
    std::vector<Sized> regular_;
    std::vector<Sized> bold_;
    ImVector<ImWchar> ranges_; // must live as long as the atlas is (re)built
};

} // namespace luyenso::ui
