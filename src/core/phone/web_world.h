// The browser's part of a lesson's world ("world": {"web": {"pages": [...]}}): the pages a
// link can open. A scam lesson's page is a look-alike: the colours of a service the
// learner knows, a name slightly off and an address that is not the service's.
#pragma once

#include <string>
#include <vector>

namespace luyenso {

struct WebField {
    std::string id{};          // a slug: "web.field.ID" on the page
    std::string label{};       // "Mật khẩu"
    std::string kind = "text"; // "text", "number", "password" or "otp"
};

struct WebPage {
    std::string id{};           // a slug
    std::string url{};          // "https://vneid-capnhat.com.vn.xyz/dang-nhap"
    std::string look = "plain"; // "eid", "bank", "prize" or "plain": whose colours it borrows
    std::string brand{};        // the name it shows at the top ("Định Danh Điện Tủ")
    std::string title{};
    std::string text{};
    std::vector<WebField> fields{};
    std::string button{}; // the submit button's label (empty: no button)
    std::string next{};   // the page that submitting opens (empty: `done` shows)
    std::string done{};   // what the page says after submitting
    bool fake = true;     // a scam page: passwords and codes typed here are stolen
    // Submitting it makes a real service send the learner an OTP by SMS (the thief is
    // logging in with what was typed): from `otp_from`, text `otp_text` with {otp}.
    std::string otp_from{};
    std::string otp_text{};
    int otp_delay_s = 4;
};

struct WebWorld {
    std::vector<WebPage> pages{};

    const WebPage* page(const std::string& id) const;
    // The page a link opens: same address, ignoring http(s)://, www. and a final "/".
    const WebPage* page_for_url(const std::string& url) const;
};

// "https://vneid-capnhat.com.vn.xyz/dang-nhap" -> "vneid-capnhat.com.vn.xyz".
std::string url_domain(const std::string& url);

} // namespace luyenso
