#include "damage.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace luyenso::ui {

namespace {

// Rectangles closer than this are repainted as one: fewer passes, little extra area.
constexpr float merge_distance = 24.0F;
// Past this share of the window a full repaint costs about the same and is simpler.
constexpr float full_share = 0.6F;

bool empty(const DamageRect& r)
{
    return !(r.x0 < r.x1 && r.y0 < r.y1);
}

DamageRect unite(const DamageRect& a, const DamageRect& b)
{
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool near(const DamageRect& a, const DamageRect& b)
{
    return a.x0 <= b.x1 + merge_distance && b.x0 <= a.x1 + merge_distance && a.y0 <= b.y1 + merge_distance &&
           b.y0 <= a.y1 + merge_distance;
}

class Hasher {
public:
    void add(std::uint32_t word)
    {
        h_ ^= word;
        h_ *= 0x100000001b3ULL;
        h_ ^= h_ >> 29;
    }
    void add(float f)
    {
        std::uint32_t word = 0;
        std::memcpy(&word, &f, sizeof word);
        add(word);
    }
    void add(const ImVec2& v)
    {
        add(v.x);
        add(v.y);
    }
    void add(const ImVec4& v)
    {
        add(v.x);
        add(v.y);
        add(v.z);
        add(v.w);
    }
    std::uint64_t value() const { return h_; }

private:
    std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

// Adds `box` to `rects`, merging it with every rectangle near it.
void add_box(std::vector<DamageRect>& rects, DamageRect box)
{
    if (empty(box))
        return;
    for (std::size_t i = 0; i < rects.size();) {
        if (near(rects[i], box)) {
            box = unite(rects[i], box);
            rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(i));
            i = 0; // the grown box may now reach one passed over
        } else {
            ++i;
        }
    }
    rects.push_back(box);
}

// Merges the two rectangles whose union grows the area least, until at most `limit` remain.
void reduce(std::vector<DamageRect>& rects, std::size_t limit)
{
    while (rects.size() > limit) {
        std::size_t best_a = 0;
        std::size_t best_b = 1;
        float best_growth = std::numeric_limits<float>::max();
        for (std::size_t a = 0; a < rects.size(); ++a)
            for (std::size_t b = a + 1; b < rects.size(); ++b) {
                const float growth = unite(rects[a], rects[b]).area() - rects[a].area() - rects[b].area();
                if (growth < best_growth) {
                    best_growth = growth;
                    best_a = a;
                    best_b = b;
                }
            }
        const DamageRect merged = unite(rects[best_a], rects[best_b]);
        rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(best_b));
        rects[best_a] = merged;
    }
}

} // namespace

Damage DamageTracker::update(const ImDrawData& data)
{
    std::vector<Triangle> now;
    now.reserve(static_cast<std::size_t>(data.TotalIdxCount / 3));
    bool callbacks = false;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                callbacks = true; // it may draw anything: no telling what changed
                continue;
            }
            Hasher common;
            common.add(cmd.ClipRect);
            const auto texture = reinterpret_cast<std::uintptr_t>(cmd.TextureId);
            common.add(static_cast<std::uint32_t>(texture));
            common.add(static_cast<std::uint32_t>(static_cast<std::uint64_t>(texture) >> 32));
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                Hasher h = common;
                float x0 = std::numeric_limits<float>::max();
                float y0 = x0;
                float x1 = -x0;
                float y1 = -x0;
                for (unsigned k = 0; k < 3; ++k) {
                    const ImDrawVert& v = list.VtxBuffer[static_cast<int>(
                        cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + i + k)])];
                    h.add(v.pos);
                    h.add(v.uv);
                    h.add(static_cast<std::uint32_t>(v.col));
                    x0 = std::min(x0, v.pos.x);
                    y0 = std::min(y0, v.pos.y);
                    x1 = std::max(x1, v.pos.x);
                    y1 = std::max(y1, v.pos.y);
                }
                // The pixels it can touch: its bounds, one pixel more for rounding, inside its clip.
                DamageRect box{
                    std::floor(std::max(x0 - 1, cmd.ClipRect.x)), std::floor(std::max(y0 - 1, cmd.ClipRect.y)),
                    std::ceil(std::min(x1 + 1, cmd.ClipRect.z)), std::ceil(std::min(y1 + 1, cmd.ClipRect.w))};
                now.push_back({h.value(), box});
            }
        }
    }

    Damage damage;
    const bool resized = data.DisplaySize.x != width_ || data.DisplaySize.y != height_;
    width_ = data.DisplaySize.x;
    height_ = data.DisplaySize.y;
    if (triangles_.empty() || resized || callbacks) {
        damage.full = true;
        triangles_ = std::move(now);
        return damage;
    }

    std::vector<DamageRect> rects;
    if (now.size() == triangles_.size()) {
        // The same shapes, some moved or recoloured: the old and new places of each one.
        for (std::size_t i = 0; i < now.size(); ++i)
            if (now[i].hash != triangles_[i].hash) {
                add_box(rects, triangles_[i].box);
                add_box(rects, now[i].box);
            }
    } else {
        // Shapes came or went: everything between the common beginning and the common end.
        std::size_t prefix = 0;
        while (prefix < now.size() && prefix < triangles_.size() && now[prefix].hash == triangles_[prefix].hash)
            ++prefix;
        std::size_t suffix = 0;
        while (suffix < now.size() - prefix && suffix < triangles_.size() - prefix &&
               now[now.size() - 1 - suffix].hash == triangles_[triangles_.size() - 1 - suffix].hash)
            ++suffix;
        for (std::size_t i = prefix; i < triangles_.size() - suffix; ++i)
            add_box(rects, triangles_[i].box);
        for (std::size_t i = prefix; i < now.size() - suffix; ++i)
            add_box(rects, now[i].box);
    }
    triangles_ = std::move(now);

    // Only what is on the window counts.
    const DamageRect screen{data.DisplayPos.x, data.DisplayPos.y, data.DisplayPos.x + data.DisplaySize.x,
                            data.DisplayPos.y + data.DisplaySize.y};
    float area = 0;
    for (DamageRect& r : rects) {
        r = {std::max(r.x0, screen.x0), std::max(r.y0, screen.y0), std::min(r.x1, screen.x1),
             std::min(r.y1, screen.y1)};
    }
    rects.erase(std::remove_if(rects.begin(), rects.end(), empty), rects.end());
    reduce(rects, max_rects);
    for (const DamageRect& r : rects)
        area += r.area();
    if (area > full_share * screen.area()) {
        damage.full = true;
        return damage;
    }
    damage.rects = std::move(rects);
    return damage;
}

} // namespace luyenso::ui
