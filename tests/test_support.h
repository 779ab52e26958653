// Shared helpers for the core tests: where the sources are, the shipped lesson, and
// short ways to collect diagnostics as the strings an organiser would read.
#pragma once

#include "diagnostic.h"
#include "lesson.h"

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

} // namespace luyenso::test
