#include "icons.h"

#include "theme.h"

#include <algorithm>
#include <cmath>

namespace luyenso::ui {

namespace {
constexpr float pi = 3.14159265F;

// A telephone handset: a curved grip with the earpiece and the mouthpiece at its ends,
// drawn in a unit box and rotated by `angle` (0: the familiar diagonal phone icon).
void handset(ImDrawList* dl, ImVec2 c, float s, ImU32 col, float angle)
{
    const float ca = std::cos(angle);
    const float sa = std::sin(angle);
    auto at = [&](float x, float y) { return ImVec2(c.x + (x * ca - y * sa) * s, c.y + (x * sa + y * ca) * s); };
    // The grip: a thick arc around the bottom-left of a circle centred up and right.
    constexpr float cx = 0.14F;
    constexpr float cy = -0.14F;
    constexpr float r = 0.34F;
    constexpr float from = pi * 0.42F;
    constexpr float to = pi * 1.08F;
    dl->PathClear();
    for (int i = 0; i <= 20; ++i) {
        const float a = from + (to - from) * static_cast<float>(i) / 20.0F;
        dl->PathLineTo(at(cx + std::cos(a) * r, cy + std::sin(a) * r));
    }
    dl->PathStroke(col, 0, s * 0.15F);
    // Earpiece and mouthpiece: thick pads at both ends, pointing in towards the centre.
    for (const float a : {from, to}) {
        const float ex = cx + std::cos(a) * r;
        const float ey = cy + std::sin(a) * r;
        const float ix = cx + std::cos(a) * (r - 0.12F);
        const float iy = cy + std::sin(a) * (r - 0.12F);
        dl->AddLine(at(ex, ey), at(ix, iy), col, s * 0.26F);
        dl->AddCircleFilled(at(ix, iy), s * 0.13F, col, 16);
        dl->AddCircleFilled(at(ex, ey), s * 0.13F, col, 16);
    }
}

void camera(ImDrawList* dl, ImVec2 c, float s, ImU32 col)
{
    dl->AddRectFilled(ImVec2(c.x - s * 0.42F, c.y - s * 0.24F), ImVec2(c.x + s * 0.16F, c.y + s * 0.24F), col,
                      s * 0.08F);
    dl->AddTriangleFilled(ImVec2(c.x + s * 0.12F, c.y), ImVec2(c.x + s * 0.42F, c.y - s * 0.22F),
                          ImVec2(c.x + s * 0.42F, c.y + s * 0.22F), col);
}

void microphone(ImDrawList* dl, ImVec2 c, float s, ImU32 col)
{
    dl->AddRectFilled(ImVec2(c.x - s * 0.13F, c.y - s * 0.40F), ImVec2(c.x + s * 0.13F, c.y + s * 0.10F), col,
                      s * 0.13F);
    dl->PathArcTo(ImVec2(c.x, c.y - s * 0.02F), s * 0.25F, 0, pi, 16);
    dl->PathStroke(col, 0, s * 0.07F);
    dl->AddLine(ImVec2(c.x, c.y + s * 0.23F), ImVec2(c.x, c.y + s * 0.38F), col, s * 0.07F);
    dl->AddLine(ImVec2(c.x - s * 0.16F, c.y + s * 0.39F), ImVec2(c.x + s * 0.16F, c.y + s * 0.39F), col, s * 0.07F);
}

void slash(ImDrawList* dl, ImVec2 c, float s, ImU32 col)
{
    dl->AddLine(ImVec2(c.x - s * 0.40F, c.y - s * 0.40F), ImVec2(c.x + s * 0.40F, c.y + s * 0.40F), col, s * 0.08F);
}

// The pictograms an app declared as data may take as its icon (data_app_pictograms()).
// False if `key` is none of them.
bool pictogram(ImDrawList* dl, std::string_view key, ImVec2 c, float s, ImU32 col, float t)
{
    auto at = [&](float x, float y) { return ImVec2(c.x + s * x, c.y + s * y); };
    if (key == "shield") {
        // A shield with a tick: protection (social insurance).
        dl->PathLineTo(at(0, -0.40F));
        dl->PathLineTo(at(0.32F, -0.28F));
        dl->PathLineTo(at(0.30F, 0.05F));
        dl->PathLineTo(at(0, 0.40F));
        dl->PathLineTo(at(-0.30F, 0.05F));
        dl->PathLineTo(at(-0.32F, -0.28F));
        dl->PathStroke(col, ImDrawFlags_Closed, t);
        dl->AddLine(at(-0.14F, 0), at(-0.03F, 0.11F), col, t);
        dl->AddLine(at(-0.03F, 0.11F), at(0.15F, -0.10F), col, t);
    } else if (key == "building") {
        // A public building: a roof, three columns, a step.
        dl->AddTriangleFilled(at(0, -0.40F), at(0.40F, -0.18F), at(-0.40F, -0.18F), col);
        for (const float x : {-0.25F, 0.0F, 0.25F})
            dl->AddRectFilled(at(x - 0.06F, -0.12F), at(x + 0.06F, 0.24F), col);
        dl->AddRectFilled(at(-0.40F, 0.28F), at(0.40F, 0.38F), col);
    } else if (key == "wallet") {
        // A wallet with its clasp.
        dl->AddRect(at(-0.38F, -0.26F), at(0.38F, 0.30F), col, s * 0.07F, 0, t);
        dl->AddLine(at(-0.30F, -0.34F), at(0.22F, -0.34F), col, t);
        dl->AddRectFilled(at(0.12F, -0.06F), at(0.40F, 0.12F), col, s * 0.04F);
    } else if (key == "document") {
        // A sheet with a folded corner and lines of text.
        dl->PathLineTo(at(-0.28F, -0.40F));
        dl->PathLineTo(at(0.12F, -0.40F));
        dl->PathLineTo(at(0.28F, -0.24F));
        dl->PathLineTo(at(0.28F, 0.40F));
        dl->PathLineTo(at(-0.28F, 0.40F));
        dl->PathStroke(col, ImDrawFlags_Closed, t);
        for (int i = 0; i < 3; ++i) {
            const float y = -0.12F + static_cast<float>(i) * 0.16F;
            dl->AddLine(at(-0.16F, y), at(0.16F, y), col, t * 0.8F);
        }
    } else if (key == "heart") {
        dl->AddCircleFilled(at(-0.15F, -0.12F), s * 0.17F, col, 24);
        dl->AddCircleFilled(at(0.15F, -0.12F), s * 0.17F, col, 24);
        dl->AddTriangleFilled(at(-0.31F, -0.06F), at(0.31F, -0.06F), at(0, 0.34F), col);
    } else if (key == "bolt") {
        // Lightning: electricity.
        dl->AddTriangleFilled(at(0.10F, -0.42F), at(-0.24F, 0.06F), at(0.04F, 0.06F), col);
        dl->AddTriangleFilled(at(-0.04F, -0.04F), at(0.24F, -0.04F), at(-0.10F, 0.42F), col);
    } else if (key == "sim") {
        // A phone handset outline with a plus: topping up a phone.
        dl->AddRect(at(-0.22F, -0.40F), at(0.22F, 0.40F), col, s * 0.08F, 0, t);
        dl->AddLine(at(-0.10F, 0), at(0.10F, 0), col, t);
        dl->AddLine(at(0, -0.10F), at(0, 0.10F), col, t);
        dl->AddLine(at(-0.06F, 0.30F), at(0.06F, 0.30F), col, t);
    } else {
        return false;
    }
    return true;
}
} // namespace

void draw_icon(ImDrawList* dl, std::string_view key, ImVec2 c, float s, ImU32 col)
{
    const float t = std::max(2.0F, s * 0.09F);
    if (key.substr(0, 10) == "pictogram:") {
        pictogram(dl, key.substr(10), c, s, col, t);
        return;
    }
    if (key == "back") {
        dl->AddLine(ImVec2(c.x + s * 0.10F, c.y - s * 0.30F), ImVec2(c.x - s * 0.22F, c.y), col, t);
        dl->AddLine(ImVec2(c.x - s * 0.22F, c.y), ImVec2(c.x + s * 0.10F, c.y + s * 0.30F), col, t);
    } else if (key == "home") {
        dl->AddCircle(c, s * 0.28F, col, 32, t);
    } else if (key == "phone") {
        handset(dl, c, s, col, 0);
    } else if (key == "end_call") {
        handset(dl, c, s, col, pi * 0.75F);
    } else if (key == "video") {
        camera(dl, c, s, col);
    } else if (key == "camera") {
        camera(dl, c, s * 0.9F, col);
    } else if (key == "camera_off") {
        camera(dl, c, s * 0.9F, col);
        slash(dl, c, s, col);
    } else if (key == "mic") {
        microphone(dl, c, s, col);
    } else if (key == "mic_off") {
        microphone(dl, c, s, col);
        slash(dl, c, s, col);
    } else if (key == "switch_camera") {
        camera(dl, ImVec2(c.x, c.y + s * 0.02F), s * 0.62F, col);
        dl->PathArcTo(c, s * 0.40F, pi * 1.1F, pi * 1.9F, 16);
        dl->PathStroke(col, 0, t * 0.8F);
        dl->AddTriangleFilled(ImVec2(c.x + s * 0.30F, c.y - s * 0.36F), ImVec2(c.x + s * 0.44F, c.y - s * 0.16F),
                              ImVec2(c.x + s * 0.20F, c.y - s * 0.16F), col);
        dl->PathArcTo(c, s * 0.40F, pi * 0.1F, pi * 0.9F, 16);
        dl->PathStroke(col, 0, t * 0.8F);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.30F, c.y + s * 0.36F), ImVec2(c.x - s * 0.44F, c.y + s * 0.16F),
                              ImVec2(c.x - s * 0.20F, c.y + s * 0.16F), col);
    } else if (key == "send") {
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.34F, c.y - s * 0.32F), ImVec2(c.x + s * 0.38F, c.y),
                              ImVec2(c.x - s * 0.34F, c.y + s * 0.32F), col);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.34F, c.y - s * 0.32F), ImVec2(c.x - s * 0.14F, c.y),
                              ImVec2(c.x - s * 0.34F, c.y + s * 0.32F), with_alpha(col, 0));
    } else if (key == "unlock") {
        dl->AddRectFilled(ImVec2(c.x - s * 0.30F, c.y - s * 0.04F), ImVec2(c.x + s * 0.30F, c.y + s * 0.38F), col,
                          s * 0.06F);
        dl->PathArcTo(ImVec2(c.x - s * 0.02F, c.y - s * 0.10F), s * 0.20F, pi, pi * 2.0F, 16);
        dl->PathStroke(col, 0, t);
        dl->AddLine(ImVec2(c.x - s * 0.22F, c.y - s * 0.10F), ImVec2(c.x - s * 0.22F, c.y - s * 0.02F), col, t);
    } else if (key == "chevron_up") {
        dl->AddLine(ImVec2(c.x - s * 0.30F, c.y + s * 0.14F), ImVec2(c.x, c.y - s * 0.16F), col, t);
        dl->AddLine(ImVec2(c.x, c.y - s * 0.16F), ImVec2(c.x + s * 0.30F, c.y + s * 0.14F), col, t);
    } else if (key == "chevron_down") {
        dl->AddLine(ImVec2(c.x - s * 0.30F, c.y - s * 0.14F), ImVec2(c.x, c.y + s * 0.16F), col, t);
        dl->AddLine(ImVec2(c.x, c.y + s * 0.16F), ImVec2(c.x + s * 0.30F, c.y - s * 0.14F), col, t);
    } else if (key == "app_chat") {
        // A speech bubble with three dots.
        dl->AddRectFilled(ImVec2(c.x - s * 0.34F, c.y - s * 0.26F), ImVec2(c.x + s * 0.34F, c.y + s * 0.18F), col,
                          s * 0.16F);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.20F, c.y + s * 0.12F), ImVec2(c.x - s * 0.04F, c.y + s * 0.16F),
                              ImVec2(c.x - s * 0.26F, c.y + s * 0.34F), col);
    } else if (key == "app_phone") {
        handset(dl, c, s * 0.9F, col, 0);
    } else if (key == "app_bank") {
        // A bank building of our own drawing: a roof, three columns, a step.
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.42F, c.y - s * 0.14F), ImVec2(c.x, c.y - s * 0.40F),
                              ImVec2(c.x + s * 0.42F, c.y - s * 0.14F), col);
        dl->AddRectFilled(ImVec2(c.x - s * 0.36F, c.y - s * 0.11F), ImVec2(c.x + s * 0.36F, c.y - s * 0.05F), col);
        for (int i = -1; i <= 1; ++i)
            dl->AddRectFilled(ImVec2(c.x + static_cast<float>(i) * s * 0.25F - s * 0.06F, c.y - s * 0.01F),
                              ImVec2(c.x + static_cast<float>(i) * s * 0.25F + s * 0.06F, c.y + s * 0.24F), col);
        dl->AddRectFilled(ImVec2(c.x - s * 0.42F, c.y + s * 0.28F), ImVec2(c.x + s * 0.42F, c.y + s * 0.36F), col,
                          s * 0.02F);
    } else if (key == "bank_qr") {
        // Scanning a QR code: the frame's corners and three finder squares.
        const float e = s * 0.40F;
        const float l = s * 0.16F;
        for (const float sx : {-1.0F, 1.0F})
            for (const float sy : {-1.0F, 1.0F}) {
                dl->AddLine(ImVec2(c.x + sx * e, c.y + sy * e), ImVec2(c.x + sx * (e - l), c.y + sy * e), col, t);
                dl->AddLine(ImVec2(c.x + sx * e, c.y + sy * e), ImVec2(c.x + sx * e, c.y + sy * (e - l)), col, t);
            }
        for (const ImVec2 o : {ImVec2(-0.24F, -0.24F), ImVec2(0.08F, -0.24F), ImVec2(-0.24F, 0.08F)}) {
            dl->AddRect(ImVec2(c.x + o.x * s, c.y + o.y * s), ImVec2(c.x + (o.x + 0.16F) * s, c.y + (o.y + 0.16F) * s),
                        col, 0, 0, std::max(1.5F, s * 0.05F));
        }
        dl->AddRectFilled(ImVec2(c.x + s * 0.10F, c.y + s * 0.10F), ImVec2(c.x + s * 0.22F, c.y + s * 0.22F), col);
    } else if (key == "bank_transfer") {
        // Money going one way and the other: two arrows.
        dl->AddLine(ImVec2(c.x - s * 0.34F, c.y - s * 0.14F), ImVec2(c.x + s * 0.22F, c.y - s * 0.14F), col, t * 1.2F);
        dl->AddTriangleFilled(ImVec2(c.x + s * 0.38F, c.y - s * 0.14F), ImVec2(c.x + s * 0.18F, c.y - s * 0.30F),
                              ImVec2(c.x + s * 0.18F, c.y + s * 0.02F), col);
        dl->AddLine(ImVec2(c.x + s * 0.34F, c.y + s * 0.18F), ImVec2(c.x - s * 0.22F, c.y + s * 0.18F), col, t * 1.2F);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.38F, c.y + s * 0.18F), ImVec2(c.x - s * 0.18F, c.y + s * 0.02F),
                              ImVec2(c.x - s * 0.18F, c.y + s * 0.34F), col);
    } else if (key == "bank_bill") {
        // A paper bill with lines of text.
        dl->AddRect(ImVec2(c.x - s * 0.26F, c.y - s * 0.38F), ImVec2(c.x + s * 0.26F, c.y + s * 0.38F), col, s * 0.04F,
                    0, t);
        for (int i = 0; i < 3; ++i) {
            const float y = c.y - s * 0.18F + static_cast<float>(i) * s * 0.16F;
            dl->AddLine(ImVec2(c.x - s * 0.14F, y), ImVec2(c.x + s * (i == 2 ? 0.02F : 0.14F), y), col, t);
        }
    } else if (key == "bank_water") {
        // A drop of water.
        dl->AddCircleFilled(ImVec2(c.x, c.y + s * 0.10F), s * 0.24F, col, 24);
        dl->AddTriangleFilled(ImVec2(c.x, c.y - s * 0.40F), ImVec2(c.x - s * 0.22F, c.y), ImVec2(c.x + s * 0.22F, c.y),
                              col);
    } else if (key == "bank_next") {
        dl->AddLine(ImVec2(c.x - s * 0.10F, c.y - s * 0.30F), ImVec2(c.x + s * 0.22F, c.y), col, t);
        dl->AddLine(ImVec2(c.x + s * 0.22F, c.y), ImVec2(c.x - s * 0.10F, c.y + s * 0.30F), col, t);
    } else if (key == "check") {
        dl->AddLine(ImVec2(c.x - s * 0.30F, c.y), ImVec2(c.x - s * 0.08F, c.y + s * 0.22F), col, t * 1.4F);
        dl->AddLine(ImVec2(c.x - s * 0.08F, c.y + s * 0.22F), ImVec2(c.x + s * 0.32F, c.y - s * 0.22F), col, t * 1.4F);
    } else if (key == "bulb") {
        dl->AddCircleFilled(ImVec2(c.x, c.y - s * 0.08F), s * 0.26F, col, 24);
        dl->AddRectFilled(ImVec2(c.x - s * 0.12F, c.y + s * 0.14F), ImVec2(c.x + s * 0.12F, c.y + s * 0.34F), col,
                          s * 0.04F);
    } else if (key == "list") {
        for (int i = -1; i <= 1; ++i) {
            const float y = c.y + static_cast<float>(i) * s * 0.24F;
            dl->AddCircleFilled(ImVec2(c.x - s * 0.30F, y), s * 0.06F, col);
            dl->AddLine(ImVec2(c.x - s * 0.16F, y), ImVec2(c.x + s * 0.34F, y), col, t);
        }
    } else if (key == "group" || key == "group_add" || key == "contacts") {
        // People: one head and shoulders (contacts), or two (a group); a plus to add.
        auto person = [&](float dx, float scale) {
            dl->AddCircleFilled(ImVec2(c.x + dx * s, c.y - s * 0.14F * scale), s * 0.14F * scale, col, 16);
            dl->PathArcTo(ImVec2(c.x + dx * s, c.y + s * 0.30F * scale), s * 0.26F * scale, pi, pi * 2.0F, 16);
            dl->PathFillConvex(col);
        };
        if (key == "contacts") {
            person(0, 1.1F);
        } else {
            person(-0.16F, 0.85F);
            person(0.16F, 0.85F);
        }
        if (key == "group_add") {
            dl->AddLine(ImVec2(c.x + s * 0.30F, c.y - s * 0.42F), ImVec2(c.x + s * 0.30F, c.y - s * 0.14F), col, t);
            dl->AddLine(ImVec2(c.x + s * 0.16F, c.y - s * 0.28F), ImVec2(c.x + s * 0.44F, c.y - s * 0.28F), col, t);
        }
    } else if (key == "settings") {
        // A gear: a ring with teeth.
        for (int i = 0; i < 8; ++i) {
            const float a = static_cast<float>(i) * pi / 4;
            dl->AddLine(ImVec2(c.x + std::cos(a) * s * 0.22F, c.y + std::sin(a) * s * 0.22F),
                        ImVec2(c.x + std::cos(a) * s * 0.38F, c.y + std::sin(a) * s * 0.38F), col, t * 1.3F);
        }
        dl->AddCircle(c, s * 0.22F, col, 24, t * 1.3F);
    } else if (key == "sticker") {
        dl->AddCircle(c, s * 0.34F, col, 32, t);
        dl->AddCircleFilled(ImVec2(c.x - s * 0.12F, c.y - s * 0.08F), s * 0.05F, col, 8);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.12F, c.y - s * 0.08F), s * 0.05F, col, 8);
        dl->PathArcTo(ImVec2(c.x, c.y + s * 0.02F), s * 0.18F, pi * 0.2F, pi * 0.8F, 12);
        dl->PathStroke(col, 0, t);
    } else if (key == "photo") {
        dl->AddRect(ImVec2(c.x - s * 0.36F, c.y - s * 0.28F), ImVec2(c.x + s * 0.36F, c.y + s * 0.28F), col, s * 0.06F,
                    0, t);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.28F, c.y + s * 0.20F), ImVec2(c.x - s * 0.06F, c.y - s * 0.06F),
                              ImVec2(c.x + s * 0.12F, c.y + s * 0.20F), col);
        dl->AddTriangleFilled(ImVec2(c.x + s * 0.02F, c.y + s * 0.20F), ImVec2(c.x + s * 0.16F, c.y + s * 0.02F),
                              ImVec2(c.x + s * 0.30F, c.y + s * 0.20F), col);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.18F, c.y - s * 0.12F), s * 0.06F, col, 10);
    } else if (key == "play") {
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.22F, c.y - s * 0.30F), ImVec2(c.x + s * 0.30F, c.y),
                              ImVec2(c.x - s * 0.22F, c.y + s * 0.30F), col);
    } else if (key == "megaphone") {
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.20F, c.y - s * 0.06F), ImVec2(c.x + s * 0.30F, c.y - s * 0.34F),
                              ImVec2(c.x + s * 0.30F, c.y + s * 0.34F), col);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.20F, c.y + s * 0.10F), ImVec2(c.x - s * 0.20F, c.y - s * 0.06F),
                              ImVec2(c.x + s * 0.30F, c.y + s * 0.34F), col);
        dl->AddRectFilled(ImVec2(c.x - s * 0.36F, c.y - s * 0.10F), ImVec2(c.x - s * 0.18F, c.y + s * 0.14F), col,
                          s * 0.03F);
        dl->AddLine(ImVec2(c.x - s * 0.20F, c.y + s * 0.12F), ImVec2(c.x - s * 0.12F, c.y + s * 0.36F), col, t * 1.4F);
    } else if (key == "keypad") {
        for (int r = 0; r < 4; ++r)
            for (int k = 0; k < 3; ++k)
                if (r < 3 || k == 1)
                    dl->AddCircleFilled(ImVec2(c.x + static_cast<float>(k - 1) * s * 0.24F,
                                               c.y + (static_cast<float>(r) - 1.5F) * s * 0.22F),
                                        s * 0.07F, col, 8);
    } else if (key == "bank_transfer") {
        // Money going across: two arrows, one each way.
        dl->AddLine(ImVec2(c.x - s * 0.34F, c.y - s * 0.14F), ImVec2(c.x + s * 0.26F, c.y - s * 0.14F), col, t);
        dl->AddTriangleFilled(ImVec2(c.x + s * 0.38F, c.y - s * 0.14F), ImVec2(c.x + s * 0.20F, c.y - s * 0.27F),
                              ImVec2(c.x + s * 0.20F, c.y - s * 0.01F), col);
        dl->AddLine(ImVec2(c.x + s * 0.34F, c.y + s * 0.16F), ImVec2(c.x - s * 0.26F, c.y + s * 0.16F), col, t);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.38F, c.y + s * 0.16F), ImVec2(c.x - s * 0.20F, c.y + s * 0.03F),
                              ImVec2(c.x - s * 0.20F, c.y + s * 0.29F), col);
    } else if (key == "magnifier") {
        // A magnifying glass over a line of figures: look at the amount closely.
        dl->AddCircle(ImVec2(c.x - s * 0.06F, c.y - s * 0.06F), s * 0.24F, col, 32, t);
        dl->AddLine(ImVec2(c.x + s * 0.11F, c.y + s * 0.11F), ImVec2(c.x + s * 0.34F, c.y + s * 0.34F), col, t * 1.6F);
        for (int i = 0; i < 3; ++i)
            dl->AddCircleFilled(ImVec2(c.x - s * 0.16F + static_cast<float>(i) * s * 0.10F, c.y - s * 0.06F),
                                s * 0.035F, col, 8);
    } else if (key == "telex_key") {
        // A key cap with a letter's hat and tone mark: typing Vietnamese marks.
        dl->AddRect(ImVec2(c.x - s * 0.32F, c.y - s * 0.32F), ImVec2(c.x + s * 0.32F, c.y + s * 0.32F), col, s * 0.08F,
                    0, t);
        dl->AddLine(ImVec2(c.x - s * 0.12F, c.y - s * 0.02F), ImVec2(c.x, c.y - s * 0.14F), col, t);
        dl->AddLine(ImVec2(c.x, c.y - s * 0.14F), ImVec2(c.x + s * 0.12F, c.y - s * 0.02F), col, t);
        dl->AddLine(ImVec2(c.x + s * 0.04F, c.y - s * 0.26F), ImVec2(c.x + s * 0.14F, c.y - s * 0.20F), col, t);
        dl->AddLine(ImVec2(c.x - s * 0.14F, c.y + s * 0.16F), ImVec2(c.x + s * 0.14F, c.y + s * 0.16F), col, t);
    } else if (key == "clock") {
        dl->AddCircle(c, s * 0.34F, col, 32, t);
        dl->AddLine(c, ImVec2(c.x, c.y - s * 0.22F), col, t);
        dl->AddLine(c, ImVec2(c.x + s * 0.16F, c.y + s * 0.06F), col, t);
    } else if (key == "backspace") {
        dl->PathLineTo(ImVec2(c.x - s * 0.40F, c.y));
        dl->PathLineTo(ImVec2(c.x - s * 0.18F, c.y - s * 0.24F));
        dl->PathLineTo(ImVec2(c.x + s * 0.38F, c.y - s * 0.24F));
        dl->PathLineTo(ImVec2(c.x + s * 0.38F, c.y + s * 0.24F));
        dl->PathLineTo(ImVec2(c.x - s * 0.18F, c.y + s * 0.24F));
        dl->PathStroke(col, ImDrawFlags_Closed, t);
        dl->AddLine(ImVec2(c.x - s * 0.02F, c.y - s * 0.10F), ImVec2(c.x + s * 0.20F, c.y + s * 0.10F), col, t);
        dl->AddLine(ImVec2(c.x - s * 0.02F, c.y + s * 0.10F), ImVec2(c.x + s * 0.20F, c.y - s * 0.10F), col, t);
    } else if (key == "enter") {
        dl->AddLine(ImVec2(c.x + s * 0.30F, c.y - s * 0.24F), ImVec2(c.x + s * 0.30F, c.y + s * 0.08F), col, t);
        dl->AddLine(ImVec2(c.x + s * 0.30F, c.y + s * 0.08F), ImVec2(c.x - s * 0.26F, c.y + s * 0.08F), col, t);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.36F, c.y + s * 0.08F), ImVec2(c.x - s * 0.16F, c.y - s * 0.08F),
                              ImVec2(c.x - s * 0.16F, c.y + s * 0.24F), col);
    } else if (key == "shift") {
        dl->PathLineTo(ImVec2(c.x, c.y - s * 0.34F));
        dl->PathLineTo(ImVec2(c.x + s * 0.32F, c.y + s * 0.02F));
        dl->PathLineTo(ImVec2(c.x + s * 0.14F, c.y + s * 0.02F));
        dl->PathLineTo(ImVec2(c.x + s * 0.14F, c.y + s * 0.30F));
        dl->PathLineTo(ImVec2(c.x - s * 0.14F, c.y + s * 0.30F));
        dl->PathLineTo(ImVec2(c.x - s * 0.14F, c.y + s * 0.02F));
        dl->PathLineTo(ImVec2(c.x - s * 0.32F, c.y + s * 0.02F));
        dl->PathStroke(col, ImDrawFlags_Closed, t);
    } else if (key == "app_sms") {
        dl->AddRectFilled(ImVec2(c.x - s * 0.36F, c.y - s * 0.26F), ImVec2(c.x + s * 0.36F, c.y + s * 0.22F), col,
                          s * 0.06F);
        dl->AddTriangleFilled(ImVec2(c.x + s * 0.10F, c.y + s * 0.20F), ImVec2(c.x + s * 0.28F, c.y + s * 0.20F),
                              ImVec2(c.x + s * 0.26F, c.y + s * 0.38F), col);
    } else if (key == "speaker" || key == "speaker_off") {
        dl->AddRectFilled(ImVec2(c.x - s * 0.36F, c.y - s * 0.12F), ImVec2(c.x - s * 0.18F, c.y + s * 0.12F), col);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.22F, c.y), ImVec2(c.x + s * 0.06F, c.y - s * 0.32F),
                              ImVec2(c.x + s * 0.06F, c.y + s * 0.32F), col);
        if (key == "speaker") {
            dl->PathArcTo(ImVec2(c.x + s * 0.04F, c.y), s * 0.18F, -pi * 0.3F, pi * 0.3F, 10);
            dl->PathStroke(col, 0, t);
            dl->PathArcTo(ImVec2(c.x + s * 0.04F, c.y), s * 0.32F, -pi * 0.3F, pi * 0.3F, 12);
            dl->PathStroke(col, 0, t);
        } else {
            dl->AddLine(ImVec2(c.x + s * 0.14F, c.y - s * 0.14F), ImVec2(c.x + s * 0.38F, c.y + s * 0.14F), col, t);
            dl->AddLine(ImVec2(c.x + s * 0.14F, c.y + s * 0.14F), ImVec2(c.x + s * 0.38F, c.y - s * 0.14F), col, t);
        }
    } else if (key == "contrast") {
        dl->AddCircle(c, s * 0.34F, col, 32, t);
        dl->PathArcTo(c, s * 0.34F, -pi * 0.5F, pi * 0.5F, 16);
        dl->PathFillConvex(col);
    } else if (key == "pause") {
        dl->AddRectFilled(ImVec2(c.x - s * 0.26F, c.y - s * 0.30F), ImVec2(c.x - s * 0.08F, c.y + s * 0.30F), col,
                          s * 0.03F);
        dl->AddRectFilled(ImVec2(c.x + s * 0.08F, c.y - s * 0.30F), ImVec2(c.x + s * 0.26F, c.y + s * 0.30F), col,
                          s * 0.03F);
    } else if (key == "next") {
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.30F, c.y - s * 0.28F), ImVec2(c.x + s * 0.12F, c.y),
                              ImVec2(c.x - s * 0.30F, c.y + s * 0.28F), col);
        dl->AddRectFilled(ImVec2(c.x + s * 0.16F, c.y - s * 0.28F), ImVec2(c.x + s * 0.30F, c.y + s * 0.28F), col);
    } else if (key == "stop") {
        dl->AddRectFilled(ImVec2(c.x - s * 0.26F, c.y - s * 0.26F), ImVec2(c.x + s * 0.26F, c.y + s * 0.26F), col,
                          s * 0.05F);
    } else if (key == "restart") {
        dl->PathArcTo(c, s * 0.30F, pi * 0.3F, pi * 1.9F, 24);
        dl->PathStroke(col, 0, t);
        dl->AddTriangleFilled(ImVec2(c.x + s * 0.38F, c.y - s * 0.30F), ImVec2(c.x + s * 0.36F, c.y + s * 0.02F),
                              ImVec2(c.x + s * 0.10F, c.y - s * 0.14F), col);
    } else if (key == "app_eid") {
        // An identity card: a person's picture on the left, lines of text on the right.
        dl->AddRect(ImVec2(c.x - s * 0.40F, c.y - s * 0.28F), ImVec2(c.x + s * 0.40F, c.y + s * 0.28F), col, s * 0.07F,
                    0, t);
        dl->AddCircleFilled(ImVec2(c.x - s * 0.18F, c.y - s * 0.05F), s * 0.09F, col, 16);
        dl->PathArcTo(ImVec2(c.x - s * 0.18F, c.y + s * 0.20F), s * 0.15F, pi, pi * 2.0F, 12);
        dl->PathFillConvex(col);
        for (int i = 0; i < 3; ++i) {
            const float y = c.y - s * 0.12F + static_cast<float>(i) * s * 0.13F;
            dl->AddLine(ImVec2(c.x + s * 0.04F, y), ImVec2(c.x + s * (i == 2 ? 0.20F : 0.30F), y), col, t);
        }
    } else if (key == "app_browser") {
        // A globe: a circle, its equator and two meridians.
        dl->AddCircle(c, s * 0.36F, col, 32, t);
        dl->AddLine(ImVec2(c.x - s * 0.36F, c.y), ImVec2(c.x + s * 0.36F, c.y), col, t * 0.8F);
        for (int i = 0; i < 24; ++i) { // a narrow ellipse: the meridians
            const float a0 = static_cast<float>(i) * pi / 12;
            const float a1 = static_cast<float>(i + 1) * pi / 12;
            dl->AddLine(ImVec2(c.x + std::cos(a0) * s * 0.15F, c.y + std::sin(a0) * s * 0.36F),
                        ImVec2(c.x + std::cos(a1) * s * 0.15F, c.y + std::sin(a1) * s * 0.36F), col, t * 0.8F);
        }
        dl->AddLine(ImVec2(c.x - s * 0.30F, c.y - s * 0.18F), ImVec2(c.x + s * 0.30F, c.y - s * 0.18F), col, t * 0.6F);
        dl->AddLine(ImVec2(c.x - s * 0.30F, c.y + s * 0.18F), ImVec2(c.x + s * 0.30F, c.y + s * 0.18F), col, t * 0.6F);
    } else if (key == "app_settings") {
        for (int i = 0; i < 8; ++i) {
            const float a = static_cast<float>(i) * pi / 4 + pi / 8;
            dl->AddLine(ImVec2(c.x + std::cos(a) * s * 0.20F, c.y + std::sin(a) * s * 0.20F),
                        ImVec2(c.x + std::cos(a) * s * 0.38F, c.y + std::sin(a) * s * 0.38F), col, t * 1.8F);
        }
        dl->AddCircle(c, s * 0.22F, col, 24, t * 1.6F);
    } else if (key == "close") {
        dl->AddLine(ImVec2(c.x - s * 0.26F, c.y - s * 0.26F), ImVec2(c.x + s * 0.26F, c.y + s * 0.26F), col, t * 1.2F);
        dl->AddLine(ImVec2(c.x - s * 0.26F, c.y + s * 0.26F), ImVec2(c.x + s * 0.26F, c.y - s * 0.26F), col, t * 1.2F);
    } else if (key == "more") {
        // Three dots one above the other: a menu.
        for (const float d : {-0.26F, 0.0F, 0.26F})
            dl->AddCircleFilled(ImVec2(c.x, c.y + s * d), s * 0.075F, col, 12);
    } else if (key == "block") {
        // A circle struck through: blocked.
        dl->AddCircle(c, s * 0.32F, col, 32, t * 1.1F);
        dl->AddLine(ImVec2(c.x - s * 0.22F, c.y + s * 0.22F), ImVec2(c.x + s * 0.22F, c.y - s * 0.22F), col, t * 1.1F);
    } else if (key == "link") {
        // Two links of a chain, at an angle.
        const float r = s * 0.13F;
        for (const float d : {-1.0F, 1.0F}) {
            const ImVec2 o(c.x + d * s * 0.13F, c.y - d * s * 0.13F);
            dl->AddRect(ImVec2(o.x - r * 1.4F, o.y - r), ImVec2(o.x + r * 1.4F, o.y + r), col, r, 0, t);
        }
    } else if (key == "lock") {
        dl->AddRectFilled(ImVec2(c.x - s * 0.26F, c.y - s * 0.04F), ImVec2(c.x + s * 0.26F, c.y + s * 0.34F), col,
                          s * 0.05F);
        dl->PathArcTo(ImVec2(c.x, c.y - s * 0.06F), s * 0.16F, pi, pi * 2.0F, 16);
        dl->PathStroke(col, 0, t);
        dl->AddLine(ImVec2(c.x - s * 0.16F, c.y - s * 0.06F), ImVec2(c.x - s * 0.16F, c.y - s * 0.02F), col, t);
        dl->AddLine(ImVec2(c.x + s * 0.16F, c.y - s * 0.06F), ImVec2(c.x + s * 0.16F, c.y - s * 0.02F), col, t);
    } else if (key == "warning") {
        dl->AddTriangle(ImVec2(c.x, c.y - s * 0.36F), ImVec2(c.x + s * 0.40F, c.y + s * 0.32F),
                        ImVec2(c.x - s * 0.40F, c.y + s * 0.32F), col, t);
        dl->AddLine(ImVec2(c.x, c.y - s * 0.12F), ImVec2(c.x, c.y + s * 0.12F), col, t * 1.2F);
        dl->AddCircleFilled(ImVec2(c.x, c.y + s * 0.22F), t * 0.8F, col, 8);
    } else if (key == "wallet") {
        dl->AddRect(ImVec2(c.x - s * 0.38F, c.y - s * 0.24F), ImVec2(c.x + s * 0.38F, c.y + s * 0.30F), col, s * 0.06F,
                    0, t);
        dl->AddLine(ImVec2(c.x - s * 0.30F, c.y - s * 0.24F), ImVec2(c.x + s * 0.20F, c.y - s * 0.38F), col, t);
        dl->AddRectFilled(ImVec2(c.x + s * 0.12F, c.y - s * 0.04F), ImVec2(c.x + s * 0.38F, c.y + s * 0.12F), col,
                          s * 0.04F);
    } else if (key == "health") {
        // A medical cross.
        dl->AddRectFilled(ImVec2(c.x - s * 0.11F, c.y - s * 0.36F), ImVec2(c.x + s * 0.11F, c.y + s * 0.36F), col,
                          s * 0.03F);
        dl->AddRectFilled(ImVec2(c.x - s * 0.36F, c.y - s * 0.11F), ImVec2(c.x + s * 0.36F, c.y + s * 0.11F), col,
                          s * 0.03F);
    } else if (key == "bell") {
        dl->PathArcTo(ImVec2(c.x, c.y - s * 0.06F), s * 0.24F, pi, pi * 2.0F, 16);
        dl->PathLineTo(ImVec2(c.x + s * 0.30F, c.y + s * 0.22F));
        dl->PathLineTo(ImVec2(c.x - s * 0.30F, c.y + s * 0.22F));
        dl->PathFillConvex(col);
        dl->AddCircleFilled(ImVec2(c.x, c.y + s * 0.31F), s * 0.08F, col, 12);
    } else if (key == "logout") {
        dl->AddLine(ImVec2(c.x + s * 0.06F, c.y - s * 0.34F), ImVec2(c.x - s * 0.32F, c.y - s * 0.34F), col, t);
        dl->AddLine(ImVec2(c.x - s * 0.32F, c.y - s * 0.34F), ImVec2(c.x - s * 0.32F, c.y + s * 0.34F), col, t);
        dl->AddLine(ImVec2(c.x - s * 0.32F, c.y + s * 0.34F), ImVec2(c.x + s * 0.06F, c.y + s * 0.34F), col, t);
        dl->AddLine(ImVec2(c.x - s * 0.10F, c.y), ImVec2(c.x + s * 0.26F, c.y), col, t);
        dl->AddTriangleFilled(ImVec2(c.x + s * 0.40F, c.y), ImVec2(c.x + s * 0.22F, c.y - s * 0.14F),
                              ImVec2(c.x + s * 0.22F, c.y + s * 0.14F), col);
    } else if (key == "vaccine") {
        // A syringe, drawn at an angle.
        const ImVec2 a(c.x - s * 0.30F, c.y + s * 0.30F);
        const ImVec2 b(c.x + s * 0.18F, c.y - s * 0.18F);
        dl->AddLine(a, b, col, s * 0.16F);
        dl->AddLine(b, ImVec2(c.x + s * 0.38F, c.y - s * 0.38F), col, t * 0.7F);
        dl->AddLine(ImVec2(a.x - s * 0.08F, a.y - s * 0.08F), ImVec2(a.x + s * 0.08F, a.y + s * 0.08F), col, t);
    } else if (key == "text_size") {
        // A small and a large letter A.
        auto letter = [&](float x, float h) {
            dl->AddLine(ImVec2(x - h * 0.32F, c.y + s * 0.30F), ImVec2(x, c.y + s * 0.30F - h), col, t);
            dl->AddLine(ImVec2(x, c.y + s * 0.30F - h), ImVec2(x + h * 0.32F, c.y + s * 0.30F), col, t);
            dl->AddLine(ImVec2(x - h * 0.18F, c.y + s * 0.30F - h * 0.4F),
                        ImVec2(x + h * 0.18F, c.y + s * 0.30F - h * 0.4F), col, t);
        };
        letter(c.x - s * 0.20F, s * 0.36F);
        letter(c.x + s * 0.16F, s * 0.62F);
    } else if (key == "fullscreen" || key == "fullscreen_exit") {
        // Four corners: pointing out to enter full screen, in to leave it.
        const bool out = key == "fullscreen";
        for (const float sx : {-1.0F, 1.0F})
            for (const float sy : {-1.0F, 1.0F}) {
                const ImVec2 corner(c.x + sx * s * (out ? 0.34F : 0.10F), c.y + sy * s * (out ? 0.30F : 0.08F));
                const float dx = (out ? -sx : sx) * s * 0.18F;
                const float dy = (out ? -sy : sy) * s * 0.16F;
                dl->PathLineTo(ImVec2(corner.x + dx, corner.y));
                dl->PathLineTo(corner);
                dl->PathLineTo(ImVec2(corner.x, corner.y + dy));
                dl->PathStroke(col, 0, t);
            }
    } else if (key == "chevron_right") {
        dl->AddLine(ImVec2(c.x - s * 0.10F, c.y - s * 0.24F), ImVec2(c.x + s * 0.14F, c.y), col, t);
        dl->AddLine(ImVec2(c.x + s * 0.14F, c.y), ImVec2(c.x - s * 0.10F, c.y + s * 0.24F), col, t);
    } else if (key == "gift") {
        dl->AddRectFilled(ImVec2(c.x - s * 0.34F, c.y - s * 0.08F), ImVec2(c.x + s * 0.34F, c.y + s * 0.36F), col,
                          s * 0.03F);
        dl->AddRectFilled(ImVec2(c.x - s * 0.38F, c.y - s * 0.22F), ImVec2(c.x + s * 0.38F, c.y - s * 0.10F), col,
                          s * 0.03F);
        dl->AddCircle(ImVec2(c.x - s * 0.12F, c.y - s * 0.30F), s * 0.10F, col, 12, t);
        dl->AddCircle(ImVec2(c.x + s * 0.12F, c.y - s * 0.30F), s * 0.10F, col, 12, t);
    }
}

