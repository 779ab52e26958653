// The UI without a window: an ImGui context with no backend draws every screen of the
// phone and every page of the app, and clicks on the drawn phone become core actions.
#include "fonts.h"
#include "icons.h"
#include "lessons/skills.h"
#include "model/app_model.h"
#include "paths.h"
#include "progress_test_support.h"
#include "progress_text.h"
#include "shell.h"
#include "text/text_wrap.h"
#include "text_util.h"
#include "theme.h"
#include "ui_test_support.h"
#include "ui_text.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <string>

using namespace luyenso;

namespace {

using test::Headless;
const std::string source_dir = test::source_dir();

Catalog shipped_lessons()
{
    return Catalog::load({source_dir + "/lessons"});
}

ImVec2 element_centre(const ui::Shell& shell, const Phone& phone, const std::string& id)
{
    const ElementTree tree = phone.elements();
    const Element* e = find_element(tree, id);
    REQUIRE(e != nullptr);
    return shell.phone_view().to_pixels(e->bounds.center_x(), e->bounds.center_y());
}

} // namespace

TEST_CASE("the fonts load with the Vietnamese glyphs", "[ui]")
{
    Headless ui;
    REQUIRE(ui.fonts_loaded());
    ImFont* font = ui.fonts().pick(30, ui::Weight::Bold);
    REQUIRE(font != nullptr);
    // Stacked marks and đ are real glyphs, not the fallback '?'.
    for (ImWchar c :
         {ImWchar(0x1EAB) /* ẫ */, ImWchar(0x1EF9) /* ỹ */, ImWchar(0x0111) /* đ */, ImWchar(0x2026) /* … */}) {
        const ImFontGlyph* g = font->FindGlyphNoFallback(c);
        CHECK(g != nullptr);
    }
    CHECK(ui.fonts().pick(60, ui::Weight::Bold)->FontSize >= 55);
}

TEST_CASE("long texts wrap and shorten by code points", "[ui]")
{
    Headless ui;
    const ImFont* font = ui.fonts().pick(26);
    const std::string text = "Tối nay ông gọi video cho cháu nhé, cháu nhớ ông bà lắm.";
    const auto lines = ui::wrap_lines(font, 26, text, 200);
    REQUIRE(lines.size() > 1);
    std::string joined;
    for (const auto& l : lines) {
        CHECK(ui::text_width(font, 26, l) <= 200);
        joined += (joined.empty() ? "" : " ") + l;
    }
    CHECK(joined == text);
    const std::string cut = ui::fit_text(font, 26, text, 150);
    CHECK(ui::text_width(font, 26, cut) <= 150);
    CHECK(cut.substr(cut.size() - 3) == "…");
}

