// Actions: every learner intent, from a mouse, a touch, a key, a demonstration or a test.
// They serialise to and from the JSON used in lesson demonstrations and action files:
//   {"tap": ID} {"long_press": ID} {"swipe": "up", "on": ID} {"type": "text"}
//   {"key": "backspace"|"enter"} {"back": true} {"home": true} {"wait": SECONDS}
//   {"press": ID} ... {"release": true} or {"release": "left"} (hold and slide, e.g. a voice message)
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace luyenso {

enum class ActionKind { Tap, LongPress, Swipe, Type, Key, Back, Home, Wait, Press, Release };
enum class SwipeDirection { Up, Down, Left, Right };
// "up", "down", "left", "right": as lessons write a direction.
const char* direction_name(SwipeDirection d);

struct Action {
    ActionKind kind = ActionKind::Tap;
    std::string target; // element id (Tap, LongPress, optional for Swipe)
    std::string text;   // Type: the text; Key: the key name
    SwipeDirection direction = SwipeDirection::Up;
    std::int64_t wait_ms = 0; // Wait

    static Action tap(std::string id) { return {ActionKind::Tap, std::move(id), {}, {}, 0}; }
    static Action long_press(std::string id) { return {ActionKind::LongPress, std::move(id), {}, {}, 0}; }
    static Action swipe(SwipeDirection d, std::string on = {}) { return {ActionKind::Swipe, std::move(on), {}, d, 0}; }
    static Action type(std::string text) { return {ActionKind::Type, {}, std::move(text), {}, 0}; }
    static Action key(std::string name) { return {ActionKind::Key, {}, std::move(name), {}, 0}; }
    static Action back() { return {ActionKind::Back, {}, {}, {}, 0}; }
    static Action home() { return {ActionKind::Home, {}, {}, {}, 0}; }
    static Action wait(std::int64_t ms) { return {ActionKind::Wait, {}, {}, {}, ms}; }
    static Action press(std::string id) { return {ActionKind::Press, std::move(id), {}, {}, 0}; }
    // Lifting the finger; `slid` set: after sliding it that way (a cancel gesture).
    static Action release(std::optional<SwipeDirection> slid = std::nullopt)
    {
        return {ActionKind::Release, {}, slid ? "slid" : "", slid.value_or(SwipeDirection::Left), 0};
    }

    nlohmann::json to_json() const;
    std::string describe() const; // short English form for logs: "tap chat.header.video_call"
};

// Parses one action; on failure returns nullopt and says why in `error`.
std::optional<Action> action_from_json(const nlohmann::json& j, std::string& error);

} // namespace luyenso
