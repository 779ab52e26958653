// libFuzzer target: the Telex/VNI typing engine (VietTyper, telex_type). The first byte
// picks the method and the tone style; the rest are keystrokes (printable ASCII,
// backspace, newline: what the keyboard sends). Checks, for any keystrokes:
// - the text is always valid UTF-8, after every key;
// - typing key by key and ending the word gives what telex_type gives;
// - ending a word twice changes nothing;
// - set_text(text()) keeps the text as it is (a field opened for editing does not change).
#include "fuzz_support.h"
#include "text/telex.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    luyenso::TypingSettings settings;
    settings.method = (data[0] & 1) != 0 ? luyenso::InputMethod::Vni : luyenso::InputMethod::Telex;
    settings.tone_style = (data[0] & 2) != 0 ? luyenso::ToneStyle::New : luyenso::ToneStyle::Old;

    std::string keys;
    for (std::size_t i = 1; i < size; ++i) {
        const auto c = static_cast<char>(data[i]);
        if ((data[i] >= 0x20 && data[i] < 0x7F) || c == luyenso::backspace_key || c == '\n')
            keys += c;
    }

    luyenso::VietTyper typer(settings);
    for (const char key : keys) {
        typer.type(key);
        if (!luyenso::utf8_valid(typer.text()))
            luyenso::fuzz::fail("typed text is not valid UTF-8", keys);
    }
    typer.end_word();
    const std::string text = typer.text();
    if (!luyenso::utf8_valid(text))
        luyenso::fuzz::fail("typed text is not valid UTF-8", keys);
    if (text != luyenso::telex_type(keys, settings))
        luyenso::fuzz::fail("key by key differs from telex_type", keys);
    typer.end_word();
    if (typer.text() != text)
        luyenso::fuzz::fail("ending the word twice changed the text", keys);

    luyenso::VietTyper editor(settings);
    editor.set_text(text);
    if (editor.text() != text)
        luyenso::fuzz::fail("set_text(text) changed the text", text + " -> " + editor.text());
    return 0;
}
