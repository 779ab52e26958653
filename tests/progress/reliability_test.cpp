// Issue 15: what a tester did to break the store, bundles and reports, each case done
// again here and checked to hold: a name that is not UTF-8, CSV formula injection, bits
// flipped in 200 copies of a store, a WAL left in a read-only folder, a full disk for
// reading, concurrent writers, absurd and endless imports, invalid xAPI timestamps, and
// the trainer PIN.
#include "model/app_model.h"
#include "progress/progress_bundle.h"
#include "progress/progress_util.h"
#include "progress/reports.h"
#include "progress/trainer_pin.h"
#include "progress_test_support.h"
#include "text/utf8.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/resource.h>

#include <iostream>
#include <random>
#include <regex>
#include <sstream>

using namespace luyenso;
using namespace luyenso::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr TimeMs t0 = 1'714'550'400'000; // 2024-05-01T08:00:00Z
const std::string replacement = "\xEF\xBF\xBD";

// A finished guided attempt of `steps` steps, through the store's own calls.
void add_attempt(ProgressStore& store, const std::string& learner_id, const std::string& lesson_id, int steps,
                 TimeMs start)
{
    const LessonInfo lesson{lesson_id, 1, "Bài " + lesson_id, "", {"video-call"}, steps};
    std::string id;
    REQUIRE(store.start_attempt(learner_id, lesson, Mode::Guided, start, "s", id));
    for (int k = 0; k < steps; ++k)
        REQUIRE(store.record_step(
            id, {k, "b" + std::to_string(k), k, start + k * 1000, start + k * 1000 + 900, k % 2, 0, {}, true}, k + 1));
    REQUIRE(store.finish_attempt(id, {Outcome::Completed, start + steps * 1000, steps, std::nullopt, std::nullopt}));
}

std::string report(const ProgressStore& store, ReportFormat format)
{
    ReportOptions o;
    o.now = t0 + 86'400'000;
    o.utc_offset_min = 420;
    std::ostringstream out;
    const Status s = write_report(store, {}, format, o, out);
    INFO(s.message);
    REQUIRE(s);
    return out.str();
}

// RFC 4180 cells of one CSV text, row by row.
std::vector<std::vector<std::string>> csv_cells(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    bool was_quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                cell += text[++i];
            else if (c == '"')
                quoted = false;
            else
                cell += c;
        } else if (c == '"') {
            quoted = was_quoted = true;
        } else if (c == ',' || c == '\n') {
            rows.back().push_back(was_quoted ? "\"" + cell : cell); // a leading " marks a quoted cell
            cell.clear();
            was_quoted = false;
            if (c == '\n')
                rows.emplace_back();
        } else if (c != '\r') {
            cell += c;
        }
    }
    return rows;
}

} // namespace

// [SECTION] 1. text that is not UTF-8

TEST_CASE("a name that is not UTF-8 is stored repaired, export and every report still work", "[progress][reliability]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    auto store = open_store(path);
    LearnerProfile p;
    p.name = "Ba\xb9n";             // what `luyenso play --learner $'Ba\xb9n'` passed
    p.village = "N\xe0\t H\xe1u\n"; // Latin-1 bytes and control characters
    REQUIRE(store->create_learner(p, t0));
    CHECK(p.name == "Ba" + replacement + "n");
    CHECK(p.village == "N" + replacement + " H" + replacement + "u");
    CHECK(store->find_learners("Ba\xb9n").size() == 1); // the same bytes find the same learner
    add_attempt(*store, p.id, "goi-video", 3, t0 + 1000);

    // A store written before this rule (or by another tool) holds bad bytes: read repaired.
    store.reset();
    raw_exec(path, "INSERT INTO learners (id, name, village, created_at, updated_at) VALUES ('old', "
                   "CAST(X'4CF26920C3' AS TEXT), CAST(X'FF' AS TEXT), 1, 1);"
                   "UPDATE lessons SET title = CAST(X'42E0692031' AS TEXT);");
    store = open_store(path);
    for (const auto& l : store->learners())
        CHECK(utf8_valid(l.name + l.village));

    std::string why;
    const std::string bundle = dir.file("rescue.json");
    REQUIRE(write_bundle_file(store->export_bundle(t0 + 5000), bundle, why));
    CHECK_FALSE(fs::exists(bundle + ".tmp"));
    const json j = json::parse(read_bytes(bundle));
    CHECK(j["learners"].size() == 2);
    const json x = json::parse(report(*store, ReportFormat::Xapi));
    REQUIRE(x.size() == 2); // attempted, completed
    CHECK(x[0]["actor"]["name"] == "Ba" + replacement + "n");
    for (const auto f : {ReportFormat::Table, ReportFormat::Csv, ReportFormat::Html})
        CHECK(utf8_valid(report(*store, f)));
}

