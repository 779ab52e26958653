#include "phone/bank_app.h"

#include "phone/form_layout.h"
#include "phone/vietqr.h"

#include <algorithm>
#include <cstdio>

namespace luyenso {

namespace {
constexpr float header_h = 64;
constexpr float content_top = status_bar_dp + header_h;
constexpr std::int64_t otp_delay_ms = 3'000;   // the SMS arrives a moment after the request
constexpr std::int64_t otp_valid_ms = 300'000; // five minutes, as the real apps say

const char* const login_field = "bank.login.pin";
const char* const auth_field = "bank.auth.code";
const char* const bill_field = "bank.bill.code";
const char* const search_field = "bank.banks.search";
const char* const number_field = "bank.new.number";
const char* const typed_prefix = "to:"; // a typed transfer's form: {"bank.transfer.form", "to:BIN:ACCOUNT"}
const char* const more_id = "bank.more";
constexpr std::size_t max_new_payments = 10; // history rows `check` accepts beyond the world's

bool starts_with(const std::string& s, const std::string& prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// The ids of a payment form: "bank.pay.amount" for a QR, "bank.transfer.amount" for a transfer.
std::string form_prefix(const Screen& s)
{
    return s.name == "bank.pay" ? "bank.pay" : "bank.transfer";
}

std::string service_name(const std::string& service)
{
    return service == "water" ? "Tiền nước" : "Tiền điện";
}

// "35000" -> "35.000"
std::string group_digits(const std::string& digits)
{
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += '.';
        out += digits[i];
    }
    return out;
}

std::string hex4(std::uint16_t v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(v));
    return buf;
}

// A payload whose last field is a CRC that does not match: damaged or edited.
bool crc_broken(const std::string& payload)
{
    const std::size_t n = payload.size();
    if (n < 8 || payload.compare(n - 8, 4, "6304") != 0)
        return false;
    return payload.substr(n - 4) != hex4(crc16_ccitt(std::string_view(payload).substr(0, n - 4)));
}

Element bank_header(std::string id, std::string title)
{
    Element h = make_header(std::move(id), std::move(title), Tone::Primary);
    h.icon = "bank.header"; // the bank's own colour
    return h;
}

float field_h(const Column& c, float dp)
{
    return std::max(64.0F, c.line_h(dp) + 16);
}
float button_h(const Column& c)
{
    return std::max(60.0F, c.line_h(24) + 14);
}

// A caption over a value, left-aligned, on a white band: rows in a row make a card.
void add_info(Column& c, std::string id, std::string caption, std::string value, float dp, Tone tone = Tone::Normal)
{
    Element e = make_text(std::move(id), {}, value, dp);
    e.detail = std::move(caption);
    e.icon = "bank.row";
    e.tone = tone;
    // The caption's line, the value's lines (text_h adds 6 of margin), a little padding.
    const float h = 18 * c.scale() * 1.3F + c.text_h(value, dp, c.width() - 28) + 6;
    c.add(std::move(e), h, 0);
}

// Left-aligned text (a field's caption, the amount in words).
void add_caption(Column& c, std::string id, std::string text, float dp, Tone tone = Tone::Normal)
{
    Element& e = c.add_text(std::move(id), std::move(text), dp, 4);
    e.icon = "bank.caption";
    e.tone = tone;
}

// Centred text in a tone (an error in red, a tip in grey).
void add_note(Column& c, std::string id, std::string text, float dp, Tone tone)
{
    Element& e = c.add_text(std::move(id), std::move(text), dp, 10);
    e.icon = "bank.note";
    e.tone = tone;
}

Element wide_button(std::string id, std::string label, Tone tone, std::string icon = {})
{
    Element b = make_button(std::move(id), {}, std::move(label), std::move(icon), tone);
    b.filled = true;
    b.text_dp = 24;
    return b;
}

// A second choice next to the main button: white with a coloured edge ("Hủy").
Element outline_button(std::string id, std::string label)
{
    Element b = wide_button(std::move(id), std::move(label), Tone::Subtle, "bank.outline");
    return b;
}

Element picture(std::string id, std::string look, float size, std::string label)
{
    Element e = make_element(std::move(id), Role::Image, {(phone_width_dp - size) / 2, 0, size, size},
                             std::move(label));
    e.icon = std::move(look);
    return e;
}

// Keeps the focused field, and the button after it if there is room, in view above the
// keyboard, a few dp clear of the bottom edge. (Column::finish can focus too, but it puts
// the field's edge exactly on the visible bottom, where rounding may cut the field off.)
class Form {
public:
    Form(Column& c, const Layout& area, float top, std::string focused)
        : c_(c), area_(area), top_(top), focused_(std::move(focused))
    {
    }
    void field(Element e, float h, float gap = 12)
    {
        const float y = c_.cursor();
        const bool mine = !focused_.empty() && e.id == focused_;
        c_.add(std::move(e), h, gap);
        if (mine) {
            field_top_ = y;
            field_bottom_ = y + h;
            then_bottom_ = -1;
            following_ = true;
        }
    }
    void button(Element b, float h, float gap = 12)
    {
        const float y = c_.cursor();
        c_.add(std::move(b), h, gap);
        if (following_)
            then_bottom_ = y + h;
        following_ = false;
    }
    float finish(ElementTree& tree, float scroll)
    {
        if (field_top_ >= 0) {
            const float bottom = area_.bottom - 8;
            const float visible = c_.cursor() > bottom ? bottom - (c_.line_h(17) + 4) : bottom;
            const float want = then_bottom_ > 0 && then_bottom_ - field_top_ <= visible - top_ - 12 ? then_bottom_
                                                                                                    : field_bottom_;
            scroll = std::clamp(want + 6 - visible, 0.0F, std::max(0.0F, field_top_ - top_ - 8));
        }
        return c_.finish(tree, scroll, {}, more_id);
    }

private:
    Column& c_;
    Layout area_;
    float top_;
    std::string focused_;
    float field_top_ = -1;
    float field_bottom_ = -1;
    float then_bottom_ = -1;
    bool following_ = false;
};

// A 6-digit code (a PIN, an OTP): the field, the mistake if there was one, the button.
void add_code_entry(Column& c, Form& form, Element field, bool secret, const std::string& error_id,
                    const std::string& error, Element button)
{
    field.bounds = {60, 0, 240, 0};
    field.secret = secret;
    field.numeric = true;
    field.max_length = 6;
    field.text_dp = 28;
    form.field(std::move(field), field_h(c, 28));
    if (!error.empty())
        add_note(c, error_id, error, 21, Tone::Danger);
    form.button(std::move(button), button_h(c));
}

// Places the column, then the screen's header over it (and, with `back`, its back arrow).
float close_screen(Form& form, ElementTree& tree, float scroll, const std::string& prefix, std::string title,
                   bool back = true)
{
    const float max = form.finish(tree, scroll);
    tree.push_back(bank_header(prefix + ".header", std::move(title)));
    if (back)
        tree.push_back(make_header_back(prefix + ".back", Tone::Primary));
    return max;
}

std::string three_digits(int n, bool inner)
{
    static const char* const digit[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    const int h = n / 100;
    const int t = (n / 10) % 10;
    const int u = n % 10;
    std::vector<std::string> w;
    if (h > 0 || inner) {
        w.emplace_back(digit[h]);
        w.emplace_back("trăm");
    }
    if (t == 0 && u > 0 && (h > 0 || inner))
        w.emplace_back("lẻ");
    else if (t == 1)
        w.emplace_back("mười");
    else if (t > 1) {
        w.emplace_back(digit[t]);
        w.emplace_back("mươi");
    }
    if (u == 1 && t > 1)
        w.emplace_back("mốt");
    else if (u == 5 && t > 0)
        w.emplace_back("lăm");
    else if (u == 4 && t > 1)
        w.emplace_back("tư");
    else if (u > 0)
        w.emplace_back(digit[u]);
    std::string out;
    for (const auto& s : w)
        out += (out.empty() ? "" : " ") + s;
    return out;
}
} // namespace

// [SECTION] names and numbers

std::string BankApp::format_amount(std::int64_t dong)
{
    const std::string sign = dong < 0 ? "-" : "";
    return sign + group_digits(std::to_string(dong < 0 ? -dong : dong)) + " đ";
}

std::string BankApp::amount_in_words(std::int64_t dong)
{
    if (dong <= 0)
        return "Không đồng";
    static const char* const units[] = {"", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"};
    std::vector<int> groups; // least significant first
    for (std::int64_t v = dong; v > 0; v /= 1000)
        groups.push_back(static_cast<int>(v % 1000));
    std::string out;
    for (std::size_t i = groups.size(); i-- > 0;) {
        if (groups[i] == 0)
            continue;
        out += (out.empty() ? "" : " ") + three_digits(groups[i], !out.empty());
        if (units[i][0] != '\0')
            out += std::string(" ") + units[i];
    }
    out += " đồng";
    out[0] = static_cast<char>(out[0] - 'a' + 'A'); // every digit's word starts with an ASCII letter
    return out;
}

std::string BankApp::fold_name(const std::string& name)
{
    static const std::pair<const char*, char> letters[] = {{"àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'A'},
                                                           {"èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", 'E'},
                                                           {"ìíỉĩịÌÍỈĨỊ", 'I'},
                                                           {"òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'O'},
                                                           {"ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", 'U'},
                                                           {"ỳýỷỹỵỲÝỶỸỴ", 'Y'},
                                                           {"đĐ", 'D'}};
    std::string out;
    auto put = [&](char c) {
        if (c == ' ' && (out.empty() || out.back() == ' '))
            return;
        out += c;
    };
    for (std::size_t i = 0; i < name.size();) {
        const auto b = static_cast<unsigned char>(name[i]);
        const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        const std::string cp = name.substr(i, n);
        i += n;
        if (n == 1) {
            const char c = cp[0];
            if (c >= 'a' && c <= 'z')
                put(static_cast<char>(c - 'a' + 'A'));
            else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                put(c);
            else
                put(' ');
            continue;
        }
        if (n == 2 && (b == 0xCC || (b == 0xCD && static_cast<unsigned char>(cp[1]) < 0xB0)))
            continue; // a combining mark (text typed in decomposed form)
        for (const auto& [variants, base] : letters)
            if (std::string_view(variants).find(cp) != std::string_view::npos) {
                put(base);
                break;
            }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string BankApp::holder() const
{
    if (!bank().holder.empty())
        return bank().holder;
    return fold_name(phone_.world().owner.name); // banks write names in capitals, without marks
}

std::string BankApp::bank_label(const std::string& bin) const
{
    if (bin.empty() || bin == bank().bin)
        return bank().bank_name;
    for (const BankName& b : bank().banks)
        if (b.bin == bin)
            return b.name;
    return luyenso::bank_label(bin);
}

// [SECTION] payments

std::optional<BankApp::Payment> BankApp::payment_from_scene(const BankScene& scene) const
{
    std::string why;
    const auto qr = VietQr::parse(scene.payload, why);
    if (!qr)
        return std::nullopt;
    Payment p;
    p.kind = "qr";
    p.scene = scene.id;
    p.recipient = qr->merchant_name.empty() ? "(Mã QR không ghi tên)" : qr->merchant_name;
    p.account = qr->account;
    p.bank = bank_label(qr->bank_bin);
    p.amount = qr->amount.empty() ? 0 : std::stoll(qr->amount);
    p.dynamic = qr->dynamic;
    p.amount_fixed = qr->dynamic && p.amount > 0;
    p.message = qr->purpose.empty() ? holder() + " chuyen tien" : qr->purpose;
    p.message_fixed = qr->dynamic && !qr->purpose.empty();
    return p;
}

std::optional<BankApp::Payment> BankApp::payment_to(const std::string& beneficiary) const
{
    for (const Beneficiary& b : bank().beneficiaries)
        if (b.id == beneficiary) {
            Payment p;
            p.kind = "transfer";
            p.beneficiary = b.id;
            p.recipient = b.name;
            p.account = b.account;
            p.bank = bank_label(b.bin);
            p.message = holder() + " chuyen tien";
            return p;
        }
    return std::nullopt;
}

const BankAccount* BankApp::find_account(const std::string& bin, const std::string& account) const
{
    for (const BankAccount& a : bank().accounts)
        if (a.bin == bin && a.account == account)
            return &a;
    return nullptr;
}

std::optional<BankApp::Payment> BankApp::payment_to_account(const std::string& bin, const std::string& account) const
{
    const BankAccount* a = find_account(bin, account);
    if (!a)
        return std::nullopt;
    Payment p;
    p.kind = "transfer";
    p.typed = true;
    p.bin = bin;
    p.recipient = a->holder;
    p.account = a->account;
    p.bank = bank_label(bin);
    p.message = holder() + " chuyen tien";
    return p;
}

// The banks the chooser lists: the learner's own first, the lesson's own banks, then the
// Napas members, most used first.
std::vector<BankName> BankApp::bank_choices() const
{
    std::vector<BankName> out = {{bank().bin, bank().bank_name}};
    auto add = [&](const std::string& bin, const std::string& name) {
        for (const BankName& b : out)
            if (b.bin == bin)
                return;
        out.push_back({bin, name});
    };
    for (const BankName& b : bank().banks)
        add(b.bin, b.name);
    for (const NapasBank& b : napas_banks())
        add(std::string(b.bin), std::string(b.short_name));
    return out;
}

// What the typed transfer's events say about the account: its bank, number and holder.
nlohmann::json BankApp::account_fields(const std::string& bin, const std::string& account) const
{
    const BankAccount* a = find_account(bin, account);
    return {{"bank", bank_label(bin)}, {"bin", bin}, {"account", account}, {"holder", a ? a->holder : ""}};
}

const Bill* BankApp::find_bill(const std::string& key) const
{
    for (const Bill& b : bank().bills)
        if (b.service + ":" + b.code == key)
            return &b;
    return nullptr;
}

std::optional<BankApp::Payment> BankApp::payment_for_bill(const std::string& key) const
{
    const Bill* b = find_bill(key);
    if (!b)
        return std::nullopt;
    Payment p;
    p.kind = "bill";
    p.bill = key;
    p.recipient = b->provider;
    p.account = b->code;
    p.bank = b->period;
    p.amount = b->amount;
    p.amount_fixed = true;
    p.message = service_name(b->service) + " " + b->period + " - " + b->name;
    p.message_fixed = true;
    return p;
}

// What a payment screen shows: the payment being made, or (for the catalogue of ids,
// and if the screen is reached some other way) what its parameter names.
BankApp::Payment BankApp::shown_payment(const Screen& s) const
{
    if (s.name == "bank.receipt" && receipt_)
        return receipt_->payment;
    const bool typed_form = s.name == "bank.transfer.form" && starts_with(s.param, typed_prefix);
    if (pending_ &&
        (s.name == "bank.confirm" || s.name == "bank.auth" || s.param == pending_->scene ||
         s.param == pending_->beneficiary ||
         (typed_form && pending_->typed && s.param == typed_prefix + pending_->bin + ":" + pending_->account)))
        return *pending_;
    std::optional<Payment> p;
    if (s.name == "bank.pay")
        for (const BankScene& scene : bank().scenes)
            if (scene.id == s.param)
                p = payment_from_scene(scene);
    if (s.name == "bank.transfer.form")
        p = typed_form ? payment_to_account(s.param.substr(3, 6), s.param.size() > 10 ? s.param.substr(10) : "")
                       : payment_to(s.param);
    if (p)
        return *p;
    Payment blank;
    blank.kind = s.param.empty() ? "qr" : s.param;
    blank.amount_fixed = blank.kind == "bill";
    return blank;
}

// [SECTION] the app's catalogue

AppIcon BankApp::icon() const
{
    if (!bank().enabled)
        return {};
    return {"bank", "Ngân hàng", "app_bank", "bank.login"};
}

std::vector<Screen> BankApp::all_screens() const
{
    if (!bank().enabled)
        return {};
    std::vector<Screen> screens = {{"bank.login", {}},
                                   {"bank.home", {}},
                                   {"bank.scan", {}},
                                   {"bank.qr.invalid", {}},
                                   {"bank.confirm", "qr"},
                                   {"bank.confirm", "transfer"},
                                   {"bank.confirm", "bill"},
                                   {"bank.auth", "qr"},
                                   {"bank.receipt", "qr"},
                                   {"bank.receipt", "bill"},
                                   {"bank.transfer", {}},
                                   {"bank.transfer.banks", {}},
                                   {"bank.transfer.new", bank().bin},
                                   {"bank.bills", {}},
                                   {"bank.bill.code", "electricity"},
                                   {"bank.bill.code", "water"},
                                   {"bank.history", {}}};
    for (const BankScene& s : bank().scenes)
        screens.push_back({"bank.pay", s.id});
    for (const Beneficiary& b : bank().beneficiaries)
        screens.push_back({"bank.transfer.form", b.id});
    for (const BankAccount& a : bank().accounts) {
        screens.push_back({"bank.transfer.form", typed_prefix + a.bin + ":" + a.account});
        if (a.reported)
            screens.push_back({"bank.transfer.warning", a.bin + ":" + a.account});
    }
    for (const Bill& b : bank().bills)
        screens.push_back({"bank.bill.detail", b.service + ":" + b.code});
    return screens;
}

std::vector<std::string> BankApp::screen_names() const
{
    return {"bank.login",
            "bank.home",
            "bank.scan",
            "bank.qr.invalid",
            "bank.pay",
            "bank.confirm",
            "bank.auth",
            "bank.receipt",
            "bank.transfer",
            "bank.transfer.form",
            "bank.bills",
            "bank.bill.code",
            "bank.bill.detail",
            "bank.history",
            "bank.transfer.banks",
            "bank.transfer.new",
            "bank.transfer.warning"};
}

std::vector<std::string> BankApp::extra_ids() const
{
    if (!bank().enabled)
        return {};
    // Texts that show only after a mistake, and parts of the camera view per scene.
    std::vector<std::string> ids = {
        "bank.login.error",       "bank.pay.error",        "bank.transfer.error",   "bank.auth.error",
        "bank.bill.error",        "bank.pay.amount_label", "bank.pay.amount_words", "bank.transfer.amount_words",
        "bank.pay.message_label", "bank.auth.resend",      "bank.bill.pay_error",   more_id,
        "bank.banks.none",        "bank.new.error",        "bank.new.holder",       "bank.new.continue",
        "bank.transfer.save"};
    for (const BankScene& s : bank().scenes)
        ids.push_back("bank.scan.qr." + s.id);
    // Everything each screen holds, also what large text or the keyboard scrolls away.
    for (const Screen& s : all_screens()) {
        ElementTree tree;
        build_screen(s, Layout{status_bar_dp, 100'000}, tree);
        for (const Element& e : tree)
            ids.push_back(e.id);
    }
    // The history grows as the learner pays: rows for the payments a lesson may make.
    for (std::size_t i = 0; i < bank().history.size() + max_new_payments; ++i)
        ids.push_back("bank.history.item." + std::to_string(i));
    return ids;
}

// [SECTION] screens

void BankApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    build_screen(s, area, tree);
}

float BankApp::build_screen(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const std::string& n = s.name;
    if (n == "bank.login")
        return build_login(area, tree);
    if (n == "bank.home")
        return build_home(area, tree);
    if (n == "bank.scan") {
        build_scan(area, tree);
        return 0;
    }
    if (n == "bank.qr.invalid")
        return build_invalid(area, tree);
    if (n == "bank.pay" || n == "bank.transfer.form")
        return build_form(s, area, tree);
    if (n == "bank.confirm")
        return build_confirm(s, area, tree);
    if (n == "bank.auth")
        return build_auth(s, area, tree);
    if (n == "bank.receipt")
        return build_receipt(s, area, tree);
    if (n == "bank.transfer")
        return build_transfer(area, tree);
    if (n == "bank.transfer.banks")
        return build_banks(area, tree);
    if (n == "bank.transfer.new")
        return build_new_account(s, area, tree);
    if (n == "bank.transfer.warning")
        return build_warning(s, area, tree);
    if (n == "bank.bills")
        return build_bills(area, tree);
    if (n == "bank.bill.code")
        return build_bill_code(s, area, tree);
    if (n == "bank.bill.detail")
        return build_bill_detail(s, area, tree);
    if (n == "bank.history")
        return build_history(area, tree);
    return 0;
}

float BankApp::build_login(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.login.background", "tinted"));
    Column c(area, status_bar_dp, phone_.text_scale());
    Form form(c, area, status_bar_dp, phone_.focused_field());
    c.skip(12);
    c.add(picture("bank.login.logo", "bank.logo", 72, bank().bank_name), 72, 8);
    c.add_text("bank.login.bank", bank().bank_name, 26);
    c.add_text("bank.login.hello", "Xin chào " + holder(), 22);
    c.add_text("bank.login.prompt", "Nhập mã PIN 6 số", 22);
    add_code_entry(
        c, form,
        make_field(login_field, {}, phone_.field_text(login_field), "Mã PIN", phone_.focused_field() == login_field),
        true, "bank.login.error", login_error_, wide_button("bank.login.submit", "Đăng nhập", Tone::Primary));
    if (!phone_.input_focused()) // under the keyboard it would only push the rest up
        add_note(c, "bank.login.tip",
                 "Không bao giờ cho ai biết mã PIN của bác, kể cả người nhà hay nhân viên ngân hàng.", 19,
                 Tone::Subtle);
    return form.finish(tree, scroll_for("bank.login"));
}

float BankApp::build_home(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.home.background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, {}); // no field: it only places the column
    // With large text the card keeps only the balance and the four actions become rows,
    // so that "Quét QR" stays on the first screen even at 200 %.
    const bool large = phone_.text_scale() >= 1.5F;
    // The account card: the balance big, the holder and the account number over it.
    Element card = make_text("bank.home.account", {}, format_amount(bank().balance), 36);
    card.icon = "bank.account";
    if (!large) {
        card.detail = holder();
        card.meta = "Số tài khoản: " + bank().account;
    }
    const float card_h = (large ? 0 : c.line_h(22) + c.text_h(card.meta, 20, 300)) + c.line_h(20) + c.line_h(36) + 26;
    c.add(card, card_h, large ? 10 : 16);
    struct Tile {
        const char* id;
        const char* label;
        const char* icon;
    };
    const Tile tiles[] = {{"bank.home.scan", "Quét QR", "bank_qr"},
                          {"bank.home.transfer", "Chuyển tiền", "bank_transfer"},
                          {"bank.home.bills", "Thanh toán hóa đơn", "bank_bill"},
                          {"bank.home.history", "Lịch sử", "clock"}};
    if (large) {
        // A row each: the icon at the left, the name beside it (icon "bank.row_button.GLYPH").
        for (const Tile& t : tiles) {
            Element b = make_button(t.id, {}, t.label, std::string("bank.row_button.") + t.icon, Tone::Primary);
            b.filled = true;
            b.text_dp = 22;
            c.add(b, std::max(64.0F, c.text_h(t.label, 22, 240) + 14), 8);
        }
    } else {
        float label_h = 0;
        for (const Tile& t : tiles)
            label_h = std::max(label_h, c.text_h(t.label, 22, 144));
        for (int row = 0; row < 2; ++row) {
            std::vector<Element> two;
            for (int col = 0; col < 2; ++col) {
                const Tile& t = tiles[row * 2 + col];
                // A white tile: the icon in a circle, the name under it (icon "bank.tile.GLYPH").
                Element b = make_button(t.id, {16 + static_cast<float>(col) * 168, 0, 160, 0}, t.label,
                                        std::string("bank.tile.") + t.icon, Tone::Primary);
                b.filled = true;
                b.text_dp = 22;
                two.push_back(b);
            }
            c.add_row(two, 84 + label_h, 10);
        }
    }
    c.skip(8);
    add_note(c, "bank.home.tip", "Ngân hàng không bao giờ gọi điện hay nhắn tin hỏi mã PIN, mã OTP của bác.", 19,
             Tone::Subtle);
    return close_screen(form, tree, scroll_for("bank.home"), "bank.home", bank().bank_name, false);
}

void BankApp::build_scan(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.scan.background", "camera"));
    const float scale = phone_.text_scale();
    Element back = make_button("bank.scan.back", {0, status_bar_dp, 56, header_h}, "Đóng camera", "back", Tone::Subtle);
    back.icon_only = true;
    tree.push_back(back);
    tree.push_back(make_text("bank.scan.title", {60, status_bar_dp + 14, 240, 40}, "Quét mã QR", 24));
    const auto& scenes = bank().scenes;
    const float buttons_y = area.bottom - 84;
    if (scenes.empty()) {
        tree.push_back(make_text("bank.scan.empty", {16, 300, 328, 120}, "Không có mã QR nào trước camera.", 22));
        return;
    }
    const BankScene& scene = scenes[std::min(scene_index_, scenes.size() - 1)];
    const bool shop = scene.kind == "shop";
    Element view = make_element("bank.scan.scene", Role::Image,
                                {0, content_top, phone_width_dp, buttons_y - content_top - 8}, scene.sign);
    view.icon = shop ? "bank.scene.shop" : "bank.scene.bill";
    for (const std::string& line : scene.lines)
        view.detail += (view.detail.empty() ? "" : "\n") + line;
    tree.push_back(view);
    // The QR: a sticker on the counter's stand, or printed at the bottom of the paper bill.
    const Rect qr_box = shop ? Rect{112, 318, 136, 168} : Rect{186, 356, 132, 132};
    Element frame = make_element("bank.scan.frame", Role::Image,
                                 {qr_box.x - 14, qr_box.y - 14, qr_box.w + 28, qr_box.h + 28});
    frame.icon = "bank.frame";
    tree.push_back(frame);
    Element qr = make_element("bank.scan.qr." + scene.id, Role::Image, qr_box, "Mã QR của " + scene.sign);
    qr.icon = shop ? "bank.qr.sticker" : "bank.qr.printed";
    qr.detail = scene.payload; // the UI draws the real QR code of this text
    qr.tappable = true;
    tree.push_back(qr);
    const std::string hint = "Đưa mã QR vào giữa khung, rồi bấm Quét";
    const float hint_h = 20 * scale * 1.3F * (scale > 1.2F ? 3.0F : 2.0F) + 8;
    Element h = make_text("bank.scan.hint", {16, buttons_y - 12 - hint_h, 328, hint_h}, hint, 20);
    h.icon = "bank.shadowed";
    tree.push_back(h);
    const bool several = scenes.size() > 1;
    if (several) {
        Element prev = make_button("bank.scan.prev", {8, buttons_y, 64, 64}, "Xem mã QR trước", "back", Tone::Subtle);
        prev.icon_only = true;
        prev.filled = true;
        tree.push_back(prev);
        Element next = make_button("bank.scan.next", {288, buttons_y, 64, 64}, "Xem mã QR khác", "bank_next",
                                   Tone::Subtle);
        next.icon_only = true;
        next.filled = true;
        tree.push_back(next);
    }
    Element shoot = wide_button("bank.scan.shoot", "Quét", Tone::Primary, "bank_qr");
    shoot.bounds = several ? Rect{84, buttons_y, 192, 64} : Rect{56, buttons_y, 248, 64};
    tree.push_back(shoot);
}

float BankApp::build_invalid(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.invalid.background"));
    Column c(area, status_bar_dp, phone_.text_scale());
    Form form(c, area, status_bar_dp, {}); // no field: it only places the column
    c.skip(40);
    c.add(picture("bank.invalid.icon", "bank.warning", 96, "Cảnh báo"), 96, 16);
    add_note(c, "bank.invalid.title", "Mã QR không hợp lệ", 30, Tone::Danger);
    const std::string reason = invalid_reason_ == "checksum"
                                   ? "Mã QR này đã bị hỏng hoặc bị sửa, nên ngân hàng không đọc được. Bác đừng chuyển "
                                     "tiền theo mã này; hãy hỏi lại người bán."
                                   : "Đây không phải mã QR để chuyển tiền. Bác hãy quét mã QR thanh toán của cửa hàng.";
    c.add_text("bank.invalid.reason", reason, 22, 24);
    c.add(wide_button("bank.invalid.retry", "Quét lại", Tone::Primary), button_h(c));
    c.add(outline_button("bank.invalid.home", "Về trang chính"), button_h(c));
    return form.finish(tree, scroll_for("bank.qr.invalid"));
}

float BankApp::build_form(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const std::string px = form_prefix(s);
    const Payment p = shown_payment(s);
    const std::string& focused = phone_.focused_field();
    tree.push_back(make_background(px + ".background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, focused);
    add_info(c, px + ".recipient", "Người nhận", p.recipient, 26);
    add_info(c, px + ".account", "Số tài khoản", p.account, 22);
    add_info(c, px + ".bank", "Ngân hàng", p.bank, 22);
    c.skip(14);
    std::int64_t amount = p.amount;
    if (p.amount_fixed) {
        add_info(c, px + ".amount", "Số tiền (đã ghi sẵn trong mã QR)", format_amount(p.amount), 30);
        c.skip(4);
    } else {
        add_caption(c, px + ".amount_label", "Số tiền (đồng)", 21);
        const std::string& digits = phone_.field_text(px + ".amount");
        Element f = make_field(px + ".amount", {}, group_digits(digits), "Nhập số tiền", focused == px + ".amount");
        f.numeric = true;
        f.max_length = 12;
        f.text_dp = 28;
        form.field(f, field_h(c, 28), 4);
        amount = digits.empty() ? 0 : std::stoll(digits);
    }
    if (amount > 0)
        // The key check before paying: as large as the amount, in full-contrast ink.
        add_caption(c, px + ".amount_words", amount_in_words(amount), 28);
    c.skip(8);
    if (p.message_fixed) {
        add_info(c, px + ".message", "Lời nhắn", p.message, 22);
        c.skip(12);
    } else {
        add_caption(c, px + ".message_label", "Lời nhắn", 21);
        Element m = make_field(px + ".message", {}, phone_.field_text(px + ".message"), "Viết lời nhắn",
                               focused == px + ".message");
        m.max_length = 60;
        form.field(m, field_h(c, 23));
    }
    if (p.typed) {
        // "Lưu người nhận": the recipient is in the list next time (a switch, off at first).
        Element save = make_element("bank.transfer.save", Role::Toggle, {0, 0, phone_width_dp, 0}, "Lưu người nhận");
        save.detail = "Lần sau chọn nhanh trong danh sách";
        save.active = p.save;
        save.tappable = true;
        save.text_dp = 22;
        c.add(save, std::max(76.0F, c.line_h(22) + c.text_h(save.detail, 19, phone_width_dp - 150) + 24), 8);
    }
    if (!form_error_.empty())
        add_note(c, px + ".error", form_error_, 21, Tone::Danger);
    form.button(wide_button(px + ".continue", "Tiếp tục", Tone::Primary), button_h(c));
    return close_screen(form, tree, scroll_for(s.name), px,
                        s.name == "bank.pay" ? "Thanh toán bằng mã QR" : "Chuyển tiền");
}

float BankApp::build_confirm(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const Payment p = shown_payment(s);
    const bool bill = p.kind == "bill";
    tree.push_back(make_background("bank.confirm.background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, {}); // no field: it only places the column
    add_info(c, "bank.confirm.recipient", bill ? "Nhà cung cấp" : "Người nhận", p.recipient, 26);
    add_info(c, "bank.confirm.account", bill ? "Mã khách hàng" : "Số tài khoản", p.account, 22);
    add_info(c, "bank.confirm.bank", bill ? "Kỳ thanh toán" : "Ngân hàng", p.bank, 22);
    add_info(c, "bank.confirm.amount", "Số tiền", format_amount(p.amount), 28);
    add_info(c, "bank.confirm.message", "Lời nhắn", p.message.empty() ? "(không có)" : p.message, 22);
    add_info(c, "bank.confirm.fee", "Phí giao dịch", "Miễn phí", 22);
    c.skip(12);
    add_note(c, "bank.confirm.warning",
             bill ? "Xem lại mã khách hàng trước khi xác nhận." : "Đọc kỹ tên người nhận trước khi xác nhận.", 20,
             Tone::Danger);
    const float h = button_h(c) + 4;
    Element cancel = outline_button("bank.confirm.cancel", "Hủy");
    cancel.bounds = {16, 0, 156, 0};
    Element ok = wide_button("bank.confirm.ok", "Xác nhận", Tone::Primary);
    ok.bounds = {188, 0, 156, 0};
    c.add_row({cancel, ok}, h);
    return close_screen(form, tree, scroll_for(s.name), "bank.confirm", "Xác nhận giao dịch");
}

float BankApp::build_auth(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const Payment p = shown_payment(s);
    const bool otp = bank().confirm_by_otp;
    tree.push_back(make_background("bank.auth.background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, phone_.focused_field());
    c.add_text("bank.auth.amount", format_amount(p.amount), 32, 2);
    c.add_text("bank.auth.to", "tới " + p.recipient, 21, 12);
    const std::string phone_number = bank().phone.empty() ? phone_.world().owner.phone : bank().phone;
    c.add_text("bank.auth.prompt",
               otp ? "Nhập mã OTP 6 số vừa được gửi bằng tin nhắn đến số " + phone_number
                   : "Nhập mã PIN giao dịch 6 số để xác nhận",
               22);
    add_code_entry(c, form,
                   make_field(auth_field, {}, phone_.field_text(auth_field), otp ? "Mã OTP" : "Mã PIN",
                              phone_.focused_field() == auth_field),
                   !otp, "bank.auth.error", auth_error_, wide_button("bank.auth.submit", "Xác nhận", Tone::Primary));
    if (otp) {
        c.add(outline_button("bank.auth.resend", "Gửi lại mã"), button_h(c));
        if (!phone_.input_focused())
            add_note(c, "bank.auth.tip",
                     "Không đọc mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng hay công an.", 19,
                     Tone::Subtle);
    }
    return close_screen(form, tree, scroll_for(s.name), "bank.auth", "Xác thực giao dịch");
}

float BankApp::build_receipt(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const Payment p = shown_payment(s);
    const bool bill = p.kind == "bill";
    tree.push_back(make_background("bank.receipt.background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, {}); // no field: it only places the column
    c.add(picture("bank.receipt.icon", "bank.success", 72, "Thành công"), 72, 6);
    add_note(c, "bank.receipt.title", "Giao dịch thành công", 28, Tone::Success);
    c.add_text("bank.receipt.amount", format_amount(-p.amount), 34, 2);
    add_note(c, "bank.receipt.time", receipt_ ? receipt_->time : phone_.time_text(), 19, Tone::Subtle);
    add_info(c, "bank.receipt.recipient", bill ? "Nhà cung cấp" : "Người nhận", p.recipient, 24);
    if (bill) {
        add_info(c, "bank.receipt.account", "Mã khách hàng", p.account, 22);
        add_info(c, "bank.receipt.bank", "Kỳ thanh toán", p.bank, 22);
    } else {
        add_info(c, "bank.receipt.account", "Tài khoản nhận", p.account + "\n" + p.bank, 22);
        add_info(c, "bank.receipt.message", "Lời nhắn", p.message.empty() ? "(không có)" : p.message, 22);
    }
    add_info(c, "bank.receipt.code", "Mã giao dịch", receipt_ ? receipt_->code : "", 22);
    c.skip(16);
    c.add(wide_button("bank.receipt.done", "Về trang chính", Tone::Primary), button_h(c));
    return close_screen(form, tree, scroll_for(s.name), "bank.receipt", "Kết quả giao dịch", false);
}

float BankApp::build_transfer(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.transfer.background"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, {}); // no field: it only places the column
    c.add(wide_button("bank.transfer.new", "Chuyển đến số tài khoản", Tone::Primary, "bank_transfer"), button_h(c), 16);
    c.add_text("bank.transfer.prompt", "Hoặc chọn người nhận đã lưu", 22);
    if (bank().beneficiaries.empty())
        c.add_text("bank.transfer.empty", "Chưa có người nhận nào được lưu.", 22);
    for (const Beneficiary& b : bank().beneficiaries) {
        // The name, the account number and the bank on three lines (icon "bank.person").
        Element row = make_element("bank.transfer.to." + b.id, Role::ListItem, {0, 0, phone_width_dp, 0}, b.name);
        row.detail = "Số tài khoản: " + b.account;
        row.meta = bank_label(b.bin);
        row.icon = "bank.person";
        row.text_dp = 24;
        row.tappable = true;
        c.add(row, std::max(96.0F, c.line_h(24) + 2 * c.line_h(20) + 12), 0);
    }
    return close_screen(form, tree, scroll_for("bank.transfer"), "bank.transfer", "Chuyển tiền");
}

float BankApp::build_banks(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.banks.background"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, phone_.focused_field());
    add_caption(c, "bank.banks.prompt", "Chọn ngân hàng của người nhận", 22);
    const std::string& typed = phone_.field_text(search_field);
    Element f = make_field(search_field, {}, typed, "Tìm ngân hàng: Agribank, ...",
                           phone_.focused_field() == search_field);
    f.max_length = 30;
    f.text_dp = 24;
    form.field(f, field_h(c, 24));
    // Matches the short or the full name, without diacritics: "nong nghiep" finds Agribank.
    const std::string query = fold_name(typed);
    bool any = false;
    for (const BankName& b : bank_choices()) {
        const NapasBank* napas = napas_bank(b.bin);
        const std::string full = napas ? std::string(napas->full_name) : std::string{};
        if (!query.empty() && fold_name(b.name).find(query) == std::string::npos &&
            fold_name(full).find(query) == std::string::npos && b.bin.find(query) == std::string::npos)
            continue;
        any = true;
        Element row = make_element("bank.banks.item." + b.bin, Role::ListItem, {0, 0, phone_width_dp, 0}, b.name);
        row.detail = full;
        row.icon = "bank.bank_choice"; // the name, and the full name under it
        row.text_dp = 24;
        row.tappable = true;
        const float detail_h = full.empty() ? 0 : c.text_h(full, 19, phone_width_dp - 40);
        c.add(row, std::max(76.0F, c.line_h(24) + detail_h + 16), 0);
    }
    if (!any)
        add_note(c, "bank.banks.none", "Không có ngân hàng nào tên như vậy. Bác hãy gõ lại, ví dụ: Agribank.", 21,
                 Tone::Subtle);
    return close_screen(form, tree, scroll_for("bank.transfer.banks"), "bank.banks", "Chọn ngân hàng");
}

float BankApp::build_new_account(const Screen& s, const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.new.background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, phone_.focused_field());
    add_info(c, "bank.new.bank", "Ngân hàng", bank_label(s.param), 24);
    c.skip(12);
    add_caption(c, "bank.new.prompt", "Số tài khoản người nhận", 22);
    const std::string& typed = phone_.field_text(number_field);
    Element f = make_field(number_field, {}, typed, "Nhập số tài khoản", phone_.focused_field() == number_field);
    f.numeric = true;
    f.max_length = 19;
    f.text_dp = 28;
    form.field(f, field_h(c, 28), 8);
    // The holder shows once looked up, until the number is changed.
    const BankAccount* found = typed.empty() || typed != found_account_ ? nullptr : find_account(s.param, typed);
    if (found && !found->reported) {
        // The name the bank finds: the learner checks it is the person they mean.
        add_info(c, "bank.new.holder", "Tên người nhận", found->holder, 26, Tone::Success);
        c.skip(12);
        form.button(wide_button("bank.new.continue", "Tiếp tục", Tone::Primary), button_h(c));
    } else {
        if (!typed.empty() && typed == missed_account_)
            add_note(c, "bank.new.error",
                     "Không tìm thấy tài khoản. Bác hãy xem lại số tài khoản và ngân hàng của người nhận.", 21,
                     Tone::Danger);
        else if (!typed.empty() && typed == short_account_)
            add_note(c, "bank.new.error", "Số tài khoản có từ 6 đến 19 chữ số. Bác hãy nhập đủ.", 21, Tone::Danger);
        form.button(wide_button("bank.new.lookup", "Kiểm tra tên người nhận", Tone::Primary), button_h(c));
    }
    return close_screen(form, tree, scroll_for("bank.transfer.new"), "bank.new", "Chuyển đến số tài khoản");
}

float BankApp::build_warning(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const std::size_t colon = s.param.find(':');
    const std::string bin = s.param.substr(0, colon);
    const std::string account = colon == std::string::npos ? std::string{} : s.param.substr(colon + 1);
    const BankAccount* a = find_account(bin, account);
    tree.push_back(make_background("bank.warning.background"));
    Column c(area, status_bar_dp, phone_.text_scale());
    Form form(c, area, status_bar_dp, {}); // no field: it only places the column
    c.skip(24);
    c.add(picture("bank.warning.icon", "bank.warning", 88, "Cảnh báo"), 88, 12);
    add_note(c, "bank.warning.title", "Cảnh báo lừa đảo", 30, Tone::Danger);
    c.add_text("bank.warning.text",
               "Tài khoản này đã bị báo cáo lừa đảo. Bác không nên chuyển tiền. Nếu có người giục bác chuyển gấp, "
               "hãy dừng lại và gọi cho người thân theo số bác vẫn biết.",
               22, 16);
    add_info(c, "bank.warning.holder", "Tên tài khoản", a ? a->holder : "", 24);
    add_info(c, "bank.warning.account", "Số tài khoản", account + "\n" + bank_label(bin), 22);
    c.skip(16);
    c.add(wide_button("bank.warning.stop", "Dừng giao dịch", Tone::Primary), button_h(c));
    c.add(outline_button("bank.warning.continue", "Tôi vẫn muốn chuyển"), button_h(c));
    return form.finish(tree, scroll_for("bank.transfer.warning"));
}

float BankApp::build_bills(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.bills.background"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, {}); // no field: it only places the column
    c.add_text("bank.bills.prompt", "Bác muốn trả tiền gì?", 22);
    const struct {
        const char* service;
        const char* detail;
        const char* icon;
    } services[] = {{"electricity", "Hóa đơn điện hằng tháng", "bulb"},
                    {"water", "Hóa đơn nước hằng tháng", "bank_water"}};
    for (const auto& sv : services) {
        Element row = make_element(std::string("bank.bills.") + sv.service, Role::ListItem, {0, 0, phone_width_dp, 0},
                                   service_name(sv.service));
        row.detail = sv.detail;
        row.icon = sv.icon;
        row.text_dp = 25;
        row.tappable = true;
        c.add(row, std::max(88.0F, c.line_h(25) + c.line_h(21) + 16), 0);
    }
    return close_screen(form, tree, scroll_for("bank.bills"), "bank.bills", "Thanh toán hóa đơn");
}

float BankApp::build_bill_code(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const bool water = s.param == "water";
    tree.push_back(make_background("bank.bill.background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, phone_.focused_field());
    add_caption(c, "bank.bill.prompt",
                std::string("Nhập mã khách hàng in trên giấy báo ") + (water ? "tiền nước" : "tiền điện"), 22);
    c.skip(4);
    Element f = make_field(bill_field, {}, phone_.field_text(bill_field),
                           water ? "Ví dụ: LC0012345" : "Ví dụ: PA05010012345", phone_.focused_field() == bill_field);
    f.max_length = 20;
    f.text_dp = 26;
    form.field(f, field_h(c, 26));
    if (!bill_error_.empty())
        add_note(c, "bank.bill.error", bill_error_, 21, Tone::Danger);
    form.button(wide_button("bank.bill.lookup", "Tra cứu", Tone::Primary), button_h(c));
    if (!phone_.input_focused())
        add_note(c, "bank.bill.tip", "Mã khách hàng gồm chữ và số, in ở đầu giấy báo hằng tháng.", 19, Tone::Subtle);
    return close_screen(form, tree, scroll_for(s.name), "bank.bill", service_name(water ? "water" : "electricity"));
}

float BankApp::build_bill_detail(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const Bill* b = find_bill(s.param);
    tree.push_back(make_background("bank.bill.background", "tinted"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, {}); // no field: it only places the column
    const bool water = b && b->service == "water";
    if (b) {
        add_info(c, "bank.bill.provider", "Nhà cung cấp", b->provider, 22);
        add_info(c, "bank.bill.customer", "Mã khách hàng", b->code, 22);
        add_info(c, "bank.bill.name", "Tên khách hàng", b->name, 24);
        add_info(c, "bank.bill.period", "Kỳ thanh toán", b->period, 22);
        add_info(c, "bank.bill.amount", "Số tiền", format_amount(b->amount), 30);
        add_info(c, "bank.bill.status", "Trạng thái", b->paid ? "Đã thanh toán" : "Chưa thanh toán", 22,
                 b->paid ? Tone::Success : Tone::Danger);
        c.skip(16);
        if (!bill_error_.empty())
            add_note(c, "bank.bill.pay_error", bill_error_, 21, Tone::Danger);
        if (!b->paid)
            c.add(wide_button("bank.bill.pay", "Thanh toán", Tone::Primary), button_h(c));
    }
    return close_screen(form, tree, scroll_for(s.name), "bank.bill", water ? "Hóa đơn tiền nước" : "Hóa đơn tiền điện");
}

float BankApp::build_history(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("bank.history.background"));
    Column c(area, content_top, phone_.text_scale());
    Form form(c, area, content_top, {}); // no field: it only places the column
    c.add_text("bank.history.balance", "Số dư hiện tại: " + format_amount(bank().balance), 22);
    const auto& history = bank().history;
    if (history.empty())
        c.add_text("bank.history.empty", "Chưa có giao dịch nào.", 22);
    for (std::size_t i = history.size(); i-- > 0;) { // the newest first: item.0
        const BankTransaction& t = history[i];
        Element row = make_element("bank.history.item." + std::to_string(history.size() - 1 - i), Role::ListItem,
                                   {0, 0, phone_width_dp, 0}, t.name);
        const char* kind = t.incoming         ? "Nhận tiền"
                           : t.kind == "qr"   ? "Thanh toán QR"
                           : t.kind == "bill" ? "Hóa đơn"
                                              : "Chuyển tiền";
        row.detail = t.time + " · " + kind;
        row.meta = (t.incoming ? "+" : "-") + format_amount(t.amount);
        row.tone = t.incoming ? Tone::Success : Tone::Normal;
        row.icon = "bank.history";
        row.text_dp = 22;
        c.add(row, std::max(80.0F, c.line_h(22) + c.line_h(19) + 16), 0);
    }
    return close_screen(form, tree, scroll_for("bank.history"), "bank.history", "Lịch sử giao dịch");
}

// [SECTION] behaviour

void BankApp::opened(std::vector<Event>& /*events*/)
{
    // Every time the app opens it asks for the PIN, as the real ones do.
    scrolled_.clear();
    login_error_.clear();
    pending_.reset();
    phone_.clear_field(login_field);
    phone_.focus(login_field);
}

void BankApp::log_in(std::vector<Event>& events)
{
    const std::string typed = phone_.field_text(login_field);
    if (typed.size() != 6) {
        login_error_ = "Mã PIN có 6 số. Bác hãy nhập đủ 6 số.";
        phone_.focus(login_field);
        return;
    }
    if (typed != bank().pin) {
        ++login_failures_;
        login_error_ = "Mã PIN không đúng. Bác hãy nhập lại.";
        phone_.clear_field(login_field);
        phone_.focus(login_field);
        events.push_back({"bank.login_failed", {{"attempts", login_failures_}}});
        return;
    }
    login_failures_ = 0;
    login_error_.clear();
    phone_.clear_field(login_field);
    phone_.replace({"bank.home", {}});
    events.push_back({"bank.logged_in", nlohmann::json::object()});
}

void BankApp::scan(std::vector<Event>& events)
{
    const auto& scenes = bank().scenes;
    if (scenes.empty())
        return;
    const BankScene& scene = scenes[std::min(scene_index_, scenes.size() - 1)];
    const std::optional<Payment> p = payment_from_scene(scene);
    if (!p) {
        invalid_reason_ = crc_broken(scene.payload) ? "checksum" : "not_vietqr";
        phone_.replace({"bank.qr.invalid", scene.id});
        events.push_back({"qr.invalid", {{"scene", scene.id}, {"reason", invalid_reason_}}});
        return;
    }
    events.push_back({"qr.scanned",
                      {{"scene", scene.id},
                       {"recipient", p->recipient},
                       {"account", p->account},
                       {"amount", p->amount},
                       {"dynamic", p->dynamic}}});
    phone_.replace({"bank.pay", scene.id}); // the camera closes, the payment opens
    start(*p, {"bank.pay", scene.id});
}

// The confirmation screen shows a payment: the last moment a lesson can catch a wrong
// amount or recipient before the money goes.
Event BankApp::confirming_event(const Payment& p)
{
    return {"payment.confirming",
            {{"kind", p.kind},
             {"recipient", p.recipient},
             {"account", p.account},
             {"amount", p.amount},
             {"bank", p.kind == "bill" ? std::string{} : p.bank}}};
}

void BankApp::start(Payment p, Screen form)
{
    const std::string px = form_prefix(form);
    phone_.set_field(px + ".amount", p.amount_fixed || p.amount == 0 ? "" : std::to_string(p.amount));
    phone_.set_field(px + ".message", p.message);
    form_error_.clear();
    pending_ = std::move(p);
    if (phone_.screen() != form)
        phone_.push(form);
}

void BankApp::to_confirm(const Screen& form, std::vector<Event>& events)
{
    if (!pending_)
        return;
    Payment& p = *pending_;
    const std::string px = form_prefix(form);
    if (!p.amount_fixed) {
        const std::string& digits = phone_.field_text(px + ".amount");
        p.amount = digits.empty() ? 0 : std::stoll(digits);
    }
    if (!p.message_fixed)
        p.message = phone_.field_text(px + ".message");
    phone_.unfocus();
    if (p.amount <= 0) {
        form_error_ = "Bác hãy nhập số tiền cần trả.";
        return;
    }
    if (p.amount > bank().balance) {
        form_error_ = "Số dư không đủ. Số dư hiện có: " + format_amount(bank().balance) + ".";
        return;
    }
    form_error_.clear();
    phone_.push({"bank.confirm", p.kind});
    events.push_back(confirming_event(p));
}

void BankApp::to_auth(std::vector<Event>& events)
{
    if (!pending_)
        return;
    auth_error_.clear();
    code_failures_ = 0;
    phone_.clear_field(auth_field);
    phone_.push({"bank.auth", pending_->kind});
    phone_.focus(auth_field);
    if (bank().confirm_by_otp)
        send_otp(events);
}

void BankApp::send_otp(std::vector<Event>& /*events*/)
{
    if (!pending_)
        return;
    otp_ = phone_.issue_otp("bank", bank().otp, otp_valid_ms);
    const std::string text = otp_ + " là mã OTP để xác nhận giao dịch " + format_amount(pending_->amount) + " tới " +
                             pending_->recipient +
                             ". Mã có hiệu lực 5 phút. TUYỆT ĐỐI KHÔNG cung cấp mã này cho bất kỳ ai.";
    const std::string from = bank().bank_name;
    phone_.schedule(phone_.clock().now_ms() + otp_delay_ms,
                    [this, from, text](std::vector<Event>& later) { phone_.deliver_sms(from, text, later); });
}

void BankApp::approve(std::vector<Event>& events)
{
    if (!pending_)
        return;
    const bool otp = bank().confirm_by_otp;
    const std::string typed = phone_.field_text(auth_field);
    const std::string expected = otp ? otp_ : bank().transaction_pin.empty() ? bank().pin : bank().transaction_pin;
    if (typed.size() != 6) {
        auth_error_ = otp ? "Mã OTP có 6 số. Bác hãy nhập đủ 6 số." : "Mã PIN có 6 số. Bác hãy nhập đủ 6 số.";
        phone_.focus(auth_field);
        return;
    }
    if (expected.empty() || typed != expected) {
        ++code_failures_;
        auth_error_ = otp ? "Mã OTP không đúng. Bác hãy xem lại tin nhắn và nhập lại."
                          : "Mã PIN không đúng. Bác hãy nhập lại.";
        phone_.clear_field(auth_field);
        phone_.focus(auth_field);
        events.push_back({"pin.wrong", {{"kind", otp ? "otp" : "pin"}, {"attempts", code_failures_}}});
        return;
    }
    complete(events);
}

void BankApp::complete(std::vector<Event>& events)
{
    const Payment p = *pending_;
    pending_.reset();
    BankWorld& w = phone_.world_mut().bank;
    w.balance -= p.amount;
    char code[32];
    const std::int64_t minutes = phone_.world().start_minutes + phone_.clock().now_ms() / 60'000;
    std::snprintf(code, sizeof code, "LX%04lld%04d", static_cast<long long>(minutes % 10'000), ++transactions_);
    const std::string time = phone_.time_text();
    BankTransaction t;
    t.name = p.recipient;
    t.account = p.account;
    t.amount = p.amount;
    t.time = "Hôm nay " + time;
    t.note = p.message;
    t.kind = p.kind;
    t.code = code;
    w.history.push_back(t);
    for (Bill& b : w.bills)
        if (b.service + ":" + b.code == p.bill)
            b.paid = true;
    receipt_ = Receipt{p, time + ", " + phone_.world().date, code};
    phone_.clear_field(auth_field);
    events.push_back({"payment.completed",
                      {{"kind", p.kind},
                       {"recipient", p.recipient},
                       {"account", p.account},
                       {"amount", p.amount},
                       {"bank", p.kind == "bill" ? std::string{} : p.bank}}});
    if (p.typed && p.save) {
        const bool known = std::any_of(w.beneficiaries.begin(), w.beneficiaries.end(),
                                       [&](const Beneficiary& b) { return b.account == p.account && b.bin == p.bin; });
        if (!known) {
            // Shown in "Chuyển tiền" from now on; an id no lesson's recipient can have.
            w.beneficiaries.push_back({"luu-" + p.bin + "-" + p.account, p.recipient, p.account, p.bin});
            events.push_back({"bank.recipient_saved", account_fields(p.bin, p.account)});
        }
    }
    // A swapped sticker: the QR pays someone other than the shop it is stuck on.
    for (const BankScene& scene : w.scenes) {
        if (p.kind != "qr" || scene.id != p.scene)
            continue;
        const std::string name = fold_name(p.recipient);
        if (name != fold_name(scene.sign) && (scene.owner.empty() || name != fold_name(scene.owner)))
            events.push_back({"payment.recipient_mismatch", {{"shop", scene.sign}, {"recipient", p.recipient}}});
    }
    back_to_home();
    phone_.push({"bank.receipt", p.kind});
}

void BankApp::look_up_bill(const std::string& service, std::vector<Event>& events)
{
    std::string code;
    for (char ch : phone_.field_text(bill_field))
        if (ch != ' ')
            code += ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    if (code.empty()) {
        bill_error_ = "Bác hãy nhập mã khách hàng.";
        phone_.focus(bill_field);
        return;
    }
    for (const Bill& b : bank().bills)
        if (b.service == service && b.code == code) {
            bill_error_.clear();
            phone_.push({"bank.bill.detail", service + ":" + code});
            events.push_back({"bill.found", {{"service", service}, {"code", code}}});
            return;
        }
    bill_error_ = "Không tìm thấy hóa đơn nào có mã " + code + ". Bác hãy xem lại mã in trên giấy báo.";
    phone_.focus(bill_field);
    events.push_back({"bill.not_found", {{"service", service}, {"code", code}}});
}

void BankApp::choose_bank(const std::string& bin, std::vector<Event>& events)
{
    missed_account_.clear();
    short_account_.clear();
    found_account_.clear();
    phone_.clear_field(number_field);
    phone_.push({"bank.transfer.new", bin});
    phone_.focus(number_field);
    events.push_back({"bank.bank_chosen", {{"bank", bank_label(bin)}, {"bin", bin}}});
}

void BankApp::look_up_account(const std::string& bin, std::vector<Event>& events)
{
    const std::string typed = phone_.field_text(number_field);
    if (typed.size() < 6) {
        short_account_ = typed.empty() ? std::string{} : typed;
        missed_account_.clear();
        phone_.focus(number_field);
        return;
    }
    phone_.unfocus();
    const BankAccount* a = find_account(bin, typed);
    if (!a) {
        missed_account_ = typed;
        events.push_back({"bank.account_not_found", {{"bank", bank_label(bin)}, {"bin", bin}, {"account", typed}}});
        return;
    }
    missed_account_.clear();
    found_account_ = typed;
    nlohmann::json fields = account_fields(bin, typed);
    fields["reported"] = a->reported;
    events.push_back({"bank.account_found", fields});
    if (a->reported) {
        // As the banks do since 2024: the warning comes before anything else.
        phone_.push({"bank.transfer.warning", bin + ":" + typed});
        events.push_back({"bank.fraud_warning", account_fields(bin, typed)});
    }
}

// From the account screen (or past the warning) to the amount and message.
void BankApp::go_on_to(const std::string& bin, const std::string& account)
{
    if (auto p = payment_to_account(bin, account)) {
        const Screen form{"bank.transfer.form", typed_prefix + bin + ":" + account};
        if (phone_.screen().name == "bank.transfer.warning")
            phone_.replace(form);
        start(*p, form);
    }
}

void BankApp::back_to_home()
{
    scrolled_.clear(); // a new payment starts at the top of its screens
    for (int i = 0; i < 16 && starts_with(phone_.screen().name, "bank.") && phone_.screen().name != "bank.home"; ++i)
        phone_.pop();
    if (phone_.screen().name != "bank.home")
        phone_.push({"bank.home", {}});
}

bool BankApp::tap(const Screen& s, const Element& e, std::vector<Event>& events)
{
    const std::string& id = e.id;
    const auto& scenes = bank().scenes;
    if (id == "bank.login.submit") {
        log_in(events);
    } else if (id == "bank.home.scan") {
        phone_.push({"bank.scan", {}});
    } else if (id == "bank.home.transfer") {
        phone_.push({"bank.transfer", {}});
    } else if (id == "bank.home.bills") {
        phone_.push({"bank.bills", {}});
    } else if (id == "bank.home.history") {
        phone_.push({"bank.history", {}});
    } else if (starts_with(id, "bank.scan.qr.") || id == "bank.scan.shoot") {
        scan(events);
    } else if ((id == "bank.scan.next" || id == "bank.scan.prev") && !scenes.empty()) {
        const std::size_t n = scenes.size();
        scene_index_ = (std::min(scene_index_, n - 1) + (id == "bank.scan.next" ? 1 : n - 1)) % n;
    } else if (id == "bank.invalid.retry") {
        phone_.replace({"bank.scan", {}});
    } else if (id == "bank.invalid.home" || id == "bank.receipt.done") {
        back_to_home();
    } else if (id == "bank.pay.continue" || id == "bank.transfer.continue") {
        to_confirm(s, events);
    } else if (id == "bank.confirm.ok") {
        to_auth(events);
    } else if (id == "bank.confirm.cancel") {
        if (pending_)
            events.push_back({"payment.cancelled", {{"kind", pending_->kind}, {"recipient", pending_->recipient}}});
        pending_.reset();
        back_to_home();
    } else if (id == "bank.auth.submit") {
        approve(events);
    } else if (id == "bank.auth.resend") {
        send_otp(events);
    } else if (id == "bank.transfer.new") {
        phone_.clear_field(search_field);
        phone_.push({"bank.transfer.banks", {}});
        phone_.focus(search_field);
    } else if (starts_with(id, "bank.banks.item.")) {
        choose_bank(id.substr(16), events);
    } else if (id == "bank.new.lookup") {
        look_up_account(s.param, events);
    } else if (id == "bank.new.continue") {
        go_on_to(s.param, phone_.field_text(number_field));
    } else if (id == "bank.transfer.save") {
        if (pending_ && pending_->typed)
            pending_->save = !pending_->save;
    } else if (id == "bank.warning.stop" || id == "bank.warning.continue") {
        const std::size_t colon = s.param.find(':');
        const std::string bin = s.param.substr(0, colon);
        const std::string account = colon == std::string::npos ? std::string{} : s.param.substr(colon + 1);
        const bool stop = id == "bank.warning.stop";
        events.push_back(
            {stop ? "bank.fraud_warning_stopped" : "bank.fraud_warning_ignored", account_fields(bin, account)});
        if (stop)
            back_to_home();
        else
            go_on_to(bin, account);
    } else if (starts_with(id, "bank.transfer.to.")) {
        if (auto p = payment_to(id.substr(17)))
            start(*p, {"bank.transfer.form", p->beneficiary});
    } else if (id == "bank.bills.electricity" || id == "bank.bills.water") {
        bill_error_.clear();
        phone_.clear_field(bill_field);
        phone_.push({"bank.bill.code", id.substr(11)});
        phone_.focus(bill_field);
    } else if (id == "bank.bill.lookup") {
        look_up_bill(s.param, events);
    } else if (id == "bank.bill.pay") {
        const auto p = payment_for_bill(s.param);
        if (!p)
            return false;
        if (p->amount > bank().balance) {
            bill_error_ = "Số dư không đủ. Số dư hiện có: " + format_amount(bank().balance) + ".";
            return true;
        }
        bill_error_.clear();
        pending_ = p;
        phone_.push({"bank.confirm", "bill"});
        events.push_back(confirming_event(*p));
    } else if (id.size() > 5 && id.compare(id.size() - 5, 5, ".back") == 0) {
        phone_.pop(); // a header's back arrow, or the camera's close button
    } else {
        return false;
    }
    return true;
}

void BankApp::submit(const Screen& s, const std::string& field, std::vector<Event>& events)
{
    if (field == login_field)
        log_in(events);
    else if (field == auth_field)
        approve(events);
    else if (field == bill_field)
        look_up_bill(s.param, events);
    else if (field == number_field)
        look_up_account(s.param, events);
    else
        phone_.unfocus(); // the amount or the message: the keyboard goes, "Tiếp tục" shows
}

bool BankApp::swipe(const Screen& s, SwipeDirection d, std::vector<Event>& /*events*/)
{
    ElementTree scratch;
    const float max = build_screen(s, Layout{}, scratch);
    const float now = std::min(scroll_for(s.name), max);
    const std::optional<float> next = scroll_after_swipe(now, max, d);
    if (!next || *next == now)
        return false;
    scrolled_ = s.name;
    scroll_ = *next;
    return true;
}

} // namespace luyenso
