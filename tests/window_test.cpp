// The window's partial repaints (only what ui::DamageTracker says changed) against full
// repaints of the same frames, pixel for pixel, through a real GL context: SDL's
// offscreen driver with Mesa's llvmpipe, as on a PC without a GPU.
#include "app_model.h"
#include "catalog.h"
#include "fonts.h"
#include "gl_images.h"
#include "paths.h"
#include "shell.h"
#include "theme.h"
#include "widgets.h"
#include "window.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

using namespace luyenso;

#ifdef __SANITIZE_ADDRESS__
// Mesa's driver, loaded and unloaded by the GL context, leaves allocations LeakSanitizer
// cannot even name (its module is gone by the check at exit). Leak checking is for our
// code, which the other test programs cover; this one is about pixels.
extern "C" int __lsan_is_turned_off()
{
    return 1;
}
#endif

namespace {

const std::string source_dir = LUYENSO_SOURCE_DIR;

struct Screen {
    std::unique_ptr<platform::Window> window;
    ui::Fonts fonts;
    platform::GlImages images;
};

std::unique_ptr<Screen> open_screen(int width, int height)
{
    SDL_setenv("SDL_VIDEODRIVER", "offscreen", 0);
    platform::WindowConfig config;
    config.width = width;
    config.height = height;
    config.hidden = true;
    std::string error;
    auto screen = std::make_unique<Screen>();
    screen->window = platform::Window::create(config, error);
    INFO(error);
    REQUIRE(screen->window);
    const ui::FontFiles files{platform::find_font({"NotoSans-Regular.ttf", "DejaVuSans.ttf"}),
                              platform::find_font({"NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"})};
    REQUIRE(screen->fonts.load(*ImGui::GetIO().Fonts, files, error));
    ui::apply_style(ImGui::GetStyle());
    return screen;
}

std::vector<unsigned char> pixels(const platform::Window& window)
{
    std::vector<unsigned char> rgba;
    int w = 0;
    int h = 0;
    REQUIRE(window.read_pixels(rgba, w, h));
    return rgba;
}

std::size_t differing_pixels(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b)
{
    REQUIRE(a.size() == b.size());
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.size(); i += 4)
        if (a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2])
            ++n;
    return n;
}

// Draws `frames` frames of an animation with partial repaints; after each, repaints the
// same frame in full and compares. Returns the largest share of the window repainted.
float check_animation(Screen& screen, AppModel& model, int frames, std::int64_t ms_per_frame)
{
    ui::Shell shell(screen.fonts, &screen.images);
    float largest_share = 0;
    int partial = 0;
    for (int f = 0; f < frames; ++f) {
        const double time_s = 0.4 + f * static_cast<double>(ms_per_frame) / 1000.0;
        screen.window->begin_frame();
        shell.draw(model, time_s);
        const bool drawn = screen.window->render();
        if (f > 0 && drawn && screen.window->last_repaint_share() < 1) {
            ++partial;
            largest_share = std::max(largest_share, screen.window->last_repaint_share());
        }
        const auto partially = pixels(*screen.window);

        screen.window->repaint_all();
        screen.window->begin_frame();
        shell.draw(model, time_s);
        REQUIRE(screen.window->render());
        CHECK(screen.window->last_repaint_share() == 1);
        INFO("frame " << f);
        CHECK(differing_pixels(partially, pixels(*screen.window)) == 0);
        model.advance(ms_per_frame);
    }
    CHECK(partial > frames / 2); // the animation was really repainted in parts
    return largest_share;
}

} // namespace

