// Reads "world": {"bank": {...}} of a lesson into World::bank (see bank_world.h); every
// problem is reported at its place in the file. Called from the lesson loader.
#pragma once

#include "lessons/lesson_reader.h"

#include <nlohmann/json.hpp>

#include <string>

namespace luyenso {

void read_bank_world(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);

} // namespace luyenso
