#include "window.h"

#include "fullscreen_keys.h"
#include "png_file.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
// The browser (WebGL) has no fixed-function pipeline: no OpenGL 2 backend there, the web
// build starts the chain at SDL_Renderer (src/platform/web.cpp).
#ifndef __EMSCRIPTEN__
#include <imgui_impl_opengl2.h>
#define LUYENSO_HAS_GL2 1
#endif
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <clocale>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace luyenso::platform {

// [SECTION] The kept frame
// GL 3 has framebuffer objects in its core; their functions come from SDL's loader
// so that nothing here depends on how a platform exports them.
struct Window::GlFrame {
    PFNGLGENFRAMEBUFFERSPROC gen_framebuffers = nullptr;
    PFNGLDELETEFRAMEBUFFERSPROC delete_framebuffers = nullptr;
    PFNGLBINDFRAMEBUFFERPROC bind_framebuffer = nullptr;
    PFNGLFRAMEBUFFERTEXTURE2DPROC framebuffer_texture_2d = nullptr;
    PFNGLCHECKFRAMEBUFFERSTATUSPROC check_framebuffer_status = nullptr;
    PFNGLBLITFRAMEBUFFERPROC blit_framebuffer = nullptr;
    GLuint framebuffer = 0;
    GLuint texture = 0;
    int width = 0;
    int height = 0;
    bool broken = false; // the driver refused it: every frame is drawn in full instead

    bool load()
    {
        gen_framebuffers = reinterpret_cast<PFNGLGENFRAMEBUFFERSPROC>(SDL_GL_GetProcAddress("glGenFramebuffers"));
        delete_framebuffers = reinterpret_cast<PFNGLDELETEFRAMEBUFFERSPROC>(
            SDL_GL_GetProcAddress("glDeleteFramebuffers"));
        bind_framebuffer = reinterpret_cast<PFNGLBINDFRAMEBUFFERPROC>(SDL_GL_GetProcAddress("glBindFramebuffer"));
        framebuffer_texture_2d = reinterpret_cast<PFNGLFRAMEBUFFERTEXTURE2DPROC>(
            SDL_GL_GetProcAddress("glFramebufferTexture2D"));
        check_framebuffer_status = reinterpret_cast<PFNGLCHECKFRAMEBUFFERSTATUSPROC>(
            SDL_GL_GetProcAddress("glCheckFramebufferStatus"));
        blit_framebuffer = reinterpret_cast<PFNGLBLITFRAMEBUFFERPROC>(SDL_GL_GetProcAddress("glBlitFramebuffer"));
        return gen_framebuffers && delete_framebuffers && bind_framebuffer && framebuffer_texture_2d &&
               check_framebuffer_status && blit_framebuffer;
    }

    void release()
    {
        if (framebuffer)
            delete_framebuffers(1, &framebuffer);
        if (texture)
            glDeleteTextures(1, &texture);
        framebuffer = 0;
        texture = 0;
        width = 0;
        height = 0;
    }
};

Window::Window() = default;

bool Window::open(const WindowConfig& config, Renderer renderer, std::string& reason)
{
    renderer_ = renderer;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= config.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    if (config.fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (gl()) {
        flags |= SDL_WINDOW_OPENGL;
        SDL_GL_ResetAttributes();
        SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
        SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
        SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
        if (renderer == Renderer::Gl3) {
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
        } else {
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 2);
            SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 1);
        }
    }
    // The title is UTF-8: SDL sets it as _NET_WM_NAME (UTF8_STRING), which window managers show.
    window_ = SDL_CreateWindow(config.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, config.width,
                               config.height, flags);
    if (!window_) {
        reason = std::string("cannot create the window: ") + SDL_GetError();
        return false;
    }
    if (!gl()) {
        // Whatever SDL has, in its order (Direct3D first on Windows; OpenGL, OpenGL ES,
        // then software on Linux); SDL_RENDER_DRIVER=software picks its software renderer.
        sdl_renderer_ = SDL_CreateRenderer(window_, -1, 0);
        if (!sdl_renderer_) {
            reason = std::string("cannot create an SDL renderer: ") + SDL_GetError();
            close();
            return false;
        }
        SDL_RenderSetVSync(sdl_renderer_, 1);
        SDL_RendererInfo info{};
        SDL_GetRendererInfo(sdl_renderer_, &info);
        description_ = std::string("SDL ") + (info.name ? info.name : "?");
        return true;
    }
    const char* version_asked = renderer == Renderer::Gl3 ? "an OpenGL 3.2 core context" : "an OpenGL 2.1 context";
    gl_context_ = SDL_GL_CreateContext(window_);
    if (!gl_context_) {
        reason = std::string("cannot create ") + version_asked + ": " + SDL_GetError();
        close();
        return false;
    }
    SDL_GL_MakeCurrent(window_, gl_context_);
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    // A driver may give an older context than asked (Windows' own OpenGL is 1.1).
    reason = gl_version_problem(renderer, version);
    if (!reason.empty()) {
        if (name)
            reason += std::string(" (") + name + ")";
        close();
        return false;
    }
    SDL_GL_SetSwapInterval(1);
    description_ = std::string(renderer == Renderer::Gl3 ? "GL3 " : "GL2 ") + version + " / " + (name ? name : "?");
    return true;
}

