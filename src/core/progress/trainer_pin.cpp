#include "progress/trainer_pin.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace luyenso {

namespace {

// libsodium's "interactive" settings: about 0.1 s and 64 MB a try on a 2015 laptop.
constexpr unsigned long long ops_limit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t mem_limit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

constexpr const char* legacy_prefix = "sha256x10000:";
constexpr int legacy_iterations = 10'000;

bool sodium_ready()
{
    return sodium_init() >= 0; // idempotent and thread-safe; < 0 only if it cannot work
}

std::string hex(const unsigned char* bytes, std::size_t n)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 15];
    }
    return out;
}

std::string base64(const unsigned char* bytes, std::size_t n)
{
    constexpr int variant = sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
    std::string out(sodium_base64_ENCODED_LEN(n, variant), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, n, variant);
    out.resize(out.find('\0'));
    return out;
}

bool legacy_matches(const std::string& pin, const std::string& record)
{
    const std::size_t prefix = std::char_traits<char>::length(legacy_prefix);
    const auto colon = record.find(':', prefix);
    if (colon == std::string::npos)
        return false;
    const std::string salt_hex = record.substr(prefix, colon - prefix);
    const std::string expected = record.substr(colon + 1);
    std::string h = sha256_hex(salt_hex + ":" + pin);
    for (int i = 1; i < legacy_iterations; ++i)
        h = sha256_hex(h + salt_hex);
    return expected.size() == h.size() && sodium_memcmp(expected.data(), h.data(), h.size()) == 0;
}

} // namespace

std::string sha256_hex(std::string_view data)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> out{};
    if (!sodium_ready())
        return {};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return hex(out.data(), out.size());
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
    if (!sodium_ready())
        return {};
    // The salt's bytes, whatever their number, made into Argon2id's 16.
    std::array<unsigned char, crypto_pwhash_SALTBYTES> s{};
    crypto_generichash(s.data(), s.size(), reinterpret_cast<const unsigned char*>(salt.data()), salt.size(), nullptr,
                       0);
    std::array<unsigned char, 32> hash{};
    if (crypto_pwhash(hash.data(), hash.size(), pin.data(), pin.size(), s.data(), ops_limit, mem_limit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    // The PHC string libsodium's own crypto_pwhash_str writes (and its verify reads).
    return "$argon2id$v=19$m=" + std::to_string(mem_limit / 1024) + ",t=" + std::to_string(ops_limit) + ",p=1$" +
           base64(s.data(), s.size()) + "$" + base64(hash.data(), hash.size());
}

bool pin_matches(const std::string& pin, const std::string& record)
{
    if (!sodium_ready())
        return false;
    if (record.rfind(crypto_pwhash_STRPREFIX, 0) == 0)
        return crypto_pwhash_str_verify(record.c_str(), pin.data(), pin.size()) == 0;
    if (record.rfind(legacy_prefix, 0) == 0)
        return legacy_matches(pin, record);
    return false;
}

bool pin_record_outdated(const std::string& record)
{
    if (record.rfind(crypto_pwhash_STRPREFIX, 0) != 0)
        return true;
    return crypto_pwhash_str_needs_rehash(record.c_str(), ops_limit, mem_limit) != 0;
}

std::int64_t pin_wait_ms(int failures)
{
    if (failures < 3)
        return 0;
    const int doublings = std::min(failures - 3, 7); // 5 s x 2^7 = 640 s: capped at 600 s
    return std::min<std::int64_t>(std::int64_t{5000} << doublings, 600'000);
}

} // namespace luyenso
