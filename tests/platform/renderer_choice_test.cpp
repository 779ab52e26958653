// The renderer chain as pure rules (no window): what the environment asks for, what comes
// after a failure, what the log line says, which GL versions are too old; and what F11
// and Esc do to full screen.
#include "fullscreen_keys.h"
#include "renderer_choice.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace luyenso::platform;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Runs the chain as the window does: every renderer in `broken` fails with `why`.
std::vector<Renderer> tried(const RendererRequest& request, const std::vector<Renderer>& broken,
                            std::vector<RendererFailure>& failed)
{
    std::vector<Renderer> order;
    while (const auto next = next_renderer(request, failed)) {
        order.push_back(*next);
        if (std::find(broken.begin(), broken.end(), *next) == broken.end())
            break;
        failed.push_back({*next, std::string("broken ") + renderer_name(*next)});
    }
    return order;
}

} // namespace

SCENARIO("the environment chooses where the renderer chain starts")
{
    GIVEN("nothing set")
    {
        const RendererRequest r = renderer_request(nullptr, nullptr);
        CHECK_FALSE(r.forced);
        CHECK(r.warning.empty());
        CHECK(renderer_request("", "").forced == std::nullopt);
    }
    GIVEN("LUYENSO_RENDERER with each of its names")
    {
        CHECK(renderer_request("gl3", nullptr).forced == Renderer::Gl3);
        CHECK(renderer_request("gl2", nullptr).forced == Renderer::Gl2);
        const RendererRequest sdl = renderer_request("sdl", nullptr);
        CHECK(sdl.forced == Renderer::Sdl);
        CHECK(sdl.forced_by == "LUYENSO_RENDERER=sdl");
    }
    GIVEN("the older LUYENSO_GL=2, kept as an alias of gl2")
    {
        const RendererRequest r = renderer_request(nullptr, "2");
        CHECK(r.forced == Renderer::Gl2);
        CHECK(r.forced_by == "LUYENSO_GL=2");
        CHECK(renderer_request(nullptr, "3").forced == Renderer::Gl3);
    }
    GIVEN("both set: LUYENSO_RENDERER wins")
    {
        CHECK(renderer_request("sdl", "2").forced == Renderer::Sdl);
    }
    GIVEN("a tester's typo or a name from another program")
    {
        for (const char* bad : {"SDL", "d3d", "gl", "software", "gl3 "}) {
            INFO(bad);
            const RendererRequest r = renderer_request(bad, nullptr);
            CHECK_FALSE(r.forced);
            CHECK(contains(r.warning, std::string("LUYENSO_RENDERER='") + bad + "' is not gl3, gl2 or sdl"));
        }
        const RendererRequest gl = renderer_request(nullptr, "1");
        CHECK_FALSE(gl.forced);
        CHECK(contains(gl.warning, "LUYENSO_GL='1' is not 2 or 3"));
    }
}

SCENARIO("each failure moves down the chain gl3, gl2, sdl")
{
    std::vector<RendererFailure> failed;
    GIVEN("a PC whose driver does OpenGL 3")
    {
        CHECK(tried({}, {}, failed) == std::vector{Renderer::Gl3});
        const std::string line = renderer_log_line({}, failed, Renderer::Gl3, "GL3 4.5 / llvmpipe");
        CHECK(line == "luyenso: renderer gl3 (GL3 4.5 / llvmpipe), the first choice");
    }
    GIVEN("a driver with OpenGL 2.1 only")
    {
        CHECK(tried({}, {Renderer::Gl3}, failed) == std::vector{Renderer::Gl3, Renderer::Gl2});
        const std::string line = renderer_log_line({}, failed, Renderer::Gl2, "GL2 2.1 Mesa");
        CHECK(line == "luyenso: renderer gl2 (GL2 2.1 Mesa), because gl3: broken gl3");
    }
    GIVEN("Windows' own OpenGL 1.1: both GL renderers fail, SDL_Renderer draws")
    {
        CHECK(tried({}, {Renderer::Gl3, Renderer::Gl2}, failed) ==
              std::vector{Renderer::Gl3, Renderer::Gl2, Renderer::Sdl});
        const std::string line = renderer_log_line({}, failed, Renderer::Sdl, "SDL direct3d");
        CHECK(line == "luyenso: renderer sdl (SDL direct3d), because gl3: broken gl3; gl2: broken gl2");
    }
    GIVEN("nothing works at all")
    {
        CHECK(tried({}, {Renderer::Gl3, Renderer::Gl2, Renderer::Sdl}, failed).size() == 3);
        CHECK_FALSE(next_renderer({}, failed));
        CHECK(renderer_failure_message(failed) ==
              "cannot draw the window with any renderer: gl3: broken gl3; gl2: broken gl2; sdl: broken sdl");
    }
    GIVEN("a tester forcing gl2 on a PC where it works")
    {
        const RendererRequest r = renderer_request("gl2", nullptr);
        CHECK(tried(r, {}, failed) == std::vector{Renderer::Gl2});
        CHECK(renderer_log_line(r, failed, Renderer::Gl2, "GL2 4.5") ==
              "luyenso: renderer gl2 (GL2 4.5), as LUYENSO_RENDERER=gl2 asks");
    }
    GIVEN("a forced gl2 that fails: the app still starts, on sdl, and says so")
    {
        const RendererRequest r = renderer_request(nullptr, "2");
        CHECK(tried(r, {Renderer::Gl2}, failed) == std::vector{Renderer::Gl2, Renderer::Sdl});
        CHECK(renderer_log_line(r, failed, Renderer::Sdl, "SDL software") ==
              "luyenso: renderer sdl (SDL software), because gl2: broken gl2 (LUYENSO_GL=2 asked for gl2)");
    }
    GIVEN("a forced sdl: no GL is tried")
    {
        const RendererRequest r = renderer_request("sdl", nullptr);
        CHECK(tried(r, {}, failed) == std::vector{Renderer::Sdl});
        CHECK(tried(r, {Renderer::Sdl}, failed) == std::vector{Renderer::Sdl});
        CHECK_FALSE(next_renderer(r, failed));
    }
    GIVEN("a value that means nothing: the automatic chain, and the line says it was ignored")
    {
        const RendererRequest r = renderer_request("direct3d", nullptr);
        CHECK(tried(r, {}, failed) == std::vector{Renderer::Gl3});
        CHECK(renderer_log_line(r, failed, Renderer::Gl3, "GL3") ==
              "luyenso: renderer gl3 (GL3), the first choice; LUYENSO_RENDERER='direct3d' is not gl3, gl2 or sdl; "
              "the renderer is chosen automatically");
    }
}

