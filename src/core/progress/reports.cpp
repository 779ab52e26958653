#include "progress/reports.h"

#include "lessons/skills.h"
#include "progress/progress_util.h"
#include "text/utf8.h"

#include <algorithm>
#include <charconv>
#include <deque>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

namespace luyenso {

using nlohmann::json;

// [SECTION] words

namespace {

// The labels of the reports, in Vietnamese and English.
struct Words {
    const char* title;
    const char* made;
    const char* village_filter;
    const char* learners;
    const char* lessons;
    const char* attempts;
    const char* learner;
    const char* village;
    const char* lesson;
    const char* skill;
    const char* skills;
    const char* status;
    const char* tries;
    const char* hints;
    const char* wrong;
    const char* time;
    const char* score;
    const char* last;
    const char* resume;
    const char* by_skill;
    const char* by_village;
    const char* started;
    const char* practised;
    const char* mastered;
    const char* active;
    const char* done;
    const char* passed;
    const char* grid;
    const char* none;
    const char* all;
    const char* no_village;
    const char* only_started;
    const char* learner_id;
    const char* lesson_id;
    const char* skill_id;
    const char* status_code;
    const char* time_s;
    const char* legend;
    const char* unsafe;        // attempts with an unsafe choice: apart from the wrong actions
    const char* unsafe_legend; // the grid's mark for them
};

constexpr Words words_vi = {
    "Báo cáo lớp học — Luyện Số",
    "Lập lúc",
    "Thôn/nhóm",
    "học viên",
    "bài học",
    "lượt học",
    "Học viên",
    "Thôn/nhóm",
    "Bài học",
    "Kỹ năng",
    "Kỹ năng",
    "Trạng thái",
    "Số lượt",
    "Gợi ý",
    "Thao tác sai",
    "Thời gian",
    "Điểm kiểm tra",
    "Lần học gần nhất",
    "Học tiếp từ bước",
    "Theo kỹ năng",
    "Theo thôn/nhóm",
    "Đã bắt đầu",
    "Đã làm (có trợ giúp)",
    "Thành thạo (qua kiểm tra)",
    "Đã học",
    "Bài đã làm",
    "Bài kiểm tra đã qua",
    "Học viên và bài học",
    "Chưa có học viên nào.",
    "Tổng cộng",
    "(không ghi thôn)",
    "Chỉ liệt kê các bài đã bắt đầu.",
    "Mã học viên",
    "Mã bài",
    "Mã kỹ năng",
    "Mã trạng thái",
    "Thời gian (giây)",
    "★ đã qua bài kiểm tra · ✓ đã làm (có trợ giúp) · … đang học · trống: chưa học",
    "Lượt có việc nguy hiểm",
    "có lượt học đã làm một việc nguy hiểm (như đưa mã OTP, chuyển tiền cho kẻ gian)",
};

constexpr Words words_en = {
    "Class report — Luyện Số",
    "Made",
    "Village/group",
    "learners",
    "lessons",
    "attempts",
    "Learner",
    "Village/group",
    "Lesson",
    "Skill",
    "Skills",
    "Status",
    "Attempts",
    "Hints",
    "Wrong actions",
    "Time",
    "Test score",
    "Last attempt",
    "Resume at step",
    "By skill",
    "By village or group",
    "Started",
    "Done with help",
    "Mastered (test passed)",
    "Active",
    "Lessons done",
    "Tests passed",
    "Learners and lessons",
    "No learners yet.",
    "Total",
    "(no village)",
    "Only the lessons started are listed.",
    "Learner id",
    "Lesson id",
    "Skill id",
    "Status code",
    "Time (seconds)",
    "★ passed the test · ✓ done with help · … in progress · blank: not started",
    "Attempts with an unsafe choice",
    "an attempt made an unsafe choice (such as giving away an OTP or paying a scammer)",
};

const Words& words(const ReportOptions& o)
{
    return o.lang == "en" ? words_en : words_vi;
}

const char* status_label(LessonStatus s, const ReportOptions& o)
{
    return o.lang == "en" ? status_label_en(s) : status_label_vi(s);
}

std::string lesson_title(const LessonInfo& l, const ReportOptions& o)
{
    if (o.lang == "en" && !l.title_en.empty())
        return l.title_en;
    return l.title.empty() ? l.id : l.title;
}

std::string village_label(const std::string& v, const ReportOptions& o)
{
    return v.empty() ? words(o).no_village : v;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : sep) + p;
    return out;
}

std::string skills_text(const LessonInfo& l, const ReportOptions& o)
{
    std::vector<std::string> names;
    for (const auto& s : l.skills)
        names.push_back(skill_label(s, o.lang));
    return join(names, ", ");
}

// When the report was made, as people write it: "16:41 ngày 28/11/2026" or "2026-11-28 16:41".
std::string made_at(const ReportOptions& o)
{
    const std::string t = progress::local_date_time(o.now, o.utc_offset_min); // 2026-11-28 16:41
    if (o.lang == "en")
        return t;
    return t.substr(11) + " ngày " + t.substr(8, 2) + "/" + t.substr(5, 2) + "/" + t.substr(0, 4);
}

} // namespace

