// Narration: plays a step's recording, or speaks its text with espeak-ng, without ever
// blocking a frame. Silent (no error) when there is no sound card.
#pragma once

#include "audio.h"
#include "lessons/narration.h"
#include "sound.h"
#include "speech.h"

#include <functional>
#include <string>

namespace luyenso::platform {

class Narrator final : public ui::SoundControl {
public:
    // `wake` is called (from another thread) when synthesised speech is ready.
    // `silent`: nothing reaches the sound card (screenshots, tests); the controls still show.
    explicit Narrator(std::function<void()> wake = {}, bool silent = false);

    void say(const NarrationRequest& request);
    // Call once per frame: hands finished speech to the sound card.
    void update();
    const std::string& status() const { return audio_.status(); }
    // Sound is queued to the sound card (a recording or speech being played).
    bool playing() const { return audio_.playing(); }

    bool available() const override { return audio_.available(); }
    void repeat() override;
    bool muted() const override { return audio_.muted(); }
    // Muting stops what is being said (recorded or spoken, the browser's speech too); while
    // muted nothing is said, and "Nghe lại" after unmuting says the last narration.
    void set_muted(bool muted) override;
    float volume() const override { return audio_.volume(); }
    void set_volume(float volume) override { audio_.set_volume(volume); }

private:
    AudioOutput audio_;
    SpeechSynth speech_;
    NarrationRequest last_;
    std::vector<std::int16_t> last_samples_;
};

} // namespace luyenso::platform
