// Packs: the user's lessons folder besides the built-in lessons. A pack is a folder with
// pack.json, lessons and their assets; a bad pack is reported and skipped, the others load.
#include "lessons/catalog.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace luyenso;
namespace fs = std::filesystem;

namespace {
std::string packs_dir()
{
    return test::fixtures_dir() + "/packs";
}
const CatalogEntry* entry_at(const Catalog& c, const std::string& path)
{
    const auto it = std::find_if(c.entries.begin(), c.entries.end(),
                                 [&](const CatalogEntry& e) { return e.path == path; });
    return it == c.entries.end() ? nullptr : &*it;
}
} // namespace

SCENARIO("the user's lessons folder holds packs besides the built-in lessons", "[pack][catalog]")
{
    const Catalog builtin = Catalog::load({test::lessons_dir()});
    const Catalog c = Catalog::load_library(test::lessons_dir(), packs_dir());

    THEN("the built-in lessons come first and all still load")
    {
        REQUIRE(c.entries.size() > builtin.entries.size());
        for (std::size_t i = 0; i < builtin.entries.size(); ++i) {
            CHECK(c.entries[i].path == builtin.entries[i].path);
            CHECK(c.entries[i].lesson.has_value());
            CHECK(c.entries[i].pack.empty());
            CHECK(c.pack_of(c.entries[i]) == nullptr);
        }
    }
    THEN("a good pack is listed with its name, version, author and languages, and its lessons load")
    {
        REQUIRE(c.packs.size() == 3);
        const Pack& p = c.packs[0];
        CHECK(p.folder == packs_dir() + "/thon-na-ham");
        CHECK(p.name == "Bài học của thôn Nà Hẩu");
        CHECK(p.version == "1.2");
        CHECK(p.author == "Tổ công nghệ số thôn Nà Hẩu");
        CHECK(p.languages == std::vector<std::string>{"vi", "en"});
        const CatalogEntry* e = entry_at(c, packs_dir() + "/thon-na-ham/nhan-tin.json");
        REQUIRE(e != nullptr);
        REQUIRE(e->lesson.has_value());
        CHECK(c.pack_of(*e) == &p);
        CHECK(c.find("nha-ham-nhan-tin") == &*e->lesson);
        // Its asset is inside the pack, found from the lesson's folder.
        CHECK(e->lesson->world.owner.photo == packs_dir() + "/thon-na-ham/anh/ma-qr.png");
    }
    THEN("a pack with a wrong pack.json is reported, what and where, and its lessons are skipped")
    {
        const std::string file = packs_dir() + "/hong/pack.json";
        const CatalogEntry* e = entry_at(c, file);
        REQUIRE(e != nullptr);
        CHECK_FALSE(e->lesson.has_value());
        CHECK(test::to_strings(e->errors) ==
              std::vector<std::string>{
                  file + ":1:1: error: pack.json needs \"version\"",
                  file + ":3:3: error: unknown key \"versoin\" in pack.json; did you mean \"version\"?",
                  file + ":4:13: error: \"author\" must be non-empty text in double quotes",
                  file + ":5:16: error: \"languages\" lacks \"vi\"; add it: every lesson is in Vietnamese",
                  file + ": error: the pack \"hong\" is skipped (1 lesson not loaded); correct pack.json as said "
                         "above and its lessons load"});
        CHECK(entry_at(c, packs_dir() + "/hong/bai.json") == nullptr);
        CHECK(c.find("goi-hong-bai") == nullptr);
    }
    THEN("an asset path that leaves its pack is an error of that lesson; the pack itself loads")
    {
        CHECK(c.packs[1].name == "Gói bài có ảnh ở ngoài");
        const CatalogEntry* e = entry_at(c, packs_dir() + "/tron-ra-ngoai/bai.json");
        REQUIRE(e != nullptr);
        CHECK_FALSE(e->lesson.has_value());
        REQUIRE(e->errors.size() == 1);
        CHECK(e->errors[0].what() == "asset path \"../thon-na-ham/anh/ma-qr.png\" must be relative to the lesson "
                                     "and stay inside its folder (no \"..\", no leading \"/\", use \"/\" between "
                                     "folders)");
    }
    THEN("a pack may declare an app of its own: no C++, and it is checked and played to the end in every mode")
    {
        REQUIRE(c.packs.size() == 3);
        CHECK(c.packs[2].name == "Ứng dụng do tổ soạn bài tự khai");
        const CatalogEntry* e = entry_at(c, packs_dir() + "/ung-dung-tu-khai/hoc-phi.json");
        REQUIRE(e != nullptr);
        REQUIRE(e->lesson.has_value());
        CHECK(test::to_strings(e->errors).empty());
        const Lesson& lesson = *e->lesson;
        REQUIRE(lesson.world.apps.size() == 1);
        CHECK(lesson.world.apps[0].name == "Trường Em");
        const std::vector<CheckResult> checked = check_catalog(c);
        const auto result = std::find_if(checked.begin(), checked.end(),
                                         [&](const CheckResult& r) { return r.path == e->path; });
        REQUIRE(result != checked.end());
        CHECK(test::to_strings(result->errors).empty());
        CHECK(result->ok());
        test::play_in_every_mode(lesson);
    }
    THEN("a folder without pack.json is reported as not a pack")
    {
        const CatalogEntry* e = entry_at(c, packs_dir() + "/khong-phai-goi");
        REQUIRE(e != nullptr);
        REQUIRE(e->errors.size() == 1);
        CHECK(e->errors[0].what() == "this folder in the lessons folder is not a pack: it has no pack.json");
        CHECK(c.find("khong-co-goi") == nullptr);
    }
    THEN("check reports every problem and passes the good lessons")
    {
        std::size_t bad = 0;
        for (const CheckResult& r : check_catalog(c))
            bad += r.ok() ? 0 : 1;
        CHECK(bad == 3);
    }
}

TEST_CASE("a pack's folder can be checked or loaded on its own", "[pack][catalog]")
{
    const Catalog c = Catalog::load({packs_dir() + "/thon-na-ham"});
    REQUIRE(c.packs.size() == 1);
    REQUIRE(c.entries.size() == 1); // pack.json is not a lesson
    CHECK(c.entries[0].lesson.has_value());
    CHECK(check_catalog(c).at(0).ok());
    const Catalog broken = Catalog::load({packs_dir() + "/hong"});
    CHECK(broken.packs.empty());
    REQUIRE(broken.entries.size() == 1);
    CHECK(broken.entries[0].path == packs_dir() + "/hong/pack.json");
}

TEST_CASE("a user lessons folder that does not exist yet is no error", "[pack][catalog]")
{
    const Catalog c = Catalog::load_library(test::lessons_dir(), packs_dir() + "/khong-co-thu-muc-nay");
    CHECK(c.packs.empty());
    CHECK(std::all_of(c.entries.begin(), c.entries.end(), [](const CatalogEntry& e) { return e.lesson.has_value(); }));
    const Catalog none = Catalog::load_library("", "");
    CHECK(none.entries.empty());
}
