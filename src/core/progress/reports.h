// Reports of a class's progress (see docs/progress.md):
//   table  a readable text table (the lessons each learner started, then totals)
//   csv    UTF-8 with a BOM (Excel shows Vietnamese intact), CRLF lines: one row per
//          learner x lesson, then a blank line and the totals per skill
//   html   a printable one-page class report (A4) in Vietnamese: totals per skill and
//          per village or group, and the learners x lessons grid
//   xapi   xAPI 1.0.3 statements as a JSON array, for a Learning Record Store
#pragma once

#include "progress/progress_store.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace luyenso {

enum class ReportFormat { Table, Csv, Html, Xapi };
std::optional<ReportFormat> report_format_from_name(const std::string& name);

struct ReportOptions {
    std::string lang = "vi"; // labels: vi or en
    std::string village;     // only this village or group (every learner when empty)
    TimeMs now = 0;          // the report's date
    int utc_offset_min = 0;  // for the dates shown (Vietnam: +420); xAPI is in UTC
    // xAPI: the base of our IRIs (lessons, skills, extensions) and of the learners'
    // account homePage. An organisation sets its own site.
    std::string xapi_base = "https://luyenso.invalid";
    std::string session; // xAPI context: the session that made the report
};

// A skill's name for people (vi or en); unknown skills give their id.
std::string skill_label(const std::string& skill, const std::string& lang);

struct SkillTotal {
    std::string skill;
    int learners_started = 0;   // tried a lesson with this skill
    int learners_practised = 0; // did one (with help, or a test not passed)
    int learners_mastered = 0;  // passed a test of one
    int attempts = 0;
    int hints = 0;
    std::int64_t time_ms = 0;
};

struct VillageTotal {
    std::string village;
    int learners = 0;
    int learners_active = 0; // with at least one attempt
    int lessons_done = 0;    // learner x lesson cells done with help or passed
    int tests_passed = 0;
    int attempts = 0;
    int hints = 0;
    std::int64_t time_ms = 0;
};

struct ReportData {
    Dashboard dashboard;
    std::vector<SkillTotal> skills;
    std::vector<VillageTotal> villages;
    VillageTotal total; // every learner of the report
};

ReportData build_report(const ProgressStore& store, const std::vector<LessonInfo>& catalog,
                        const ReportOptions& options);

std::string report_table(const ReportData& data, const ReportOptions& options);
std::string report_csv(const ReportData& data, const ReportOptions& options);
std::string report_html(const ReportData& data, const ReportOptions& options);

// One attempt's statements: experienced (watch mode), or attempted, then completed
// (guided, practice) or passed / failed (test) when it ended.
std::vector<nlohmann::json> xapi_statements(const AttemptRow& attempt, const LearnerProfile& learner,
                                            const LessonInfo& lesson, const ReportOptions& options);
// Every attempt's statements as a JSON array, written as they are made.
Status write_xapi(const ProgressStore& store, const std::vector<LessonInfo>& catalog, const ReportOptions& options,
                  std::ostream& out);

// Builds and writes a report in `format`.
Status write_report(const ProgressStore& store, const std::vector<LessonInfo>& catalog, ReportFormat format,
                    const ReportOptions& options, std::ostream& out);

} // namespace luyenso
