// Reads the apps a lesson's world declares as data ("world": {"apps": [...]}, app_world.h):
// every screen a list item or a button opens exists, ids are slugs and unique, colours are
// #RRGGBB with white text readable on them, OTP prompts have a sender and an SMS with
// {otp}, PIN prompts an app PIN. Each problem at its place, from the message table.
#pragma once

#include "lessons/lesson_reader.h"

#include <nlohmann/json.hpp>

#include <string>

namespace luyenso {

void read_app_world(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);

// The contrast of white text on `colour` ("#RRGGBB"), as WCAG 2 computes it (1 to 21).
double contrast_with_white(const std::string& colour);

} // namespace luyenso
