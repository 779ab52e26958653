// Docs that cannot drift: every element id, event, event field, screen and key that the
// organisers' docs (English and Vietnamese) and the lesson schema name is checked against
// the code's own lists (Phone::publishable_ids over the shipped lessons' worlds,
// event_catalogue(), Phone::screen_names(), and the lesson reader itself for keys), and
// every event the code emits is documented in both languages with exactly its fields.
// Links in docs/*.md and README.md resolve to files inside the repository.
#include "lessons/lesson.h"
#include "phone/event.h"
#include "phone/phone.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace luyenso;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string read_text(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> split_lines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// The names the code knows.
struct Known {
    std::set<std::string> ids;     // element ids some shipped lesson's phone publishes
    std::set<std::string> events;  // event_catalogue()
    std::set<std::string> screens; // Phone::screen_names()
    std::set<std::string> spaces;  // their first components: "chat", "bank", ...

    bool names_something(const std::string& name) const
    {
        return ids.count(name) || events.count(name) || screens.count(name);
    }
};

Known known_names()
{
    Known k;
    for (const auto& entry : fs::directory_iterator(test::lessons_dir())) {
        if (entry.path().extension() != ".json")
            continue;
        const LoadResult loaded = load_lesson_file(entry.path().string());
        INFO(entry.path().string());
        REQUIRE(loaded.lesson);
        const auto ids = Phone::publishable_ids(loaded.lesson->world);
        k.ids.insert(ids.begin(), ids.end());
        for (const DataAppSpec& app : loaded.lesson->world.apps) // apps declared as data: their screens
            for (const AppScreen& screen : app.screens)
                k.screens.insert("app." + app.id + "." + screen.id);
    }
    // What no shipped lesson has: a saved recipient in the bank, a call in the phone's log.
    json rich = json::parse(read_text(test::lessons_dir() + "/thanh-toan-qr-cua-hang.json"));
    rich["world"]["bank"]["beneficiaries"] = json::array(
        {{{"id", "con-gai"}, {"name", "Lò Thị Hoa"}, {"account", "0123456789"}}});
    const LoadResult loaded = load_lesson_text(rich.dump(), test::lessons_dir() + "/docs-rich-world.json");
    REQUIRE(loaded.lesson);
    World world = loaded.lesson->world;
    world.call_log.push_back(CallLogEntry{"tel:0912345678", false, true, true, "19:31", 0});
    const auto rich_ids = Phone::publishable_ids(world);
    k.ids.insert(rich_ids.begin(), rich_ids.end());
    for (const EventSpec& spec : event_catalogue())
        k.events.insert(spec.name);
    for (const std::string& s : Phone::screen_names())
        k.screens.insert(s);
    for (const auto* set : {&k.ids, &k.events, &k.screens})
        for (const std::string& name : *set)
            k.spaces.insert(name.substr(0, name.find('.')));
    return k;
}

bool is_placeholder(const std::string& component)
{
    return !component.empty() &&
           std::all_of(component.begin(), component.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

std::vector<std::string> components(const std::string& name)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t dot; (dot = name.find('.', start)) != std::string::npos; start = dot + 1)
        parts.push_back(name.substr(start, dot - start));
    parts.push_back(name.substr(start));
    return parts;
}

// Whether a documented name, possibly with placeholders (`chat.list.item.CHAT`), names an
// element id, an event or a screen the code has.
bool known_name(const std::string& name, const Known& k)
{
    const auto parts = components(name);
    if (std::none_of(parts.begin(), parts.end(), is_placeholder))
        return k.names_something(name);
    std::string pattern;
    for (const std::string& p : parts)
        pattern += (pattern.empty() ? "" : "\\.") + (is_placeholder(p) ? std::string("[^.]+") : p);
    const std::regex re(pattern);
    for (const auto* set : {&k.ids, &k.screens})
        for (const std::string& candidate : *set)
            if (std::regex_match(candidate, re))
                return true;
    return false;
}

