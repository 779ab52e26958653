// The trainer's PIN: 4 to 8 digits, kept in the progress store's settings only as an
// Argon2id hash (libsodium; the PHC string "$argon2id$v=19$m=...,t=...,p=1$SALT$HASH"),
// never as the PIN. Records of the older form ("sha256x10000:SALT:HASH", an iterated
// SHA-256) still verify, and are replaced by an Argon2id one when they do.
//
// What it protects (docs/progress.md, "The trainer PIN"): the trainer's screens of the
// app (the dashboard, learners' histories, editing learners) from a learner at the PC.
// It does not protect the data from anyone who can read the PC's files: progress.db is
// not encrypted, and `luyenso report` / `export` ask for no PIN. A 4-digit PIN is one of
// 10 000: Argon2id makes each guess cost a tenth of a second and much memory, and the
// app makes a learner wait longer after each wrong PIN, but it stops no one with a copy.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace luyenso {

inline constexpr const char* trainer_pin_setting = "trainer_pin";
// Wrong PINs in a row and the time (ms) before which no PIN is tried, kept beside it.
inline constexpr const char* trainer_pin_failures_setting = "trainer_pin_failures";
inline constexpr const char* trainer_pin_wait_setting = "trainer_pin_wait_until";

// Empty if `pin` can be a PIN (4 to 8 digits), else why not (Vietnamese, for the screen).
std::string pin_problem(const std::string& pin);
// The stored form of `pin` with `salt` (any bytes; the shell gives random ones); empty if
// the hash could not be made (no memory).
std::string pin_record(const std::string& pin, const std::string& salt);
// Whether `pin` matches a stored record (either form); false for a malformed record.
bool pin_matches(const std::string& pin, const std::string& record);
// Whether a record that matched should be made again (the older form, or weaker
// Argon2id settings than today's).
bool pin_record_outdated(const std::string& record);

// How long to wait (ms) before the next try after `failures` wrong PINs in a row: none
// for the first 2, then 5 s, 10 s, 20 s... up to 10 minutes.
std::int64_t pin_wait_ms(int failures);

// SHA-256 of `data`, as 64 hex digits (libsodium; for the older records).
std::string sha256_hex(std::string_view data);

} // namespace luyenso
