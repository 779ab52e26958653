// Loading, validating and checking lessons: the shipped ones must load and play to the
// end; broken ones under tests/fixtures/ must give exactly the errors an organiser needs.
#include "lessons/catalog.h"
#include "lessons/lesson.h"
#include "lessons/skills.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace luyenso;
namespace fs = std::filesystem;
using luyenso::test::fixtures_dir;
using luyenso::test::lessons_dir;
using luyenso::test::shipped_lesson_path;
using luyenso::test::to_strings;

namespace {

// A fresh, empty folder under the system's temporary folder, removed at the end.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name)
    {
        // A random part, so that two test runs at once (two build folders) never share it.
        path = fs::temp_directory_path() / ("luyenso-test-" + name + "-" + std::to_string(std::random_device{}()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// Runs a test from another working folder, and goes back after it.
struct WorkingDir {
    fs::path old = fs::current_path();
    explicit WorkingDir(const fs::path& dir) { fs::current_path(dir); }
    ~WorkingDir() { fs::current_path(old); }
    WorkingDir(const WorkingDir&) = delete;
    WorkingDir& operator=(const WorkingDir&) = delete;
};

std::vector<std::string> read_lines(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

void write_file(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

// A small valid lesson; `photo` adds a picture to Minh when not empty; `fields` are more
// top-level fields, each followed by a comma (`"order": 10, `).
std::string small_lesson(const std::string& id, const std::string& photo = {}, const std::string& fields = {})
{
    std::string escaped; // as JSON text: a backslash is written twice
    for (char c : photo)
        escaped += c == '\\' ? std::string("\\\\") : std::string(1, c);
    return R"({"format": 1, )" + fields + R"("id": ")" + id + R"(", "title": "Bài nhỏ", "skills": ["video-call"],
  "world": {"owner": {"name": "Ông Giảng"},
            "contacts": [{"id": "minh", "name": "Cháu Minh")" +
           (photo.empty() ? "" : R"(, "photo": ")" + escaped + "\"") + R"(}]},
  "steps": [{"id": "mo-khoa", "say": "Vuốt lên.", "target": "lock.unlock",
             "done_when": {"event": "phone.unlocked"}, "demo": [{"swipe": "up"}]}]})";
}

// What `check` reports for one path: loading errors, or else the demonstration's.
// What `luyenso check` prints for one lesson: its errors, then its warnings, in "en" or "vi".
std::vector<std::string> check_errors(const std::string& path, const std::string& lang = "en")
{
    const std::vector<CheckResult> results = check_catalog(Catalog::load({path}));
    REQUIRE(results.size() == 1);
    CHECK(results[0].path == path);
    std::vector<std::string> out;
    for (const Diagnostic& d : results[0].errors)
        out.push_back(d.to_string("error", lang));
    for (const Diagnostic& d : results[0].warnings)
        out.push_back(d.to_string("warning", lang));
    return out;
}

} // namespace

TEST_CASE("the shipped lesson loads with no errors", "[lesson]")
{
    const LoadResult r = load_lesson_file(shipped_lesson_path());
    INFO(Catch::Detail::stringify(to_strings(r.errors)));
    REQUIRE(r.errors.empty());
    REQUIRE(r.lesson.has_value());
    const Lesson& l = *r.lesson;

    CHECK(l.file == shipped_lesson_path());
    CHECK(l.id == "goi-video-cho-chau");
    CHECK(l.version == 1);
    CHECK(l.title.get("vi") == "Gọi video cho cháu");
    CHECK(l.title.get("en") == "Video-call your grandchild");
    CHECK(l.title.get("hmn") == "Gọi video cho cháu"); // falls back to Vietnamese
    CHECK(l.skills == std::vector<std::string>{"video-call"});
    CHECK(l.minutes == 5);
    CHECK_FALSE(l.intro.empty());
    CHECK(l.finish.get("vi").rfind("Bác đã gọi video cho cháu Minh thành công!", 0) == 0);

    SECTION("its world")
    {
        const World& w = l.world;
        CHECK(w.owner.name == "Bàn Văn Giảng");
        CHECK(w.owner.avatar.glasses);
        CHECK(w.owner.avatar.skin == "#D9A47A");
        CHECK(w.start_minutes == 19 * 60 + 30);
        CHECK(w.battery_percent == 76);
        CHECK(w.date == "Thứ Bảy, 28 tháng 11");
        REQUIRE(w.contacts.size() == 3);
        CHECK(w.contacts[0].id == "minh");
        CHECK(w.contacts[0].name == "Cháu Minh");
        CHECK(w.contacts[0].answers_after_s == 5);
        CHECK(w.contacts[0].answers);
        CHECK(w.contacts[1].id == "hoa");
        CHECK(w.contacts[1].avatar.hair_style == HairStyle::Bun);
        CHECK(w.contacts[1].answers_after_s == 4); // the default
        CHECK(w.contacts[2].id == "su");
        CHECK(w.contact("su")->name == "Trưởng thôn Sử");
        CHECK(w.contact("nobody") == nullptr);
        REQUIRE(w.chats.size() == 3);
        CHECK(w.chats[0].with == "minh");
        CHECK(w.chats[0].unread == 2);
        REQUIRE(w.chats[0].messages.size() == 2);
        CHECK(w.chats[0].messages[1].text == "Tối nay ông gọi video cho cháu nhé, cháu nhớ ông bà lắm.");
        CHECK(w.chats[1].messages[1].from == "me");
        CHECK(w.chats[2].messages[0].time == "Hôm qua");
    }
    SECTION("its steps")
    {
        std::vector<std::string> ids;
        for (const Step& s : l.steps)
            ids.push_back(s.id);
        CHECK(ids == std::vector<std::string>{"mo-khoa", "mo-tro-chuyen", "mo-chat-chau-minh", "bam-goi-video",
                                              "cho-chau-nghe-may", "ket-thuc-cuoc-goi"});
        CHECK(l.step_index("bam-goi-video") == 3);
        CHECK(l.step_index("khong-co") == -1);

        const Step& unlock = l.steps[0];
        CHECK(unlock.target == "lock.unlock");
        CHECK(unlock.done_when.kind == Condition::Kind::Event);
        CHECK(unlock.done_when.name == "phone.unlocked");
        REQUIRE(unlock.demo.size() == 1);
        CHECK(unlock.demo[0].kind == ActionKind::Swipe);
        CHECK(unlock.pos.line > 1); // where check's messages about this step point
        CHECK(unlock.pos.column == 5);

        const Step& chat = l.steps[2];
        CHECK(chat.done_when.kind == Condition::Kind::Screen);
        CHECK(chat.done_when.name == "chat.thread");
        CHECK(chat.done_when.fields == nlohmann::json{{"contact", "minh"}});
        REQUIRE(chat.wrong.size() == 2);
        CHECK(chat.wrong[1].tap == "chat.list.item.su");

        const Step& call = l.steps[3];
        CHECK(call.done_when.fields == nlohmann::json{{"contact", "minh"}, {"video", true}});
        CHECK(call.narration.get("vi").find("vi đê ô") != std::string::npos);
        CHECK(call.narration.get("en") == call.narration.get("vi")); // narration is Vietnamese only

        const Step& ringing = l.steps[4];
        CHECK(ringing.target.empty());
        CHECK(ringing.demo.empty());
        REQUIRE(ringing.next.size() == 1);
        CHECK(ringing.next[0].on.name == "call.ended");
        CHECK(ringing.next[0].go == "bam-goi-video");
        CHECK_FALSE(ringing.next[0].say.empty());

        const Step& end = l.steps[5];
        REQUIRE(end.demo.size() == 2);
        CHECK(end.demo[0].kind == ActionKind::Wait);
        CHECK(end.demo[0].wait_ms == 6000);
        CHECK(end.hints.size() == 1);
    }
}

TEST_CASE("every lesson in lessons/ loads and its demonstration plays to the end", "[lesson][check]")
{
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(lessons_dir()))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    REQUIRE_FALSE(files.empty());
    for (const std::string& file : files) {
        INFO(file);
        const LoadResult r = load_lesson_file(file);
        CHECK(to_strings(r.errors).empty());
        CHECK(r.lesson.has_value());
    }

    const Catalog catalog = Catalog::load({lessons_dir()});
    REQUIRE(catalog.entries.size() == files.size());
    const std::vector<CheckResult> results = check_catalog(catalog);
    REQUIRE(results.size() == files.size());
    for (const CheckResult& r : results) {
        INFO(r.path);
        CHECK(to_strings(r.errors).empty());
        CHECK(r.ok());
        CHECK_FALSE(r.id.empty());
        CHECK_FALSE(r.title.empty());
        CHECK_FALSE(r.skills.empty());
    }
    const Lesson* shipped = catalog.find("goi-video-cho-chau");
    REQUIRE(shipped != nullptr);
    CHECK(catalog.find(shipped_lesson_path()) == shipped); // by path, too
    CHECK(catalog.find("khong-co-bai-nay") == nullptr);
}

TEST_CASE("every shipped lesson is played to the end in every mode, and its test passes", "[lesson][modes]")
{
    const Catalog catalog = Catalog::load({lessons_dir()});
    REQUIRE(catalog.entries.size() >= 28);
    for (const CatalogEntry& e : catalog.entries) {
        REQUIRE(e.lesson.has_value());
        luyenso::test::play_in_every_mode(*e.lesson);
    }
}

TEST_CASE("broken lessons give exactly the errors an organiser needs and all at once", "[lesson][fixtures]")
{
    // Each tests/fixtures/NAME.json has one kind of problem (several-problems.json has
    // many) and NAME.expected holds, line by line, exactly what `luyenso check --lang en`
    // must say when given the path tests/fixtures/NAME.json from the source folder;
    // NAME.vi.expected what `luyenso check` says in Vietnamese.
    const WorkingDir in_sources(luyenso::test::source_dir());
    std::vector<std::string> names;
    std::size_t expected_files = 0;
    std::size_t vi_files = 0;
    for (const auto& entry : fs::directory_iterator("tests/fixtures")) {
        if (entry.path().extension() == ".json")
            names.push_back(entry.path().stem().string());
        const bool vi = entry.path().filename().string().ends_with(".vi.expected");
        expected_files += entry.path().extension() == ".expected" && !vi ? 1 : 0;
        vi_files += vi ? 1 : 0;
    }
    std::sort(names.begin(), names.end());
    REQUIRE(names.size() >= 10);
    CHECK(expected_files == names.size()); // no .expected left without its lesson
    CHECK(vi_files == names.size());

    for (const std::string& name : names) {
        const std::string path = "tests/fixtures/" + name + ".json";
        INFO(path);
        const std::vector<std::string> expected = read_lines("tests/fixtures/" + name + ".expected");
        REQUIRE_FALSE(expected.empty()); // every fixture states its errors
        CHECK(check_errors(path) == expected);
        CHECK(check_errors(path, "vi") == read_lines("tests/fixtures/" + name + ".vi.expected"));

        // The loader alone finds all but a demonstration's problem, which needs a run.
        const LoadResult r = load_lesson_file(path);
        if (name == "demo-incomplete" || name == "unsafe-path-misses") {
            CHECK(r.errors.empty());
            CHECK(r.lesson.has_value());
        } else if (name == "demo-refused" || name == "unsafe-path-refused") {
            CHECK(r.errors.empty());
            CHECK(r.lesson.has_value());
        } else if (name == "mojibake-text" || name == "wrong-completes" ||
                   name == "number-while-typing") { // warnings only: the lesson loads
            CHECK(r.errors.empty());
            CHECK(r.lesson.has_value());
            std::vector<std::string> warnings;
            for (const Diagnostic& d : r.warnings)
                warnings.push_back(d.to_string("warning"));
            CHECK(warnings == expected);
        } else {
            CHECK(to_strings(r.errors) == expected);
            CHECK_FALSE(r.lesson.has_value()); // a lesson with errors is never half-loaded
        }
    }

    SECTION("a fixture with several problems reports every one, in file order")
    {
        const std::vector<std::string> errors = check_errors("tests/fixtures/several-problems.json");
        CHECK(errors.size() == 8);
    }
    SECTION("the kinds of problem the fixtures cover")
    {
        for (const char* kind : {"syntax-missing-comma",
                                 "unknown-target",
                                 "unknown-event",
                                 "unknown-screen",
                                 "unknown-step-key",
                                 "missing-vi",
                                 "duplicate-step-id",
                                 "branch-unknown-step",
                                 "unknown-contact-condition",
                                 "bad-avatar-colour",
                                 "missing-asset-photo",
                                 "asset-path-dotdot",
                                 "demo-incomplete",
                                 "wrong-format",
                                 "several-problems",
                                 "unreachable-step",
                                 "branch-loop",
                                 "mojibake-text",
                                 "impossible-branch-account",
                                 "wrong-completes",
                                 "number-while-typing",
                                 "world-bank",
                                 "world-services",
                                 "world-lists",
                                 "impossible-amount",
                                 "demo-refused",
                                 "unsafe-path-refused",
                                 "chat-script-broken",
                                 "chat-reply-unknown-choice"}) {
            INFO(kind);
            CHECK(std::count(names.begin(), names.end(), kind) == 1);
        }
    }
}

TEST_CASE("every message of the world's sections has its own id and a fixture that shows it", "[lesson][fixtures]")
{
    // The bank, e-ID, SMS, web, settings, call- and chat-script readers and the amounts check speak
    // through the message table (Vietnamese and English), never in English-only text.
    const WorkingDir in_sources(luyenso::test::source_dir());
    std::set<std::string> seen;
    for (const char* name : {"world-bank", "world-services", "world-lists", "impossible-amount", "chat-script-broken",
                             "chat-reply-unknown-choice"}) {
        const LoadResult r = load_lesson_file(std::string("tests/fixtures/") + name + ".json");
        INFO(name);
        CHECK_FALSE(r.errors.empty());
        for (const Diagnostic& d : r.errors) {
            INFO(d.message);
            CHECK(d.id() != "text");
            CHECK(d.text("vi") != d.text("en"));
            seen.insert(d.id());
        }
    }
    for (const char* id : {"must-be-amount",
                           "must-be-digits",
                           "must-be-digits-range",
                           "must-be-list",
                           "qr-needs-bin",
                           "qr-cannot-be-made",
                           "scene-kind",
                           "line-must-be-text",
                           "scene-qr-and-payload",
                           "scene-needs-qr",
                           "invalid-needs-payload",
                           "payload-must-be-text",
                           "payload-unreadable",
                           "payload-valid-but-invalid",
                           "confirm-with",
                           "bank-needs-bin",
                           "recipient-needs-account",
                           "bill-service",
                           "bill-code-shape",
                           "bill-code-twice",
                           "bill-needs-amount",
                           "transaction-needs-amount",
                           "transaction-kind",
                           "bad-slug",
                           "duplicate-id",
                           "link-opens-no-page",
                           "id-number-shape",
                           "phone-shape",
                           "password-rules",
                           "passcode-shape",
                           "activated-needs-login",
                           "otp-shape",
                           "health-kind",
                           "url-shape",
                           "page-look",
                           "field-id",
                           "field-kind",
                           "page-needs-button",
                           "otp-text-needs-placeholder",
                           "next-no-page",
                           "second-thread",
                           "sms-from",
                           "text-size",
                           "input-method",
                           "tone-style",
                           "unknown-contact",
                           "second-script",
                           "call-look",
                           "too-many-choices",
                           "choice-id",
                           "eid-needs-phone",
                           "amount-no-qr",
                           "amount-over-balance",
                           "amount-no-source",
                           "amount-not-positive",
                           "chat-script-group",
                           "second-chat-script",
                           "chat-script-needs-turns",
                           "turn-id",
                           "chat-choice-id",
                           "chat-choices-empty",
                           "too-many-chat-choices",
                           "unknown-turn",
                           "empty-turn",
                           "turn-unreachable",
                           "chat-line-shape",
                           "world-cannot-produce"}) {
        INFO(id);
        CHECK(seen.count(id) == 1);
    }
}

TEST_CASE("the file name in messages is the path the caller gave", "[lesson]")
{
    const std::string absolute = fixtures_dir() + "/wrong-format.json";
    CHECK(to_strings(load_lesson_file(absolute).errors) ==
          std::vector<std::string>{absolute +
                                   R"(:2:13: error: unsupported "format"; this version of Luyện Số reads format 1)"});
    const std::string missing_photo = fixtures_dir() + "/missing-asset-photo.json";
    CHECK(to_strings(load_lesson_file(missing_photo).errors) ==
          std::vector<std::string>{missing_photo + R"(:8:85: error: asset "anh/minh.png" not found (looked for )" +
                                   fixtures_dir() + "/anh/minh.png); put the file there or correct the path"});

    const LoadResult t = load_lesson_text("{\"format\": 1,,}", "trong-bo-nho.json");
    CHECK(to_strings(t.errors) ==
          std::vector<std::string>{
              "trong-bo-nho.json:1:14: error: expected a key in double quotes but found ','; write the key in double "
              "quotes, as \"title\""});
}

TEST_CASE("a missing file gives a clear error", "[lesson]")
{
    const std::string missing = fixtures_dir() + "/khong-co-file-nay.json";
    const LoadResult r = load_lesson_file(missing);
    CHECK_FALSE(r.lesson.has_value());
    CHECK(to_strings(r.errors) == std::vector<std::string>{missing + ": error: cannot open the file (no such file)"});

    const Catalog c = Catalog::load({missing});
    REQUIRE(c.entries.size() == 1);
    CHECK_FALSE(c.entries[0].lesson.has_value());
    CHECK(to_strings(c.entries[0].errors) == std::vector<std::string>{missing + ": error: no such file or folder"});
    CHECK(check_errors(missing) == std::vector<std::string>{missing + ": error: no such file or folder"});
}

TEST_CASE("an empty or non-lesson file is an error and not a crash", "[lesson]")
{
    CHECK(to_strings(load_lesson_text("", "rong.json").errors) ==
          std::vector<std::string>{"rong.json:1:1: error: the file is empty; a lesson is one JSON object"});
    CHECK(to_strings(load_lesson_text("[1, 2]", "danh-sach.json").errors) ==
          std::vector<std::string>{"danh-sach.json:1:1: error: a lesson must be an object { ... }"});
    CHECK(to_strings(load_lesson_text("{}", "trong.json").errors) ==
          std::vector<std::string>{
              "trong.json:1:1: error: a lesson needs \"format\": 1",
              "trong.json:1:1: error: a lesson needs \"id\"",
              "trong.json:1:1: error: a lesson needs \"title\" (Vietnamese text)",
              "trong.json:1:1: error: a lesson needs \"skills\": a list such as [\"video-call\"]",
              "trong.json:1:1: error: a lesson needs \"world\": whose phone it is and who is in it",
              "trong.json:1:1: error: a lesson needs \"steps\": a non-empty list of steps",
          });
}

TEST_CASE("asset paths are relative to the lesson file", "[lesson]")
{
    TempDir dir("assets");
    const fs::path lesson = dir.path / "bai.json";
    // Only the signature is read: a PNG's first bytes are enough for the loader.
    write_file(dir.path / "anh" / "minh.png", std::string("\x89PNG\r\n\x1a\n", 8));
    write_file(lesson, small_lesson("co-anh", "anh/minh.png"));
    const LoadResult ok = load_lesson_file(lesson.string());
    CHECK(to_strings(ok.errors).empty());
    REQUIRE(ok.lesson.has_value());
    // Resolved against the lesson's folder on load, so the shell can open it from anywhere.
    CHECK(ok.lesson->world.contacts[0].photo == (dir.path / "anh" / "minh.png").string());

    SECTION("a picture that is not a PNG or JPEG is refused, whatever its name")
    {
        write_file(dir.path / "anh" / "gia.png", "GIF89a: not a PNG");
        const LoadResult r = load_lesson_text(small_lesson("anh-gia", "anh/gia.png"), lesson.string());
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message == R"(asset "anh/gia.png" is not a PNG or JPEG picture; save it as .png)");
    }
    SECTION("a JPEG is fine")
    {
        write_file(dir.path / "anh" / "minh.jpg", std::string("\xFF\xD8\xFF\xE0", 4));
        CHECK(load_lesson_text(small_lesson("anh-jpeg", "anh/minh.jpg"), lesson.string()).errors.empty());
    }
    SECTION("paths that leave the lesson's folder are refused before any file is opened")
    {
        for (const std::string bad : {"/etc/passwd", "anh\\minh.png", "anh/../anh/minh.png"}) {
            INFO(bad);
            const LoadResult r = load_lesson_text(small_lesson("xau", bad), lesson.string());
            REQUIRE(r.errors.size() == 1);
            CHECK(
                r.errors[0].message ==
                "asset path \"" + bad +
                    R"(" must be relative to the lesson and stay inside its folder (no "..", no leading "/", use "/" between folders))");
        }
    }
}

TEST_CASE("one broken lesson never stops the others from loading", "[lesson][catalog]")
{
    const std::string broken = fixtures_dir() + "/unknown-target.json";
    const Catalog c = Catalog::load({shipped_lesson_path(), broken});
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].lesson.has_value());
    CHECK(c.entries[0].errors.empty());
    CHECK_FALSE(c.entries[1].lesson.has_value());
    CHECK(c.entries[1].errors.size() == 1);
    CHECK(c.find("goi-video-cho-chau") != nullptr);
    CHECK(c.find("unknown-target") == nullptr);

