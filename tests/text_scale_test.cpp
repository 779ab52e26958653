// The shell's text size on scaled displays (src/core/text_scale.h): a learner's 100 % is
// as big as other programs' text on a Windows laptop set to 125 % or 150 %.
#include "text_scale.h"

#include <catch2/catch.hpp>

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

TEST_CASE("the shell's text scale is the learner's size times the display's, within what fits", "[text_scale]")
{
    // A 150 % laptop, 1920x1080 pixels: the learner's 100 % is drawn at 1.5.
    CHECK(shell_text_scale(100, 1.5F, 1080) == 1.5F);
    CHECK(shell_text_scale(125, 1.0F, 1080) == 1.25F); // an ordinary display: the learner's size
    // 150 % of 150 % would be 2.25: the layout and fonts go up to 2 (on 1920x1200), and a
    // 1080-pixel-high screen holds 1080 / 560 of it.
    CHECK(shell_text_scale(150, 1.5F, 1200) == 2.0F);
    CHECK(shell_text_scale(150, 1.5F, 1080) == Approx(1080.0F / 560.0F));
    // A small window: no more than its height allows (1.25 at 700 pixels).
    CHECK(shell_text_scale(100, 1.5F, 700) == 1.25F);
    // Never below 1, however small the window.
    CHECK(shell_text_scale(100, 1.0F, 400) == 1.0F);
    CHECK(shell_text_scale(200, 1.0F, 768) == Approx(768.0F / 560.0F));
}