// The dotted names a line of Markdown writes in `backticks`: a bare name (`chat.send`),
// one continuing the previous name's prefix (`bank.pay.recipient`, `.account`), alternatives
// (`eid.rule.length|digit`) and quoted names inside a JSON snippet (`{"tap": "chat.send"}`).
// Names outside the code's namespaces (file names, ...) are left out.
std::vector<std::string> names_in_line(std::string line, const Known& k)
{
    std::vector<std::string> out;
    const std::regex backticks("`([^`]+)`");
    const std::regex bare("^\\.?[A-Za-z0-9_.|*-]+$");
    const std::regex quoted("\"([a-z][a-z0-9_-]*(\\.[A-Za-z0-9_-]+)+)\"");
    std::string prefix;
    // In a table cell an alternative is written `a\|b`.
    for (std::size_t at; (at = line.find("\\|")) != std::string::npos;)
        line.replace(at, 2, "|");
    for (auto it = std::sregex_iterator(line.begin(), line.end(), backticks); it != std::sregex_iterator(); ++it) {
        const std::string content = (*it)[1];
        std::vector<std::string> candidates;
        if (std::regex_match(content, bare)) {
            candidates.push_back(content);
        } else {
            for (auto q = std::sregex_iterator(content.begin(), content.end(), quoted); q != std::sregex_iterator();
                 ++q)
                candidates.push_back((*q)[1]);
        }
        for (std::string name : candidates) {
            if (name.find('*') != std::string::npos)
                continue;
            if (name[0] == '.') {
                if (prefix.empty())
                    continue;
                name = prefix + name;
            } else if (name.find('.') == std::string::npos) {
                continue;
            }
            if (!k.spaces.count(name.substr(0, name.find('.'))))
                continue;
            const std::size_t last = name.rfind('.');
            prefix = name.substr(0, last);
            const std::string tail = name.substr(last + 1);
            std::size_t start = 0;
            for (std::size_t bar;; start = bar + 1) {
                bar = tail.find('|', start);
                out.push_back(prefix + "." + tail.substr(start, bar - start));
                if (bar == std::string::npos)
                    break;
            }
        }
    }
    return out;
}

// The tutorials show `check` catching this one on purpose.
const std::string deliberate_typo = "chat.list.item.tom";

// Every dotted name a doc writes that the code does not know, as "FILE:LINE: NAME".
std::vector<std::string> unknown_names(const std::string& file, const std::string& text, const Known& k)
{
    std::vector<std::string> problems;
    const auto lines = split_lines(text);
    for (std::size_t i = 0; i < lines.size(); ++i)
        for (const std::string& name : names_in_line(lines[i], k))
            if (!known_name(name, k) && name != deliberate_typo)
                problems.push_back(file + ":" + std::to_string(i + 1) + ": unknown name `" + name + "`");
    return problems;
}

// A Markdown table row, split into its cells (an escaped `\|` stays in its cell).
std::vector<std::string> cells(const std::string& line)
{
    std::vector<std::string> out;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
            cell += "\\|";
            ++i;
        } else if (line[i] == '|') {
            out.push_back(cell);
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    for (std::string& c : out) {
        const auto b = c.find_first_not_of(' ');
        const auto e = c.find_last_not_of(' ');
        c = b == std::string::npos ? "" : c.substr(b, e - b + 1);
    }
    return out;
}

struct Row {
    std::string heading; // the section's heading, without the #s
    std::string header;  // the table's first header cell
    std::vector<std::string> cells;
    std::size_t line = 0;
};

std::vector<Row> table_rows(const std::string& text)
{
    std::vector<Row> rows;
    const auto lines = split_lines(text);
    std::string heading;
    std::string header;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        if (l.rfind('#', 0) == 0) {
            heading = l.substr(l.find_first_not_of("# "));
            header.clear();
            continue;
        }
        if (l.rfind('|', 0) != 0) {
            header.clear();
            continue;
        }
        if (header.empty()) {
            header = cells(l).empty() ? std::string("?") : cells(l)[0];
            ++i; // the |---| line
            continue;
        }
        rows.push_back({heading, header, cells(l), i + 1});
    }
    return rows;
}

