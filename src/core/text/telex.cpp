#include "text/telex.h"

#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace luyenso {

using telex_detail::Letter;
using telex_detail::Mark;
using telex_detail::Tone;

namespace {

// [SECTION] Letters and their precomposed forms

// Rows: a ă â e ê i o ô ơ u ư y. Columns: Tone order (none, sắc, huyền, hỏi, ngã, nặng).
// Capitals are computed (capital()).
using FormRow = std::array<std::string_view, 6>;
constexpr std::array<FormRow, 12> lower_forms = {{
    {"a", "á", "à", "ả", "ã", "ạ"},
    {"ă", "ắ", "ằ", "ẳ", "ẵ", "ặ"},
    {"â", "ấ", "ầ", "ẩ", "ẫ", "ậ"},
    {"e", "é", "è", "ẻ", "ẽ", "ẹ"},
    {"ê", "ế", "ề", "ể", "ễ", "ệ"},
    {"i", "í", "ì", "ỉ", "ĩ", "ị"},
    {"o", "ó", "ò", "ỏ", "õ", "ọ"},
    {"ô", "ố", "ồ", "ổ", "ỗ", "ộ"},
    {"ơ", "ớ", "ờ", "ở", "ỡ", "ợ"},
    {"u", "ú", "ù", "ủ", "ũ", "ụ"},
    {"ư", "ứ", "ừ", "ử", "ữ", "ự"},
    {"y", "ý", "ỳ", "ỷ", "ỹ", "ỵ"},
}};

struct VowelShape {
    char base;
    Mark mark;
};
constexpr std::array<VowelShape, 12> vowel_shapes = {{
    {'a', Mark::None},
    {'a', Mark::Breve},
    {'a', Mark::Hat},
    {'e', Mark::None},
    {'e', Mark::Hat},
    {'i', Mark::None},
    {'o', Mark::None},
    {'o', Mark::Hat},
    {'o', Mark::Horn},
    {'u', Mark::None},
    {'u', Mark::Horn},
    {'y', Mark::None},
}};

constexpr bool is_lower(char c)
{
    return c >= 'a' && c <= 'z';
}
constexpr bool is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool is_ascii_letter(char c)
{
    return is_lower(c) || is_upper(c);
}
constexpr bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr char to_lower(char c)
{
    return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char to_upper(char c)
{
    return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
constexpr bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

int vowel_row(char base, Mark mark)
{
    for (std::size_t i = 0; i < vowel_shapes.size(); ++i)
        if (vowel_shapes[i].base == base && vowel_shapes[i].mark == mark)
            return static_cast<int>(i);
    return -1;
}

// The capital of a lower-case Vietnamese letter (one code point, UTF-8): U+00E0 to U+00FE
// lie 0x20 after their capitals, the other letters (ă đ ĩ ũ ơ ư, U+1EA1 to U+1EF9) just after.
std::string capital(std::string_view lower)
{
    if (lower.size() == 1)
        return std::string(1, to_upper(lower[0]));
    auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(lower[i])); };
    std::uint32_t cp = lower.size() == 2 ? ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F)
                                         : ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    cp -= cp >= 0xE0 && cp <= 0xFE ? 0x20 : 1;
    std::string out;
    if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (cp & 0x3F));
    return out;
}

std::string render(const Letter& l)
{
    std::string lower(1, l.base);
    if (const int row = is_vowel(l.base) ? vowel_row(l.base, l.mark) : -1; row >= 0)
        lower = lower_forms[static_cast<std::size_t>(row)][static_cast<std::size_t>(l.tone)];
    else if (l.base == 'd' && l.mark == Mark::Bar)
        lower = "đ";
    return l.upper ? capital(lower) : lower;
}

std::string render(const std::vector<Letter>& word)
{
    std::string out;
    for (const Letter& l : word)
        out += render(l);
    return out;
}

// A key typed as it is.
Letter plain_letter(char key)
{
    Letter l;
    l.base = to_lower(key);
    l.upper = is_upper(key);
    return l;
}

