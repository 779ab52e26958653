// Vietnamese typing: every Telex vector of domain/telex.md, and many more of our own for
// tones, marks, tone placement (old and new style), cancels, VNI, capitals, backspace and
// words that are not Vietnamese.
#include "text/telex.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using luyenso::InputMethod;
using luyenso::telex_type;
using luyenso::ToneStyle;
using luyenso::TypingSettings;
using luyenso::VietTyper;

namespace {

struct Vector {
    std::string keys; // '\b' is a backspace
    std::string text;
};

void check_all(const std::vector<Vector>& vectors, const TypingSettings& settings = {})
{
    for (const Vector& v : vectors) {
        INFO("keys: " << v.keys);
        CHECK(telex_type(v.keys, settings) == v.text);
    }
}

TypingSettings vni(ToneStyle style = ToneStyle::Old)
{
    return {InputMethod::Vni, style};
}
TypingSettings new_style()
{
    return {InputMethod::Telex, ToneStyle::New};
}

} // namespace

TEST_CASE("every public Telex vector of domain/telex.md", "[telex]")
{
    check_all({
        {"aw", "ă"},
        {"uwow", "ươ"},
        {"chuaarn", "chuẩn"},
        {"ddafi", "đài"},
        {"mootj", "một"},
        {"VIEETJ", "VIỆT"},
        {"aloo", "alô"},
        {"tieengs", "tiếng"},
        {"tieesng", "tiếng"},
        {"nuocsw", "nước"},
        {"huowng", "hương"},
        {"tooss", "tôs"},
        {"noww", "now"},
        {"hanhj\b", "hạn"},
        {"xin chaof", "xin chào"},
    });
}

TEST_CASE("Telex: every tone on every vowel", "[telex]")
{
    check_all({
        {"as", "á"},  {"af", "à"},  {"ar", "ả"},  {"ax", "ã"},  {"aj", "ạ"},  {"aws", "ắ"}, {"awf", "ằ"}, {"awr", "ẳ"},
        {"awx", "ẵ"}, {"awj", "ặ"}, {"aas", "ấ"}, {"aaf", "ầ"}, {"aar", "ẩ"}, {"aax", "ẫ"}, {"aaj", "ậ"}, {"es", "é"},
        {"ef", "è"},  {"er", "ẻ"},  {"ex", "ẽ"},  {"ej", "ẹ"},  {"ees", "ế"}, {"eef", "ề"}, {"eer", "ể"}, {"eex", "ễ"},
        {"eej", "ệ"}, {"is", "í"},  {"if", "ì"},  {"ir", "ỉ"},  {"ix", "ĩ"},  {"ij", "ị"},  {"os", "ó"},  {"of", "ò"},
        {"or", "ỏ"},  {"ox", "õ"},  {"oj", "ọ"},  {"oos", "ố"}, {"oof", "ồ"}, {"oor", "ổ"}, {"oox", "ỗ"}, {"ooj", "ộ"},
        {"ows", "ớ"}, {"owf", "ờ"}, {"owr", "ở"}, {"owx", "ỡ"}, {"owj", "ợ"}, {"us", "ú"},  {"uf", "ù"},  {"ur", "ủ"},
        {"ux", "ũ"},  {"uj", "ụ"},  {"uws", "ứ"}, {"uwf", "ừ"}, {"uwr", "ử"}, {"uwx", "ữ"}, {"uwj", "ự"}, {"ys", "ý"},
        {"yf", "ỳ"},  {"yr", "ỷ"},  {"yx", "ỹ"},  {"yj", "ỵ"},  {"dd", "đ"},  {"DD", "Đ"},  {"Dd", "Đ"},
    });
}

TEST_CASE("Telex: everyday words, marks and tones in any order", "[telex]")
{
    check_all({
        {"nguoiwf", "người"},
        {"dduowngf", "đường"},
        {"duowngf", "dường"},
        {"dduwowcj", "được"},
        {"ruowuj", "rượu"},
        {"thuowr", "thuở"},
        {"muwa", "mưa"},
        {"muaw", "mưa"},
        {"tuwj", "tự"},
        {"nhw", "như"},
        {"w", "ư"},
        {"hoawcj", "hoặc"},
        {"ddeens", "đến"},
        {"ddeesn", "đến"},
        {"khoong", "không"},
        {"ngoafi", "ngoài"},
        {"ngoaif", "ngoài"},
        {"baor", "bảo"},
        {"cuar", "của"},
        {"kheeu", "khêu"},
        {"yeeus", "yếu"},
        {"tieeuf", "tiều"},
        {"muoons", "muốn"},
        {"cuoocj", "cuộc"},
        {"khuyur", "khuỷu"},
        {"ddaau", "đâu"},
        {"mats", "mát"},
        {"hocj", "học"},
        {"thichs", "thích"},
        {"ddeemf", "đềm"},
        {"tanw", "tăn"},
        {"Xin chaof, tooi laf Lan!", "Xin chào, tôi là Lan!"},
        {"Chucs mungwf nawm mowis", "Chúc mừng năm mới"},
    });
}

