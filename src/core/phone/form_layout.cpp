#include "phone/form_layout.h"

#include "phone/phone_app.h"
#include "text/utf8.h"

#include <algorithm>
#include <cmath>

namespace luyenso {

std::optional<float> scroll_after_swipe(float from, float max_scroll, SwipeDirection d, float page)
{
    if (d == SwipeDirection::Up)
        return std::min(max_scroll, from + page);
    if (d == SwipeDirection::Down)
        return std::max(0.0F, from - page);
    return std::nullopt;
}

bool swipe_column(const Phone& phone, float& scroll, const float& from, const float& max_scroll, SwipeDirection d,
                  float page)
{
    (void)phone.elements(); // updates `from` and `max_scroll` (the app's own, by reference)
    const auto to = scroll_after_swipe(from, max_scroll, d, page);
    scroll = to.value_or(scroll);
    return to.has_value();
}

std::vector<std::string> unscrolled_ids(const PhoneApp& app)
{
    std::vector<std::string> ids;
    Layout tall;
    tall.bottom = 100'000;
    for (const Screen& s : app.all_screens()) {
        ElementTree tree;
        app.build(s, tall, tree);
        for (const Element& e : tree)
            ids.push_back(e.id);
    }
    return ids;
}

Column::Column(const Layout& area, float top, float text_scale)
    : area_(area), top_(top), scale_(text_scale), y_(top + 12)
{
}

float Column::text_h(const std::string& text, float dp, float width) const
{
    // A little more than Noto Sans needs per character (about 0.37 em regular, 0.40 bold);
    // paragraphs ("\n") start lines.
    const float size = dp * scale_;
    const float per_line = std::max(1.0F, std::floor((width - 8) / (size * 0.43F)));
    float lines = 0;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find('\n', start);
        const std::string para = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        lines += std::max(1.0F, std::ceil(static_cast<float>(utf8_length(para)) / per_line));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines * size * 1.3F + 6;
}

std::vector<std::string> Column::split_lines(const std::string& text, float dp, float width, int max_lines) const
{
    const float size = dp * scale_;
    const auto per_line = static_cast<std::size_t>(std::max(1.0F, std::floor((width - 8) / (size * 0.43F))));
    std::vector<std::string> pieces(1);
    std::size_t line_len = 0;
    int lines = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(start, end - start);
        const std::size_t n = utf8_length(word);
        if (line_len > 0 && line_len + 1 + n > per_line) { // the word starts a new line
            line_len = 0;
            if (++lines > max_lines) {
                pieces.emplace_back();
                lines = 1;
            }
        }
        std::string& piece = pieces.back();
        piece += (piece.empty() ? "" : " ") + word;
        line_len += (line_len > 0 ? 1 : 0) + n;
        lines += static_cast<int>((line_len > 0 ? line_len - 1 : 0) / per_line); // a word longer than a line
        line_len = line_len > per_line ? line_len % per_line : line_len;
        start = end + 1;
    }
    return pieces;
}

Element& Column::add(Element e, float h, float gap)
{
    if (e.bounds.w <= 0) {
        e.bounds.x = margin;
        e.bounds.w = width();
    }
    e.bounds.y = y_;
    e.bounds.h = h;
    y_ += h + gap;
    items_.push_back(std::move(e));
    return items_.back();
}

Element& Column::add_text(std::string id, std::string text, float dp, float gap)
{
    const float h = text_h(text, dp, width());
    return add(make_text(std::move(id), {}, std::move(text), dp), h, gap);
}

void Column::add_row(std::vector<Element> row, float h, float gap)
{
    for (Element& e : row) {
        e.bounds.y = y_;
        e.bounds.h = h;
        items_.push_back(std::move(e));
    }
    y_ += h + gap;
}

float Column::finish(ElementTree& tree, float scroll, const std::string& focused, const std::string& more_id)
{
    const float bottom = area_.bottom - 8;
    const float more_h = line_h(17) + 4; // the "swipe up for more" note
    float content_bottom = top_;
    for (const Element& e : items_)
        content_bottom = std::max(content_bottom, e.bounds.y + e.bounds.h);
    const bool overflows = content_bottom > bottom;
    const float visible_bottom = overflows ? bottom - more_h : bottom;
    const float max_scroll = std::max(0.0F, content_bottom - visible_bottom);
    float offset = std::clamp(scroll, 0.0F, max_scroll);
    const auto it = std::find_if(items_.begin(), items_.end(),
                                 [&](const Element& e) { return !focused.empty() && e.id == focused; });
    if (it != items_.end()) {
        // Show the focused field and, if there is room, what follows it (its button).
        float want_bottom = it->bounds.y + it->bounds.h;
        for (auto next = it + 1; next != items_.end(); ++next)
            if (next->tappable) {
                if (next->bounds.y + next->bounds.h - it->bounds.y <= visible_bottom - top_)
                    want_bottom = next->bounds.y + next->bounds.h;
                break;
            }
        offset = std::clamp(want_bottom - visible_bottom, 0.0F, std::max(0.0F, it->bounds.y - top_ - 8));
    }
    offset_ = offset;
    page_ = std::max(100.0F, (visible_bottom - top_) * 0.85F); // most of a screen: few swipes, nothing skipped
    bool cut_below = false;
    for (Element& e : items_) {
        e.bounds.y -= offset;
        // A hair of slack: scrolling puts an element's edge exactly on the limit, and
        // rounding must not cut it off (a focused field would vanish under the keyboard).
        if (e.bounds.y < top_ - 0.01F || e.bounds.y + e.bounds.h > visible_bottom + 0.01F) {
            cut_below = cut_below || e.bounds.y + e.bounds.h > visible_bottom + 0.01F;
            continue;
        }
        tree.push_back(std::move(e));
    }
    items_.clear();
    if (cut_below && !more_id.empty()) {
        Element more = make_text(more_id, {margin, visible_bottom + 2, phone_width_dp - 2 * margin, more_h - 4},
                                 "Vuốt lên để xem thêm", 17);
        more.icon = "more_below";
        tree.push_back(more);
    }
    return max_scroll;
}

} // namespace luyenso