std::vector<std::string> backticked(std::string cell, bool drop_parentheses)
{
    if (drop_parentheses) {
        const std::regex parens("\\([^()]*\\)");
        for (std::string before; before != cell;) {
            before = cell;
            cell = std::regex_replace(cell, parens, "");
        }
    }
    std::vector<std::string> out;
    const std::regex backticks("`([^`]+)`");
    for (auto it = std::sregex_iterator(cell.begin(), cell.end(), backticks); it != std::sregex_iterator(); ++it) {
        const std::string token = (*it)[1];
        std::size_t start = 0;
        for (std::size_t slash;; start = slash + 1) { // `to`/`page`/`contact` is one token per name here
            slash = token.find('/', start);
            out.push_back(token.substr(start, slash - start));
            if (slash == std::string::npos)
                break;
        }
    }
    return out;
}

// The events the tables of `text` document, with the fields each row gives them; problems
// (an unknown event, a field the event does not have, a field left out) go to `problems`.
std::set<std::string> documented_events(const std::string& file, const std::string& text,
                                        std::vector<std::string>& problems)
{
    std::set<std::string> events;
    for (const Row& row : table_rows(text)) {
        if ((row.header != "event" && row.header != "sự kiện") || row.cells.size() < 2)
            continue;
        const std::string where = file + ":" + std::to_string(row.line) + ": ";
        const auto fields = backticked(row.cells[1], true);
        const std::set<std::string> documented(fields.begin(), fields.end());
        for (const std::string& name : backticked(row.cells[0], false)) {
            const EventSpec* spec = find_event_spec(name);
            if (!spec) {
                problems.push_back(where + "unknown event `" + name + "`");
                continue;
            }
            events.insert(name);
            const std::set<std::string> code(spec->fields.begin(), spec->fields.end());
            for (const std::string& f : documented)
                if (!code.count(f))
                    problems.push_back(where + "event `" + name + "` has no field `" + f + "`");
            for (const std::string& f : code)
                if (!documented.count(f))
                    problems.push_back(where + "event `" + name + "`: field `" + f + "` is not documented");
        }
    }
    return events;
}

// Where in a lesson the keys of a section's table go ("" = the top level).
std::optional<std::string> key_table_place(const std::string& heading)
{
    const std::vector<std::pair<std::string, std::string>> places = {
        {"Top level", ""},
        {"Cấp trên cùng", ""},
        {"World sections", "/world"},
        {"World: ", "/world/bank"},
        {"World", "/world"},
        {"Thế giới", "/world"},
        {"Steps", "/steps/0"},
        {"Unsafe outcomes", "/unsafe/0"},
        {"Việc nguy hiểm", "/unsafe/0"},
        {"Các bước", "/steps/0"},
    };
    for (const auto& [start, place] : places)
        if (heading.rfind(start, 0) == 0)
            return place;
    return std::nullopt;
}

// The lesson every documented key is tried in: a shipped lesson with a bank.
json base_lesson()
{
    return json::parse(read_text(test::lessons_dir() + "/thanh-toan-qr-cua-hang.json"));
}

// Whether the lesson reader accepts `key` in the object at `place` (made an empty object
// when the base lesson has none there).
bool reader_accepts(const std::string& place, const std::string& key)
{
    json lesson = base_lesson();
    const json::json_pointer ptr(place);
    if (!lesson.contains(ptr) || !lesson.at(ptr).is_object())
        lesson[ptr] = json::object();
    lesson[ptr][key] = nullptr;
    const LoadResult loaded = load_lesson_text(lesson.dump(1), test::lessons_dir() + "/docs-key-probe.json");
    const std::string unknown = "unknown key \"" + key + "\"";
    return std::none_of(loaded.errors.begin(), loaded.errors.end(),
                        [&](const Diagnostic& d) { return d.to_string().find(unknown) != std::string::npos; });
}

// A schema object's properties, also when it is written as "allOf" of parts.
json schema_properties(const json& def)
{
    json out = json::object();
    if (def.contains("properties"))
        out.update(def.at("properties"));
    if (def.contains("allOf"))
        for (const json& part : def.at("allOf"))
            out.update(schema_properties(part));
    return out;
}

std::vector<std::string> lesson_docs()
{
    return {"docs/lesson-format.md", "docs/tra-cuu-bai-hoc.md", "docs/bank-app.md", "docs/huong-dan-soan-bai.md",
            "docs/lesson-tutorial.md"};
}

} // namespace

