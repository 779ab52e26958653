// The shell's text size on scaled displays (src/core/text/text_scale.h): a learner's 100 % is
// as big as other programs' text on a Windows laptop set to 125 % or 150 %.
#include "text/text_scale.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace luyenso;

TEST_CASE("the display's DPI gives Windows' scale steps", "[text_scale]")
{
    CHECK(display_text_factor(96) == 1.0F);     // 100 %
    CHECK(display_text_factor(120) == 1.25F);   // 125 %
    CHECK(display_text_factor(144) == 1.5F);    // 150 %
    CHECK(display_text_factor(168) == 1.75F);   // 175 %
    CHECK(display_text_factor(192) == 2.0F);    // 200 %
    CHECK(display_text_factor(141.2F) == 1.5F); // a monitor's own DPI, to the nearest step
    CHECK(display_text_factor(288) == 2.0F);    // 300 %: the largest the layout is made for
}

TEST_CASE("an unknown or absurd DPI leaves the text as it is", "[text_scale]")
{
    CHECK(display_text_factor(0) == 1.0F);  // not known (Linux, or SDL could not say)
    CHECK(display_text_factor(72) == 1.0F); // below 100 %: never smaller than designed
    CHECK(display_text_factor(-5) == 1.0F);
    CHECK(display_text_factor(1e9F) == 1.0F);
    CHECK(display_text_factor(std::nanf("")) == 1.0F);
}

TEST_CASE("the shell's text scale is the learner's size of the display's, every step of it counts", "[text_scale]")
{
    // A 150 % laptop: the learner's 100 % is drawn at 1.5, and 200 % at 3 (every step of
    // A+ makes the text larger, on every display).
    CHECK(shell_text_scale(100, base_text_scale(1.5F, 1080)) == 1.5F);
    CHECK(shell_text_scale(150, base_text_scale(1.5F, 1080)) == 2.25F);
    CHECK(shell_text_scale(200, base_text_scale(1.5F, 1080)) == 3.0F);
    CHECK(shell_text_scale(125, base_text_scale(1.0F, 768)) == 1.25F); // an ordinary display
    CHECK(shell_text_scale(200, base_text_scale(1.0F, 768)) == 2.0F);
    // What the model never sends is kept to 100-200 %.
    CHECK(shell_text_scale(40, 1.0F) == 1.0F);
    CHECK(shell_text_scale(900, 1.0F) == 2.0F);
}

TEST_CASE("a phone's small screen starts at three quarters of its scale, leaving room to grow", "[text_scale]")
{
    // A phone 390 points wide at twice the pixels (780x1688): 100 % is 1.5, 200 % is 3.
    CHECK(base_text_scale(2.0F, 780) == 1.5F);
    CHECK(shell_text_scale(200, base_text_scale(2.0F, 780)) == 3.0F);
    // Held sideways (1688x780): still the phone's screen.
    CHECK(base_text_scale(2.0F, 780) == base_text_scale(2.0F, std::min(1688.0F, 780.0F)));
    // A desktop window of the smallest size (640x480) is not a phone; a tablet neither.
    CHECK(base_text_scale(1.0F, 480) == 1.0F);
    CHECK(base_text_scale(2.0F, 1536) == 2.0F);
    // A display factor below 1 (never reported) counts as 1.
    CHECK(base_text_scale(0.0F, 1080) == 1.0F);
}
