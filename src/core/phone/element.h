// The semantic tree: what a phone screen shows now, as elements with stable ids.
// The UI draws it and hit-tests into it; lessons target its ids; tests query it.
// Bounds are in phone "dp", on a 360 x 780 screen whose origin is the top-left corner.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace luyenso {

inline constexpr float phone_width_dp = 360.0F;
inline constexpr float phone_height_dp = 780.0F;
inline constexpr float min_target_dp = 48.0F; // Android's minimum touch target

struct Rect {
    float x = 0;
    float y = 0;
    float w = 0;
    float h = 0;

    bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    float center_x() const { return x + w / 2; }
    float center_y() const { return y + h / 2; }
};

enum class Role {
    Background, // fills the screen; carries the screen's look (wallpaper, call backdrop)
    StatusBar,  // time, signal, battery
    NavBar,     // the system navigation strip
    Header,     // an app bar with a title
    Text,       // a line or block of text
    Bubble,     // a chat message
    AppIcon,    // an app on the home screen
    ListItem,   // a row in a list (avatar, name, detail)
    Button,     // a button with an icon and/or a label
    TextField,  // a field that takes typed text
    VideoFeed,  // a camera picture (the other person, or the learner's own preview)
    Avatar,     // a person's picture
    Key,        // a key of the on-screen keyboard
    Image,      // a picture: a photo in the gallery or a chat, a sticker
    Toggle,     // an on/off switch (active: on)
};

enum class Tone { Normal, Primary, Success, Danger, Subtle };

struct Element {
    std::string id; // stable id, e.g. "chat.header.video_call"
    Role role = Role::Text;
    std::string label;  // visible (or spoken) text, Vietnamese
    std::string detail; // secondary text: last message, placeholder, call status
    std::string meta;   // small trailing text: a time
    std::string icon;   // icon key the UI draws: "video", "phone", "mic", "back", ...
    std::string person; // contact id whose picture this shows, if any
    Rect bounds;
    Tone tone = Tone::Normal;
    float text_dp = 18;     // size of the label's text, in dp
    bool icon_only = false; // the label is for speech and tests, the UI shows the icon
    bool filled = false;    // a button drawn as a filled shape (else an icon on its backdrop)
    bool tappable = false;
    bool active = false;   // toggles (muted, camera off), focused fields, outgoing bubbles
    bool secret = false;   // a field whose text is shown as dots (PIN, password)
    bool numeric = false;  // a field that takes digits only (the keyboard shows a number pad)
    int max_length = 0;    // a field's limit in characters (0: none)
    bool holdable = false; // reacts to press-and-hold (a voice message's record button)
    int badge = 0;         // unread count
    std::string colour;    // "#RRGGBB": an app declared as data paints its header, icon and buttons in it
};

using ElementTree = std::vector<Element>;

const Element* find_element(const ElementTree& tree, const std::string& id);
// The topmost tappable element at a point in dp, if any.
const Element* hit_test(const ElementTree& tree, float x_dp, float y_dp);

} // namespace luyenso
