// Sound output through SDL: mono 16-bit PCM queued to the device. Without a sound card
// (or with SDL's audio failing to open) it stays silent and says so once, never fails.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace luyenso::platform {

class AudioOutput {
public:
    static constexpr int sample_rate = 22050;

    // `silent_device`: a device that plays nothing (screenshots, tests), never the sound card.
    explicit AudioOutput(bool silent_device = false);
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    bool available() const { return device_ != 0; }
    const std::string& status() const { return status_; }

    // Replaces whatever plays with these samples (mono, sample_rate Hz).
    void play(const std::vector<std::int16_t>& samples);
    void stop();
    bool playing() const;

    // 0.0 - 1.0; applies to what is queued from now on.
    void set_volume(float volume) { volume_ = volume < 0 ? 0 : volume > 1 ? 1 : volume; }
    float volume() const { return volume_; }
    void set_muted(bool muted);
    bool muted() const { return muted_; }

    // Loads a WAV file and converts it to the device's format.
    static bool load_wav(const std::string& path, std::vector<std::int16_t>& samples, std::string& error);

private:
    std::uint32_t device_ = 0;
    std::string status_;
    float volume_ = 0.9F;
    bool muted_ = false;
};

} // namespace luyenso::platform