std::optional<ReportFormat> report_format_from_name(const std::string& name)
{
    if (name == "table")
        return ReportFormat::Table;
    if (name == "csv")
        return ReportFormat::Csv;
    if (name == "html")
        return ReportFormat::Html;
    if (name == "xapi")
        return ReportFormat::Xapi;
    return std::nullopt;
}

std::string skill_label(const std::string& skill, const std::string& lang)
{
    if (const Skill* s = find_skill(skill))
        return std::string(lang == "en" ? s->en : s->vi);
    return skill;
}

// [SECTION] the data

ReportData build_report(const ProgressStore& store, const std::vector<LessonInfo>& catalog,
                        const ReportOptions& options)
{
    ReportData r;
    r.dashboard = store.dashboard(catalog, options.village);
    const Dashboard& d = r.dashboard;
    // Skills in the order the lessons name them.
    std::vector<std::string> skill_order;
    std::unordered_map<std::string, std::size_t> skill_index;
    for (const auto& l : d.lessons)
        for (const auto& s : l.skills)
            if (skill_index.emplace(s, skill_order.size()).second)
                skill_order.push_back(s);
    r.skills.resize(skill_order.size());
    for (std::size_t i = 0; i < skill_order.size(); ++i)
        r.skills[i].skill = skill_order[i];
    std::map<std::string, std::size_t> village_index; // by folded name
    std::vector<int> level(skill_order.size());       // this learner's best, per skill
    for (std::size_t i = 0; i < d.learners.size(); ++i) {
        const std::string key = progress::fold_name(d.learners[i].village);
        auto [vit, added] = village_index.emplace(key, r.villages.size());
        if (added) {
            r.villages.emplace_back();
            r.villages.back().village = d.learners[i].village;
        }
        VillageTotal& v = r.villages[vit->second];
        ++v.learners;
        std::fill(level.begin(), level.end(), 0);
        int attempts = 0;
        for (std::size_t k = 0; k < d.lessons.size(); ++k) {
            const LessonProgress& c = d.at(i, k);
            if (c.attempts == 0)
                continue;
            attempts += c.attempts;
            v.attempts += c.attempts;
            v.hints += c.hints;
            v.time_ms += c.time_ms;
            if (c.status == LessonStatus::DoneWithHelp || c.status == LessonStatus::PassedTest)
                ++v.lessons_done;
            if (c.status == LessonStatus::PassedTest)
                ++v.tests_passed;
            const int lv = c.status == LessonStatus::PassedTest ? 3 : c.status == LessonStatus::DoneWithHelp ? 2 : 1;
            for (const auto& s : d.lessons[k].skills) {
                const std::size_t si = skill_index[s];
                level[si] = std::max(level[si], lv);
                r.skills[si].attempts += c.attempts;
                r.skills[si].hints += c.hints;
                r.skills[si].time_ms += c.time_ms;
            }
        }
        if (attempts > 0)
            ++v.learners_active;
        for (std::size_t si = 0; si < level.size(); ++si) {
            r.skills[si].learners_started += level[si] >= 1 ? 1 : 0;
            r.skills[si].learners_practised += level[si] >= 2 ? 1 : 0;
            r.skills[si].learners_mastered += level[si] >= 3 ? 1 : 0;
        }
    }
    std::sort(r.villages.begin(), r.villages.end(), [](const VillageTotal& a, const VillageTotal& b) {
        return progress::fold_name(a.village) < progress::fold_name(b.village);
    });
    for (const auto& v : r.villages) {
        r.total.learners += v.learners;
        r.total.learners_active += v.learners_active;
        r.total.lessons_done += v.lessons_done;
        r.total.tests_passed += v.tests_passed;
        r.total.attempts += v.attempts;
        r.total.hints += v.hints;
        r.total.time_ms += v.time_ms;
    }
    return r;
}

