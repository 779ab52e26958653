// The layout at every size: every shipped lesson, every step, every mode, and every page
// of the app, at the screens communes have (1024x768 to full HD) and phones' (in a
// browser), text 100 to 200 %, both themes and both languages. Measured from the rectangles the UI itself records
// (ui::LayoutLog), not from pixels: no text overlaps another text, a button or the phone,
// no button overlaps another, every label lies inside its button, and every item lies
// inside the window or inside a region that scrolls to it.
#include "layout_log.h"
#include "model/app_model.h"
#include "progress_test_support.h"
#include "shell.h"
#include "ui_test_support.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace luyenso;

namespace {

struct Display {
    ImVec2 size;
    int percent;
    bool contrast;
    const char* lang;
    float scale = 1.0F; // the display's (a phone's browser: 2 device pixels a point)
};

std::string describe(const Display& d)
{
    std::ostringstream o;
    o << static_cast<int>(d.size.x) << "x" << static_cast<int>(d.size.y) << " " << d.percent << "% "
      << (d.contrast ? "high-contrast " : "") << d.lang;
    if (d.scale != 1.0F)
        o << " at scale " << d.scale;
    return o.str();
}

// Every display the issue names: 4 sizes x 3 text sizes x 2 themes x 2 languages, then
// phones and a laptop scaled to 150 % (below). Under
// AddressSanitizer (LUYENSO_LAYOUT_SUBSET=1, set by the asan preset's test run) a fixed
// quarter of them: the smallest and the largest window, each at 100 % and 200 %, both
// themes, both languages, taken in turn so that every step meets some of them.
std::vector<Display> all_displays()
{
    std::vector<Display> out;
    for (const ImVec2 size : {ImVec2(1024, 768), ImVec2(1280, 800), ImVec2(1366, 768), ImVec2(1920, 1080)})
        for (const int percent : {100, 150, 200})
            for (const bool contrast : {false, true})
                for (const char* lang : {"vi", "en"})
                    out.push_back({size, percent, contrast, lang});
    // Phones in a browser (twice the pixels a point): 390x844 and 360x740 upright, 844x390
    // sideways; 100 % in Vietnamese, 200 % high-contrast in English.
    for (const ImVec2 size : {ImVec2(780, 1688), ImVec2(720, 1480), ImVec2(1688, 780)}) {
        out.push_back({size, 100, false, "vi", 2.0F});
        out.push_back({size, 200, true, "en", 2.0F});
    }
    // A full-HD laptop set to 150 % (Windows), the learner's text at 200 %.
    out.push_back({ImVec2(1920, 1080), 200, false, "vi", 1.5F});
    return out;
}

struct Box {
    ImVec2 min;
    ImVec2 max;
    bool empty() const { return max.x - min.x < 1 || max.y - min.y < 1; }
};

Box intersect(ImVec2 a0, ImVec2 a1, ImVec2 b0, ImVec2 b1)
{
    return {ImVec2(std::max(a0.x, b0.x), std::max(a0.y, b0.y)), ImVec2(std::min(a1.x, b1.x), std::min(a1.y, b1.y))};
}

const char* kind_name(ui::ItemKind k)
{
    switch (k) {
    case ui::ItemKind::Text: return "text";
    case ui::ItemKind::Button: return "button";
    case ui::ItemKind::Area: return "area";
    case ui::ItemKind::PhoneText: return "phone text";
    }
    return "?";
}

std::string name_of(const ui::LayoutItem& i)
{
    std::ostringstream o;
    o << kind_name(i.kind) << " '" << i.text << "' [" << i.min.x << "," << i.min.y << " - " << i.max.x << "," << i.max.y
      << "] in " << i.window << " showing [" << i.clip_min.x << "," << i.clip_min.y << " - " << i.clip_max.x << ","
      << i.clip_max.y << "]";
    return o.str();
}

// The problems in one frame's log, each a sentence; empty when the layout is sound.
std::vector<std::string> layout_problems(const ui::LayoutLog& log, ImVec2 window)
{
    constexpr float slack = 1.5F; // anti-aliased edges may touch
    std::vector<std::string> problems;
    const auto& items = log.items();
    std::vector<Box> visible(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ui::LayoutItem& it = items[i];
        visible[i] = intersect(it.min, it.max, it.clip_min, it.clip_max);
        if (it.kind == ui::ItemKind::PhoneText)
            continue;
        const bool in_window = it.min.x >= -slack && it.min.y >= -slack && it.max.x <= window.x + slack &&
                               it.max.y <= window.y + slack;
        const bool in_clip_x = it.min.x >= it.clip_min.x - slack && it.max.x <= it.clip_max.x + slack;
        const bool in_clip_y = it.min.y >= it.clip_min.y - slack && it.max.y <= it.clip_max.y + slack;
        if (it.scrolls) {
            if (!in_clip_x && !it.scrolls_x)
                problems.push_back(name_of(it) + " sticks out sideways of its scrolling region");
        } else if (!in_window || !in_clip_x || !in_clip_y) {
            problems.push_back(name_of(it) + " is cut off (outside the window or its region)");
        }
        if (it.owner >= 0) {
            const ui::LayoutItem& b = items[static_cast<std::size_t>(it.owner)];
            if (it.min.x < b.min.x - slack || it.min.y < b.min.y - slack || it.max.x > b.max.x + slack ||
                it.max.y > b.max.y + slack)
                problems.push_back(name_of(it) + " is not inside its button " + name_of(b));
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ui::LayoutItem& a = items[i];
        if (a.kind == ui::ItemKind::PhoneText || visible[i].empty())
            continue;
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const ui::LayoutItem& b = items[j];
            if (b.kind == ui::ItemKind::PhoneText || visible[j].empty())
                continue;
            if (a.kind == ui::ItemKind::Area && b.kind == ui::ItemKind::Area)
                continue;
            // A button's own label.
            if (b.owner == static_cast<int>(i) || a.owner == static_cast<int>(j))
                continue;
            const Box o = intersect(visible[i].min, visible[i].max, visible[j].min, visible[j].max);
            if (o.max.x - o.min.x > slack && o.max.y - o.min.y > slack)
                problems.push_back(name_of(a) + " overlaps " + name_of(b));
        }
    }
    return problems;
}

// Draws the model at `d` (two frames: scrolling regions measure their content on the
// first) and checks the second frame's layout; returns whether it was sound.
class Checker {
public:
    Checker() : shell_(ui_.fonts()) { shell_.set_layout_log(&log_); }

