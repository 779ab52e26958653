#include "trainer_pin.h"

#include <array>
#include <cstdint>
#include <cstdio>

namespace luyenso {

namespace {

constexpr std::array<std::uint32_t, 64> k = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

constexpr int iterations = 10'000;

std::string hex(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

std::string stretched(const std::string& pin, const std::string& salt_hex)
{
    std::string h = sha256_hex(salt_hex + ":" + pin);
    for (int i = 1; i < iterations; ++i)
        h = sha256_hex(h + salt_hex);
    return h;
}

} // namespace

std::string sha256_hex(std::string_view data)
{
    std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::string m(data);
    const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
    m += static_cast<char>(0x80);
    while (m.size() % 64 != 56)
        m += '\0';
    for (int i = 7; i >= 0; --i)
        m += static_cast<char>((bits >> (8 * i)) & 0xFF);
    for (std::size_t block = 0; block < m.size(); block += 64) {
        std::array<std::uint32_t, 64> w{};
        for (std::size_t i = 0; i < 16; ++i)
            for (std::size_t j = 0; j < 4; ++j)
                w[i] = (w[i] << 8) | static_cast<unsigned char>(m[block + 4 * i + j]);
        for (std::size_t i = 16; i < 64; ++i) {
            const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        auto [a, b, c, d, e, f, g, hh] = h;
        for (std::size_t i = 0; i < 64; ++i) {
            const std::uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        const std::array<std::uint32_t, 8> add = {a, b, c, d, e, f, g, hh};
        for (std::size_t i = 0; i < 8; ++i)
            h[i] += add[i];
    }
    char out[65];
    for (std::size_t i = 0; i < 8; ++i)
        std::snprintf(out + 8 * i, 9, "%08x", static_cast<unsigned>(h[i]));
    return std::string(out, 64);
}

std::string pin_problem(const std::string& pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return "Mã PIN cần từ 4 đến 8 chữ số.";
    for (const char c : pin)
        if (c < '0' || c > '9')
            return "Mã PIN chỉ gồm chữ số.";
    return {};
}

std::string pin_record(const std::string& pin, const std::string& salt)
{
    const std::string salt_hex = hex(salt);
    return "sha256x" + std::to_string(iterations) + ":" + salt_hex + ":" + stretched(pin, salt_hex);
}

bool pin_matches(const std::string& pin, const std::string& record)
{
    const std::string prefix = "sha256x" + std::to_string(iterations) + ":";
    if (record.rfind(prefix, 0) != 0)
        return false;
    const auto colon = record.find(':', prefix.size());
    if (colon == std::string::npos)
        return false;
    const std::string salt_hex = record.substr(prefix.size(), colon - prefix.size());
    const std::string expected = record.substr(colon + 1);
    const std::string got = stretched(pin, salt_hex);
    // Compare every character, whatever differs first.
    unsigned diff = expected.size() == got.size() ? 0U : 1U;
    for (std::size_t i = 0; i < got.size() && i < expected.size(); ++i)
        diff |= static_cast<unsigned>(got[i] ^ expected[i]);
    return diff == 0;
}

} // namespace luyenso
