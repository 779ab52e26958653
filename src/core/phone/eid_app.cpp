#include "phone/eid_app.h"

#include "phone/form_layout.h"
#include "text/utf8.h"

#include <algorithm>
#include <cctype>

namespace luyenso {

namespace {
constexpr float header_h = 64;

// [SECTION] fields and messages (the real app's wording)

const char* const id_field = "eid.activate.id_number";
const char* const phone_field = "eid.activate.phone";
const char* const otp_field = "eid.otp.input";
const char* const password_field = "eid.password.input";
const char* const confirm_field = "eid.password.confirm";
const char* const passcode_field = "eid.passcode.input";
const char* const passcode_confirm_field = "eid.passcode.confirm";
const char* const login_id_field = "eid.login.id";
const char* const login_password_field = "eid.login.password";
const char* const unlock_field = "eid.unlock.input";

const char* const msg_id_length = "Số định danh cá nhân phải gồm đủ 12 chữ số.";
const char* const msg_phone_length = "Số điện thoại phải gồm 10 chữ số.";
const char* const msg_id_unknown = "Số định danh cá nhân không đúng. Vui lòng kiểm tra lại số trên thẻ căn cước.";
const char* const msg_phone_mismatch = "Số điện thoại không trùng khớp với số điện thoại đã đăng ký.";
const char* const msg_already = "Tài khoản đã được kích hoạt. Vui lòng đăng nhập.";
const char* const msg_otp_length = "Mã OTP gồm 6 chữ số.";
const char* const msg_otp_wrong = "Mã OTP không chính xác.";
const char* const msg_otp_expired = "Mã OTP đã hết hiệu lực. Vui lòng bấm \"Gửi lại mã\" để nhận mã mới.";
const char* const msg_password_mismatch = "Mật khẩu không khớp.";
const char* const msg_passcode_length = "Passcode phải gồm 6 chữ số.";
const char* const msg_passcode_mismatch = "Passcode không khớp.";
const char* const msg_questions = "Vui lòng chọn đủ 2 câu hỏi bảo mật và nhập câu trả lời.";
const char* const msg_login_failed = "Số định danh cá nhân hoặc mật khẩu không đúng.";
const char* const msg_not_activated =
    "Tài khoản chưa được kích hoạt. Vui lòng chọn \"Kích hoạt tài khoản định danh điện tử\".";
const char* const msg_passcode_wrong = "Passcode không đúng.";

// "0912345678" -> "0912***678", as the app shows where the code went.
std::string masked(const std::string& phone)
{
    const std::string d = phone_digits(phone);
    return d.size() < 7 ? d : d.substr(0, 4) + "***" + d.substr(d.size() - 3);
}

std::string upper_vi(const std::string& s)
{
    // Capitals for a name on a card, including Vietnamese letters (one table lookup each).
    static const std::pair<const char*, const char*> pairs[] = {
        {"à", "À"}, {"á", "Á"}, {"ả", "Ả"}, {"ã", "Ã"}, {"ạ", "Ạ"}, {"ă", "Ă"}, {"ằ", "Ằ"}, {"ắ", "Ắ"}, {"ẳ", "Ẳ"},
        {"ẵ", "Ẵ"}, {"ặ", "Ặ"}, {"â", "Â"}, {"ầ", "Ầ"}, {"ấ", "Ấ"}, {"ẩ", "Ẩ"}, {"ẫ", "Ẫ"}, {"ậ", "Ậ"}, {"đ", "Đ"},
        {"è", "È"}, {"é", "É"}, {"ẻ", "Ẻ"}, {"ẽ", "Ẽ"}, {"ẹ", "Ẹ"}, {"ê", "Ê"}, {"ề", "Ề"}, {"ế", "Ế"}, {"ể", "Ể"},
        {"ễ", "Ễ"}, {"ệ", "Ệ"}, {"ì", "Ì"}, {"í", "Í"}, {"ỉ", "Ỉ"}, {"ĩ", "Ĩ"}, {"ị", "Ị"}, {"ò", "Ò"}, {"ó", "Ó"},
        {"ỏ", "Ỏ"}, {"õ", "Õ"}, {"ọ", "Ọ"}, {"ô", "Ô"}, {"ồ", "Ồ"}, {"ố", "Ố"}, {"ổ", "Ổ"}, {"ỗ", "Ỗ"}, {"ộ", "Ộ"},
        {"ơ", "Ơ"}, {"ờ", "Ờ"}, {"ớ", "Ớ"}, {"ở", "Ở"}, {"ỡ", "Ỡ"}, {"ợ", "Ợ"}, {"ù", "Ù"}, {"ú", "Ú"}, {"ủ", "Ủ"},
        {"ũ", "Ũ"}, {"ụ", "Ụ"}, {"ư", "Ư"}, {"ừ", "Ừ"}, {"ứ", "Ứ"}, {"ử", "Ử"}, {"ữ", "Ữ"}, {"ự", "Ự"}, {"ỳ", "Ỳ"},
        {"ý", "Ý"}, {"ỷ", "Ỷ"}, {"ỹ", "Ỹ"}, {"ỵ", "Ỵ"}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(std::toupper(c));
            ++i;
            continue;
        }
        std::size_t n = 1;
        while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
            ++n;
        const std::string ch = s.substr(i, n);
        const auto it = std::find_if(std::begin(pairs), std::end(pairs), [&](const auto& p) { return ch == p.first; });
        out += it == std::end(pairs) ? ch : it->second;
        i += n;
    }
    return out;
}

Element header_of(const std::string& title)
{
    return make_header("eid.header", title, Tone::Danger);
}

Element wide_button(std::string id, std::string label, Tone tone, bool filled = true)
{
    Element b = make_button(std::move(id), {}, std::move(label), "", tone);
    b.filled = filled;
    b.text_dp = 23;
    return b;
}
} // namespace