void Window::close()
{
    if (sdl_renderer_)
        SDL_DestroyRenderer(sdl_renderer_);
    if (gl_context_)
        SDL_GL_DeleteContext(gl_context_);
    if (window_)
        SDL_DestroyWindow(window_);
    sdl_renderer_ = nullptr;
    gl_context_ = nullptr;
    window_ = nullptr;
}

namespace {

bool utf8_ctype()
{
    const char* name = std::setlocale(LC_CTYPE, nullptr);
    const std::string_view n = name ? name : "";
    return n.find("UTF-8") != std::string_view::npos || n.find("utf8") != std::string_view::npos ||
           n.find("UTF8") != std::string_view::npos || n.find("utf-8") != std::string_view::npos;
}

} // namespace

std::unique_ptr<Window> Window::create(const WindowConfig& config, std::string& error)
{
    // X11: SDL writes the UTF-8 title as _NET_WM_NAME, the one window managers show, only
    // when Xlib converts UTF-8 in the current character type; a program starts in "C",
    // and the title then appears as "Luyá»". The user's own UTF-8 locale, else C.UTF-8
    // (character classes only: numbers and messages stay as they are).
    if (!utf8_ctype() && (!std::setlocale(LC_CTYPE, "") || !utf8_ctype()))
        std::setlocale(LC_CTYPE, "C.UTF-8");
    // Touchscreens: finger events also arrive as mouse events, which ImGui understands.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    // A hidden window (a screenshot) on a machine without a display renders offscreen,
    // rather than probing X11 and Wayland and printing their complaints.
    // (Windows always has its display driver.)
#ifndef _WIN32
    if (config.hidden && !SDL_getenv("DISPLAY") && !SDL_getenv("WAYLAND_DISPLAY") && !SDL_getenv("SDL_VIDEODRIVER"))
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
#endif
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        error = std::string("cannot open a window: ") + SDL_GetError() +
                " (is there a display? for a headless run use xvfb-run or SDL_VIDEODRIVER=offscreen)";
        return nullptr;
    }
    std::unique_ptr<Window> w(new Window());
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing written beside the user's files

    // The chain: GL 3.2 core, GL 2.1, SDL_Renderer (renderer_choice.h), from where the
    // request starts it; each failure is kept for the log line.
    std::vector<RendererFailure> failed;
    while (const auto next = next_renderer(config.renderer, failed)) {
        std::string reason;
        if (w->open(config, *next, reason)) {
            bool ready = false;
            switch (*next) {
            case Renderer::Gl3:
                // ImGui's own GL 3 loader: it fails where the GL library lacks what it needs.
                ready = ImGui_ImplOpenGL3_Init("#version 150");
                if (!ready)
                    reason = "ImGui's OpenGL 3 loader found no OpenGL 3 functions";
                break;
            case Renderer::Gl2:
#ifdef LUYENSO_HAS_GL2
                ready = ImGui_ImplOpenGL2_Init();
#endif
                break;
            case Renderer::Sdl: ready = ImGui_ImplSDLRenderer_Init(w->sdl_renderer_); break;
            }
            if (ready)
                break;
            w->close();
        }
        failed.push_back({*next, reason});
    }
    if (!w->window_) {
        error = renderer_failure_message(failed);
        return nullptr;
    }
    if (w->gl())
        ImGui_ImplSDL2_InitForOpenGL(w->window_, w->gl_context_);
    else
        ImGui_ImplSDL2_InitForSDLRenderer(w->window_);
    w->imgui_backends_ = true;
    w->renderer_log_ = renderer_log_line(config.renderer, failed, w->renderer_, w->description_);