TEST_CASE("Telex: the qu and gi onsets", "[telex]")
{
    check_all({
        {"quyeenr", "quyển"},
        {"quas", "quá"},
        {"quys", "quý"},
        {"quynhf", "quỳnh"},
        {"quoocs", "quốc"},
        {"quaf", "quà"},
        {"giaf", "già"},
        {"gif", "gì"},
        {"giuwax", "giữa"},
        {"giusp", "giúp"},
        {"gieengs", "giếng"},
        {"giuowngf", "giường"},
        {"khuyeens", "khuyến"},
        {"huyeenf", "huyền"},
    });
}

TEST_CASE("Telex: a tone typed before the main vowel moves to it", "[telex]")
{
    // The tone key may come right after the first vowel letter; the letters after it
    // decide which vowel carries it (the i of "gi" and the u of "qu" belong to the onset).
    check_all({
        {"gisa", "giá"},
        {"qusa", "quá"},
        {"qufa", "quà"},
        {"qusy", "quý"},
        {"gifa", "già"},
        {"gixuwa", "giữa"},
        {"qus", "qú"},
        {"gis", "gí"},
        {"gisn", "gín"},
        {"hosa", "hóa"},
        {"tosan", "toán"},
        {"nguwowif", "người"},
        {"nguwfowi", "người"},
        {"thuyeesn", "thuyến"},
        {"thuyseen", "thuyến"},
    });
    CHECK(telex_type("hosa", new_style()) == "hoá");
    CHECK(telex_type("qusa", new_style()) == "quá");
}

TEST_CASE("Telex: tone placement, old style (default) and new style", "[telex]")
{
    struct Styled {
        std::string keys, old_style, new_style;
    };
    const std::vector<Styled> cases = {
        {"hoaf", "hòa", "hoà"},    {"thuys", "thúy", "thuý"},
        {"khoer", "khỏe", "khoẻ"}, {"hoaf binhf", "hòa bình", "hoà bình"},
        {"hoanf", "hoàn", "hoàn"}, {"thuaanj", "thuận", "thuận"},
        {"toafn", "toàn", "toàn"}, {"quaf", "quà", "quà"},
        {"mais", "mái", "mái"},    {"huyeenf", "huyền", "huyền"},
        {"thuyr", "thủy", "thuỷ"}, {"loaf", "lòa", "loà"},
    };
    for (const Styled& c : cases) {
        INFO("keys: " << c.keys);
        CHECK(telex_type(c.keys) == c.old_style);
        CHECK(telex_type(c.keys, new_style()) == c.new_style);
    }
}

TEST_CASE("Telex: z removes the tone, a tone key changes it", "[telex]")
{
    check_all({
        {"asz", "a"},
        {"tieengsz", "tiêng"},
        {"asf", "à"},
        {"chaofs", "cháo"},
        {"az", "az"},     // nothing to remove: typed as it is
        {"matf", "matf"}, // c, ch, p, t take only sắc or nặng
        {"hocf", "hocf"},
        {"maft", "maft"},
        {"thichj", "thịch"},
    });
}

TEST_CASE("Telex: the same key again cancels and types the key", "[telex]")
{
    check_all({
        {"tooss", "tôs"},
        {"ass", "as"},
        {"aff", "af"},
        {"aaa", "aa"},
        {"eee", "ee"},
        {"ooo", "oo"},
        {"aww", "aw"},
        {"uww", "uw"},
        {"ww", "w"},
        {"tww", "tw"},
        {"ddd", "dd"},
        {"noww", "now"},
        {"booong", "boong"},
        {"xooong", "xoong"},
    });
}

TEST_CASE("Telex: capitals are kept", "[telex]")
{
    check_all({
        {"VIEETJ", "VIỆT"},
        {"Vieetj Nam", "Việt Nam"},
        {"Ddaf Nawngx", "Đà Nẵng"},
        {"Haf Nooij", "Hà Nội"},
        {"HOOF CHIS MINH", "HỒ CHÍ MINH"},
        {"NGUOWFI", "NGƯỜI"},
        {"W", "Ư"},
        {"TOOSS", "TÔS"},
        {"AF", "À"},
        {"AWJ", "Ặ"},
        {"AAX", "Ẫ"},
        {"ES", "É"},
        {"EER", "Ể"},
        {"IX", "Ĩ"},
        {"OJ", "Ọ"},
        {"OOS", "Ố"},
        {"OWX", "Ỡ"},
        {"UX", "Ũ"},
        {"UWS", "Ứ"},
        {"YS", "Ý"},
        {"YJ", "Ỵ"},
    });
}

