#include "progress/progress_bundle.h"

#include "progress/progress_util.h"
#include "text/u8path.h"
#include "text/utf8.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <streambuf>

namespace luyenso {

using nlohmann::json;

namespace {

json opt(const std::optional<std::int64_t>& v)
{
    return v ? json(*v) : json(nullptr);
}

// Field readers that name what is wrong and where.
struct Reader {
    std::string& error;

    bool fail(const std::string& where, const std::string& what)
    {
        if (error.empty())
            error = where + ": " + what;
        return false;
    }
    const json* field(const json& o, const std::string& where, const char* key, bool required = true)
    {
        if (!o.is_object()) {
            fail(where, "must be an object");
            return nullptr;
        }
        const auto it = o.find(key);
        if (it == o.end() || (it->is_null() && required)) {
            if (required)
                fail(where, std::string("'") + key + "' is missing");
            return nullptr;
        }
        return &*it;
    }
    bool text(const json& o, const std::string& where, const char* key, std::string& out, bool required = true)
    {
        const json* v = field(o, where, key, required);
        if (!v)
            return !required && error.empty();
        if (!v->is_string())
            return fail(where, std::string("'") + key + "' must be text");
        out = v->get<std::string>();
        return true;
    }
    template <typename Int>
    bool number(const json& o, const std::string& where, const char* key, Int& out, bool required = true)
    {
        const json* v = field(o, where, key, required);
        if (!v)
            return !required && error.empty();
        if (!v->is_number_integer())
            return fail(where, std::string("'") + key + "' must be a whole number");
        out = v->get<Int>();
        return true;
    }
    // Unsafe outcome ids: a list of short slugs (absent: none).
    bool ids(const json& o, const std::string& where, const char* key, std::vector<std::string>& out)
    {
        const auto it = o.find(key);
        if (it == o.end() || it->is_null())
            return true;
        if (!it->is_array() || it->size() > 64)
            return fail(where, std::string("'") + key + "' must be a list of at most 64 ids");
        for (const json& id : *it) {
            const std::string text = id.is_string() ? id.get<std::string>() : std::string();
            const bool slug = !text.empty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            });
            if (!slug)
                return fail(where, std::string("'") + key + "' holds something that is not an id (a-z, 0-9, '-', '_')");
            out.push_back(text);
        }
        return true;
    }
    // A whole number or null.
    bool maybe_number(const json& o, const std::string& where, const char* key, std::optional<std::int64_t>& out)
    {
        const auto it = o.find(key);
        if (it == o.end() || it->is_null())
            return true;
        if (!it->is_number_integer())
            return fail(where, std::string("'") + key + "' must be a whole number or null");
        out = it->get<std::int64_t>();
        return true;
    }
    const json* list(const json& o, const std::string& where, const char* key)
    {
        const json* v = field(o, where, key, false);
        if (v && !v->is_array()) {
            fail(where, std::string("'") + key + "' must be a list");
            return nullptr;
        }
        return v;
    }
};

} // namespace