// [SECTION] table

namespace {

// A text table: cells as views, the texts made for it kept in `own`.
struct Grid {
    std::size_t cols;
    std::vector<std::string_view> cells;
    std::deque<std::string> own;

    std::string_view keep(std::string text)
    {
        own.push_back(std::move(text));
        return own.back();
    }
    void row(std::initializer_list<std::string_view> r) { cells.insert(cells.end(), r); }
};

// Columns padded to the widest cell, counting code points (Vietnamese is precomposed).
std::string text_table(const Grid& g, const std::vector<bool>& right)
{
    std::vector<std::size_t> width(g.cols, 0);
    for (std::size_t i = 0; i < g.cells.size(); ++i)
        width[i % g.cols] = std::max(width[i % g.cols], utf8_length(g.cells[i]));
    std::size_t line_width = 0;
    for (std::size_t c = 0; c < g.cols; ++c)
        line_width += width[c] + (c ? 2 : 0);
    std::string out;
    out.reserve((g.cells.size() / g.cols + 2) * (line_width + 16));
    for (std::size_t r = 0; r * g.cols < g.cells.size(); ++r) {
        const std::size_t line_start = out.size();
        for (std::size_t c = 0; c < g.cols; ++c) {
            const std::string_view cell = g.cells[r * g.cols + c];
            const std::size_t pad = width[c] - utf8_length(cell);
            if (c)
                out.append(2, ' ');
            if (c < right.size() && right[c]) {
                out.append(pad, ' ');
                out += cell;
            } else {
                out += cell;
                out.append(pad, ' ');
            }
        }
        while (out.size() > line_start && out.back() == ' ')
            out.pop_back();
        out += '\n';
        if (r == 0) {
            for (std::size_t i = 0; i < line_width; ++i)
                out += "─";
            out += '\n';
        }
    }
    return out;
}

std::string header_line(const ReportData& data, const ReportOptions& o)
{
    const Words& w = words(o);
    std::string out = std::string(w.title) + "\n" + w.made + ": " + made_at(o);
    if (!o.village.empty())
        out += " · " + std::string(w.village_filter) + ": " + o.village;
    out += "\n" + std::to_string(data.dashboard.learners.size()) + " " + w.learners + ", " +
           std::to_string(data.dashboard.lessons.size()) + " " + w.lessons + ", " +
           std::to_string(data.total.attempts) + " " + w.attempts + "\n";
    return out;
}

} // namespace

std::string report_table(const ReportData& data, const ReportOptions& o)
{
    const Words& w = words(o);
    const Dashboard& d = data.dashboard;
    std::string out = header_line(data, o) + "\n";
    if (d.learners.empty())
        return out + w.none + "\n";
    std::vector<std::string> titles;
    for (const auto& l : d.lessons)
        titles.push_back(lesson_title(l, o));
    Grid g{10, {}, {}};
    g.row({w.learner, w.village, w.lesson, w.status, w.tries, w.hints, w.wrong, w.unsafe, w.time, w.score});
    for (std::size_t i = 0; i < d.learners.size(); ++i)
        for (std::size_t k = 0; k < d.lessons.size(); ++k) {
            const LessonProgress& c = d.at(i, k);
            if (c.attempts == 0)
                continue;
            g.row({d.learners[i].name, d.learners[i].village, titles[k], status_label(c.status, o),
                   g.keep(std::to_string(c.attempts)), g.keep(std::to_string(c.hints)),
                   g.keep(std::to_string(c.wrong_actions)), g.keep(std::to_string(c.unsafe_attempts)),
                   g.keep(progress::human_duration(c.time_ms, o.lang)),
                   c.best_score ? g.keep(std::to_string(*c.best_score)) : std::string_view()});
        }
    out += text_table(g, {false, false, false, false, true, true, true, true, true, true});
    out += std::string(w.only_started) + "\n\n" + w.by_skill + "\n";
    Grid skills{7, {}, {}};
    skills.row({w.skill, w.started, w.practised, w.mastered, w.tries, w.hints, w.time});
    for (const auto& s : data.skills)
        skills.row({skills.keep(skill_label(s.skill, o.lang)), skills.keep(std::to_string(s.learners_started)),
                    skills.keep(std::to_string(s.learners_practised)), skills.keep(std::to_string(s.learners_mastered)),
                    skills.keep(std::to_string(s.attempts)), skills.keep(std::to_string(s.hints)),
                    skills.keep(progress::human_duration(s.time_ms, o.lang))});
    out += text_table(skills, {false, true, true, true, true, true, true});
    out += std::string("\n") + w.by_village + "\n";
    Grid villages{8, {}, {}};
    villages.row({w.village, w.learner, w.active, w.done, w.passed, w.tries, w.hints, w.time});
    auto village_row = [&](const VillageTotal& v, const std::string& name) {
        villages.row({villages.keep(name), villages.keep(std::to_string(v.learners)),
                      villages.keep(std::to_string(v.learners_active)), villages.keep(std::to_string(v.lessons_done)),
                      villages.keep(std::to_string(v.tests_passed)), villages.keep(std::to_string(v.attempts)),
                      villages.keep(std::to_string(v.hints)),
                      villages.keep(progress::human_duration(v.time_ms, o.lang))});
    };
    for (const auto& v : data.villages)
        village_row(v, village_label(v.village, o));
    village_row(data.total, w.all);
    out += text_table(villages, {false, true, true, true, true, true, true, true});
    return out;
}