TEST_CASE("every element id, event and screen the organisers' docs name exists in the code", "[docs]")
{
    const Known k = known_names();
    std::vector<std::string> problems;
    for (const std::string& doc : lesson_docs()) {
        const auto found = unknown_names(doc, read_text(test::source_dir() + "/" + doc), k);
        problems.insert(problems.end(), found.begin(), found.end());
    }
    // The schema's descriptions and examples.
    const std::string schema = read_text(test::lessons_dir() + "/schema/lesson.schema.json");
    const std::regex dotted("(^|[^A-Za-z0-9_./-])([a-z][a-z0-9_]*(\\.[a-z0-9_]+)+)\\b");
    for (auto it = std::sregex_iterator(schema.begin(), schema.end(), dotted); it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[2];
        if (k.spaces.count(name.substr(0, name.find('.'))) && !known_name(name, k))
            problems.push_back("lessons/schema/lesson.schema.json: unknown name `" + name + "`");
    }
    CHECK(problems == std::vector<std::string>{});
}

TEST_CASE("a doc naming an id the phone does not have is caught", "[docs]")
{
    const Known k = known_names();
    // The browser's icon is home.app.web; the docs once said home.app.browser.
    CHECK(unknown_names("x.md", "| home | `home.app.browser` |\n", k) ==
          std::vector<std::string>{"x.md:1: unknown name `home.app.browser`"});
    CHECK(unknown_names("x.md", "Tap `{\"tap\": \"chat.sendd\"}` then `bank.pay.recipient`, `.acount`.\n", k) ==
          std::vector<std::string>{"x.md:1: unknown name `chat.sendd`", "x.md:1: unknown name `bank.pay.acount`"});
    CHECK(unknown_names("x.md", "`eid.rule.length\\|digit\\|colour` and `chat.list.item.CHAT`, `nav.NOPE.x`\n", k) ==
          std::vector<std::string>{"x.md:1: unknown name `eid.rule.colour`", "x.md:1: unknown name `nav.NOPE.x`"});
    // File names and values are not names of the phone.
    CHECK(unknown_names("x.md", "`lessons/bai.json`, `pack.json`, `chat`, `1.2`\n", k).empty());
    CHECK(unknown_names("x.md", "`home.app.web`, `call.accept`, `call.accepted`, `sms.thread`\n", k).empty());
}

TEST_CASE("every event the phone emits is documented in English and Vietnamese with its fields", "[docs]")
{
    std::vector<std::string> problems;
    std::set<std::string> english;
    for (const std::string doc : {"docs/lesson-format.md", "docs/bank-app.md"}) {
        const auto events = documented_events(doc, read_text(test::source_dir() + "/" + doc), problems);
        english.insert(events.begin(), events.end());
    }
    const std::string vi_doc = "docs/tra-cuu-bai-hoc.md";
    const std::set<std::string> vietnamese = documented_events(vi_doc, read_text(test::source_dir() + "/" + vi_doc),
                                                               problems);
    for (const EventSpec& spec : event_catalogue()) {
        if (!english.count(spec.name))
            problems.push_back(std::string("docs/lesson-format.md: event `") + spec.name + "` is not documented");
        if (!vietnamese.count(spec.name))
            problems.push_back(vi_doc + ": event `" + spec.name + "` is not documented");
    }
    CHECK(problems == std::vector<std::string>{});

    std::vector<std::string> caught;
    documented_events("x.md", "| event | fields | when |\n|---|---|---|\n| `call.acepted` | | |\n", caught);
    documented_events("x.md", "| sự kiện | trường | khi |\n|---|---|---|\n| `call.ended` | `contact`, `by` | |\n",
                      caught);
    CHECK(caught == std::vector<std::string>{"x.md:3: unknown event `call.acepted`",
                                             "x.md:3: event `call.ended`: field `video` is not documented"});
}