void draw_person(ImDrawList* dl, const Avatar& a, ImVec2 min, ImVec2 max, bool round, bool background)
{
    const float w = max.x - min.x;
    const float h = max.y - min.y;
    const ImVec2 c(min.x + w / 2, min.y + h / 2);
    const float s = std::min(w, h);
    const ImU32 bg = colour_from_hex(a.background);
    if (background && round)
        dl->AddCircleFilled(c, s / 2, bg, 48);
    else if (background)
        dl->AddRectFilled(min, max, bg);
    if (round)
        dl->PushClipRect(ImVec2(c.x - s / 2, c.y - s / 2), ImVec2(c.x + s / 2, c.y + s / 2), true);

    const ImU32 skin = colour_from_hex(a.skin);
    const ImU32 hair = colour_from_hex(a.hair);
    const ImU32 shirt = colour_from_hex(a.shirt);
    const float head_r = s * (a.child ? 0.22F : 0.20F);
    const ImVec2 head(c.x, c.y - s * 0.06F);
    // Shoulders: a wide shape with round top corners.
    dl->AddRectFilled(ImVec2(c.x - s * 0.38F, c.y + s * 0.22F), ImVec2(c.x + s * 0.38F, c.y + s * 0.80F), shirt,
                      s * 0.16F, ImDrawFlags_RoundCornersTop);
    dl->AddRectFilled(ImVec2(c.x - s * 0.07F, head.y + head_r * 0.7F), ImVec2(c.x + s * 0.07F, c.y + s * 0.20F), skin);
    // Hair behind the head (long styles).
    if (a.hair_style == HairStyle::Long)
        dl->AddRectFilled(ImVec2(head.x - head_r * 1.08F, head.y - head_r * 0.2F),
                          ImVec2(head.x + head_r * 1.08F, head.y + head_r * 1.5F), hair, head_r * 0.5F);
    if (a.hair_style == HairStyle::Bun)
        dl->AddCircleFilled(ImVec2(head.x, head.y - head_r * 1.15F), head_r * 0.45F, hair, 24);
    if (a.hair_style == HairStyle::Ponytail)
        dl->AddCircleFilled(ImVec2(head.x + head_r * 1.05F, head.y + head_r * 0.1F), head_r * 0.38F, hair, 24);
    dl->AddCircleFilled(head, head_r, skin, 40);
    // Hair on top.
    if (a.hair_style != HairStyle::Bald) {
        dl->PathArcTo(head, head_r * 1.04F, pi * 1.02F, pi * 1.98F, 24);
        dl->PathLineTo(ImVec2(head.x + head_r, head.y - head_r * 0.15F));
        dl->PathLineTo(ImVec2(head.x - head_r, head.y - head_r * 0.15F));
        dl->PathFillConvex(hair);
    }
    // Face: eyes, smile, glasses.
    const float eye_dx = head_r * 0.38F;
    const float eye_y = head.y + head_r * 0.10F;
    const ImU32 ink = IM_COL32(0x2A, 0x20, 0x1A, 0xFF);
    dl->AddCircleFilled(ImVec2(head.x - eye_dx, eye_y), head_r * 0.09F, ink, 12);
    dl->AddCircleFilled(ImVec2(head.x + eye_dx, eye_y), head_r * 0.09F, ink, 12);
    dl->PathArcTo(ImVec2(head.x, head.y + head_r * 0.30F), head_r * 0.32F, pi * 0.2F, pi * 0.8F, 12);
    dl->PathStroke(ink, 0, std::max(1.5F, head_r * 0.07F));
    if (a.glasses) {
        const float gr = head_r * 0.24F;
        const float gt = std::max(1.5F, head_r * 0.06F);
        dl->AddCircle(ImVec2(head.x - eye_dx, eye_y), gr, ink, 20, gt);
        dl->AddCircle(ImVec2(head.x + eye_dx, eye_y), gr, ink, 20, gt);
        dl->AddLine(ImVec2(head.x - eye_dx + gr, eye_y), ImVec2(head.x + eye_dx - gr, eye_y), ink, gt);
    }
    if (round)
        dl->PopClipRect();
}

