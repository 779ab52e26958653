// Reports: the text table, CSV (UTF-8 with a BOM, Vietnamese intact, one row per learner
// x lesson, then totals per skill), the printable HTML page (totals per skill and per
// village) and the xAPI statements' shape (the independent validator runs in CTest:
// tests/xapi).
#include "progress/reports.h"
#include "progress_test_support.h"

#include <sstream>

using namespace luyenso;
using namespace luyenso::test;

namespace {

constexpr TimeMs t0 = 1'714'550'400'000; // 2024-05-01T08:00:00Z

std::vector<std::string> lines_of(const std::string& text, const std::string& eol)
{
    std::vector<std::string> out;
    std::size_t b = 0;
    for (std::size_t e; (e = text.find(eol, b)) != std::string::npos; b = e + eol.size())
        out.push_back(text.substr(b, e - b));
    return out;
}

// Three learners in two villages: Giảng passed the video test, Nga did it with help and
// stopped the group lesson; Mai of Bản Phố only watched the group lesson.
struct ClassFixture {
    TempDir dir;
    std::unique_ptr<ProgressStore> store = open_store(dir.file("progress.db"));
    const Lesson& video = shipped_lesson("goi-video-cho-chau");
    const Lesson& group = shipped_lesson("doc-tin-nhom-thon");
    std::vector<LessonInfo> lessons = {lesson_info(video), lesson_info(group)};
    LearnerProfile giang = make_learner(*store, "Bàn Văn Giảng", "Nà Hẩu", t0);
    LearnerProfile nga = make_learner(*store, "Đặng Thị Nga", "Nà Hẩu", t0);
    LearnerProfile mai = make_learner(*store, "Lò Thị Mai", "Bản Phố", t0);
    ReportOptions options;

