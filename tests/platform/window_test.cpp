// The window's partial repaints (only what ui::DamageTracker says changed) against full
// repaints of the same frames, pixel for pixel, through a real GL context: SDL's
// offscreen driver with Mesa's llvmpipe, as on a PC without a GPU.
#include "fonts.h"
#include "lessons/catalog.h"
#include "model/app_model.h"
#include "narrator.h"
#include "paths.h"
#include "png_file.h"
#include "shell.h"
#include "texture_images.h"
#include "theme.h"
#include "widgets.h"
#include "window.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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
    std::unique_ptr<platform::TextureImages> images; // before the window goes
};

// A hidden window drawn by `renderer` (exactly that one: a fallback fails the test).
std::unique_ptr<Screen> open_screen(int width, int height, platform::Renderer renderer = platform::Renderer::Gl3)
{
    SDL_setenv("SDL_VIDEODRIVER", "offscreen", 0);
    platform::WindowConfig config;
    config.width = width;
    config.height = height;
    config.hidden = true;
    config.renderer.forced = renderer;
    config.renderer.forced_by = "the test";
    std::string error;
    auto screen = std::make_unique<Screen>();
    screen->window = platform::Window::create(config, error);
    INFO(error);
    REQUIRE(screen->window);
    INFO(screen->window->renderer_log());
    REQUIRE(screen->window->renderer() == renderer);
    screen->images = std::make_unique<platform::TextureImages>(*screen->window);
    const ui::FontFiles files{platform::find_font({"NotoSans-Regular.ttf", "DejaVuSans.ttf"}),
                              platform::find_font({"NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"})};
    REQUIRE(screen->fonts.load(*ImGui::GetIO().Fonts, files, error));
    ui::apply_style(ImGui::GetStyle());
    return screen;
}

// Every renderer of the chain, and SDL_Renderer once more on SDL's software renderer
// (what a PC without any graphics driver gets).
struct RendererCase {
    const char* name;
    platform::Renderer renderer;
    const char* sdl_driver; // SDL_RENDER_DRIVER, or null for SDL's own choice
};
constexpr RendererCase every_renderer[] = {{"gl3", platform::Renderer::Gl3, nullptr},
                                           {"gl2", platform::Renderer::Gl2, nullptr},
                                           {"sdl", platform::Renderer::Sdl, nullptr},
                                           {"sdl-software", platform::Renderer::Sdl, "software"}};

std::unique_ptr<Screen> open_screen(int width, int height, const RendererCase& c)
{
    if (c.sdl_driver)
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, c.sdl_driver);
    auto screen = open_screen(width, height, c.renderer);
    SDL_ResetHint(SDL_HINT_RENDER_DRIVER);
    if (c.sdl_driver)
        CHECK(screen->window->description() == std::string("SDL ") + c.sdl_driver);
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
    ui::Shell shell(screen.fonts, screen.images.get());
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

