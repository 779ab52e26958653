// What F11 and Esc do to full screen: F11 toggles it, Esc leaves it. Pure, so the rule
// is tested without a window; the window applies it to its key events.
#pragma once

#include <optional>

namespace luyenso::platform {

enum class Key { F11, Escape, Other };

struct KeyEffect {
    std::optional<bool> fullscreen; // set full screen on (true) or off (false)
    bool consumed = false;          // the key is spent: the app (the phone's Back) does not get it
};

KeyEffect fullscreen_key(Key key, bool fullscreen);

} // namespace luyenso::platform
