// The SDL2 window with an OpenGL context (3.2 core, or 2.1 on old PCs) and the Dear
// ImGui backends. The only place that sees SDL or GL.
#pragma once

#include "damage.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct SDL_Window;

namespace luyenso::platform {

struct WindowConfig {
    std::string title = "Luyện Số";
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
    bool hidden = false; // for screenshots: never shown on screen
};

class Window {
public:
    // Creates the window, the GL context and the ImGui context with its backends.
    static std::unique_ptr<Window> create(const WindowConfig& config, std::string& error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Waits up to `timeout_ms` for input (0: just poll), hands every event to ImGui.
    // Returns how many events arrived; sets quit_requested() on a close request.
    int pump_events(int timeout_ms);
    bool quit_requested() const { return quit_; }

    // Backends' NewFrame and ImGui::NewFrame. The first call makes the font atlas (loaded
    // by then) a texture and frees its pixels: fonts cannot be added after it.
    void begin_frame();
    // ImGui::Render and draw the frame. With GL 3 the frame is kept in a framebuffer
    // object and only what changed since the last frame is repainted (ui::DamageTracker),
    // then copied to the back buffer. Returns false when nothing changed and the window
    // was not uncovered meanwhile: then there is nothing to present.
    bool render();
    void present(); // show the back buffer
    // The last frame render() drew, RGBA rows from the top; false if the window has no size.
    bool read_pixels(std::vector<unsigned char>& rgba, int& width, int& height) const;
    // Saves the last frame render() drew as a PNG.
    bool save_png(const std::string& path, std::string& error) const;
    // The next render() repaints the whole window, whatever changed.
    void repaint_all() { damage_.invalidate(); }
    // What the last render() repainted, for the benchmarks: the share of the window's
    // pixels (0 to 1) and the number of rectangles (0 for a full repaint).
    float last_repaint_share() const { return last_share_; }
    std::size_t last_repaint_rects() const { return last_rects_; }

    std::uint64_t ticks_ms() const;
    // Wakes pump_events() from any thread (speech is ready, for instance).
    static void post_wake();
    const std::string& gl_description() const { return gl_description_; }

private:
    struct GlFrame; // the kept frame: a framebuffer object and the GL functions for it

    Window();
    void install_fonts();
    bool ensure_frame(int width, int height, bool& fresh);
    void paint(const ui::Damage& damage, int width, int height);
    SDL_Window* window_ = nullptr;
    void* gl_context_ = nullptr;
    bool gl3_ = true;
    bool quit_ = false;
    bool exposed_ = false;         // the window needs the kept frame shown again
    bool fonts_installed_ = false; // the font atlas is a texture (the first begin_frame())
    unsigned font_texture_ = 0;    // GL 3: ours, one channel
    std::string gl_description_;
    std::unique_ptr<GlFrame> frame_;
    ui::DamageTracker damage_;
    float last_share_ = 1;
    std::size_t last_rects_ = 0;
};

} // namespace luyenso::platform