SCENARIO("a frame that changes nothing is not drawn again, a resized one is, with every renderer")
{
    for (const RendererCase& c : every_renderer) {
        INFO(c.name);
        auto screen = open_screen(1024, 600, c);
        AppModel model(Catalog::load({source_dir + "/lessons"}));
        ui::Shell shell(screen->fonts, screen->images.get());
        const auto frame = [&] {
            screen->window->begin_frame();
            shell.draw(model, 0.4);
            return screen->window->render();
        };
        CHECK(frame());       // the first frame is painted in full
        CHECK(frame());       // ImGui settles the sizes of its windows on the second one
        CHECK_FALSE(frame()); // from then on the same frame is not painted again
        CHECK_FALSE(frame());
        screen->window->repaint_all(); // asked for: all of it, whatever changed
        CHECK(frame());
        CHECK(screen->window->last_repaint_share() == 1);

        // Resized, as by a user dragging its corner: drawn and read back at the new size.
        screen->window->set_size(1100, 700);
        screen->window->pump_events(0);
        CHECK(frame());
        std::vector<unsigned char> rgba;
        int w = 0;
        int h = 0;
        REQUIRE(screen->window->read_pixels(rgba, w, h));
        CHECK(w == 1100);
        CHECK(h == 700);
        CHECK(rgba.size() == std::size_t{1100} * 700 * 4);
    }
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
        ui::Shell shell(screen->fonts, screen->images.get());
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

namespace {

// How far two pictures of the same size are apart: the mean of every pixel's largest
// channel difference (0 to 255), and the share of pixels (0 to 1) differing by more than 64.
struct Difference {
    double mean = 0;
    double far_share = 0;
};

Difference difference(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b)
{
    REQUIRE(a.size() == b.size());
    double sum = 0;
    std::size_t far = 0;
    for (std::size_t i = 0; i < a.size(); i += 4) {
        int d = 0;
        for (std::size_t c = 0; c < 3; ++c)
            d = std::max(d, std::abs(static_cast<int>(a[i + c]) - static_cast<int>(b[i + c])));
        sum += d;
        far += d > 64 ? 1 : 0;
    }
    const auto n = static_cast<double>(a.size() / 4);
    return {sum / n, static_cast<double>(far) / n};
}

// Step 4 of the video-call lesson at 1280x800, drawn by `renderer` as --screenshot does
// (three frames; the last one is read back and saved as `png`).
std::vector<unsigned char> lesson_picture(const RendererCase& renderer, const std::string& png)
{
    auto screen = open_screen(1280, 800, renderer);
    AppModel model(Catalog::load({source_dir + "/lessons"}));
    const Lesson* lesson = model.catalog().find("goi-video-cho-chau");
    REQUIRE(lesson);
    std::string why;
    REQUIRE(model.open_lesson_at(*lesson, Mode::Guided, 3, why));
    ui::Shell shell(screen->fonts, screen->images.get());
    for (int frame = 0; frame < 3; ++frame) {
        screen->window->pump_events(0);
        if (frame == 2)
            screen->window->repaint_all(); // what a screenshot reads is drawn, not presented
        screen->window->begin_frame();
        shell.draw(model, 0.4);
        REQUIRE((screen->window->render() || frame == 1));
        if (frame < 2)
            screen->window->present();
    }
    std::string error;
    std::filesystem::remove(png);
    INFO(error);
    REQUIRE(screen->window->save_png(png, error));
    CHECK(std::filesystem::file_size(png) > 10'000);
    return pixels(*screen->window);
}

std::string output_dir()
{
    const auto dir = std::filesystem::temp_directory_path() / "luyenso-window-test";
    std::filesystem::create_directories(dir);
    return dir.string();
}

} // namespace

SCENARIO("every renderer draws a lesson step and saves it, SDL_Renderer's picture is GL's")
{
    const std::string dir = output_dir();
    const auto gl3 = lesson_picture(every_renderer[0], dir + "/gl3.png");
    // The same draw data through another renderer: GL 2 and SDL's own OpenGL renderer
    // rasterise as GL 3 does, up to rounding; SDL's software renderer samples textures
    // without filtering and places each glyph on whole pixels, so text edges move by a pixel.
    // Tolerances: the mean of the largest channel difference per pixel (0-255) and the share
    // of pixels more than 64 apart. Measured on llvmpipe at 1280x800: gl2 0.00003 and 0 %,
    // sdl (SDL's opengl) 0.12 and 0.06 %, sdl (software) 2.7 and 1.6 %.
    struct Tolerance {
        double mean_at_most;
        double far_share_at_most;
    };
    const Tolerance tolerances[] = {{0, 0}, {0.5, 0.001}, {0.5, 0.002}, {5.0, 0.03}};
    for (std::size_t i = 1; i < std::size(every_renderer); ++i) {
        const RendererCase& c = every_renderer[i];
        INFO(c.name);
        const auto other = lesson_picture(c, dir + "/" + c.name + ".png");
        const Difference d = difference(gl3, other);
        UNSCOPED_INFO(c.name << ": mean difference " << d.mean << ", pixels more than 64 apart " << d.far_share * 100
                             << " %");
        CHECK(d.mean <= tolerances[i].mean_at_most);
        CHECK(d.far_share <= tolerances[i].far_share_at_most);
    }
}

SCENARIO("every renderer shows the lessons' pictures")
{
    for (const RendererCase& c : every_renderer) {
        INFO(c.name);
        auto screen = open_screen(640, 480, c);
        // A 40x30 picture: red above, blue below, written as a PNG.
        std::vector<unsigned char> rgba(40 * 30 * 4);
        for (std::size_t i = 0; i < rgba.size(); i += 4) {
            const bool top = i / 4 / 40 < 15;
            rgba[i] = top ? 220 : 20;
            rgba[i + 1] = 30;
            rgba[i + 2] = top ? 20 : 200;
            rgba[i + 3] = 255;
        }
        const std::string path = output_dir() + "/picture.png";
        std::string error;
        REQUIRE(platform::write_png(path, 40, 30, 4, rgba.data(), platform::PngSpeed::Fast, error));
        const ui::Image img = screen->images->image(path);
        REQUIRE(img.texture);
        CHECK(img.width == 40);
        CHECK(img.height == 30);
        // A file that is not a picture: no texture, the same answer the second time.
        CHECK_FALSE(screen->images->image(output_dir() + "/missing.png").texture);
        CHECK_FALSE(screen->images->image(output_dir() + "/missing.png").texture);

        screen->window->begin_frame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("picture", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
        ImGui::GetWindowDrawList()->AddImage(img.texture, ImVec2(100, 100), ImVec2(180, 160));
        ImGui::End();
        REQUIRE(screen->window->render());
        const auto shown = pixels(*screen->window);
        const auto at = [&](int x, int y) {
            const auto i = (static_cast<std::size_t>(y) * 640 + static_cast<std::size_t>(x)) * 4;
            return std::vector<int>{shown[i], shown[i + 1], shown[i + 2]};
        };
        // Scaled twice: the middle of each half keeps its colour.
        CHECK(at(140, 110) == std::vector<int>{220, 30, 20});
        CHECK(at(140, 150) == std::vector<int>{20, 30, 200});
    }
}

SCENARIO("F11 and Esc switch full screen in the window, and Esc stays the phone's Back otherwise")
{
    auto screen = open_screen(640, 480, platform::Renderer::Sdl);
    platform::Window& window = *screen->window;
    const auto key = [&](SDL_Keycode sym, SDL_Scancode code, Uint32 type, Uint8 repeat = 0) {
        SDL_Event e{};
        e.type = type;
        e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.key.repeat = repeat;
        e.key.keysym.sym = sym;
        e.key.keysym.scancode = code;
        REQUIRE(SDL_PushEvent(&e) == 1);
        window.pump_events(0);
    };
    const auto escape_reached_imgui = [] { return ImGui::GetIO().KeysDown[SDL_SCANCODE_ESCAPE]; };
    REQUIRE_FALSE(window.fullscreen());

    key(SDLK_F11, SDL_SCANCODE_F11, SDL_KEYDOWN);
    CHECK(window.fullscreen());
    key(SDLK_F11, SDL_SCANCODE_F11, SDL_KEYUP);
    CHECK(window.fullscreen());

    // Esc in full screen leaves it, even held down, and never reaches the phone.
    key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE, SDL_KEYDOWN);
    CHECK_FALSE(window.fullscreen());
    CHECK_FALSE(escape_reached_imgui());
    key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE, SDL_KEYDOWN, 1);
    CHECK_FALSE(escape_reached_imgui());
    key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE, SDL_KEYUP);
    CHECK_FALSE(window.fullscreen());

    // In a window, Esc is ImGui's (the phone's Back), and leaves the window as it is.
    key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE, SDL_KEYDOWN);
    CHECK(escape_reached_imgui());
    CHECK_FALSE(window.fullscreen());
    key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE, SDL_KEYUP);
    CHECK_FALSE(escape_reached_imgui());

    // F11 twice: back where it was; the button's way (set_fullscreen) as well.
    key(SDLK_F11, SDL_SCANCODE_F11, SDL_KEYDOWN);
    key(SDLK_F11, SDL_SCANCODE_F11, SDL_KEYUP);
    key(SDLK_F11, SDL_SCANCODE_F11, SDL_KEYDOWN);
    key(SDLK_F11, SDL_SCANCODE_F11, SDL_KEYUP);
    CHECK_FALSE(window.fullscreen());
    window.set_fullscreen(true);
    CHECK(window.fullscreen());
    window.set_fullscreen(false);
    CHECK_FALSE(window.fullscreen());
}

