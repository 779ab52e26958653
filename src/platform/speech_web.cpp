// SpeechSynth in the browser: the page's own speech (speechSynthesis), which plays the
// words itself; nothing is synthesised into samples here, so take() has nothing. Only a
// voice of the asked language is used ("vi" -> a vi-VN voice); where the device has none,
// the text alone is shown, as the issue asks (a voice of another language would garble it).
#include "speech.h"

#include <emscripten.h>

namespace luyenso::platform {

namespace {

// clang-format off
EM_JS(void, luyenso_speak, (const char* text, const char* language, float volume), {
    if (typeof speechSynthesis === 'undefined')
        return;
    const words = UTF8ToString(text);
    const lang = UTF8ToString(language).toLowerCase();
    const voice = speechSynthesis.getVoices().find(v => v.lang.replace('_', '-').toLowerCase().startsWith(lang));
    speechSynthesis.cancel();
    if (!voice || words.length === 0)
        return;
    const u = new SpeechSynthesisUtterance(words);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.85; // slower than normal, for older listeners (as espeak-ng at 140 words a minute)
    u.volume = Math.min(1, Math.max(0, volume)); // the narrator's volume, as the desktop's samples
    speechSynthesis.speak(u);
});
EM_JS(void, luyenso_stop_speaking, (), {
    if (typeof speechSynthesis !== 'undefined')
        speechSynthesis.cancel();
});
// clang-format on

} // namespace

SpeechSynth::SpeechSynth(std::function<void()> ready) : ready_(std::move(ready))
{
}

SpeechSynth::~SpeechSynth() = default;

void SpeechSynth::say(const std::string& text, const std::string& voice, float volume)
{
    // An espeak-ng voice name ("vi", "vi-vn-x-south", "en-us"): its language is the part before '-'.
    const std::string language = voice.substr(0, voice.find('-'));
    luyenso_speak(text.c_str(), language.empty() ? "vi" : language.c_str(), volume);
}

void SpeechSynth::stop()
{
    luyenso_stop_speaking();
}

std::optional<std::vector<std::int16_t>> SpeechSynth::take()
{
    return std::nullopt;
}

std::vector<std::int16_t> SpeechSynth::synthesise(const std::string&, const std::string&)
{
    return {};
}

} // namespace luyenso::platform