    const std::vector<CheckResult> results = check_catalog(c);
    REQUIRE(results.size() == 2);
    CHECK(results[0].ok());
    CHECK(results[0].title == "Gọi video cho cháu");
    CHECK_FALSE(results[1].ok());

    SECTION("a whole folder of broken lessons: each kept with its errors, after the lessons, by name")
    {
        const Catalog fixtures = Catalog::load({fixtures_dir()});
        REQUIRE(fixtures.entries.size() >= 10);
        CHECK(fixtures.entries.front().lesson.has_value());
        CHECK(std::is_sorted(fixtures.entries.begin() + 7, fixtures.entries.end(),
                             [](const CatalogEntry& a, const CatalogEntry& b) { return a.path < b.path; }));
        std::vector<std::string> loaded;
        for (const auto& e : fixtures.entries)
            if (e.lesson)
                loaded.push_back(e.lesson->id);
        // These fail only when played.
        CHECK(loaded == std::vector<std::string>{"demo-incomplete", "demo-refused", "mojibake-text",
                                                 "number-while-typing", "unsafe-path-misses", "unsafe-path-refused",
                                                 "wrong-completes"});
        for (const CheckResult& r : check_catalog(fixtures)) {
            INFO(r.path);
            if (r.id == "mojibake-text" || r.id == "wrong-completes" || r.id == "number-while-typing") {
                CHECK(r.ok()); // warnings only
                CHECK_FALSE(r.warnings.empty());
            } else {
                CHECK_FALSE(r.ok());
            }
        }
    }
}