SCENARIO("a release and the next press in one frame reach ImGui in frames of their own")
{
    // ImGui 1.86 reads the button once a frame: merged, a tap right after a long press
    // (or a quick double tap on a slow phone) would be one long press.
    auto screen = open_screen(640, 480, platform::Renderer::Sdl);
    platform::Window& window = *screen->window;
    const auto push = [](Uint32 type) {
        SDL_Event e{};
        e.type = type;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.x = 100;
        e.button.y = 100;
        REQUIRE(SDL_PushEvent(&e) == 1);
    };
    const auto motion = [] {
        SDL_Event e{};
        e.type = SDL_MOUSEMOTION;
        e.motion.x = 120;
        e.motion.y = 100;
        REQUIRE(SDL_PushEvent(&e) == 1);
    };
    window.pump_events(0); // whatever opening the window queued
    push(SDL_MOUSEBUTTONDOWN);
    motion();
    push(SDL_MOUSEBUTTONUP);
    push(SDL_MOUSEBUTTONDOWN);
    push(SDL_MOUSEBUTTONUP);
    std::vector<int> counts;
    std::vector<bool> down;
    for (int frame = 0; frame < 5; ++frame) {
        counts.push_back(window.pump_events(0));
        window.begin_frame();
        down.push_back(ImGui::GetIO().MouseDown[0]);
        ImGui::EndFrame();
    }
    // The press and the motion after it; then each button event alone; then nothing.
    CHECK(counts == std::vector<int>{2, 1, 1, 1, 0});
    CHECK(down == std::vector<bool>{true, false, true, false, false});
}

