// The browser's frame loop and the store's copy in IndexedDB (see web.h).
#include "web.h"

#include <SDL.h>
#include <emscripten.h>
#include <sys/stat.h>

#include <algorithm>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace luyenso::platform::web {

namespace {

struct Loop {
    std::function<void()> frame;
    std::string store;
    std::function<std::string()> probe;
    std::string probe_text; // the last answer, alive until the next call
    // What the store file looked like after the last copy (size and modification time).
    long long size = -1;
    long long mtime_ns = -1;
};

// clang-format off
// Calls fn(arg) (fn: an int(void*) function's index in the table) with the stack pointer
// at `top`; afterwards (and when the call leaves by an exception, as run_frames does) the
// stack pointer is the caller's again.
EM_JS(int, luyenso_call_on_stack, (std::intptr_t fn, void* arg, void* top), {
    const outer = stackSave();
    stackRestore(top);
    try {
        return wasmTable.get(fn)(arg);
    } finally {
        stackRestore(outer);
    }
});
EM_JS(void, luyenso_set_loop, (void* loop), { Module.luyensoLoop = loop; });
EM_JS(void, luyenso_want_text, (int wanted), {
    if (Module.luyensoWantText)
        Module.luyensoWantText(wanted != 0);
});
EM_JS(void, luyenso_between_lessons, (int between), {
    if (Module.luyensoBetweenLessons)
        Module.luyensoBetweenLessons(between != 0);
});
EM_JS(void, luyenso_language, (const char* language), {
    if (Module.luyensoLanguage)
        Module.luyensoLanguage(UTF8ToString(language));
});
EM_JS(void, luyenso_persist, (), {
    if (Module.luyensoPersist)
        Module.luyensoPersist();
});
// clang-format on

int call_body(void* body)
{
    return (*static_cast<const std::function<int()>*>(body))();
}

void one_frame(void* arg)
{
    auto& loop = *static_cast<Loop*>(arg);
    loop.frame();
    if (loop.store.empty())
        return;
    struct stat st {};
    if (stat(loop.store.c_str(), &st) != 0)
        return;
    const long long mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    if (st.st_size == loop.size && mtime_ns == loop.mtime_ns)
        return;
    loop.size = st.st_size;
    loop.mtime_ns = mtime_ns;
    // The page's luyensoPersist (src/web/pre.js) runs FS.syncfs, one at a time.
    luyenso_persist();
}

} // namespace

} // namespace luyenso::platform::web

// Text the page's hidden <input> received (UTF-8), queued as SDL text events behind the
// keys typed before it, so "Bà" stays in order when "B" came as a key press.
extern "C" EMSCRIPTEN_KEEPALIVE void luyenso_web_text(const char* utf8)
{
    const std::string text(utf8 ? utf8 : "");
    std::size_t at = 0;
    while (at < text.size()) {
        // At most what an event holds, cut between characters (never inside one's bytes).
        std::size_t n = std::min(text.size() - at, sizeof(SDL_TextInputEvent::text) - 1);
        while (n > 0 && at + n < text.size() && (static_cast<unsigned char>(text[at + n]) & 0xC0) == 0x80)
            --n;
        if (n == 0)
            break; // not UTF-8: the rest is dropped
        SDL_Event event{};
        event.text.type = SDL_TEXTINPUT;
        event.text.timestamp = SDL_GetTicks();
        text.copy(event.text.text, n, at);
        SDL_PushEvent(&event);
        at += n;
    }
}

// What the device's keyboard is composing in the page's hidden <input> (UTF-8; empty when the
// composition ends), as an SDL_TEXTEDITING_EXT event behind the keys and text before it: the
// window shows it in the focused field (platform::Window::composition), nothing is typed.
extern "C" EMSCRIPTEN_KEEPALIVE void luyenso_web_compose(const char* utf8)
{
    SDL_Event event{};
    event.editExt.type = SDL_TEXTEDITING_EXT;
    event.editExt.timestamp = SDL_GetTicks();
    event.editExt.text = SDL_strdup(utf8 ? utf8 : ""); // freed by the window
    event.editExt.length = static_cast<Sint32>(SDL_utf8strlen(event.editExt.text));
    if (SDL_PushEvent(&event) != 1)
        SDL_free(event.editExt.text);
}

// The description of the last frame (see run_frames); `loop` is Module.luyensoLoop.
extern "C" EMSCRIPTEN_KEEPALIVE const char* luyenso_web_probe(void* loop)
{
    auto& l = *static_cast<luyenso::platform::web::Loop*>(loop);
    l.probe_text = l.probe ? l.probe() : std::string("{}");
    return l.probe_text.c_str();
}

namespace luyenso::platform::web {

void run_frames(std::function<void()> frame, const std::string& store, std::function<std::string()> probe)
{
    Loop loop{std::move(frame), store, std::move(probe), {}};
    // The store as it was opened is already in IndexedDB (or empty): no copy for it.
    struct stat st {};
    if (!store.empty() && stat(store.c_str(), &st) == 0) {
        loop.size = st.st_size;
        loop.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    }
    // The page's Module.luyensoProbe() (src/web/pre.js) asks this loop.
    luyenso_set_loop(&loop);
    // 0 frames per second: the browser's requestAnimationFrame paces it; 1: this call
    // does not return, so `loop` stays where it is.
    emscripten_set_main_loop_arg(one_frame, &loop, 0, 1);
    std::abort(); // not reached
}

void set_text_wanted(bool wanted)
{
    luyenso_want_text(wanted ? 1 : 0);
}

void set_between_lessons(bool between)
{
    luyenso_between_lessons(between ? 1 : 0);
}

void set_language(const std::string& language)
{
    luyenso_language(language.c_str());
}

} // namespace luyenso::platform::web

namespace luyenso::platform::web {

int run_on_own_stack(const std::function<int()>& body)
{
    constexpr std::size_t size = std::size_t{4} << 20; // as deep as the setup ever goes, with room to spare
    // Never freed: the program lives there for as long as the page is open.
    auto* stack = new std::byte[size];
    const std::uintptr_t top = (reinterpret_cast<std::uintptr_t>(stack) + size) & ~std::uintptr_t{15};
    return luyenso_call_on_stack(reinterpret_cast<std::intptr_t>(&call_body), const_cast<std::function<int()>*>(&body),
                                 reinterpret_cast<void*>(top));
}

} // namespace luyenso::platform::web
