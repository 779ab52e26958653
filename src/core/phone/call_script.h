// What a caller says and what the learner may answer, for scam-call lessons
// ("world": {"call_scripts": [...]}): the caller's lines come as subtitles on the call
// screen, timed from the moment the call is answered; reply choices are buttons. A
// choice may "share the OTP" (read the code aloud): that is the event lessons watch.
#pragma once

#include <string>
#include <vector>

namespace luyenso {

struct CallLine {
    int at_s = 0;       // seconds after the call was answered
    std::string text{}; // "Tôi là cán bộ công an…"
};

struct CallChoice {
    std::string id{};        // a slug: "call.choice.ID"
    std::string label{};     // "Đọc mã OTP"
    std::string reply{};     // what the caller says next (a subtitle), optional
    bool shares_otp = false; // the learner reads out the code: "otp.shared" {via: "call"}
    bool ends_call = false;  // the choice hangs up
};

struct CallScript {
    std::string caller{}; // a contact id (a stranger: "saved": false)
    std::string look{};   // "police": the caller wears a uniform on video
    std::vector<CallLine> lines{};
    std::vector<CallChoice> choices{};
};

} // namespace luyenso