SCENARIO("an input method's composition is kept apart from typed text until it is committed")
{
    auto screen = open_screen(640, 480, platform::Renderer::Sdl);
    platform::Window& window = *screen->window;
    window.pump_events(0); // whatever opening the window queued
    const auto typed = [] {
        const ImVector<ImWchar>& q = ImGui::GetIO().InputQueueCharacters;
        return q.Size;
    };
    SDL_Event e{};
    e.type = SDL_TEXTEDITING;
    SDL_strlcpy(e.edit.text, "vie", sizeof e.edit.text);
    REQUIRE(SDL_PushEvent(&e) == 1);
    window.pump_events(0);
    CHECK(window.composition() == "vie");
    CHECK(typed() == 0);

    // The browser's long compositions arrive whole (the page's luyenso_web_compose).
    const std::string long_text = "Nguyễn Thị Minh Khai, phường Bến Thành";
    SDL_Event ext{};
    ext.editExt.type = SDL_TEXTEDITING_EXT;
    ext.editExt.text = SDL_strdup(long_text.c_str());
    REQUIRE(SDL_PushEvent(&ext) == 1);
    window.pump_events(0);
    CHECK(window.composition() == long_text);
    CHECK(typed() == 0);

    // Committed: the text is typed, the composition is gone.
    SDL_Event in{};
    in.type = SDL_TEXTINPUT;
    SDL_strlcpy(in.text.text, "việt", sizeof in.text.text);
    REQUIRE(SDL_PushEvent(&in) == 1);
    window.pump_events(0);
    CHECK(window.composition().empty());
    CHECK(typed() > 0);

    // An input method that ends its composition with an empty one.
    e.type = SDL_TEXTEDITING;
    SDL_strlcpy(e.edit.text, "", sizeof e.edit.text);
    REQUIRE(SDL_PushEvent(&e) == 1);
    window.pump_events(0);
    CHECK(window.composition().empty());
}

SCENARIO("the lesson panel's mute stops the narration and keeps it silent, and \"Nghe lại\" says it again")
{
    // A recording plays at once (no synthesis in between): what the sound card gets is seen
    // the moment it is asked for. SDL's dummy device plays nothing aloud, in real time: the
    // recording lasts a minute, so it is still queued whenever a check looks.
    const std::string wav = output_dir() + "/narration-60s.wav";
    {
        const std::uint32_t rate = platform::AudioOutput::sample_rate;
        const std::uint32_t bytes = rate * 60 * 2;
        std::vector<std::uint8_t> file;
        const auto put = [&](std::uint32_t v, int n) {
            for (int i = 0; i < n; ++i)
                file.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
        };
        const auto tag = [&](const char* t) { file.insert(file.end(), t, t + 4); };
        tag("RIFF");
        put(36 + bytes, 4);
        tag("WAVE");
        tag("fmt ");
        put(16, 4);
        put(1, 2); // PCM
        put(1, 2); // mono
        put(rate, 4);
        put(rate * 2, 4);
        put(2, 2);
        put(16, 2);
        tag("data");
        put(bytes, 4);
        for (std::uint32_t i = 0; i < bytes / 2; ++i)
            put(static_cast<std::uint16_t>(static_cast<std::int16_t>(8000 * std::sin(i * 0.06))), 2);
        std::ofstream(std::filesystem::path(wav), std::ios::binary)
            .write(reinterpret_cast<const char*>(file.data()), static_cast<std::streamsize>(file.size()));
    }
    platform::Narrator narrator({}, true);
    REQUIRE(narrator.available());
    NarrationRequest step;
    step.kind = NarrationRequest::Kind::Recorded;
    step.path = wav;
    step.text = "Bác vuốt lên để mở điện thoại.";

    narrator.say(step);
    CHECK(narrator.playing());
    narrator.set_muted(true);
    CHECK(narrator.muted());
    CHECK_FALSE(narrator.playing()); // stopped at once

    // Muted: the next step and "Nghe lại" say nothing.
    narrator.say(step);
    CHECK_FALSE(narrator.playing());
    narrator.repeat();
    CHECK_FALSE(narrator.playing());

    // Unmuted: nothing starts by itself; "Nghe lại" says the last narration.
    narrator.set_muted(false);
    CHECK_FALSE(narrator.playing());
    narrator.repeat();
    CHECK(narrator.playing());
}