#ifndef __EMSCRIPTEN__
    // (In the browser the window is the page's canvas, as large as the page: a phone's is
    // 390 wide. SDL would make the canvas 640x480 and the browser squeeze it.)
    SDL_SetWindowMinimumSize(w->window_, 640, 480);
#endif
    if (w->renderer_ == Renderer::Gl3 && !SDL_getenv("LUYENSO_FULL_REDRAW")) {
        w->frame_ = std::make_unique<GlFrame>();
        if (!w->frame_->load())
            w->frame_.reset();
    }
    return w;
}

Window::~Window()
{
    if (frame_)
        frame_->release();
    if (font_texture_)
        glDeleteTextures(1, &font_texture_);
    if (imgui_backends_) {
        switch (renderer_) {
        case Renderer::Gl3: ImGui_ImplOpenGL3_Shutdown(); break;
        case Renderer::Gl2:
#ifdef LUYENSO_HAS_GL2
            ImGui_ImplOpenGL2_Shutdown();
#endif
            break;
        case Renderer::Sdl: ImGui_ImplSDLRenderer_Shutdown(); break;
        }
        ImGui_ImplSDL2_Shutdown();
    }
    if (ImGui::GetCurrentContext())
        ImGui::DestroyContext();
    close();
    SDL_Quit();
}

void Window::set_size(int width, int height)
{
    SDL_SetWindowSize(window_, width, height);
}

float Window::display_dpi() const
{
#ifdef _WIN32
    // luyenso.exe is DPI-aware (its manifest): the display's DPI is Windows' scale setting.
    float diagonal = 0;
    float horizontal = 0;
    float vertical = 0;
    const int display = SDL_GetWindowDisplayIndex(window_);
    if (display >= 0 && SDL_GetDisplayDPI(display, &diagonal, &horizontal, &vertical) == 0)
        return horizontal;
#endif
#ifdef __EMSCRIPTEN__
    return 96.0F * pixel_ratio();
#else
    return 0.0F;
#endif
}

float Window::pixel_ratio() const
{
    int w = 0;
    int h = 0;
    SDL_GetWindowSize(window_, &w, &h);
    int pw = 0;
    int ph = 0;
    if (sdl_renderer_)
        SDL_GetRendererOutputSize(sdl_renderer_, &pw, &ph);
    else
        SDL_GL_GetDrawableSize(window_, &pw, &ph);
    return w > 0 && pw > 0 ? static_cast<float>(pw) / static_cast<float>(w) : 1.0F;
}

bool Window::fullscreen() const
{
    return (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN) != 0;
}

void Window::set_fullscreen(bool on)
{
    if (on == fullscreen())
        return;
    if (SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0)
        SDL_Log("luyenso: cannot %s full screen: %s", on ? "enter" : "leave", SDL_GetError());
    exposed_ = true; // the whole window is drawn again at its new size
}

