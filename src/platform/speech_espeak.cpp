// SpeechSynth's engine on Linux: libespeak-ng (the worker and the queue: speech.cpp).
#include "speech.h"

#include <espeak-ng/speak_lib.h>

#include <cstring>

namespace luyenso::platform {

namespace {
// espeak-ng calls this with chunks of samples; user_data points at the output vector.
int collect(short* wav, int count, espeak_EVENT* events)
{
    if (wav && count > 0 && events && events->user_data) {
        auto* out = static_cast<std::vector<std::int16_t>*>(events->user_data);
        out->insert(out->end(), wav, wav + count);
    }
    return 0; // go on
}
} // namespace

SpeechSynth::SpeechSynth(std::function<void()> ready) : ready_(std::move(ready))
{
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, 0);
    if (rate <= 0)
        return; // no speech data installed: narration stays silent
    sample_rate_ = rate;
    espeak_SetSynthCallback(collect);
    espeak_SetParameter(espeakRATE, 140, 0); // slower than normal, for older listeners
    worker_ = std::thread([this] { run(); });
}

SpeechSynth::~SpeechSynth()
{
    stop_worker();
    if (sample_rate_ > 0)
        espeak_Terminate();
}

std::vector<std::int16_t> SpeechSynth::synthesise(const std::string& text, const std::string& voice)
{
    std::vector<std::int16_t> samples;
    if (!available())
        return samples;
    std::lock_guard lock(engine_);
    if (espeak_SetVoiceByName(voice.c_str()) != EE_OK)
        espeak_SetVoiceByName("vi");
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &samples);
    return samples;
}

} // namespace luyenso::platform