// [SECTION] rules

const std::vector<std::string>& EidApp::questions()
{
    static const std::vector<std::string> list = {"Tên trường tiểu học đầu tiên của bạn là gì?",
                                                  "Bạn sinh ra ở thôn, bản nào?",
                                                  "Món ăn bạn thích nhất là gì?",
                                                  "Tên người bạn thân nhất thời thơ ấu của bạn là gì?",
                                                  "Tên con vật nuôi đầu tiên của bạn là gì?",
                                                  "Tên thầy giáo, cô giáo bạn nhớ nhất là gì?"};
    return list;
}

std::vector<std::string> EidApp::password_problems(const std::string& password)
{
    std::vector<std::string> problems;
    const std::size_t n = utf8_length(password);
    const auto has = [&](auto pred) {
        return std::any_of(password.begin(), password.end(),
                           [&](char c) { return pred(static_cast<unsigned char>(c)); });
    };
    if (n < 8 || n > 20)
        problems.emplace_back("Mật khẩu phải từ 8 đến 20 ký tự.");
    if (!has([](unsigned char c) { return std::isdigit(c) != 0; }))
        problems.emplace_back("Mật khẩu phải có ít nhất 1 chữ số.");
    if (!has([](unsigned char c) { return std::isupper(c) != 0; }))
        problems.emplace_back("Mật khẩu phải có ít nhất 1 chữ viết hoa.");
    if (!has([](unsigned char c) { return std::islower(c) != 0; }))
        problems.emplace_back("Mật khẩu phải có ít nhất 1 chữ viết thường.");
    if (!has([](unsigned char c) { return c < 0x80 && std::ispunct(c) != 0; }))
        problems.emplace_back("Mật khẩu phải có ít nhất 1 ký tự đặc biệt (ví dụ: @ # $ !).");
    return problems;
}

std::string EidApp::card_name() const
{
    const EidWorld& w = phone_.world().eid;
    return w.name.empty() ? upper_vi(phone_.world().owner.name) : w.name;
}

std::string EidApp::registered_phone() const
{
    const EidWorld& w = phone_.world().eid;
    return phone_digits(w.phone.empty() ? phone_.world().owner.phone : w.phone);
}

// [SECTION] screens

AppIcon EidApp::icon() const
{
    if (!phone_.world().eid.enabled)
        return {};
    return {"eid", "Định danh", "app_eid", "eid.welcome"};
}

std::vector<std::string> EidApp::screen_names() const
{
    return {"eid.welcome",
            "eid.activate.id",
            "eid.activate.otp",
            "eid.activate.password",
            "eid.activate.passcode",
            "eid.activate.questions",
            "eid.question.pick",
            "eid.activate.done",
            "eid.login",
            "eid.home",
            "eid.passcode",
            "eid.wallet",
            "eid.card",
            "eid.health",
            "eid.notices"};
}

std::vector<Screen> EidApp::all_screens() const
{
    if (!phone_.world().eid.enabled)
        return {};
    std::vector<Screen> screens;
    for (const std::string& n : screen_names())
        if (n != "eid.question.pick" && n != "eid.card" && n != "eid.passcode")
            screens.push_back({n, {}});
    screens.push_back({"eid.question.pick", "1"});
    screens.push_back({"eid.question.pick", "2"});
    screens.push_back({"eid.card", "cccd"});
    screens.push_back({"eid.card", "bhyt"});
    screens.push_back({"eid.passcode", "wallet"});
    screens.push_back({"eid.passcode", "health"});
    return screens;
}

