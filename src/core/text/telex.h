// Vietnamese typing: Telex and VNI keystrokes composed into NFC (precomposed) UTF-8 text,
// as phone keyboards do it. The rules:
//   - Telex tones s f r x j (z removes), letters aa ee oo aw ow uw dd, a lone w -> ư;
//   - VNI digits 1-5 tones (0 removes), 6 â ê ô, 7 ư ơ, 8 ă, 9 đ;
//   - a tone or letter key may come anywhere after the vowel in its syllable;
//   - the same key again cancels it and types the key (tooss -> tôs), and the rest of
//     that word is then typed as it is;
//   - a word that cannot be Vietnamese is restored as typed (windows, email, facebook);
//   - tone placement in old style (hòa, thúy) or new style (hoà, thuý).
// Words may hold several syllables typed without a space (alô), but only the last one
// takes marks and tones: an earlier one that has any makes the word non-Vietnamese.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace luyenso {

enum class InputMethod { Telex, Vni };

// Where the tone goes in the open pairs oa, oe and uy: old style "hòa, khỏe, thúy"
// (the default) or new style "hoà, khoẻ, thuý".
enum class ToneStyle { Old, New };

struct TypingSettings {
    InputMethod method = InputMethod::Telex;
    ToneStyle tone_style = ToneStyle::Old;
};

// The key that deletes the last character (telex_type and VietTyper::type accept it).
inline constexpr char backspace_key = '\b';

namespace telex_detail {

enum class Mark : std::uint8_t { None, Hat, Breve, Horn, Bar }; // â ê ô / ă / ơ ư / đ
enum class Tone : std::uint8_t { None, Sac, Huyen, Hoi, Nga, Nang };

// One letter of the word being typed. `base` is a lower-case ASCII letter (or, in a word
// typed as it is, any printable ASCII character).
struct Letter {
    char base = 0;
    Mark mark = Mark::None;
    Tone tone = Tone::None;
    bool upper = false;
    bool lone_w = false; // an ư typed by a lone w (a second w takes it away whole)
};

} // namespace telex_detail

// The text of one input field and the word being composed at its end.
class VietTyper {
public:
    explicit VietTyper(TypingSettings settings = {}) : settings_(settings) {}

    // One keystroke: a printable ASCII character, backspace_key ('\b'), or '\n'.
    // Letters (and digits with VNI) build the current word; anything else ends it.
    void type(char key);
    // Several keystrokes in order.
    void type_keys(std::string_view keys);
    // Deletes the last character (code point) of the text. The tone stays with its
    // syllable unless its own vowel is deleted: "hạnh" -> "hạn", "hoà" -> "ho".
    void backspace();
    // Ends the current word as a space would, without typing anything: a word that
    // could only be Vietnamese as a fragment (côl from "cool") is restored as typed.
    void end_word();

    // The whole composed text, NFC UTF-8.
    std::string text() const;
    // Replaces the field's text (editing a field that already holds text); the word at its
    // end can still take tones and marks.
    void set_text(std::string_view text);
    void clear() { set_text({}); }

    const TypingSettings& settings() const { return settings_; }
    // Changing the method or style ends the current word first.
    void set_settings(TypingSettings settings);

private:
    using Letter = telex_detail::Letter;

    void type_letter(char key);
    bool apply_key(char key);
    void restore_as_typed();
    void after_change();

    TypingSettings settings_;
    std::string committed_;       // the text before the current word, UTF-8
    std::vector<Letter> word_;    // the current word
    std::string keys_;            // the keys that typed the current word, for restoring it
    bool literal_ = false;        // the current word is typed as it is (cancelled or restored)
    std::size_t cancel_keys_ = 0; // keys_.size() when a key cancelled a mark (0: none)
};

// Feeds `keys` (backspace_key for a backspace) to a new VietTyper, ends the last word and
// returns the text: telex_type("xin chaof") == "xin chào".
std::string telex_type(std::string_view keys, const TypingSettings& settings = {});

} // namespace luyenso
