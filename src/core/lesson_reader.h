// Reading a lesson's JSON with positioned errors: typed access that reports every
// problem as FILE:LINE:COL and goes on. The apps' own world sections (bank, e-ID, ...)
// are read with it in their own files.
#pragma once

#include "diagnostic.h"
#include "json_source.h"
#include "lesson.h"
#include "world.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace luyenso {

class Reader {
public:
    Reader(const JsonDocument& doc, std::string file, Diagnostics& out) : doc_(doc), file_(std::move(file)), out_(out)
    {
    }

    void error_at_value(const std::string& ptr, std::string message)
    {
        out_.push_back({file_, doc_.value_pos(ptr), std::move(message)});
    }
    void error_at_key(const std::string& ptr, std::string message)
    {
        out_.push_back({file_, doc_.key_pos(ptr), std::move(message)});
    }
    std::size_t error_count() const { return out_.size(); }
    const std::string& file() const { return file_; }
    SourcePos pos(const std::string& ptr) const { return doc_.value_pos(ptr); }

    // Reports keys that are not in `allowed`, suggesting the nearest allowed one.
    bool object(const std::string& ptr, const nlohmann::json& j, const std::vector<std::string>& allowed,
                const char* what)
    {
        if (!j.is_object()) {
            error_at_value(ptr, std::string(what) + " must be an object { ... }");
            return false;
        }
        for (const auto& [key, value] : j.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
                continue;
            std::string msg = "unknown key \"" + key + "\" in " + what;
            if (auto near = did_you_mean(key, allowed))
                msg += "; did you mean \"" + *near + "\"?";
            else
                msg += "; allowed keys: " + join(allowed);
            error_at_key(json_pointer_append(ptr, key), msg);
        }
        return true;
    }

    // The list under `key` in `obj`, or nullptr (with an error if it is not a list).
    const nlohmann::json* list(const std::string& ptr, const nlohmann::json& obj, const char* key)
    {
        if (!obj.contains(key))
            return nullptr;
        if (!obj.at(key).is_array()) {
            error_at_value(json_pointer_append(ptr, key), std::string("\"") + key + "\" must be a list [ ... ]");
            return nullptr;
        }
        return &obj.at(key);
    }

    std::optional<std::string> string(const std::string& ptr, const nlohmann::json& obj, const char* key, bool required,
                                      const char* what)
    {
        const std::string p = json_pointer_append(ptr, key);
        if (!obj.contains(key)) {
            if (required)
                error_at_value(ptr, std::string(what) + " needs \"" + key + "\"");
            return std::nullopt;
        }
        const nlohmann::json& v = obj.at(key);
        if (!v.is_string() || v.get<std::string>().empty()) {
            error_at_value(p, std::string("\"") + key + "\" must be non-empty text in double quotes");
            return std::nullopt;
        }
        return v.get<std::string>();
    }

    std::optional<int> integer(const std::string& ptr, const nlohmann::json& obj, const char* key, int lo, int hi)
    {
        if (!obj.contains(key))
            return std::nullopt;
        const nlohmann::json& v = obj.at(key);
        if (!v.is_number_integer() || v.get<std::int64_t>() < lo || v.get<std::int64_t>() > hi) {
            error_at_value(json_pointer_append(ptr, key), std::string("\"") + key + "\" must be a whole number from " +
                                                              std::to_string(lo) + " to " + std::to_string(hi));
            return std::nullopt;
        }
        return static_cast<int>(v.get<std::int64_t>());
    }

    std::optional<bool> boolean(const std::string& ptr, const nlohmann::json& obj, const char* key)
    {
        if (!obj.contains(key))
            return std::nullopt;
        const nlohmann::json& v = obj.at(key);
        if (!v.is_boolean()) {
            error_at_value(json_pointer_append(ptr, key), std::string("\"") + key + "\" must be true or false");
            return std::nullopt;
        }
        return v.get<bool>();
    }

    // Learner-visible text: "Vietnamese text" or {"vi": "...", "en": "...", ...}.
    LocalText text(const std::string& ptr, const nlohmann::json& obj, const char* key, bool required, const char* what)
    {
        LocalText t;
        const std::string p = json_pointer_append(ptr, key);
        if (!obj.contains(key)) {
            if (required)
                error_at_value(ptr, std::string(what) + " needs \"" + key + "\" (Vietnamese text)");
            return t;
        }
        return text_value(p, obj.at(key));
    }

    LocalText text_value(const std::string& p, const nlohmann::json& v)
    {
        LocalText t;
        if (v.is_string()) {
            if (v.get<std::string>().empty())
                error_at_value(p, "text must not be empty");
            t.set("vi", v.get<std::string>());
            return t;
        }
        if (!v.is_object()) {
            error_at_value(p, "text must be \"...\" or {\"vi\": \"...\", \"en\": \"...\"}");
            return t;
        }
        for (const auto& [lang, s] : v.items()) {
            const std::string lp = json_pointer_append(p, lang);
            const bool lang_ok = lang.size() >= 2 && lang.size() <= 8 &&
                                 std::all_of(lang.begin(), lang.end(),
                                             [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
            if (!lang_ok)
                error_at_key(lp, "\"" + lang + "\" is not a language code; use codes such as \"vi\", \"en\"");
            else if (!s.is_string() || s.get<std::string>().empty())
                error_at_value(lp, "the \"" + lang + "\" text must be non-empty text in double quotes");
            else
                t.set(lang, s.get<std::string>());
        }
        if (!v.contains("vi"))
            error_at_value(p, "Vietnamese text (\"vi\") is required; add \"vi\": \"...\" next to the other languages");
        return t;
    }

    static std::string join(const std::vector<std::string>& words)
    {
        std::string out;
        for (const auto& w : words)
            out += (out.empty() ? "" : ", ") + w;
        return out;
    }

private:
    const JsonDocument& doc_;
    std::string file_;
    Diagnostics& out_;
};

// A slug: a-z, 0-9, '-' and '_' (ids of lessons, steps, contacts).
bool is_slug(const std::string& s);
// "#RRGGBB".
bool is_colour(const std::string& s);
enum class AssetKind { Picture, Sound };
// Checks an asset path relative to the lesson: inside its folder, present, and a PNG or
// JPEG picture, or a WAV sound.
void read_asset(Reader& r, const std::string& ptr, const std::string& path, const std::string& lesson_file,
                AssetKind kind = AssetKind::Picture);
// Where `file` really is (links followed) when that is outside `folder`; empty when it
// is inside. A pack carries its folder: a link out of it leads to a file it lacks.
std::string real_path_outside(const std::string& folder, const std::string& file);

} // namespace luyenso
