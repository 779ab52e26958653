// The SDL2 window and the Dear ImGui backends that draw it: an OpenGL 3.2 context, else
// OpenGL 2.1, else SDL_Renderer (Direct3D, OpenGL or software: no OpenGL driver needed),
// as renderer_choice.h decides. The only place that sees SDL or GL.
#pragma once

#include "damage.h"
#include "renderer_choice.h"

#include <imgui.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct SDL_Window;
struct SDL_Renderer;

namespace luyenso::platform {

struct WindowConfig {
    std::string title = "Luyện Số";
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
    bool hidden = false; // for screenshots: never shown on screen
    // Where the renderer chain starts (renderer_request() reads it from the environment).
    RendererRequest renderer;
};

class Window {
public:
    // Creates the window with the first renderer of the chain that works, and the ImGui
    // context with its backends; `error` says what every renderer answered if none did.
    static std::unique_ptr<Window> create(const WindowConfig& config, std::string& error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Waits up to `timeout_ms` for input (0: just poll), hands every event to ImGui.
    // Returns how many events arrived; sets quit_requested() on a close request. F11 and
    // Esc act on full screen (fullscreen_key()) and do not reach ImGui when they do.
    int pump_events(int timeout_ms);
    bool quit_requested() const { return quit_; }
    // What an input method is composing and has not committed yet (SDL_TEXTEDITING: an
    // IME on the desktop, the browser's composition events on a phone), UTF-8; empty when
    // nothing is being composed. Shown in the field, never typed: the committed text
    // arrives as text input, and the composition is then empty again.
    const std::string& composition() const { return composition_; }

    // Full screen on the window's display (the desktop's resolution, no mode change).
    bool fullscreen() const;
    void set_fullscreen(bool on);
    // The DPI of the display the window is on, where it stands for the user's scale setting
    // (Windows: 144 at 150 %; the browser: 96 times its device pixel ratio); 0 where unknown
    // (elsewhere X's DPI comes from the monitor's reported size, often wrong, and desktops
    // scale by other means).
    float display_dpi() const;
    // Device pixels per screen coordinate (the browser's device pixel ratio, 2 on most
    // phones; 1 on the desktop). ImGui, and so every position the shell draws at, counts
    // device pixels: the text is made at the size it is shown, sharp.
    float pixel_ratio() const;
    // The window's size in screen coordinates, as when the user drags its corner.
    void set_size(int width, int height);

    // Backends' NewFrame and ImGui::NewFrame. The first call makes the font atlas (loaded
    // by then) a texture and frees its pixels: fonts cannot be added after it.
    void begin_frame();
    // ImGui::Render and draw the frame. With GL 3 the frame is kept in a framebuffer
    // object and only what changed since the last frame is repainted (ui::DamageTracker),
    // then copied to the back buffer; GL 2 and SDL_Renderer repaint all of it when anything
    // changed. Returns false when nothing changed and the window was not uncovered
    // meanwhile: then there is nothing to present.
    bool render();
    void present(); // show the back buffer
    void finish();  // waits until the drawing commands sent so far are done (benchmarks)
    // The last frame render() drew, RGBA rows from the top; false if the window has no size.
    // (Without a kept frame, GL 2 and SDL_Renderer, only until present().)
    bool read_pixels(std::vector<unsigned char>& rgba, int& width, int& height) const;
    // Saves the last frame render() drew as a PNG.
    bool save_png(const std::string& path, std::string& error) const;
    // The next render() repaints the whole window, whatever changed.
    void repaint_all() { damage_.invalidate(); }
    // What the last render() repainted, for the benchmarks: the share of the window's
    // pixels (0 to 1) and the number of rectangles (0 for a full repaint).
    float last_repaint_share() const { return last_share_; }
    std::size_t last_repaint_rects() const { return last_rects_; }

    // A texture of `rgba` (`width` x `height`, rows from the top) for ImGui's draw lists;
    // null if the renderer refused it. Free it with free_texture() before the window goes.
    ImTextureID make_texture(const unsigned char* rgba, int width, int height);
    void free_texture(ImTextureID texture);

    std::uint64_t ticks_ms() const;
    // Wakes pump_events() from any thread (speech is ready, for instance).
    static void post_wake();
    Renderer renderer() const { return renderer_; }
    // The renderer and what it runs on: "GL3 4.5 (Core Profile) Mesa 22.3.6 / llvmpipe ...",
    // "SDL software", "SDL direct3d".
    const std::string& description() const { return description_; }
    // The line to print on stderr: which renderer, on what, and why (renderer_log_line()).
    const std::string& renderer_log() const { return renderer_log_; }

private:
    struct GlFrame; // the kept frame: a framebuffer object and the GL functions for it

    Window();
    // Makes the window and its context or SDL_Renderer for `renderer`; on failure
    // releases what it made and says why in `reason`.
    bool open(const WindowConfig& config, Renderer renderer, std::string& reason);
    void close();
    bool gl() const { return renderer_ != Renderer::Sdl; }
    void install_fonts();
    bool ensure_frame(int width, int height, bool& fresh);
    void paint(const ui::Damage& damage, int width, int height);
    SDL_Window* window_ = nullptr;
    void* gl_context_ = nullptr;
    SDL_Renderer* sdl_renderer_ = nullptr;
    Renderer renderer_ = Renderer::Gl3;
    bool imgui_backends_ = false; // ImGui's platform and renderer backends are initialised
    bool quit_ = false;
    std::string composition_;
    std::int32_t spent_key_ = 0;   // an SDL_Keycode used by fullscreen_key(), until released
    bool exposed_ = false;         // the window needs the kept frame shown again
    bool fonts_installed_ = false; // the font atlas is a texture (the first begin_frame())
    unsigned font_texture_ = 0;    // GL 3: ours, one channel
    std::string description_;
    std::string renderer_log_;
    std::unique_ptr<GlFrame> frame_;
    ui::DamageTracker damage_;
    float last_share_ = 1;
    std::size_t last_rects_ = 0;
};

} // namespace luyenso::platform
