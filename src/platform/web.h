// The browser build (Emscripten): the page, not the program, runs the frame loop, and the
// progress store lives in IndexedDB (the page mounts it, see src/web/). Native builds
// use only `frames_paced_by_browser`.
#pragma once

#include <functional>
#include <string>

namespace luyenso::platform::web {

#ifdef __EMSCRIPTEN__
inline constexpr bool frames_paced_by_browser = true;

// Calls `frame` at each of the browser's animation frames, for as long as the page is
// open; never returns (what the caller holds on its stack stays alive). After a frame
// in which the file `store` changed (a finished step, a new learner), it is copied to
// IndexedDB; the page copies it again when it is hidden or closed. `probe` describes the
// last frame for the browser tests (the page's Module.luyensoProbe()).
[[noreturn]] void run_frames(std::function<void()> frame, const std::string& store, std::function<std::string()> probe);

// Runs `body` (the program: its setup, then run_frames) on a stack of its own, made for
// it and never freed. run_frames leaves its caller by an exception that emscripten uses
// to return to the browser, and on the way out every C++ frame's stack space would be
// handed back and reused by the next call; on this stack nothing else runs, so what the
// program built there (the model, the window, the shell) stays where run_frames' frame
// loop finds it.
int run_on_own_stack(const std::function<int()>& body);

// Whether a text field has the focus (an ImGui field, or the phone's in a lesson): the page
// then focuses a hidden <input> (src/web/index.html), so that a phone shows its keyboard and
// what the device composes (Vietnamese marks, an IME's words) arrives. The page hands that
// text back through luyenso_web_text (web.cpp), as SDL text events in their order.
void set_text_wanted(bool wanted);

// Whether the program shows a page between lessons (the learner picker, the lesson list):
// only there does the page show its bar of progress files and its note of a new version
// (src/web/index.html); during a lesson the canvas takes the whole height.
void set_between_lessons(bool between);

// The interface's language ("vi", "en"): the page remembers it (localStorage) for what it
// says before the program runs, such as "open in another tab" (src/web/pre.js).
void set_language(const std::string& language);
#else
inline constexpr bool frames_paced_by_browser = false;
inline void set_text_wanted(bool /*wanted*/)
{
}
inline void set_between_lessons(bool /*between*/)
{
}
inline void set_language(const std::string& /*language*/)
{
}
#endif

} // namespace luyenso::platform::web
