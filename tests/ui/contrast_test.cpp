// Contrast, measured from ImGui's draw data (not from pixels): for every glyph drawn, the
// WCAG 2.x contrast ratio between its colour and what it is drawn on, which is the
// composite, in draw order across the draw lists and inside their clip rectangles, of
// the solid fills (triangles textured with the font atlas's white pixel) under the
// glyph's centre, translucent fills blended over what lies below. A picture (any other
// texture) is unknown: the glyph is measured with the picture black and with it white,
// and the worse counts, so text over a picture needs a scrim. Fills drawn after the glyph
// are blended over both the glyph and its background (a glyph under an opaque fill is
// hidden and not counted). Shapes' anti-aliased edges count as crisp (at their middle).
// The bar: 7:1 in the panels around the phone, 4.5:1 on the phone. The target's ring
// must contrast 3:1 (WCAG's bar for non-text) with what lies around it at every place
// along it where it is visible, measured across its whole width (check_ring).
#include "images.h"
#include "layout_log.h"
#include "model/app_model.h"
#include "progress_test_support.h"
#include "shell.h"
#include "theme.h"
#include "ui_test_support.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

using namespace luyenso;

namespace {

// [SECTION] colours

struct Rgb {
    double r = 0, g = 0, b = 0;
};

struct Rgba {
    double r = 0, g = 0, b = 0, a = 0;
};

Rgba rgba(ImU32 c)
{
    return {static_cast<double>((c >> IM_COL32_R_SHIFT) & 0xFF) / 255.0,
            static_cast<double>((c >> IM_COL32_G_SHIFT) & 0xFF) / 255.0,
            static_cast<double>((c >> IM_COL32_B_SHIFT) & 0xFF) / 255.0,
            static_cast<double>((c >> IM_COL32_A_SHIFT) & 0xFF) / 255.0};
}

Rgb over(Rgb below, Rgba c)
{
    return {c.r * c.a + below.r * (1 - c.a), c.g * c.a + below.g * (1 - c.a), c.b * c.a + below.b * (1 - c.a)};
}

// WCAG 2.x relative luminance of an sRGB colour.
double luminance(Rgb c)
{
    const auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

double ratio(Rgb a, Rgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string hex(Rgb c)
{
    char s[8];
    std::snprintf(s, sizeof s, "#%02X%02X%02X", static_cast<int>(std::lround(c.r * 255)),
                  static_cast<int>(std::lround(c.g * 255)), static_cast<int>(std::lround(c.b * 255)));
    return s;
}

std::string hex(ImU32 c)
{
    const Rgba v = rgba(c);
    std::string s = hex(Rgb{v.r, v.g, v.b});
    if (v.a < 1) {
        char a[8];
        std::snprintf(a, sizeof a, " a%02X", static_cast<int>((c >> IM_COL32_A_SHIFT) & 0xFF));
        s += a;
    }
    return s;
}

// What lies under a point: one colour, or two when a picture is in it (the picture black,
// the picture white).
struct Under {
    Rgb on_black;
    Rgb on_white;
    bool picture = false;
    bool hidden = false; // an opaque fill covered the point
};

void blend(Under& u, Rgba c, bool picture)
{
    if (picture) {
        // The picture's pixel times the vertex colour: black, or the vertex colour.
        u.on_black = over(u.on_black, Rgba{0, 0, 0, c.a});
        u.on_white = over(u.on_white, c);
        u.picture = true;
    } else {
        u.on_black = over(u.on_black, c);
        u.on_white = over(u.on_white, c);
    }
}

double worst_ratio(const Under& ink, const Under& bg)
{
    return std::min(ratio(ink.on_black, bg.on_black), ratio(ink.on_white, bg.on_white));
}

// [SECTION] the draw data, as triangles and glyphs

struct Tri {
    ImVec2 p[3];
    ImU32 col[3];
    ImVec4 clip;
    bool picture = false;
    // An anti-aliased fringe: a 1 px strip whose outer vertices are transparent. Its shape's
    // true edge runs along its middle: the fringe counts as the shape's colour (`full`
    // alpha) where it is at least half, as nothing short of that (a crisp edge), so that
    // a point on the edge of a banner over a line of text is under it or beside it, not
    // under a half-blended mix.
    bool fringe = false;
    double full = 1;
};

struct Glyph {
    ImVec2 min;
    ImVec2 max;
    ImU32 ink = 0;
    ImVec4 clip;
    std::size_t before = 0; // the fills drawn before it
    unsigned codepoint = '?';
    int list = 0;
};

bool in_clip(const ImVec4& clip, ImVec2 p)
{
    return p.x >= clip.x && p.x < clip.z && p.y >= clip.y && p.y < clip.w;
}

// Barycentric weights of `p` in `t`; false when outside.
bool weights(const Tri& t, ImVec2 p, double w[3])
{
    const double x0 = t.p[0].x, y0 = t.p[0].y, x1 = t.p[1].x, y1 = t.p[1].y, x2 = t.p[2].x, y2 = t.p[2].y;
    const double d = (y1 - y2) * (x0 - x2) + (x2 - x1) * (y0 - y2);
    if (std::abs(d) < 1e-12)
        return false;
    w[0] = ((y1 - y2) * (p.x - x2) + (x2 - x1) * (p.y - y2)) / d;
    w[1] = ((y2 - y0) * (p.x - x2) + (x0 - x2) * (p.y - y2)) / d;
    w[2] = 1 - w[0] - w[1];
    return w[0] >= 0 && w[1] >= 0 && w[2] >= 0;
}

// How wide a triangle is across its longest side.
float width(const Tri& t)
{
    const auto len = [&](int a, int b) { return std::hypot(t.p[a].x - t.p[b].x, t.p[a].y - t.p[b].y); };
    const float longest = std::max({len(0, 1), len(1, 2), len(2, 0)});
    const float twice_area = std::abs((t.p[1].x - t.p[0].x) * (t.p[2].y - t.p[0].y) -
                                      (t.p[2].x - t.p[0].x) * (t.p[1].y - t.p[0].y));
    return longest > 0 ? twice_area / longest : 0;
}

Rgba colour_at(const Tri& t, const double w[3])
{
    Rgba out;
    for (int i = 0; i < 3; ++i) {
        const Rgba c = rgba(t.col[i]);
        out.r += w[i] * c.r;
        out.g += w[i] * c.g;
        out.b += w[i] * c.b;
        out.a += w[i] * c.a;
    }
    return out;
}

// Whether a triangle whose colour at a point is `c` shows there (crisp edges).
bool visible(const Tri& t, const Rgba& c)
{
    return t.fringe ? c.a >= t.full / 2 : c.a > 0;
}

std::uint64_t uv_key(ImVec2 uv)
{
    return (static_cast<std::uint64_t>(std::bit_cast<std::uint32_t>(uv.x)) << 32) | std::bit_cast<std::uint32_t>(uv.y);
}

class DrawScan {
public:
    // Reads the current context's draw data.
    DrawScan()
    {
        const ImGuiIO& io = ImGui::GetIO();
        const ImFontAtlas& atlas = *io.Fonts;
        for (const ImFont* f : atlas.Fonts)
            for (const ImFontGlyph& g : f->Glyphs)
                glyph_uvs_.emplace(uv_key(ImVec2(g.U0, g.V0)), g.Codepoint);
        lines_ = atlas.TexUvLines[0];
        for (const ImVec4& l : atlas.TexUvLines) {
            lines_.x = std::min(lines_.x, l.x);
            lines_.y = std::min(lines_.y, l.y);
            lines_.z = std::max(lines_.z, l.z);
            lines_.w = std::max(lines_.w, l.w);
        }
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; // the window clears to it
        clear_ = Rgb{bg.x, bg.y, bg.z};
        scan(*ImGui::GetDrawData(), atlas.TexID, atlas.TexUvWhitePixel, io.DisplaySize);
    }

    const std::vector<Tri>& tris() const { return tris_; }
    const std::vector<Glyph>& glyphs() const { return glyphs_; }

    // The composite at `p` of the fills [from, to) over `u`.
    void composite(ImVec2 p, std::size_t from, std::size_t to, Under& u) const
    {
        const int cx = static_cast<int>(p.x / cell);
        const int cy = static_cast<int>(p.y / cell);
        if (cx < 0 || cy < 0 || cx >= cols_ || cy >= rows_)
            return;
        const auto at = static_cast<std::size_t>(cy * cols_ + cx);
        for (std::uint32_t n = first_[at]; n < first_[at + 1]; ++n) {
            const std::uint32_t i = cells_[n];
            if (i < from)
                continue;
            if (i >= to)
                break;
            const Tri& t = tris_[i];
            double w[3];
            if (!in_clip(t.clip, p) || !weights(t, p, w))
                continue;
            Rgba c = colour_at(t, w);
            if (!visible(t, c))
                continue;
            if (t.fringe)
                c.a = t.full;
            blend(u, c, t.picture);
            if (c.a >= 0.999)
                u.hidden = true;
        }
    }

    Under clear() const { return Under{clear_, clear_, false, false}; }

private:
    static constexpr float cell = 16;
    std::unordered_map<std::uint64_t, unsigned> glyph_uvs_;
    ImVec4 lines_;
    Rgb clear_;
    std::vector<Tri> tris_;
    std::vector<Glyph> glyphs_;
    // The fills under each cell of a 16 px grid, in draw order: cells_[first_[c], first_[c + 1]).
    std::vector<std::uint32_t> first_;
    std::vector<std::uint32_t> cells_;
    int cols_ = 0;
    int rows_ = 0;

    void scan(const ImDrawData& data, ImTextureID atlas, ImVec2 white, ImVec2 display)
    {
        cols_ = static_cast<int>(std::ceil(display.x / cell));
        rows_ = static_cast<int>(std::ceil(display.y / cell));
        const auto is_white = [&](ImVec2 uv) { return uv.x == white.x && uv.y == white.y; };
        const auto is_line = [&](ImVec2 uv) {
            return uv.x >= lines_.x && uv.x <= lines_.z && uv.y >= lines_.y && uv.y <= lines_.w;
        };
        for (int n = 0; n < data.CmdListsCount; ++n) {
            const ImDrawList& list = *data.CmdLists[n];
            for (const ImDrawCmd& cmd : list.CmdBuffer) {
                if (cmd.UserCallback || cmd.ElemCount == 0)
                    continue;
                unsigned last_quad = ~0U;
                for (unsigned e = 0; e + 2 < cmd.ElemCount; e += 3) {
                    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset + e;
                    const ImDrawVert* v[3];
                    for (int k = 0; k < 3; ++k)
                        v[k] = &list.VtxBuffer[static_cast<int>(cmd.VtxOffset + idx[k])];
                    const bool solid = cmd.TextureId == atlas &&
                                       ((is_white(v[0]->uv) && is_white(v[1]->uv) && is_white(v[2]->uv)) ||
                                        is_line(v[0]->uv));
                    if (cmd.TextureId == atlas && !solid) {
                        // A glyph: a quad of two triangles sharing its first vertex.
                        if (cmd.VtxOffset + idx[0] == last_quad)
                            continue;
                        last_quad = cmd.VtxOffset + idx[0];
                        Glyph g;
                        g.min = ImVec2(std::min({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}),
                                       std::min({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}));
                        g.max = ImVec2(std::max({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}),
                                       std::max({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}));
                        g.ink = v[0]->col;
                        g.clip = cmd.ClipRect;
                        g.before = tris_.size();
                        g.list = n;
                        if (const auto it = glyph_uvs_.find(uv_key(v[0]->uv)); it != glyph_uvs_.end())
                            g.codepoint = it->second;
                        glyphs_.push_back(g);
                        continue;
                    }
                    Tri t;
                    for (int k = 0; k < 3; ++k) {
                        t.p[k] = v[k]->pos;
                        t.col[k] = v[k]->col;
                    }
                    t.clip = cmd.ClipRect;
                    t.picture = cmd.TextureId != atlas;
                    ImU32 alpha_min = 0xFF;
                    ImU32 alpha_max = 0;
                    for (const ImU32 c : t.col) {
                        alpha_min = std::min(alpha_min, (c >> IM_COL32_A_SHIFT) & 0xFF);
                        alpha_max = std::max(alpha_max, (c >> IM_COL32_A_SHIFT) & 0xFF);
                    }
                    // (A gradient to transparent, a fading scrim, is no fringe: it is wide.)
                    t.fringe = alpha_min == 0 && alpha_max > 0 && width(t) <= 1.5F;
                    t.full = static_cast<double>(alpha_max) / 255.0;
                    if (((t.col[0] | t.col[1] | t.col[2]) & IM_COL32_A_MASK) != 0)
                        tris_.push_back(t); // not wholly transparent (an anti-aliased fringe's outer part)
                }
            }
        }
        first_.assign(static_cast<std::size_t>(cols_ * rows_) + 1, 0);
        for_each_cell([&](std::size_t c, std::uint32_t) { ++first_[c + 1]; });
        for (std::size_t c = 1; c < first_.size(); ++c)
            first_[c] += first_[c - 1];
        cells_.resize(first_.back());
        std::vector<std::uint32_t> fill(first_.begin(), first_.end() - 1);
        for_each_cell([&](std::size_t c, std::uint32_t i) { cells_[fill[c]++] = i; });
    }

    // Calls f(cell, triangle) for every cell each triangle's box (inside its clip) touches.
    template <typename F>
    void for_each_cell(F f) const
    {
        for (std::size_t index = 0; index < tris_.size(); ++index) {
            const Tri& t = tris_[index];
            const float x0 = std::max({t.clip.x, 0.0F, std::min({t.p[0].x, t.p[1].x, t.p[2].x})});
            const float y0 = std::max({t.clip.y, 0.0F, std::min({t.p[0].y, t.p[1].y, t.p[2].y})});
            const float x1 = std::min(
                {t.clip.z, cell * static_cast<float>(cols_) - 1, std::max({t.p[0].x, t.p[1].x, t.p[2].x})});
            const float y1 = std::min(
                {t.clip.w, cell * static_cast<float>(rows_) - 1, std::max({t.p[0].y, t.p[1].y, t.p[2].y})});
            if (x1 < x0 || y1 < y0)
                continue;
            for (int cy = static_cast<int>(y0 / cell); cy <= static_cast<int>(y1 / cell); ++cy)
                for (int cx = static_cast<int>(x0 / cell); cx <= static_cast<int>(x1 / cell); ++cx)
                    f(static_cast<std::size_t>(cy * cols_ + cx), static_cast<std::uint32_t>(index));
        }
    }
};

// [SECTION] the checks on one frame

struct TextResult {
    std::string text;
    ImU32 ink = 0;
    Under bg;
    double ratio = 0;
    double required = 0;
    bool on_phone = false;
};

struct FrameResult {
    std::size_t glyphs = 0; // measured (visible) glyphs
    std::size_t texts = 0;  // runs of glyphs: a line of one colour
    std::size_t hidden = 0; // glyphs under an opaque fill or outside their clip rectangle
    std::size_t shadows = 0;
    bool picture = false; // a picture (a photo) is drawn
    std::vector<TextResult> failures;
    bool ring = false;
    std::size_t ring_samples = 0;
    std::size_t ring_points = 0; // places along the ring measured across it
    double ring_worst = 0;       // the worst of its contrast at each place
    std::string ring_where;
};

struct Bar {
    double panel = 7.0;
    double phone = 4.5;
    double ring = 3.0;
};

bool inside(ImVec2 p, ImVec2 a, ImVec2 b)
{
    return p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y;
}

std::string describe_bg(const Under& u)
{
    if (!u.picture)
        return hex(u.on_black);
    return "a picture: " + hex(u.on_black) + " if black, " + hex(u.on_white) + " if white";
}

// The ring around the target: every triangle from its halo (the highlight colour at
// alpha 70) to its core (the highlight colour, opaque) in the phone's draw list.
// Its contrast is measured across its width at each point along it. Rays go out from the
// middle of the ring's box (a line along its longer side, or a point), 3 px apart where
// they meet the ring: straight out along its sides, fanning out round its ends. Along each
// ray, every half pixel that the ring covers inside its clip rectangle gives the contrast
// of the ring's colour there against what was under it; the best of them (the dark rim
// on a light screen, the orange core on a dark one, the white rim on a dark button) is the
// ring's contrast at that point. A ray that meets no visible part of the ring (cut off by
// the phone's edge) is not counted. The ring stands out where that contrast is 3:1 or more.
void check_ring(const DrawScan& scan, ImU32 highlight, ImVec2 phone_min, ImVec2 phone_max, FrameResult& out)
{
    const ImU32 rgb = highlight & ~IM_COL32_A_MASK;
    const auto has = [&](const Tri& t, ImU32 alpha) {
        for (const ImU32 c : t.col)
            if (c == (rgb | (alpha << IM_COL32_A_SHIFT)))
                return true;
        return false;
    };
    const auto& tris = scan.tris();
    const auto centre = [](const Tri& t) {
        return ImVec2((t.p[0].x + t.p[1].x + t.p[2].x) / 3, (t.p[0].y + t.p[1].y + t.p[2].y) / 3);
    };
    std::size_t end = 0; // one past the core's last triangle
    for (std::size_t i = tris.size(); i-- > 0;)
        if (has(tris[i], 0xFF) && inside(centre(tris[i]), phone_min, phone_max)) {
            end = i + 1;
            break;
        }
    // The ring is one run of triangles in its colours (the halo, the dark and white rims,
    // the core), ending with the core's last; it starts with the halo.
    const auto ring_colour = [&](const Tri& t) {
        return std::all_of(std::begin(t.col), std::end(t.col), [&](ImU32 c) {
            const ImU32 x = c & ~IM_COL32_A_MASK;
            return x == rgb || x == (IM_COL32(0x1A, 0x1A, 0x1A, 0) & ~IM_COL32_A_MASK) ||
                   x == (IM_COL32_WHITE & ~IM_COL32_A_MASK);
        });
    };
    std::size_t start = end;
    while (start > 0 && ring_colour(tris[start - 1]))
        --start;
    while (start < end && !has(tris[start], 70))
        ++start;
    if (start == end)
        return;
    out.ring = true;
    ImVec2 lo(FLT_MAX, FLT_MAX);
    ImVec2 hi(-FLT_MAX, -FLT_MAX);
    for (std::size_t i = start; i < end; ++i)
        for (const ImVec2& v : tris[i].p) {
            lo = ImVec2(std::min(lo.x, v.x), std::min(lo.y, v.y));
            hi = ImVec2(std::max(hi.x, v.x), std::max(hi.y, v.y));
        }
    // Where the ring shows: a mask on a half-pixel grid over its box.
    constexpr float step = 0.5F;
    const int mw = static_cast<int>((hi.x - lo.x) / step) + 2;
    const int mh = static_cast<int>((hi.y - lo.y) / step) + 2;
    std::vector<char> mask(static_cast<std::size_t>(mw) * static_cast<std::size_t>(mh), 0);
    const auto mid = [](int cell, float from) { return from + (static_cast<float>(cell) + 0.5F) * step; };
    const auto cell_of = [&](ImVec2 p) {
        const int x = static_cast<int>((p.x - lo.x) / step);
        const int y = static_cast<int>((p.y - lo.y) / step);
        return static_cast<std::size_t>(std::clamp(y, 0, mh - 1)) * static_cast<std::size_t>(mw) +
               static_cast<std::size_t>(std::clamp(x, 0, mw - 1));
    };
    for (std::size_t i = start; i < end; ++i) {
        const Tri& t = tris[i];
        const float x0 = std::max(t.clip.x, std::min({t.p[0].x, t.p[1].x, t.p[2].x}));
        const float y0 = std::max(t.clip.y, std::min({t.p[0].y, t.p[1].y, t.p[2].y}));
        const float x1 = std::min(t.clip.z, std::max({t.p[0].x, t.p[1].x, t.p[2].x}));
        const float y1 = std::min(t.clip.w, std::max({t.p[0].y, t.p[1].y, t.p[2].y}));
        for (int cy = std::max(0, static_cast<int>((y0 - lo.y) / step) - 1); cy < mh && mid(cy, lo.y) <= y1; ++cy)
            for (int cx = std::max(0, static_cast<int>((x0 - lo.x) / step) - 1); cx < mw && mid(cx, lo.x) <= x1; ++cx) {
                const ImVec2 p(mid(cx, lo.x), mid(cy, lo.y));
                double w[3];
                if (in_clip(t.clip, p) && weights(t, p, w) && visible(t, colour_at(t, w)))
                    mask[cell_of(p)] = 1;
            }
    }
    // Along a ray: the ring's colours across its width and the colours it lies on there.
    // The ring shows there if one of its colours contrasts with one of those it lies on:
    // its orange core or a rim stands out as a line against that side (the core against
    // the dark bezel it reaches over, the dark rim against a light screen).
    struct Tone {
        Under u;
        double lum_black, lum_white;
    };
    const auto add = [](std::vector<Tone>& to, const Under& u) {
        for (const Tone& t : to)
            if (t.u.on_black.r == u.on_black.r && t.u.on_black.g == u.on_black.g && t.u.on_black.b == u.on_black.b &&
                t.u.on_white.r == u.on_white.r && t.u.on_white.g == u.on_white.g && t.u.on_white.b == u.on_white.b)
                return;
        to.push_back({u, luminance(u.on_black), luminance(u.on_white)});
    };
    const auto contrast = [](double a, double b) { return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05); };
    std::vector<Tone> ring_tones;
    std::vector<Tone> under_tones;
    const auto ray = [&](ImVec2 from, ImVec2 dir) {
        ring_tones.clear();
        under_tones.clear();
        // A step of 1 px meets every band of the ring (its rims are 1.5 px wide, three cells).
        std::size_t last = mask.size();
        for (float d = 0;; d += 2 * step) {
            ImVec2 p(from.x + dir.x * d, from.y + dir.y * d);
            if (!inside(p, lo, hi))
                break;
            const std::size_t cell = cell_of(p);
            if (!mask[cell] || cell == last)
                continue;
            last = cell;
            p = ImVec2(mid(static_cast<int>(cell % static_cast<std::size_t>(mw)), lo.x),
                       mid(static_cast<int>(cell / static_cast<std::size_t>(mw)), lo.y));
            Under below = scan.clear();
            scan.composite(p, 0, start, below);
            Under ring = below;
            scan.composite(p, start, end, ring);
            ++out.ring_samples;
            add(ring_tones, ring);
            add(under_tones, below);
        }
        if (ring_tones.empty())
            return; // cut off here
        double best = 0;
        for (const Tone& r : ring_tones)
            for (const Tone& u : under_tones)
                best = std::max(best, std::min(contrast(r.lum_black, u.lum_black), contrast(r.lum_white, u.lum_white)));
        ++out.ring_points;
        if (best < out.ring_worst) {
            out.ring_worst = best;
            std::ostringstream o;
            o << "at (" << from.x << ", " << from.y << ") towards (" << dir.x << ", " << dir.y << ")";
            out.ring_where = o.str();
        }
    };
    out.ring_worst = 1e9;
    constexpr float apart = 3;
    constexpr float pi = 3.14159265F;
    const bool wide = hi.x - lo.x >= hi.y - lo.y;
    const float r = std::min(hi.x - lo.x, hi.y - lo.y) / 2;
    const ImVec2 c((lo.x + hi.x) / 2, (lo.y + hi.y) / 2);
    // The middle line, from `a` to `b`, and the rays out of its sides.
    const ImVec2 a = wide ? ImVec2(lo.x + r, c.y) : ImVec2(c.x, lo.y + r);
    const ImVec2 b = wide ? ImVec2(hi.x - r, c.y) : ImVec2(c.x, hi.y - r);
    const float length = wide ? b.x - a.x : b.y - a.y;
    for (float along = apart / 2; along < length; along += apart) {
        const ImVec2 from = wide ? ImVec2(a.x + along, c.y) : ImVec2(c.x, a.y + along);
        ray(from, wide ? ImVec2(0, -1) : ImVec2(-1, 0));
        ray(from, wide ? ImVec2(0, 1) : ImVec2(1, 0));
    }
    // Round the ends: half a circle at each (a whole one when the box is square).
    const float turn = apart / std::max(r, 1.0F);
    const float facing = wide ? 0 : pi / 2; // the direction from `a` to `b`
    for (float angle = -pi / 2; angle <= pi / 2; angle += turn) {
        ray(b, ImVec2(std::cos(facing + angle), std::sin(facing + angle)));
        ray(a, ImVec2(std::cos(facing + pi + angle), std::sin(facing + pi + angle)));
    }
}

// Every glyph of the current frame's draw data, and the ring; `phone` (the layout log's
// area, if any) is where the phone's bar applies.
FrameResult check_frame(const ui::LayoutLog* log, ImU32 highlight, const Bar& bar = {})
{
    const DrawScan scan;
    FrameResult out;
    out.picture = std::any_of(scan.tris().begin(), scan.tris().end(), [](const Tri& t) { return t.picture; });
    std::vector<std::pair<ImVec2, ImVec2>> phones;
    if (log)
        for (const ui::LayoutItem& i : log->items())
            if (i.kind == ui::ItemKind::Area)
                phones.emplace_back(i.min, i.max);
    const auto on_phone = [&](ImVec2 p) {
        return std::any_of(phones.begin(), phones.end(), [&](const auto& a) { return inside(p, a.first, a.second); });
    };

    // Glyphs in runs: one colour, one line, in one draw list, left to right.
    const auto& glyphs = scan.glyphs();
    TextResult run;
    bool run_failed = false;
    const Glyph* prev = nullptr;
    const auto close_run = [&] {
        if (!prev)
            return;
        ++out.texts;
        if (run_failed)
            out.failures.push_back(run);
    };
    for (std::size_t gi = 0; gi < glyphs.size(); ++gi) {
        const Glyph& g = glyphs[gi];
        // A shadow: the same glyph drawn again a few pixels away, over it. The text on top
        // is measured (without the shadow under it: the worse case for light text).
        bool shadow = false;
        for (std::size_t k = gi + 1; k < glyphs.size() && k < gi + 80 && !shadow; ++k)
            shadow = glyphs[k].codepoint == g.codepoint && glyphs[k].list == g.list && glyphs[k].ink != g.ink &&
                     std::abs(glyphs[k].min.x - g.min.x) <= 3 && std::abs(glyphs[k].min.y - g.min.y) <= 3;
        if (shadow) {
            ++out.shadows;
            continue;
        }
        // The centre, nudged off the diagonal that splits a rectangle into two triangles.
        const ImVec2 centre((g.min.x + g.max.x) / 2 + 0.0137F, (g.min.y + g.max.y) / 2 + 0.0071F);
        const float h = g.max.y - g.min.y;
        const bool same_run = prev && prev->list == g.list && prev->ink == g.ink &&
                              std::abs(prev->min.y + (prev->max.y - prev->min.y) / 2 - centre.y) < h &&
                              g.min.x >= prev->min.x - 1 && g.min.x - prev->max.x < h * 1.5F;
        if (!same_run) {
            close_run();
            run = TextResult{};
            run_failed = false;
            run.ink = g.ink;
            run.ratio = 1e9;
        } else if (g.min.x - prev->max.x > std::max(h, prev->max.y - prev->min.y) * 0.3F) {
            run.text += ' ';
        }
        char utf8[5];
        run.text += ImTextCharToUtf8(utf8, g.codepoint);
        prev = &g;
        if (!in_clip(g.clip, centre)) {
            ++out.hidden;
            continue;
        }
        Under bg = scan.clear();
        scan.composite(centre, 0, g.before, bg);
        bg.hidden = false;
        Under ink = bg;
        blend(ink, rgba(g.ink), false);
        // What is drawn later covers both (a dialog's shade, a banner).
        scan.composite(centre, g.before, scan.tris().size(), ink);
        if (ink.hidden) {
            ++out.hidden;
            continue;
        }
        scan.composite(centre, g.before, scan.tris().size(), bg);
        ++out.glyphs;
        const bool phone = on_phone(centre);
        const double r = worst_ratio(ink, bg);
        const double need = phone ? bar.phone : bar.panel;
        if (r < run.ratio) {
            run.ratio = r;
            run.bg = bg;
            run.required = need;
            run.on_phone = phone;
        }
        if (r < need)
            run_failed = true;
    }
    close_run();
    for (const auto& [a, b] : phones)
        check_ring(scan, highlight, a, b, out);
    return out;
}

// [SECTION] pictures and the screens

// Every picture is "available" (its colours unknown to the test).
class AnyPicture : public ui::ImageSource {
public:
    ui::Image image(const std::string&) override { return {reinterpret_cast<ImTextureID>(&token_), 400, 300}; }

private:
    int token_ = 0;
};

std::string describe(const TextResult& t)
{
    std::ostringstream o;
    o.precision(2);
    o << std::fixed << "'" << t.text << "' " << (t.on_phone ? "on the phone" : "in a panel") << ": ink " << hex(t.ink)
      << " on " << describe_bg(t.bg) << ", ratio " << t.ratio << " < " << t.required;
    return o.str();
}

// "Sáng màu cam": an orange hue (20 to 45 degrees), saturated and bright.
bool bright_orange(ImU32 c)
{
    const Rgba v = rgba(c);
    float h = 0, sat = 0, val = 0;
    ImGui::ColorConvertRGBtoHSV(static_cast<float>(v.r), static_cast<float>(v.g), static_cast<float>(v.b), h, sat, val);
    return h * 360 >= 20 && h * 360 <= 45 && sat >= 0.8F && val >= 0.9F;
}

class Checker {
public:
    explicit Checker(ui::ImageSource* images = nullptr) : shell_(ui_.fonts(), images) { shell_.set_layout_log(&log_); }

    // Draws `model` at 1280x800, text 100 %, in both themes, and checks each.
    void check(AppModel& model, const std::string& what)
    {
        for (const bool contrast : {false, true}) {
            ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
            model.set_text_percent(100);
            model.set_high_contrast(contrast);
            model.set_language("vi");
            ui_.frame(shell_, model);
            ui_.frame(shell_, model);
            const ImU32 highlight = contrast ? ui::high_contrast_palette().highlight : ui::calm_palette().highlight;
            const FrameResult r = check_frame(&log_, highlight, bar_);
            ++screens_;
            glyphs_ += r.glyphs;
            texts_ += r.texts;
            hidden_ += r.hidden;
            shadows_ += r.shadows;
            pictures_ += r.picture ? 1 : 0;
            const std::string where = what + (contrast ? " (high contrast)" : " (calm)");
            for (const TextResult& t : r.failures) {
                ++failures_;
                if (reported_.emplace(t.text + hex(t.ink) + (contrast ? "1" : "0"), where).second && shown_++ < 80)
                    FAIL_CHECK(where << ": " << describe(t));
            }
            // A text that speaks of the bright orange frame: the frame is there, and is bright
            // orange in this theme.
            std::string shown;
            for (const ui::LayoutItem& i : log_.items())
                shown += i.text + " ";
            if (shown.find("khung sáng màu cam") != std::string::npos) {
                ++orange_named_;
                if (!r.ring || !bright_orange(highlight)) {
                    ++failures_;
                    if (shown_++ < 80)
                        FAIL_CHECK(where << ": a text names the bright orange frame, but "
                                         << (r.ring ? "the ring is " + hex(highlight) : std::string("no ring shows")));
                }
            }
            if (r.ring) {
                ++rings_;
                ring_samples_ += r.ring_samples;
                ring_points_ += r.ring_points;
                worst_ring_ = std::min(worst_ring_, r.ring_worst);
                if (r.ring_points == 0 || r.ring_worst < bar_.ring) {
                    ++failures_;
                    std::ostringstream o;
                    o.precision(2);
                    o << std::fixed << r.ring_worst << " < " << bar_.ring;
                    if (reported_.emplace("ring" + what + (contrast ? "1" : "0"), where).second && shown_++ < 80)
                        FAIL_CHECK(where << ": "
                                         << (r.ring_points == 0
                                                 ? std::string("the ring is nowhere visible")
                                                 : "the ring's contrast " + r.ring_where + " is " + o.str()));
                }
            }
        }
    }

    void click(AppModel& model, ImVec2 pos) { ui_.click(shell_, model, pos); }
    const ui::LayoutLog& log() const { return log_; }

    void print(const std::string& what) const
    {
        std::cout << "contrast, " << what << ": " << glyphs_ << " glyphs in " << texts_ << " texts on " << screens_
                  << " screens checked (" << pictures_ << " with a picture; " << hidden_
                  << " glyphs hidden or clipped, " << shadows_ << " shadows), " << rings_
                  << " rings (measured across at " << ring_points_ << " places along them, " << ring_samples_
                  << " samples; the worst place " << worst_ring_ << ":1), " << orange_named_
                  << " naming the orange frame, " << failures_ << " failures\n";
    }
    std::size_t failures() const { return failures_; }
    std::size_t glyphs() const { return glyphs_; }
    std::size_t rings() const { return rings_; }

private:
    test::Headless ui_;
    ui::LayoutLog log_;
    ui::Shell shell_;
    std::size_t screens_ = 0, glyphs_ = 0, texts_ = 0, hidden_ = 0, rings_ = 0, ring_samples_ = 0, failures_ = 0,
                shown_ = 0, orange_named_ = 0, shadows_ = 0, ring_points_ = 0, pictures_ = 0;
    double worst_ring_ = 1e9;
    Bar bar_;
    std::map<std::string, std::string> reported_;
};

Catalog shipped_lessons(bool photos)
{
    Catalog c = Catalog::load({test::source_dir() + "/lessons"});
    if (photos)
        for (CatalogEntry& e : c.entries)
            if (e.lesson) {
                e.lesson->world.owner.photo = "owner.jpg";
                for (Person& p : e.lesson->world.contacts)
                    p.photo = p.id + ".jpg";
            }
    return c;
}

// A probe frame: `draw` draws on a window filling the display; with `phone`, all of it
// is the phone's area (where the phone's bar applies and the ring is looked for).
template <typename F>
FrameResult probe(F draw, bool phone = false)
{
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1280, 800));
    ImGui::Begin("probe", nullptr, ImGuiWindowFlags_NoDecoration);
    ui::LayoutLog log;
    if (phone)
        log.add(ui::ItemKind::Area, ImVec2(0, 0), ImVec2(1280, 800), ImGui::GetWindowDrawList(), "phone");
    draw(ImGui::GetWindowDrawList());
    ImGui::End();
    ImGui::Render();
    return check_frame(phone ? &log : nullptr, ui::calm_palette().highlight);
}

