// Reads the world's "chat_scripts": what the other side of a one-to-one chat writes back,
// turn by turn, and the suggested replies where the conversation forks (chat_script.h).
// Every problem is reported at its place in the file. Called from the lesson loader
// (lesson.cpp) after "contacts" and "chats".
#pragma once

#include "lessons/lesson_reader.h"

#include <nlohmann/json.hpp>

#include <string>

namespace luyenso {

void read_chat_scripts(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);

} // namespace luyenso