int Window::pump_events(int timeout_ms)
{
    int count = 0;
    SDL_Event e;
    const bool got = timeout_ms > 0 ? SDL_WaitEventTimeout(&e, timeout_ms) != 0 : SDL_PollEvent(&e) != 0;
    if (!got)
        return 0;
    // ImGui 1.86 reads the button's state once a frame: a release and the next press in
    // one frame would merge into one long press (a tap soon after a long press, or a quick
    // double tap on a slow phone, would be lost). A second button event waits for the next
    // frame.
    const auto is_button = [](const SDL_Event& ev) {
        return ev.type == SDL_MOUSEBUTTONDOWN || ev.type == SDL_MOUSEBUTTONUP;
    };
    bool button_seen = false;
    const auto next_event = [&] {
        if (button_seen) {
            SDL_PumpEvents();
            SDL_Event peek;
            if (SDL_PeepEvents(&peek, 1, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 1 && is_button(peek))
                return false;
        }
        return SDL_PollEvent(&e) != 0;
    };
    do {
        ++count;
        button_seen = button_seen || is_button(e);
        if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
            // A key spent on full screen stays away from ImGui until it is released (a
            // held Esc must not go on to press the phone's Back).
            if (e.key.keysym.sym == spent_key_) {
                if (e.type == SDL_KEYUP)
                    spent_key_ = 0;
                continue;
            }
            const Key key = e.key.keysym.sym == SDLK_F11      ? Key::F11
                            : e.key.keysym.sym == SDLK_ESCAPE ? Key::Escape
                                                              : Key::Other;
            if (e.type == SDL_KEYDOWN && e.key.repeat == 0) {
                const KeyEffect effect = fullscreen_key(key, fullscreen());
                if (effect.fullscreen)
                    set_fullscreen(*effect.fullscreen);
                if (effect.consumed) {
                    spent_key_ = e.key.keysym.sym;
                    continue;
                }
            }
        }
        ImGui_ImplSDL2_ProcessEvent(&e);
        if (e.type == SDL_TEXTEDITING)
            composition_ = e.edit.text;
        if (e.type == SDL_TEXTEDITING_EXT) {
            composition_ = e.editExt.text ? e.editExt.text : "";
            SDL_free(e.editExt.text);
        }
        if (e.type == SDL_TEXTINPUT)
            composition_.clear(); // committed
        if (e.type == SDL_QUIT)
            quit_ = true;
        // SDL_Renderer on Direct3D: the back buffer (or the whole device) was lost; draw anew.
        if (e.type == SDL_RENDER_TARGETS_RESET || e.type == SDL_RENDER_DEVICE_RESET)
            exposed_ = true;
        if (e.type == SDL_WINDOWEVENT && e.window.windowID == SDL_GetWindowID(window_)) {
            if (e.window.event == SDL_WINDOWEVENT_CLOSE)
                quit_ = true;
            // Uncovered or shown again: what was on screen may be gone; the kept frame
            // is shown again even if nothing in it changed.
            if (e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_SHOWN ||
                e.window.event == SDL_WINDOWEVENT_RESTORED)
                exposed_ = true;
        }
    } while (next_event());
    return count;
}

// The font atlas as a one-channel texture, a quarter of the RGBA one the GL 3 backend
// would make, and the atlas' pixels freed once the texture holds them (about 18 MB less
// for our 1024x2048 atlas). The backend makes its shaders with a stand-in atlas, whose
// texture is dropped; swizzling (1, 1, 1, R) gives the shader the texels it expects.
// The GL 2 and SDL_Renderer backends make their own RGBA textures (they rebuild them
// whenever they are missing); SDL's is made to filter as GL's does, for scaled text.
void Window::install_fonts()
{
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* atlas = io.Fonts;
    if (renderer_ == Renderer::Gl3) {
        ImFontAtlas stand_in;
        io.Fonts = &stand_in;
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        io.Fonts = atlas;
        unsigned char* alpha = nullptr;
        int width = 0;
        int height = 0;
        atlas->GetTexDataAsAlpha8(&alpha, &width, &height);
        GLint bound = 0;
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
        glGenTextures(1, &font_texture_);
        glBindTexture(GL_TEXTURE_2D, font_texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, alpha);
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
        atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
    } else if (renderer_ == Renderer::Gl2) {
#ifdef LUYENSO_HAS_GL2
        ImGui_ImplOpenGL2_CreateDeviceObjects();
#endif
    } else {
        ImGui_ImplSDLRenderer_CreateDeviceObjects();
        if (auto* texture = static_cast<SDL_Texture*>(atlas->TexID))
            SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
    }
    // Neither the atlas's pixels nor its font files (a copy of the TTF per size, 5 MB) are
    // needed once the texture is made: nothing rebuilds the atlas.
    atlas->ClearTexData();
    atlas->ClearInputData();
    fonts_installed_ = true;
}

