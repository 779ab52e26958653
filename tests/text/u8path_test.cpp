// File names as UTF-8 text (src/core/text/u8path.h): Vietnamese folder names survive the trip
// to std::filesystem and back, and joined names read with the separator the folder was
// given with. Under Wine (scripts/test-windows.sh) the Windows branches run.
#include "lessons/catalog.h"
#include "test_support.h"
#include "text/u8path.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

using namespace luyenso;
namespace fs = std::filesystem;

TEST_CASE("u8_join joins a folder and a name with the folder's own separator", "[u8path]")
{
    CHECK(u8_join("", "bai.json") == "bai.json");
#ifdef _WIN32
    CHECK(u8_join("C:\\Bài học", "data") == "C:\\Bài học\\data");
    CHECK(u8_join("C:\\Bài học\\", "data") == "C:\\Bài học\\data");
    // A lesson's asset names its folders with '/': they follow the folder's '\'.
    CHECK(u8_join("C:\\Bài học\\Thôn Nà Hẩm", "audio/buoc-1.wav") == "C:\\Bài học\\Thôn Nà Hẩm\\audio\\buoc-1.wav");
    CHECK(u8_join("D:/Bài học", "audio/buoc-1.wav") == "D:/Bài học/audio/buoc-1.wav");
    CHECK(u8_join("D:/", "data") == "D:/data");
#else
    CHECK(u8_join("/home/hoa/Bài học", "data") == "/home/hoa/Bài học/data");
    CHECK(u8_join("/home/hoa/Bài học/", "data") == "/home/hoa/Bài học/data");
    CHECK(u8_join("/media/usb", "audio/buoc-1.wav") == "/media/usb/audio/buoc-1.wav");
    CHECK(u8_join("Bài học", "anh/ma-qr.png") == "Bài học/anh/ma-qr.png");
#endif
}

TEST_CASE("a Vietnamese file name goes to std::filesystem and back unchanged", "[u8path]")
{
    const std::string name = "Nguyễn Thị Hoa — tiến độ.json";
    CHECK(path_u8(u8_path(name)) == name);
    CHECK(path_u8(u8_path(name).filename()) == name);
    CHECK(path_u8(u8_path("Thôn Nà Hẩm").stem()) == "Thôn Nà Hẩm");
}

TEST_CASE("a pack in a folder with Vietnamese names and spaces loads, its files named as the folder is",
          "[u8path][pack][catalog]")
{
    const fs::path tmp = fs::temp_directory_path() / ("luyenso-u8path-" + std::to_string(std::random_device{}()));
    const fs::path lessons = tmp / u8_path("Bài học");
    fs::create_directories(lessons);
    fs::copy(u8_path(test::fixtures_dir() + "/packs/thon-na-ham"), lessons / u8_path("Thôn Nà Hẩm"),
             fs::copy_options::recursive);
    const std::string dir = path_u8(lessons); // C:\...\Bài học on Windows
    const Catalog c = Catalog::load_library("", dir);
    REQUIRE(c.packs.size() == 1);
    const std::string pack = u8_join(dir, "Thôn Nà Hẩm");
    CHECK(c.packs[0].folder == pack);
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].path == u8_join(pack, "nhan-tin.json"));
    REQUIRE(c.entries[0].lesson.has_value());
    const std::string photo = c.entries[0].lesson->world.owner.photo;
    CHECK(photo == u8_join(pack, "anh/ma-qr.png"));
    CHECK(fs::is_regular_file(u8_path(photo)));
    std::error_code ec;
    fs::remove_all(tmp, ec);
}