    bool check(AppModel& model, const Display& d, const std::string& what)
    {
        ImGui::GetIO().DisplaySize = d.size;
        shell_.set_display_factor(d.scale);
        model.set_text_percent(d.percent);
        model.set_high_contrast(d.contrast);
        model.set_language(d.lang);
        ui_.frame(shell_, model);
        ui_.frame(shell_, model);
        ++checked_;
        const auto problems = layout_problems(log_, d.size);
        if (problems.empty())
            return true;
        // The first failure of each state, in full.
        if (reported_.insert(what.substr(0, what.find(" step "))).second) {
            std::ostringstream o;
            o << what << " at " << describe(d) << ":";
            for (std::size_t i = 0; i < problems.size() && i < 4; ++i)
                o << "\n  " << problems[i];
            FAIL_CHECK(o.str());
        }
        ++failures_;
        return false;
    }

    // The displays this run checks for the `n`th state: all of them, or under the
    // subset the `n`th quarter.
    std::vector<Display> displays(std::size_t n) const
    {
        const auto all = all_displays();
        if (!test::subset_only())
            return all;
        std::vector<Display> some;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (i % 4 == n % 4)
                some.push_back(all[i]);
        return some;
    }

    ui::Shell& shell() { return shell_; }
    const ui::LayoutLog& log() const { return log_; }
    // A click at `pos` on what the last frame drew.
    void click(AppModel& model, ImVec2 pos) { ui_.click(shell_, model, pos); }
    std::size_t checked() const { return checked_; }
    std::size_t failures() const { return failures_; }

private:
    test::Headless ui_;
    ui::LayoutLog log_;
    ui::Shell shell_;
    std::size_t checked_ = 0;
    std::size_t failures_ = 0;
    std::set<std::string> reported_;
};

Catalog shipped_lessons()
{
    return Catalog::load({test::source_dir() + "/lessons"});
}

} // namespace

