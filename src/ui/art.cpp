// Our own pictures for the phone's gallery and its stickers: simple, warm scenes of
// village life and friendly faces, drawn as vector shapes.
#include "phone_paint.h"
#include "theme.h"

#include <algorithm>
#include <cmath>

namespace luyenso::ui {

namespace {
constexpr float pi = 3.14159265F;

ImVec2 lerp(ImVec2 a, ImVec2 b, float tx, float ty)
{
    return {a.x + (b.x - a.x) * tx, a.y + (b.y - a.y) * ty};
}

void sky_and_ground(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 sky_top, ImU32 sky_bottom, ImU32 ground, float horizon,
                    float rounding)
{
    dl->AddRectFilled(a, b, sky_bottom, rounding);
    dl->AddRectFilledMultiColor(ImVec2(a.x, a.y + rounding), lerp(a, b, 1, horizon), sky_top, sky_top, sky_bottom,
                                sky_bottom);
    dl->AddRectFilled(lerp(a, b, 0, horizon), b, ground, rounding, ImDrawFlags_RoundCornersBottom);
}
} // namespace

void draw_scene(ImDrawList* dl, const std::string& scene, ImVec2 a, ImVec2 b, float rounding)
{
    const float w = b.x - a.x;
    const float h = b.y - a.y;
    dl->PushClipRect(a, b, true);
    if (scene == "family") {
        // Three people in front of a house: grandparent, parent, child.
        sky_and_ground(dl, a, b, IM_COL32(0xA8, 0xD8, 0xF0, 0xFF), IM_COL32(0xE0, 0xF2, 0xFA, 0xFF),
                       IM_COL32(0x8C, 0xC0, 0x6A, 0xFF), 0.62F, rounding);
        dl->AddRectFilled(lerp(a, b, 0.55F, 0.30F), lerp(a, b, 0.95F, 0.62F), IM_COL32(0xE9, 0xD8, 0xB4, 0xFF));
        dl->AddTriangleFilled(lerp(a, b, 0.50F, 0.32F), lerp(a, b, 0.75F, 0.12F), lerp(a, b, 1.0F, 0.32F),
                              IM_COL32(0xA0, 0x4A, 0x2E, 0xFF));
        const ImU32 shirts[] = {IM_COL32(0x5B, 0x7F, 0x4A, 0xFF), IM_COL32(0xB5, 0x47, 0x3A, 0xFF),
                                IM_COL32(0x2F, 0x6F, 0xB3, 0xFF)};
        const float xs[] = {0.20F, 0.40F, 0.60F};
        const float sizes[] = {0.17F, 0.16F, 0.11F};
        for (int i = 0; i < 3; ++i) {
            const ImVec2 c = lerp(a, b, xs[i], 1.0F - sizes[i] * 2.6F);
            const float r = w * sizes[i] * 0.38F;
            dl->AddRectFilled(ImVec2(c.x - r * 1.2F, c.y + r * 0.9F), ImVec2(c.x + r * 1.2F, b.y), shirts[i], r * 0.6F,
                              ImDrawFlags_RoundCornersTop);
            dl->AddCircleFilled(c, r, IM_COL32(0xE8, 0xB9, 0x8F, 0xFF), 24);
            dl->PathArcTo(c, r * 1.02F, pi * 1.05F, pi * 1.95F, 16);
            dl->PathFillConvex(i == 0 ? IM_COL32(0xC8, 0xC8, 0xC8, 0xFF) : IM_COL32(0x2A, 0x21, 0x1C, 0xFF));
        }
    } else if (scene == "market") {
        // Stalls with fruit under striped awnings.
        sky_and_ground(dl, a, b, IM_COL32(0xF6, 0xD3, 0x8B, 0xFF), IM_COL32(0xFB, 0xEB, 0xC8, 0xFF),
                       IM_COL32(0xC9, 0xA8, 0x7C, 0xFF), 0.70F, rounding);
        for (int i = 0; i < 3; ++i) {
            const float x0 = 0.04F + static_cast<float>(i) * 0.32F;
            for (int k = 0; k < 4; ++k)
                dl->AddRectFilled(lerp(a, b, x0 + static_cast<float>(k) * 0.07F, 0.20F),
                                  lerp(a, b, x0 + static_cast<float>(k + 1) * 0.07F, 0.32F),
                                  k % 2 ? IM_COL32(0xFF, 0xFF, 0xFF, 0xFF) : IM_COL32(0xC6, 0x3B, 0x2F, 0xFF));
            dl->AddRectFilled(lerp(a, b, x0, 0.55F), lerp(a, b, x0 + 0.28F, 0.72F), IM_COL32(0x8A, 0x5A, 0x36, 0xFF));
            for (int k = 0; k < 4; ++k)
                dl->AddCircleFilled(lerp(a, b, x0 + 0.04F + static_cast<float>(k) * 0.065F, 0.52F), w * 0.03F,
                                    i == 0   ? IM_COL32(0xF2, 0x9B, 0x1D, 0xFF)
                                    : i == 1 ? IM_COL32(0x6A, 0xB0, 0x3A, 0xFF)
                                             : IM_COL32(0xD6, 0x3A, 0x52, 0xFF),
                                    12);
        }
    } else if (scene == "house") {
        // A stilt house among hills.
        sky_and_ground(dl, a, b, IM_COL32(0x9F, 0xCF, 0xEA, 0xFF), IM_COL32(0xDD, 0xEF, 0xF7, 0xFF),
                       IM_COL32(0x6E, 0xA6, 0x52, 0xFF), 0.66F, rounding);
        dl->AddCircleFilled(lerp(a, b, 0.15F, 0.75F), w * 0.45F, IM_COL32(0x5E, 0x96, 0x48, 0xFF), 40);
        dl->AddRectFilled(lerp(a, b, 0.35F, 0.40F), lerp(a, b, 0.80F, 0.60F), IM_COL32(0x9A, 0x6B, 0x3E, 0xFF));
        dl->AddTriangleFilled(lerp(a, b, 0.28F, 0.42F), lerp(a, b, 0.575F, 0.16F), lerp(a, b, 0.87F, 0.42F),
                              IM_COL32(0x5A, 0x3A, 0x22, 0xFF));
        for (int k = 0; k < 4; ++k)
            dl->AddRectFilled(lerp(a, b, 0.37F + static_cast<float>(k) * 0.13F, 0.60F),
                              lerp(a, b, 0.39F + static_cast<float>(k) * 0.13F, 0.80F),
                              IM_COL32(0x5A, 0x3A, 0x22, 0xFF));
    } else if (scene == "flowers") {
        sky_and_ground(dl, a, b, IM_COL32(0xB9, 0xE2, 0xF5, 0xFF), IM_COL32(0xE6, 0xF5, 0xFB, 0xFF),
                       IM_COL32(0x7F, 0xB8, 0x5A, 0xFF), 0.55F, rounding);
        for (int k = 0; k < 9; ++k) {
            const ImVec2 c = lerp(a, b, 0.08F + static_cast<float>(k % 5) * 0.21F,
                                  0.65F + static_cast<float>(k / 5) * 0.18F);
            const ImU32 col = k % 3 == 0   ? IM_COL32(0xF2, 0x7E, 0xB3, 0xFF)
                              : k % 3 == 1 ? IM_COL32(0xF7, 0xD0, 0x3C, 0xFF)
                                           : IM_COL32(0xE8, 0x55, 0x3E, 0xFF);
            for (int p = 0; p < 5; ++p) {
                const float ang = static_cast<float>(p) * 2 * pi / 5;
                dl->AddCircleFilled(ImVec2(c.x + std::cos(ang) * w * 0.035F, c.y + std::sin(ang) * w * 0.035F),
                                    w * 0.03F, col, 12);
            }
            dl->AddCircleFilled(c, w * 0.022F, IM_COL32(0xFF, 0xF3, 0xB0, 0xFF), 12);
        }
    } else if (scene == "buffalo") {
        sky_and_ground(dl, a, b, IM_COL32(0xA8, 0xD8, 0xF0, 0xFF), IM_COL32(0xE0, 0xF2, 0xFA, 0xFF),
                       IM_COL32(0x9C, 0xC8, 0x5C, 0xFF), 0.58F, rounding);
        const ImU32 body = IM_COL32(0x4A, 0x4A, 0x52, 0xFF);
        dl->AddRectFilled(lerp(a, b, 0.25F, 0.50F), lerp(a, b, 0.70F, 0.72F), body, w * 0.08F);
        dl->AddCircleFilled(lerp(a, b, 0.74F, 0.52F), w * 0.09F, body, 24);
        for (float x : {0.30F, 0.40F, 0.58F, 0.66F})
            dl->AddRectFilled(lerp(a, b, x, 0.70F), lerp(a, b, x + 0.04F, 0.86F), body);
        dl->PathArcTo(lerp(a, b, 0.74F, 0.45F), w * 0.11F, pi * 1.1F, pi * 1.9F, 16);
        dl->PathStroke(IM_COL32(0xE8, 0xE0, 0xD0, 0xFF), 0, w * 0.02F);
    } else {
        // Rice terraces on the hills (the default scene).
        sky_and_ground(dl, a, b, IM_COL32(0x9F, 0xCF, 0xEA, 0xFF), IM_COL32(0xE2, 0xF1, 0xF8, 0xFF),
                       IM_COL32(0x7A, 0xB0, 0x3E, 0xFF), 0.45F, rounding);
        const ImU32 greens[] = {IM_COL32(0x9B, 0xC5, 0x3D, 0xFF), IM_COL32(0x86, 0xB5, 0x36, 0xFF),
                                IM_COL32(0xB3, 0xCF, 0x4A, 0xFF)};
        for (int k = 0; k < 5; ++k) {
            const float y = 0.45F + static_cast<float>(k) * 0.11F;
            dl->AddRectFilled(lerp(a, b, 0, y), lerp(a, b, 1, y + 0.11F), greens[k % 3]);
            dl->AddLine(lerp(a, b, 0, y), lerp(a, b, 1, y), IM_COL32(0x5E, 0x8A, 0x2A, 0xFF),
                        std::max(1.0F, h * 0.01F));
        }
        dl->AddCircleFilled(lerp(a, b, 0.82F, 0.18F), w * 0.07F, IM_COL32(0xFF, 0xE0, 0x7A, 0xFF), 24);
    }
    dl->PopClipRect();
}

void draw_sticker(ImDrawList* dl, const std::string& sticker, ImVec2 a, ImVec2 b)
{
    const float s = std::min(b.x - a.x, b.y - a.y);
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    const ImU32 ink = IM_COL32(0x3A, 0x2A, 0x1A, 0xFF);
    if (sticker == "heart") {
        const ImU32 red = IM_COL32(0xE5, 0x39, 0x4B, 0xFF);
        dl->AddCircleFilled(ImVec2(c.x - s * 0.16F, c.y - s * 0.10F), s * 0.20F, red, 24);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.16F, c.y - s * 0.10F), s * 0.20F, red, 24);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.35F, c.y - s * 0.02F), ImVec2(c.x + s * 0.35F, c.y - s * 0.02F),
                              ImVec2(c.x, c.y + s * 0.36F), red);
        return;
    }
    if (sticker == "flower") {
        for (int p = 0; p < 6; ++p) {
            const float ang = static_cast<float>(p) * pi / 3;
            dl->AddCircleFilled(ImVec2(c.x + std::cos(ang) * s * 0.18F, c.y - s * 0.06F + std::sin(ang) * s * 0.18F),
                                s * 0.14F, IM_COL32(0xF2, 0x7E, 0xB3, 0xFF), 16);
        }
        dl->AddCircleFilled(ImVec2(c.x, c.y - s * 0.06F), s * 0.11F, IM_COL32(0xF7, 0xD0, 0x3C, 0xFF), 16);
        dl->AddLine(ImVec2(c.x, c.y + s * 0.10F), ImVec2(c.x, c.y + s * 0.44F), IM_COL32(0x4E, 0x8A, 0x3A, 0xFF),
                    s * 0.05F);
        return;
    }
    // A round yellow face; the sticker decides its expression.
    dl->AddCircleFilled(c, s * 0.42F, IM_COL32(0xFF, 0xD3, 0x4E, 0xFF), 40);
    dl->AddCircle(c, s * 0.42F, IM_COL32(0xE0, 0xA8, 0x20, 0xFF), 40, s * 0.03F);
    const float t = std::max(1.5F, s * 0.045F);
    if (sticker == "smile" || sticker == "ok" || sticker == "thanks") {
        dl->PathArcTo(ImVec2(c.x - s * 0.14F, c.y - s * 0.06F), s * 0.07F, pi * 1.1F, pi * 1.9F, 10);
        dl->PathStroke(ink, 0, t);
        dl->PathArcTo(ImVec2(c.x + s * 0.14F, c.y - s * 0.06F), s * 0.07F, pi * 1.1F, pi * 1.9F, 10);
        dl->PathStroke(ink, 0, t);
    } else {
        dl->AddCircleFilled(ImVec2(c.x - s * 0.14F, c.y - s * 0.08F), s * 0.045F, ink, 12);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.14F, c.y - s * 0.08F), s * 0.045F, ink, 12);
    }
    dl->PathArcTo(ImVec2(c.x, c.y + s * 0.04F), s * 0.20F, pi * 0.15F, pi * 0.85F, 16);
    dl->PathStroke(ink, 0, t);
    if (sticker == "thanks") { // folded hands below the face
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.10F, c.y + s * 0.48F), ImVec2(c.x, c.y + s * 0.24F),
                              ImVec2(c.x + s * 0.10F, c.y + s * 0.48F), IM_COL32(0xE8, 0xB9, 0x8F, 0xFF));
    } else if (sticker == "hello") { // a waving hand
        dl->AddCircleFilled(ImVec2(c.x + s * 0.38F, c.y - s * 0.30F), s * 0.12F, IM_COL32(0xE8, 0xB9, 0x8F, 0xFF), 16);
    } else if (sticker == "ok") { // a thumb up
        dl->AddRectFilled(ImVec2(c.x + s * 0.28F, c.y + s * 0.10F), ImVec2(c.x + s * 0.46F, c.y + s * 0.40F),
                          IM_COL32(0xE8, 0xB9, 0x8F, 0xFF), s * 0.05F);
        dl->AddRectFilled(ImVec2(c.x + s * 0.33F, c.y - s * 0.04F), ImVec2(c.x + s * 0.41F, c.y + s * 0.14F),
                          IM_COL32(0xE8, 0xB9, 0x8F, 0xFF), s * 0.04F);
    }
}

} // namespace luyenso::ui
