// Report and dashboard times on a large progress store: fills a store with N learners x
// M lessons of attempts (one attempt per learner and lesson in a mix of modes and
// outcomes, with their steps), then times opening it (with its quick_check), the class
// dashboard, the report in each format, and one learner's lesson list and history.
// Usage: report_bench [--learners N] [--lessons M] [--dir DIR]
//   defaults 10000 x 30; with --dir the store is kept in DIR/progress.db and reused if
//   it is there (then `luyenso report --data-dir DIR` can be timed on it too).
// Prints figures only; it never fails because a machine is slow.
#include "progress/progress_store.h"
#include "progress/reports.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace luyenso;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// Counts what is written and keeps nothing (the xAPI report is large).
class CountingBuf : public std::streambuf {
public:
    std::size_t count = 0;

protected:
    std::streamsize xsputn(const char*, std::streamsize n) override
    {
        count += static_cast<std::size_t>(n);
        return n;
    }
    int_type overflow(int_type c) override
    {
        ++count;
        return traits_type::not_eof(c);
    }
};

constexpr const char* skills[] = {"video-call",   "group-chat", "send-photo",  "voice-message", "qr-payment",
                                  "bill-payment", "e-id",       "scam-safety", "bank-transfer", "typing"};
constexpr const char* family_names[] = {"Bàn", "Lò", "Đặng", "Hoàng", "Sùng", "Giàng", "Vàng", "Lý", "Triệu", "Nông"};
constexpr const char* given_names[] = {"Văn Giảng", "Thị Mai", "Thị Nga", "Văn Lù",   "A Páo",
                                       "Thị Dung",  "Văn Sử",  "Thị Hoa", "Văn Minh", "Thị Lan"};

std::vector<LessonInfo> make_lessons(int count)
{
    std::vector<LessonInfo> out;
    for (int k = 0; k < count; ++k) {
        LessonInfo l;
        l.id = "bai-" + std::to_string(k + 1);
        l.title = "Bài " + std::to_string(k + 1) + ": luyện kỹ năng số";
        l.skills = {skills[k % std::size(skills)]};
        l.steps = 6;
        out.push_back(l);
    }
    return out;
}