void Window::begin_frame()
{
    if (!fonts_installed_)
        install_fonts();
    switch (renderer_) {
    case Renderer::Gl3: ImGui_ImplOpenGL3_NewFrame(); break;
    case Renderer::Gl2:
#ifdef LUYENSO_HAS_GL2
        ImGui_ImplOpenGL2_NewFrame();
#endif
        break;
    case Renderer::Sdl: ImGui_ImplSDLRenderer_NewFrame(); break;
    }
    ImGui_ImplSDL2_NewFrame();
#ifdef __EMSCRIPTEN__
    // ImGui in device pixels (see pixel_ratio()): SDL reports the window and the pointer in
    // the page's CSS pixels and the canvas holds devicePixelRatio times as many.
    // (pixel_ratio() asks the renderer: ImGui 1.86's SDL backend reads the GL drawable.)
    ImGuiIO& io = ImGui::GetIO();
    if (const float ratio = pixel_ratio(); ratio != 1.0F) {
        io.DisplaySize = ImVec2(io.DisplaySize.x * ratio, io.DisplaySize.y * ratio);
        if (ImGui::IsMousePosValid(&io.MousePos))
            io.MousePos = ImVec2(io.MousePos.x * ratio, io.MousePos.y * ratio);
    }
    io.DisplayFramebufferScale = ImVec2(1.0F, 1.0F);
#endif
    ImGui::NewFrame();
}

