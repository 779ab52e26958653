// File-system locations: where the built-in lessons, fonts and the user's data are.
// Everything OS-specific about paths lives here (no SDL needed, so CLI commands use it).
#pragma once

#include <string>
#include <vector>

namespace luyenso::platform {

// Folder of the running executable, or empty if unknown.
std::string executable_dir();

// The built-in lessons: <exe>/../share/luyenso/lessons when installed, else the source
// tree's lessons/ (a development build), else empty.
std::string default_lessons_dir(const std::string& source_dir);

// The user's data folder: $XDG_DATA_HOME/luyenso or ~/.local/share/luyenso.
std::string default_data_dir();

// A font file by name from the usual system font folders, or empty if not found.
std::string find_font(const std::vector<std::string>& names);

} // namespace luyenso::platform
