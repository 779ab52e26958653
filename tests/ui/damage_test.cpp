// ui::DamageTracker: which parts of the window a frame changed, from ImGui draw data
// built by a context without a renderer.
#include "damage.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <functional>

namespace {

using luyenso::ui::Damage;
using luyenso::ui::DamageRect;
using luyenso::ui::DamageTracker;

// An ImGui context with its built-in font, drawing shapes on the background list only.
class Frames {
public:
    Frames()
    {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0F / 60.0F;
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Frames() { ImGui::DestroyContext(context_); }
    Frames(const Frames&) = delete;
    Frames& operator=(const Frames&) = delete;

    // One frame with what `paint` draws; returns what `tracker` makes of it.
    Damage frame(DamageTracker& tracker, const std::function<void(ImDrawList&)>& paint)
    {
        ImGui::NewFrame();
        paint(*ImGui::GetBackgroundDrawList());
        ImGui::Render();
        return tracker.update(*ImGui::GetDrawData());
    }

private:
    ImGuiContext* context_ = nullptr;
};

constexpr ImU32 grey = IM_COL32(200, 200, 200, 255);
constexpr ImU32 orange = IM_COL32(240, 140, 0, 255);

bool covers(const Damage& d, const DamageRect& r)
{
    for (const DamageRect& a : d.rects)
        if (a.x0 <= r.x0 && a.y0 <= r.y0 && a.x1 >= r.x1 && a.y1 >= r.y1)
            return true;
    return false;
}

float area(const Damage& d)
{
    float sum = 0;
    for (const DamageRect& r : d.rects)
        sum += r.area();
    return sum;
}

} // namespace

SCENARIO("the damage tracker repaints only what a frame changed")
{
    Frames frames;
    DamageTracker tracker;
    const auto scene = [](ImVec2 square_at, ImU32 square_colour) {
        return [=](ImDrawList& dl) {
            dl.AddRectFilled(ImVec2(0, 0), ImVec2(800, 600), grey);
            dl.AddRectFilled(square_at, ImVec2(square_at.x + 40, square_at.y + 40), square_colour);
            dl.AddRectFilled(ImVec2(600, 500), ImVec2(700, 550), orange);
        };
    };

    GIVEN("a first frame")
    {
        THEN("it is painted in full")
        {
            CHECK(frames.frame(tracker, scene(ImVec2(100, 100), orange)).full);
        }
    }

    GIVEN("a frame already painted")
    {
        REQUIRE(frames.frame(tracker, scene(ImVec2(100, 100), orange)).full);

        WHEN("the same frame comes again")
        {
            const Damage d = frames.frame(tracker, scene(ImVec2(100, 100), orange));
            THEN("nothing is repainted")
            {
                CHECK(d.none());
            }
        }
        WHEN("one square changes colour")
        {
            const Damage d = frames.frame(tracker, scene(ImVec2(100, 100), grey));
            THEN("only around that square is repainted")
            {
                REQUIRE_FALSE(d.full);
                REQUIRE(d.rects.size() == 1);
                CHECK(covers(d, {100, 100, 140, 140}));
                CHECK(area(d) <= 44 * 44);
            }
        }
        WHEN("one square moves far")
        {
            const Damage d = frames.frame(tracker, scene(ImVec2(400, 100), orange));
            THEN("its old place and its new place are repainted, apart")
            {
                REQUIRE_FALSE(d.full);
                CHECK(d.rects.size() == 2);
                CHECK(covers(d, {100, 100, 140, 140}));
                CHECK(covers(d, {400, 100, 440, 140}));
                CHECK_FALSE(covers(d, {600, 500, 700, 550}));
            }
        }
        WHEN("one square moves a little")
        {
            const Damage d = frames.frame(tracker, scene(ImVec2(110, 104), orange));
            THEN("one rectangle takes both places")
            {
                REQUIRE(d.rects.size() == 1);
                CHECK(covers(d, {100, 100, 150, 144}));
            }
        }
        WHEN("a shape is added")
        {
            const Damage d = frames.frame(tracker, [&](ImDrawList& dl) {
                scene(ImVec2(100, 100), orange)(dl);
                dl.AddRectFilled(ImVec2(300, 300), ImVec2(320, 330), orange);
            });
            THEN("only the new shape's place is repainted")
            {
                REQUIRE_FALSE(d.full);
                REQUIRE(d.rects.size() == 1);
                CHECK(covers(d, {300, 300, 320, 330}));
                CHECK(area(d) <= 24 * 34);
            }
        }
        WHEN("most of the window changes")
        {
            const Damage d = frames.frame(
                tracker, [](ImDrawList& dl) { dl.AddRectFilled(ImVec2(0, 0), ImVec2(800, 600), orange); });
            THEN("the whole window is repainted")
            {
                CHECK(d.full);
            }
        }
        WHEN("the window is resized")
        {
            ImGui::GetIO().DisplaySize = ImVec2(1024, 600);
            const Damage d = frames.frame(tracker, scene(ImVec2(100, 100), orange));
            THEN("the whole window is repainted")
            {
                CHECK(d.full);
            }
        }
        WHEN("the kept frame was invalidated")
        {
            tracker.invalidate();
            const Damage d = frames.frame(tracker, scene(ImVec2(100, 100), orange));
            THEN("the whole window is repainted")
            {
                CHECK(d.full);
            }
        }
        WHEN("many small shapes change all over the window")
        {
            const auto dots = [](ImU32 colour) {
                return [=](ImDrawList& dl) {
                    for (float i = 0; i < 10; ++i)
                        dl.AddRectFilled(ImVec2(10.0F + 75 * i, 20), ImVec2(20.0F + 75 * i, 30), colour);
                };
            };
            frames.frame(tracker, dots(grey));
            const Damage d = frames.frame(tracker, dots(orange));
            THEN("they are merged into a few rectangles that still cover them all")
            {
                REQUIRE_FALSE(d.full);
                CHECK(d.rects.size() <= DamageTracker::max_rects);
                for (float i = 0; i < 10; ++i)
                    CHECK(covers(d, {10.0F + 75 * i, 20, 20.0F + 75 * i, 30}));
            }
        }
        WHEN("a shape is clipped away")
        {
            const Damage d = frames.frame(tracker, [&](ImDrawList& dl) {
                scene(ImVec2(100, 100), orange)(dl);
                dl.PushClipRect(ImVec2(0, 0), ImVec2(50, 50));
                dl.AddRectFilled(ImVec2(300, 300), ImVec2(320, 330), orange);
                dl.PopClipRect();
            });
            THEN("nothing is repainted for it")
            {
                CHECK(d.none());
            }
        }
    }
}
