// Preview while writing (--watch): a saved lesson is noticed, loaded again and shown where
// the organiser was; a lesson with errors shows them until it is fixed.
#include "lessons/lesson_watch.h"
#include "model/app_model.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace luyenso;
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_text(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    REQUIRE(out.good());
}

std::string replace_once(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

struct WatchedCopy {
    fs::path dir = fs::temp_directory_path() / ("luyenso-watch-" + std::to_string(std::random_device{}()));
    fs::path file = dir / "bai-mau.json";
    std::string original;
    fs::file_time_type saved_at;
    WatchedCopy()
    {
        fs::create_directories(dir);
        original = read_text(test::lessons_dir() + "/template/bai-mau.json");
        write_text(file, original);
        saved_at = fs::last_write_time(file);
    }
    ~WatchedCopy()
    {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    WatchedCopy(const WatchedCopy&) = delete;
    WatchedCopy& operator=(const WatchedCopy&) = delete;
    // Saved again, with a modification time surely different from the last one.
    void save(const std::string& text)
    {
        write_text(file, text);
        saved_at += std::chrono::seconds(1);
        fs::last_write_time(file, saved_at);
    }
    LoadResult load() const { return load_lesson_file(file.string()); }
};

} // namespace

SCENARIO("a watched lesson file is noticed when it is saved again", "[watch]")
{
    WatchedCopy copy;
    LessonWatch watch(copy.file.string());
    THEN("nothing changed at first")
    {
        CHECK_FALSE(watch.changed());
    }
    WHEN("it is saved again")
    {
        copy.save(copy.original + " ");
        THEN("the change is reported once")
        {
            CHECK(watch.changed());
            CHECK_FALSE(watch.changed());
        }
    }
    WHEN("it is gone for a moment (an editor saving by rename), then back")
    {
        fs::remove(copy.file);
        CHECK_FALSE(watch.changed());
        copy.save(copy.original);
        THEN("its coming back is the change")
        {
            CHECK(watch.changed());
        }
    }
}

SCENARIO("a reloaded lesson comes back at the step with the same id", "[watch]")
{
    WatchedCopy copy;
    LoadResult first = copy.load();
    REQUIRE(first.errors.empty());
    AppModel app{Catalog{}};
    app.reload_lesson(copy.file.string(), std::move(first));
    REQUIRE(app.page() == Page::LessonStart);
    REQUIRE(app.chosen() != nullptr);
    app.open_lesson(*app.chosen(), Mode::Practice);
    std::string why;
    REQUIRE(app.run()->fast_forward_to(2, why)); // at "mo-tin-nhan"
    REQUIRE(app.run()->current_step()->id == "mo-tin-nhan");

    WHEN("the organiser rewords that step and saves")
    {
        copy.save(replace_once(copy.original, "Bấm vào tên Con gái Hoa.", "Bấm vào tên của con gái Hoa."));
        app.reload_lesson(copy.file.string(), copy.load());
        THEN("the new text shows at the same step, in the same mode")
        {
            REQUIRE(app.page() == Page::Lesson);
            REQUIRE(app.run() != nullptr);
            CHECK(app.run()->mode() == Mode::Practice);
            CHECK(app.run()->step_index() == 2);
            CHECK(app.run()->current_step()->say.get("vi") == "Bấm vào tên của con gái Hoa.");
            CHECK(app.run()->phone().screen_id() == "chat.list"); // the earlier steps were played again
            CHECK(app.catalog().entries.size() == 1);             // replaced, not added
        }
    }
    WHEN("a step before it is added")
    {
        copy.save(replace_once(copy.original, R"({"id": "mo-tin-nhan",)",
                               R"({"id": "xem-danh-sach", "say": "Đây là danh sách tin nhắn.",
     "done_when": {"screen": "chat.list"}, "demo": []},
    {"id": "mo-tin-nhan",)"));
        app.reload_lesson(copy.file.string(), copy.load());
        THEN("the lesson goes on at the step with that id, now the fourth")
        {
            REQUIRE(app.run() != nullptr);
            CHECK(app.run()->current_step()->id == "mo-tin-nhan");
            CHECK(app.run()->step_index() == 3);
        }
    }
    WHEN("the step's id is changed")
    {
        copy.save(replace_once(copy.original, R"("id": "mo-tin-nhan")", R"("id": "vao-tin-nhan")"));
        app.reload_lesson(copy.file.string(), copy.load());
        THEN("the lesson starts again at its first step")
        {
            REQUIRE(app.run() != nullptr);
            CHECK(app.run()->step_index() == 0);
        }
    }
    WHEN("the organiser saves a mistake, then fixes it")
    {
        copy.save(
            replace_once(copy.original, R"("target": "chat.list.item.hoa")", R"("target": "chat.list.item.hao")"));
        app.reload_lesson(copy.file.string(), copy.load());
        THEN("the errors show instead of the lesson, with their place")
        {
            CHECK(app.page() == Page::LessonErrors);
            CHECK(app.run() == nullptr);
            REQUIRE(app.lesson_errors().size() == 1);
            CHECK(app.lesson_errors()[0].file == copy.file.string());
            CHECK(app.lesson_errors()[0].pos.line > 0);
            CHECK(app.lesson_errors()[0].what().find("unknown element \"chat.list.item.hao\"") == 0);
            CHECK(app.errors_file() == copy.file.string());
            CHECK(app.catalog().entries.size() == 1);
            CHECK_FALSE(app.catalog().entries[0].lesson.has_value());
        }
        AND_WHEN("it is fixed and saved")
        {
            copy.save(copy.original);
            app.reload_lesson(copy.file.string(), copy.load());
            THEN("the lesson comes back where the organiser was")
            {
                REQUIRE(app.page() == Page::Lesson);
                CHECK(app.run()->mode() == Mode::Practice);
                CHECK(app.run()->current_step()->id == "mo-tin-nhan");
                CHECK(app.lesson_errors().empty());
            }
        }
    }
    WHEN("the lesson was at its end")
    {
        REQUIRE(app.run()->fast_forward_to(app.run()->step_count(), why));
        copy.save(copy.original + "\n");
        app.reload_lesson(copy.file.string(), copy.load());
        THEN("it shows its end again")
        {
            CHECK(app.run()->completed());
        }
    }
}

TEST_CASE("a watched lesson that has errors from the start shows them, then the start page once fixed", "[watch]")
{
    WatchedCopy copy;
    const std::string broken = replace_once(copy.original, R"("format": 1,)", R"("format": 1,,)");
    copy.save(broken);
    AppModel app{Catalog{}};
    app.reload_lesson(copy.file.string(), copy.load());
    CHECK(app.page() == Page::LessonErrors);
    REQUIRE(app.lesson_errors().size() == 1);
    CHECK(app.lesson_errors()[0].pos.line == 3);
    copy.save(copy.original);
    app.reload_lesson(copy.file.string(), copy.load());
    CHECK(app.page() == Page::LessonStart);
    REQUIRE(app.chosen() != nullptr);
    CHECK(app.chosen()->id == "bai-mau");
}
