// Organisers' tools on the command line: `luyenso telex` (what keystrokes type) and
// `luyenso qr decode|make` (VietQR payloads and their QR codes as PNG files).
#pragma once

#include <string>
#include <vector>

namespace luyenso::app {

// `luyenso telex [--vni] [--new-style] KEYS...`: types the KEYS (joined by spaces) and
// prints the text. `args` are the arguments after "telex". Returns the exit status.
int run_telex(const std::vector<std::string>& args);

// `luyenso qr decode PAYLOAD` prints the fields as JSON; `luyenso qr make --bin BIN
// --account NUMBER --name NAME [--amount DONG] [--purpose TEXT] [--bill NUMBER]
// [--city CITY] --out FILE.png` prints the payload and writes its QR code. `args` are the
// arguments after "qr". Returns the exit status (1 with one line on stderr on an error).
int run_qr(const std::vector<std::string>& args);

} // namespace luyenso::app