// [SECTION] CSV

namespace {

// A text cell. One that starts as a spreadsheet formula would (= + - @, a tab or a CR:
// "=HYPERLINK(...)" in a learner's name) is written quoted after a ' so that Excel and
// LibreOffice show it as text and never run it (OWASP's advice on CSV injection).
// Numbers are written by csv_number, never through here: -5 stays a number.
void csv_field(std::string& out, std::string_view s)
{
    const bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
    if (!formula && s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += s;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void csv_number(std::string& out, std::int64_t n)
{
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, end);
}

void csv_row(std::string& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        csv_field(out, fields[i]);
    }
    out += "\r\n";
}

std::string csv_escaped(std::string_view s)
{
    std::string out;
    csv_field(out, s);
    return out;
}

} // namespace

std::string report_csv(const ReportData& data, const ReportOptions& o)
{
    const Words& w = words(o);
    const Dashboard& d = data.dashboard;
    std::string out = "\xEF\xBB\xBF"; // the BOM: Excel then reads UTF-8
    out.reserve(d.cells.size() * 200 + 1024);
    csv_row(out, {w.learner_id, w.learner, w.village, w.lesson_id, w.lesson, w.skills, w.status, w.status_code, w.tries,
                  w.hints, w.wrong, w.unsafe, w.time_s, w.score, w.last, w.resume});
    // What repeats, escaped once: each lesson's columns, each status's.
    std::vector<std::string> lesson_part;
    for (const auto& l : d.lessons)
        lesson_part.push_back(csv_escaped(l.id) + "," + csv_escaped(lesson_title(l, o)) + "," +
                              csv_escaped(skills_text(l, o)) + ",");
    std::string status_part[4];
    for (int s = 0; s < 4; ++s)
        status_part[s] = csv_escaped(status_label(static_cast<LessonStatus>(s), o)) + "," +
                         status_name(static_cast<LessonStatus>(s)) + ",";
    for (std::size_t i = 0; i < d.learners.size(); ++i) {
        const LearnerProfile& p = d.learners[i];
        const std::string learner_part = csv_escaped(p.id) + "," + csv_escaped(p.name) + "," + csv_escaped(p.village) +
                                         ",";
        for (std::size_t k = 0; k < d.lessons.size(); ++k) {
            const LessonProgress& c = d.at(i, k);
            out += learner_part;
            out += lesson_part[k];
            out += status_part[static_cast<int>(c.status)];
            csv_number(out, c.attempts);
            out += ',';
            csv_number(out, c.hints);
            out += ',';
            csv_number(out, c.wrong_actions);
            out += ',';
            csv_number(out, c.unsafe_attempts);
            out += ',';
            csv_number(out, (c.time_ms + 500) / 1000);
            out += ',';
            if (c.best_score)
                csv_number(out, *c.best_score);
            out += ',';
            if (c.attempts)
                progress::append_local_date_time(out, c.last_at, o.utc_offset_min);
            out += ',';
            if (c.resume_step >= 0)
                csv_number(out, c.resume_step + 1);
            out += "\r\n";
        }
    }
    // The totals per skill, after a blank line.
    out += "\r\n";
    csv_row(out, {w.skill_id, w.skill, w.started, w.practised, w.mastered, w.tries, w.hints, w.time_s});
    for (const auto& s : data.skills) {
        out += csv_escaped(s.skill) + "," + csv_escaped(skill_label(s.skill, o.lang));
        for (const std::int64_t n :
             {std::int64_t{s.learners_started}, std::int64_t{s.learners_practised}, std::int64_t{s.learners_mastered},
              std::int64_t{s.attempts}, std::int64_t{s.hints}, (s.time_ms + 500) / 1000}) {
            out += ',';
            csv_number(out, n);
        }
        out += "\r\n";
    }
    return out;
}