    ClassFixture()
    {
        options.now = t0 + 3'600'000;
        options.utc_offset_min = 420;
        record_demo(*store, giang.id, video, Mode::Guided, t0 + 1000);
        record_demo(*store, giang.id, video, Mode::Test, t0 + 100'000);
        // Nga: the video lesson with a hint and a wrong tap.
        {
            LessonRun run(video, Mode::Guided);
            Status status;
            auto rec = AttemptRecorder::start(*store, nga.id, run, t0 + 200'000, "", status);
            run.act(Action::tap("lock.time"));
            run.request_hint();
            std::string why;
            while (!run.finished()) {
                REQUIRE(run.play_step_demo(why));
                REQUIRE(rec->update(run));
            }
        }
        {
            LessonRun run(group, Mode::Guided);
            Status status;
            auto rec = AttemptRecorder::start(*store, nga.id, run, t0 + 300'000, "", status);
            std::string why;
            REQUIRE(run.play_step_demo(why));
            REQUIRE(rec->stop(run));
        }
        {
            LessonRun run(group, Mode::Watch);
            Status status;
            auto rec = AttemptRecorder::start(*store, mai.id, run, t0 + 400'000, "", status);
            run.play();
            while (!run.finished()) {
                run.advance(100);
                REQUIRE(rec->update(run));
            }
        }
    }
};

} // namespace

TEST_CASE("the report's totals per skill and per village", "[report]")
{
    ClassFixture f;
    const ReportData r = build_report(*f.store, f.lessons, f.options);
    REQUIRE(r.skills.size() == 2);
    CHECK(r.skills[0].skill == "video-call");
    CHECK(r.skills[0].learners_started == 2);
    CHECK(r.skills[0].learners_practised == 2);
    CHECK(r.skills[0].learners_mastered == 1);
    CHECK(r.skills[0].attempts == 3);
    CHECK(r.skills[0].hints >= 1);
    CHECK(r.skills[1].skill == "group-chat");
    CHECK(r.skills[1].learners_started == 2);
    CHECK(r.skills[1].learners_practised == 0);
    REQUIRE(r.villages.size() == 2);
    CHECK(r.villages[0].village == "Bản Phố");
    CHECK(r.villages[0].learners == 1);
    CHECK(r.villages[0].lessons_done == 0);
    CHECK(r.villages[1].village == "Nà Hẩu");
    CHECK(r.villages[1].learners == 2);
    CHECK(r.villages[1].learners_active == 2);
    CHECK(r.villages[1].lessons_done == 2);
    CHECK(r.villages[1].tests_passed == 1);
    CHECK(r.villages[1].attempts == 4);
    CHECK(r.total.learners == 3);
    CHECK(r.total.attempts == 5);

    ReportOptions one = f.options;
    one.village = "bản phố";
    const ReportData only = build_report(*f.store, f.lessons, one);
    REQUIRE(only.dashboard.learners.size() == 1);
    CHECK(only.total.attempts == 1);
}

TEST_CASE("CSV: a BOM, Vietnamese intact, one row per learner and lesson, then the skills", "[report][csv]")
{
    ClassFixture f;
    const std::string csv = report_csv(build_report(*f.store, f.lessons, f.options), f.options);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto lines = lines_of(csv.substr(3), "\r\n");
    REQUIRE(lines.size() == 1 + 3 * 2 + 1 + 1 + 2);
    CHECK(lines[0] ==
          "Mã học viên,Học viên,Thôn/nhóm,Mã bài,Bài học,Kỹ năng,Trạng thái,Mã trạng thái,Số lượt,Gợi ý,"
          "Thao tác sai,Lượt có việc nguy hiểm,Thời gian (giây),Điểm kiểm tra,Lần học gần nhất,Học tiếp từ bước");
    // Bản Phố first, then Nà Hẩu by name.
    CHECK_THAT(lines[1], Catch::StartsWith(f.mai.id + ",Lò Thị Mai,Bản Phố,goi-video-cho-chau,Gọi video cho cháu,"
                                                      "Gọi video,Chưa học,not_started,0,0,0,0,0,,,"));
    CHECK_THAT(lines[2], Catch::StartsWith(f.mai.id + ",Lò Thị Mai,Bản Phố,doc-tin-nhom-thon,Đọc tin của nhóm thôn,"
                                                      "Nhắn tin nhóm,Đang học,in_progress,1,0,0,0,"));
    CHECK_THAT(lines[3], Catch::StartsWith(f.giang.id + ",Bàn Văn Giảng,Nà Hẩu,goi-video-cho-chau,Gọi video cho "
                                                        "cháu,Gọi video,Đã qua bài kiểm tra,passed_test,2,0,0,0,"));
    CHECK_THAT(lines[3], Catch::EndsWith(",100,2024-05-01 15:01,"));
    CHECK_THAT(lines[6], Catch::Contains("Đặng Thị Nga,Nà Hẩu,doc-tin-nhom-thon") && Catch::EndsWith(",2"));
    CHECK(lines[7].empty());
    CHECK(lines[8] == "Mã kỹ năng,Kỹ năng,Đã bắt đầu,Đã làm (có trợ giúp),Thành thạo (qua kiểm tra),Số lượt,Gợi ý,"
                      "Thời gian (giây)");
    CHECK_THAT(lines[9], Catch::StartsWith("video-call,Gọi video,2,2,1,3,"));
    CHECK_THAT(lines[10], Catch::StartsWith("group-chat,Nhắn tin nhóm,2,0,0,2,0,"));

    SECTION("fields with commas or quotes are quoted")
    {
        LearnerProfile p;
        p.name = "Hoàng \"Bé\" Lan";
        p.village = "Thôn 3, xã Tả Van";
        REQUIRE(f.store->create_learner(p, t0));
        const std::string again = report_csv(build_report(*f.store, f.lessons, f.options), f.options);
        CHECK_THAT(again, Catch::Contains(",\"Hoàng \"\"Bé\"\" Lan\",\"Thôn 3, xã Tả Van\","));
    }
}

TEST_CASE("HTML: a printable page in Vietnamese with totals per skill and per village", "[report][html]")
{
    ClassFixture f;
    const std::string html = report_html(build_report(*f.store, f.lessons, f.options), f.options);
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">"));
    CHECK_THAT(html, Catch::Contains("@page { size: A4 portrait; margin: 12mm; }"));
    CHECK_THAT(html, Catch::Contains("<h1>Báo cáo lớp học — Luyện Số</h1>"));
    CHECK_THAT(html, Catch::Contains("Lập lúc: 16:00 ngày 01/05/2024"));
    CHECK_THAT(html, Catch::Contains("<h2>Theo kỹ năng</h2>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Gọi video</td><td class=\"n\">2</td><td class=\"n\">2</td>"
                                     "<td class=\"n\">1</td><td class=\"n\">3</td>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Nhắn tin nhóm</td><td class=\"n\">2</td><td class=\"n\">0</td>"
                                     "<td class=\"n\">0</td><td class=\"n\">2</td>"));
    CHECK_THAT(html, Catch::Contains("<h2>Theo thôn/nhóm</h2>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Bản Phố</td><td class=\"n\">1</td><td class=\"n\">1</td>"
                                     "<td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Nà Hẩu</td><td class=\"n\">2</td><td class=\"n\">2</td>"
                                     "<td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\">4</td>"));
    CHECK_THAT(html, Catch::Contains("<tr><th>Tổng cộng</th><td class=\"n\">3</td>"));
    CHECK_THAT(html,
               Catch::Contains("<td>Bàn Văn Giảng</td><td>Nà Hẩu</td><td class=\"c\">★</td><td class=\"c\"></td>"));
    CHECK_THAT(html,
               Catch::Contains("<td>Đặng Thị Nga</td><td>Nà Hẩu</td><td class=\"c\">✓</td><td class=\"c\">…</td>"));
    CHECK_THAT(html, Catch::EndsWith("</body>\n</html>\n"));

    SECTION("names are escaped")
    {
        LearnerProfile p;
        p.name = "<b>Lan</b> & Hoa";
        REQUIRE(f.store->create_learner(p, t0));
        const std::string again = report_html(build_report(*f.store, f.lessons, f.options), f.options);
        CHECK_THAT(again, Catch::Contains("<td>&lt;b&gt;Lan&lt;/b&gt; &amp; Hoa</td>"));
        CHECK_THAT(again, !Catch::Contains("<b>Lan</b>"));
    }
}

TEST_CASE("the text table lists what each learner started, then the totals", "[report][table]")
{
    ClassFixture f;
    const std::string table = report_table(build_report(*f.store, f.lessons, f.options), f.options);
    const auto lines = lines_of(table, "\n");
    REQUIRE(lines.size() > 10);
    CHECK(lines[0] == "Báo cáo lớp học — Luyện Số");
    CHECK(lines[1] == "Lập lúc: 16:00 ngày 01/05/2024");
    CHECK(lines[2] == "3 học viên, 2 bài học, 5 lượt học");
    CHECK_THAT(lines[4], Catch::StartsWith("Học viên       Thôn/nhóm  Bài học                Trạng thái"));
    CHECK_THAT(lines[6], Catch::StartsWith("Lò Thị Mai     Bản Phố    Đọc tin của nhóm thôn  Đang học"));
    CHECK_THAT(lines[7], Catch::StartsWith("Bàn Văn Giảng  Nà Hẩu     Gọi video cho cháu     Đã qua bài kiểm tra"));
    CHECK_THAT(lines[7], Catch::EndsWith("100"));
    CHECK_THAT(table, Catch::Contains("\nTheo kỹ năng\n") && Catch::Contains("\nTheo thôn/nhóm\n"));
    CHECK_THAT(table, Catch::Contains("\nTổng cộng         3       3           2                    1        5"));
    ReportOptions en = f.options;
    en.lang = "en";
    const std::string english = report_table(build_report(*f.store, f.lessons, en), en);
    CHECK_THAT(english, Catch::Contains("Passed the test") && Catch::Contains("By village or group"));
}

TEST_CASE("xAPI statements: verbs per mode and outcome, account actor, result and context", "[report][xapi]")
{
    ClassFixture f;
    std::ostringstream out;
    REQUIRE(write_xapi(*f.store, f.lessons, f.options, out));
    const auto all = nlohmann::json::parse(out.str());
    REQUIRE(all.is_array());
    std::multiset<std::string> verbs;
    std::set<std::string> ids;
    for (const auto& s : all) {
        verbs.insert(s["verb"]["id"].get<std::string>().substr(std::string("http://adlnet.gov/expapi/verbs/").size()));
        ids.insert(s["id"].get<std::string>());
        CHECK(s["actor"]["account"]["homePage"] == "https://luyenso.invalid");
        CHECK(s["context"]["language"] == "vi-VN");
        CHECK(s["timestamp"].get<std::string>().back() == 'Z');
    }
    CHECK(ids.size() == all.size()); // statement ids are unique
    // Giảng: attempted+completed (guided), attempted+passed (test); Nga: attempted+completed,
    // attempted (stopped); Mai: experienced (watch).
    CHECK(verbs == std::multiset<std::string>{"attempted", "attempted", "attempted", "attempted", "completed",
                                              "completed", "passed", "experienced"});
    const auto passed = std::find_if(all.begin(), all.end(), [](const auto& s) {
        return s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed";
    });
    REQUIRE(passed != all.end());
    const auto& s = *passed;
    CHECK(s["actor"]["name"] == "Bàn Văn Giảng");
    CHECK(s["actor"]["account"]["name"] == f.giang.id);
    CHECK(s["object"]["id"] == "https://luyenso.invalid/lessons/goi-video-cho-chau");
    CHECK(s["object"]["definition"]["name"]["vi-VN"] == "Gọi video cho cháu");
    CHECK(s["result"]["success"] == true);
    CHECK(s["result"]["score"] == nlohmann::json{{"scaled", 1.0}, {"raw", 100}, {"min", 0}, {"max", 100}});
    CHECK(s["result"]["duration"].get<std::string>().rfind("PT", 0) == 0);
    CHECK(s["result"]["extensions"]["https://luyenso.invalid/xapi/extensions/hints"] == 0);
    CHECK(s["context"]["extensions"]["https://luyenso.invalid/xapi/extensions/mode"] == "test");
    CHECK(s["context"]["extensions"]["https://luyenso.invalid/xapi/extensions/session"] == "test-session");
    CHECK(s["context"]["registration"].get<std::string>().size() == 36);

    SECTION("a stopped test fails")
    {
        AttemptRow a;
        a.id = "6f1c2a7e-1b2c-8d3e-8f90-1234567890ab";
        a.mode = Mode::Test;
        a.started_at = t0;
        a.ended_at = t0 + 61'500;
        a.outcome = Outcome::Stopped;
        a.duration_ms = 61'500;
        a.score = 40;
        a.passed = false;
        const auto st = xapi_statements(a, f.giang, f.lessons[0], f.options);
        REQUIRE(st.size() == 2);
        CHECK(st[1]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed");
        CHECK(st[1]["result"]["success"] == false);
        CHECK(st[1]["result"]["completion"] == false);
        CHECK(st[1]["result"]["score"]["scaled"] == 0.4);
        CHECK(st[1]["result"]["duration"] == "PT1M1.5S");
        CHECK(st[1]["timestamp"] == "2024-05-01T08:01:01.500Z");
    }
}
