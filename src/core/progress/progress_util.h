// Small helpers of the progress store and its reports: stable ids, name matching, and
// times written as ISO 8601.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace luyenso::progress {

// A whole file's bytes, or nullopt if it cannot be read.
std::optional<std::string> read_file_text(const std::string& path);

// A 128-bit hash of `text` (not cryptographic: for ids that must not collide by chance).
struct Hash128 {
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;
};
Hash128 hash128(std::string_view text);

// The hash written as a UUID (RFC 9562 version 8, "custom": the bits are our hash):
// xxxxxxxx-xxxx-8xxx-[89ab]xxx-xxxxxxxxxxxx.
std::string uuid_from(std::string_view text);
// 16 hex digits.
std::string short_id(std::string_view text);

// A name as it is compared across PCs: spaces trimmed and collapsed, letters lower-cased
// (ASCII and precomposed Vietnamese: "  BÀN  Văn Giảng" -> "bàn văn giảng").
std::string fold_name(std::string_view name);

// Spaces trimmed and runs of spaces made one: "  Bàn  Văn Giảng " -> "Bàn Văn Giảng".
std::string tidy_spaces(std::string_view text);

// Text as the store keeps it: valid UTF-8 (each bad byte becomes U+FFFD), control
// characters (tab, newline, NUL...) as spaces, then spaces tidied as tidy_spaces does.
std::string clean_text(std::string_view text);

// 2024-05-01T08:00:00.000Z; a time outside the years 0000-9999 is clamped into them.
std::string iso_utc(std::int64_t ms);
// 2024-05-01 15:00, at `utc_offset_min` minutes from UTC (Vietnam: +420).
std::string local_date_time(std::int64_t ms, int utc_offset_min);
// The same, appended (no allocation of its own: reports write it 300 000 times).
void append_local_date_time(std::string& out, std::int64_t ms, int utc_offset_min);
// 2024-05-01
std::string local_date(std::int64_t ms, int utc_offset_min);
// An ISO 8601 duration: PT1M5.25S, PT0S, PT2H3M.
std::string iso_duration(std::int64_t ms);
// "1 giờ 5 phút", "3 phút 20 giây", "45 giây" (vi) or "1 h 5 min", "3 min 20 s" (en).
std::string human_duration(std::int64_t ms, const std::string& lang);

// Unsafe outcome ids as stored: space-separated. split_ids drops repeats, keeping the
// first occurrence's order; join_ids writes each id once.
std::vector<std::string> split_ids(std::string_view text);
std::string join_ids(const std::vector<std::string>& ids);

} // namespace luyenso::progress
