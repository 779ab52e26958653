// libFuzzer target: the JSON parser that remembers positions (JsonDocument::parse).
// Besides crashes, leaks and undefined behaviour it checks, for every input:
// - a syntax error has a real position and a readable (valid UTF-8) message;
// - what it accepts, nlohmann/json accepts too, with the same value (it is stricter:
//   duplicate keys and very deep nesting are refused, never the other way round);
// - every value of an accepted document has a position inside the text;
// - the value's own dump() parses again to the same value.
#include "fuzz_support.h"
#include "text/json_source.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using luyenso::JsonDocument;
using luyenso::fuzz::fail;

void check_positions(const JsonDocument& doc, const nlohmann::json& v, const std::string& pointer, int lines)
{
    const luyenso::SourcePos p = doc.value_pos(pointer);
    if (p.line < 1 || p.column < 1 || p.line > lines)
        fail("value position outside the text", pointer);
    const luyenso::SourcePos k = doc.key_pos(pointer);
    if (k.line < 1 || k.column < 1 || k.line > lines)
        fail("key position outside the text", pointer);
    if (v.is_object()) {
        for (const auto& [key, child] : v.items())
            check_positions(doc, child, luyenso::json_pointer_append(pointer, key), lines);
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            check_positions(doc, v[i], luyenso::json_pointer_append(pointer, i), lines);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    luyenso::Diagnostic error;
    const auto doc = JsonDocument::parse(text, error);
    if (!doc) {
        if (error.pos.line < 1 || error.pos.column < 1)
            fail("syntax error without a position", error.message);
        luyenso::fuzz::check_diagnostic(error);
        return 0;
    }
    const nlohmann::json& root = doc->root();

    const nlohmann::json reference = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (reference.is_discarded())
        fail("accepted what nlohmann/json refuses", text);
    if (reference != root)
        fail("a different value from nlohmann/json's", root.dump());

    const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    check_positions(*doc, root, "", lines);

    const std::string dumped = root.dump();
    luyenso::Diagnostic again_error;
    const auto again = JsonDocument::parse(dumped, again_error);
    if (!again)
        fail("its own dump does not parse again", again_error.message + " in " + dumped);
    if (again->root() != root)
        fail("its own dump parses to a different value", dumped);
    return 0;
}
