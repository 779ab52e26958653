// Whether a string is a number written in ASCII digits: account numbers, codes, amounts.
#pragma once

#include <algorithm>
#include <string_view>

namespace luyenso {

// One or more of 0-9 and nothing else (an empty string is not a number).
inline bool is_digits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace luyenso
