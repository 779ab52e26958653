#include "phone/settings_app.h"

#include "phone/form_layout.h"

#include <algorithm>

namespace luyenso {

namespace {
constexpr float header_h = 64;

Element option(std::string id, std::string label, std::string detail, bool chosen)
{
    Element e = make_element(std::move(id), Role::Toggle, {}, std::move(label));
    e.detail = std::move(detail);
    e.icon = "radio";
    e.active = chosen;
    e.tappable = true;
    e.text_dp = 24;
    return e;
}
} // namespace

std::string describe_typing(const TypingSettings& t)
{
    return std::string(t.method == InputMethod::Telex ? "Telex" : "VNI") + " · " +
           (t.tone_style == ToneStyle::Old ? "Kiểu cũ (hòa)" : "Kiểu mới (hoà)");
}

std::vector<Screen> SettingsApp::all_screens() const
{
    return {{"settings.main", {}}, {"settings.text_size", {}}, {"settings.typing", {}}};
}

std::vector<std::string> SettingsApp::extra_ids() const
{
    return unscrolled_ids(*this);
}

void SettingsApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background(s.name + ".background"));
    if (s.name == "settings.text_size")
        build_text_size(area, tree);
    else if (s.name == "settings.typing")
        build_typing(area, tree);
    else
        build_main(area, tree);
}

void SettingsApp::build_main(const Layout& area, ElementTree& tree) const
{
    Element header = make_header("settings.header", "Cài đặt", Tone::Normal);
    tree.push_back(header);
    Column col(area, status_bar_dp + header_h, phone_.text_scale());
    auto row = [&](const char* id, const char* label, std::string detail, const char* icon) {
        Element e = make_element(id, Role::ListItem, {0, 0, phone_width_dp, 0}, label);
        e.detail = std::move(detail);
        e.icon = icon;
        e.tappable = true;
        e.text_dp = 25;
        // The words wrap (never cut) beside the icon and before the arrow.
        const float text_w = phone_width_dp - 130;
        col.add(e, std::max(96.0F, 28 + col.text_h(e.label, 25, text_w) + col.text_h(e.detail, 21, text_w)), 0);
    };
    row("settings.item.text_size", "Cỡ chữ", std::to_string(phone_.world().settings.text_size_percent) + "%",
        "text_size");
    row("settings.item.typing", "Bàn phím tiếng Việt", describe_typing(phone_.typing()), "keypad");
    max_scroll_ = col.finish(tree, scroll_, {}, "settings.more");
    page_ = col.page();
}

void SettingsApp::build_text_size(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_header("settings.header", "Cỡ chữ", Tone::Normal));
    tree.push_back(make_header_back("settings.back", Tone::Normal));
    Column col(area, status_bar_dp + header_h, phone_.text_scale());
    Element preview = make_text("settings.preview", {}, "Chữ trên điện thoại sẽ to như thế này.", 24);
    preview.icon = "preview";
    col.add(preview, col.text_h(preview.label, 24, col.width() - 24) + 24, 14);
    const int current = phone_.world().settings.text_size_percent;
    const float row_h = std::max(72.0F, 16 + col.line_h(24) + col.line_h(19));
    for (int pct = min_text_size_percent; pct <= max_text_size_percent; pct += text_size_step_percent) {
        const char* words = pct == 100 ? "Bình thường" : pct == 200 ? "To nhất" : pct >= 150 ? "To" : "Hơi to";
        Element o = option("settings.option.text_" + std::to_string(pct), std::to_string(pct) + "%", words,
                           pct == current);
        o.bounds = {0, 0, phone_width_dp, 0};
        col.add(o, row_h, 0);
    }
    max_scroll_ = col.finish(tree, scroll_, {}, "settings.more");
    page_ = col.page();
}

void SettingsApp::build_typing(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_header("settings.header", "Bàn phím tiếng Việt", Tone::Normal));
    tree.push_back(make_header_back("settings.back", Tone::Normal));
    Column col(area, status_bar_dp + header_h, phone_.text_scale());
    const TypingSettings& t = phone_.typing();
    const float row_h = std::max(80.0F, 16 + col.line_h(24) + col.line_h(19));
    auto add = [&](std::string id, std::string label, std::string detail, bool chosen) {
        Element o = option(std::move(id), std::move(label), std::move(detail), chosen);
        o.bounds = {0, 0, phone_width_dp, 0};
        col.add(o, row_h, 0);
    };
    col.add_text("settings.section.method", "Kiểu gõ", 22).icon = "section";
    add("settings.option.telex", "Telex", "Gõ aa thành â, gõ s thêm dấu sắc", t.method == InputMethod::Telex);
    add("settings.option.vni", "VNI", "Gõ a6 thành â, gõ 1 thêm dấu sắc", t.method == InputMethod::Vni);
    col.skip(10);
    col.add_text("settings.section.tone", "Cách đặt dấu", 22).icon = "section";
    add("settings.option.tone_old", "Kiểu cũ", "hòa, khỏe, thúy", t.tone_style == ToneStyle::Old);
    add("settings.option.tone_new", "Kiểu mới", "hoà, khoẻ, thuý", t.tone_style == ToneStyle::New);
    max_scroll_ = col.finish(tree, scroll_, {}, "settings.more");
    page_ = col.page();
}

bool SettingsApp::tap(const Screen& /*s*/, const Element& e, std::vector<Event>& events)
{
    const std::string& id = e.id;
    PhoneSettings& settings = phone_.world_mut().settings;
    auto changed = [&](const char* setting, nlohmann::json value) {
        events.push_back({"setting.changed", {{"setting", setting}, {"value", std::move(value)}}});
    };
    if (id == "settings.item.text_size" || id == "settings.item.typing") {
        scroll_ = 0;
        phone_.push({id == "settings.item.text_size" ? "settings.text_size" : "settings.typing", {}});
    } else if (id == "settings.back") {
        scroll_ = 0;
        phone_.pop();
    } else if (id.rfind("settings.option.text_", 0) == 0) {
        const int pct = std::stoi(id.substr(21));
        if (pct == settings.text_size_percent)
            return true;
        settings.text_size_percent = pct;
        changed("text_size", pct);
    } else if (id == "settings.option.telex" || id == "settings.option.vni") {
        const InputMethod m = id == "settings.option.telex" ? InputMethod::Telex : InputMethod::Vni;
        if (m == settings.typing.method)
            return true;
        settings.typing.method = m;
        changed("input_method", m == InputMethod::Telex ? "telex" : "vni");
    } else if (id == "settings.option.tone_old" || id == "settings.option.tone_new") {
        const ToneStyle t = id == "settings.option.tone_old" ? ToneStyle::Old : ToneStyle::New;
        if (t == settings.typing.tone_style)
            return true;
        settings.typing.tone_style = t;
        changed("tone_style", t == ToneStyle::Old ? "old" : "new");
    } else {
        return false;
    }
    return true;
}

bool SettingsApp::swipe(const Screen& /*s*/, SwipeDirection d, std::vector<Event>& /*events*/)
{
    return swipe_column(phone_, scroll_, scroll_, max_scroll_, d, page_);
}

} // namespace luyenso