TEST_CASE("two lessons with one id: the later one is refused", "[lesson][catalog]")
{
    TempDir dir("duplicate-ids");
    const fs::path a = dir.path / "a.json";
    const fs::path b = dir.path / "b.json";
    fs::copy_file(shipped_lesson_path(), a);
    fs::copy_file(shipped_lesson_path(), b);
    write_file(dir.path / "c.json", small_lesson("bai-khac"));
    write_file(dir.path / "ghi-chu.txt", "not a lesson: ignored");

    const Catalog c = Catalog::load({dir.path.string()});
    REQUIRE(c.entries.size() == 3);
    // Curriculum order: the lesson with an "order", the one without, then the refused one.
    CHECK(c.entries[0].path == a.string());
    CHECK(c.entries[0].lesson.has_value());
    CHECK(c.entries[1].lesson.has_value());
    CHECK(c.entries[1].path == (dir.path / "c.json").string());
    CHECK(c.entries[2].path == b.string());
    CHECK_FALSE(c.entries[2].lesson.has_value());
    CHECK(to_strings(c.entries[2].errors) ==
          std::vector<std::string>{b.string() + ": error: lesson id \"goi-video-cho-chau\" is already used by " +
                                   a.string() + "; give this lesson another id"});
    CHECK(c.find("goi-video-cho-chau")->file == a.string());
    CHECK(c.find("bai-khac") != nullptr);

    const std::vector<CheckResult> results = check_catalog(c);
    CHECK(results[0].ok());
    CHECK(results[1].ok());
    CHECK_FALSE(results[2].ok());
}