TEST_CASE("the layout checker finds overlaps and cut-off text", "[ui][layout]")
{
    test::Headless ui;
    ui::LayoutLog log;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1280, 800));
    ImGui::Begin("probe", nullptr, ImGuiWindowFlags_NoDecoration);
    const int button = log.add(ui::ItemKind::Button, ImVec2(10, 10), ImVec2(200, 80), nullptr, "");
    log.add(ui::ItemKind::Text, ImVec2(20, 30), ImVec2(120, 60), nullptr, "label", 0, button);
    CHECK(layout_problems(log, ImVec2(1280, 800)).empty()); // a label inside its own button
    log.add(ui::ItemKind::Text, ImVec2(150, 40), ImVec2(300, 70), nullptr, "over the button");
    log.add(ui::ItemKind::Text, ImVec2(1200, 700), ImVec2(1400, 730), nullptr, "off the edge");
    log.add(ui::ItemKind::Text, ImVec2(400, 400), ImVec2(500, 430), nullptr, "alone");
    log.add(ui::ItemKind::PhoneText, ImVec2(400, 400), ImVec2(500, 430), nullptr, "phone's own");
    const auto problems = layout_problems(log, ImVec2(1280, 800));
    ImGui::End();
    ImGui::EndFrame();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("'off the edge'") != std::string::npos);
    CHECK(problems[0].find("cut off") != std::string::npos);
    CHECK(problems[1].find("'over the button'") != std::string::npos);
    CHECK(problems[1].find("overlaps") != std::string::npos);
}

TEST_CASE("every step of every shipped lesson, in every mode, lays out at every size", "[ui][layout]")
{
    Checker checker;
    AppModel model(shipped_lessons());
    REQUIRE(model.catalog().entries.size() >= 10);
    std::size_t state = 0;
    std::size_t steps = 0;
    for (const CatalogEntry& entry : model.catalog().entries) {
        REQUIRE(entry.lesson);
        for (const Mode mode : {Mode::Watch, Mode::Guided, Mode::Practice, Mode::Test}) {
            model.open_lesson(*entry.lesson, mode);
            LessonRun* run = model.run();
            while (!run->finished()) {
                INFO(entry.lesson->id << " " << mode_name(mode) << " step " << run->step_index());
                for (const Display& d : checker.displays(state++))
                    checker.check(model, d,
                                  entry.lesson->id + " " + mode_name(mode) + " step " +
                                      std::to_string(run->step_index() + 1));
                // The same step with the hints asked for (words, then the place).
                if (mode == Mode::Guided && run->next_hint() != HintKind::None) {
                    run->request_hint();
                    for (const Display& d : checker.displays(state++))
                        checker.check(model, d,
                                      entry.lesson->id + " guided hint, step " + std::to_string(run->step_index() + 1));
                }
                ++steps;
                std::string why;
                REQUIRE(run->play_step_demo(why));
            }
            for (const Display& d : checker.displays(state++))
                checker.check(model, d, entry.lesson->id + " " + mode_name(mode) + " finished");
        }
        // The end after an unsafe choice: the lesson's explanation, however long.
        for (const UnsafeRule* u : entry.lesson->all_unsafe())
            for (const Mode mode : {Mode::Guided, Mode::Test}) {
                model.open_lesson(*entry.lesson, mode);
                LessonRun* run = model.run();
                for (const Action& a : u->path)
                    run->act(a);
                std::string why;
                while (!run->finished() && run->play_step_demo(why)) {
                }
                REQUIRE(run->finished());
                REQUIRE_FALSE(run->unsafe_outcomes().empty());
                for (const Display& d : checker.displays(state++))
                    checker.check(model, d,
                                  entry.lesson->id + " " + mode_name(mode) + " finished unsafely (" + u->id + ")");
            }
    }
    std::cout << "layout: " << checker.checked() << " combinations of lesson, step, mode and display checked (" << steps
              << " steps" << (test::subset_only() ? ", a quarter of the displays each: AddressSanitizer subset" : "")
              << "), " << checker.failures() << " with problems\n";
    CHECK(checker.failures() == 0);
}

