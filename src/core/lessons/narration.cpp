#include "lessons/narration.h"

namespace luyenso {

const std::vector<std::pair<std::string, std::string>>& vietnamese_voices()
{
    static const std::vector<std::pair<std::string, std::string>> voices = {
        {"vi", "Giọng miền Bắc"}, {"vi-vn-x-central", "Giọng miền Trung"}, {"vi-vn-x-south", "Giọng miền Nam"}};
    return voices;
}

namespace {
std::string voice_for(const std::string& lang, const std::string& vi_voice)
{
    if (lang == "vi") {
        for (const auto& [voice, label] : vietnamese_voices())
            if (voice == vi_voice)
                return voice;
        return "vi";
    }
    return lang; // espeak-ng names its voices by language code ("en")
}
} // namespace

NarrationRequest narration_for_text(const LocalText& text, const std::string& lang, const std::string& vi_voice)
{
    NarrationRequest r;
    const std::string& words = text.get(lang);
    if (words.empty())
        return r;
    // A language the text does not have falls back to Vietnamese: speak it as Vietnamese.
    const bool has_lang = text.all().count(lang) > 0;
    r.kind = NarrationRequest::Kind::Speech;
    r.text = words;
    r.voice = voice_for(has_lang ? lang : "vi", vi_voice);
    return r;
}

NarrationRequest narration_for(const Step& step, const std::string& lang, const std::string& vi_voice)
{
    const LocalText& words = step.narration.empty() ? step.say : step.narration;
    if (const auto it = step.audio.all().find(lang); it != step.audio.all().end()) {
        NarrationRequest r;
        r.kind = NarrationRequest::Kind::Recorded;
        r.path = it->second;
        r.text = words.get(lang);
        return r;
    }
    return narration_for_text(words, lang, vi_voice);
}

} // namespace luyenso
