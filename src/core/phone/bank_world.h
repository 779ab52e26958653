// The bank app's part of a lesson's world ("world": {"bank": {...}}): the learner's
// account, saved recipients, bills to pay, the scenes the camera can see (a shop counter
// with its QR sticker, a paper bill) and past transactions. The bank is fictional.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace luyenso {

// A fictional bank other than the learner's, named by its 6-digit BIN in QR codes.
struct BankName {
    std::string bin{};
    std::string name{};
};

// A saved recipient for transfers.
struct Beneficiary {
    std::string id{};
    std::string name{}; // as the bank shows it: "BAN THI HOA"
    std::string account{};
    std::string bin{}; // their bank; empty: the learner's own bank
};

// An account at another bank (or the learner's own) that the lesson's world declares: a
// transfer to a typed account number finds its holder here ("Không tìm thấy tài khoản"
// otherwise). `reported`: the account is on the list of accounts reported for fraud, and
// the bank shows its warning before the learner can go on.
struct BankAccount {
    std::string bin{};     // its bank's 6-digit BIN
    std::string account{}; // digits
    std::string holder{};  // as the bank shows it: "NGUYEN VAN AN"
    bool reported = false;
};

// An electricity or water bill, found by its customer code.
struct Bill {
    std::string service = "electricity"; // "electricity" or "water"
    std::string code{};                  // the customer code printed on the paper bill
    std::string provider{};              // who is paid: "Công ty Điện lực Lào Cai"
    std::string name{};                  // the customer: "Bàn Văn Giảng"
    std::string period{};                // "Tháng 11/2024"
    std::int64_t amount = 0;             // đồng
    bool paid = false;
};

// What the camera sees when the learner scans: a shop counter with a QR sticker, or a
// paper bill with a QR printed on it.
struct BankScene {
    std::string id{};
    std::string kind = "shop";        // "shop" or "bill"
    std::string sign{};               // the shop's sign, or the bill's issuer
    std::string owner{};              // whose account the shop's QR should pay (empty: the sign's name)
    std::vector<std::string> lines{}; // more text on the sign or the paper
    std::string payload{};            // the QR's text: built from the lesson's fields, or given verbatim
    bool invalid = false;             // the lesson gives a broken payload on purpose
};

// A past transaction in the history.
struct BankTransaction {
    std::string name{}; // the other side
    std::string account{};
    std::int64_t amount = 0;       // đồng, always positive
    bool incoming = false;         // money received (else paid)
    std::string time{};            // as shown: "25/11 10:02", "Hôm nay 19:42"
    std::string note{};            // the transfer's message
    std::string kind = "transfer"; // "qr", "transfer", "bill"
    std::string code{};            // transaction code
};

struct BankWorld {
    bool enabled = false; // the world has a "bank" section: the app is on the phone
    std::string bank_name = "Ngân hàng Làng Xanh";
    std::string bin = "970499"; // the learner's bank (fictional)
    std::string holder{};       // the account holder as the bank writes it (default: the owner)
    std::string account = "0912345678";
    std::int64_t balance = 0;
    std::string pin = "123456";    // to log in
    std::string transaction_pin{}; // to approve a payment (empty: the login PIN)
    bool confirm_by_otp = false;   // approve with a code sent by SMS instead
    std::string otp = "246810";    // the code that SMS brings
    std::string phone{};           // where the OTP goes (default: the owner's phone)
    std::vector<BankName> banks{};
    std::vector<Beneficiary> beneficiaries{};
    std::vector<BankAccount> accounts{}; // what a typed account number finds
    std::vector<Bill> bills{};
    std::vector<BankScene> scenes{};
    std::vector<BankTransaction> history{}; // oldest first
};

} // namespace luyenso
