// The Settings app: text size from 100 % to 200 %, Telex or VNI, old or new tone
// placement; "setting.changed"; the world's "settings" section and its errors.
#include "phone/settings_app.h"
#include "service_test_support.h"

#include <catch2/catch.hpp>

using namespace luyenso;
using namespace luyenso::service_test;
using nlohmann::json;

namespace {

World plain_world()
{
    World w;
    w.owner.name = "Lò Thị Mai";
    w.owner.phone = "0977 222 333";
    return w;
}

} // namespace

SCENARIO("making the text bigger", "[settings]")
{
    GIVEN("the Settings app")
    {
        Phone phone(plain_world());
        unlock_and_open(phone, "settings");
        REQUIRE(phone.screen_id() == "settings.main");
        CHECK(element(phone, "settings.header").label == "Cài đặt");
        CHECK(element(phone, "settings.item.text_size").detail == "100%");
        CHECK(element(phone, "settings.item.typing").detail == "Telex · Kiểu cũ (hòa)");
        CHECK(phone.text_scale() == 1.0F);

        WHEN("the learner opens Text size and picks 150 %")
        {
            tap(phone, "settings.item.text_size");
            REQUIRE(phone.screen_id() == "settings.text_size");
            CHECK(element(phone, "settings.option.text_100").active);
            const auto events = tap(phone, "settings.option.text_150");
            THEN("the setting changes and the whole phone's text with it")
            {
                REQUIRE(names(events) == std::vector<std::string>{"setting.changed"});
                CHECK(events[0].fields == json{{"setting", "text_size"}, {"value", 150}});
                CHECK(phone.text_scale() == 1.5F);
                CHECK(phone.world().settings.text_size_percent == 150);
                CHECK(element(phone, "settings.option.text_150").active);
                CHECK_FALSE(element(phone, "settings.option.text_100").active);
                // Rows grow with their text.
                CHECK(element(phone, "settings.option.text_150").bounds.h > 72.0F);
                tap(phone, "settings.back");
                CHECK(element(phone, "settings.item.text_size").detail == "150%");
            }
            AND_WHEN("the same size is picked again")
            {
                THEN("nothing changes")
                {
                    CHECK(tap(phone, "settings.option.text_150").empty());
                }
            }
        }
        WHEN("the text is at 200 % and the list of sizes is longer than the screen")
        {
            tap(phone, "settings.item.text_size");
            tap(phone, "settings.option.text_200");
            THEN("the last choices are below, a swipe up shows them")
            {
                CHECK(shows(phone, "settings.more"));
                CHECK_FALSE(shows(phone, "settings.option.text_175"));
                must(phone, Action::swipe(SwipeDirection::Up));
                must(phone, Action::swipe(SwipeDirection::Up));
                CHECK(shows(phone, "settings.option.text_200"));
                CHECK(shows(phone, "settings.option.text_175"));
                must(phone, Action::swipe(SwipeDirection::Down));
                must(phone, Action::swipe(SwipeDirection::Down));
                CHECK(shows(phone, "settings.preview"));
            }
        }
    }
}

TEST_CASE("choosing VNI and the new tone placement", "[settings]")
{
    Phone phone(plain_world());
    unlock_and_open(phone, "settings");
    tap(phone, "settings.item.typing");
    REQUIRE(phone.screen_id() == "settings.typing");
    CHECK(element(phone, "settings.option.telex").active);
    CHECK(element(phone, "settings.option.tone_old").active);
    CHECK(element(phone, "settings.option.tone_old").detail == "hòa, khỏe, thúy");
    const auto vni = tap(phone, "settings.option.vni");
    CHECK(vni.at(0).fields == json{{"setting", "input_method"}, {"value", "vni"}});
    CHECK(phone.typing().method == InputMethod::Vni);
    const auto tone = tap(phone, "settings.option.tone_new");
    CHECK(tone.at(0).fields == json{{"setting", "tone_style"}, {"value", "new"}});
    CHECK(phone.typing().tone_style == ToneStyle::New);
    CHECK(tap(phone, "settings.option.vni").empty());
    CHECK(element(phone, "settings.option.vni").active);
    CHECK_FALSE(element(phone, "settings.option.telex").active);
    const auto telex = tap(phone, "settings.option.telex");
    CHECK(telex.at(0).fields == json{{"setting", "input_method"}, {"value", "telex"}});
    must(phone, Action::back());
    CHECK(element(phone, "settings.item.typing").detail == "Telex · Kiểu mới (hoà)");
    CHECK(describe_typing({InputMethod::Vni, ToneStyle::Old}) == "VNI · Kiểu cũ (hòa)");
}

TEST_CASE("the text size reaches the other apps' screens, never the lock screen or a call", "[settings]")
{
    World w = plain_world();
    w.settings.text_size_percent = 175;
    Phone phone(w);
    CHECK(phone.text_scale() == 1.75F);
    unlock_and_open(phone, "sms");
    // The Messages app lays its rows out for the larger text.
    World small = plain_world();
    small.sms.threads = {{"0869 123 456", {{"0869 123 456", "Xin chào", "19:00"}}, 0}};
    w.sms.threads = small.sms.threads;
    Phone big_phone(w);
    Phone small_phone(small);
    unlock_and_open(big_phone, "sms");
    unlock_and_open(small_phone, "sms");
    CHECK(element(big_phone, "sms.list.item.0869123456").bounds.h >
          element(small_phone, "sms.list.item.0869123456").bounds.h);
}

TEST_CASE("every Settings screen fits at every text size", "[settings][layout]")
{
    CHECK(check_all_screens(plain_world(), "settings.") == 5 * 3);
}

TEST_CASE("a lesson may preset the settings, mistakes are reported where they are", "[settings][lesson]")
{
    auto lesson = [](const std::string& settings) {
        return R"({"format": 1, "id": "x", "title": "X", "skills": ["settings"],
  "world": {"owner": {"name": "A"}, "settings": )" +
               settings + R"(},
  "steps": [{"id": "a", "say": "Mở", "done_when": {"screen": "home"}}]})";
    };
    CHECK(load_errors(lesson(R"({"text_size": 130, "input_method": "telexx", "tone_style": "moi", "font": 1})")) ==
          std::vector<std::string>{
              "bai.json:2:63: error: \"text_size\" must be 100, 125, 150, 175 or 200",
              "bai.json:2:84: error: \"input_method\" must be \"telex\" or \"vni\"",
              "bai.json:2:108: error: \"tone_style\" must be \"old\" (hòa) or \"new\" (hoà)",
              "bai.json:2:115: error: unknown key \"font\" in \"settings\"; allowed keys: text_size, "
              "input_method, tone_style"});
    CHECK(load_errors(lesson(R"({"text_size": 250})")) ==
          std::vector<std::string>{"bai.json:2:63: error: \"text_size\" must be a whole number from 100 to 200"});
    const LoadResult ok = load_lesson_text(lesson(R"({"text_size": 150, "input_method": "vni", "tone_style": "new"})"),
                                           "bai.json");
    REQUIRE(ok.lesson.has_value());
    CHECK(ok.lesson->world.settings.text_size_percent == 150);
    CHECK(ok.lesson->world.settings.typing.method == InputMethod::Vni);
    CHECK(ok.lesson->world.settings.typing.tone_style == ToneStyle::New);
}
