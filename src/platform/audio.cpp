#include "audio.h"

#include <SDL.h>

#include <algorithm>

namespace luyenso::platform {

AudioOutput::AudioOutput(bool silent_device)
{
    if (silent_device)
        SDL_SetHint("SDL_AUDIODRIVER", "dummy");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        status_ = std::string("no sound: ") + SDL_GetError();
        return;
    }
    SDL_AudioSpec want{};
    want.freq = sample_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    // SDL's dummy device sleeps one buffer's length at a time, and closing it waits for
    // that sleep: a short buffer lets a screenshot run exit ~90 ms sooner.
    want.samples = silent_device ? 128 : 1024;
    SDL_AudioSpec have{};
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (device_ == 0) {
        status_ = std::string("no sound device: ") + SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return;
    }
    SDL_PauseAudioDevice(device_, 0);
    status_ = "sound on";
}

AudioOutput::~AudioOutput()
{
    if (device_ != 0) {
        SDL_CloseAudioDevice(device_);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
}

void AudioOutput::play(const std::vector<std::int16_t>& samples)
{
    if (device_ == 0)
        return;
    SDL_ClearQueuedAudio(device_);
    if (muted_ || samples.empty())
        return;
    std::vector<std::int16_t> scaled(samples.size());
    std::transform(samples.begin(), samples.end(), scaled.begin(),
                   [&](std::int16_t s) { return static_cast<std::int16_t>(static_cast<float>(s) * volume_); });
    SDL_QueueAudio(device_, scaled.data(), static_cast<Uint32>(scaled.size() * sizeof(std::int16_t)));
}

void AudioOutput::stop()
{
    if (device_ != 0)
        SDL_ClearQueuedAudio(device_);
}

bool AudioOutput::playing() const
{
    return device_ != 0 && SDL_GetQueuedAudioSize(device_) > 0;
}

void AudioOutput::set_muted(bool muted)
{
    muted_ = muted;
    if (muted)
        stop();
}

bool AudioOutput::load_wav(const std::string& path, std::vector<std::int16_t>& samples, std::string& error)
{
    SDL_AudioSpec spec{};
    Uint8* buffer = nullptr;
    Uint32 length = 0;
    if (!SDL_LoadWAV(path.c_str(), &spec, &buffer, &length)) {
        error = "cannot read the recording '" + path + "': " + SDL_GetError();
        return false;
    }
    SDL_AudioCVT cvt;
    if (SDL_BuildAudioCVT(&cvt, spec.format, spec.channels, spec.freq, AUDIO_S16SYS, 1, sample_rate) < 0) {
        error = "cannot convert the recording '" + path + "': " + SDL_GetError();
        SDL_FreeWAV(buffer);
        return false;
    }
    std::vector<Uint8> work(static_cast<std::size_t>(length) * static_cast<std::size_t>(std::max(1, cvt.len_mult)));
    std::copy(buffer, buffer + length, work.begin());
    SDL_FreeWAV(buffer);
    cvt.len = static_cast<int>(length);
    cvt.buf = work.data();
    if (cvt.needed && SDL_ConvertAudio(&cvt) != 0) {
        error = "cannot convert the recording '" + path + "': " + SDL_GetError();
        return false;
    }
    const int bytes = cvt.needed ? cvt.len_cvt : static_cast<int>(length);
    samples.resize(static_cast<std::size_t>(bytes) / sizeof(std::int16_t));
    std::copy(work.begin(), work.begin() + static_cast<std::ptrdiff_t>(samples.size() * sizeof(std::int16_t)),
              reinterpret_cast<Uint8*>(samples.data()));
    return true;
}

} // namespace luyenso::platform
