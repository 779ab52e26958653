// SpeechSynth's queue and worker thread, whatever the engine (speech_espeak.cpp on Linux,
// speech_sapi.cpp on Windows).
#include "speech.h"

namespace luyenso::platform {

void SpeechSynth::stop_worker()
{
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    wake_.notify_all();
    if (worker_.joinable())
        worker_.join();
}

void SpeechSynth::say(const std::string& text, const std::string& voice, float /*volume*/)
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

void SpeechSynth::stop()
{
    std::lock_guard lock(mutex_);
    job_.reset();
    result_.reset();
}

std::optional<std::vector<std::int16_t>> SpeechSynth::take()
{
    std::lock_guard lock(mutex_);
    auto out = std::move(result_);
    result_.reset();
    return out;
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