json bundle_to_json(const Bundle& b)
{
    json learners = json::array();
    for (const auto& p : b.learners)
        learners.push_back({{"id", p.id},
                            {"name", p.name},
                            {"village", p.village},
                            {"photo", p.photo},
                            {"voice", p.voice},
                            {"text_size", p.text_size},
                            {"created_at", p.created_at},
                            {"updated_at", p.updated_at}});
    json aliases = json::array();
    for (const auto& a : b.aliases)
        aliases.push_back({{"alias", a.alias_id}, {"learner", a.learner_id}});
    json lessons = json::array();
    for (const auto& l : b.lessons)
        lessons.push_back({{"id", l.id},
                           {"version", l.version},
                           {"title", l.title},
                           {"title_en", l.title_en},
                           {"skills", l.skills},
                           {"steps", l.steps}});
    json attempts = json::array();
    for (const auto& a : b.attempts) {
        json steps = json::array();
        for (const auto& s : a.steps) {
            steps.push_back({{"seq", s.seq},
                             {"id", s.step_id},
                             {"index", s.step_index},
                             {"started_at", s.started_at},
                             {"ended_at", s.ended_at},
                             {"hints", s.hints},
                             {"wrong_actions", s.wrong_actions}});
            // Written only when there is something: bundles of earlier versions read the same.
            if (!s.unsafe.empty())
                steps.back()["unsafe"] = s.unsafe;
            if (!s.finished)
                steps.back()["finished"] = false;
        }
        attempts.push_back({{"id", a.id},
                            {"learner", a.learner_id},
                            {"lesson", a.lesson_id},
                            {"lesson_version", a.lesson_version},
                            {"mode", mode_name(a.mode)},
                            {"started_at", a.started_at},
                            {"ended_at", opt(a.ended_at)},
                            {"outcome", outcome_name(a.outcome)},
                            {"steps_reached", a.steps_reached},
                            {"steps_total", a.steps_total},
                            {"hints", a.hints},
                            {"wrong_actions", a.wrong_actions},
                            {"duration_ms", a.duration_ms},
                            {"score", a.score ? json(*a.score) : json(nullptr)},
                            {"passed", a.passed ? json(*a.passed) : json(nullptr)},
                            {"pc", a.pc_id},
                            {"session", a.session},
                            {"steps", std::move(steps)}});
        if (!a.unsafe.empty())
            attempts.back()["unsafe"] = a.unsafe;
    }
    return {{"format", bundle_format},
            {"format_version", bundle_format_version},
            {"schema", ProgressStore::schema_version},
            {"pc_id", b.pc_id},
            {"exported_at", progress::iso_utc(b.exported_at)},
            {"exported_at_ms", b.exported_at},
            {"learners", std::move(learners)},
            {"aliases", std::move(aliases)},
            {"lessons", std::move(lessons)},
            {"attempts", std::move(attempts)}};
}