// Reads one letter back from its UTF-8 form (one code point); nullopt if it is no letter.
std::optional<Letter> letter_from(std::string_view cp)
{
    if (cp.size() == 1 && is_ascii_letter(cp[0]))
        return plain_letter(cp[0]);
    if (cp == "đ" || cp == "Đ") {
        Letter l;
        l.base = 'd';
        l.mark = Mark::Bar;
        l.upper = cp == "Đ";
        return l;
    }
    for (std::size_t row = 0; row < vowel_shapes.size(); ++row)
        for (std::size_t tone = 0; tone < 6; ++tone)
            for (const bool upper : {false, true})
                if ((upper ? capital(lower_forms[row][tone]) : std::string(lower_forms[row][tone])) == cp) {
                    Letter l;
                    l.base = vowel_shapes[row].base;
                    l.mark = vowel_shapes[row].mark;
                    l.tone = static_cast<Tone>(tone);
                    l.upper = upper;
                    return l;
                }
    return std::nullopt;
}

bool has_marks(const std::vector<Letter>& word)
{
    return std::any_of(word.begin(), word.end(),
                       [](const Letter& l) { return l.mark != Mark::None || l.tone != Tone::None; });
}

// [SECTION] Syllables: onset, nucleus (vowels), final

// Vowel groups of Vietnamese, written with ^ for â ê ô, ( for ă, + for ơ ư. `closed` ones
// end in a semivowel and take no final consonant.
struct Nucleus {
    std::string_view pattern;
    bool closed;
};
constexpr auto nuclei = std::to_array<Nucleus>({
    {"a", false},   {"a(", false},   {"a^", false},   {"e", false},   {"e^", false},   {"i", false},    {"o", false},
    {"o^", false},  {"o+", false},   {"u", false},    {"u+", false},  {"y", false},    {"ai", true},    {"ao", true},
    {"au", true},   {"a^u", true},   {"ay", true},    {"a^y", true},  {"eo", true},    {"e^u", true},   {"ia", true},
    {"ie^", false}, {"iu", true},    {"oa", false},   {"oa(", false}, {"oe", false},   {"oi", true},    {"o^i", true},
    {"o+i", true},  {"oo", false},   {"ua", true},    {"ua^", false}, {"ui", true},    {"ue^", false},  {"uo^", false},
    {"uo+", true},  {"uy", false},   {"u+a", true},   {"u+i", true},  {"u+u", true},   {"u+o+", false}, {"ye^", false},
    {"ie^u", true}, {"ye^u", true},  {"oai", true},   {"oay", true},  {"oao", true},   {"oeo", true},   {"ua^y", true},
    {"uo^i", true}, {"u+o+i", true}, {"u+o+u", true}, {"uya", true},  {"uye^", false}, {"uyu", true},
});

// Onsets, with D for đ; "gi" and "qu" hold a vowel letter.
constexpr auto onsets = std::to_array<std::string_view>({"b",  "c",  "ch", "d", "D", "g",  "gh",  "gi", "h",
                                                         "k",  "kh", "l",  "m", "n", "ng", "ngh", "nh", "p",
                                                         "ph", "qu", "r",  "s", "t", "th", "tr",  "v",  "x"});
constexpr auto finals = std::to_array<std::string_view>({"c", "ch", "m", "n", "ng", "nh", "p", "t"});

// Letters [b, e) as a plain string (D for đ); nullopt if one carries a vowel mark or a tone.
std::optional<std::string> consonants(const std::vector<Letter>& w, std::size_t b, std::size_t e)
{
    std::string s;
    for (std::size_t i = b; i < e; ++i) {
        const Letter& l = w[i];
        if (l.tone != Tone::None || (l.mark != Mark::None && !(l.base == 'd' && l.mark == Mark::Bar)))
            return std::nullopt;
        s += l.mark == Mark::Bar ? 'D' : l.base;
    }
    return s;
}

