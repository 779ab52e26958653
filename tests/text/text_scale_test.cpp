// The shell's text size on scaled displays (src/core/text/text_scale.h): a learner's 100 % is
// as big as other programs' text on a Windows laptop set to 125 % or 150 %.
#include "text/text_scale.h"

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

TEST_CASE("the shell's text scale is the learner's size times the display's, at most 2", "[text_scale]")
{
    // A 150 % laptop: the learner's 100 % is drawn at 1.5.
    CHECK(shell_text_scale(100, 1.5F) == 1.5F);
    CHECK(shell_text_scale(125, 1.0F) == 1.25F); // an ordinary display: the learner's size
    CHECK(shell_text_scale(100, 1.25F) == 1.25F);
    // 150 % of 150 % would be 2.25: the layout and fonts go up to 2.
    CHECK(shell_text_scale(150, 1.5F) == 2.0F);
    CHECK(shell_text_scale(200, 1.0F) == 2.0F);
}
