// libFuzzer target: what comes from outside into the progress store, and the store's
// readers. The first byte picks what the rest is:
// - even: a bundle file's text (read_bundle_file's parser and checks, bundle_from_json);
//   an accepted bundle is imported into a new store, imported again (which must change
//   nothing), and every report is made from it;
// - odd: a progress.db file's bytes (damaged, hand-made): ProgressStore::open refuses it
//   or opens it read-only, and every report and an export are made from what it holds.
// Checks, for any input: no crash, leak or undefined behaviour; every report is valid
// UTF-8 and the xAPI report parses; an imported store's export reads back; a refusal
// has a message.
#include "fuzz_support.h"
#include "progress/progress_bundle.h"
#include "progress/progress_store.h"
#include "progress/reports.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using luyenso::fuzz::fail;

// `bytes` as the file `name` in an emptied folder for this process's store (libFuzzer
// runs inputs one after another); its path.
std::string fresh_file(const char* name, const std::string& bytes)
{
    const fs::path dir = fs::current_path() / "fuzz-bundle-store";
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir, ec);
    const std::string file = (dir / name).string();
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
}

// Every report of the store; with `round_trip`, its export must read back (a store
// filled by imports holds only what the checks let in).
void check_reports(const luyenso::ProgressStore& store, const std::string& input, bool round_trip)
{
    using luyenso::ReportFormat;
    for (const auto format : {ReportFormat::Table, ReportFormat::Csv, ReportFormat::Html, ReportFormat::Xapi}) {
        luyenso::ReportOptions options;
        options.now = 1'714'550'400'000;
        std::ostringstream out;
        const luyenso::Status s = luyenso::write_report(store, {}, format, options, out);
        if (!s && s.message.empty())
            fail("a report failed without a message", input);
        if (!luyenso::utf8_valid(out.str()))
            fail("a report is not valid UTF-8", input);
        if (s && format == ReportFormat::Xapi && nlohmann::json::parse(out.str(), nullptr, false).is_discarded())
            fail("the xAPI report does not parse", input);
    }
    if (!round_trip)
        return;
    const luyenso::Bundle b = store.export_bundle(1'714'550'400'000);
    const std::string text = luyenso::bundle_to_json(b).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
    std::string error;
    if (!luyenso::bundle_from_json(nlohmann::json::parse(text), error))
        fail("an export does not read back", error);
}

void fuzz_bundle_text(const std::string& text)
{
    const std::string file = fresh_file("bundle.json", text);
    std::string error;
    const auto bundle = luyenso::read_bundle_file(file, error);
    if (!bundle) {
        if (error.empty() || !luyenso::utf8_valid(error))
            fail("a refused bundle has no readable message", error);
        return;
    }
    luyenso::ProgressStore::OpenOptions o;
    o.path = (fs::path(file).parent_path() / "progress.db").string();
    o.pc_seed = "fuzz";
    luyenso::Status s;
    auto store = luyenso::ProgressStore::open(o, s);
    if (!store)
        fail("a new store did not open", s.message);
    luyenso::ImportSummary first;
    if (!store->import_bundle(*bundle, first))
        return; // refused as a whole (e.g. two learners with one id): nothing imported
    luyenso::ImportSummary again;
    if (!store->import_bundle(*bundle, again) || again.changed())
        fail("importing a bundle twice changed something", text);
    check_reports(*store, text, true);
}

void fuzz_store_file(const std::string& bytes)
{
    const std::string file = fresh_file("progress.db", bytes);
    luyenso::ProgressStore::OpenOptions o;
    o.path = file;
    o.access = luyenso::ProgressStore::Access::ReadOnly;
    luyenso::Status s;
    auto store = luyenso::ProgressStore::open(o, s);
    if (!store) {
        if (s.message.empty())
            fail("a refused store has no message", bytes);
        return;
    }
    check_reports(*store, bytes, false);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if ((data[0] & 1) == 0)
        fuzz_bundle_text(rest);
    else
        fuzz_store_file(rest);
    return 0;
}
