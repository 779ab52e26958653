// Speech synthesis in a worker thread, a frame never waits for it: libespeak-ng on Linux,
// Windows' SAPI voices on Windows.
// say() replaces what was asked before; take() hands over the samples when ready.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace luyenso::platform {

class SpeechSynth {
public:
    // `ready` is called from the worker thread when samples are ready (to wake the
    // frame loop); it must be thread-safe.
    explicit SpeechSynth(std::function<void()> ready = {});
    ~SpeechSynth();
    SpeechSynth(const SpeechSynth&) = delete;
    SpeechSynth& operator=(const SpeechSynth&) = delete;

    bool available() const { return sample_rate_ > 0; }
    int sample_rate() const { return sample_rate_; }

    // `volume` (0 - 1): the browser's speech plays at it; on the desktop the samples are
    // scaled when played (AudioOutput), so it is not used here.
    void say(const std::string& text, const std::string& voice, float volume);
    // Drops what was asked and not yet taken (a synthesis already under way still ends in a
    // result); the browser's speech stops talking at once.
    void stop();
    // The samples of the last request, once synthesised (each result is taken once).
    std::optional<std::vector<std::int16_t>> take();

    // Synthesises at once, on the calling thread (for tests and `luyenso say`).
    std::vector<std::int16_t> synthesise(const std::string& text, const std::string& voice);

private:
    std::function<void()> ready_;
    int sample_rate_ = 0;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<std::pair<std::string, std::string>> job_; // text, voice
    std::optional<std::vector<std::int16_t>> result_;
    bool quit_ = false;
    std::mutex engine_; // one synthesis at a time (espeak-ng is one engine per process)
    std::thread worker_;

    void run();
    void stop_worker();
};

} // namespace luyenso::platform