TEST_CASE("a chat's block screen and a blocked chat lay out at every size, at both phone text sizes", "[ui][layout]")
{
    // The hacked-friend lesson's steps show the replies, the menu and the report screen;
    // the menu's other way, blocking, is laid out here.
    Checker checker;
    std::size_t state = 0;
    for (const int phone_text : {100, 200}) {
        AppModel model(test::with_phone_text(shipped_lessons(), phone_text));
        test::open_at_step(model, "ban-bi-hack-nick-muon-tien", "chon-bao-cao");
        const LessonRun* run = model.run();
        const std::string at = " (phone text " + std::to_string(phone_text) + " %)";
        for (const Display& d : checker.displays(state++))
            checker.check(model, d, "chat menu" + at);
        model.act(Action::tap("chat.menu.block"));
        REQUIRE(run->phone().screen_id() == "chat.block");
        for (const Display& d : checker.displays(state++))
            checker.check(model, d, "block screen" + at);
        model.act(Action::tap("chat.block.confirm"));
        REQUIRE(run->phone().world().chat("dung")->blocked);
        for (const Display& d : checker.displays(state++))
            checker.check(model, d, "blocked chat" + at);
    }
    CHECK(checker.failures() == 0);
}

TEST_CASE("every page around the lessons lays out at every size", "[ui][layout]")
{
    test::TempDir dir;
    auto store = test::open_store(dir.file("progress.db"));
    const LearnerProfile giang = test::make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", 1'714'550'400'000);
    test::make_learner(*store, "Lò Thị Mai", "Bản Phố", 1'714'550'400'001);
    test::make_learner(*store, "Nguyễn Thị Hồng Nhung Thương", "Xã Phúc Khánh, huyện Bảo Yên", 1'714'550'400'002);
    Checker checker;
    AppModel model(shipped_lessons());
    model.set_wall_clock(1'714'550'500'000);
    model.use_store(*store, "layout-test");
    std::size_t state = 0;
    const auto all = [&](const std::string& what) {
        for (const Display& d : checker.displays(state++))
            checker.check(model, d, what);
    };
    REQUIRE(model.page() == Page::Learners);
    all("learner picker");
    model.new_learner();
    all("new profile");
    model.cancel_draft();
    REQUIRE(model.choose_learner(giang.id));
    all("lesson list with a learner");
    const Lesson& lesson = *model.catalog().find("goi-video-cho-chau");
    model.choose_lesson(lesson);
    all("lesson start page");
    model.open_lesson(lesson, Mode::Guided);
    for (const Action& a : model.run()->current_step()->demo)
        model.act(a);
    model.back_to_list();
    model.choose_lesson(lesson);
    all("lesson start page, to continue");
    model.edit_learner(giang.id);
    all("profile form");
    model.cancel_draft();
    model.open_trainer();
    all("trainer PIN, first use");
    for (const char c : std::string("2468"))
        model.pin_key(c);
    model.submit_pin("salt-for-the-layout-test");
    REQUIRE(model.pin_confirming());
    all("trainer PIN, typed again");
    for (const char c : std::string("2468"))
        model.pin_key(c);
    model.submit_pin("salt-for-the-layout-test");
    REQUIRE(model.page() == Page::Dashboard);
    all("dashboard");
    model.open_history(giang.id);
    all("history");
    // A row opens the attempt's steps: time, hints and mistakes per step.
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    model.set_text_percent(100);
    checker.check(model, {ImVec2(1280, 800), 100, false, "vi"}, "history");
    const auto row = std::find_if(checker.log().items().begin(), checker.log().items().end(),
                                  [](const ui::LayoutItem& i) { return i.text == "Gọi video cho cháu"; });
    REQUIRE(row != checker.log().items().end());
    checker.click(model, row->min);
    checker.check(model, {ImVec2(1280, 800), 100, false, "vi"}, "history with a row open");
    const auto step = std::find_if(checker.log().items().begin(), checker.log().items().end(),
                                   [](const ui::LayoutItem& i) { return i.text.rfind("1. ", 0) == 0; });
    REQUIRE(step != checker.log().items().end());
    CHECK(step->text.find("gợi ý") != std::string::npos);
    all("history with a row open");
    model.start_group_lesson(lesson, Mode::Guided);
    REQUIRE(model.switch_turn(giang.id));
    all("projector");
    model.run()->request_hint();
    all("projector with a hint");
    model.leave_trainer();
    model.open_trainer();
    model.pin_key('1');
    model.submit_pin({});
    all("trainer PIN, wrong");
    model.back_to_learners();

    AppModel plain(shipped_lessons());
    const auto all_plain = [&](const std::string& what) {
        for (const Display& d : checker.displays(state++))
            checker.check(plain, d, what);
    };
    all_plain("lesson list");
    const std::string broken = test::source_dir() + "/tests/fixtures/several-problems.json";
    plain.reload_lesson(broken, load_lesson_file(broken));
    REQUIRE(plain.page() == Page::LessonErrors);
    all_plain("lesson errors page");
    std::cout << "layout: " << checker.checked() << " combinations of page and display checked, " << checker.failures()
              << " with problems\n";
    CHECK(checker.failures() == 0);
}