bool onset_ok(const std::vector<Letter>& w, std::size_t b, std::size_t e, bool may_be_unfinished)
{
    // The u of "qu" and the i of "gi" may hold a tone typed before the main vowel.
    const bool held_tone = e >= b + 2 && w[e - 1].tone != Tone::None && w[e - 1].mark == Mark::None &&
                           ((w[e - 1].base == 'u' && w[e - 2].base == 'q') ||
                            (w[e - 1].base == 'i' && w[e - 2].base == 'g'));
    const auto s = consonants(w, b, held_tone ? e - 1 : e);
    if (!s)
        return false;
    if (held_tone)
        return *s == "q" || *s == "g";
    if (s->empty() || (may_be_unfinished && *s == "q"))
        return true;
    return std::find(onsets.begin(), onsets.end(), *s) != onsets.end();
}

// Whether the vowels [b, e) match `pattern`: same letters, and each mark either the
// pattern's or still to come. With `prefix`, the vowels may be the start of the pattern.
bool matches(const std::vector<Letter>& w, std::size_t b, std::size_t e, std::string_view pattern, bool prefix)
{
    std::size_t p = 0;
    for (std::size_t i = b; i < e; ++i) {
        if (p >= pattern.size() || w[i].base != pattern[p])
            return false;
        ++p;
        Mark mark = Mark::None;
        if (p < pattern.size() && (pattern[p] == '^' || pattern[p] == '(' || pattern[p] == '+')) {
            mark = pattern[p] == '^' ? Mark::Hat : pattern[p] == '(' ? Mark::Breve : Mark::Horn;
            ++p;
        }
        if (w[i].mark != Mark::None && w[i].mark != mark)
            return false;
    }
    return prefix || p == pattern.size();
}

Tone tone_of(const std::vector<Letter>& w, std::size_t b, std::size_t e)
{
    for (std::size_t i = b; i < e; ++i)
        if (w[i].tone != Tone::None)
            return w[i].tone;
    return Tone::None;
}

// Vowels [vb, ve) followed by the final [ve, fe). `unfinished`: the vowels may be the start
// of a longer group (the last syllable, with no final yet).
bool rhyme_ok(const std::vector<Letter>& w, std::size_t vb, std::size_t ve, std::size_t fe, bool unfinished)
{
    const auto final_text = consonants(w, ve, fe);
    if (!final_text)
        return false;
    const bool has_final = !final_text->empty();
    if (has_final && std::find(finals.begin(), finals.end(), *final_text) == finals.end())
        return false;
    // ch and nh only after a, ê, i, y (ach, êch, ich, uych, anh, ênh, oanh, uynh).
    if (*final_text == "ch" || *final_text == "nh") {
        const Letter& v = w[ve - 1];
        const bool ok = (v.base == 'a' && v.mark == Mark::None) || (v.base == 'e' && v.mark != Mark::Breve) ||
                        v.base == 'i' || v.base == 'y';
        if (!ok)
            return false;
    }
    // A syllable ending in c, ch, p or t takes only sắc or nặng.
    if (*final_text == "c" || *final_text == "ch" || *final_text == "p" || *final_text == "t") {
        const Tone t = tone_of(w, vb, ve);
        if (t != Tone::None && t != Tone::Sac && t != Tone::Nang)
            return false;
    }
    return std::any_of(nuclei.begin(), nuclei.end(), [&](const Nucleus& n) {
        return !(has_final && n.closed) && matches(w, vb, ve, n.pattern, unfinished && !has_final);
    });
}

// One syllable of a word: onset [begin, nucleus), vowels [nucleus, final), final [final, end).
struct Syllable {
    std::size_t begin = 0;
    std::size_t nucleus = 0;
    std::size_t final = 0;
    std::size_t end = 0;
    bool has_vowel() const { return final > nucleus; }
    bool has_final() const { return end > final; }
};

