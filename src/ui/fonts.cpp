#include "fonts.h"

#include "text/u8path.h"

#include <imgui_freetype.h>

#include <fstream>

namespace luyenso::ui {

namespace {
constexpr float regular_sizes[] = {16, 20, 26, 34, 44};
constexpr float bold_sizes[] = {20, 26, 34, 44, 60, 84};

bool readable(const std::string& path)
{
    std::ifstream f(u8_path(path), std::ios::binary);
    return !path.empty() && f.good();
}
} // namespace

bool Fonts::load(ImFontAtlas& atlas, const FontFiles& files, std::string& error)
{
    if (!readable(files.regular)) {
        error = "cannot read the font file '" + files.regular + "'; install fonts-noto-core (or fonts-dejavu-core)";
        return false;
    }
    const std::string bold = readable(files.bold) ? files.bold : files.regular;
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_NoHinting;
    // Vietnamese, plus general punctuation (— … “ ” ‘ ’ •) used in lessons.
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesVietnamese());
    static constexpr ImWchar punctuation[] = {0x2010, 0x2027, 0x20AB, 0x20AB, 0};
    builder.AddRanges(punctuation);
    ranges_.clear();
    builder.BuildRanges(&ranges_);
    const ImWchar* ranges = ranges_.Data;
    ImFontConfig config;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    regular_.clear();
    bold_.clear();
    for (float px : regular_sizes)
        regular_.push_back({px, atlas.AddFontFromFileTTF(files.regular.c_str(), px, &config, ranges)});
    for (float px : bold_sizes)
        bold_.push_back({px, atlas.AddFontFromFileTTF(bold.c_str(), px, &config, ranges)});
    return true;
}

ImFont* Fonts::pick(float px, Weight weight) const
{
    const auto& list = weight == Weight::Bold ? bold_ : regular_;
    if (list.empty())
        return ImGui::GetFont();
    for (const auto& s : list)
        if (s.px >= px * 0.92F)
            return s.font;
    return list.back().font;
}

} // namespace luyenso::ui
