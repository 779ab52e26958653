// The SDL2 window with an OpenGL context (3.2 core, or 2.1 on old PCs) and the Dear
// ImGui backends. The only place that sees SDL or GL.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

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

    void begin_frame(); // backends' NewFrame and ImGui::NewFrame
    void render();      // ImGui::Render and draw into the back buffer
    void present();     // show the back buffer
    // Saves what render() drew as a PNG.
    bool save_png(const std::string& path, std::string& error) const;

    std::uint64_t ticks_ms() const;
    // Wakes pump_events() from any thread (speech is ready, for instance).
    static void post_wake();
    const std::string& gl_description() const { return gl_description_; }

private:
    Window() = default;
    SDL_Window* window_ = nullptr;
    void* gl_context_ = nullptr;
    bool gl3_ = true;
    bool quit_ = false;
    std::string gl_description_;
};

} // namespace luyenso::platform
