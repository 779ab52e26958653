#include "phone/browser_app.h"

#include "phone/form_layout.h"

#include <algorithm>

namespace luyenso {

namespace {
const char* const address_field = "web.start.address";
const char* const missing_page = "khong-tim-thay"; // the param of a page that is not in the world

std::string field_id(const WebField& f)
{
    return "web.field." + f.id;
}

// "https://www.Example.vn/a/" -> "example.vn/a": what two addresses must share to be the same page.
std::string normalised(std::string url)
{
    for (const char* p : {"https://", "http://"})
        if (url.rfind(p, 0) == 0)
            url = url.substr(std::char_traits<char>::length(p));
    if (url.rfind("www.", 0) == 0)
        url = url.substr(4);
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    std::transform(url.begin(), url.end(), url.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return url;
}
} // namespace

// [SECTION] the world's pages

std::string url_domain(const std::string& url)
{
    std::string rest = url;
    for (const char* p : {"https://", "http://"})
        if (rest.rfind(p, 0) == 0)
            rest = rest.substr(std::char_traits<char>::length(p));
    return rest.substr(0, rest.find('/'));
}

const WebPage* WebWorld::page(const std::string& id) const
{
    const auto it = std::find_if(pages.begin(), pages.end(), [&](const WebPage& p) { return p.id == id; });
    return it == pages.end() ? nullptr : &*it;
}

const WebPage* WebWorld::page_for_url(const std::string& url) const
{
    const std::string want = normalised(url);
    const auto it = std::find_if(pages.begin(), pages.end(),
                                 [&](const WebPage& p) { return normalised(p.url) == want; });
    return it == pages.end() ? nullptr : &*it;
}

// [SECTION] screens

std::vector<Screen> BrowserApp::all_screens() const
{
    std::vector<Screen> screens = {{"web.start", {}}, {"web.page", missing_page}};
    for (const WebPage& p : phone_.world().web.pages)
        screens.push_back({"web.page", p.id});
    return screens;
}

std::vector<std::string> BrowserApp::screen_names() const
{
    return {"web.start", "web.page"};
}

std::vector<std::string> BrowserApp::extra_ids() const
{
    std::vector<std::string> ids = unscrolled_ids(*this);
    ids.insert(ids.end(), {"web.page.done", "web.page.error", "web.page.more", "web.start.error"});
    return ids;
}

float BrowserApp::add_bar(const std::string& url, bool secure_look, ElementTree& tree) const
{
    // The browser's own bar: a close button and the address, above every page.
    // The address, whole (a trick is often at its end): on more lines with larger text.
    Column measure({}, 0, phone_.text_scale());
    const float domain_h = measure.text_h(url_domain(url), 20, phone_width_dp - 66 - 44);
    const float h = domain_h <= measure.line_h(20) + 6 ? std::max(60.0F, measure.line_h(20) + measure.line_h(16) + 8)
                                                       : domain_h + 12;
    Element bar = make_element("web.bar", Role::NavBar, {0, status_bar_dp, phone_width_dp, h});
    bar.icon = "web_bar";
    tree.push_back(bar);
    Element close = make_button("web.close", {0, status_bar_dp, 56, h}, "Đóng trang", "close", Tone::Subtle);
    close.icon_only = true;
    tree.push_back(close);
    Element address = make_text("web.address", {58, status_bar_dp + 4, phone_width_dp - 66, h - 8}, url_domain(url),
                                20);
    address.detail = url;
    address.icon = secure_look ? "lock" : "warning";
    tree.push_back(address);
    return status_bar_dp + h;
}

void BrowserApp::build(const Screen& s, const Layout& area, ElementTree& tree) const
{
    if (s.name == "web.page")
        build_page(s, area, tree);
    else
        build_start(area, tree);
}

void BrowserApp::build_start(const Layout& area, ElementTree& tree) const
{
    tree.push_back(make_background("web.start.background"));
    tree.push_back(make_header("web.start.header", "Trình duyệt", Tone::Primary));
    Column col(area, status_bar_dp + 64, phone_.text_scale());
    col.add_text("web.start.label", "Nhập địa chỉ trang web rồi bấm Xong", 22);
    Element field = make_field(address_field, {}, phone_.field_text(address_field), "Địa chỉ trang web",
                               phone_.focused_field() == address_field);
    field.max_length = 120;
    col.add(field, std::max(60.0F, col.line_h(23) + 16));
    if (!error_.empty())
        col.add_text("web.start.error", error_, 21).tone = Tone::Danger;
    col.add_text("web.start.tip", "Chỉ mở trang web bác tin tưởng. Đừng bấm vào đường link lạ trong tin nhắn.", 22);
    max_scroll_ = col.finish(tree, scroll_, phone_.focused_field(), "web.start.more");
    page_ = col.page();
}

void BrowserApp::build_page(const Screen& s, const Layout& area, ElementTree& tree) const
{
    const WebPage* page = phone_.world().web.page(s.param);
    tree.push_back(make_background("web.page.background", page ? "web_" + page->look : "light"));
    const float top = add_bar(page ? page->url : "https://" + std::string(missing_page), page && page->look == "plain",
                              tree);
    Column col(area, top, phone_.text_scale());
    if (!page) {
        col.add_text("web.page.title", "Không mở được trang này", 26);
        col.add_text("web.page.text", "Trang web không có hoặc đã bị chặn.", 22);
        col.finish(tree, 0, {}, {});
        return;
    }
    if (!page->brand.empty()) {
        Element banner = make_element("web.page.banner", Role::Image, {}, page->brand);
        banner.icon = "webpage:" + page->look;
        banner.text_dp = 24;
        col.add(banner, std::max(72.0F, col.text_h(page->brand, 24, col.width() - 84) + 20), 14);
    }
    if (!page->title.empty())
        col.add_text("web.page.title", page->title, 25);
    if (!page->text.empty())
        col.add_text("web.page.text", page->text, 22, 14);
    const bool done = submitted_.count(page->id) > 0;
    if (done) {
        col.add_text("web.page.done", page->done.empty() ? "Đã gửi thông tin." : page->done, 22).tone = Tone::Success;
    } else {
        for (const WebField& f : page->fields) {
            col.add_text("web.label." + f.id, f.label, 22, 4);
            const std::string id = field_id(f);
            Element field = make_field(id, {}, phone_.field_text(id), f.label, phone_.focused_field() == id);
            field.secret = f.kind == "password";
            field.numeric = f.kind == "otp" || f.kind == "number";
            field.max_length = f.kind == "otp" ? 8 : 40;
            col.add(field, std::max(60.0F, col.line_h(23) + 16));
        }
        if (!error_.empty())
            col.add_text("web.page.error", error_, 21).tone = Tone::Danger;
        if (!page->button.empty()) {
            Element submit = make_button("web.submit", {}, page->button, "",
                                         page->look == "eid" || page->look == "prize" ? Tone::Danger : Tone::Primary);
            submit.filled = true;
            submit.text_dp = 23;
            col.add(submit, std::max(60.0F, col.line_h(23) + 18));
        }
    }
    max_scroll_ = col.finish(tree, scroll_, phone_.focused_field(), "web.page.more");
    page_ = col.page();
}

// [SECTION] behaviour

void BrowserApp::open_page(const std::string& page_id, bool replace)
{
    error_.clear();
    scroll_ = 0;
    if (const WebPage* p = phone_.world().web.page(page_id))
        for (const WebField& f : p->fields)
            phone_.clear_field(field_id(f));
    if (replace)
        phone_.replace({"web.page", page_id});
    else
        phone_.push({"web.page", page_id});
}

void BrowserApp::open_url(const std::string& url, std::vector<Event>& /*events*/)
{
    const WebPage* page = phone_.world().web.page_for_url(url);
    open_page(page ? page->id : missing_page, false);
}

void BrowserApp::close_page(const Screen& s, std::vector<Event>& events)
{
    events.push_back({"page.closed", {{"page", s.param}}});
}

void BrowserApp::leaving(const Screen& s, std::vector<Event>& events)
{
    if (s.name == "web.page")
        close_page(s, events);
}

bool BrowserApp::tap(const Screen& s, const Element& e, std::vector<Event>& events)
{
    if (e.id == "web.close") {
        close_page(s, events);
        phone_.pop();
        if (phone_.screen().name == "web.page") // a page opened from another page: close them all
            return tap(phone_.screen(), e, events);
        return true;
    }
    if (e.id == "web.submit") {
        submit_page(s.param, events);
        return true;
    }
    return false;
}

bool BrowserApp::swipe(const Screen& /*s*/, SwipeDirection d, std::vector<Event>& /*events*/)
{
    return swipe_column(phone_, scroll_, scroll_, max_scroll_, d, page_);
}

void BrowserApp::submit(const Screen& s, const std::string& field, std::vector<Event>& events)
{
    if (s.name == "web.start" && field == address_field) {
        const std::string url = phone_.field_text(address_field);
        if (url.empty())
            return;
        const WebPage* page = phone_.world().web.page_for_url(url);
        if (!page) {
            error_ = "Không tìm thấy trang web này. Bác kiểm tra lại địa chỉ.";
            return;
        }
        phone_.clear_field(address_field);
        events.push_back({"page.opened", {{"page", page->id}, {"url", page->url}}});
        open_page(page->id, false);
        return;
    }
    const WebPage* page = phone_.world().web.page(s.param);
    if (!page)
        return;
    // Enter in a field goes to the next one; in the last one it sends the form.
    for (std::size_t i = 0; i + 1 < page->fields.size(); ++i)
        if (field_id(page->fields[i]) == field) {
            phone_.focus(field_id(page->fields[i + 1]));
            return;
        }
    submit_page(page->id, events);
}

void BrowserApp::submit_page(const std::string& page_id, std::vector<Event>& events)
{
    const WebPage* page = phone_.world().web.page(page_id);
    if (!page || submitted_.count(page_id))
        return;
    const bool any = std::any_of(page->fields.begin(), page->fields.end(),
                                 [&](const WebField& f) { return !phone_.field_text(field_id(f)).empty(); });
    if (!page->fields.empty() && !any) {
        error_ = "Vui lòng nhập đầy đủ thông tin.";
        return;
    }
    phone_.unfocus();
    error_.clear();
    events.push_back({"page.submitted", {{"page", page_id}, {"fake", page->fake}}});
    for (const WebField& f : page->fields) {
        const std::string& value = phone_.field_text(field_id(f));
        if (value.empty())
            continue;
        if (f.kind == "password" && page->fake)
            events.push_back({"password.entered_fake", {{"page", page_id}}});
        if (page->fake)
            phone_.notice_shared_otp(value, "web", {{"page", page_id}}, events);
    }
    if (!page->otp_from.empty()) {
        // The thief logs in with what was typed: the real service sends the learner a code.
        const std::string from = page->otp_from;
        const std::string text = page->otp_text;
        const std::string service = page->look == "plain" ? "web" : page->look;
        const std::int64_t at = phone_.clock().now_ms() + page->otp_delay_s * 1000LL;
        phone_.schedule(at, [this, from, text, service](std::vector<Event>& later) {
            const std::string code = phone_.issue_otp(service, {}, 300'000);
            std::string message = text;
            if (const auto pos = message.find("{otp}"); pos != std::string::npos)
                message.replace(pos, 5, code);
            phone_.deliver_sms(from, message, later);
        });
        events.push_back({"otp.sent", {{"service", service}, {"to", "me"}}});
    }
    if (!page->next.empty())
        open_page(page->next, true);
    else
        submitted_.insert(page_id);
}

} // namespace luyenso