void draw_camera_scene(ImDrawList* dl, const Avatar& a, ImVec2 min, ImVec2 max, float rounding)
{
    // A warm room: wall, a window with light, a shelf; the person in front of it.
    const float w = max.x - min.x;
    const float h = max.y - min.y;
    const ImU32 wall = colour_from_hex(a.background);
    dl->AddRectFilled(min, max, wall, rounding);
    dl->PushClipRect(min, max, true);
    // A window with its frame, on the left, below where the caller's name is written.
    const ImVec2 wa(min.x + w * 0.08F, min.y + h * 0.26F);
    const ImVec2 wb(min.x + w * 0.34F, min.y + h * 0.46F);
    dl->AddRectFilled(wa, wb, IM_COL32(0xDD, 0xEE, 0xF6, 0xFF), w * 0.01F);
    dl->AddRect(wa, wb, IM_COL32(0x8A, 0x6A, 0x4A, 0xFF), w * 0.01F, 0, std::max(1.5F, w * 0.012F));
    dl->AddLine(ImVec2((wa.x + wb.x) / 2, wa.y), ImVec2((wa.x + wb.x) / 2, wb.y), IM_COL32(0x8A, 0x6A, 0x4A, 0xFF),
                std::max(1.0F, w * 0.008F));
    dl->AddLine(ImVec2(wa.x, (wa.y + wb.y) / 2), ImVec2(wb.x, (wa.y + wb.y) / 2), IM_COL32(0x8A, 0x6A, 0x4A, 0xFF),
                std::max(1.0F, w * 0.008F));
    dl->AddRectFilled(ImVec2(min.x + w * 0.60F, min.y + h * 0.30F), ImVec2(min.x + w * 0.95F, min.y + h * 0.32F),
                      IM_COL32(0x8A, 0x6A, 0x4A, 0xC0));
    dl->AddRectFilled(ImVec2(min.x + w * 0.66F, min.y + h * 0.22F), ImVec2(min.x + w * 0.72F, min.y + h * 0.30F),
                      IM_COL32(0x3F, 0x7F, 0x5F, 0xC0));
    const float s = std::min(w * 0.95F, h * 0.62F);
    const ImVec2 c(min.x + w / 2, min.y + h * 0.50F);
    draw_person(dl, a, ImVec2(c.x - s / 2, c.y - s / 2), ImVec2(c.x + s / 2, c.y + s / 2), false, false);
    dl->PopClipRect();
}

} // namespace luyenso::ui