TEST_CASE("names and villages are bounded, the limit is said", "[progress][reliability]")
{
    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    std::string longest;
    for (std::size_t i = 0; i < max_name_chars; ++i)
        longest += "ễ";
    LearnerProfile ok;
    ok.name = longest;
    CHECK(store->create_learner(ok, t0));
    LearnerProfile too_long;
    too_long.name = longest + "a";
    const Status s = store->create_learner(too_long, t0);
    CHECK(s.error == StoreError::Invalid);
    CHECK(s.message == "the name is 81 characters long; the most is 80");
    LearnerProfile huge; // the tester's 10 MB name
    huge.name = std::string(10 << 20, 'x');
    huge.village = "Nà Hẩu";
    CHECK(store->create_learner(huge, t0).message == "the name is 10485760 characters long; the most is 80");
    CHECK(store->learners().size() == 1);
}

// [SECTION] 2. CSV formula injection

TEST_CASE("CSV cells that start like a formula are text, numbers stay numbers", "[progress][reliability]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    auto store = open_store(path);
    const auto a = make_learner(*store, "=HYPERLINK(\"http://x.invalid\",\"Bấm vào đây\")", "+cmd|' /C calc'!A0", t0);
    const auto b = make_learner(*store, "@SUM(1+1)", "-2+3", t0);
    add_attempt(*store, a.id, "=1+1", 2, t0 + 1000);
    add_attempt(*store, b.id, "=1+1", 2, t0 + 2000);
    store.reset();
    raw_exec(path, "UPDATE attempts SET hints = -5 WHERE learner_id = '" + b.id + "'"); // a negative number
    store = open_store(path);
    const std::string csv = report(*store, ReportFormat::Csv);
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Bấm vào đây\"\")\"") != std::string::npos);
    CHECK(csv.find(",\"'+cmd|' /C calc'!A0\",") != std::string::npos);
    CHECK(csv.find(",\"'@SUM(1+1)\",\"'-2+3\",") != std::string::npos);
    CHECK(csv.find(",\"'=1+1\",") != std::string::npos); // the lesson's id
    int numbers = 0;
    int negative = 0;
    for (const auto& row : csv_cells(csv))
        for (const auto& cell : row) {
            if (cell.empty() || std::string("=+-@\t\r").find(cell.front()) == std::string::npos)
                continue;
            INFO(cell);
            CHECK(std::regex_match(cell, std::regex("-?[0-9]+"))); // only a number may start so, unquoted
            ++numbers;
            negative += cell == "-5" ? 1 : 0;
        }
    CHECK(negative == 1); // the hints column: -5, as a number
    CHECK(numbers == 2);  // and the skill's total of hints: -4
    CHECK(csv.find(",-4,") != std::string::npos);
}

// [SECTION] 3. damaged stores

