// Shared checks for the fuzz targets: properties that must hold for any input, whose
// failure is a bug even when nothing crashes. A failed property aborts (libFuzzer keeps
// the input as a crash).
#pragma once

#include "text/diagnostic.h"
#include "text/utf8.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace luyenso::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "fuzz property failed: %s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

// A diagnostic names a real place: line and column both 0 (the whole file) or both >= 1,
// and its message is readable text an organiser can be shown (valid UTF-8, whatever the
// input held: the parser names a bad byte rather than copying it).
inline void check_diagnostic(const Diagnostic& d)
{
    const bool whole_file = d.pos.line == 0 && d.pos.column == 0;
    if (!whole_file && (d.pos.line < 1 || d.pos.column < 1))
        fail("diagnostic position", d.to_string());
    if (d.message.empty())
        fail("empty diagnostic message", d.to_string());
    if (!utf8_valid(d.message))
        fail("diagnostic message is not valid UTF-8", d.message);
}

} // namespace luyenso::fuzz
