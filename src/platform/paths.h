// File-system locations: where the built-in lessons, fonts and the user's data are.
// Everything OS-specific about paths lives here (no SDL needed, so CLI commands use it).
#pragma once

#include <string>
#include <vector>

namespace luyenso::platform {

// Folder of the running executable, or empty if unknown.
std::string executable_dir();

// The built-in lessons: <exe>/lessons (Windows), <exe>/../share/luyenso/lessons when
// installed, else the source tree's lessons/ (a development build), else empty.
std::string default_lessons_dir(const std::string& source_dir);

// A portable copy (a USB stick): portable.txt lies beside the executable, and the data
// is kept in <exe>/data instead of the user's profile.
bool portable_mode();

// The user's data folder: <exe>/data in a portable copy; else %APPDATA%\LuyenSo on
// Windows, $XDG_DATA_HOME/luyenso or ~/.local/share/luyenso elsewhere.
std::string default_data_dir();

// A font file by name: beside the program (<exe>/fonts), then the system's font folders
// (%WINDIR%\Fonts; /usr/share/fonts/...), or empty if not found.
std::string find_font(const std::vector<std::string>& names);

} // namespace luyenso::platform
