// Reads "world": {"bank": {...}} of a lesson into World::bank (see bank_world.h); every
// problem is reported at its place in the file. Called from the lesson loader.
#pragma once

#include "lessons/lesson_reader.h"

#include <nlohmann/json.hpp>

#include <string>

namespace luyenso {

void read_bank_world(Reader& r, const std::string& ptr, const nlohmann::json& j, World& w);

// Reads "bank": {"accounts": [...]}, the accounts a typed transfer can find (after the rest
// of the bank, whose "bin" and "banks" an account's bank may be). bank_accounts_reader.cpp.
void read_bank_accounts(Reader& r, const std::string& ptr, const nlohmann::json& list, BankWorld& b);

} // namespace luyenso