bool fill(ProgressStore& store, int learners, const std::vector<LessonInfo>& lessons)
{
    constexpr TimeMs t0 = 1'714'550'400'000;
    constexpr int batch = 250; // learners per transaction
    for (int first = 0; first < learners; first += batch) {
        const Status s = store.transaction([&]() -> Status {
            for (int i = first; i < std::min(learners, first + batch); ++i) {
                LearnerProfile p;
                p.name = std::string(family_names[i % 10]) + " " + given_names[(i / 10) % 10] + " " + std::to_string(i);
                p.village = "Thôn " + std::to_string(i % 50 + 1);
                if (Status c = store.create_learner(p, t0 + i); !c)
                    return c;
                for (std::size_t k = 0; k < lessons.size(); ++k) {
                    const int kind = static_cast<int>((static_cast<std::size_t>(i) * 7 + k * 3) % 20);
                    const Mode mode = kind < 10   ? Mode::Guided
                                      : kind < 15 ? Mode::Test
                                      : kind < 18 ? Mode::Practice
                                                  : Mode::Watch;
                    const bool stops = kind == 15 || kind == 16 || kind == 17;
                    const int steps = stops ? 3 : 6;
                    const TimeMs start = t0 + 86'400'000LL * static_cast<TimeMs>(k) + i;
                    std::string id;
                    if (Status a = store.start_attempt(p.id, lessons[k], mode, start, "bench", id); !a)
                        return a;
                    TimeMs at = start;
                    for (int st = 0; st < steps; ++st) {
                        const TimeMs took = 4000 + (i * 13 + st * 7) % 20'000;
                        const StepRow row{st,
                                          "buoc-" + std::to_string(st + 1),
                                          st,
                                          at,
                                          at + took,
                                          (i + st) % 4 == 0 ? 1 : 0,
                                          (i + st) % 5 == 0 ? 1 : 0};
                        if (Status r = store.record_step(id, row, st + 1); !r)
                            return r;
                        at += took;
                    }
                    ProgressStore::AttemptEnd end{stops ? Outcome::Stopped : Outcome::Completed, at, steps,
                                                  std::nullopt, std::nullopt};
                    if (mode == Mode::Test) {
                        end.score = 60 + (i + static_cast<int>(k)) % 41;
                        end.passed = !stops && *end.score >= 80;
                    }
                    if (Status f = store.finish_attempt(id, end); !f)
                        return f;
                }
            }
            return {};
        });
        if (!s) {
            std::printf("filling failed: %s\n", s.message.c_str());
            return false;
        }
        if ((first / batch) % 8 == 0) {
            std::printf("  filled %d of %d learners\r", first + batch, learners);
            std::fflush(stdout);
        }
    }
    std::printf("\n");
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    int learners = 10'000;
    int lesson_count = 30;
    std::string dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--learners")
            learners = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--lessons")
            lesson_count = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--dir")
            dir = argv[i + 1];
    }
    namespace fs = std::filesystem;
    const bool temporary = dir.empty();
    if (temporary)
        dir = (fs::temp_directory_path() / ("luyenso-report-bench-" + std::to_string(::getpid()))).string();
    const std::string path = (fs::path(dir) / ProgressStore::default_file_name).string();
    const std::vector<LessonInfo> lessons = make_lessons(lesson_count);

    Status status;
    ProgressStore::OpenOptions options{path, ProgressStore::Access::ReadWrite, "bench"};
    const bool reuse = fs::exists(path);
    {
        auto store = ProgressStore::open(options, status);
        if (!store) {
            std::printf("cannot open %s: %s\n", path.c_str(), status.message.c_str());
            return 0;
        }
        if (!reuse) {
            std::printf("filling %s with %d learners x %d lessons...\n", path.c_str(), learners, lesson_count);
            const auto t = Clock::now();
            if (!fill(*store, learners, lessons))
                return 0;
            std::printf("filled in %.1f s\n", ms_since(t) / 1000);
        } else {
            std::printf("reusing %s\n", path.c_str());
        }
    }
    std::error_code ec;
    std::printf("file: %.1f MB\n", static_cast<double>(fs::file_size(path, ec)) / 1e6);

    auto t = Clock::now();
    auto store = ProgressStore::open(options, status);
    const double open_ms = ms_since(t);
    if (!store) {
        std::printf("cannot open %s: %s\n", path.c_str(), status.message.c_str());
        return 0;
    }
    std::printf("open (quick_check, schema check):  %8.1f ms\n", open_ms);

    t = Clock::now();
    const Dashboard d = store->dashboard(lessons);
    const double dashboard_ms = ms_since(t);
    std::printf("dashboard (%zu learners x %zu lessons): %8.1f ms\n", d.learners.size(), d.lessons.size(),
                dashboard_ms);

    ReportOptions ro;
    ro.now = 1'720'000'000'000;
    ro.utc_offset_min = 420;
    t = Clock::now();
    const ReportData data = build_report(*store, lessons, ro);
    const double build_ms = ms_since(t);
    std::printf("report data (dashboard + totals):  %8.1f ms\n", build_ms);
    double csv_total = 0;
    for (const char* format : {"table", "csv", "html"}) {
        t = Clock::now();
        const std::string text = std::string(format) == "table" ? report_table(data, ro)
                                 : std::string(format) == "csv" ? report_csv(data, ro)
                                                                : report_html(data, ro);
        const double format_ms = ms_since(t);
        std::printf("report %-5s: data %.1f + format %.1f = %8.1f ms (%.1f MB)\n", format, build_ms, format_ms,
                    build_ms + format_ms, static_cast<double>(text.size()) / 1e6);
        if (std::string(format) == "csv")
            csv_total = build_ms + format_ms;
    }
    {
        CountingBuf buf;
        std::ostream out(&buf);
        t = Clock::now();
        write_xapi(*store, lessons, ro, out);
        std::printf("report xapi (streamed):            %8.1f ms (%.1f MB)\n", ms_since(t),
                    static_cast<double>(buf.count) / 1e6);
    }
    const std::string someone = d.learners.empty() ? std::string() : d.learners[d.learners.size() / 2].id;
    t = Clock::now();
    const auto statuses = store->lesson_statuses(someone, lessons);
    std::printf("one learner's lesson list:         %8.2f ms (%zu lessons)\n", ms_since(t), statuses.size());
    t = Clock::now();
    const auto history = store->history(someone, true);
    std::printf("one learner's history with steps:  %8.2f ms (%zu attempts)\n", ms_since(t), history.size());
    std::printf("target: the report under 1 s (csv: %.0f ms): %s\n", csv_total, csv_total < 1000 ? "met" : "MISSED");

    store.reset();
    if (temporary)
        fs::remove_all(dir, ec);
    return 0;
}
