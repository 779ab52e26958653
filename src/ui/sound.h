// The lesson panel's sound controls, as an interface the platform implements: the UI
// never sees SDL or the speech engine.
#pragma once

namespace luyenso::ui {

class SoundControl {
public:
    virtual ~SoundControl() = default;
    virtual bool available() const = 0; // a sound card and a voice: else the controls say so
    virtual void repeat() = 0;          // "Nghe lại": say the last narration again
    virtual bool muted() const = 0;
    virtual void set_muted(bool muted) = 0;
    virtual float volume() const = 0; // 0.0 - 1.0
    virtual void set_volume(float volume) = 0;
};

} // namespace luyenso::ui
