// The trainer's PIN: 4 to 8 digits, kept in the progress store's settings only as a
// salted, iterated SHA-256 hash ("sha256x10000:SALT:HASH", hex), never as the PIN.
#pragma once

#include "progress_store.h"

#include <string>
#include <string_view>

namespace luyenso {

inline constexpr const char* trainer_pin_setting = "trainer_pin";

// SHA-256 of `data`, as 64 hex digits (FIPS 180-4).
std::string sha256_hex(std::string_view data);

// Empty if `pin` can be a PIN (4 to 8 digits), else why not (Vietnamese, for the screen).
std::string pin_problem(const std::string& pin);
// The stored form of `pin` with `salt` (any bytes; the shell gives random ones).
std::string pin_record(const std::string& pin, const std::string& salt);
// Whether `pin` matches a stored record; false for a malformed record.
bool pin_matches(const std::string& pin, const std::string& record);

} // namespace luyenso