TEST_CASE("200 copies of a store with 1-16 flipped bits: none is accepted damaged", "[progress][reliability]")
{
    TempDir dir;
    // Made under a relative name, the store's bytes are the same on every run (the PC's
    // id, and so every id, comes from its name): so are the figures.
    const fs::path cwd = fs::current_path();
    fs::current_path(dir.path());
    const std::string base = "progress.db";
    {
        auto store = open_store(base);
        for (int i = 0; i < 40; ++i) {
            const auto p = make_learner(*store, "Học viên " + std::to_string(i), "Thôn " + std::to_string(i % 5),
                                        t0 + i);
            for (int k = 0; k < 3; ++k)
                add_attempt(*store, p.id, "bai-" + std::to_string(k), 4, t0 + 10'000 * (i * 3 + k));
        }
    }
    fs::current_path(cwd);
    const std::string original = read_bytes(dir.file(base));
    REQUIRE_FALSE(fs::exists(dir.file(base) + "-wal"));
    const auto totals = [](const ProgressStore& store) {
        std::int64_t attempts = 0, hints = 0;
        store.for_each_attempt([&](const AttemptRow& a) {
            ++attempts;
            hints += a.hints;
            return true;
        });
        return std::to_string(store.learners().size()) + "/" + std::to_string(attempts) + "/" + std::to_string(hints);
    };
    std::string expected;
    {
        Status s;
        auto store = open_store(dir.file(base), s, ProgressStore::Access::ReadOnly);
        REQUIRE(store);
        expected = totals(*store);
    }
    std::mt19937 rng(15); // the same 200 copies every run
    int refused = 0, accepted = 0, accepted_damaged = 0, damaged_after_write = 0, other_totals = 0;
    for (int copy = 0; copy < 200; ++copy) {
        std::string bytes = original;
        const int flips = 1 + static_cast<int>(rng() % 16);
        for (int f = 0; f < flips; ++f)
            bytes[rng() % bytes.size()] ^= static_cast<char>(1 << (rng() % 8));
        const fs::path folder = fs::path(dir.path()) / ("copy-" + std::to_string(copy));
        fs::create_directory(folder);
        const std::string path = (folder / "progress.db").string();
        write_bytes(path, bytes);
        Status s;
        auto store = open_store(path, s);
        if (!store) {
            ++refused;
            CHECK(read_bytes(path) == bytes); // left as it was
            continue;
        }
        ++accepted;
        if (raw_rows(path, "PRAGMA integrity_check") != std::vector<std::string>{"ok"})
            ++accepted_damaged;
        other_totals += totals(*store) != expected ? 1 : 0;
        LearnerProfile p;
        p.name = "Sau khi mở";
        (void)store->create_learner(p, t0);
        store.reset();
        if (raw_rows(path, "PRAGMA integrity_check") != std::vector<std::string>{"ok"})
            ++damaged_after_write;
    }
    // The figures of docs/progress.md ("Damaged files").
    std::cout << "bit flips: 200 copies, " << refused << " refused, " << accepted << " accepted (" << other_totals
              << " of them with other totals: a flip inside a stored number), accepted damaged: " << accepted_damaged
              << ", damaged by a write: " << damaged_after_write << "\n";
    CHECK(refused + accepted == 200);
    CHECK(refused > 0);
    CHECK(accepted_damaged == 0);
    CHECK(damaged_after_write == 0);
}

TEST_CASE("the integrity verdict is kept beside the file and dropped when the file is damaged",
          "[progress][reliability]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    {
        auto store = open_store(path);
        const auto p = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
        add_attempt(*store, p.id, "goi-video", 3, t0);
        add_attempt(*store, p.id, "goi-video", 3, t0 + 5000);
    }
    // Closed after its own writes: the file it leaves is known good.
    REQUIRE(fs::exists(path + ".checked"));
    CHECK(read_bytes(path + ".checked").rfind("luyenso integrity_check ok: db ", 0) == 0);
    // The tester's damage: an index that no longer matches its rows.
    raw_exec(path, "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'started_at)', "
                   "'started_at DESC)') WHERE name = 'attempts_by_learner';");
    const std::string before = read_bytes(path);
    for (const auto access : {ProgressStore::Access::ReadOnly, ProgressStore::Access::ReadWrite}) {
        Status s;
        CHECK_FALSE(open_store(path, s, access));
        CHECK(s.error == StoreError::Corrupt);
        CHECK(s.message.find("missing from index attempts_by_learner") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(path + ".checked"));
    CHECK(read_bytes(path) == before);
}

// [SECTION] 4. a WAL that cannot be read

TEST_CASE("a read-only folder with changes left in the WAL: never read without them", "[progress][reliability]")
{
    TempDir dir;
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    const std::string folder = dir.file("data");
    fs::create_directory(folder);
    const std::string path = folder + "/progress.db";
    {
        auto store = open_store(path);
        make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    }
    // A writer killed after its commits: the last learners are in the WAL only.
    const Child child = fork_child([&](int fd) {
        ProgressStore::OpenOptions o;
        o.path = path;
        Status s;
        auto store = ProgressStore::open(o, s);
        for (int i = 0; store && i < 20; ++i) {
            LearnerProfile p;
            p.name = "Học viên " + std::to_string(i);
            if (!store->create_learner(p, t0 + i))
                break;
        }
        (void)!::write(fd, "done", 4);
        ::_exit(0); // no destructor: nothing is checkpointed
    });
    char buf[8];
    CHECK(::read(child.fd, buf, sizeof buf) == 4);
    ::close(child.fd);
    ::waitpid(child.pid, nullptr, 0);
    REQUIRE(fs::file_size(path + "-wal") > 0);
    const auto read_only = fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                           fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec;
    const bool with_shm = GENERATE(false, true);
    if (!with_shm)
        fs::remove(path + "-shm");
    fs::permissions(folder, read_only);
    const std::string out = unprivileged([&] {
        Status s;
        auto store = open_store(path, s, ProgressStore::Access::ReadOnly);
        return store ? "read " + std::to_string(store->learners().size()) : "refused: " + s.message;
    });
    INFO(out);
    if (with_shm) {
        // SQLite reads the WAL through the shared memory another process left: all of it.
        CHECK((out == "read 21" || out.rfind("refused: " + path + " has recent changes waiting in", 0) == 0));
    } else {
        CHECK(out.rfind("refused: " + path + " has recent changes waiting in " + path + "-wal that cannot be read here",
                        0) == 0);
        CHECK(out.find("nothing was read, to give no wrong numbers") != std::string::npos);
    }
    fs::permissions(folder, fs::perms::owner_all);
}

// [SECTION] 5. a full disk

TEST_CASE("a full disk: reading still works, a write is refused", "[progress][reliability]")
{
    TempDir dir;
    const std::string path = dir.file("progress.db");
    {
        auto store = open_store(path);
        for (int i = 0; i < 3; ++i)
            make_learner(*store, "Học viên " + std::to_string(i), "Nà Hẩu", t0 + i);
    }
    fs::remove(path + ".checked"); // the check must run, with no room for anything
    REQUIRE_FALSE(fs::exists(path + "-shm"));
    // No file may grow by a byte: what a full disk does to SQLite's shared memory.
    const Child child = fork_child([&](int fd) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_FSIZE, &none);
        std::string out;
        Status s;
        ProgressStore::OpenOptions o;
        o.path = path;
        o.access = ProgressStore::Access::ReadOnly;
        if (auto store = ProgressStore::open(o, s)) {
            out += "read " + std::to_string(store->learners().size()) + "\n";
            std::ostringstream csv;
            ReportOptions ro;
            out += write_report(*store, {}, ReportFormat::Csv, ro, csv) ? "report ok\n" : "report failed\n";
            out += store->export_bundle(t0).learners.size() == 3 ? "export ok\n" : "export failed\n";
        } else {
            out += "refused: " + s.message + "\n";
        }
        o.access = ProgressStore::Access::ReadWrite;
        auto writer = ProgressStore::open(o, s);
        if (writer) {
            LearnerProfile p;
            p.name = "Ông Lù";
            s = writer->create_learner(p, t0);
        }
        out += std::to_string(static_cast<int>(s.error)) + "|" + s.message + "\n";
        (void)!::write(fd, out.data(), out.size());
    });
    const std::string out = finish_child(child);
    INFO(out);
    CHECK(out.rfind("read 3\nreport ok\nexport ok\n", 0) == 0);
    CHECK(out.find(std::to_string(static_cast<int>(StoreError::DiskFull)) + "|the disk is full") != std::string::npos);
    Status s;
    auto store = open_store(path, s, ProgressStore::Access::ReadOnly);
    REQUIRE(store);
    CHECK(store->learners().size() == 3);
}