std::optional<Bundle> bundle_from_json(const json& j, std::string& error)
{
    error.clear();
    Reader r{error};
    Bundle b;
    std::string format;
    int version = 0;
    if (!j.is_object() || !j.contains("format") || !j["format"].is_string() || j["format"] != bundle_format) {
        error = "not a Luyện Số progress bundle (it needs \"format\": \"luyenso-progress\")";
        return std::nullopt;
    }
    if (!r.number(j, "bundle", "format_version", version))
        return std::nullopt;
    if (version > bundle_format_version) {
        error = "bundle format " + std::to_string(version) + " is newer than this Luyện Số reads (" +
                std::to_string(bundle_format_version) + "); update Luyện Số";
        return std::nullopt;
    }
    if (!r.text(j, "bundle", "pc_id", b.pc_id, false) || !r.number(j, "bundle", "exported_at_ms", b.exported_at, false))
        return std::nullopt;

    if (const json* list = r.list(j, "bundle", "learners")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& o = (*list)[i];
            const std::string where = "learners[" + std::to_string(i) + "]";
            LearnerProfile p;
            if (!r.text(o, where, "id", p.id) || !r.text(o, where, "name", p.name) ||
                !r.text(o, where, "village", p.village, false) || !r.text(o, where, "photo", p.photo, false) ||
                !r.text(o, where, "voice", p.voice, false) || !r.number(o, where, "text_size", p.text_size, false) ||
                !r.number(o, where, "created_at", p.created_at) || !r.number(o, where, "updated_at", p.updated_at))
                return std::nullopt;
            if (p.id.empty() || progress::fold_name(p.name).empty()) {
                r.fail(where, "a learner needs an id and a name");
                return std::nullopt;
            }
            if (p.voice.empty())
                p.voice = "vi";
            if (p.text_size < 50 || p.text_size > 300)
                p.text_size = 100;
            if (p.id.size() > max_id_chars) {
                r.fail(where, "'id' is longer than " + std::to_string(max_id_chars) + " characters");
                return std::nullopt;
            }
            if (Status st = tidy_and_check_profile(p); !st) {
                r.fail(where, st.message);
                return std::nullopt;
            }
            if (p.created_at < 0 || p.created_at > max_time_ms || p.updated_at < 0 || p.updated_at > max_time_ms) {
                r.fail(where, "'created_at' and 'updated_at' must be times between 1970 and 2100");
                return std::nullopt;
            }
            b.learners.push_back(std::move(p));
        }
    } else if (!error.empty()) {
        return std::nullopt;
    }
    if (const json* list = r.list(j, "bundle", "aliases")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string where = "aliases[" + std::to_string(i) + "]";
            LearnerAlias a;
            if (!r.text((*list)[i], where, "alias", a.alias_id) || !r.text((*list)[i], where, "learner", a.learner_id))
                return std::nullopt;
            b.aliases.push_back(std::move(a));
        }
    } else if (!error.empty()) {
        return std::nullopt;
    }
    if (const json* list = r.list(j, "bundle", "lessons")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& o = (*list)[i];
            const std::string where = "lessons[" + std::to_string(i) + "]";
            LessonInfo l;
            if (!r.text(o, where, "id", l.id) || !r.number(o, where, "version", l.version) ||
                !r.text(o, where, "title", l.title, false) || !r.text(o, where, "title_en", l.title_en, false) ||
                !r.number(o, where, "steps", l.steps, false))
                return std::nullopt;
            if (const json* skills = r.list(o, where, "skills")) {
                for (const json& s : *skills) {
                    if (!s.is_string()) {
                        r.fail(where, "'skills' must be a list of text");
                        return std::nullopt;
                    }
                    l.skills.push_back(s.get<std::string>());
                }
            } else if (!error.empty()) {
                return std::nullopt;
            }
            l.title = progress::clean_text(l.title);
            l.title_en = progress::clean_text(l.title_en);
            if (l.id.empty() || l.id.size() > max_id_chars || l.version < 1 || l.steps < 0 ||
                l.steps > max_lesson_steps || l.skills.size() > 100 || utf8_length(l.title) > max_title_chars ||
                utf8_length(l.title_en) > max_title_chars) {
                r.fail(where, "a lesson needs an id (at most " + std::to_string(max_id_chars) +
                                  " characters), a version of 1 or more, 0 to " + std::to_string(max_lesson_steps) +
                                  " steps, titles of at most " + std::to_string(max_title_chars) +
                                  " characters and at most 100 skills");
                return std::nullopt;
            }
            for (const auto& skill : l.skills)
                if (skill.empty() || skill.size() > max_id_chars) {
                    r.fail(where, "a skill is an id of 1 to " + std::to_string(max_id_chars) + " characters");
                    return std::nullopt;
                }
            b.lessons.push_back(std::move(l));
        }
    } else if (!error.empty()) {
        return std::nullopt;
    }
    if (const json* list = r.list(j, "bundle", "attempts")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& o = (*list)[i];
            const std::string where = "attempts[" + std::to_string(i) + "]";
            AttemptRow a;
            std::string mode;
            std::string outcome;
            std::optional<std::int64_t> ended, score;
            if (!r.text(o, where, "id", a.id) || !r.text(o, where, "learner", a.learner_id) ||
                !r.text(o, where, "lesson", a.lesson_id) || !r.number(o, where, "lesson_version", a.lesson_version) ||
                !r.text(o, where, "mode", mode) || !r.number(o, where, "started_at", a.started_at) ||
                !r.maybe_number(o, where, "ended_at", ended) || !r.text(o, where, "outcome", outcome) ||
                !r.number(o, where, "steps_reached", a.steps_reached) ||
                !r.number(o, where, "steps_total", a.steps_total) || !r.number(o, where, "hints", a.hints, false) ||
                !r.number(o, where, "wrong_actions", a.wrong_actions, false) ||
                !r.number(o, where, "duration_ms", a.duration_ms, false) || !r.maybe_number(o, where, "score", score) ||
                !r.text(o, where, "pc", a.pc_id, false) || !r.text(o, where, "session", a.session, false) ||
                !r.ids(o, where, "unsafe", a.unsafe))
                return std::nullopt;
            const auto m = mode_from_name(mode);
            const auto oc = outcome_from_name(outcome);
            if (!m || !oc) {
                r.fail(where, !m ? "unknown mode '" + mode + "'" : "unknown outcome '" + outcome + "'");
                return std::nullopt;
            }
            if (o.contains("passed") && !o["passed"].is_null()) {
                if (!o["passed"].is_boolean()) {
                    r.fail(where, "'passed' must be true, false or null");
                    return std::nullopt;
                }
                a.passed = o["passed"].get<bool>();
            }
            a.mode = *m;
            a.outcome = *oc;
            a.ended_at = ended;
            if (score && (*score < 0 || *score > 100)) {
                r.fail(where, "'score' " + std::to_string(*score) + " is not 0 to 100");
                return std::nullopt;
            }
            if (score)
                a.score = static_cast<int>(*score);
            if (const json* steps = r.list(o, where, "steps")) {
                for (std::size_t k = 0; k < steps->size(); ++k) {
                    const json& so = (*steps)[k];
                    const std::string w = where + ".steps[" + std::to_string(k) + "]";
                    StepRow s;
                    if (!r.number(so, w, "seq", s.seq) || !r.text(so, w, "id", s.step_id) ||
                        !r.number(so, w, "index", s.step_index) || !r.number(so, w, "started_at", s.started_at) ||
                        !r.number(so, w, "ended_at", s.ended_at) || !r.number(so, w, "hints", s.hints, false) ||
                        !r.number(so, w, "wrong_actions", s.wrong_actions, false) || !r.ids(so, w, "unsafe", s.unsafe))
                        return std::nullopt;
                    if (so.contains("finished")) {
                        if (!so["finished"].is_boolean()) {
                            r.fail(w, "'finished' must be true or false");
                            return std::nullopt;
                        }
                        s.finished = so["finished"].get<bool>();
                    }
                    a.steps.push_back(std::move(s));
                }
            } else if (!error.empty()) {
                return std::nullopt;
            }
            if (const std::string why = attempt_problem(a); !why.empty()) {
                r.fail(where, why);
                return std::nullopt;
            }
            b.attempts.push_back(std::move(a));
        }
    } else if (!error.empty()) {
        return std::nullopt;
    }
    return b;
}

