// VietQR payment payloads (EMVCo merchant-presented QR, NAPAS profile): parsed and built
// with their CRC, and the modules of the QR code that shows one (libqrencode).
// All accounts used in lessons are fictional.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace luyenso {

// Field 38 > 00 of every VietQR payload.
inline constexpr std::string_view napas_guid = "A000000727";

// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR) of
// the bytes of `data`: crc16_ccitt("123456789") == 0x29B1.
std::uint16_t crc16_ccitt(std::string_view data);

// The fields of a VietQR payload. Empty strings are fields that are absent.
struct VietQr {
    bool dynamic = false;                  // 01: 12 one transaction, 11 a reusable sticker
    std::string bank_bin;                  // 38 > 01 > 00: the bank's 6-digit BIN
    std::string account;                   // 38 > 01 > 01: account or card number
    std::string service_code = "QRIBFTTA"; // 38 > 02: QRIBFTTA, QRIBFTTC, QRPUSH or QRCASH
    std::string category;                  // 52: merchant category code
    std::string currency = "704";          // 53: VND
    std::string amount;                    // 54: dong, digits only
    std::string tip_indicator;             // 55
    std::string fee_fixed;                 // 56
    std::string fee_percent;               // 57
    std::string country = "VN";            // 58
    std::string merchant_name;             // 59
    std::string merchant_city;             // 60
    std::string postal_code;               // 61
    // 62: additional data
    std::string bill_number;           // 62 > 01
    std::string mobile;                // 62 > 02
    std::string store_label;           // 62 > 03
    std::string loyalty_number;        // 62 > 04
    std::string reference_label;       // 62 > 05
    std::string customer_label;        // 62 > 06
    std::string terminal_label;        // 62 > 07
    std::string purpose;               // 62 > 08: the transfer's message
    std::string consumer_data_request; // 62 > 09
    // 64: the merchant in another language
    std::string language;          // 64 > 00
    std::string merchant_name_alt; // 64 > 01
    std::string merchant_city_alt; // 64 > 02

    // Why these fields make no valid payload (a BIN that is not 6 digits, an amount with a
    // dot, a value longer than 99 characters, ...), as one English line; empty if none.
    std::string problem() const;
    // The payload: fields in tag order (00 01 38 52-62 64), sub-fields in tag order, the
    // CRC (63) last. Throws std::invalid_argument(problem()) if there is a problem.
    std::string build() const;
    // Reads a payload: fields in any order, the CRC field last and correct. On failure
    // returns nullopt and one English line in `error` (the learner's bank app shows its
    // own message; this one is for organisers and tests).
    static std::optional<VietQr> parse(std::string_view payload, std::string& error);
};

// A Napas member bank: its 6-digit BIN (field 38 01 00), the short name banking apps show,
// and its full Vietnamese name.
struct NapasBank {
    std::string_view bin;
    std::string_view short_name;
    std::string_view full_name;
};

// The Napas member banks, most used first (Agribank, the big four, ...).
std::span<const NapasBank> napas_banks();

// The bank with that BIN, or nullptr.
const NapasBank* napas_bank(std::string_view bin);

// How a decoded payload names its bank: the Napas short name ("Vietcombank"), or
// "Ngân hàng (BIN nnnnnn)" for a BIN that is not on the list.
std::string bank_label(std::string_view bin);

// What a service code means ("transfer to account"); empty if it is unknown.
std::string_view service_description(std::string_view service_code);

// The modules of a QR code, row by row, without the quiet zone.
struct QrMatrix {
    int size = 0;                      // modules per side: 21 + 4 * (version - 1)
    std::vector<std::uint8_t> modules; // size * size, 1 dark, 0 light
    bool dark(int x, int y) const
    {
        return modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)] != 0;
    }
};

// The QR code of `text` (error correction level M, the smallest version that holds it).
// nullopt and a one-line reason in `error` if it cannot be made (too long, a NUL byte).
std::optional<QrMatrix> make_qr(std::string_view text, std::string& error);

} // namespace luyenso