std::vector<std::string> EidApp::extra_ids() const
{
    if (!phone_.world().eid.enabled)
        return {};
    std::vector<std::string> ids = unscrolled_ids(*this);
    ids.insert(ids.end(), {"eid.error", "eid.info", "eid.more"});
    return ids;
}

void EidApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const EidWorld& w = phone_.world().eid;
    tree.push_back(make_background(s.name + ".background", s.name == "eid.welcome" ? "eid_welcome" : "light"));
    const bool has_back = s.name != "eid.welcome" && s.name != "eid.home";
    Column col(area, status_bar_dp + (s.name == "eid.welcome" ? 0 : header_h), phone_.text_scale());
    const float field_h = std::max(60.0F, col.line_h(23) + 16);
    const float button_h = std::max(60.0F, col.line_h(23) + 18);
    auto field = [&](const char* id, const std::string& label, const std::string& placeholder, bool numeric,
                     bool secret, int max) {
        col.add_text(std::string(id) + ".label", label, 22, 4);
        Element f = make_field(id, {}, phone_.field_text(id), placeholder, phone_.focused_field() == id);
        f.numeric = numeric;
        f.secret = secret;
        f.max_length = max;
        col.add(f, field_h);
    };
    auto messages = [&] {
        if (!error_.empty())
            col.add_text("eid.error", error_, 21).tone = Tone::Danger;
        if (!info_.empty())
            col.add_text("eid.info", info_, 21).tone = Tone::Success;
    };
    auto button = [&](const char* id, const std::string& label, Tone tone = Tone::Danger, bool filled = true) {
        col.add(wide_button(id, label, tone, filled), std::max(button_h, col.text_h(label, 23, col.width() - 40) + 18));
    };
    auto text = [&](const std::string& id, const std::string& t, float dp = 22) { col.add_text(id, t, dp, 12); };

    const std::string& n = s.name;
    if (n == "eid.welcome") {
        const bool roomy = col.scale() <= 1.25F; // with large text the logo leaves room for the buttons
        col.skip(roomy ? 40 : 0);
        Element brand = make_element("eid.brand", Role::Image, {}, "Định danh số");
        brand.icon = "eid_logo";
        brand.text_dp = 30;
        col.add(brand, 150 + col.line_h(30), roomy ? 8 : 0);
        text("eid.welcome.text", "Ứng dụng định danh điện tử của công dân", 22);
        col.skip(24);
        button("eid.welcome.login", "Đăng nhập");
        button("eid.welcome.activate", "Kích hoạt tài khoản định danh điện tử", Tone::Danger, false);
        messages();
    } else if (n == "eid.activate.id") {
        tree.push_back(header_of("Kích hoạt tài khoản"));
        field(id_field, "Số định danh cá nhân", "12 chữ số trên thẻ căn cước", true, false, 12);
        field(phone_field, "Số điện thoại", "Số điện thoại đã đăng ký", true, false, 10);
        messages();
        button("eid.activate.send", "Gửi yêu cầu");
    } else if (n == "eid.activate.otp") {
        tree.push_back(header_of("Xác thực OTP"));
        text("eid.otp.text", "Vui lòng nhập mã OTP được gửi đến số điện thoại " + masked(registered_phone()) + ".");
        field(otp_field, "Mã OTP", "6 chữ số", true, false, 6);
        text("eid.otp.validity",
             "Mã OTP có hiệu lực trong " + std::to_string(std::max(1, w.otp_valid_s / 60)) + " phút.", 20);
        messages();
        button("eid.otp.confirm", "Xác nhận");
        button("eid.otp.resend", "Gửi lại mã", Tone::Danger, false);
    } else if (n == "eid.activate.password") {
        tree.push_back(header_of("Thiết lập mật khẩu"));
        field(password_field, "Mật khẩu", "Nhập mật khẩu", false, true, 20);
        // The rules, under the password (in view while it is typed), ticked as it meets them.
        const std::string& pw = phone_.field_text(password_field);
        const std::vector<std::string> problems = password_problems(pw);
        const std::pair<const char*, const char*> rules[] = {{"length", "Từ 8 đến 20 ký tự"},
                                                             {"digit", "Có chữ số (0-9)"},
                                                             {"upper", "Có chữ viết hoa (A-Z)"},
                                                             {"lower", "Có chữ viết thường (a-z)"},
                                                             {"special", "Có ký tự đặc biệt (@ # $ !)"}};
        const std::vector<std::string> all = password_problems("");
        for (std::size_t i = 0; i < std::size(rules); ++i) {
            Element rule = make_text(std::string("eid.rule.") + rules[i].first, {}, rules[i].second, 21);
            rule.icon = "rule";
            // The rule is met when its message (the i-th of all messages) is not among the problems.
            rule.active = std::find(problems.begin(), problems.end(), all[i]) == problems.end();
            col.add(rule, col.text_h(rule.label, 21, col.width() - 21 * col.scale() - 10) + 2, 2);
        }
        col.skip(10);
        field(confirm_field, "Nhập lại mật khẩu", "Nhập lại mật khẩu", false, true, 20);
        messages();
        button("eid.password.next", "Tiếp tục");
    } else if (n == "eid.activate.passcode") {
        tree.push_back(header_of("Thiết lập passcode"));
        text("eid.passcode.text", "Passcode gồm 6 chữ số, dùng để mở các tính năng của ứng dụng.");
        field(passcode_field, "Passcode", "6 chữ số", true, true, 6);
        field(passcode_confirm_field, "Nhập lại passcode", "6 chữ số", true, true, 6);
        messages();
        button("eid.passcode.next", "Tiếp tục");
    } else if (n == "eid.activate.questions") {
        tree.push_back(header_of("Câu hỏi bảo mật"));
        text("eid.questions.text",
             "Chọn 2 câu hỏi và nhập câu trả lời. Câu hỏi bảo mật giúp lấy lại tài khoản khi quên mật khẩu.", 21);
        for (int k = 0; k < 2; ++k) {
            const std::string num = std::to_string(k + 1);
            const int q = question_[static_cast<std::size_t>(k)];
            Element pick = make_element("eid.question." + num, Role::ListItem, {}, "Câu hỏi " + num);
            pick.detail = q < 0 ? "Bấm để chọn câu hỏi" : questions()[static_cast<std::size_t>(q)];
            pick.icon = "question_pick";
            pick.tappable = true;
            pick.text_dp = 21;
            col.add(pick, col.line_h(21) + col.text_h(pick.detail, 22, col.width() - 60) + 16, 8);
            Element answer = make_field("eid.answer." + num, {}, phone_.field_text("eid.answer." + num),
                                        "Câu trả lời " + num, phone_.focused_field() == "eid.answer." + num);
            answer.max_length = 50;
            col.add(answer, field_h, 16);
        }
        messages();
        button("eid.questions.done", "Hoàn thành");
    } else if (n == "eid.question.pick") {
        tree.push_back(header_of("Chọn câu hỏi " + s.param));
        const int other = question_[s.param == "1" ? 1 : 0];
        for (std::size_t i = 0; i < questions().size(); ++i) {
            if (static_cast<int>(i) == other)
                continue; // two different questions
            Element o = make_element("eid.question.option." + std::to_string(i + 1), Role::Toggle,
                                     {0, 0, phone_width_dp, 0}, questions()[i]);
            o.icon = "radio";
            o.active = question_[s.param == "1" ? 0 : 1] == static_cast<int>(i);
            o.tappable = true;
            o.text_dp = 23;
            col.add(o, std::max(64.0F, col.text_h(o.label, 23, col.width() - 56) + 18), 0);
        }
    } else if (n == "eid.activate.done") {
        tree.push_back(header_of("Hoàn thành"));
        Element ok = make_element("eid.done.icon", Role::Image, {}, "Thành công");
        ok.icon = "big_check";
        col.add(ok, 110);
        text("eid.done.title", "Kích hoạt tài khoản thành công!", 26);
        text("eid.done.text", "Vui lòng đăng nhập lại bằng số định danh cá nhân và mật khẩu vừa tạo.");
        button("eid.done.login", "Đăng nhập");
    } else if (n == "eid.login") {
        tree.push_back(header_of("Đăng nhập"));
        field(login_id_field, "Số định danh cá nhân", "12 chữ số", true, false, 12);
        field(login_password_field, "Mật khẩu", "Nhập mật khẩu", false, true, 20);
        messages();
        button("eid.login.submit", "Đăng nhập");
    } else if (n == "eid.home") {
        Element h = header_of("Định danh số");
        tree.push_back(h);
        text("eid.home.hello", "Xin chào, " + card_name(), 23);
        Element level = make_text("eid.home.level", {}, "Tài khoản định danh điện tử mức " + std::to_string(w.level),
                                  21);
        level.tone = Tone::Success;
        col.add(level, col.text_h(level.label, 21, col.width() - 24), 16);
        struct Feature {
            const char* id;
            const char* label;
            const char* icon;
        };
        const Feature features[] = {{"eid.feature.wallet", "Ví giấy tờ", "wallet"},
                                    {"eid.feature.health", "Sổ sức khỏe điện tử", "health"},
                                    {"eid.feature.notices", "Thông báo", "bell"},
                                    {"eid.feature.logout", "Đăng xuất", "logout"}};
        const float tile_h = std::max(124.0F, 72 + col.text_h("Sổ sức khỏe điện tử", 20, 150));
        for (int row = 0; row < 2; ++row) {
            std::vector<Element> tiles;
            for (int k = 0; k < 2; ++k) {
                const Feature& f = features[row * 2 + k];
                Element t = make_button(f.id, {Column::margin + static_cast<float>(k) * 168, 0, 160, 0}, f.label,
                                        f.icon, Tone::Danger);
                t.text_dp = 20;
                t.role = Role::Button;
                if (std::string(f.id) == "eid.feature.notices")
                    t.badge = static_cast<int>(w.notices.size());
                tiles.push_back(t);
            }
            col.add_row(tiles, tile_h, 12);
        }
    } else if (n == "eid.passcode") {
        tree.push_back(header_of("Nhập passcode"));
        text("eid.unlock.text", "Nhập passcode 6 chữ số để mở " +
                                    std::string(s.param == "health" ? "Sổ sức khỏe điện tử." : "Ví giấy tờ."));
        Element f = make_field(unlock_field, {}, phone_.field_text(unlock_field), "Passcode",
                               phone_.focused_field() == unlock_field);
        f.numeric = true;
        f.secret = true;
        f.max_length = 6;
        col.add(f, field_h);
        messages();
        button("eid.unlock.submit", "Xác nhận");
    } else if (n == "eid.wallet") {
        tree.push_back(header_of("Ví giấy tờ"));
        text("eid.wallet.tip", "Bấm vào một thẻ để xem to hơn.", 21);
        for (const char* card : {"cccd", "bhyt"}) {
            Element c = make_element(std::string("eid.card.") + card, Role::Image, {Column::margin, 0, 328, 0},
                                     std::string(card) == "cccd" ? "Căn cước công dân" : "Thẻ bảo hiểm y tế");
            c.icon = std::string("idcard:") + card;
            c.detail = card_name();
            c.tappable = true;
            col.add(c, 210, 16);
        }
    } else if (n == "eid.card") {
        const bool cccd = s.param != "bhyt";
        tree.push_back(header_of(cccd ? "Căn cước công dân" : "Thẻ bảo hiểm y tế"));
        Element c = make_element("eid.card.picture", Role::Image, {Column::margin, 0, 328, 0},
                                 cccd ? "Căn cước công dân" : "Thẻ bảo hiểm y tế");
        c.icon = std::string("idcard:") + (cccd ? "cccd" : "bhyt");
        c.detail = card_name();
        col.add(c, 210, 16);
        std::vector<std::pair<std::string, std::string>> rows;
        if (cccd)
            rows = {{"Số định danh cá nhân", w.id_number}, {"Họ và tên", card_name()},
                    {"Ngày sinh", w.birth_date},           {"Giới tính", w.sex},
                    {"Quốc tịch", w.nationality},          {"Quê quán", w.hometown},
                    {"Nơi thường trú", w.residence},       {"Ngày cấp", w.issued},
                    {"Có giá trị đến", w.expires}};
        else
            rows = {{"Mã số bảo hiểm y tế", w.insurance_code},
                    {"Họ và tên", card_name()},
                    {"Ngày sinh", w.birth_date},
                    {"Nơi đăng ký khám chữa bệnh ban đầu", w.insurance_place},
                    {"Thời hạn sử dụng", w.insurance_valid}};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            Element r = make_text("eid.card.field." + std::to_string(i + 1), {}, rows[i].first, 18);
            r.detail = rows[i].second;
            r.icon = "field_row";
            col.add(r, col.text_h(r.label, 18, col.width()) + col.text_h(r.detail, 22, col.width()), 8);
        }
    } else if (n == "eid.health" || n == "eid.notices") {
        const bool health = n == "eid.health";
        tree.push_back(header_of(health ? "Sổ sức khỏe điện tử" : "Thông báo"));
        std::size_t count = 0;
        auto card = [&](const std::string& id, const std::string& title, const std::string& body,
                        const std::string& meta, const std::string& icon) {
            Element r = make_element(id, Role::ListItem, {}, title);
            r.detail = body;
            r.meta = meta;
            r.icon = icon;
            r.text_dp = 22;
            const float inner = col.width() - 84;
            col.add(r, 20 + col.text_h(title, 22, inner) + col.text_h(body, 19, inner) + col.line_h(17), 10);
            ++count;
        };
        if (health) {
            text("eid.health.owner", card_name() + " · " + w.birth_date, 20);
            for (std::size_t i = 0; i < w.health.size(); ++i) {
                const HealthRecord& h = w.health[i];
                card("eid.health.item." + std::to_string(i + 1), h.title,
                     h.place + (h.note.empty() ? "" : "\n" + h.note), h.date,
                     h.kind == "vaccine" ? "vaccine" : "health");
            }
        } else {
            for (std::size_t i = 0; i < w.notices.size(); ++i)
                card("eid.notice." + std::to_string(i + 1), w.notices[i].title, w.notices[i].text, w.notices[i].time,
                     "bell");
        }
        if (count == 0)
            text("eid.empty", health ? "Chưa có lần khám hay tiêm chủng nào." : "Chưa có thông báo nào.", 21);
    }
    if (has_back)
        tree.push_back(make_header_back("eid.back", Tone::Danger));
    const bool reveal = reveal_error_ && phone_.focused_field().empty() && !error_.empty();
    max_scroll_ = col.finish(tree, scroll_, reveal ? "eid.error" : phone_.focused_field(), "eid.more");
    page_ = col.page();
    shown_offset_ = col.offset();
}

