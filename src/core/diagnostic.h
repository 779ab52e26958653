// Diagnostics: problems found in a lesson or another input file, with the place they
// are at. Printed as `FILE:LINE:COL: error: message`, the format editors and CI jump to.
#pragma once

#include <string>
#include <vector>

namespace luyenso {

struct SourcePos {
    int line = 0;   // 1-based; 0 means "the file as a whole"
    int column = 0; // 1-based, counted in Unicode code points
};

struct Diagnostic {
    std::string file;
    SourcePos pos;
    std::string message;

    // "FILE:LINE:COL: error: message" (or "FILE: error: message" without a position).
    std::string to_string(const char* severity = "error") const;
    // A message reads "what is wrong; how to fix it": the two parts, for tools (`check
    // --json`). A message that is itself the instruction ("... must be ...") has no fix.
    std::string what() const;
    std::string fix() const;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace luyenso