// Makes the kept frame `width` x `height` (`fresh` when it was made now, so holds nothing);
// false if the driver cannot (then frames are drawn in full into the back buffer).
bool Window::ensure_frame(int width, int height, bool& fresh)
{
    fresh = false;
    if (!frame_ || frame_->broken)
        return false;
    GlFrame& f = *frame_;
    if (f.framebuffer && f.width == width && f.height == height)
        return true;
    f.release();
    glGenTextures(1, &f.texture);
    glBindTexture(GL_TEXTURE_2D, f.texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glBindTexture(GL_TEXTURE_2D, 0);
    f.gen_framebuffers(1, &f.framebuffer);
    f.bind_framebuffer(GL_FRAMEBUFFER, f.framebuffer);
    f.framebuffer_texture_2d(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, f.texture, 0);
    const bool complete = f.check_framebuffer_status(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    f.bind_framebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {
        f.release();
        f.broken = true;
        return false;
    }
    f.width = width;
    f.height = height;
    fresh = true;
    return true;
}

// Clears and draws the frame's draw data, everywhere or only inside the damaged areas.
void Window::paint(const ui::Damage& damage, int width, int height)
{
    ImDrawData* data = ImGui::GetDrawData();
    glViewport(0, 0, width, height);
    // The shell's window draws no background of its own: clearing to its colour paints it
    // (a clear costs the software rasteriser far less than a window-sized quad).
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0F);
    const auto draw = [&] {
        if (renderer_ == Renderer::Gl3)
            ImGui_ImplOpenGL3_RenderDrawData(data);
#ifdef LUYENSO_HAS_GL2
        else
            ImGui_ImplOpenGL2_RenderDrawData(data);
#endif
    };
    if (damage.full) {
        glDisable(GL_SCISSOR_TEST);
        glClear(GL_COLOR_BUFFER_BIT);
        draw();
        return;
    }
    // Each area: clear it, then draw every command clipped to it (the scissor keeps the
    // rasteriser inside it), which gives exactly the pixels a full repaint would. The
    // backend turns a command's clip rectangle into a scissor box by truncating floats, so
    // the narrowed rectangle is made of the very pixels it would have chosen, cut to the area.
    std::vector<ImVec4> clips;
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawCmd& cmd : data->CmdLists[l]->CmdBuffer)
            clips.push_back(cmd.ClipRect);
    const ImVec2 scale = data->FramebufferScale;
    const ImVec2 origin = data->DisplayPos;
    const auto fb_height = static_cast<float>(height);
    // [x0, x1) x [y0, y1) in framebuffer pixels, rows counted from the top.
    struct Box {
        int x0, y0, x1, y1;
    };
    const auto backend_box = [&](const ImVec4& c) {
        const ImVec2 min((c.x - origin.x) * scale.x, (c.y - origin.y) * scale.y);
        const ImVec2 max((c.z - origin.x) * scale.x, (c.w - origin.y) * scale.y);
        // As ImGui_ImplOpenGL3_RenderDrawData: glScissor((int)min.x, (int)(fb_height - max.y),
        // (int)(max.x - min.x), (int)(max.y - min.y)), bottom-up.
        const int x0 = static_cast<int>(min.x);
        const int bottom = static_cast<int>(fb_height - max.y);
        return Box{x0, height - bottom - static_cast<int>(max.y - min.y), x0 + static_cast<int>(max.x - min.x),
                   height - bottom};
    };
    const auto clip_of = [&](const Box& b) {
        return ImVec4(static_cast<float>(b.x0) / scale.x + origin.x, static_cast<float>(b.y0) / scale.y + origin.y,
                      static_cast<float>(b.x1) / scale.x + origin.x, static_cast<float>(b.y1) / scale.y + origin.y);
    };
    for (const ui::DamageRect& r : damage.rects) {
        const Box area{static_cast<int>((r.x0 - origin.x) * scale.x), static_cast<int>((r.y0 - origin.y) * scale.y),
                       static_cast<int>((r.x1 - origin.x) * scale.x), static_cast<int>((r.y1 - origin.y) * scale.y)};
        glEnable(GL_SCISSOR_TEST);
        glScissor(area.x0, height - area.y1, area.x1 - area.x0, area.y1 - area.y0);
        glClear(GL_COLOR_BUFFER_BIT);
        std::size_t c = 0;
        for (int l = 0; l < data->CmdListsCount; ++l)
            for (ImDrawCmd& cmd : data->CmdLists[l]->CmdBuffer) {
                const ImVec4& original = clips[c++];
                if (original.z <= original.x || original.w <= original.y)
                    continue; // the backend skips it anyway
                const Box b = backend_box(original);
                cmd.ClipRect = clip_of({std::max(b.x0, area.x0), std::max(b.y0, area.y0), std::min(b.x1, area.x1),
                                        std::min(b.y1, area.y1)});
            }
        draw();
    }
    std::size_t c = 0;
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (ImDrawCmd& cmd : data->CmdLists[l]->CmdBuffer)
            cmd.ClipRect = clips[c++];
    glDisable(GL_SCISSOR_TEST);
}

bool Window::render()
{
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    const int width = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x);
    const int height = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
    if (width <= 0 || height <= 0)
        return false;
    const ui::Damage damage = damage_.update(*ImGui::GetDrawData());
    const bool exposed = std::exchange(exposed_, false);
    if (damage.none() && !exposed) {
        last_share_ = 0;
        last_rects_ = 0;
        return false;
    }
    if (renderer_ == Renderer::Sdl) {
        // SDL_Renderer: the whole frame, cleared to the shell's background first.
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        const auto byte = [](float c) { return static_cast<Uint8>(std::clamp(c, 0.0F, 1.0F) * 255.0F + 0.5F); };
        SDL_SetRenderDrawColor(sdl_renderer_, byte(bg.x), byte(bg.y), byte(bg.z), 255);
        SDL_RenderClear(sdl_renderer_);
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        last_share_ = 1;
        last_rects_ = 0;
        return true;
    }
    bool fresh = false;
    if (!ensure_frame(width, height, fresh)) {
        // No kept frame (GL 2, or LUYENSO_FULL_REDRAW): what changed is drawn in full.
        paint(ui::Damage{true, {}}, width, height);
        last_share_ = 1;
        last_rects_ = 0;
        glFinish(); // the offscreen driver needs it before read-back; cheap elsewhere
        return true;
    }
    const ui::Damage repaint = fresh ? ui::Damage{true, {}} : damage;
    float area = 0;
    for (const ui::DamageRect& r : repaint.rects)
        area += r.area();
    last_share_ = repaint.full ? 1.0F : area / (io.DisplaySize.x * io.DisplaySize.y);
    last_rects_ = repaint.rects.size();
    GlFrame& f = *frame_;
    f.bind_framebuffer(GL_FRAMEBUFFER, f.framebuffer);
    paint(repaint, width, height);
    // The whole kept frame to the back buffer: after a swap its old content is undefined.
    f.bind_framebuffer(GL_READ_FRAMEBUFFER, f.framebuffer);
    f.bind_framebuffer(GL_DRAW_FRAMEBUFFER, 0);
    f.blit_framebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    f.bind_framebuffer(GL_FRAMEBUFFER, 0);
    glFinish();
    return true;
}

