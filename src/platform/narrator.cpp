#include "narrator.h"

#include <SDL.h>

#include <iostream>

namespace luyenso::platform {

namespace {
// espeak-ng usually speaks at 22050 Hz, the device's rate; convert if it does not.
std::vector<std::int16_t> to_device_rate(std::vector<std::int16_t> samples, int rate)
{
    if (rate == AudioOutput::sample_rate || samples.empty())
        return samples;
    SDL_AudioCVT cvt;
    if (SDL_BuildAudioCVT(&cvt, AUDIO_S16SYS, 1, rate, AUDIO_S16SYS, 1, AudioOutput::sample_rate) <= 0)
        return samples;
    const std::size_t bytes = samples.size() * sizeof(std::int16_t);
    std::vector<std::int16_t> work(samples.size() * static_cast<std::size_t>(cvt.len_mult) + 1);
    std::copy(samples.begin(), samples.end(), work.begin());
    cvt.len = static_cast<int>(bytes);
    cvt.buf = reinterpret_cast<Uint8*>(work.data());
    if (SDL_ConvertAudio(&cvt) != 0)
        return samples;
    work.resize(static_cast<std::size_t>(cvt.len_cvt) / sizeof(std::int16_t));
    return work;
}
} // namespace

Narrator::Narrator(std::function<void()> wake, bool silent) : audio_(silent), speech_(std::move(wake))
{
}

void Narrator::say(const NarrationRequest& request)
{
    last_ = request;
    last_samples_.clear();
    audio_.stop();
    speech_.stop(); // (the browser's speech plays itself: it is stopped apart)
    if (!audio_.available())
        return; // no sound card: silent, as promised
    if (audio_.muted())
        return; // kept for "Nghe lại" once the sound is on again
    switch (request.kind) {
    case NarrationRequest::Kind::None: break;
    case NarrationRequest::Kind::Recorded: {
        std::string error;
        if (AudioOutput::load_wav(request.path, last_samples_, error)) {
            audio_.play(last_samples_);
        } else {
            std::cerr << "luyenso: " << error << "; the text is spoken instead\n";
            speech_.say(request.text, "vi", audio_.volume());
        }
        break;
    }
    case NarrationRequest::Kind::Speech: speech_.say(request.text, request.voice, audio_.volume()); break;
    }
}

void Narrator::set_muted(bool muted)
{
    audio_.set_muted(muted);
    if (muted)
        speech_.stop();
}

void Narrator::update()
{
    if (auto samples = speech_.take()) {
        last_samples_ = to_device_rate(std::move(*samples), speech_.sample_rate());
        audio_.play(last_samples_);
    }
}

void Narrator::repeat()
{
    if (!last_samples_.empty())
        audio_.play(last_samples_);
    else
        say(last_);
}

} // namespace luyenso::platform