// [SECTION] behaviour

void EidApp::go(const std::string& screen, const std::string& param, bool replace)
{
    error_.clear();
    info_.clear();
    scroll_ = 0;
    reveal_error_ = false;
    if (replace)
        phone_.replace({screen, param});
    else
        phone_.push({screen, param});
    const bool wizard = screen.rfind("eid.activate.", 0) == 0 || screen == "eid.login";
    resume_ = wizard ? screen : (screen == "eid.welcome" ? std::string() : resume_);
}

void EidApp::opened(std::vector<Event>& /*events*/)
{
    // Coming back from the Messages app with the code: the app is where the learner left it.
    error_.clear();
    info_.clear();
    if (logged_in_)
        phone_.replace({"eid.home", {}});
    else if (!resume_.empty())
        phone_.replace({resume_, {}});
}

void EidApp::leaving(const Screen& s, std::vector<Event>& /*events*/)
{
    error_.clear();
    info_.clear();
    scroll_ = 0;
    if (s.name.rfind("eid.activate.", 0) == 0 || s.name == "eid.login")
        resume_.clear(); // back to the start: the next visit starts there too
}

void EidApp::reject(const std::string& screen, const std::string& reason, std::string message,
                    std::vector<Event>& events)
{
    error_ = std::move(message);
    info_.clear();
    phone_.unfocus(); // the keyboard goes: the message and every button show
    reveal_error_ = true;
    events.push_back({"eid.rejected", {{"screen", screen}, {"reason", reason}}});
}