void Window::present()
{
    if (sdl_renderer_)
        SDL_RenderPresent(sdl_renderer_);
    else
        SDL_GL_SwapWindow(window_);
}

void Window::finish()
{
    if (!sdl_renderer_) {
        glFinish();
        return;
    }
    // SDL has no "finish": reading a pixel back waits for everything drawn before it
    // (SDL's OpenGL renderer only flushes its batch otherwise).
    SDL_Rect one{0, 0, 1, 1};
    std::uint32_t pixel = 0;
    SDL_RenderReadPixels(sdl_renderer_, &one, SDL_PIXELFORMAT_RGBA32, &pixel, 4);
}

bool Window::read_pixels(std::vector<unsigned char>& rgba, int& width, int& height) const
{
    if (sdl_renderer_)
        SDL_GetRendererOutputSize(sdl_renderer_, &width, &height);
    else
        SDL_GL_GetDrawableSize(window_, &width, &height);
    if (width <= 0 || height <= 0)
        return false;
    const auto stride = static_cast<std::size_t>(width) * 4;
    rgba.resize(stride * static_cast<std::size_t>(height));
    if (sdl_renderer_) {
        // Rows from the top already; opaque, as GL's are made below.
        if (SDL_RenderReadPixels(sdl_renderer_, nullptr, SDL_PIXELFORMAT_RGBA32, rgba.data(),
                                 static_cast<int>(stride)) != 0)
            return false;
        for (std::size_t i = 3; i < rgba.size(); i += 4)
            rgba[i] = 255;
        return true;
    }
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    if (frame_ && frame_->framebuffer && frame_->width == width && frame_->height == height) {
        frame_->bind_framebuffer(GL_READ_FRAMEBUFFER, frame_->framebuffer); // the kept frame
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
        frame_->bind_framebuffer(GL_READ_FRAMEBUFFER, 0);
    } else {
        glReadBuffer(GL_BACK);
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    }
    // GL's rows go bottom-up: flip them in place (no second copy of the frame), and make
    // every pixel opaque.
    for (int y = 0; y < height / 2; ++y) {
        auto top = rgba.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * stride);
        auto bottom = rgba.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(height - 1 - y) * stride);
        std::swap_ranges(top, top + static_cast<std::ptrdiff_t>(stride), bottom);
    }
    for (std::size_t i = 3; i < rgba.size(); i += 4)
        rgba[i] = 255;
    return true;
}

bool Window::save_png(const std::string& path, std::string& error) const
{
    std::vector<unsigned char> rgba;
    int w = 0;
    int h = 0;
    if (!read_pixels(rgba, w, h)) {
        error = "the window has no size";
        return false;
    }
    return write_png(path, w, h, 4, rgba.data(), PngSpeed::Fast, error);
}

ImTextureID Window::make_texture(const unsigned char* rgba, int width, int height)
{
    if (sdl_renderer_) {
        SDL_Texture* texture = SDL_CreateTexture(sdl_renderer_, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width,
                                                 height);
        if (!texture)
            return nullptr;
        SDL_UpdateTexture(texture, nullptr, rgba, width * 4);
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
        return texture;
    }
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id));
}

void Window::free_texture(ImTextureID texture)
{
    if (!texture)
        return;
    if (sdl_renderer_) {
        SDL_DestroyTexture(static_cast<SDL_Texture*>(texture));
        return;
    }
    const auto id = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(texture));
    glDeleteTextures(1, &id);
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
