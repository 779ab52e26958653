// libFuzzer target: the VietQR payload parser (VietQr::parse), the builder and the QR
// code maker. A payload is refused unless its CRC is right, so each input is also tried
// with its CRC corrected, letting the fuzzer reach the fields behind it. Checks:
// - a refused payload always says why;
// - an accepted payload is one the builder agrees is valid, builds again, and the built
//   payload parses to the same fields (build -> parse -> build is stable);
// - the QR code of any text either fails with a reason or has a consistent module grid.
#include "fuzz_support.h"
#include "phone/vietqr.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

namespace {

using luyenso::VietQr;
using luyenso::fuzz::fail;

std::string with_crc(std::string_view body)
{
    char hex[5];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(luyenso::crc16_ccitt(body)));
    return std::string(body) + hex;
}

void check_payload(std::string_view payload)
{
    std::string error;
    const auto qr = VietQr::parse(payload, error);
    if (!qr) {
        if (error.empty())
            fail("a payload refused without a reason", payload);
        return;
    }
    if (const std::string problem = qr->problem(); !problem.empty())
        fail("parse accepted a payload the builder calls invalid", problem + " | " + std::string(payload));
    std::string built;
    try {
        built = qr->build();
    } catch (const std::exception& e) {
        fail("build() threw for a parsed payload", e.what());
    }
    std::string again_error;
    const auto again = VietQr::parse(built, again_error);
    if (!again)
        fail("a built payload does not parse", again_error + " | " + built);
    if (again->build() != built)
        fail("build -> parse -> build changed the payload", built);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_payload(text);
    // The same payload with a correct CRC: "...6304" + CRC, replacing a CRC at its end.
    if (text.size() >= 8 && text.substr(text.size() - 8, 4) == "6304")
        check_payload(with_crc(text.substr(0, text.size() - 4)));
    else
        check_payload(with_crc(std::string(text) + "6304"));

    if (size <= 512) {
        std::string error;
        const auto matrix = luyenso::make_qr(text, error);
        if (!matrix) {
            if (error.empty())
                fail("no QR code and no reason", text);
        } else if (matrix->size < 21 || (matrix->size - 21) % 4 != 0 ||
                   matrix->modules.size() !=
                       static_cast<std::size_t>(matrix->size) * static_cast<std::size_t>(matrix->size)) {
            fail("a QR code with an inconsistent grid", text);
        }
    }
    return 0;
}
