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
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    wake_.notify_all();
    if (worker_.joinable())
        worker_.join();
    if (sample_rate_ > 0)
        espeak_Terminate();
}

void SpeechSynth::say(const std::string& text, const std::string& voice)
{
    if (!available())
        return;
    {
        std::lock_guard lock(mutex_);
        job_ = std::make_pair(text, voice);
        result_.reset();
    }
    wake_.notify_all();
}

std::optional<std::vector<std::int16_t>> SpeechSynth::take()
{
    std::lock_guard lock(mutex_);
    auto out = std::move(result_);
    result_.reset();
    return out;
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

void SpeechSynth::run()
{
    for (;;) {
        std::pair<std::string, std::string> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return quit_ || job_.has_value(); });
            if (quit_)
                return;
            job = std::move(*job_);
            job_.reset();
        }
        std::vector<std::int16_t> samples = synthesise(job.first, job.second);
        {
            std::lock_guard lock(mutex_);
            if (job_) // a newer request came meanwhile: this one is stale
                continue;
            result_ = std::move(samples);
        }
        if (ready_)
            ready_();
    }
}

} // namespace luyenso::platform
