// A column of elements under a screen's header that makes room for large text and
// scrolls: the e-ID, Messages, browser and Settings apps lay out their screens with it,
// so that text at 200 % or the keyboard never pushes a field or a button off the screen.
//
// Add elements top to bottom with their heights (helpers size text for the current text
// scale), then finish(): the column is shifted by the scroll offset (or so that the
// focused field and the button after it show above the keyboard), and what falls outside
// the area is left out. A note at the bottom says when there is more below.
#pragma once

#include "phone/phone.h"

#include <optional>
#include <string>
#include <vector>

namespace luyenso {

// Where a column scrolls to after a swipe from offset `from`: up shows what is below,
// down what is above, `page` dp at a time (less than the visible height, so that nothing
// is skipped). Left and right do not scroll (nullopt).
std::optional<float> scroll_after_swipe(float from, float max_scroll, SwipeDirection d, float page = 400);
// A swipe on an app's column: lays `phone`'s screen out first (how far it scrolls depends
// on it), then sets `scroll` to where scroll_after_swipe goes from `from` (the offset shown);
// false when the swipe does not scroll.
bool swipe_column(const Phone& phone, float& scroll, const float& from, const float& max_scroll, SwipeDirection d,
                  float page);

// Every element id `app`'s screens publish when nothing is scrolled off (a tall page):
// the ids a lesson may name, even those that large text pushes below the fold.
std::vector<std::string> unscrolled_ids(const PhoneApp& app);

class Column {
public:
    static constexpr float margin = 16;

    Column(const Layout& area, float top, float text_scale);

    float scale() const { return scale_; }
    float width() const { return phone_width_dp - 2 * margin; }
    // The height of one line of text of `dp` (as the painter draws it at this scale).
    float line_h(float dp) const { return dp * scale_ * 1.3F + 4; }
    // The height of `text` in `dp` wrapped to `width` dp (an estimate on the generous side).
    float text_h(const std::string& text, float dp, float width) const;
    // `text` cut at spaces into pieces of at most `max_lines` lines (by the same estimate).
    std::vector<std::string> split_lines(const std::string& text, float dp, float width, int max_lines) const;

    // Adds `e` at the cursor with height `h` (its x and w are kept when w > 0, else it
    // spans the column), then moves the cursor down by h + gap. Returns the element.
    Element& add(Element e, float h, float gap = 12);
    // A block of wrapped text, sized to fit.
    Element& add_text(std::string id, std::string text, float dp, float gap = 8);
    // Several elements side by side on one row of height h.
    void add_row(std::vector<Element> row, float h, float gap = 12);
    void skip(float dp) { y_ += dp; }
    float cursor() const { return y_; }

    // Places the column in `tree`. `scroll` is the learner's offset (clamped); when
    // `focused` names an element of the column it is brought into view instead. Returns
    // the largest useful scroll offset (0: everything fits). `more_id` names the note
    // shown when something is cut off below.
    float finish(ElementTree& tree, float scroll, const std::string& focused, const std::string& more_id);
    // After finish(): the offset the column was shown at (a swipe goes on from there), and
    // how far a swipe should move it (most of the visible height).
    float offset() const { return offset_; }
    float page() const { return page_; }

private:
    Layout area_;
    float top_;
    float scale_;
    float y_;
    std::vector<Element> items_;
    float offset_ = 0;
    float page_ = 400;
};

} // namespace luyenso
