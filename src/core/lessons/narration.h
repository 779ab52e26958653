// What to say for a step, and how: a recorded audio file the lesson names (a trainer's
// voice, or a language no speech engine has), or else speech synthesised from the
// step's narration text (its instruction if it has none). Pure selection: the platform
// plays it.
#pragma once

#include "lessons/lesson.h"

#include <string>

namespace luyenso {

struct NarrationRequest {
    enum class Kind { None, Recorded, Speech };
    Kind kind = Kind::None;
    std::string path;  // Recorded: the WAV file
    std::string text;  // Speech: what to say; Recorded: the same words, for captions and logs
    std::string voice; // Speech: the espeak-ng voice ("vi", "vi-vn-x-central", "vi-vn-x-south", "en")

    bool operator==(const NarrationRequest&) const = default;
};

// The Vietnamese voices a learner can choose from, Northern first (the default).
const std::vector<std::pair<std::string, std::string>>& vietnamese_voices(); // voice, label

// The narration of `step` in `lang`. `vi_voice` is the learner's Vietnamese voice.
// A recorded file is used when the step names one for that language; otherwise speech.
NarrationRequest narration_for(const Step& step, const std::string& lang, const std::string& vi_voice);
// Speech for any other text the learner sees (a hint, feedback, the praise at the end).
NarrationRequest narration_for_text(const LocalText& text, const std::string& lang, const std::string& vi_voice);

} // namespace luyenso