TEST_CASE("a history row says apart which attempt and which step had an unsafe choice", "[ui][layout]")
{
    test::TempDir dir;
    auto store = test::open_store(dir.file("progress.db"));
    const LearnerProfile nga = test::make_learner(*store, "Bà Nga", "Nà Hẩu", 1'714'550'400'000);
    Checker checker;
    AppModel model(shipped_lessons());
    model.set_wall_clock(1'714'550'500'000);
    model.use_store(*store, "layout-test");
    REQUIRE(model.choose_learner(nga.id));
    // In a test, the learner agrees to send the fake policeman money (step 3).
    const Lesson& lesson = *model.catalog().find("cong-an-gia-goi-video");
    model.open_lesson(lesson, Mode::Test);
    for (const Action& a :
         test::read_actions(test::fixtures_dir() + "/paths/cong-an-gia-goi-video/dong-y-chuyen-tien.json"))
        model.act(a);
    REQUIRE(model.run()->finished());
    REQUIRE_FALSE(model.run()->result().passed);
    model.back_to_list();
    model.open_trainer();
    for (int round = 0; round < 2; ++round) {
        for (const char c : std::string("2468"))
            model.pin_key(c);
        model.submit_pin("salt-for-the-layout-test");
    }
    REQUIRE(model.page() == Page::Dashboard);
    model.open_history(nga.id);
    const Display display{ImVec2(1280, 800), 100, false, "vi"};
    checker.check(model, display, "history with an unsafe choice");
    const auto& items = checker.log().items();
    const auto find = [&](const std::string& text) {
        return std::find_if(items.begin(), items.end(), [&](const ui::LayoutItem& i) { return i.text == text; });
    };
    // The row: the red words, and no "passed" chip (an unsafe choice never passes).
    const auto row = find("Công an giả gọi video đòi tiền");
    REQUIRE(row != items.end());
    CHECK(find("Có việc nguy hiểm") != items.end());
    CHECK(find("Đã qua bài kiểm tra") == items.end());
    // Opened: the step where it happened says so, in the warning's ink; the others do not.
    checker.click(model, row->min);
    checker.check(model, display, "history with an unsafe choice, row open");
    int unsafe_lines = 0;
    int step_lines = 0;
    for (const ui::LayoutItem& i : checker.log().items()) {
        if (i.text.size() < 3 || !std::isdigit(static_cast<unsigned char>(i.text[0])) || i.text.find(". ") > 2)
            continue;
        ++step_lines;
        if (i.text.find("1 việc nguy hiểm") != std::string::npos) {
            ++unsafe_lines;
            CHECK(i.text.rfind("3. ", 0) == 0);
            CHECK(i.ink == ui::calm_palette().wrong_text);
        } else {
            CHECK(i.ink == ui::calm_palette().text);
        }
    }
    CHECK(step_lines >= 5);
    CHECK(unsafe_lines == 1);
    CHECK(checker.failures() == 0);
}
