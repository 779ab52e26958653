// Which way of drawing the window to use, and why: OpenGL 3.2, then OpenGL 2.1, then
// SDL_Renderer (Direct3D on Windows, OpenGL or software on Linux), which needs no OpenGL
// driver at all. Pure functions (no SDL, no GL): the window tries what they say in turn.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace luyenso::platform {

enum class Renderer { Gl3, Gl2, Sdl };

// "gl3", "gl2", "sdl": the names LUYENSO_RENDERER takes.
const char* renderer_name(Renderer renderer);

// What the environment asks for. `forced`: start the chain there (LUYENSO_RENDERER=gl3|gl2|sdl,
// or the older LUYENSO_GL=2, an alias of gl2); `warning`: a value that means nothing, ignored.
struct RendererRequest {
    std::optional<Renderer> forced;
    std::string forced_by; // "LUYENSO_RENDERER=sdl", for the log line
    std::string warning;
};
// Either argument may be null (the variable is not set). LUYENSO_RENDERER wins over LUYENSO_GL.
RendererRequest renderer_request(const char* luyenso_renderer, const char* luyenso_gl);

// A renderer that was tried and could not be used, with the reason.
struct RendererFailure {
    Renderer renderer;
    std::string reason;
};

// The next renderer to try, given the ones that failed (in the order they were tried):
// the chain gl3, gl2, sdl, starting at the forced one; nothing when none is left.
std::optional<Renderer> next_renderer(const RendererRequest& request, const std::vector<RendererFailure>& failed);

// The one line the app prints on stderr: which renderer draws, what it runs on
// (`description`), and why this one (the first choice, the request, or what failed before).
std::string renderer_log_line(const RendererRequest& request, const std::vector<RendererFailure>& failed,
                              Renderer chosen, const std::string& description);

// Every renderer failed: what to tell the user.
std::string renderer_failure_message(const std::vector<RendererFailure>& failed);

// The "major.minor" at the start of a GL_VERSION string ("4.5 (Core Profile) Mesa 22.3.6",
// "1.1.0", "OpenGL ES 3.2 ..."); nothing if it has none.
struct GlVersion {
    int major = 0;
    int minor = 0;
};
std::optional<GlVersion> parse_gl_version(const char* version);

// Why a context reporting `version` (GL_VERSION, may be null) cannot serve `renderer`
// (gl3 needs 3.2, gl2 needs desktop OpenGL 2.1); empty when it can.
std::string gl_version_problem(Renderer renderer, const char* version);

} // namespace luyenso::platform
