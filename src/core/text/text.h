// Learner-visible text in several languages. Vietnamese ("vi") is required in lessons;
// other languages (English, Dao, Hmong, ...) are optional and fall back to Vietnamese.
#pragma once

#include <map>
#include <string>

namespace luyenso {

class LocalText {
public:
    LocalText() = default;
    explicit LocalText(std::string vi) { by_lang_["vi"] = std::move(vi); }

    void set(const std::string& lang, std::string text) { by_lang_[lang] = std::move(text); }
    // The text in `lang`, else in Vietnamese, else empty.
    const std::string& get(const std::string& lang = "vi") const;
    bool empty() const { return by_lang_.empty(); }
    const std::map<std::string, std::string>& all() const { return by_lang_; }

private:
    std::map<std::string, std::string> by_lang_;
};

} // namespace luyenso