SCENARIO("partial repaints give the same pixels as full repaints")
{
    auto screen = open_screen(1024, 600);
    AppModel model(Catalog::load({source_dir + "/lessons"}));
    const Lesson* lesson = model.catalog().find("goi-video-cho-chau");
    REQUIRE(lesson);

    GIVEN("the target's ring pulsing in a guided lesson")
    {
        model.open_lesson(*lesson, Mode::Guided);
        while (!model.run()->pointing() && model.run()->hint_level() < model.run()->max_hint_level())
            model.run()->request_hint();
        REQUIRE(model.run()->pointing());
        THEN("every frame matches a full repaint, and only a small part of the window is repainted")
        {
            CHECK(check_animation(*screen, model, 12, 30) < 0.1F);
        }
    }
    GIVEN("the hand moving and tapping in watch mode")
    {
        model.open_lesson(*lesson, Mode::Watch);
        model.advance(2'400); // the hand waits while the step is read out, then moves
        THEN("every frame matches a full repaint")
        {
            check_animation(*screen, model, 40, 50);
        }
    }
}

SCENARIO("a frame that changes nothing is not drawn again")
{
    auto screen = open_screen(1024, 600);
    AppModel model(Catalog::load({source_dir + "/lessons"}));
    ui::Shell shell(screen->fonts, &screen->images);
    const auto frame = [&] {
        screen->window->begin_frame();
        shell.draw(model, 0.4);
        return screen->window->render();
    };
    CHECK(frame());       // the first frame is painted in full
    CHECK(frame());       // ImGui settles the sizes of its windows on the second one
    CHECK_FALSE(frame()); // from then on the same frame is not painted again
    CHECK_FALSE(frame());
}

SCENARIO("the shapes drawn only where they show give the pixels of plain fills")
{
    auto screen = open_screen(640, 480);
    // One frame of `paint` on the bare window (nothing of the shell), read back.
    const auto picture = [&](const auto& paint) {
        screen->window->repaint_all();
        screen->window->begin_frame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("shapes", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
        paint(ImGui::GetWindowDrawList());
        ImGui::End();
        REQUIRE(screen->window->render());
        return pixels(*screen->window);
    };
    const ImU32 shadow = IM_COL32(0, 0, 0, 0x30);
    const ImU32 fill = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    // Whole and fractional positions and sizes, small and large corners.
    for (const float offset : {0.0F, 0.3F, 0.5F, 0.75F})
        for (const float rounding : {0.0F, 6.0F, 22.0F, 46.5F}) {
            INFO("offset " << offset << ", rounding " << rounding);
            const ImVec2 a(40 + offset, 30 + offset * 2);
            const ImVec2 b(a.x + 301.4F, a.y + 377.7F);
            WHEN("a card casts its shadow")
            {
                const auto plain = picture([&](ImDrawList* dl) {
                    dl->AddRectFilled(ImVec2(a.x + 4, a.y + 8), ImVec2(b.x + 4, b.y + 8), shadow, rounding);
                    dl->AddRectFilled(a, b, fill, rounding);
                });
                const auto cheap = picture([&](ImDrawList* dl) {
                    ui::drop_shadow(dl, a, b, rounding, ImVec2(4, 8), shadow);
                    dl->AddRectFilled(a, b, fill, rounding);
                });
                THEN("the pixels are the same")
                {
                    CHECK(differing_pixels(plain, cheap) == 0);
                }
            }
            WHEN("a translucent frame is drawn around what an opaque picture covers")
            {
                const ImVec2 in_a(a.x + 12.6F, a.y + 12.6F);
                const ImVec2 in_b(b.x - 12.6F, b.y - 12.6F);
                const float in_r = rounding * 0.7F;
                const ImU32 glass = IM_COL32(0x10, 0x10, 0x10, 0x90);
                const auto plain = picture([&](ImDrawList* dl) {
                    dl->AddRectFilled(a, b, glass, rounding);
                    dl->AddRectFilled(in_a, in_b, fill, in_r);
                });
                const auto cheap = picture([&](ImDrawList* dl) {
                    ui::fill_rounded_around(dl, a, b, glass, rounding, ImVec2(in_a.x + 1, in_a.y + in_r + 1),
                                            ImVec2(in_b.x - 1, in_b.y - in_r - 1));
                    dl->AddRectFilled(in_a, in_b, fill, in_r);
                });
                THEN("the pixels are the same, and the frame was really drawn")
                {
                    CHECK(differing_pixels(plain, cheap) == 0);
                    const auto empty = picture([&](ImDrawList* dl) { dl->AddRectFilled(in_a, in_b, fill, in_r); });
                    CHECK(differing_pixels(plain, empty) > 10'000);
                }
            }
        }
}

SCENARIO("nothing of the phone pokes out of its body")
{
    // The screen's round corners were once masked by triangles fanned from each corner,
    // whose anti-aliased tips stuck out of the body as dark spikes.
    auto screen = open_screen(1280, 800);
    AppModel model(Catalog::load({source_dir + "/lessons"}));
    const Lesson* lesson = model.catalog().find("goi-video-cho-chau");
    REQUIRE(lesson);
    for (const int step : {1, 4, 6}) {
        INFO("step " << step);
        model.open_lesson(*lesson, Mode::Guided);
        std::string why;
        REQUIRE(model.run()->fast_forward_to(static_cast<std::size_t>(step - 1), why));
        ui::Shell shell(screen->fonts, &screen->images);
        for (int f = 0; f < 2; ++f) { // ImGui settles its windows' sizes on the second frame
            screen->window->begin_frame();
            shell.draw(model, 0.4);
            screen->window->render();
        }
        const auto rgba = pixels(*screen->window);
        const ui::PhoneView& phone = shell.phone_view();
        const ImVec2 a = phone.body_min();
        const ImVec2 b = phone.body_max();
        const float r = phone.body_rounding();
        REQUIRE(b.x - a.x > 300);
        // Around the body (not as far as the panel), everything is the background or its
        // shadow: never as dark as the body itself.
        const auto luminance = [&](int x, int y) {
            const auto i = (static_cast<std::size_t>(y) * 1280 + static_cast<std::size_t>(x)) * 4;
            return (rgba[i] * 3 + rgba[i + 1] * 6 + rgba[i + 2]) / 10;
        };
        const int background = luminance(2, 2);
        int dark = 0;
        for (int y = std::max(0, static_cast<int>(a.y) - 10); y < std::min(800, static_cast<int>(b.y) + 10); ++y)
            for (int x = std::max(0, static_cast<int>(a.x) - 10); x < static_cast<int>(b.x) + 10; ++x) {
                const float px = static_cast<float>(x) + 0.5F;
                const float py = static_cast<float>(y) + 0.5F;
                const float qx = std::clamp(px, a.x + r, b.x - r);
                const float qy = std::clamp(py, a.y + r, b.y - r);
                if (std::hypot(px - qx, py - qy) - r < 1.5F)
                    continue; // on or in the body
                if (luminance(x, y) < background * 3 / 4) {
                    ++dark;
                    UNSCOPED_INFO("dark pixel at " << x << "," << y);
                }
            }
        CHECK(dark == 0);
    }
}