void EidApp::send_otp(std::vector<Event>& events)
{
    const EidWorld& w = phone_.world().eid;
    const bool first = std::none_of(phone_.issued_otps().begin(), phone_.issued_otps().end(),
                                    [](const IssuedOtp& o) { return o.service == "eid"; });
    const std::string code = phone_.issue_otp("eid", first ? w.otp : std::string(), w.otp_valid_s * 1000LL);
    const std::string text = "Ma OTP kich hoat tai khoan dinh danh dien tu cua ban la " + code +
                             ". Ma co hieu luc trong " + std::to_string(std::max(1, w.otp_valid_s / 60)) +
                             " phut. Tuyet doi KHONG cung cap ma nay cho bat ky ai.";
    const std::string from = w.sms_sender;
    phone_.schedule(phone_.clock().now_ms() + w.otp_delay_s * 1000LL,
                    [this, from, text](std::vector<Event>& later) { phone_.deliver_sms(from, text, later); });
    events.push_back({"otp.sent", {{"service", "eid"}, {"to", registered_phone()}}});
}

void EidApp::request(std::vector<Event>& events)
{
    const EidWorld& w = phone_.world().eid;
    const std::string id = phone_.field_text(id_field);
    const std::string phone = phone_.field_text(phone_field);
    const char* s = "eid.activate.id";
    if (id.size() != 12)
        return reject(s, "id_length", msg_id_length, events);
    if (phone.size() != 10)
        return reject(s, "phone_length", msg_phone_length, events);
    if (id != phone_digits(w.id_number))
        return reject(s, "id_unknown", msg_id_unknown, events);
    if (phone != registered_phone())
        return reject(s, "phone_mismatch", msg_phone_mismatch, events);
    if (w.activated)
        return reject(s, "already_activated", msg_already, events);
    phone_.unfocus();
    events.push_back({"eid.step_done", {{"step", "request"}}});
    send_otp(events);
    phone_.clear_field(otp_field);
    go("eid.activate.otp", {}, true);
}