TEST_CASE("every key the docs' and the schema's tables name is one the lesson reader accepts there", "[docs]")
{
    std::vector<std::string> problems;
    std::size_t tried = 0;
    for (const std::string doc : {"docs/lesson-format.md", "docs/tra-cuu-bai-hoc.md", "docs/bank-app.md"}) {
        for (const Row& row : table_rows(read_text(test::source_dir() + "/" + doc))) {
            if ((row.header != "key" && row.header != "trường") || row.cells.empty())
                continue;
            const std::string where = doc + ":" + std::to_string(row.line) + ": ";
            const auto place = key_table_place(row.heading);
            if (!place) {
                problems.push_back(where + "a table of keys under \"" + row.heading +
                                   "\": say in docs_test.cpp where its keys go");
                continue;
            }
            for (const std::string& key : backticked(row.cells[0], true)) {
                ++tried;
                if (!reader_accepts(*place, key))
                    problems.push_back(where + "the lesson reader refuses `" + key + "` at \"" + *place + "\"");
            }
        }
    }
    CHECK(tried > 60);

    const json schema = json::parse(read_text(test::lessons_dir() + "/schema/lesson.schema.json"));
    const std::map<std::string, std::string> defs = {
        {"world", "/world"},
        {"owner", "/world/owner"},
        {"contact", "/world/contacts/0"},
        {"bank", "/world/bank"},
        {"scene", "/world/bank/scenes/0"},
        {"qr", "/world/bank/scenes/0/qr"},
        {"eid", "/world/eid"},
        {"sms", "/world/sms"},
        {"web", "/world/web"},
        {"settings", "/world/settings"},
        {"step", "/steps/0"},
    };
    for (const auto& [key, value] : schema.at("properties").items())
        if (!reader_accepts("", key))
            problems.push_back("lessons/schema/lesson.schema.json: the lesson reader refuses `" + key + "`");
    for (const auto& [def, place] : defs) {
        const json properties = schema_properties(schema.at("$defs").at(def));
        for (const auto& [key, value] : properties.items())
            if (!reader_accepts(place, key))
                problems.push_back("lessons/schema/lesson.schema.json: $defs/" + def + ": the lesson reader refuses `" +
                                   key + "` at \"" + place + "\"");
    }
    CHECK(problems == std::vector<std::string>{});
    CHECK_FALSE(reader_accepts("/world", "browser"));
    CHECK_FALSE(reader_accepts("/steps/0", "done"));
}

TEST_CASE("links in the docs and the README resolve to files inside the repository", "[docs]")
{
    const fs::path root = fs::path(test::source_dir()).lexically_normal();
    std::vector<fs::path> files = {root / "README.md"};
    for (const auto& entry : fs::directory_iterator(root / "docs"))
        if (entry.path().extension() == ".md")
            files.push_back(entry.path());
    const std::regex link("\\]\\(([^)\\s]+)\\)");
    std::vector<std::string> problems;
    std::size_t links = 0;
    for (const fs::path& file : files) {
        const std::string text = read_text(file.string());
        const std::string name = file.lexically_relative(root).string();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), link); it != std::sregex_iterator(); ++it) {
            std::string target = (*it)[1];
            if (target.rfind("https://", 0) == 0 || target.rfind("http://", 0) == 0 || target.rfind("mailto:", 0) == 0)
                continue;
            target = target.substr(0, target.find('#'));
            if (target.empty())
                continue;
            ++links;
            if (target[0] == '/' || target.find("://") != std::string::npos) {
                problems.push_back(name + ": link to " + target + " is not relative to the repository");
                continue;
            }
            const fs::path resolved = (file.parent_path() / target).lexically_normal();
            const std::string inside = resolved.lexically_relative(root).string();
            if (inside.empty() || inside.rfind("..", 0) == 0)
                problems.push_back(name + ": link to " + target + " leaves the repository");
            else if (!fs::exists(resolved))
                problems.push_back(name + ": link to " + target + " names no file");
        }
    }
    CHECK(links > 5);
    CHECK(problems == std::vector<std::string>{});

    // The schema sends readers to a doc: it exists.
    const std::string schema = read_text(test::lessons_dir() + "/schema/lesson.schema.json");
    const std::regex doc("docs/[A-Za-z0-9_-]+\\.md");
    std::size_t named = 0;
    for (auto it = std::sregex_iterator(schema.begin(), schema.end(), doc); it != std::sregex_iterator(); ++it, ++named)
        CHECK(fs::exists(root / it->str()));
    CHECK(named > 0);
}
