// A JSON parser that remembers where every value and key came from.
//
// nlohmann/json 3.11 (Debian 12) cannot report the position of a value after parsing,
// and lesson errors must point at the line and column an organiser has to fix. This
// small recursive-descent parser builds the same nlohmann::json value and a map from
// JSON pointer ("/steps/2/target") to the position of that value and of its key.
#pragma once

#include "text/diagnostic.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace luyenso {

class JsonDocument {
public:
    // Parses `text`; on a syntax error returns nullopt and fills `error` (file left empty).
    static std::optional<JsonDocument> parse(std::string_view text, Diagnostic& error);

    const nlohmann::json& root() const { return root_; }

    // Position of the value at `pointer`; falls back to the nearest parent that has one.
    SourcePos value_pos(const std::string& pointer) const;
    // Position of the key naming the member at `pointer` (its value's if it has no key).
    SourcePos key_pos(const std::string& pointer) const;

private:
    friend class JsonParser;
    nlohmann::json root_;
    std::map<std::string, SourcePos> value_positions_;
    std::map<std::string, SourcePos> key_positions_;
};

// Appends a reference token to a JSON pointer, escaping '~' and '/'.
std::string json_pointer_append(const std::string& pointer, std::string_view token);
std::string json_pointer_append(const std::string& pointer, std::size_t index);

} // namespace luyenso
