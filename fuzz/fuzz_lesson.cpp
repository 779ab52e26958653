// libFuzzer target: the lesson loader and `check` (load_lesson_text, then the lesson's
// demonstration played as `luyenso check` plays it). Besides crashes, leaks, undefined
// behaviour and timeouts it checks, for every input:
// - every diagnostic has a real position and a readable (valid UTF-8) message;
// - a lesson is returned exactly when there are no errors;
// - checking the loaded lesson finishes and reports in the same format.
#include "fuzz_support.h"
#include "lessons/catalog.h"
#include "lessons/lesson.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    luyenso::LoadResult loaded = luyenso::load_lesson_text(text, "fuzz.json");
    for (const luyenso::Diagnostic& d : loaded.errors) {
        luyenso::fuzz::check_diagnostic(d);
        if (d.file != "fuzz.json")
            luyenso::fuzz::fail("diagnostic names another file", d.to_string());
    }
    if (loaded.lesson.has_value() == !loaded.errors.empty())
        luyenso::fuzz::fail("a lesson with errors, or no lesson and no error", text);
    if (!loaded.lesson)
        return 0;

    luyenso::Catalog catalog;
    catalog.entries.push_back({"fuzz.json", std::move(loaded.lesson), {}, {}});
    for (const luyenso::CheckResult& r : luyenso::check_catalog(catalog))
        for (const luyenso::Diagnostic& d : r.errors)
            luyenso::fuzz::check_diagnostic(d);
    return 0;
}
