// Mojibake: Vietnamese text saved as UTF-8 but read back as Windows-1252 (or Latin-1) and
// saved again, as a text editor or spreadsheet on an old PC does ("Ä\x90Ã³ng" for "Đóng",
// "Æ°" for "ư", "áº¡" for "ạ"). The text is still valid UTF-8, so only its look gives it
// away; `check` warns about it with the text that was most likely meant.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace luyenso {

// The text as it was most likely meant, if `text` holds a UTF-8 sequence of two or more
// bytes that was read as Windows-1252 (or Latin-1) characters; nullopt if it holds none.
// Characters a Windows-1252 editor could not show (U+FFFD in their place) are taken as
// the byte that makes a valid sequence. Text around such sequences is kept as it is.
std::optional<std::string> undo_mojibake(std::string_view text);

} // namespace luyenso