// Splits a word into syllables if it can be Vietnamese (or the start of it): every
// syllable well formed, and marks and tones only in the last one. nullopt otherwise.
std::optional<std::vector<Syllable>> parse_word(const std::vector<Letter>& w)
{
    const std::size_t n = w.size();
    std::vector<bool> vowel(n);
    for (std::size_t i = 0; i < n; ++i) {
        const char c = w[i].base;
        if (!is_lower(c) || c == 'f' || c == 'j' || c == 'w' || c == 'z')
            return std::nullopt;
        vowel[i] = is_vowel(c);
    }
    // The u of "qu" and the i of "gi" (before another vowel) belong to the onset, even
    // when they hold a tone typed before the main vowel (qú + a -> quá, gí + a -> giá).
    for (std::size_t i = 1; i < n; ++i) {
        const Letter& l = w[i];
        if (vowel[i - 1] || l.mark != Mark::None)
            continue;
        if ((l.base == 'u' && w[i - 1].base == 'q') ||
            (l.base == 'i' && w[i - 1].base == 'g' && i + 1 < n && vowel[i + 1]))
            vowel[i] = false;
    }
    std::vector<std::pair<std::size_t, std::size_t>> vowel_runs;
    for (std::size_t i = 0; i < n; ++i) {
        if (!vowel[i])
            continue;
        if (i == 0 || !vowel[i - 1])
            vowel_runs.emplace_back(i, i + 1);
        else
            vowel_runs.back().second = i + 1;
    }

    std::vector<Syllable> out;
    if (vowel_runs.empty()) {
        if (!onset_ok(w, 0, n, true))
            return std::nullopt;
        out.push_back({0, n, n, n});
        return out;
    }
    std::size_t begin = 0;
    for (std::size_t k = 0; k < vowel_runs.size(); ++k) {
        const auto [vb, ve] = vowel_runs[k];
        if (!onset_ok(w, begin, vb, false))
            return std::nullopt;
        Syllable s{begin, vb, ve, ve};
        const bool last = k + 1 == vowel_runs.size();
        const std::size_t next = last ? n : vowel_runs[k + 1].first;
        if (last && rhyme_ok(w, vb, ve, n, true)) {
            s.end = n;
            out.push_back(s);
            break;
        }
        // The consonants before the next vowel (or at the end) are split into this
        // syllable's final and the next onset, the onset as long as it can be.
        bool found = false;
        for (std::size_t cut = ve; cut <= next && !(last && cut == next); ++cut) {
            if (rhyme_ok(w, vb, ve, cut, false) && onset_ok(w, cut, next, last)) {
                s.end = cut;
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
        out.push_back(s);
        begin = s.end;
        if (last)
            out.push_back({begin, n, n, n});
    }
    for (std::size_t k = 0; k + 1 < out.size(); ++k)
        for (std::size_t i = out[k].begin; i < out[k].end; ++i)
            if (w[i].mark != Mark::None || w[i].tone != Tone::None)
                return std::nullopt;
    return out;
}

// Where the tone goes in a syllable (domain/telex.md, "Where the tone mark goes").
std::size_t tone_position(const std::vector<Letter>& w, const Syllable& s, ToneStyle style)
{
    const std::size_t b = s.nucleus;
    const std::size_t count = s.final - s.nucleus;
    if (count == 1)
        return b;
    if (count == 2) {
        const Letter& first = w[b];
        const Letter& second = w[b + 1];
        if ((first.base == 'e' && first.mark == Mark::Hat) || (first.base == 'o' && first.mark == Mark::Horn))
            return b; // ê, ơ first: êu, ơi
        if (second.mark != Mark::None || s.has_final())
            return b + 1; // ê, ơ (and â ă ô) second: iê, ươ, uâ; or a consonant follows: hoàn
        const std::string pair{first.base, second.base};
        if (pair == "oa" || pair == "oe" || pair == "uy")
            return style == ToneStyle::New ? b + 1 : b; // hoà / hòa
        return b;
    }
    if (count == 3 && w[b].base == 'u' && w[b + 1].base == 'y' && w[b + 2].base == 'e')
        return b + 2; // huyền
    return b + 1;
}

// The letter that carries a syllable's tone: its place among the vowels or, while no vowel
// follows a "qu" yet, that u (qú, which becomes quá when the a comes).
std::optional<std::size_t> tone_carrier(const std::vector<Letter>& w, const Syllable& s, ToneStyle style)
{
    if (s.has_vowel())
        return tone_position(w, s, style);
    if (s.nucleus >= s.begin + 2 && w[s.nucleus - 1].base == 'u' && w[s.nucleus - 2].base == 'q')
        return s.nucleus - 1;
    return std::nullopt;
}

// [SECTION] Keys

std::optional<Tone> tone_key(char k, InputMethod method)
{
    constexpr std::string_view telex_keys = "zsfrxj";
    constexpr std::string_view vni_keys = "012345";
    const std::string_view keys = method == InputMethod::Telex ? telex_keys : vni_keys;
    const auto at = keys.find(k);
    if (at == std::string_view::npos)
        return std::nullopt;
    return static_cast<Tone>(at);
}

// The keys that type a word again, its tone key last (the word's history after a
// backspace, used if it has to be restored as typed).
std::string keys_for(const std::vector<Letter>& word, InputMethod method)
{
    const bool telex = method == InputMethod::Telex;
    std::string keys;
    std::string tones;
    for (const Letter& l : word) {
        const char base = l.upper ? to_upper(l.base) : l.base;
        keys += base;
        switch (l.mark) {
        case Mark::None: break;
        case Mark::Hat: keys += telex ? base : '6'; break;
        case Mark::Breve: keys += telex ? (l.upper ? 'W' : 'w') : '8'; break;
        case Mark::Horn: keys += telex ? (l.upper ? 'W' : 'w') : '7'; break;
        case Mark::Bar: keys += telex ? base : '9'; break;
        }
        if (l.tone != Tone::None)
            tones += (telex ? std::string_view("zsfrxj")
                            : std::string_view("012345"))[static_cast<std::size_t>(l.tone)];
    }
    return keys + tones;
}

} // namespace

// [SECTION] VietTyper

void VietTyper::type(char key)
{
    if (key == backspace_key) {
        backspace();
        return;
    }
    const bool vni = settings_.method == InputMethod::Vni;
    if (is_ascii_letter(key) || (vni && is_digit(key))) {
        type_letter(key);
        return;
    }
    end_word();
    if ((key >= ' ' && key <= '~') || key == '\n')
        committed_ += key;
}

void VietTyper::type_keys(std::string_view keys)
{
    for (const char key : keys)
        type(key);
}

void VietTyper::type_letter(char key)
{
    keys_ += key;
    if (literal_) {
        word_.push_back(plain_letter(key));
        return;
    }
    if (!apply_key(key))
        word_.push_back(plain_letter(key));
    if (!literal_)
        after_change();
}

// Applies a tone or mark key to the last syllable. Returns false when the key is just a
// letter to add. A cancelling key adds itself and makes the word literal.
bool VietTyper::apply_key(char key)
{
    const auto parsed = parse_word(word_);
    if (!parsed)
        return false;
    const Syllable s = parsed->back();
    const char k = to_lower(key);
    const bool telex = settings_.method == InputMethod::Telex;
    auto cancel = [&] {
        word_.push_back(plain_letter(key));
        literal_ = true;
        cancel_keys_ = keys_.size();
        return true;
    };
    // Tries candidate marks in order; applies the first that changes the word and leaves it Vietnamese.
    using Change = std::vector<std::pair<std::size_t, Mark>>;
    auto try_changes = [&](const std::vector<Change>& candidates) {
        for (const Change& change : candidates) {
            std::vector<Letter> w = word_;
            bool changed = false;
            for (const auto& [i, mark] : change) {
                changed = changed || w[i].mark != mark;
                w[i].mark = mark;
            }
            if (changed && parse_word(w)) {
                word_ = std::move(w);
                return true;
            }
        }
        return false;
    };

    if (const auto tone = tone_key(k, settings_.method)) {
        const auto carrier = tone_carrier(word_, s, settings_.tone_style);
        if (!carrier)
            return false;
        const Tone current = tone_of(word_, s.begin, s.end);
        if (*tone == Tone::None && current == Tone::None)
            return false;
        for (std::size_t i = s.begin; i < s.end; ++i)
            word_[i].tone = Tone::None;
        if (*tone != Tone::None && *tone == current)
            return cancel();
        word_[*carrier].tone = *tone; // after_change() moves it when the letters change
        return true;
    }

    // â ê ô: Telex aa ee oo, VNI 6.
    if ((telex && (k == 'a' || k == 'e' || k == 'o')) || (!telex && k == '6')) {
        std::vector<Change> candidates;
        for (std::size_t i = s.final; i-- > s.nucleus;) {
            const char b = word_[i].base;
            if (telex ? b != k : (b != 'a' && b != 'e' && b != 'o'))
                continue;
            if (word_[i].mark == Mark::Hat) {
                word_[i].mark = Mark::None;
                return cancel();
            }
            candidates.push_back({{i, Mark::Hat}});
        }
        return try_changes(candidates);
    }

    // ă ơ ư: Telex w, VNI 7 (horn) and 8 (breve).
    const bool horn = (telex && k == 'w') || (!telex && k == '7');
    const bool breve = (telex && k == 'w') || (!telex && k == '8');
    if (horn || breve) {
        std::vector<Change> candidates;
        for (std::size_t i = s.nucleus; horn && i + 1 < s.final; ++i) {
            if (word_[i].base != 'u' || word_[i + 1].base != 'o')
                continue;
            if (word_[i].mark == Mark::Horn)
                candidates.push_back({{i + 1, Mark::Horn}});
            else if (s.has_final() || i + 2 < s.final)
                candidates.push_back({{i, Mark::Horn}, {i + 1, Mark::Horn}}); // ươ: nước, người
            else
                candidates.push_back({{i + 1, Mark::Horn}}); // uơ: thuở (ươ once a final follows)
        }
        for (std::size_t i = s.nucleus; i < s.final; ++i) {
            const char b = word_[i].base;
            if (breve && b == 'a')
                candidates.push_back({{i, Mark::Breve}});
            if (horn && b == 'o')
                candidates.push_back({{i, Mark::Horn}});
        }
        for (std::size_t i = s.nucleus; horn && i < s.final; ++i)
            if (word_[i].base == 'u')
                candidates.push_back({{i, Mark::Horn}});
        if (try_changes(candidates))
            return true;
        auto is_own_mark = [&](Mark m) { return (horn && m == Mark::Horn) || (breve && m == Mark::Breve); };
        bool had_mark = false;
        for (std::size_t i = s.nucleus; i < s.final; ++i)
            had_mark = had_mark || is_own_mark(word_[i].mark);
        if (had_mark) {
            // The same key again: the marks go (an ư typed by a lone w goes whole).
            std::vector<Letter> w;
            for (std::size_t i = 0; i < word_.size(); ++i) {
                Letter l = word_[i];
                const bool in_nucleus = i >= s.nucleus && i < s.final;
                if (in_nucleus && l.lone_w)
                    continue;
                if (in_nucleus && is_own_mark(l.mark))
                    l.mark = Mark::None;
                w.push_back(l);
            }
            word_ = std::move(w);
            return cancel();
        }
        if (telex && !s.has_vowel()) { // a lone w: ư
            Letter u = plain_letter(is_upper(key) ? 'U' : 'u');
            u.mark = Mark::Horn;
            u.lone_w = true;
            word_.push_back(u);
            return true;
        }
        return false;
    }

    // đ: Telex dd (right after the d), VNI 9 (anywhere in the syllable).
    if ((telex && k == 'd') || (!telex && k == '9')) {
        const bool single_d = s.nucleus == s.begin + 1 && word_[s.begin].base == 'd';
        if (!single_d || (telex && s.begin + 1 != word_.size()))
            return false;
        if (word_[s.begin].mark == Mark::Bar) {
            word_[s.begin].mark = Mark::None;
            return cancel();
        }
        word_[s.begin].mark = Mark::Bar;
        return true;
    }
    return false;
}

// After a change: a word that cannot be Vietnamese goes back to its keys; otherwise "uơ"
// before a final or a vowel becomes "ươ" and the tone moves to its place.
void VietTyper::after_change()
{
    const auto parsed = parse_word(word_);
    if (!parsed) {
        restore_as_typed();
        return;
    }
    const Syllable& s = parsed->back();
    for (std::size_t i = s.nucleus; i + 1 < s.final; ++i)
        if (word_[i].base == 'u' && word_[i].mark == Mark::None && word_[i + 1].base == 'o' &&
            word_[i + 1].mark == Mark::Horn && (s.has_final() || i + 2 < s.final))
            word_[i].mark = Mark::Horn;
    const Tone tone = tone_of(word_, s.begin, s.end);
    for (std::size_t i = s.begin; i < s.end; ++i)
        word_[i].tone = Tone::None;
    if (tone != Tone::None)
        if (const auto carrier = tone_carrier(word_, s, settings_.tone_style))
            word_[*carrier].tone = tone;
}

void VietTyper::restore_as_typed()
{
    word_.clear();
    for (const char key : keys_)
        word_.push_back(plain_letter(key));
    literal_ = true;
}

void VietTyper::end_word()
{
    if (!literal_ && has_marks(word_)) {
        // "côl" (cool) is Vietnamese only as the start of two syllables: restore it.
        const auto parsed = parse_word(word_);
        if (parsed && parsed->size() > 1 && !parsed->back().has_vowel())
            restore_as_typed();
    } else if (literal_ && cancel_keys_ > 0 && keys_.size() > cancel_keys_) {
        // Letters typed after a cancelling key ("passw...", "mess..."): unless that made one
        // Vietnamese syllable (booong -> boong), the word was not Vietnamese at all.
        const auto parsed = parse_word(word_);
        if (!parsed || parsed->size() != 1 || !parsed->back().has_vowel())
            restore_as_typed();
    }
    committed_ += render(word_);
    word_.clear();
    keys_.clear();
    literal_ = false;
    cancel_keys_ = 0;
}

void VietTyper::backspace()
{
    std::string all = text();
    if (all.empty())
        return;
    utf8_pop_back(all);
    set_text(all);
    // What is left of the word takes its tone where it belongs: "hoàn" -> "hòa".
    if (!literal_)
        after_change();
}

std::string VietTyper::text() const
{
    return committed_ + render(word_);
}

void VietTyper::set_text(std::string_view text)
{
    // The letters at the end become the word being typed.
    std::vector<Letter> letters;
    std::size_t cut = text.size();
    while (cut > 0) {
        std::size_t start = cut - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        const auto letter = letter_from(text.substr(start, cut - start));
        if (!letter)
            break;
        letters.push_back(*letter);
        cut = start;
    }
    std::reverse(letters.begin(), letters.end());
    committed_ = std::string(text.substr(0, cut));
    word_ = std::move(letters);
    keys_ = keys_for(word_, settings_.method);
    literal_ = !parse_word(word_);
    cancel_keys_ = 0;
    // The text stays as it is (no tone moved, no mark added) until a key changes the word.
}

void VietTyper::set_settings(TypingSettings settings)
{
    end_word();
    settings_ = settings;
}

std::string telex_type(std::string_view keys, const TypingSettings& settings)
{
    VietTyper typer(settings);
    typer.type_keys(keys);
    typer.end_word();
    return typer.text();
}

} // namespace luyenso
