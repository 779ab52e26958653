#include "window.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl2.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <stb_image_write.h>

#include <string>
#include <vector>

namespace luyenso::platform {

std::unique_ptr<Window> Window::create(const WindowConfig& config, std::string& error)
{
    // Touchscreens: finger events also arrive as mouse events, which ImGui understands.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    // A hidden window (a screenshot) on a machine without a display renders offscreen,
    // rather than probing X11 and Wayland and printing their complaints.
    if (config.hidden && !SDL_getenv("DISPLAY") && !SDL_getenv("WAYLAND_DISPLAY") && !SDL_getenv("SDL_VIDEODRIVER"))
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        error = std::string("cannot open a window: ") + SDL_GetError() +
                " (is there a display? for a headless run use xvfb-run or SDL_VIDEODRIVER=offscreen)";
        return nullptr;
    }
    std::unique_ptr<Window> w(new Window());
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= config.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    if (config.fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;

    // GL 3.2 core first; an old PC's driver may only have GL 2.1 (LUYENSO_GL=2 forces it).
    const char* forced = SDL_getenv("LUYENSO_GL");
    const int first_attempt = forced && std::string(forced) == "2" ? 1 : 0;
    for (int attempt = first_attempt; attempt < 2 && !w->gl_context_; ++attempt) {
        w->gl3_ = attempt == 0;
        SDL_GL_ResetAttributes();
        SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
        SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
        SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
        if (w->gl3_) {
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
        } else {
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 2);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 1);
        }
        if (w->window_)
            SDL_DestroyWindow(w->window_);
        w->window_ = SDL_CreateWindow(config.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                      config.width, config.height, flags);
        if (w->window_)
            w->gl_context_ = SDL_GL_CreateContext(w->window_);
    }
    if (!w->window_ || !w->gl_context_) {
        error = std::string("cannot create an OpenGL window: ") + SDL_GetError();
        return nullptr;
    }
    SDL_SetWindowMinimumSize(w->window_, 640, 480);
    SDL_GL_MakeCurrent(w->window_, w->gl_context_);
    SDL_GL_SetSwapInterval(1);
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    w->gl_description_ = std::string(w->gl3_ ? "GL3 " : "GL2 ") + (version ? version : "?") + " / " +
                         (renderer ? renderer : "?");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing written beside the user's files
    ImGui_ImplSDL2_InitForOpenGL(w->window_, w->gl_context_);
    if (w->gl3_)
        ImGui_ImplOpenGL3_Init("#version 150");
    else
        ImGui_ImplOpenGL2_Init();
    return w;
}

Window::~Window()
{
    if (ImGui::GetCurrentContext()) {
        if (gl3_)
            ImGui_ImplOpenGL3_Shutdown();
        else
            ImGui_ImplOpenGL2_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (gl_context_)
        SDL_GL_DeleteContext(gl_context_);
    if (window_)
        SDL_DestroyWindow(window_);
    SDL_Quit();
}

int Window::pump_events(int timeout_ms)
{
    int count = 0;
    SDL_Event e;
    const bool got = timeout_ms > 0 ? SDL_WaitEventTimeout(&e, timeout_ms) != 0 : SDL_PollEvent(&e) != 0;
    if (!got)
        return 0;
    do {
        ++count;
        ImGui_ImplSDL2_ProcessEvent(&e);
        if (e.type == SDL_QUIT)
            quit_ = true;
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE &&
            e.window.windowID == SDL_GetWindowID(window_))
            quit_ = true;
    } while (SDL_PollEvent(&e));
    return count;
}

void Window::begin_frame()
{
    if (gl3_)
        ImGui_ImplOpenGL3_NewFrame();
    else
        ImGui_ImplOpenGL2_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void Window::render()
{
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.925F, 0.937F, 0.918F, 1.0F);
    glClear(GL_COLOR_BUFFER_BIT);
    if (gl3_)
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    else
        ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
    glFinish(); // the offscreen driver needs it before read-back; cheap elsewhere
}

void Window::present()
{
    SDL_GL_SwapWindow(window_);
}

bool Window::save_png(const std::string& path, std::string& error) const
{
    int w = 0;
    int h = 0;
    SDL_GL_GetDrawableSize(window_, &w, &h);
    if (w <= 0 || h <= 0) {
        error = "the window has no size";
        return false;
    }
    const auto stride = static_cast<std::size_t>(w) * 4;
    std::vector<unsigned char> pixels(stride * static_cast<std::size_t>(h));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's rows go bottom-up; PNG's top-down. Flip and make it opaque.
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < h; ++y) {
        const auto src = static_cast<std::size_t>(h - 1 - y) * stride;
        const auto dst = static_cast<std::size_t>(y) * stride;
        std::copy(pixels.begin() + static_cast<std::ptrdiff_t>(src),
                  pixels.begin() + static_cast<std::ptrdiff_t>(src + stride),
                  flipped.begin() + static_cast<std::ptrdiff_t>(dst));
    }
    for (std::size_t i = 3; i < flipped.size(); i += 4)
        flipped[i] = 255;
    if (stbi_write_png(path.c_str(), w, h, 4, flipped.data(), static_cast<int>(stride)) == 0) {
        error = "cannot write '" + path + "' (does the folder exist, and can it be written?)";
        return false;
    }
    return true;
}

void Window::post_wake()
{
    SDL_Event e{};
    e.type = SDL_USEREVENT;
    SDL_PushEvent(&e); // thread-safe in SDL2
}

std::uint64_t Window::ticks_ms() const
{
    return SDL_GetTicks64();
}

} // namespace luyenso::platform