SCENARIO("lessons come in curriculum order: by \"order\", then by id", "[lesson][catalog][order]")
{
    GIVEN("a folder whose file names are in another order than the lessons' \"order\"")
    {
        TempDir dir("order");
        write_file(dir.path / "a.json", small_lesson("zz-cuoi", {}, R"("order": 50, )"));
        write_file(dir.path / "b.json", small_lesson("bai-b", {}, R"("order": 30, )"));
        write_file(dir.path / "c.json", small_lesson("khong-thu-tu"));
        write_file(dir.path / "d.json", small_lesson("bai-dau", {}, R"("order": 0, )"));
        write_file(dir.path / "e.json", small_lesson("bai-a", {}, R"("order": 30, )"));
        write_file(dir.path / "f.json", small_lesson("a-khong-thu-tu"));
        write_file(dir.path / "0-hong.json", R"({"format": 1, "id": "hong"})");

        WHEN("the catalog loads it")
        {
            const Catalog c = Catalog::load({dir.path.string()});
            THEN("ordered lessons come first (ties by id), then those without, then the broken one")
            {
                std::vector<std::string> ids;
                for (const CatalogEntry& e : c.entries)
                    ids.push_back(e.lesson ? e.lesson->id : "(" + fs::path(e.path).filename().string() + ")");
                CHECK(ids == std::vector<std::string>{"bai-dau", "bai-a", "bai-b", "zz-cuoi", "a-khong-thu-tu",
                                                      "khong-thu-tu", "(0-hong.json)"});
                CHECK(c.find("bai-dau")->order == std::optional<int>(0));
                CHECK(c.find("zz-cuoi")->order == std::optional<int>(50));
                CHECK_FALSE(c.find("khong-thu-tu")->order.has_value());
            }
            THEN("check reports them in the same order")
            {
                const std::vector<CheckResult> results = check_catalog(c);
                REQUIRE(results.size() == 7);
                CHECK(results[0].id == "bai-dau");
                CHECK(results[3].id == "zz-cuoi");
                CHECK(results[5].id == "khong-thu-tu");
                CHECK_FALSE(results[6].ok());
            }
        }
    }
    GIVEN("an \"order\" that is not a whole number from 0 to 9999")
    {
        TempDir dir("order-bad");
        const std::string message = "error: \"order\" must be a whole number from 0 to 9999";
        for (const char* bad : {"-1", "10000", "\"10\"", "12.5", "null"}) {
            INFO(bad);
            const fs::path file = dir.path / "bai.json";
            write_file(file, small_lesson("bai", {}, std::string("\n  \"order\": ") + bad + ", "));
            const LoadResult r = load_lesson_file(file.string());
            CHECK_FALSE(r.lesson.has_value());
            CHECK(to_strings(r.errors) == std::vector<std::string>{file.string() + ":2:12: " + message});
        }
    }
}

