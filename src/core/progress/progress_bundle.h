// The export bundle's file: JSON, UTF-8, one object (see docs/progress.md):
//   {"format": "luyenso-progress", "format_version": 1, "pc_id": ..., "exported_at": ISO,
//    "exported_at_ms": MS, "learners": [...], "aliases": [...], "lessons": [...],
//    "attempts": [{..., "steps": [...]}]}
// Times are integers (ms since the Unix epoch, UTC) so that they survive a round trip.
#pragma once

#include "progress/progress_store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace luyenso {

inline constexpr const char* bundle_format = "luyenso-progress";
inline constexpr int bundle_format_version = 1;
// The largest bundle read (its JSON is held in memory): a village's bundle is a few MB.
inline constexpr std::uintmax_t max_bundle_bytes = std::uintmax_t{256} << 20;
// A lesson's title, in code points.
inline constexpr std::size_t max_title_chars = 500;

nlohmann::json bundle_to_json(const Bundle& bundle);
// Reads and checks a bundle; on a problem returns nullopt and says what is wrong, where.
std::optional<Bundle> bundle_from_json(const nlohmann::json& j, std::string& error);

// The file: written as UTF-8 JSON; read with a one-line reason on failure.
bool write_bundle_file(const Bundle& bundle, const std::string& path, std::string& error);
std::optional<Bundle> read_bundle_file(const std::string& path, std::string& error);

} // namespace luyenso