TEST_CASE("Telex: words that cannot be Vietnamese are restored as typed", "[telex]")
{
    check_all({
        {"windows", "windows"},   {"email", "email"},         {"facebook", "facebook"}, {"Facebook", "Facebook"},
        {"google", "google"},     {"Zalo", "Zalo"},           {"YouTube", "YouTube"},   {"wifi", "wifi"},
        {"password", "password"}, {"Messenger", "Messenger"}, {"internet", "internet"}, {"book", "book"},
        {"cool", "cool"},         {"cool ", "cool "},         {"news", "news"},         {"web", "web"},
        {"iphone", "iphone"},     {"video", "video"},         {"online", "online"},     {"OTP", "OTP"},
    });
}

TEST_CASE("Telex: numbers and punctuation pass through and end words", "[telex]")
{
    check_all({
        {"0912 345 678", "0912 345 678"},
        {"50000d", "50000d"},
        {"gias: 50.000ddoongf", "giá: 50.000đồng"},
        {"(vieetj)", "(việt)"},
        {"a-b", "a-b"},
        {"tieengs.Vieetj", "tiếng.Việt"},
        {"alo? alooo", "alo? aloo"},
        {"line\nmowis", "line\nmới"},
    });
}

TEST_CASE("VNI: digits for tones and marks", "[telex][vni]")
{
    check_all(
        {
            {"Vie65t", "Việt"},
            {"d9u7o7ng2", "đường"},
            {"tie61ng", "tiếng"},
            {"tie6ng1", "tiếng"},
            {"nguoi72", "người"},
            {"a1", "á"},
            {"a2", "à"},
            {"a3", "ả"},
            {"a4", "ã"},
            {"a5", "ạ"},
            {"a8", "ă"},
            {"o7", "ơ"},
            {"u7", "ư"},
            {"e6", "ê"},
            {"a10", "a"},
            {"a11", "a1"},
            {"a66", "a6"},
            {"di9", "đi"},
            {"d9i", "đi"},
            {"Ha2 No65i", "Hà Nội"},
            {"Chu1c mu72ng na8m mo71i", "Chúc mừng năm mới"},
            {"0912345678", "0912345678"},
            {"tho73", "thở"},
            {"qua1", "quá"},
            {"qu1a", "quá"},
            {"gi1a", "giá"},
            {"hoa2", "hòa"},
            {"hoa8c5", "hoặc"},
            {"w", "w"},
        },
        vni());
    CHECK(telex_type("hoa2", vni(ToneStyle::New)) == "hoà");
    CHECK(telex_type("thuy1", vni(ToneStyle::New)) == "thuý");
    CHECK(telex_type("xin chaof", vni()) == "xin chaof");
}

TEST_CASE("Backspace removes the last character and keeps the syllable's tone", "[telex]")
{
    check_all({
        {"hanhj\b", "hạn"},
        {"Vieetj\b", "Việ"},
        {"Vieetj\b\b", "Vi"},
        {"duowngf\b\b", "dườ"},
        {"hoanf\b", "hòa"},
        {"tooss\b", "tô"},
        {"tooss\bs", "tố"},
        {"windows\b", "window"},
        {"a\b\b\b", ""},
        {"xin \bh", "xinh"},
        {"xin \bhs", "xính"},
        {"chao\bof", "chào"},
        {"xin chaof\b\b\b\b", "xin "},
    });
}

TEST_CASE("VietTyper keeps a field's text and takes keys one at a time", "[telex]")
{
    VietTyper typer;
    for (const char key : std::string("tieengs"))
        typer.type(key);
    CHECK(typer.text() == "tiếng");
    typer.type(' ');
    typer.type_keys("Vieetj");
    CHECK(typer.text() == "tiếng Việt");
    typer.backspace();
    CHECK(typer.text() == "tiếng Việ");

    // A field that already holds text: its last word still takes tones and marks.
    typer.set_text("Chào ba");
    typer.type('f');
    CHECK(typer.text() == "Chào bà");

    // Changing the settings ends the word; the next one follows the new ones.
    typer.clear();
    typer.set_settings(vni(ToneStyle::New));
    typer.type_keys("hoa2");
    CHECK(typer.text() == "hoà");
    CHECK(typer.settings().method == InputMethod::Vni);

    // Control characters other than backspace and newline are ignored.
    typer.clear();
    typer.type('\t');
    typer.type(static_cast<char>(0x7F));
    CHECK(typer.text().empty());
    typer.backspace(); // nothing to delete
    CHECK(typer.text().empty());
}
