#include "progress/progress_util.h"

#include "text/u8path.h"
#include "text/utf8.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace luyenso::progress {

namespace {

std::uint64_t mix(std::uint64_t x) // splitmix64's finaliser
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// Lower case of one code point: ASCII, Latin-1, Latin Extended-A, Ơ/Ư and the Latin
// Extended Additional block that holds Vietnamese letters with tone marks.
char32_t lower(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return c + 32;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7))
        return c + 32;
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
        // Pairs are even/odd up to U+0137 and from U+014A; odd/even from U+0139 to U+0148
        // and from U+0179.
        const bool odd_upper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
        if (odd_upper ? (c % 2 == 1) : (c % 2 == 0))
            return c + 1;
        return c;
    }
    if (c == 0x1A0 || c == 0x1AF)
        return c + 1;
    if (c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0)
        return c + 1;
    return c;
}

void append_utf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string two(long v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02ld", v);
    return buf;
}

struct Civil {
    int year;
    unsigned month, day;
    long hour, minute, second, millis;
};

// The times written with four-digit years (ISO 8601 without extensions).
constexpr std::int64_t first_ms = -62'167'219'200'000; // 0000-01-01T00:00:00Z
constexpr std::int64_t last_ms = 253'402'300'799'999;  // 9999-12-31T23:59:59.999Z

// A time clamped into the years 0000-9999.
Civil civil(std::int64_t ms)
{
    using namespace std::chrono;
    ms = std::clamp(ms, first_ms, last_ms);
    const sys_time<milliseconds> t{milliseconds(ms)};
    const sys_days day = floor<days>(t);
    const year_month_day ymd{day};
    const auto in_day = (t - day).count(); // ms
    return {static_cast<int>(ymd.year()),
            static_cast<unsigned>(ymd.month()),
            static_cast<unsigned>(ymd.day()),
            static_cast<long>(in_day / 3'600'000),
            static_cast<long>(in_day / 60'000 % 60),
            static_cast<long>(in_day / 1000 % 60),
            static_cast<long>(in_day % 1000)};
}

} // namespace

std::optional<std::string> read_file_text(const std::string& path)
{
    std::ifstream in(u8_path(path), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

Hash128 hash128(std::string_view text)
{
    // Two FNV-1a streams with different bases, each finalised with the length.
    std::uint64_t a = 0xcbf29ce484222325ULL;
    std::uint64_t b = 0x84222325cbf29ce4ULL;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        a = (a ^ c) * 0x100000001b3ULL;
        b = (b ^ c ^ 0x5a) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    }
    const std::uint64_t n = text.size();
    return {mix(a ^ mix(n)), mix(b + mix(a) + n)};
}

std::string uuid_from(std::string_view text)
{
    const Hash128 h = hash128(text);
    std::uint64_t hi = h.hi;
    std::uint64_t lo = h.lo;
    hi = (hi & ~0xF000ULL) | 0x8000ULL;                 // version 8
    lo = (lo & ~(0xC000ULL << 48)) | (0x8000ULL << 48); // variant 10xx
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(hi >> 32),
                  static_cast<unsigned long long>((hi >> 16) & 0xFFFF), static_cast<unsigned long long>(hi & 0xFFFF),
                  static_cast<unsigned long long>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
    return buf;
}

std::string short_id(std::string_view text)
{
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash128(text).hi));
    return buf;
}

std::string fold_name(std::string_view name)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < name.size();) {
        const char32_t c = utf8_decode(name, i);
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        append_utf8(out, lower(c));
    }
    return out;
}

std::string tidy_spaces(std::string_view text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string clean_text(std::string_view text)
{
    std::string out = utf8_repair(text);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = ' ';
    return tidy_spaces(out);
}

std::string iso_utc(std::int64_t ms)
{
    const Civil c = civil(ms);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ldZ", c.year, c.month, c.day, c.hour, c.minute,
                  c.second, c.millis);
    return buf;
}

void append_local_date_time(std::string& out, std::int64_t ms, int utc_offset_min)
{
    const Civil c = civil(std::clamp(ms, first_ms, last_ms) + std::int64_t{utc_offset_min} * 60'000);
    char buf[16] = {};
    auto digits = [&](std::size_t at, long v, int n) {
        for (int i = n - 1; i >= 0; --i, v /= 10)
            buf[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
    };
    digits(0, c.year, 4);
    buf[4] = '-';
    digits(5, static_cast<long>(c.month), 2);
    buf[7] = '-';
    digits(8, static_cast<long>(c.day), 2);
    buf[10] = ' ';
    digits(11, c.hour, 2);
    buf[13] = ':';
    digits(14, c.minute, 2);
    out.append(buf, 16);
}

std::string local_date_time(std::int64_t ms, int utc_offset_min)
{
    std::string out;
    append_local_date_time(out, ms, utc_offset_min);
    return out;
}

std::string local_date(std::int64_t ms, int utc_offset_min)
{
    return local_date_time(ms, utc_offset_min).substr(0, 10);
}

std::string iso_duration(std::int64_t ms)
{
    if (ms < 0)
        ms = 0;
    const std::int64_t h = ms / 3'600'000;
    const std::int64_t m = ms / 60'000 % 60;
    const std::int64_t s = ms / 1000 % 60;
    const std::int64_t frac = ms % 1000;
    std::string out = "PT";
    if (h > 0)
        out += std::to_string(h) + "H";
    if (m > 0)
        out += std::to_string(m) + "M";
    if (s > 0 || frac > 0 || (h == 0 && m == 0)) {
        out += std::to_string(s);
        if (frac > 0) {
            std::string f = "." + std::string(frac < 100 ? (frac < 10 ? "00" : "0") : "") + std::to_string(frac);
            while (f.back() == '0')
                f.pop_back();
            out += f;
        }
        out += "S";
    }
    return out;
}

std::string human_duration(std::int64_t ms, const std::string& lang)
{
    const bool vi = lang != "en";
    const std::int64_t total_s = (ms < 0 ? 0 : ms) / 1000;
    const std::int64_t h = total_s / 3600;
    const std::int64_t m = total_s / 60 % 60;
    const std::int64_t s = total_s % 60;
    if (h > 0)
        return std::to_string(h) + (vi ? " giờ " : " h ") + std::to_string(m) + (vi ? " phút" : " min");
    if (m > 0)
        return std::to_string(m) + (vi ? " phút " : " min ") + two(static_cast<long>(s)) + (vi ? " giây" : " s");
    return std::to_string(s) + (vi ? " giây" : " s");
}

std::vector<std::string> split_ids(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        std::size_t k = i;
        while (k < text.size() && text[k] != ' ')
            ++k;
        if (k > i) {
            std::string id(text.substr(i, k - i));
            if (std::find(out.begin(), out.end(), id) == out.end())
                out.push_back(std::move(id));
        }
        i = k;
    }
    return out;
}

std::string join_ids(const std::vector<std::string>& ids)
{
    std::string out;
    std::vector<std::string> seen;
    for (const std::string& id : ids) {
        if (id.empty() || std::find(seen.begin(), seen.end(), id) != seen.end())
            continue;
        seen.push_back(id);
        out += (out.empty() ? "" : " ") + id;
    }
    return out;
}

} // namespace luyenso::progress
