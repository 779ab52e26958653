// A lesson: data only, loaded from JSON ("format": 1). See docs/lesson-format.md.
#pragma once

#include "phone/action.h"
#include "phone/world.h"
#include "text/diagnostic.h"
#include "text/text.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace luyenso {

// What completes a step or selects a branch: an event with matching fields, or the
// phone showing a screen with matching parameters.
struct Condition {
    enum class Kind { Event, Screen };
    Kind kind = Kind::Event;
    std::string name;                                 // event or screen name
    nlohmann::json fields = nlohmann::json::object(); // all must match
};

// A reaction to a specific wrong action: a tap on an element, or an event.
struct WrongRule {
    std::string tap;                // element id, or empty
    std::optional<Condition> event; // or an event
    LocalText say;
};

// An outcome the lesson declares unsafe: money to a scammer, an OTP or password given
// away, a call returned to a scammer, a payment of the wrong amount or to the wrong
// account. It is not a mistake: a test attempt where it happens is not passed whatever
// the points; guided and practice modes teach through it and record it.
struct UnsafeRule {
    std::string id;           // names it in the progress store and in reports
    Condition on;             // an event condition (a field may be {"not": value})
    LocalText say;            // kindly: what was dangerous, and what to do in real life
    std::vector<Action> path; // actions from the lesson's start that lead to it (check plays them)
    SourcePos pos;
};

struct Branch {
    Condition on;
    std::string go;       // step id, or "end"
    LocalText say;        // optional: what to tell the learner as the branch is taken
    bool mistake = false; // taking it counts as a wrong action (a correction branch)
};

struct Step {
    std::string id;
    LocalText say;       // the instruction shown
    LocalText narration; // what is spoken, if it differs from `say`
    LocalText audio;     // recorded narration per language: WAV paths, resolved on load
    std::string target;  // element to highlight, may be empty
    Condition done_when;
    std::vector<LocalText> hints;
    std::vector<WrongRule> wrong;
    std::vector<Action> demo;
    std::vector<Branch> next;
    std::vector<UnsafeRule> unsafe; // unsafe only while this step is current
    SourcePos pos;                  // where the step starts, for check's messages
    SourcePos done_when_pos;        // where its "done_when" is
    SourcePos demo_pos;             // where its "demo" is (the step's start if it has none)
};

struct Lesson {
    std::string file; // path it was loaded from
    std::string id;
    int version = 1;
    LocalText title;
    LocalText intro;
    LocalText finish;   // the "well done" message
    LocalText goal;     // what practice and test modes show instead of the steps
    int pass_mark = 80; // test mode: the score (0-100) that passes
    std::vector<std::string> skills;
    int minutes = 5;
    std::optional<int> order; // sort key in the curriculum (ties: by id); none sorts last
    World world;
    std::vector<Step> steps;
    std::vector<UnsafeRule> unsafe; // unsafe at any step

    int step_index(const std::string& step_id) const; // -1 if none
    // The lesson's unsafe outcomes, then each step's, in file order.
    std::vector<const UnsafeRule*> all_unsafe() const;
    const UnsafeRule* find_unsafe(const std::string& unsafe_id) const;
};

// Whether an event's or a screen's field value satisfies a condition's: equal, or for
// {"not": V} anything but V.
bool field_matches(const nlohmann::json& wanted, const nlohmann::json& actual);

struct LoadResult {
    std::optional<Lesson> lesson; // set when there are no errors
    Diagnostics errors;
    // What is allowed but most likely not meant (text garbled by a wrong encoding, ...):
    // `check` shows them; they do not stop the lesson from loading.
    Diagnostics warnings;
};

// Reads, parses and validates a lesson file. Every problem is reported, not just the first.
LoadResult load_lesson_file(const std::string& path);
// Same, from text already in memory; `path` names it in messages and anchors assets.
LoadResult load_lesson_text(const std::string& text, const std::string& path);

// The closest candidate to `word` by edit distance, if it is close enough to be a typo.
std::optional<std::string> did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

} // namespace luyenso
