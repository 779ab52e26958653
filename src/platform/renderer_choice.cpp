#include "renderer_choice.h"

#include <array>
#include <charconv>
#include <string_view>

namespace luyenso::platform {

namespace {

constexpr std::array chain{Renderer::Gl3, Renderer::Gl2, Renderer::Sdl};

std::optional<Renderer> parse_renderer(std::string_view name)
{
    for (const Renderer r : chain)
        if (name == renderer_name(r))
            return r;
    return std::nullopt;
}

} // namespace

const char* renderer_name(Renderer renderer)
{
    switch (renderer) {
    case Renderer::Gl3: return "gl3";
    case Renderer::Gl2: return "gl2";
    case Renderer::Sdl: return "sdl";
    }
    return "?";
}

RendererRequest renderer_request(const char* luyenso_renderer, const char* luyenso_gl)
{
    RendererRequest request;
    if (luyenso_renderer && *luyenso_renderer) {
        if (const auto r = parse_renderer(luyenso_renderer)) {
            request.forced = r;
            request.forced_by = std::string("LUYENSO_RENDERER=") + luyenso_renderer;
            return request;
        }
        request.warning = std::string("LUYENSO_RENDERER='") + luyenso_renderer +
                          "' is not gl3, gl2 or sdl; the renderer is chosen automatically";
        return request;
    }
    if (luyenso_gl && *luyenso_gl) {
        const std::string_view gl(luyenso_gl);
        if (gl == "2" || gl == "3") {
            request.forced = gl == "2" ? Renderer::Gl2 : Renderer::Gl3;
            request.forced_by = std::string("LUYENSO_GL=") + luyenso_gl;
            return request;
        }
        request.warning = std::string("LUYENSO_GL='") + luyenso_gl +
                          "' is not 2 or 3 (LUYENSO_RENDERER=gl3|gl2|sdl replaces it); the renderer is chosen "
                          "automatically";
    }
    return request;
}

std::optional<Renderer> next_renderer(const RendererRequest& request, const std::vector<RendererFailure>& failed)
{
    const Renderer first = request.forced.value_or(Renderer::Gl3);
    bool started = false;
    for (const Renderer r : chain) {
        started = started || r == first;
        if (!started)
            continue;
        bool tried = false;
        for (const RendererFailure& f : failed)
            tried = tried || f.renderer == r;
        if (!tried)
            return r;
    }
    return std::nullopt;
}

std::string renderer_log_line(const RendererRequest& request, const std::vector<RendererFailure>& failed,
                              Renderer chosen, const std::string& description)
{
    std::string line = std::string("luyenso: renderer ") + renderer_name(chosen) + " (" + description + ")";
    if (!failed.empty()) {
        line += ", because";
        for (std::size_t i = 0; i < failed.size(); ++i)
            line += std::string(i ? ";" : "") + " " + renderer_name(failed[i].renderer) + ": " + failed[i].reason;
        if (request.forced)
            line += std::string(" (") + request.forced_by + " asked for " + renderer_name(*request.forced) + ")";
    } else if (request.forced) {
        line += std::string(", as ") + request.forced_by + " asks";
    } else {
        line += ", the first choice";
    }
    if (!request.warning.empty())
        line += "; " + request.warning;
    return line;
}

std::string renderer_failure_message(const std::vector<RendererFailure>& failed)
{
    std::string message = "cannot draw the window with any renderer:";
    for (std::size_t i = 0; i < failed.size(); ++i)
        message += std::string(i ? ";" : "") + " " + renderer_name(failed[i].renderer) + ": " + failed[i].reason;
    return message;
}

std::optional<GlVersion> parse_gl_version(const char* version)
{
    if (!version)
        return std::nullopt;
    std::string_view v(version);
    // OpenGL ES says so first ("OpenGL ES 3.2 Mesa ..."); desktop GL starts with the number.
    for (const std::string_view prefix : {"OpenGL ES-CM ", "OpenGL ES-CL ", "OpenGL ES "})
        if (v.substr(0, prefix.size()) == prefix) {
            v.remove_prefix(prefix.size());
            break;
        }
    GlVersion out;
    const char* end = v.data() + v.size();
    const auto major = std::from_chars(v.data(), end, out.major);
    if (major.ec != std::errc() || major.ptr == end || *major.ptr != '.')
        return std::nullopt;
    if (std::from_chars(major.ptr + 1, end, out.minor).ec != std::errc())
        return std::nullopt;
    return out;
}

std::string gl_version_problem(Renderer renderer, const char* version)
{
    if (renderer == Renderer::Sdl)
        return {};
    const std::string shown = version ? std::string("OpenGL ") + version : "an OpenGL without a version";
    if (version && std::string_view(version).substr(0, 9) == "OpenGL ES")
        return std::string(version) + " is not desktop OpenGL";
    const auto v = parse_gl_version(version);
    if (!v)
        return shown + " (no version number in it)";
    const GlVersion need = renderer == Renderer::Gl3 ? GlVersion{3, 2} : GlVersion{2, 1};
    if (v->major < need.major || (v->major == need.major && v->minor < need.minor))
        return shown + " is older than " + std::to_string(need.major) + "." + std::to_string(need.minor);
    return {};
}

} // namespace luyenso::platform
