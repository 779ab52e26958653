#include "fullscreen_keys.h"

namespace luyenso::platform {

KeyEffect fullscreen_key(Key key, bool fullscreen)
{
    switch (key) {
    case Key::F11: return {!fullscreen, true};
    // Esc in a window is the phone's Back, as before; in full screen it is the way out.
    case Key::Escape: return fullscreen ? KeyEffect{false, true} : KeyEffect{};
    case Key::Other: break;
    }
    return {};
}

} // namespace luyenso::platform