void EidApp::check_otp(std::vector<Event>& events)
{
    const std::string code = phone_.field_text(otp_field);
    const char* s = "eid.activate.otp";
    if (code.size() != 6)
        return reject(s, "otp_length", msg_otp_length, events);
    const IssuedOtp* latest = nullptr;
    for (const IssuedOtp& o : phone_.issued_otps())
        if (o.service == "eid")
            latest = &o;
    if (!latest || code != latest->code)
        return reject(s, "otp_wrong", msg_otp_wrong, events);
    if (phone_.clock().now_ms() > latest->expires_ms)
        return reject(s, "otp_expired", msg_otp_expired, events);
    phone_.unfocus();
    events.push_back({"eid.step_done", {{"step", "otp"}}});
    phone_.clear_field(password_field);
    phone_.clear_field(confirm_field);
    go("eid.activate.password", {}, true);
}

void EidApp::set_password(std::vector<Event>& events)
{
    const std::string pw = phone_.field_text(password_field);
    const std::vector<std::string> problems = password_problems(pw);
    const char* s = "eid.activate.password";
    if (!problems.empty()) {
        std::string all;
        for (const std::string& p : problems)
            all += (all.empty() ? "" : "\n") + p;
        return reject(s, "password_rules", all, events);
    }
    if (phone_.field_text(confirm_field) != pw)
        return reject(s, "password_mismatch", msg_password_mismatch, events);
    phone_.unfocus();
    phone_.world_mut().eid.password = pw;
    events.push_back({"eid.step_done", {{"step", "password"}}});
    phone_.clear_field(passcode_field);
    phone_.clear_field(passcode_confirm_field);
    go("eid.activate.passcode", {}, true);
}