TEST_CASE("the shipped lessons form a curriculum: each has an \"order\" in its band", "[lesson][order]")
{
    const Catalog c = Catalog::load({lessons_dir()});
    REQUIRE_FALSE(c.entries.empty());
    for (const CatalogEntry& e : c.entries) {
        INFO(e.path);
        REQUIRE(e.lesson.has_value());
        CHECK(e.lesson->order.has_value());
    }
    // The bands of docs/lesson-format.md: basics, chat, payments, e-ID, safety.
    CHECK(c.find("goi-video-cho-chau")->order.value_or(0) / 10 == 2);
    CHECK(c.find("thanh-toan-qr-cua-hang")->order.value_or(0) / 10 == 3);
    CHECK(c.find("kich-hoat-dinh-danh")->order == std::optional<int>(40));
    CHECK(c.find("tin-nhan-lay-ma-otp")->order == std::optional<int>(51));
    CHECK(std::is_sorted(c.entries.begin(), c.entries.end(), [](const CatalogEntry& a, const CatalogEntry& b) {
        return a.lesson->order < b.lesson->order;
    }));
}

SCENARIO("the flow of steps: every step can be reached and every way leads to the end", "[lesson][flow]")
{
    auto lesson = [](const std::string& second_step_next, const std::string& third_step_next) {
        return R"({"format": 1, "id": "luong-buoc", "title": "Bài nhỏ", "skills": ["video-call"],
  "world": {"owner": {"name": "Ông Giảng"}, "contacts": [{"id": "minh", "name": "Cháu Minh"}]},
  "steps": [
    {"id": "mo-khoa", "say": "Vuốt lên.", "done_when": {"event": "phone.unlocked"}, "demo": [{"swipe": "up"}]},
    {"id": "mo-tro-chuyen", "say": "Bấm Trò chuyện.", "done_when": {"screen": "chat.list"},
     "demo": [{"tap": "home.app.chat"}], "next": [)" +
               second_step_next + R"(]},
    {"id": "ve-nha", "say": "Về màn hình chính.", "done_when": {"screen": "home"}, "demo": [{"home": true}],
     "next": [)" +
               third_step_next + R"(]}]})";
    };
    GIVEN("a branch back for a wrong turn, and a way on when the step is done")
    {
        const LoadResult r = load_lesson_text(
            lesson("", R"({"on": {"event": "app.opened", "app": "phone"}, "go": "mo-tro-chuyen"})"), "a.json");
        THEN("it is a fine lesson")
        {
            CHECK(to_strings(r.errors).empty());
        }
    }
    GIVEN("a branch on a more specific condition than done_when")
    {
        // {"screen": "home"} with a contact is not always true when the home screen shows.
        const LoadResult r = load_lesson_text(
            lesson(R"({"on": {"screen": "chat.list", "contact": "minh"}, "go": "end"})", ""), "b.json");
        THEN("the next step can still be reached")
        {
            CHECK(to_strings(r.errors).empty());
        }
    }
    GIVEN("a step whose done_when always takes a branch to the end")
    {
        const LoadResult r = load_lesson_text(lesson(R"({"on": {"screen": "chat.list"}, "go": "end"})", ""), "c.json");
        THEN("the step after it can never be reached")
        {
            CHECK(
                to_strings(r.errors) ==
                std::vector<std::string>{
                    R"(c.json:7:12: error: step "ve-nha" can never be reached: step "mo-tro-chuyen" always takes a )"
                    R"(branch before it and no branch goes to it; add a branch with "go": "ve-nha" or remove the step)"});
            CHECK_FALSE(r.lesson.has_value());
        }
    }
    GIVEN("the last step always going back to the first")
    {
        const LoadResult r = load_lesson_text(lesson("", R"({"on": {"screen": "home"}, "go": "mo-khoa"})"), "d.json");
        THEN("the loop is reported at the branch, naming every step in it")
        {
            REQUIRE(r.errors.size() == 1);
            CHECK(r.errors[0].pos.line == 8);
            CHECK(r.errors[0].what() == R"(this branch goes back to step "mo-khoa" and the lesson can never end: )"
                                        R"(steps "mo-khoa", "mo-tro-chuyen", "ve-nha" go round for ever)");
            CHECK(r.errors[0].fix() ==
                  R"(let one of them go on when its "done_when" holds (no branch on the same condition) or add a )"
                  R"(branch with "go": "end")");
        }
    }
}

TEST_CASE("a message is what is wrong, then how to fix it", "[lesson][diagnostic]")
{
    const Diagnostic d{"a.json", {3, 4}, R"(unknown key "hint" in a step; did you mean "hints"?)"};
    CHECK(d.what() == R"(unknown key "hint" in a step)");
    CHECK(d.fix() == R"(did you mean "hints"?)");
    const Diagnostic plain{"a.json", {3, 4}, R"("skin" must be a colour like "#3A7BD5")"};
    CHECK(plain.what() == plain.message);
    CHECK(plain.fix().empty());
}

TEST_CASE("an asset that is a link to a file outside the lesson's folder is refused", "[lesson][assets]")
{
#ifdef _WIN32
    // Not on Windows: making a link needs a right ordinary users lack (administrators, or
    // Developer Mode), and mingw-w64's std::filesystem can neither make one nor resolve one
    // (create_symlink fails with ENOSYS), so there is nothing here to make or check.
    WARN("skipped on Windows: std::filesystem cannot make symbolic links there");
    return;
#endif
    TempDir dir("asset-link");
    fs::create_directories(dir.path / "goi" / "anh");
    write_file(dir.path / "ngoai.png", std::string("\x89PNG\r\n\x1a\n", 8));
    fs::create_symlink(dir.path / "ngoai.png", dir.path / "goi" / "anh" / "minh.png");
    const fs::path lesson = dir.path / "goi" / "bai.json";
    const LoadResult r = load_lesson_text(small_lesson("lien-ket", "anh/minh.png"), lesson.string());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].what() == "asset \"anh/minh.png\" is a link to " +
                                    fs::weakly_canonical(dir.path / "ngoai.png").string() +
                                    ", outside the lesson's folder");
    CHECK(r.errors[0].fix() == "copy the file itself into the folder");
}

TEST_CASE("did_you_mean suggests only near misses", "[lesson]")
{
    const std::vector<std::string> ids = {"home.app.chat", "home.app.phone", "chat.header.video_call"};
    CHECK(did_you_mean("home.app.chats", ids) == std::optional<std::string>("home.app.chat"));
    CHECK(did_you_mean("chat.header.videocall", ids) == std::optional<std::string>("chat.header.video_call"));
    CHECK(did_you_mean("bank.confirm", ids) == std::nullopt);
    CHECK(did_you_mean("x", {}) == std::nullopt);
    CHECK(did_you_mean("ab", {"xy"}) == std::optional<std::string>("xy")); // short words: up to 2 edits
    CHECK(did_you_mean("abc", {"xyz"}) == std::nullopt);
}

TEST_CASE("a skill tag one typo off a known skill is refused, a new skill is welcome", "[lesson][skills]")
{
    const auto with_skills = [](const std::string& skills) {
        std::string text = small_lesson("ky-nang");
        const std::string known = R"("skills": ["video-call"])";
        text.replace(text.find(known), known.size(), R"("skills": )" + skills);
        return load_lesson_text(text, "ky-nang.json");
    };
    const LoadResult typo = with_skills(R"(["video-cal"])");
    REQUIRE(typo.errors.size() == 1);
    CHECK(typo.errors[0].to_string() ==
          R"(ky-nang.json:1:63: error: unknown skill "video-cal"; did you mean "video-call"?)");
    // A pack's own skill, and short tags (too close to each other to tell): accepted.
    const LoadResult fresh = with_skills(R"(["zalo-pay", "tts", "video-call"])");
    CHECK(fresh.errors.empty());
    REQUIRE(fresh.lesson);
    CHECK(fresh.lesson->skills == std::vector<std::string>{"zalo-pay", "tts", "video-call"});
    // Every known skill has its names and, but for the generic one, a picture.
    for (const std::string& id : known_skill_ids()) {
        INFO(id);
        const Skill* skill = find_skill(id);
        REQUIRE(skill);
        CHECK_FALSE(skill->vi.empty());
        CHECK_FALSE(skill->en.empty());
        CHECK((skill->icon.empty() == (id == "phone-basics")));
        CHECK_FALSE(misspelt_skill(id));
    }
    CHECK(find_skill("zalo-pay") == nullptr);
}