TEST_CASE("very long text is cut in time linear in what shows, not in its length", "[ui][text]")
{
    Headless ui;
    const ImFont* font = ui.fonts().pick(30);
    std::string intro;
    while (intro.size() < 80'000)
        intro += "Bác hãy bấm vào nút màu xanh để gọi video cho cháu. ";
    for (const std::size_t bytes : {std::size_t{64'000}, std::size_t{10} << 20}) {
        std::string name; // a name with no space to cut at: the tester's 64 000 characters, then 10 MB
        while (name.size() < bytes)
            name += "Nguyễn";
        INFO(bytes);
        const std::string cut = ui::fit_text(font, 30, name, 400);
        CHECK(ui::text_width(font, 30, cut) <= 400);
        REQUIRE(cut.size() > 3);
        CHECK(cut.substr(cut.size() - 3) == "…");
        CHECK(name.compare(0, cut.size() - 3, cut, 0, cut.size() - 3) == 0);
        const std::string tail = ui::fit_text_tail(font, 30, name, 400);
        CHECK(ui::text_width(font, 30, tail) <= 400.01F);
        CHECK(tail.rfind("…", 0) == 0);
        CHECK(name.compare(name.size() - (tail.size() - 3), tail.size() - 3, tail, 3) == 0);
        CHECK(ui::fitting_prefix(font, 30, name, 400) < 100);
    }
    const auto lines = ui::wrap_lines_at_most(font, 30, intro, 500, 3);
    REQUIRE(lines.size() == 3);
    for (const auto& line : lines)
        CHECK(ui::text_width(font, 30, line) <= 500);
    CHECK(lines.back().substr(lines.back().size() - 3) == "…");
    CHECK(lines == ui::wrap_lines_at_most(font, 30, intro.substr(0, 2000), 500, 3)); // the same start, the same cut
}

TEST_CASE("a 64 000-character name in an old store draws on every page that shows names", "[ui][progress]")
{
    test::TempDir dir;
    const std::string path = dir.file("progress.db");
    std::string id;
    {
        auto store = test::open_store(path);
        id = test::make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", 1'714'550'400'000).id;
    }
    std::string name;
    while (name.size() < 64'000)
        name += "Giảng";
    test::raw_exec(path, "UPDATE learners SET name = '" + name + "', village = '" + name + "'");
    auto store = test::open_store(path);
    Headless ui(1024, 768);
    AppModel model(shipped_lessons());
    model.set_wall_clock(1'714'550'500'000);
    model.use_store(*store, "ui-test");
    ui::Shell shell(ui.fonts());
    CHECK(ui.frame(shell, model) > 100); // the picker
    REQUIRE(model.choose_learner(id));
    CHECK(ui.frame(shell, model) > 100); // the lesson list, with the learner's name
    model.edit_learner(id);
    CHECK(ui.frame(shell, model) > 100); // the profile form
    model.cancel_draft();
    model.unlock_trainer_for_screenshot();
    CHECK(ui.frame(shell, model) > 100); // the dashboard
    model.open_history(id);
    CHECK(ui.frame(shell, model) > 100);
}

TEST_CASE("the core's estimate of text widths never falls short of the real font's", "[ui][text]")
{
    Headless ui;
    REQUIRE(ui.fonts_loaded());
    // Texts of every kind the phone shows: the chats' messages and the lessons' own words.
    std::vector<std::string> texts = {"Mmm WWW %%% @@@", "iiii llll ....", "ỨỪỬỮỰ ƠỚỜỞỠỢ ĐĐĐ"};
    const Catalog catalog = shipped_lessons();
    for (const CatalogEntry& entry : catalog.entries) {
        REQUIRE(entry.lesson);
        const Lesson& lesson = *entry.lesson;
        for (const Chat& chat : lesson.world.chats)
            for (const ChatMessage& m : chat.messages)
                texts.push_back(m.text);
        for (const Step& step : lesson.steps) {
            texts.push_back(step.say.get("vi"));
            texts.push_back(step.say.get("en"));
        }
    }
    REQUIRE(texts.size() > 200);
    double real_sum = 0;
    double estimate_sum = 0;
    // The sizes the painter draws at: a bubble's 24 dp at window scales from 0.63 to 1.3, and more.
    for (const float size : {15.0F, 18.0F, 22.4F, 24.0F, 31.2F, 33.0F}) {
        ImFont* font = ui.fonts().pick(size);
        for (const std::string& text : texts) {
            INFO(size << ": " << text);
            const float real = ui::text_width(font, size, text);
            const float estimate = estimate_text_width(text, size);
            CHECK(estimate >= real);
            real_sum += real;
            estimate_sum += estimate;
            for (const float width : {150.0F, 244.0F, 400.0F})
                CHECK(estimate_wrap(text, size, width).size() >= ui::wrap_lines(font, size, text, width).size());
        }
    }
    // Generous, but not by so much that bubbles and paragraphs get empty lines.
    CHECK(estimate_sum < real_sum * 1.15);
}

TEST_CASE("the lesson list and every step of every shipped lesson draw", "[ui]")
{
    Headless ui;
    AppModel model(shipped_lessons());
    REQUIRE_FALSE(model.catalog().entries.empty());
    ui::Shell shell(ui.fonts());
    CHECK(ui.frame(shell, model) > 100);
    for (const CatalogEntry& entry : model.catalog().entries) {
        REQUIRE(entry.lesson);
        model.open_lesson(*entry.lesson, Mode::Guided);
        std::set<std::string> screens;
        while (!model.run()->finished()) {
            screens.insert(model.run()->phone().screen_id());
            CHECK(ui.frame(shell, model) > 100);
            std::string why;
            REQUIRE(model.run()->play_step_demo(why));
        }
        CHECK(ui.frame(shell, model) > 100); // the "well done" panel
        CHECK(screens.size() >= 2);
    }
}

TEST_CASE("every screen of the phone draws, in every mode and window size", "[ui]")
{
    for (const ImVec2 size : {ImVec2(1024, 600), ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        Headless ui(size.x, size.y);
        AppModel model(shipped_lessons());
        ui::Shell shell(ui.fonts());
        const Lesson& lesson = *model.catalog().find("goi-video-cho-chau");
        // Watch mode: the demonstration's hand goes through the lesson by itself.
        model.open_lesson(lesson, Mode::Watch);
        std::set<std::string> watched;
        for (int i = 0; i < 400 && !model.run()->finished(); ++i) {
            CHECK(ui.frame(shell, model) > 100);
            watched.insert(model.run()->phone().screen_id());
            model.advance(250);
        }
        CHECK(model.run()->finished());
        CHECK(watched ==
              std::set<std::string>{"lock", "home", "call.ringing", "call.active", "chat.list", "chat.thread"});
        for (Mode mode : {Mode::Guided, Mode::Practice, Mode::Test}) {
            model.open_lesson(lesson, mode);
            LessonRun& run = *model.run();
            // Lock, home, the contacts, a voice call ringing and answered, back to a chat.
            const std::vector<Action> tour = {Action::tap("lock.unlock"),
                                              Action::tap("home.app.phone"),
                                              Action::tap("phone.contact.hoa.call"),
                                              Action::wait(6000),
                                              Action::tap("call.end"),
                                              Action::home(),
                                              Action::tap("home.app.chat"),
                                              Action::tap("chat.list.item.minh"),
                                              Action::tap("chat.input"),
                                              Action::type("Ông đây"),
                                              Action::tap("chat.header.video_call"),
                                              Action::wait(6000),
                                              Action::tap("call.camera"),
                                              Action::tap("call.end")};
            std::set<std::string> screens;
            for (const Action& a : tour) {
                CHECK(ui.frame(shell, model) > 100);
                screens.insert(run.phone().screen_id());
                run.act(a);
            }
            CHECK(ui.frame(shell, model) > 100);
            CHECK(screens == std::set<std::string>{"lock", "home", "phone.contacts", "call.ringing", "call.active",
                                                   "chat.list", "chat.thread"});
            // The whole phone fits in the window.
            CHECK(shell.phone_view().scale() * (phone_height_dp + 24) <= size.y);
        }
    }
}

TEST_CASE("clicks on the drawn phone are taps on the elements under them", "[ui]")
{
    Headless ui;
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    model.open_lesson(*model.catalog().find("goi-video-cho-chau"), Mode::Guided);
    ui.frame(shell, model);
    LessonRun& run = *model.run();
    REQUIRE(run.step_index() == 0);

    ui.click(shell, model, element_centre(shell, run.phone(), "lock.unlock"));
    CHECK(run.phone().screen_id() == "home");
    CHECK(run.step_index() == 1);

    // A click on the wrong app: the lesson's own feedback, no step forward.
    ui.click(shell, model, element_centre(shell, run.phone(), "home.app.phone"));
    CHECK(run.step_index() == 1);
    CHECK(run.feedback().kind == FeedbackKind::Wrong);
    CHECK(run.feedback().text.get("vi").find("Điện thoại") != std::string::npos);
    ui.click(shell, model, element_centre(shell, run.phone(), "nav.back"));
    CHECK(run.phone().screen_id() == "home");

    ui.click(shell, model, element_centre(shell, run.phone(), "home.app.chat"));
    ui.click(shell, model, element_centre(shell, run.phone(), "chat.list.item.minh"));
    ui.click(shell, model, element_centre(shell, run.phone(), "chat.header.video_call"));
    CHECK(run.phone().screen_id() == "call.ringing");
    CHECK(run.step_index() == 4);
}

TEST_CASE("a drag up on the lock screen is a swipe that opens the phone", "[ui]")
{
    Headless ui;
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    model.open_lesson(*model.catalog().find("goi-video-cho-chau"), Mode::Guided);
    ui.frame(shell, model);
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 start = element_centre(shell, model.run()->phone(), "lock.time");
    io.MousePos = start;
    ui.frame(shell, model);
    io.MouseDown[0] = true;
    ui.frame(shell, model);
    io.MousePos = ImVec2(start.x, start.y - 200);
    ui.frame(shell, model);
    io.MouseDown[0] = false;
    ui.frame(shell, model);
    CHECK(model.run()->phone().screen_id() == "home");
}

namespace {

// The video-call lesson at the chat with the grandchild, its message field clicked.
void focus_chat_field(Headless& ui, ui::Shell& shell, AppModel& model)
{
    model.open_lesson(*model.catalog().find("goi-video-cho-chau"), Mode::Practice);
    std::string why;
    REQUIRE(model.run()->fast_forward_to(3, why));
    ui.frame(shell, model);
    ui.click(shell, model, element_centre(shell, model.run()->phone(), "chat.input"));
    REQUIRE(model.run()->phone().input_focused());
}

} // namespace

TEST_CASE("typing on the PC keyboard goes into the selected field of the phone", "[ui]")
{
    Headless ui;
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    focus_chat_field(ui, shell, model);
    ImGui::GetIO().AddInputCharactersUTF8("Chào cháu");
    ui.frame(shell, model);
    CHECK(model.run()->phone().draft() == "Chào cháu");
}

TEST_CASE("what the device's keyboard composes shows in the phone's field and is typed only when committed", "[ui]")
{
    Headless ui;
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    ui::LayoutLog log;
    shell.set_layout_log(&log);
    focus_chat_field(ui, shell, model);
    ImGui::GetIO().AddInputCharactersUTF8("Chào ");
    ui.frame(shell, model);
    REQUIRE(model.run()->phone().draft() == "Chào ");
    const std::size_t step = model.run()->step_index();
    const FeedbackKind feedback = model.run()->feedback().kind;
    // The phone's lines of text, and the colour of each.
    const auto phone_texts = [&] {
        std::map<std::string, ImU32> texts;
        for (const ui::LayoutItem& item : log.items())
            if (item.kind == ui::ItemKind::PhoneText)
                texts[item.text] = item.ink;
        return texts;
    };

    // Composing: the word follows the typed text, in another colour; nothing is typed.
    shell.set_composition("ch");
    ui.frame(shell, model);
    shell.set_composition("cháu");
    ui.frame(shell, model);
    auto texts = phone_texts();
    REQUIRE(texts.count("Chào ") == 1);
    REQUIRE(texts.count("cháu") == 1);
    CHECK(texts.count("ch") == 0); // replaced by the update
    CHECK(texts["cháu"] != texts["Chào "]);
    CHECK(model.run()->phone().draft() == "Chào ");
    CHECK(model.run()->step_index() == step);
    CHECK(model.run()->feedback().kind == feedback);

    // Committed: typed once, and the composition is no longer drawn apart.
    shell.set_composition("");
    ImGui::GetIO().AddInputCharactersUTF8("cháu");
    ui.frame(shell, model);
    ui.frame(shell, model); // (drawn a frame after it is typed)
    CHECK(model.run()->phone().draft() == "Chào cháu");
    texts = phone_texts();
    CHECK(texts.count("Chào cháu") == 1);
    CHECK(texts.count("cháu") == 0);
}

TEST_CASE("what the device's keyboard composes shows in the profile's name field, typed only when committed", "[ui]")
{
    test::TempDir dir;
    auto store = test::open_store(dir.file("progress.db"));
    Headless ui(1024, 768);
    AppModel model(shipped_lessons());
    model.use_store(*store, "ui-test");
    ui::Shell shell(ui.fonts());
    ui::LayoutLog log;
    shell.set_layout_log(&log);
    model.new_learner();
    ui.frame(shell, model);
    ui.frame(shell, model);
    // Into the name field: under its label, as a learner taps it.
    const auto label = std::find_if(log.items().begin(), log.items().end(),
                                    [](const ui::LayoutItem& i) { return i.text == "Họ và tên"; });
    REQUIRE(label != log.items().end());
    ui.click(shell, model, ImVec2(label->min.x + 40, label->max.y + 30));
    ui.frame(shell, model);
    REQUIRE(ImGui::GetIO().WantTextInput);
    ImGui::GetIO().AddInputCharactersUTF8("Bà ");
    ui.frame(shell, model);
    REQUIRE(model.draft().profile.name == "Bà ");
    const auto shown = [&](const std::string& text) {
        return std::count_if(log.items().begin(), log.items().end(), [&](const ui::LayoutItem& i) {
            return i.text == text && i.ink == ui::calm_palette().primary;
        });
    };
    // Composing: the word shows, in the link colour, and nothing is typed.
    shell.set_composition("T");
    ui.frame(shell, model);
    shell.set_composition("Tư");
    ui.frame(shell, model);
    CHECK(shown("Tư") == 1);
    CHECK(shown("T") == 0);
    CHECK(model.draft().profile.name == "Bà ");
    // Committed: typed once, the composition no longer drawn apart.
    shell.set_composition("");
    ImGui::GetIO().AddInputCharactersUTF8("Tư");
    ui.frame(shell, model);
    ui.frame(shell, model);
    CHECK(model.draft().profile.name == "Bà Tư");
    CHECK(shown("Tư") == 0);
}

TEST_CASE("the highlight pulses only when the learner asked to be shown", "[ui]")
{
    Headless ui;
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    model.open_lesson(*model.catalog().find("goi-video-cho-chau"), Mode::Guided);
    ui.frame(shell, model);
    CHECK_FALSE(shell.animating(model));
    LessonRun& run = *model.run();
    while (run.hint_level() < run.max_hint_level())
        run.request_hint();
    CHECK(shell.animating(model));
}

TEST_CASE("a watched lesson with errors draws its error page, in both languages and at every size", "[ui][watch]")
{
    const std::string broken = source_dir + "/tests/fixtures/several-problems.json";
    for (const char* lang : {"vi", "en"}) {
        for (const ImVec2 size : {ImVec2(1024, 600), ImVec2(1920, 1080)}) {
            Headless ui(size.x, size.y);
            REQUIRE(ui.fonts_loaded());
            ui::Shell shell(ui.fonts());
            AppModel model{Catalog{}};
            model.set_language(lang);
            model.reload_lesson(broken, load_lesson_file(broken));
            REQUIRE(model.page() == Page::LessonErrors);
            REQUIRE(model.lesson_errors().size() == 8);
            const int with_errors = ui.frame(shell, model);
            // Fixed and saved again: the page goes, the lesson's start page comes.
            model.reload_lesson(broken, load_lesson_file(source_dir + "/lessons/goi-video-cho-chau.json"));
            CHECK(model.page() == Page::LessonStart);
            ui.frame(shell, model);
            CHECK(with_errors > 2000); // eight cards of wrapped text, not an empty page
        }
    }
}

namespace {

// Letters only Vietnamese has (no English word uses them).
bool has_vietnamese_letter(const std::string& text)
{
    static const char* const letters[] = {"ă", "â", "đ", "ê", "ô", "ơ", "ư", "ạ", "ả", "ấ", "ầ", "ẩ",
                                          "ậ", "ắ", "ằ", "ẳ", "ặ", "ẹ", "ẻ", "ẽ", "ế", "ề", "ể", "ễ",
                                          "ệ", "ỉ", "ị", "ọ", "ỏ", "ố", "ồ", "ổ", "ộ", "ớ", "ờ", "ở",
                                          "ợ", "ụ", "ủ", "ứ", "ừ", "ử", "ữ", "ự", "ỳ", "ỷ", "ỹ"};
    return std::any_of(std::begin(letters), std::end(letters),
                       [&](const char* l) { return text.find(l) != std::string::npos; });
}

// An English text: no Vietnamese letters, but for the app's name.
bool english(std::string text)
{
    for (std::size_t at; (at = text.find("Luyện Số")) != std::string::npos;)
        text.erase(at, std::string("Luyện Số").size());
    return !has_vietnamese_letter(text);
}

// A table of `const char*` fields, walked as an array: every field is set in both
// languages, each in its own; returns how many Vietnamese texts have Vietnamese letters.
template <typename Table>
std::size_t check_tables(const Table& vi_table, const Table& en_table, const char* except_en = nullptr)
{
    static_assert(sizeof(Table) % sizeof(const char*) == 0);
    constexpr std::size_t count = sizeof(Table) / sizeof(const char*);
    const auto* vi = reinterpret_cast<const char* const*>(&vi_table);
    const auto* en = reinterpret_cast<const char* const*>(&en_table);
    std::size_t marked = 0;
    for (std::size_t i = 0; i < count; ++i) {
        INFO("field " << i << ": " << vi[i] << " / " << en[i]);
        REQUIRE(vi[i] != nullptr);
        REQUIRE(en[i] != nullptr);
        CHECK(std::string(vi[i]).size() > 0);
        CHECK(std::string(en[i]).size() > 0);
        // The switch to Vietnamese is Vietnamese in both.
        CHECK(english(en[i]) == (except_en == nullptr || std::string(en[i]) != except_en));
        marked += has_vietnamese_letter(vi[i]) ? 1 : 0;
    }
    CHECK(marked > count / 2); // the Vietnamese table is written with its marks
    return marked;
}

} // namespace

TEST_CASE("the interface strings exist in Vietnamese and English, each in its own language", "[ui][lang]")
{
    CHECK(&ui::ui_text("xx") == &ui::ui_text("vi")); // an unknown language falls back to Vietnamese
    check_tables(ui::ui_text("vi"), ui::ui_text("en"), ui::ui_text("en").other_language);
    check_tables(ui::progress_text("vi"), ui::progress_text("en"));
    for (const StoreError e :
         {StoreError::Corrupt, StoreError::NewerVersion, StoreError::ReadOnly, StoreError::DiskFull, StoreError::Busy,
          StoreError::NotFound, StoreError::Invalid, StoreError::Io}) {
        const std::string vi = ui::store_problem_reason(e, "vi");
        const std::string en = ui::store_problem_reason(e, "en");
        INFO(vi << " / " << en);
        CHECK(has_vietnamese_letter(vi));
        CHECK(english(en));
        CHECK(en.size() > 20);
    }
}

TEST_CASE("a store that cannot be used is explained on every page, in the learner's language", "[ui][progress]")
{
    Headless ui(1024, 600);
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    const int plain = ui.frame(shell, model);
    model.report_store_problem(Status::fail(StoreError::Corrupt, "/data/progress.db is damaged (file is not a "
                                                                 "database); it was left as it is"),
                               "/data/progress.db");
    CHECK(model.store_path() == "/data/progress.db");
    const int with_banner = ui.frame(shell, model);
    // Three sentences' worth of letters: what happened, that practising goes on, the file.
    CHECK(with_banner - plain > 4 * 150);
    model.set_language("en");
    CHECK(ui.frame(shell, model) > plain);
}

TEST_CASE("the learner picker, the profile form, the trainer's pages and the projector draw", "[ui][progress]")
{
    test::TempDir dir;
    auto store = test::open_store(dir.file("progress.db"));
    const LearnerProfile giang = test::make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", 1'714'550'400'000);
    test::make_learner(*store, "Lò Thị Mai", "Bản Phố", 1'714'550'400'001);
    for (const ImVec2 size : {ImVec2(1024, 600), ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        Headless ui(size.x, size.y);
        AppModel model(shipped_lessons());
        model.set_wall_clock(1'714'550'500'000);
        model.use_store(*store, "ui-test");
        ui::Shell shell(ui.fonts());
        CHECK(model.page() == Page::Learners);
        CHECK(ui.frame(shell, model) > 100);
        model.new_learner();
        CHECK(ui.frame(shell, model) > 100);
        model.cancel_draft();
        REQUIRE(model.choose_learner(giang.id));
        CHECK(ui.frame(shell, model) > 100); // the lesson list with statuses
        const Lesson& lesson = *model.catalog().find("goi-video-cho-chau");
        model.open_lesson(lesson, Mode::Guided);
        for (const Action& a : model.run()->current_step()->demo)
            model.act(a);
        model.back_to_list();
        model.choose_lesson(lesson);
        CHECK(ui.frame(shell, model) > 100); // "continue from step 2"
        model.edit_learner(giang.id);
        CHECK(ui.frame(shell, model) > 100);
        model.cancel_draft();

        // The PIN typed on the PC keyboard, then Enter: set on first use, asked afterwards.
        model.open_trainer();
        CHECK(ui.frame(shell, model) > 100);
        ImGuiIO& io = ImGui::GetIO();
        io.AddInputCharactersUTF8("2468");
        ui.frame(shell, model);
        CHECK(model.pin_entry() == "2468");
        io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = true;
        ui.frame(shell, model);
        io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = false;
        ui.frame(shell, model);
        // Once more, to confirm the new PIN.
        REQUIRE(model.pin_confirming());
        CHECK(ui.frame(shell, model) > 100);
        io.AddInputCharactersUTF8("2468");
        ui.frame(shell, model);
        io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = true;
        ui.frame(shell, model);
        io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = false;
        ui.frame(shell, model);
        REQUIRE(model.page() == Page::Dashboard);
        CHECK(model.dashboard().learners.size() == 2);
        CHECK(ui.frame(shell, model) > 100);
        model.open_history(giang.id);
        CHECK(ui.frame(shell, model) > 100);
        model.start_group_lesson(lesson, Mode::Guided);
        REQUIRE(model.switch_turn(giang.id));
        CHECK(ui.frame(shell, model) > 100);
        model.leave_trainer();
        store->set_setting("trainer_pin", "");
    }
}

TEST_CASE("the full-screen button asks the platform to enter and to leave full screen", "[ui]")
{
    Headless ui(1024, 768);
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    REQUIRE(model.page() == Page::LessonList);
    ui.frame(shell, model);
    const ui::Shell::Box button = shell.fullscreen_button();
    // Large, inside the window, under the other display controls.
    CHECK(button.max.x - button.min.x >= 200);
    CHECK(button.max.y - button.min.y >= 48);
    CHECK(button.max.x <= 1024);
    CHECK(button.max.y <= 150);
    const ImVec2 centre((button.min.x + button.max.x) / 2, (button.min.y + button.max.y) / 2);
    CHECK_FALSE(shell.take_fullscreen_request()); // nothing asked yet

    ui.click(shell, model, centre);
    CHECK(shell.take_fullscreen_request() == true);
    CHECK_FALSE(shell.take_fullscreen_request()); // asked once, taken once

    // The platform reports full screen: the same button now leaves it.
    shell.set_fullscreen_state(true);
    ui.click(shell, model, centre);
    CHECK(shell.take_fullscreen_request() == false);

    // A click beside the button asks nothing.
    ui.click(shell, model, ImVec2(button.min.x - 30, button.max.y + 40));
    CHECK_FALSE(shell.take_fullscreen_request());

    // Pages without the button report none.
    model.new_learner();
    ui.frame(shell, model);
    CHECK(shell.fullscreen_button().max.x == 0);
}

TEST_CASE("a long press acts while the finger is still down, the wheel scrolls the phone's lists", "[ui]")
{
    Headless ui;
    AppModel model(shipped_lessons());
    ui::Shell shell(ui.fonts());
    const Lesson& lesson = *model.catalog().find("cham-giu-va-vuot");
    std::string why;
    REQUIRE(model.open_lesson_at(lesson, Mode::Guided, 2, why));
    LessonRun& run = *model.run();
    ui.frame(shell, model);
    ImGuiIO& io = ImGui::GetIO();
    // Step 3: "swipe up on the list"; the wheel turned towards the learner does it.
    io.MousePos = element_centre(shell, run.phone(), "chat.list.item.lan");
    ui.frame(shell, model);
    io.MouseWheel = -1;
    ui.frame(shell, model);
    io.MouseWheel = 0;
    ui.frame(shell, model);
    CHECK(run.step_index() == 3);
    std::string unused;
    REQUIRE(run.play_step_demo(unused));
    REQUIRE(run.step_index() == 4);
    ui.frame(shell, model);
    // Step 5: hold a message. The menu comes after half a second, before the release.
    io.MousePos = element_centre(shell, run.phone(), "chat.message.1");
    ui.frame(shell, model);
    io.MouseDown[0] = true;
    ui.frame(shell, model);
    io.DeltaTime = 0.2F;
    ui.frame(shell, model);
    CHECK(run.step_index() == 4); // 0.2 s: not yet
    for (int i = 0; i < 3; ++i)
        ui.frame(shell, model);
    CHECK(run.step_index() == 5); // held for 0.8 s, still down
    io.DeltaTime = 1.0F / 60.0F;
    io.MouseDown[0] = false;
    ui.frame(shell, model);
    ui.frame(shell, model);
    CHECK(run.step_index() == 5); // the release adds nothing (no tap on the menu)
    CHECK(run.feedback().kind != FeedbackKind::Wrong);
}

TEST_CASE("every skill has a card picture of its own, drawn by us", "[ui][skills]")
{
    Headless ui;
    std::map<std::string, std::string> owner;
    for (const std::string& id : known_skill_ids()) {
        const Skill* skill = find_skill(id);
        REQUIRE(skill != nullptr);
        if (skill->icon.empty() || id == "scam") // a skill picked by its lesson's other one; an old alias
            continue;
        INFO(id << ": " << skill->icon);
        const std::string icon(skill->icon);
        CHECK(owner.emplace(icon, id).second); // no two skills share a picture
        ImGui::NewFrame();
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        const int before = dl->VtxBuffer.Size;
        ui::draw_icon(dl, icon, ImVec2(100, 100), 46, IM_COL32_BLACK);
        CHECK(dl->VtxBuffer.Size > before); // a picture, not nothing
        ImGui::EndFrame();
    }
    CHECK(owner.size() >= 18);
}