bool write_bundle_file(const Bundle& bundle, const std::string& path, std::string& error)
{
    // Written beside the target, then renamed over it: never half a bundle.
    const std::filesystem::path tmp = u8_path(path + ".tmp");
    std::error_code ec;
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            error = "cannot write '" + path + "'";
            return false;
        }
        // The store gives valid UTF-8; `replace` makes sure a bad byte can never stop an export.
        out << bundle_to_json(bundle).dump(1, ' ', false, json::error_handler_t::replace) << "\n";
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(tmp, ec);
            error = "cannot write '" + path + "' (is the disk full?)";
            return false;
        }
    }
    std::filesystem::rename(tmp, u8_path(path), ec);
    if (ec) {
        const std::string why = ec.message();
        std::filesystem::remove(tmp, ec);
        error = "cannot write '" + path + "': " + why;
        return false;
    }
    return true;
}

namespace {

// A stream of at most `limit` bytes of another: the parser reads a bundle as it comes
// and stops at the limit (a bundle that is endless, or /dev/zero, ends there).
class LimitedBuf : public std::streambuf {
public:
    LimitedBuf(std::streambuf* source, std::uintmax_t limit) : source_(source), left_(limit) {}
    bool exceeded() const { return exceeded_; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        if (left_ == 0) {
            exceeded_ = source_->sgetc() != traits_type::eof();
            return traits_type::eof();
        }
        const auto want = static_cast<std::streamsize>(std::min<std::uintmax_t>(left_, sizeof buf_));
        const std::streamsize got = source_->sgetn(buf_, want);
        if (got <= 0)
            return traits_type::eof();
        left_ -= static_cast<std::uintmax_t>(got);
        setg(buf_, buf_, buf_ + got);
        return traits_type::to_int_type(*gptr());
    }

private:
    std::streambuf* source_;
    std::uintmax_t left_;
    bool exceeded_ = false;
    char buf_[65536];
};

std::string megabytes(std::uintmax_t bytes)
{
    return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MB";
}

} // namespace

std::optional<Bundle> read_bundle_file(const std::string& path, std::string& error)
{
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > max_bundle_bytes) {
            error = path + " is " + megabytes(size) + ": a bundle is at most " + megabytes(max_bundle_bytes) +
                    " (nothing was imported); export one learner at a time with --learner";
            return std::nullopt;
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read '" + path + "'";
        return std::nullopt;
    }
    auto limited = std::make_unique<LimitedBuf>(in.rdbuf(), max_bundle_bytes);
    std::istream stream(limited.get());
    const json j = json::parse(stream, nullptr, false);
    if (limited->exceeded()) {
        error = path + " is larger than " + megabytes(max_bundle_bytes) +
                ", the most a bundle can be (nothing was imported)";
        return std::nullopt;
    }
    if (j.is_discarded()) {
        error = path + ": not a Luyện Số progress bundle (not valid JSON)";
        return std::nullopt;
    }
    std::string why;
    auto b = bundle_from_json(j, why);
    if (!b)
        error = path + ": " + why;
    return b;
}

} // namespace luyenso