void EidApp::set_passcode(std::vector<Event>& events)
{
    const std::string code = phone_.field_text(passcode_field);
    const char* s = "eid.activate.passcode";
    if (code.size() != 6)
        return reject(s, "passcode_length", msg_passcode_length, events);
    if (phone_.field_text(passcode_confirm_field) != code)
        return reject(s, "passcode_mismatch", msg_passcode_mismatch, events);
    phone_.unfocus();
    phone_.world_mut().eid.passcode = code;
    events.push_back({"eid.step_done", {{"step", "passcode"}}});
    question_ = {-1, -1};
    phone_.clear_field("eid.answer.1");
    phone_.clear_field("eid.answer.2");
    go("eid.activate.questions", {}, true);
}

void EidApp::finish_questions(std::vector<Event>& events)
{
    if (question_[0] < 0 || question_[1] < 0 || phone_.field_text("eid.answer.1").empty() ||
        phone_.field_text("eid.answer.2").empty())
        return reject("eid.activate.questions", "questions_missing", msg_questions, events);
    phone_.unfocus();
    phone_.world_mut().eid.activated = true;
    events.push_back({"eid.step_done", {{"step", "questions"}}});
    events.push_back({"eid.activated", nlohmann::json::object()});
    go("eid.activate.done", {}, true);
    resume_.clear();
}

void EidApp::log_in(std::vector<Event>& events)
{
    const EidWorld& w = phone_.world().eid;
    if (!w.activated)
        return reject("eid.login", "not_activated", msg_not_activated, events);
    if (phone_.field_text(login_id_field) != phone_digits(w.id_number) ||
        phone_.field_text(login_password_field) != w.password)
        return reject("eid.login", "login_failed", msg_login_failed, events);
    phone_.unfocus();
    phone_.clear_field(login_password_field);
    logged_in_ = true;
    resume_.clear();
    events.push_back({"eid.logged_in", nlohmann::json::object()});
    go("eid.home", {}, true);
}

void EidApp::unlock(const std::string& feature, std::vector<Event>& events)
{
    const std::string code = phone_.field_text(unlock_field);
    if (code.size() != 6)
        return reject("eid.passcode", "passcode_length", msg_passcode_length, events);
    if (code != phone_.world().eid.passcode)
        return reject("eid.passcode", "passcode_wrong", msg_passcode_wrong, events);
    phone_.unfocus();
    phone_.clear_field(unlock_field);
    events.push_back({"eid.unlocked", {{"feature", feature}}});
    go(feature == "health" ? "eid.health" : "eid.wallet", {}, true);
}