// A ring drawn as the phone draws it around a target from `a` to `b` (phone_view.cpp,
// at scale 1): the translucent halo, a near-black rim outside, a white rim inside and the
// orange core; `rims` false leaves out the rims.
void draw_ring(ImDrawList* dl, ImVec2 a, ImVec2 b, bool rims = true)
{
    const ImU32 orange = ui::calm_palette().highlight;
    constexpr float rounding = 18;
    constexpr float core = 4.5F;
    constexpr float rim = 1.5F;
    dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), ui::with_alpha(orange, 70), rounding + 3, 0, 8);
    if (rims) {
        constexpr float out = core / 2 + rim / 2;
        dl->AddRect(ImVec2(a.x - out, a.y - out), ImVec2(b.x + out, b.y + out), IM_COL32(0x1A, 0x1A, 0x1A, 0xFF),
                    rounding + core / 2, 0, rim);
        dl->AddRect(ImVec2(a.x + out, a.y + out), ImVec2(b.x - out, b.y - out), IM_COL32_WHITE, rounding - core / 2, 0,
                    rim);
    }
    dl->AddRect(a, b, orange, rounding, 0, core);
}

} // namespace

TEST_CASE("the contrast checker measures text on fills, shades, pictures and clip rectangles", "[ui][contrast]")
{
    test::Headless ui;
    REQUIRE(ui.fonts_loaded());
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    // Black on white: 21:1; #767676 on white: 4.54:1, below the panels' 7.
    FrameResult r = probe([&](ImDrawList* dl) {
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 100), IM_COL32_WHITE);
        dl->AddText(font, 30, ImVec2(10, 10), IM_COL32_BLACK, "Gọi");
        dl->AddText(font, 30, ImVec2(10, 50), IM_COL32(0x76, 0x76, 0x76, 0xFF), "Nghe");
    });
    CHECK(r.glyphs == 7);
    CHECK(r.texts == 2);
    REQUIRE(r.failures.size() == 1);
    CHECK(r.failures[0].text == "Nghe");
    CHECK(r.failures[0].ratio == Approx(4.54).epsilon(0.01));
    CHECK(hex(r.failures[0].bg.on_black) == "#FFFFFF");

    // A translucent black shade at half over white under white text: #808080-ish, about 3.9:1.
    r = probe([&](ImDrawList* dl) {
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 100), IM_COL32_WHITE);
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 100), IM_COL32(0, 0, 0, 0x80));
        dl->AddText(font, 30, ImVec2(10, 10), IM_COL32_WHITE, "Mai");
    });
    REQUIRE(r.failures.size() == 1);
    CHECK(r.failures[0].ratio == Approx(3.95).epsilon(0.02));

    // White text on a picture: fails with the picture white, whatever it is; a dark
    // enough scrim over the picture makes it pass either way.
    int texture = 0;
    r = probe([&](ImDrawList* dl) {
        dl->AddImage(reinterpret_cast<ImTextureID>(&texture), ImVec2(0, 0), ImVec2(400, 200));
        dl->AddText(font, 30, ImVec2(10, 10), IM_COL32_WHITE, "Bố");
        dl->AddRectFilled(ImVec2(0, 100), ImVec2(400, 200), IM_COL32(0, 0, 0, 0xE0));
        dl->AddText(font, 30, ImVec2(10, 110), IM_COL32_WHITE, "Mẹ");
    });
    REQUIRE(r.failures.size() == 1);
    CHECK(r.failures[0].text == "Bố");
    CHECK(r.failures[0].ratio == Approx(1.0));
    CHECK(r.failures[0].bg.picture);

    // Text outside its clip rectangle or under an opaque fill is not seen, so not measured;
    // a fill outside the clip rectangle it was drawn in does not count as a background.
    r = probe([&](ImDrawList* dl) {
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 100), IM_COL32_WHITE);
        dl->PushClipRect(ImVec2(0, 0), ImVec2(400, 40), false);
        dl->AddText(font, 30, ImVec2(10, 30), IM_COL32_WHITE, "na");       // below the clip rectangle
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 100), IM_COL32_BLACK); // only its top 40 px
        dl->PopClipRect();
        dl->AddText(font, 30, ImVec2(10, 0), IM_COL32_WHITE, "Che"); // white on black, then covered
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 40), IM_COL32(0x80, 0x80, 0x80, 0xFF));
        dl->AddText(font, 30, ImVec2(10, 60), IM_COL32_BLACK, "Đen"); // on white, not on the clipped black
    });
    CHECK(r.hidden == 5);
    CHECK(r.glyphs == 3);
    CHECK(r.failures.empty());

    // A glyph on the anti-aliased edge of a rounded fill drawn over it (a banner's bottom
    // edge) is under the fill when its centre is inside the fill's true edge, beside it when
    // outside, never under a half-blended mix of the two.
    const ImFontGlyph* h = font->FindGlyph('H');
    REQUIRE(h);
    const float middle = 10 + (h->Y0 + h->Y1) / 2 * 30 / font->FontSize;
    r = probe([&](ImDrawList* dl) {
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 200), IM_COL32_WHITE);
        dl->AddText(font, 30, ImVec2(10, 10), IM_COL32_BLACK, "H");
        dl->AddText(font, 30, ImVec2(210, 10), IM_COL32_BLACK, "H");
        dl->AddRectFilled(ImVec2(0, -20), ImVec2(200, middle + 0.2F), IM_COL32_WHITE, 8);   // 0.2 px over the first
        dl->AddRectFilled(ImVec2(200, -20), ImVec2(400, middle - 0.2F), IM_COL32_WHITE, 8); // 0.2 px short of it
    });
    CHECK(r.hidden == 1);
    CHECK(r.glyphs == 1);
    CHECK(r.failures.empty());
}

