// The web build only (cmake/web.cmake includes it before every file): what emscripten
// 3.1.6's libc++ (LLVM 14) lacks of C++20 and our code uses. Remove each when
// emscripten's libc++ has it (or when the code that needs it no longer does).
// - std::from_chars for double (the lesson reader, src/core/json_source.cpp): here with
//   the standard's meaning for the text the JSON reader hands it (a JSON number, already
//   checked), by the C library's strtod, whose locale in the browser is always "C".
// - std::to_string of a file time's count, which libc++ keeps in an __int128 (the store's
//   fingerprint, src/core/progress_store.cpp): the count fits in 64 bits for any date.
#pragma once

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <string>
#include <system_error>

#if defined(__EMSCRIPTEN__) && defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 170000
namespace std {
inline from_chars_result from_chars(const char* first, const char* last, double& value,
                                    chars_format = chars_format::general)
{
    const std::string text(first, last); // strtod needs its end
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str())
        return {first, errc::invalid_argument};
    const char* stop = first + (end - text.c_str());
    if (errno == ERANGE)
        return {stop, errc::result_out_of_range};
    value = v;
    return {stop, errc()};
}

inline string to_string(__int128 value)
{
    return to_string(static_cast<long long>(value));
}
} // namespace std
#endif