// [SECTION] 6. concurrent writers

TEST_CASE("2, 4 and 8 writers at once lose nothing and never fail", "[progress][reliability]")
{
    const int writers = GENERATE(2, 4, 8);
    constexpr int attempts_each = 15;
    constexpr int steps_each = 4;
    TempDir dir;
    const std::string path = dir.file("progress.db");
    std::vector<std::string> ids;
    {
        auto store = open_store(path);
        for (int w = 0; w < writers; ++w)
            ids.push_back(make_learner(*store, "Người viết " + std::to_string(w), "", t0).id);
    }
    std::vector<Child> children;
    for (int w = 0; w < writers; ++w)
        children.push_back(fork_child([&, w](int fd) {
            std::string out = "ok";
            ProgressStore::OpenOptions o;
            o.path = path;
            Status s;
            auto store = ProgressStore::open(o, s);
            const LessonInfo lesson{"goi-video", 1, "Gọi video", "", {"video-call"}, steps_each};
            for (int a = 0; store && s && a < attempts_each; ++a) {
                std::string id;
                s = store->start_attempt(ids[static_cast<std::size_t>(w)], lesson, Mode::Practice, t0 + a, "w", id);
                for (int k = 0; s && k < steps_each; ++k)
                    s = store->record_step(id, {k, "b", k, t0 + k, t0 + k + 1, 1, 0, {}, true}, k + 1);
                if (s)
                    s = store->finish_attempt(id, {Outcome::Completed, t0 + 10, steps_each, {}, {}});
            }
            if (!store || !s)
                out = "! " + s.message;
            (void)!::write(fd, out.data(), out.size());
        }));
    for (const Child& c : children) {
        int status = 0;
        CHECK(finish_child(c, &status) == "ok");
        CHECK(WIFEXITED(status));
    }
    CHECK(raw_rows(path, "SELECT count(*), sum(hints) FROM attempts") ==
          std::vector<std::string>{std::to_string(writers * attempts_each) + "|" +
                                   std::to_string(writers * attempts_each * steps_each)});
    CHECK(raw_rows(path, "SELECT count(*) FROM steps") ==
          std::vector<std::string>{std::to_string(writers * attempts_each * steps_each)});
}

