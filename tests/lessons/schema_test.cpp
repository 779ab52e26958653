// The lesson schema (lessons/schema/lesson.schema.json) and the template lesson agree
// with the code: the events a condition may name (with their fields) and the screens are
// exactly the ones the phone has, so that editors never offer a name `check` refuses.
#include "lessons/catalog.h"
#include "phone/event.h"
#include "phone/phone.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <string>

using namespace luyenso;
using nlohmann::json;

namespace {
json read_schema()
{
    std::ifstream in(test::lessons_dir() + "/schema/lesson.schema.json", std::ios::binary);
    REQUIRE(in.good());
    return json::parse(in);
}
} // namespace

TEST_CASE("the schema names exactly the phone's events, their fields and its screens", "[schema]")
{
    const json schema = read_schema();
    const json& defs = schema.at("$defs");
    CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");

    std::set<std::string> code_events;
    for (const EventSpec& spec : event_catalogue())
        code_events.insert(spec.name);
    const json& event_condition = defs.at("event_condition");
    const auto schema_events = event_condition.at("properties").at("event").at("enum").get<std::set<std::string>>();
    CHECK(schema_events == code_events);

    // Each event's "then" lists "event" and exactly that event's fields.
    std::size_t rules = 0;
    for (const json& rule : event_condition.at("allOf")) {
        const std::string name = rule.at("if").at("properties").at("event").at("const");
        INFO(name);
        const EventSpec* spec = find_event_spec(name);
        REQUIRE(spec != nullptr);
        std::set<std::string> fields(spec->fields.begin(), spec->fields.end());
        fields.insert("event");
        std::set<std::string> in_schema;
        for (const auto& [key, value] : rule.at("then").at("properties").items())
            in_schema.insert(key);
        CHECK(in_schema == fields);
        CHECK(rule.at("then").at("additionalProperties") == false);
        ++rules;
    }
    CHECK(rules == code_events.size());

    // The built-in apps' screens by name; an app declared as data has app.APP.SCREEN.
    const json& screen = defs.at("screen_condition").at("properties").at("screen").at("anyOf");
    REQUIRE(screen.size() == 2);
    const auto screens = Phone::screen_names();
    CHECK(screen[0].at("enum").get<std::set<std::string>>() == std::set<std::string>(screens.begin(), screens.end()));
    CHECK(screen[1].at("pattern") == "^app\\.[a-z0-9_-]+\\.[a-z0-9_-]+$");
}

TEST_CASE("the template lesson organisers copy passes check and points editors to the schema", "[schema][lesson]")
{
    const std::string path = test::lessons_dir() + "/template/bai-mau.json";
    const std::vector<CheckResult> results = check_catalog(Catalog::load({path}));
    REQUIRE(results.size() == 1);
    CHECK(test::to_strings(results[0].errors).empty());
    CHECK(results[0].id == "bai-mau");
    std::ifstream in(path, std::ios::binary);
    CHECK(json::parse(in).at("$schema") == "../schema/lesson.schema.json");
}
