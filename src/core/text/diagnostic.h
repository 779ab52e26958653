// Diagnostics: problems found in a lesson or another input file, with the place they
// are at. Printed as `FILE:LINE:COL: error: message`, the format editors and CI jump to;
// `luyenso check` prints them in Vietnamese ("lỗi") unless asked for English.
#pragma once

#include "text/messages.h"

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
    // In English, "what is wrong; how to fix it". A diagnostic made from the message
    // table (below) has it filled from there; one made from text alone has only this.
    std::string message;
    std::string pointer = {}; // the JSON pointer of the place ("/steps/2/target"), when known
    Message what_msg = {};    // from the message table; id empty: `message` is all there is
    Message fix_msg = {};     // how to fix it; id empty: no fix (or it is in `message`)

    // The message's id, stable across versions ("text" for one made from text alone).
    std::string id() const;
    // "what; fix" in "vi" or "en".
    std::string text(const std::string& lang = "en") const;
    // "FILE:LINE:COL: error: message" (or "FILE: error: message" without a position).
    std::string to_string(const char* severity = "error", const std::string& lang = "en") const;
    // The two parts of the message, for tools (`check --json`). A message made from text
    // alone reads "what; fix"; one that is itself the instruction ("... must be ...") has no fix.
    std::string what(const std::string& lang = "en") const;
    std::string fix(const std::string& lang = "en") const;
};

// A diagnostic from the message table: `message` gets the English text.
Diagnostic make_diagnostic(std::string file, SourcePos pos, std::string pointer, Message what, Message fix = {});

using Diagnostics = std::vector<Diagnostic>;

} // namespace luyenso
