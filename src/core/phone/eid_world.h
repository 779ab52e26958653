// The e-ID app's part of a lesson's world ("world": {"eid": {...}}): the learner's
// fictional citizen record as the e-ID service holds it (the chip ID card, the health-
// insurance card, the electronic health book), whether the account is activated yet,
// and the codes it sends. Every name and number here is made up for the lesson.
#pragma once

#include <string>
#include <vector>

namespace luyenso {

// A visit or a vaccination in the electronic health book.
struct HealthRecord {
    std::string date{};         // "12/09/2025"
    std::string kind = "visit"; // "visit" or "vaccine"
    std::string title{};        // "Khám huyết áp", "Tiêm vắc-xin cúm"
    std::string place{};        // "Trạm Y tế xã Nậm Pung"
    std::string note{};         // "Huyết áp 135/85, tái khám sau 1 tháng"
};

// A message in the app's notifications list.
struct EidNotice {
    std::string title{};
    std::string text{};
    std::string time{}; // as shown: "20/11/2025"
};

struct EidWorld {
    bool enabled = false;                   // the world has an "eid" section: the app is on the phone
    std::string id_number = "010058001234"; // the 12-digit personal identification number
    std::string name{};                     // as on the card (default: the owner's name, in capitals)
    std::string birth_date = "15/06/1958";
    std::string sex = "Nam";
    std::string nationality = "Việt Nam";
    std::string hometown = "Bát Xát, Lào Cai";
    std::string residence = "Thôn Nậm Pung, xã Nậm Pung, huyện Bát Xát, tỉnh Lào Cai";
    std::string issued = "10/05/2021";
    std::string expires = "Không thời hạn";
    std::string phone{}; // the registered phone number (default: the owner's)
    int level = 2;       // 1: registered in the app; 2: confirmed at the police office
    // Health-insurance card.
    std::string insurance_code = "DK2101012345678";
    std::string insurance_place = "Trạm Y tế xã Nậm Pung";
    std::string insurance_valid = "01/01/2026 - 31/12/2026";
    // The account: activated already (then log in with the password), or not yet.
    bool activated = false;
    std::string password{}; // when activated
    std::string passcode{}; // 6 digits, when activated
    // The codes sent by SMS: the first is `otp` (empty: made up), each after
    // `otp_delay_s` seconds, valid `otp_valid_s` seconds.
    std::string otp = "482915";
    int otp_delay_s = 5;
    int otp_valid_s = 300;
    std::string sms_sender = "DINHDANHSO"; // who OTP messages come from
    std::vector<HealthRecord> health{};
    std::vector<EidNotice> notices{};
};

// The digits of a number as people write it: "0912 345 678" -> "0912345678".
inline std::string phone_digits(const std::string& s)
{
    std::string d;
    for (char c : s)
        if (c >= '0' && c <= '9')
            d += c;
    return d;
}

} // namespace luyenso