TEST_CASE("the ring checker measures across the ring's width at each place along it", "[ui][contrast]")
{
    test::Headless ui;
    REQUIRE(ui.fonts_loaded());
    // On a white screen only the 1.5 px dark rim stands out (the orange core is 2.8:1 on
    // white): it is met at every place along the ring.
    FrameResult r = probe(
        [&](ImDrawList* dl) {
            dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 400), IM_COL32_WHITE);
            draw_ring(dl, ImVec2(100, 100), ImVec2(300, 180));
        },
        true);
    REQUIRE(r.ring);
    CHECK(r.ring_points > 150); // about 3 px apart round a ring of about 600 px
    CHECK(r.ring_worst == Approx(17.4).epsilon(0.01));

    // Half on the dark bezel, half on the white screen: the dark rim is lost on the bezel,
    // the orange core stands out there.
    r = probe(
        [&](ImDrawList* dl) {
            dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 400), IM_COL32_WHITE);
            dl->AddRectFilled(ImVec2(0, 0), ImVec2(200, 400), ui::calm_palette().phone_body);
            draw_ring(dl, ImVec2(100, 100), ImVec2(300, 180));
        },
        true);
    REQUIRE(r.ring);
    CHECK(r.ring_worst > 3);

    // Without its rims, the ring on an orange button does not stand out.
    r = probe(
        [&](ImDrawList* dl) {
            dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 400), ui::calm_palette().highlight);
            draw_ring(dl, ImVec2(100, 100), ImVec2(300, 180), false);
        },
        true);
    REQUIRE(r.ring);
    CHECK(r.ring_worst < 1.1);

    // What its clip rectangle cuts off is not measured (an orange part left out of sight
    // on an orange fill does not fail); a ring cut off entirely shows nowhere.
    const auto clipped = [&](float bottom) {
        return probe(
            [&](ImDrawList* dl) {
                dl->AddRectFilled(ImVec2(0, 0), ImVec2(400, 400), IM_COL32_WHITE);
                dl->AddRectFilled(ImVec2(0, 170), ImVec2(400, 400), ui::calm_palette().highlight);
                dl->PushClipRect(ImVec2(0, 0), ImVec2(400, bottom), false);
                draw_ring(dl, ImVec2(100, 100), ImVec2(300, 180), false);
                dl->PopClipRect();
            },
            true);
    };
    r = clipped(400);
    REQUIRE(r.ring);
    CHECK(r.ring_worst < 1.1);
    const std::size_t whole = r.ring_points;
    r = clipped(160);
    REQUIRE(r.ring);
    CHECK(r.ring_points < whole);
    CHECK(r.ring_worst > 2.5); // the orange core on white (2.8:1): no rims, but only white under what shows
    r = clipped(50);
    REQUIRE(r.ring);
    CHECK(r.ring_points == 0);
}

