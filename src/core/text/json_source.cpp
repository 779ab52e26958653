#include "text/json_source.h"

#include "text/utf8.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <locale>
#include <sstream>
#include <string>
#include <utility>

namespace luyenso {

std::string json_pointer_append(const std::string& pointer, std::string_view token)
{
    std::string out = pointer + "/";
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string json_pointer_append(const std::string& pointer, std::size_t index)
{
    return pointer + "/" + std::to_string(index);
}

namespace {
constexpr int max_depth = 200; // deeper input is refused rather than overflowing the stack

// A JSON number (already checked) as a double. libc++ before LLVM 17 (the web build's,
// emscripten 3.1.6) has no std::from_chars for double: there a stream in the "C" locale
// reads it (it fails, as from_chars does, when the number is out of a double's range).
bool read_double(std::string_view digits, double& out)
{
#if defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 170000
    std::istringstream in{std::string(digits)};
    in.imbue(std::locale::classic());
    double d = 0;
    in >> d;
    if (in.fail() || in.peek() != std::char_traits<char>::eof())
        return false;
    out = d;
    return true;
#else
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return ec == std::errc() && ptr == digits.data() + digits.size();
#endif
}

} // namespace

class JsonParser {
public:
    JsonParser(std::string_view text, JsonDocument& doc) : text_(text), doc_(doc) {}

    bool run(Diagnostic& error)
    {
        skip_ws();
        if (at_end())
            return fail(error, {"file-empty"}, {"fix-lesson-is-object"});
        if (!parse_value("", doc_.root_, 0, error))
            return false;
        skip_ws();
        if (!at_end())
            return fail(error, {"text-after-end"}, {"fix-remove-or-move-inside"});
        return true;
    }

private:
    std::string_view text_;
    JsonDocument& doc_;
    std::size_t i_ = 0;
    int line_ = 1;
    int column_ = 1;
    // The JSON pointer of the innermost value being read: a syntax error names it.
    std::string open_;

    bool at_end() const { return i_ >= text_.size(); }
    char peek() const { return at_end() ? '\0' : text_[i_]; }
    SourcePos here() const { return {line_, column_}; }

    void advance()
    {
        const auto c = static_cast<unsigned char>(text_[i_++]);
        if (c == '\n') {
            ++line_;
            column_ = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column_; // count code points, not continuation bytes
        }
    }

    void skip_ws()
    {
        while (!at_end()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                advance();
            else
                break;
        }
    }

    bool fail(Diagnostic& error, Message what, Message fix = {}) const
    {
        error = make_diagnostic(error.file, here(), open_, std::move(what), std::move(fix));
        return false;
    }

    std::string describe_here() const
    {
        if (at_end())
            return "the end of the file";
        const char c = peek();
        if (static_cast<unsigned char>(c) < 0x20)
            return "a control character";
        // Name a whole multi-byte character (a curly quote pasted from a word processor),
        // never a stray or partial sequence that would make the message itself invalid UTF-8.
        const std::size_t n = utf8_sequence_length(text_.substr(i_));
        if (n == 0)
            return "a byte that is not valid UTF-8";
        return "'" + std::string(text_.substr(i_, n)) + "'";
    }

    // On success `open_` is back to the value around this one; on an error it stays here.
    bool parse_value(const std::string& pointer, nlohmann::json& out, int depth, Diagnostic& error)
    {
        std::string around = std::exchange(open_, pointer);
        if (!parse_any_value(pointer, out, depth, error))
            return false;
        open_ = std::move(around);
        return true;
    }

    bool parse_any_value(const std::string& pointer, nlohmann::json& out, int depth, Diagnostic& error)
    {
        if (depth > max_depth)
            return fail(error, {"json-too-deep"});
        doc_.value_positions_[pointer] = here();
        const char c = peek();
        switch (c) {
        case '{': return parse_object(pointer, out, depth, error);
        case '[': return parse_array(pointer, out, depth, error);
        case '"': {
            std::string s;
            if (!parse_string(s, error))
                return false;
            out = std::move(s);
            return true;
        }
        case 't': return parse_literal("true", out, true, error);
        case 'f': return parse_literal("false", out, false, error);
        case 'n': return parse_literal("null", out, nullptr, error);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parse_number(out, error);
            return fail(error, {"expected-value", {describe_here()}}, {"fix-write-a-value"});
        }
    }

    bool parse_literal(std::string_view word, nlohmann::json& out, nlohmann::json value, Diagnostic& error)
    {
        if (text_.substr(i_, word.size()) != word)
            return fail(error, {"unknown-word"}, {"fix-literal", {std::string(word)}});
        for (std::size_t k = 0; k < word.size(); ++k)
            advance();
        out = std::move(value);
        return true;
    }

    bool parse_number(nlohmann::json& out, Diagnostic& error)
    {
        const std::size_t start = i_;
        const SourcePos start_pos = here();
        if (peek() == '-')
            advance();
        if (peek() == '0') {
            advance();
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                advance();
        } else {
            return fail(error, {"digit-after-minus"}, {"fix-number-minus"});
        }
        bool is_integer = true;
        if (peek() == '.') {
            is_integer = false;
            advance();
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(error, {"digit-after-point"}, {"fix-number-point"});
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            is_integer = false;
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(error, {"digit-in-exponent"}, {"fix-number-exponent"});
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        const std::string_view digits = text_.substr(start, i_ - start);
        if (is_integer) {
            std::int64_t v = 0;
            const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
            if (ec == std::errc() && ptr == digits.data() + digits.size()) {
                out = v;
                return true;
            }
        }
        // Fall back to a double (also for integers too large for 64 bits).
        double d = 0;
        if (!read_double(digits, d) || !std::isfinite(d)) {
            error = make_diagnostic(error.file, start_pos, open_, {"number-out-of-range"});
            return false;
        }
        out = d;
        return true;
    }

    static void append_utf8(std::string& s, std::uint32_t cp)
    {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            s += static_cast<char>(0xF0 | (cp >> 18));
            s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    bool parse_hex4(std::uint32_t& out, Diagnostic& error)
    {
        out = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = peek();
            std::uint32_t v = 0;
            if (c >= '0' && c <= '9')
                v = static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v = static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v = static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return fail(error, {"bad-hex-escape"}, {"fix-hex-escape"});
            out = out * 16 + v;
            advance();
        }
        return true;
    }

    // Checks one UTF-8 sequence starting at the current byte and copies it.
    bool copy_utf8(std::string& s, Diagnostic& error)
    {
        const std::size_t n = utf8_sequence_length(text_.substr(i_));
        if (n == 0)
            return fail(error, {"not-utf8"}, {"fix-save-utf8"});
        for (std::size_t k = 0; k < n; ++k) {
            s += peek();
            advance();
        }
        return true;
    }

    bool parse_string(std::string& s, Diagnostic& error)
    {
        advance(); // opening quote
        for (;;) {
            if (at_end())
                return fail(error, {"missing-closing-quote"}, {"fix-closing-quote"});
            const char c = peek();
            if (c == '"') {
                advance();
                return true;
            }
            if (c == '\n')
                return fail(error, {"missing-closing-quote-line"}, {"fix-closing-quote-line"});
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(error, {"control-in-text"}, {"fix-escape"});
            if (c == '\\') {
                advance();
                const char e = peek();
                switch (e) {
                case '"': s += '"'; break;
                case '\\': s += '\\'; break;
                case '/': s += '/'; break;
                case 'b': s += '\b'; break;
                case 'f': s += '\f'; break;
                case 'n': s += '\n'; break;
                case 'r': s += '\r'; break;
                case 't': s += '\t'; break;
                case 'u': {
                    advance();
                    std::uint32_t cp = 0;
                    if (!parse_hex4(cp, error))
                        return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (peek() != '\\' || text_.substr(i_, 2) != "\\u")
                            return fail(error, {"bad-surrogate"});
                        advance();
                        advance();
                        std::uint32_t low = 0;
                        if (!parse_hex4(low, error))
                            return false;
                        if (low < 0xDC00 || low > 0xDFFF)
                            return fail(error, {"bad-low-surrogate"});
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return fail(error, {"lone-low-surrogate"});
                    }
                    append_utf8(s, cp);
                    continue;
                }
                default: return fail(error, {"unknown-escape"}, {"fix-backslash"});
                }
                advance();
                continue;
            }
            if (static_cast<unsigned char>(c) >= 0x80) {
                if (!copy_utf8(s, error))
                    return false;
                continue;
            }
            s += c;
            advance();
        }
    }

    bool parse_object(const std::string& pointer, nlohmann::json& out, int depth, Diagnostic& error)
    {
        advance(); // '{'
        out = nlohmann::json::object();
        skip_ws();
        if (peek() == '}') {
            advance();
            return true;
        }
        for (;;) {
            skip_ws();
            if (peek() != '"') {
                if (peek() == '}')
                    return fail(error, {"comma-before-brace"}, {"fix-remove-it"});
                return fail(error, {"expected-key", {describe_here()}}, {"fix-key-in-quotes"});
            }
            const SourcePos key_at = here();
            std::string key;
            if (!parse_string(key, error))
                return false;
            if (out.contains(key)) {
                error = make_diagnostic(error.file, key_at, json_pointer_append(pointer, key),
                                        {"duplicate-key", {key}});
                return false;
            }
            const std::string child = json_pointer_append(pointer, key);
            doc_.key_positions_[child] = key_at;
            skip_ws();
            if (peek() != ':')
                return fail(error, {"expected-colon", {key, describe_here()}}, {"fix-colon"});
            advance();
            skip_ws();
            nlohmann::json value;
            if (!parse_value(child, value, depth + 1, error))
                return false;
            out[key] = std::move(value);
            skip_ws();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            return fail(error, {"expected-comma-brace", {key, describe_here()}}, {"fix-comma-brace"});
        }
    }

    bool parse_array(const std::string& pointer, nlohmann::json& out, int depth, Diagnostic& error)
    {
        advance(); // '['
        out = nlohmann::json::array();
        skip_ws();
        if (peek() == ']') {
            advance();
            return true;
        }
        for (std::size_t index = 0;; ++index) {
            skip_ws();
            if (peek() == ']')
                return fail(error, {"comma-before-bracket"}, {"fix-remove-it"});
            nlohmann::json value;
            if (!parse_value(json_pointer_append(pointer, index), value, depth + 1, error))
                return false;
            out.push_back(std::move(value));
            skip_ws();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            return fail(error, {"expected-comma-bracket", {describe_here()}}, {"fix-comma-bracket"});
        }
    }
};

std::optional<JsonDocument> JsonDocument::parse(std::string_view text, Diagnostic& error)
{
    // A UTF-8 byte-order mark (Windows Notepad writes one) is skipped.
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    JsonDocument doc;
    JsonParser parser(text, doc);
    if (!parser.run(error))
        return std::nullopt;
    return doc;
}

SourcePos JsonDocument::value_pos(const std::string& pointer) const
{
    std::string p = pointer;
    for (;;) {
        const auto it = value_positions_.find(p);
        if (it != value_positions_.end())
            return it->second;
        if (p.empty())
            return {1, 1};
        p.erase(p.rfind('/'));
    }
}

SourcePos JsonDocument::key_pos(const std::string& pointer) const
{
    const auto it = key_positions_.find(pointer);
    if (it != key_positions_.end())
        return it->second;
    return value_pos(pointer);
}

} // namespace luyenso
