// Actions: the JSON of demonstrations and action files, both ways, and the exact
// messages an organiser reads when an action is written wrong.
#include "phone/action.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using luyenso::Action;
using luyenso::ActionKind;
using luyenso::SwipeDirection;
using nlohmann::json;

namespace {

Action parse_ok(const json& j)
{
    std::string error;
    auto a = luyenso::action_from_json(j, error);
    INFO(j.dump() << " -> " << error);
    REQUIRE(a.has_value());
    CHECK(error.empty());
    return *a;
}

std::string parse_error(const json& j)
{
    std::string error;
    auto a = luyenso::action_from_json(j, error);
    INFO(j.dump());
    CHECK_FALSE(a.has_value());
    return error;
}

void check_same(const Action& a, const Action& b)
{
    CHECK(a.kind == b.kind);
    CHECK(a.target == b.target);
    CHECK(a.text == b.text);
    CHECK(a.direction == b.direction);
    CHECK(a.wait_ms == b.wait_ms);
}

} // namespace

TEST_CASE("every kind of action round-trips through its JSON", "[action]")
{
    struct Case {
        Action action;
        json expected;
        std::string described;
    };
    const std::vector<Case> cases = {
        {Action::tap("chat.header.video_call"), {{"tap", "chat.header.video_call"}}, "tap chat.header.video_call"},
        {Action::long_press("chat.message.0"), {{"long_press", "chat.message.0"}}, "long_press chat.message.0"},
        {Action::swipe(SwipeDirection::Up), {{"swipe", "up"}}, "swipe up"},
        {Action::swipe(SwipeDirection::Down, "chat.list.item.minh"),
         {{"swipe", "down"}, {"on", "chat.list.item.minh"}},
         "swipe down on chat.list.item.minh"},
        {Action::swipe(SwipeDirection::Left), {{"swipe", "left"}}, "swipe left"},
        {Action::swipe(SwipeDirection::Right), {{"swipe", "right"}}, "swipe right"},
        {Action::type("Cháu ơi, ông đây!"), {{"type", "Cháu ơi, ông đây!"}}, "type Cháu ơi, ông đây!"},
        {Action::key("backspace"), {{"key", "backspace"}}, "key backspace"},
        {Action::key("enter"), {{"key", "enter"}}, "key enter"},
        {Action::back(), {{"back", true}}, "back"},
        {Action::home(), {{"home", true}}, "home"},
        {Action::wait(6000), {{"wait", 6.0}}, "wait 6.0"},
        {Action::wait(1500), {{"wait", 1.5}}, "wait 1.5"},
        {Action::wait(0), {{"wait", 0.0}}, "wait 0.0"},
    };
    for (const Case& c : cases) {
        INFO(c.described);
        const json j = c.action.to_json();
        CHECK(j == c.expected);
        CHECK(c.action.describe() == c.described);
        check_same(parse_ok(j), c.action);
        // And through text, as in a file.
        check_same(parse_ok(json::parse(j.dump())), c.action);
    }
}

TEST_CASE("actions as organisers write them", "[action]")
{
    CHECK(parse_ok({{"wait", 6}}).wait_ms == 6000);
    CHECK(parse_ok({{"wait", 0.25}}).wait_ms == 250);
    CHECK(parse_ok({{"wait", 3600}}).wait_ms == 3'600'000);
    CHECK(parse_ok({{"type", ""}}).text.empty()); // typing nothing is allowed
    const Action swipe = parse_ok({{"swipe", "left"}, {"on", "chat.list.item.hoa"}});
    CHECK(swipe.kind == ActionKind::Swipe);
    CHECK(swipe.direction == SwipeDirection::Left);
    CHECK(swipe.target == "chat.list.item.hoa");
}

TEST_CASE("bad actions are refused with the exact reason", "[action]")
{
    const std::string not_an_object = R"(an action is an object such as {"tap": "home.app.chat"})";
    CHECK(parse_error(json::object()) == not_an_object);
    CHECK(parse_error(json::array({"tap", "x"})) == not_an_object);
    CHECK(parse_error("tap home.app.chat") == not_an_object);
    CHECK(parse_error(nullptr) == not_an_object);

    CHECK(parse_error({{"tap", ""}}) == R"("tap" needs a non-empty text value)");
    CHECK(parse_error({{"tap", 3}}) == R"("tap" needs a non-empty text value)");
    CHECK(parse_error({{"tap", "a"}, {"on", "b"}}) == R"(unexpected "on" in an action)");
    CHECK(parse_error({{"long_press", true}}) == R"("long_press" needs a non-empty text value)");
    CHECK(parse_error({{"long_press", "x"}, {"ms", 800}}) == R"(unexpected "ms" in an action)");

    CHECK(parse_error({{"swipe", "sideways"}}) == R"("swipe" must be "up", "down", "left" or "right")");
    CHECK(parse_error({{"swipe", "UP"}}) == R"("swipe" must be "up", "down", "left" or "right")");
    CHECK(parse_error({{"swipe", "up"}, {"on", ""}}) == R"("on" needs a non-empty text value)");
    CHECK(parse_error({{"swipe", "up"}, {"speed", 2}}) == R"(unexpected "speed" in an action)");

    CHECK(parse_error({{"type", 5}}) == R"("type" needs the text to type)");
    CHECK(parse_error({{"type", "x"}, {"into", "chat.input"}}) == R"(unexpected "into" in an action)");

    CHECK(parse_error({{"key", "space"}}) == R"("key" must be "backspace" or "enter")");
    CHECK(parse_error({{"key", ""}}) == R"("key" needs a non-empty text value)");

    CHECK(parse_error({{"back", false}}) == R"(write {"back": true})");
    CHECK(parse_error({{"home", 1}}) == R"(write {"home": true})");
    CHECK(parse_error({{"back", true}, {"home", true}}) == R"(unexpected "home" in an action)");

    const std::string bad_wait = R"("wait" needs a number of seconds between 0 and 3600)";
    CHECK(parse_error({{"wait", -1}}) == bad_wait);
    CHECK(parse_error({{"wait", 3601}}) == bad_wait);
    CHECK(parse_error({{"wait", "5"}}) == bad_wait);
    CHECK(parse_error({{"wait", 5}, {"then", "tap"}}) == R"(unexpected "then" in an action)");

    CHECK(parse_error({{"jump", "home.app.chat"}}) ==
          R"(unknown action "jump"; use tap, long_press, swipe, type, key, back, home, wait, press or release)");
}

TEST_CASE("the error text does not depend on what the caller's string held before", "[action]")
{
    // An action file is read in a loop with one error string: a stale message from an
    // earlier bad action must never stand in for the reason of a later one.
    std::string error = "left over from an earlier action";
    CHECK_FALSE(luyenso::action_from_json({{"type", 5}}, error));
    CHECK(error == R"("type" needs the text to type)");

    error = "left over from an earlier action";
    CHECK_FALSE(luyenso::action_from_json({{"wait", -3}}, error));
    CHECK(error == R"("wait" needs a number of seconds between 0 and 3600)");

    error = "left over from an earlier action";
    CHECK(luyenso::action_from_json({{"tap", "home.app.chat"}}, error));
    CHECK(error.empty());
}