TEST_CASE("every text of every shipped lesson's guided steps meets the contrast bar, and the ring stands out",
          "[ui][contrast]")
{
    std::size_t total = 0;
    for (const bool photos : {false, true}) {
        AnyPicture pictures;
        Checker checker(photos ? &pictures : nullptr);
        AppModel model(shipped_lessons(photos));
        REQUIRE(model.catalog().entries.size() >= 10);
        std::size_t steps = 0;
        std::size_t index = 0;
        for (const CatalogEntry& entry : model.catalog().entries) {
            REQUIRE(entry.lesson);
            // The AddressSanitizer subset: each lesson in one of the two passes, in turn.
            if (test::subset_only() && index++ % 2 != (photos ? 1U : 0U))
                continue;
            model.open_lesson(*entry.lesson, Mode::Guided);
            LessonRun* run = model.run();
            while (!run->finished()) {
                const std::string step = entry.lesson->id + " step " + std::to_string(run->step_index() + 1);
                checker.check(model, step);
                // Each hint in turn: the words, then the place.
                // (A "show me" hint plays the hand and may be asked again: at most three.)
                for (int hint = 1; hint <= 3 && run->next_hint() != HintKind::None; ++hint) {
                    run->request_hint();
                    checker.check(model, step + " with hint " + std::to_string(hint));
                }
                ++steps;
                std::string why;
                REQUIRE(run->play_step_demo(why));
            }
            checker.check(model, entry.lesson->id + " finished (end screen)");
        }
        checker.print(std::to_string(steps) + " guided steps" +
                      (photos ? ", every person with a photo" : ", people drawn"));
        CHECK(checker.glyphs() > 10'000);
        CHECK(checker.rings() > 0);
        CHECK(checker.failures() == 0);
        total += checker.failures();
    }
    CHECK(total == 0);
}

TEST_CASE("a chat's menu, its block screen and a blocked chat meet the contrast bar, at both phone text sizes",
          "[ui][contrast]")
{
    // The hacked-friend lesson reports the account; its menu's other way, blocking, is
    // drawn here: the menu open, the block screen, the blocked chat's bar.
    Checker checker;
    for (const int phone_text : {100, 200}) {
        AppModel model(test::with_phone_text(shipped_lessons(false), phone_text));
        test::open_at_step(model, "ban-bi-hack-nick-muon-tien", "chon-bao-cao");
        const LessonRun* run = model.run();
        const std::string at = " (phone text " + std::to_string(phone_text) + " %)";
        checker.check(model, "chat menu" + at);
        model.act(Action::tap("chat.menu.block"));
        REQUIRE(run->phone().screen_id() == "chat.block");
        checker.check(model, "block screen" + at);
        model.act(Action::tap("chat.block.confirm"));
        REQUIRE(run->phone().world().chat("dung")->blocked);
        checker.check(model, "blocked chat" + at);
    }
    checker.print("chat menu, block screen, blocked chat");
    CHECK(checker.failures() == 0);
}

TEST_CASE("every text of every page around the lessons meets the contrast bar", "[ui][contrast]")
{
    test::TempDir dir;
    auto store = test::open_store(dir.file("progress.db"));
    const LearnerProfile giang = test::make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", 1'714'550'400'000);
    test::make_learner(*store, "Lò Thị Mai", "Bản Phố", 1'714'550'400'001);
    Checker checker;
    AppModel model(shipped_lessons(false));
    model.set_wall_clock(1'714'550'500'000);
    model.use_store(*store, "contrast-test");
    REQUIRE(model.page() == Page::Learners);
    checker.check(model, "learner picker");
    model.new_learner();
    checker.check(model, "new profile");
    model.cancel_draft();
    REQUIRE(model.choose_learner(giang.id));
    checker.check(model, "lesson list with a learner");
    const Lesson& lesson = *model.catalog().find("goi-video-cho-chau");
    model.choose_lesson(lesson);
    checker.check(model, "lesson start page");
    model.open_lesson(lesson, Mode::Guided);
    for (const Action& a : model.run()->current_step()->demo)
        model.act(a);
    model.back_to_list();
    model.choose_lesson(lesson);
    checker.check(model, "lesson start page, to continue");
    model.edit_learner(giang.id);
    checker.check(model, "profile form");
    model.cancel_draft();
    model.open_trainer();
    checker.check(model, "trainer PIN, first use");
    for (const char c : std::string("2468"))
        model.pin_key(c);
    model.submit_pin("salt-for-the-contrast-test");
    REQUIRE(model.pin_confirming());
    checker.check(model, "trainer PIN, typed again");
    for (const char c : std::string("2468"))
        model.pin_key(c);
    model.submit_pin("salt-for-the-contrast-test");
    REQUIRE(model.page() == Page::Dashboard);
    checker.check(model, "dashboard");
    model.open_history(giang.id);
    checker.check(model, "history");
    const auto row = std::find_if(checker.log().items().begin(), checker.log().items().end(),
                                  [](const ui::LayoutItem& i) { return i.text == "Gọi video cho cháu"; });
    REQUIRE(row != checker.log().items().end());
    checker.click(model, row->min);
    checker.check(model, "history with a row open");
    model.start_group_lesson(lesson, Mode::Guided);
    REQUIRE(model.switch_turn(giang.id));
    checker.check(model, "projector");
    model.run()->request_hint();
    checker.check(model, "projector with a hint");
    model.leave_trainer();
    model.open_trainer();
    model.pin_key('1');
    model.submit_pin({});
    checker.check(model, "trainer PIN, wrong");
    model.back_to_learners();

    AppModel plain(shipped_lessons(false));
    checker.check(plain, "lesson list");
    const std::string broken = test::source_dir() + "/tests/fixtures/several-problems.json";
    plain.reload_lesson(broken, load_lesson_file(broken));
    REQUIRE(plain.page() == Page::LessonErrors);
    checker.check(plain, "lesson errors page");
    checker.print("pages");
    CHECK(checker.glyphs() > 1'000);
    CHECK(checker.failures() == 0);
}