// [SECTION] 7. imports

TEST_CASE("an import with absurd values is refused, saying what and where", "[progress][reliability][import]")
{
    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    const auto giang = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    add_attempt(*store, giang.id, "goi-video", 6, t0 + 1000);
    const json good = bundle_to_json(store->export_bundle(t0 + 10'000));
    std::string error;
    REQUIRE(bundle_from_json(good, error));

    struct Case {
        const char* what;
        std::string pointer;
        json value;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"a score of -50", "/attempts/0/score", -50, "attempts[0]: 'score' -50 is not 0 to 100"},
        {"-5 hints", "/attempts/0/hints", -5, "attempts[0]: 'hints' and 'wrong_actions' must be 0 to 1000000"},
        {"2.5 trillion hours", "/attempts/0/duration_ms", 9'000'000'000'000'000'000LL,
         "attempts[0]: 'duration_ms' 9000000000000000000 is not a duration from 'started_at' to 2100"},
        {"99 steps of 6", "/attempts/0/steps_reached", 99,
         "attempts[0]: 'steps_reached' 99 is not 0 to 'steps_total' (6)"},
        {"a start in the year -26031", "/attempts/0/started_at", -883'612'800'000'000LL,
         "attempts[0]: 'started_at' -883612800000000 is not a time between 1970 and 2100"},
        {"a step's negative hints", "/attempts/0/steps/1/hints", -1,
         "attempts[0]: steps[1]: 'hints' and 'wrong_actions' must be 0 to 1000000"},
        {"a step beyond the lesson", "/attempts/0/steps/1/index", 6,
         "attempts[0]: steps[1]: 'index' 6 is not a step of the lesson's 6"},
        {"a 10 MB name", "/learners/0/name", std::string(10 << 20, 'x'),
         "learners[0]: the name is 10485760 characters long; the most is 80"},
        {"a lesson of a million steps", "/lessons/0/steps", 1'000'000,
         "lessons[0]: a lesson needs an id (at most 200 characters), a version of 1 or more, 0 to 100000 steps, "
         "titles of at most 500 characters and at most 100 skills"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        json j = good;
        j[json::json_pointer(c.pointer)] = c.value;
        CHECK_FALSE(bundle_from_json(j, error));
        CHECK(error == c.expected);
    }
    // A name with a NUL and a tab is tidied like a typed one.
    json j = good;
    constexpr char raw[] = "Bàn\0Văn\tGiảng";
    j["learners"][0]["name"] = std::string(raw, sizeof raw - 1);
    const auto b = bundle_from_json(j, error);
    REQUIRE(b);
    CHECK(b->learners[0].name == "Bàn Văn Giảng");
}

TEST_CASE("import /dev/zero and a file too big stop at once, with a message", "[progress][reliability][import]")
{
    std::string error;
    CHECK_FALSE(read_bundle_file("/dev/zero", error));
    CHECK(error == "/dev/zero: not a Luyện Số progress bundle (not valid JSON)");
    TempDir dir;
    const std::string big = dir.file("big.json");
    write_bytes(big, "{");
    fs::resize_file(big, max_bundle_bytes + 1); // sparse: nothing is written or read
    CHECK_FALSE(read_bundle_file(big, error));
    CHECK(error == big + " is 257 MB: a bundle is at most 256 MB (nothing was imported); export one learner at a time "
                         "with --learner");
}

TEST_CASE("xAPI timestamps are always valid, whatever time is stored", "[progress][reliability]")
{
    const std::regex iso("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");
    for (const std::int64_t ms : {std::numeric_limits<std::int64_t>::min(), std::int64_t{-883'612'800'000'000},
                                  std::int64_t{0}, t0, std::numeric_limits<std::int64_t>::max()}) {
        INFO(ms);
        CHECK(std::regex_match(progress::iso_utc(ms), iso));
        CHECK(progress::local_date_time(ms, 420).size() == 16);
    }
    CHECK(progress::iso_utc(std::numeric_limits<std::int64_t>::min()) == "0000-01-01T00:00:00.000Z");
    CHECK(progress::iso_utc(std::numeric_limits<std::int64_t>::max()) == "9999-12-31T23:59:59.999Z");

    TempDir dir;
    const std::string path = dir.file("progress.db");
    {
        auto store = open_store(path);
        const auto p = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
        add_attempt(*store, p.id, "goi-video", 2, t0);
    }
    raw_exec(path, "UPDATE attempts SET started_at = -883612800000000, ended_at = 9223372036854775807");
    auto store = open_store(path);
    const json x = json::parse(report(*store, ReportFormat::Xapi));
    REQUIRE(x.size() == 2);
    for (const auto& s : x)
        CHECK(std::regex_match(s["timestamp"].get<std::string>(), iso));
}

// [SECTION] 10. the trainer PIN

TEST_CASE("the trainer PIN is an Argon2id hash, an older record verifies once and is replaced",
          "[progress][reliability][trainer]")
{
    const std::string record = pin_record("2468", "muối");
    CHECK(record.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
    CHECK(pin_matches("2468", record));
    CHECK_FALSE(pin_matches("2469", record));
    CHECK_FALSE(pin_record_outdated(record));
    CHECK(pin_record("2468", "muối") == record); // the salt is the shell's, not hidden randomness
    CHECK(pin_record("2468", "other") != record);
    CHECK_FALSE(pin_matches("2468", "$argon2id$v=19$garbage"));

    // The record an earlier Luyện Số kept: SHA-256 of "SALT:PIN", then 9 999 times of
    // "HASH" + "SALT".
    const std::string salt_hex = "73616c74";
    std::string h = sha256_hex(salt_hex + ":2468");
    for (int i = 1; i < 10'000; ++i)
        h = sha256_hex(h + salt_hex);
    const std::string legacy = "sha256x10000:" + salt_hex + ":" + h;
    CHECK(pin_matches("2468", legacy));
    CHECK_FALSE(pin_matches("2467", legacy));
    CHECK(pin_record_outdated(legacy));

    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    REQUIRE(store->set_setting(trainer_pin_setting, legacy));
    AppModel model(Catalog{});
    model.set_wall_clock(t0);
    model.use_store(*store, "s");
    model.open_trainer();
    for (const char c : std::string("2468"))
        model.pin_key(c);
    REQUIRE(model.submit_pin("new salt"));
    const auto now = store->setting(trainer_pin_setting);
    REQUIRE(now);
    CHECK(now->rfind("$argon2id$", 0) == 0);
    CHECK(pin_matches("2468", *now));
}

TEST_CASE("wrong trainer PINs make the next try wait longer, by the model's clock", "[progress][reliability][trainer]")
{
    CHECK(pin_wait_ms(1) == 0);
    CHECK(pin_wait_ms(2) == 0);
    CHECK(pin_wait_ms(3) == 5'000);
    CHECK(pin_wait_ms(4) == 10'000);
    CHECK(pin_wait_ms(9) == 320'000);
    CHECK(pin_wait_ms(10) == 600'000);
    CHECK(pin_wait_ms(1000) == 600'000);

    TempDir dir;
    auto store = open_store(dir.file("progress.db"));
    REQUIRE(store->set_setting(trainer_pin_setting, pin_record("2468", "s")));
    AppModel model(Catalog{});
    model.use_store(*store, "s");
    TimeMs now = t0;
    const auto attempt = [&](const std::string& pin) {
        model.set_wall_clock(now);
        model.open_trainer();
        for (const char c : pin)
            model.pin_key(c);
        return model.submit_pin("salt");
    };
    CHECK_FALSE(attempt("1111"));
    CHECK_FALSE(attempt("1112"));
    CHECK_FALSE(attempt("1113")); // the third: 5 s to wait
    CHECK(model.pin_error() == "Mã PIN chưa đúng. Mời thử lại.");
    now += 1000;
    CHECK_FALSE(attempt("2468")); // even the right PIN waits
    CHECK(model.pin_error() == "Đã nhập sai nhiều lần. Mời đợi 4 giây rồi thử lại.");
    // Starting the app again does not skip the wait: it is kept in the store.
    AppModel again(Catalog{});
    again.use_store(*store, "s");
    again.set_wall_clock(now + 500);
    again.open_trainer();
    for (const char c : std::string("2468"))
        again.pin_key(c);
    CHECK_FALSE(again.submit_pin("salt"));
    now += 4000;
    CHECK(attempt("2468"));
    CHECK(store->setting(trainer_pin_failures_setting) == "0");
    model.leave_trainer();
    CHECK_FALSE(attempt("1111")); // counting starts again: no wait after one
    CHECK(attempt("2468"));
}