// [SECTION] HTML

namespace {

std::string esc(const std::string& s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

constexpr const char* html_style = R"css(
  @page { size: A4 portrait; margin: 12mm; }
  * { box-sizing: border-box; }
  body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 2mm; }
  h2 { font-size: 12pt; margin: 5mm 0 1.5mm; }
  p.meta { margin: 0 0 1mm; color: #333; }
  table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
  th, td { border: 0.3mm solid #888; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
  th { background: #e8eef5; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  table.grid th.lesson { font-weight: normal; font-size: 8pt; }
  table.grid td.c { text-align: center; width: 8mm; }
  tr { page-break-inside: avoid; }
  .legend { font-size: 8.5pt; color: #333; margin-top: 1mm; }
  .unsafe { color: #b00020; font-weight: bold; }
  @media screen { body { max-width: 190mm; margin: 8mm auto; } }
  @media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)css";

const char* grid_mark(LessonStatus s)
{
    switch (s) {
    case LessonStatus::PassedTest: return "★";
    case LessonStatus::DoneWithHelp: return "✓";
    case LessonStatus::InProgress: return "…";
    case LessonStatus::NotStarted: return "";
    }
    return "";
}

} // namespace

std::string report_html(const ReportData& data, const ReportOptions& o)
{
    const Words& w = words(o);
    const Dashboard& d = data.dashboard;
    std::ostringstream h;
    h << "<!DOCTYPE html>\n<html lang=\"" << (o.lang == "en" ? "en" : "vi") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<title>" << esc(w.title) << "</title>\n<style>" << html_style << "</style>\n</head>\n<body>\n";
    h << "<h1>" << esc(w.title) << "</h1>\n<p class=\"meta\">" << esc(w.made) << ": " << esc(made_at(o));
    if (!o.village.empty())
        h << " · " << esc(w.village_filter) << ": " << esc(o.village);
    h << "</p>\n<p class=\"meta\">" << d.learners.size() << " " << esc(w.learners) << ", " << d.lessons.size() << " "
      << esc(w.lessons) << ", " << data.total.attempts << " " << esc(w.attempts) << "</p>\n";

    h << "<h2>" << esc(w.by_skill) << "</h2>\n<table class=\"skills\">\n<tr><th>" << esc(w.skill) << "</th><th>"
      << esc(w.started) << "</th><th>" << esc(w.practised) << "</th><th>" << esc(w.mastered) << "</th><th>"
      << esc(w.tries) << "</th><th>" << esc(w.hints) << "</th><th>" << esc(w.time) << "</th></tr>\n";
    for (const auto& s : data.skills)
        h << "<tr><td>" << esc(skill_label(s.skill, o.lang)) << "</td><td class=\"n\">" << s.learners_started
          << "</td><td class=\"n\">" << s.learners_practised << "</td><td class=\"n\">" << s.learners_mastered
          << "</td><td class=\"n\">" << s.attempts << "</td><td class=\"n\">" << s.hints << "</td><td class=\"n\">"
          << esc(progress::human_duration(s.time_ms, o.lang)) << "</td></tr>\n";
    h << "</table>\n";

    h << "<h2>" << esc(w.by_village) << "</h2>\n<table class=\"villages\">\n<tr><th>" << esc(w.village) << "</th><th>"
      << esc(w.learner) << "</th><th>" << esc(w.active) << "</th><th>" << esc(w.done) << "</th><th>" << esc(w.passed)
      << "</th><th>" << esc(w.tries) << "</th><th>" << esc(w.hints) << "</th><th>" << esc(w.time) << "</th></tr>\n";
    auto village_row = [&](const VillageTotal& v, const std::string& name, bool total) {
        const char* cell = total ? "th" : "td";
        h << "<tr><" << cell << ">" << esc(name) << "</" << cell << ">";
        for (const int n : {v.learners, v.learners_active, v.lessons_done, v.tests_passed, v.attempts, v.hints})
            h << "<td class=\"n\">" << n << "</td>";
        h << "<td class=\"n\">" << esc(progress::human_duration(v.time_ms, o.lang)) << "</td></tr>\n";
    };
    for (const auto& v : data.villages)
        village_row(v, village_label(v.village, o), false);
    village_row(data.total, w.all, true);
    h << "</table>\n";

    h << "<h2>" << esc(w.grid) << "</h2>\n";
    if (d.learners.empty()) {
        h << "<p>" << esc(w.none) << "</p>\n";
    } else {
        h << "<table class=\"grid\">\n<tr><th>" << esc(w.learner) << "</th><th>" << esc(w.village) << "</th>";
        for (std::size_t k = 0; k < d.lessons.size(); ++k)
            h << "<th class=\"lesson\" title=\"" << esc(d.lessons[k].id) << "\">" << k + 1 << ". "
              << esc(lesson_title(d.lessons[k], o)) << "</th>";
        h << "</tr>\n";
        for (std::size_t i = 0; i < d.learners.size(); ++i) {
            h << "<tr><td>" << esc(d.learners[i].name) << "</td><td>" << esc(d.learners[i].village) << "</td>";
            for (std::size_t k = 0; k < d.lessons.size(); ++k)
                h << "<td class=\"c\">" << grid_mark(d.at(i, k).status)
                  << (d.at(i, k).unsafe_attempts > 0 ? "<span class=\"unsafe\">⚠</span>" : "") << "</td>";
            h << "</tr>\n";
        }
        h << "</table>\n<p class=\"legend\">" << esc(w.legend) << "</p>\n<p class=\"legend\"><span "
          << "class=\"unsafe\">⚠</span>"
          << " " << esc(w.unsafe_legend) << "</p>\n";
    }
    h << "</body>\n</html>\n";
    return h.str();
}

// [SECTION] xAPI

namespace {

constexpr const char* adl_verbs = "http://adlnet.gov/expapi/verbs/";

json verb(const char* id, const char* vi)
{
    return {{"id", std::string(adl_verbs) + id}, {"display", {{"en-US", id}, {"vi-VN", vi}}}};
}

std::string iri_part(const std::string& s)
{
    // Lesson and skill ids are [a-z0-9-]; anything else is percent-encoded.
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace

std::vector<json> xapi_statements(const AttemptRow& a, const LearnerProfile& learner, const LessonInfo& lesson,
                                  const ReportOptions& o)
{
    const std::string base = o.xapi_base;
    const std::string ext = base + "/xapi/extensions/";
    const json actor = {
        {"objectType", "Agent"}, {"name", learner.name}, {"account", {{"homePage", base}, {"name", learner.id}}}};
    json name = {{"vi-VN", lesson.title.empty() ? lesson.id : lesson.title}};
    if (!lesson.title_en.empty())
        name["en-US"] = lesson.title_en;
    const json object = {{"objectType", "Activity"},
                         {"id", base + "/lessons/" + iri_part(lesson.id)},
                         {"definition", {{"name", name}, {"type", "http://adlnet.gov/expapi/activities/lesson"}}}};
    json context = {{"registration", a.id},
                    {"language", "vi-VN"},
                    {"platform", "Luyện Số"},
                    {"extensions",
                     {{ext + "mode", mode_name(a.mode)},
                      {ext + "session", a.session.empty() ? o.session : a.session},
                      {ext + "pc", a.pc_id},
                      {ext + "lesson-version", a.lesson_version}}}};
    if (!lesson.skills.empty()) {
        json category = json::array();
        for (const auto& s : lesson.skills)
            category.push_back(
                {{"objectType", "Activity"},
                 {"id", base + "/skills/" + iri_part(s)},
                 {"definition", {{"name", {{"vi-VN", skill_label(s, "vi")}, {"en-US", skill_label(s, "en")}}}}}});
        context["contextActivities"] = {{"category", category}};
    }
    const json extensions = {{ext + "hints", a.hints},
                             {ext + "wrong-actions", a.wrong_actions},
                             {ext + "unsafe-choices", a.unsafe},
                             {ext + "steps-reached", a.steps_reached},
                             {ext + "steps-total", a.steps_total}};
    auto statement = [&](const char* verb_id, const char* verb_vi, TimeMs at) {
        return json{{"id", progress::uuid_from(a.id + "|" + verb_id)},
                    {"actor", actor},
                    {"verb", verb(verb_id, verb_vi)},
                    {"object", object},
                    {"context", context},
                    {"timestamp", progress::iso_utc(at)}};
    };
    std::vector<json> out;
    const bool ended = a.ended_at.has_value() && a.outcome != Outcome::InProgress;
    const TimeMs end_at = a.ended_at.value_or(a.started_at + a.duration_ms);
    if (a.mode == Mode::Watch) {
        json s = statement("experienced", "đã xem", ended ? end_at : a.started_at);
        s["result"] = {{"completion", a.outcome == Outcome::Completed},
                       {"duration", progress::iso_duration(a.duration_ms)},
                       {"extensions", extensions}};
        out.push_back(std::move(s));
        return out;
    }
    out.push_back(statement("attempted", "đã thử", a.started_at));
    if (!ended)
        return out;
    if (a.mode == Mode::Test) {
        const bool passed = a.passed.value_or(false);
        json s = statement(passed ? "passed" : "failed", passed ? "đã qua" : "chưa qua", end_at);
        const int score = std::clamp(a.score.value_or(0), 0, 100);
        s["result"] = {{"success", passed},
                       {"completion", a.outcome == Outcome::Completed},
                       {"score", {{"scaled", score / 100.0}, {"raw", score}, {"min", 0}, {"max", 100}}},
                       {"duration", progress::iso_duration(a.duration_ms)},
                       {"extensions", extensions}};
        out.push_back(std::move(s));
    } else if (a.outcome == Outcome::Completed) {
        json s = statement("completed", "đã hoàn thành", end_at);
        s["result"] = {
            {"completion", true}, {"duration", progress::iso_duration(a.duration_ms)}, {"extensions", extensions}};
        out.push_back(std::move(s));
    }
    return out;
}

Status write_xapi(const ProgressStore& store, const std::vector<LessonInfo>& catalog, const ReportOptions& options,
                  std::ostream& out)
{
    std::unordered_map<std::string, LearnerProfile> learners;
    const std::string village = progress::fold_name(options.village);
    for (auto& p : store.learners())
        if (options.village.empty() || progress::fold_name(p.village) == village)
            learners.emplace(p.id, std::move(p));
    std::unordered_map<std::string, LessonInfo> lessons;
    for (auto& l : store.all_lessons(catalog))
        lessons.emplace(l.id, std::move(l));
    out << "[";
    bool first = true;
    const bool ok = store.for_each_attempt([&](const AttemptRow& a) {
        const auto p = learners.find(a.learner_id);
        if (p == learners.end())
            return true;
        auto l = lessons.find(a.lesson_id);
        const LessonInfo fallback{a.lesson_id, a.lesson_version, a.lesson_id, {}, {}, a.steps_total};
        for (const json& s : xapi_statements(a, p->second, l == lessons.end() ? fallback : l->second, options)) {
            out << (first ? "\n" : ",\n") << s.dump(-1, ' ', false, json::error_handler_t::replace);
            first = false;
        }
        return static_cast<bool>(out);
    });
    out << (first ? "]\n" : "\n]\n");
    if (!ok)
        return store.last_error().ok() ? Status::fail(StoreError::Io, "cannot write the report") : store.last_error();
    return {};
}

Status write_report(const ProgressStore& store, const std::vector<LessonInfo>& catalog, ReportFormat format,
                    const ReportOptions& options, std::ostream& out)
{
    store.clear_error();
    if (format == ReportFormat::Xapi)
        return write_xapi(store, catalog, options, out);
    const ReportData data = build_report(store, catalog, options);
    if (!store.last_error().ok())
        return store.last_error();
    switch (format) {
    case ReportFormat::Table: out << report_table(data, options); break;
    case ReportFormat::Csv: out << report_csv(data, options); break;
    case ReportFormat::Html: out << report_html(data, options); break;
    case ReportFormat::Xapi: break;
    }
    if (!out)
        return Status::fail(StoreError::Io, "cannot write the report");
    return {};
}

} // namespace luyenso
