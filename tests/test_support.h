// Shared helpers for the core tests: where the sources are, the shipped lesson, and
// short ways to collect diagnostics as the strings an organiser would read.
#pragma once

#include "lessons/lesson.h"
#include "lessons/lesson_run.h"
#include "phone/action.h"
#include "text/diagnostic.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace luyenso::test {

inline std::string source_dir()
{
    return LUYENSO_SOURCE_DIR;
}
inline std::string lessons_dir()
{
    return source_dir() + "/lessons";
}
inline std::string fixtures_dir()
{
    return source_dir() + "/tests/fixtures";
}
inline std::string shipped_lesson_path()
{
    return lessons_dir() + "/goi-video-cho-chau.json";
}

inline std::vector<std::string> to_strings(const Diagnostics& diagnostics)
{
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
        out.push_back(d.to_string());
    return out;
}

// Plays `lesson` by its demonstrations to the end in each of the four modes: every step
// is reached, and in test mode the score is full and the test passed.
inline void play_in_every_mode(const Lesson& lesson)
{
    for (const Mode mode : {Mode::Watch, Mode::Guided, Mode::Practice, Mode::Test}) {
        INFO(lesson.id << " in " << mode_name(mode) << " mode");
        LessonRun run(lesson, mode);
        std::string why;
        const bool played = run.fast_forward_to(run.step_count(), why);
        INFO(why);
        CHECK(played);
        CHECK(run.finished());
        if (mode == Mode::Test) {
            const TestResult result = run.result();
            CHECK(result.passed);
            CHECK(result.score == 100);
            CHECK(result.steps_done == result.steps_total);
            CHECK(result.unsafe.empty());
        }
    }
}

// A JSON list of actions (tests/fixtures/paths/LESSON/*.json, `luyenso play --actions`).
inline std::vector<Action> read_actions(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json list = nlohmann::json::parse(text.str());
    REQUIRE(list.is_array());
    std::vector<Action> out;
    for (const auto& j : list) {
        std::string why;
        auto a = action_from_json(j, why);
        INFO(file.string() << ": " << j.dump() << ": " << why);
        REQUIRE(a);
        out.push_back(*a);
    }
    return out;
}

} // namespace luyenso::test