bool EidApp::tap(const Screen& s, const Element& e, std::vector<Event>& events)
{
    const std::string& id = e.id;
    if (id == "eid.back") {
        leaving(s, events);
        phone_.pop();
    } else if (id == "eid.welcome.login") {
        phone_.set_field(login_id_field,
                         phone_.world().eid.activated ? phone_digits(phone_.world().eid.id_number) : "");
        phone_.clear_field(login_password_field);
        go("eid.login", {}, false);
    } else if (id == "eid.welcome.activate") {
        phone_.clear_field(id_field);
        phone_.clear_field(phone_field);
        go("eid.activate.id", {}, false);
    } else if (id == "eid.activate.send") {
        request(events);
    } else if (id == "eid.otp.confirm") {
        check_otp(events);
    } else if (id == "eid.otp.resend") {
        send_otp(events);
        error_.clear();
        info_ = "Đã gửi lại mã OTP. Vui lòng chờ tin nhắn mới.";
    } else if (id == "eid.password.next") {
        set_password(events);
    } else if (id == "eid.passcode.next") {
        set_passcode(events);
    } else if (id == "eid.question.1" || id == "eid.question.2") {
        go("eid.question.pick", id.substr(13), false);
    } else if (id.rfind("eid.question.option.", 0) == 0) {
        question_[s.param == "2" ? 1 : 0] = std::stoi(id.substr(20)) - 1;
        events.push_back(
            {"eid.question_chosen", {{"slot", s.param == "2" ? 2 : 1}, {"question", std::stoi(id.substr(20))}}});
        error_.clear();
        phone_.pop();
    } else if (id == "eid.questions.done") {
        finish_questions(events);
    } else if (id == "eid.done.login") {
        phone_.set_field(login_id_field, phone_digits(phone_.world().eid.id_number));
        phone_.clear_field(login_password_field);
        go("eid.login", {}, true);
    } else if (id == "eid.login.submit") {
        log_in(events);
    } else if (id == "eid.feature.wallet" || id == "eid.feature.health") {
        phone_.clear_field(unlock_field);
        go("eid.passcode", id.substr(12), false);
        phone_.focus(unlock_field); // the number pad is up at once, as in the real app
    } else if (id == "eid.feature.notices") {
        go("eid.notices", {}, false);
    } else if (id == "eid.feature.logout") {
        logged_in_ = false;
        events.push_back({"eid.logged_out", nlohmann::json::object()});
        go("eid.welcome", {}, true);
    } else if (id == "eid.unlock.submit") {
        unlock(s.param, events);
    } else if (id == "eid.card.cccd" || id == "eid.card.bhyt") {
        events.push_back({"eid.card_opened", {{"card", id.substr(9)}}});
        go("eid.card", id.substr(9), false);
    } else {
        return false;
    }
    return true;
}

void EidApp::submit(const Screen& s, const std::string& field, std::vector<Event>& events)
{
    // "Xong" (enter) in a field: the field is done (lessons follow the form field by field).
    const struct {
        const char* id;
        const char* name;
        std::size_t length; // its complete length (0: any text)
    } names[] = {{id_field, "id_number", 12},
                 {phone_field, "phone", 10},
                 {otp_field, "otp", 6},
                 {password_field, "password", 0},
                 {confirm_field, "password_confirm", 0},
                 {passcode_field, "passcode", 6},
                 {passcode_confirm_field, "passcode_confirm", 6},
                 {"eid.answer.1", "answer_1", 0},
                 {"eid.answer.2", "answer_2", 0},
                 {login_id_field, "login_id", 12},
                 {login_password_field, "login_password", 0},
                 {unlock_field, "unlock", 6}};
    for (const auto& n : names)
        if (field == n.id) {
            const std::size_t typed = utf8_length(phone_.field_text(field));
            events.push_back(
                {"eid.field_done", {{"field", n.name}, {"complete", n.length == 0 ? typed > 0 : typed == n.length}}});
        }
    // Then it moves to the next field of the form; in its last field it presses the button.
    const std::pair<const char*, const char*> next_field[] = {{id_field, phone_field},
                                                              {password_field, confirm_field},
                                                              {passcode_field, passcode_confirm_field},
                                                              {login_id_field, login_password_field},
                                                              {"eid.answer.1", "eid.answer.2"}};
    for (const auto& [from, to] : next_field)
        if (field == from) {
            phone_.focus(to);
            return;
        }
    const std::pair<const char*, const char*> button_of[] = {
        {phone_field, "eid.activate.send"},         {otp_field, "eid.otp.confirm"},
        {confirm_field, "eid.password.next"},       {passcode_confirm_field, "eid.passcode.next"},
        {login_password_field, "eid.login.submit"}, {"eid.answer.2", "eid.questions.done"},
        {unlock_field, "eid.unlock.submit"}};
    for (const auto& [from, button] : button_of)
        if (field == from) {
            tap(s, make_button(button, {}, {}, {}), events);
            return;
        }
}

bool EidApp::swipe(const Screen& /*s*/, SwipeDirection d, std::vector<Event>& /*events*/)
{
    reveal_error_ = false;
    return swipe_column(phone_, scroll_, shown_offset_, max_scroll_, d, page_);
}

} // namespace luyenso