SCENARIO("a GL context older than the renderer needs is refused")
{
    CHECK(parse_gl_version("4.5 (Core Profile) Mesa 22.3.6")->major == 4);
    CHECK(parse_gl_version("4.5 (Core Profile) Mesa 22.3.6")->minor == 5);
    CHECK(parse_gl_version("OpenGL ES 3.2 Mesa 22.3.6")->major == 3);
    CHECK_FALSE(parse_gl_version(nullptr));
    CHECK_FALSE(parse_gl_version(""));
    CHECK_FALSE(parse_gl_version("Mesa"));
    CHECK_FALSE(parse_gl_version("4"));
    CHECK_FALSE(parse_gl_version("4."));
    CHECK_FALSE(parse_gl_version("99999999999999999999.1"));

    // What a driver may report, and what each GL renderer answers.
    CHECK(gl_version_problem(Renderer::Gl3, "4.5 (Core Profile) Mesa 22.3.6").empty());
    CHECK(gl_version_problem(Renderer::Gl3, "3.2.0 NVIDIA 340.108").empty());
    CHECK(gl_version_problem(Renderer::Gl2, "2.1 Mesa 22.3.6").empty());
    CHECK(gl_version_problem(Renderer::Gl2, "4.6.0 Compatibility Profile Context").empty());
    // Windows' own OpenGL ("GDI Generic"): too old for either; the chain ends on sdl.
    CHECK(gl_version_problem(Renderer::Gl3, "1.1.0") == "OpenGL 1.1.0 is older than 3.2");
    CHECK(gl_version_problem(Renderer::Gl2, "1.1.0") == "OpenGL 1.1.0 is older than 2.1");
    CHECK(gl_version_problem(Renderer::Gl3, "3.1 Mesa 22.3.6") == "OpenGL 3.1 Mesa 22.3.6 is older than 3.2");
    CHECK(gl_version_problem(Renderer::Gl2, "2.0 Chromium") == "OpenGL 2.0 Chromium is older than 2.1");
    CHECK(gl_version_problem(Renderer::Gl2, "OpenGL ES 3.2 Mesa") == "OpenGL ES 3.2 Mesa is not desktop OpenGL");
    CHECK(gl_version_problem(Renderer::Gl2, nullptr) == "an OpenGL without a version (no version number in it)");
    CHECK(gl_version_problem(Renderer::Gl3, "garbage") == "OpenGL garbage (no version number in it)");
    CHECK(gl_version_problem(Renderer::Sdl, nullptr).empty());
}

SCENARIO("F11 toggles full screen and Esc leaves it")
{
    WHEN("in a window")
    {
        const KeyEffect f11 = fullscreen_key(Key::F11, false);
        CHECK(f11.fullscreen == true);
        CHECK(f11.consumed);
        // Esc stays the phone's Back, as before.
        const KeyEffect esc = fullscreen_key(Key::Escape, false);
        CHECK_FALSE(esc.fullscreen);
        CHECK_FALSE(esc.consumed);
    }
    WHEN("in full screen")
    {
        const KeyEffect f11 = fullscreen_key(Key::F11, true);
        CHECK(f11.fullscreen == false);
        CHECK(f11.consumed);
        // Esc is the way out, and does not also press the phone's Back.
        const KeyEffect esc = fullscreen_key(Key::Escape, true);
        CHECK(esc.fullscreen == false);
        CHECK(esc.consumed);
    }
    WHEN("any other key")
    {
        for (const bool fullscreen : {false, true}) {
            const KeyEffect other = fullscreen_key(Key::Other, fullscreen);
            CHECK_FALSE(other.fullscreen);
            CHECK_FALSE(other.consumed);
        }
    }
}
