// Reading a lesson's JSON with positioned errors: typed access that reports every
// problem as FILE:LINE:COL and goes on. The apps' own world sections (bank, e-ID, ...)
// are read with it in their own files.
#pragma once

#include "lessons/lesson.h"
#include "phone/world.h"
#include "text/diagnostic.h"
#include "text/json_source.h"

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

    // A message from the table (messages.cpp): what is wrong, and how to fix it.
    void error_at_value(const std::string& ptr, Message what, Message fix = {})
    {
        out_.push_back(make_diagnostic(file_, doc_.value_pos(ptr), ptr, std::move(what), std::move(fix)));
    }
    void error_at_key(const std::string& ptr, Message what, Message fix = {})
    {
        out_.push_back(make_diagnostic(file_, doc_.key_pos(ptr), ptr, std::move(what), std::move(fix)));
    }
    // A message in English only ("what; fix"), for the readers not yet in the table.
    void error_text_at_value(const std::string& ptr, std::string message)
    {
        Diagnostic d{file_, doc_.value_pos(ptr), std::move(message)};
        d.pointer = ptr;
        out_.push_back(std::move(d));
    }
    // "did you mean" the nearest of `candidates`, else `otherwise`.
    static Message suggest(const std::string& word, const std::vector<std::string>& candidates, Message otherwise)
    {
        if (auto near = did_you_mean(word, candidates))
            return {"did-you-mean", {*near}};
        return otherwise;
    }
    std::size_t error_count() const { return out_.size(); }
    const std::string& file() const { return file_; }
    SourcePos pos(const std::string& ptr) const { return doc_.value_pos(ptr); }

    // Reports keys that are not in `allowed`, suggesting the nearest allowed one.
    bool object(const std::string& ptr, const nlohmann::json& j, const std::vector<std::string>& allowed,
                const char* what)
    {
        if (!j.is_object()) {
            error_at_value(ptr, {"must-be-object", {what}});
            return false;
        }
        for (const auto& [key, value] : j.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
                continue;
            error_at_key(json_pointer_append(ptr, key), {"unknown-key", {key, what}},
                         suggest(key, allowed, {"fix-allowed-keys", {join(allowed)}}));
        }
        return true;
    }

    // The list under `key` in `obj`, or nullptr (with an error if it is not a list).
    const nlohmann::json* list(const std::string& ptr, const nlohmann::json& obj, const char* key)
    {
        if (!obj.contains(key))
            return nullptr;
        if (!obj.at(key).is_array()) {
            error_at_value(json_pointer_append(ptr, key), {"must-be-list", {key}});
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
                error_at_value(ptr, {"needs-key", {what, key}});
            return std::nullopt;
        }
        const nlohmann::json& v = obj.at(key);
        if (!v.is_string() || v.get<std::string>().empty()) {
            error_at_value(p, {"must-be-text", {key}});
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
            error_at_value(json_pointer_append(ptr, key),
                           {"must-be-whole-number", {key, std::to_string(lo), std::to_string(hi)}});
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
            error_at_value(json_pointer_append(ptr, key), {"must-be-bool", {key}});
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
                error_at_value(ptr, {"needs-key-vi", {what, key}});
            return t;
        }
        return text_value(p, obj.at(key));
    }

    LocalText text_value(const std::string& p, const nlohmann::json& v)
    {
        LocalText t;
        if (v.is_string()) {
            if (v.get<std::string>().empty())
                error_at_value(p, {"text-empty"});
            t.set("vi", v.get<std::string>());
            return t;
        }
        if (!v.is_object()) {
            error_at_value(p, {"text-shape"});
            return t;
        }
        for (const auto& [lang, s] : v.items()) {
            const std::string lp = json_pointer_append(p, lang);
            const bool lang_ok = lang.size() >= 2 && lang.size() <= 8 &&
                                 std::all_of(lang.begin(), lang.end(),
                                             [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
            if (!lang_ok)
                error_at_key(lp, {"not-a-language", {lang}}, {"fix-language-codes"});
            else if (!s.is_string() || s.get<std::string>().empty())
                error_at_value(lp, {"language-text-empty", {lang}});
            else
                t.set(lang, s.get<std::string>());
        }
        if (!v.contains("vi"))
            error_at_value(p, {"vi-required"}, {"fix-add-vi"});
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
