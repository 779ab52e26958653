// Which parts of the window a new frame changes, found by comparing its ImGui draw data
// with the previous frame's, triangle by triangle. The renderer then repaints only those
// rectangles (clipped with the scissor) into a frame it keeps, so that a pulsing ring or
// a moving hand costs the pixels it touches instead of the whole window: on a PC without
// a GPU (Mesa's llvmpipe) filling pixels is almost all of a frame's cost.
// No GL here: the tests drive it with draw data built by an ImGui context without a backend.
#pragma once

#include <cstdint>
#include <vector>

struct ImDrawData;

namespace luyenso::ui {

// A rectangle in ImGui's display coordinates (pixels, origin top left), x0 < x1, y0 < y1.
struct DamageRect {
    float x0 = 0;
    float y0 = 0;
    float x1 = 0;
    float y1 = 0;
    float area() const { return (x1 - x0) * (y1 - y0); }
    bool operator==(const DamageRect&) const = default;
};

struct Damage {
    bool full = false;             // repaint everything (first frame, new size, most changed)
    std::vector<DamageRect> rects; // else these areas; none: the frame is the same as the last
    bool none() const { return !full && rects.empty(); }
};

class DamageTracker {
public:
    // At most this many rectangles are reported; more are merged.
    static constexpr std::size_t max_rects = 4;

    // Compares `data` with the frame given last time and remembers it for the next call.
    Damage update(const ImDrawData& data);
    // The next update() reports a full repaint (the kept frame was lost or resized).
    void invalidate() { triangles_.clear(); }

private:
    struct Triangle {
        std::uint64_t hash = 0; // of its vertices, texture and clip rectangle
        DamageRect box;         // the pixels it can touch (clipped); empty when none
    };
    std::vector<Triangle> triangles_;
    float width_ = 0;
    float height_ = 0;
};

} // namespace luyenso::ui
