#include "lesson_run.h"

#include <algorithm>

namespace luyenso {

namespace {
constexpr std::int64_t demo_wait_limit_ms = 60'000;
constexpr std::int64_t demo_wait_slice_ms = 100;
constexpr int max_transitions = 10'000;

LocalText text_vi_en(const char* vi, const char* en)
{
    LocalText t(vi);
    t.set("en", en);
    return t;
}

LocalText generic_wrong_text()
{
    return text_vi_en("Chưa đúng chỗ rồi. Bác hãy bấm vào chỗ có khung sáng màu cam.",
                      "Not quite. Tap the place inside the orange frame.");
}

LocalText missed_text()
{
    return text_vi_en("Bác bấm chưa trúng. Hãy bấm vào giữa chỗ có khung sáng màu cam.",
                      "That tap missed. Tap the middle of the orange frame.");
}

LocalText target_hint_text()
{
    return text_vi_en("Bác hãy bấm vào chỗ có khung sáng màu cam đang nhấp nháy.",
                      "Tap the place inside the blinking orange frame.");
}

// "Not quite." followed by a hint, in every language either of them has.
LocalText joined(const LocalText& first, const LocalText& second)
{
    LocalText out;
    for (const auto* t : {&first, &second})
        for (const auto& [lang, text] : t->all())
            out.set(lang, first.get(lang) + " " + second.get(lang));
    return out;
}
} // namespace

const char* mode_name(Mode mode)
{
    switch (mode) {
    case Mode::Watch: return "watch";
    case Mode::Guided: return "guided";
    case Mode::Practice: return "practice";
    case Mode::Test: return "test";
    }
    return "guided";
}

std::optional<Mode> mode_from_name(const std::string& name)
{
    for (Mode m : {Mode::Watch, Mode::Guided, Mode::Practice, Mode::Test})
        if (name == mode_name(m))
            return m;
    return std::nullopt;
}

LessonRun::LessonRun(const Lesson& lesson, Mode mode) : lesson_(lesson), mode_(mode), phone_(lesson.world)
{
    enter_step(0);
}

LocalText LessonRun::finish_text() const
{
    return lesson_.finish.empty() ? text_vi_en("Bác đã làm rất tốt!", "You did it!") : lesson_.finish;
}

int LessonRun::max_hint_level() const
{
    const Step* s = current_step();
    if (!s)
        return 0;
    return static_cast<int>(s->hints.size()) + (s->target.empty() ? 0 : 1);
}

bool LessonRun::highlight_target() const
{
    const Step* s = current_step();
    if (!s || s->target.empty())
        return false;
    if (mode_ == Mode::Guided || mode_ == Mode::Watch)
        return true;
    return mode_ == Mode::Practice && hint_level_ > static_cast<int>(s->hints.size());
}

int LessonRun::total_hints() const
{
    int n = 0;
    for (const auto& r : records_)
        n += r.hints;
    return n;
}

int LessonRun::total_wrong_actions() const
{
    int n = 0;
    for (const auto& r : records_)
        n += r.wrong_actions;
    return n;
}

void LessonRun::request_hint()
{
    const Step* s = current_step();
    if (!s || mode_ == Mode::Test || hint_level_ >= max_hint_level())
        return;
    ++hint_level_;
    ++records_.back().hints;
    if (hint_level_ <= static_cast<int>(s->hints.size()))
        feedback_ = {FeedbackKind::Hint, s->hints[static_cast<std::size_t>(hint_level_ - 1)]};
    else
        feedback_ = {FeedbackKind::Hint, target_hint_text()};
}

void LessonRun::enter_step(std::size_t index)
{
    step_ = index;
    hint_level_ = 0;
    last_activity_ms_ = phone_.clock().now_ms();
    if (finished()) {
        feedback_ = {FeedbackKind::Praise, finish_text()};
        return;
    }
    records_.push_back({lesson_.steps[index].id, phone_.clock().now_ms(), -1, 0, 0});
    // A step whose screen condition already holds is done at once.
    const Step& s = lesson_.steps[index];
    if (s.done_when.kind == Condition::Kind::Screen && matches(s.done_when, {}) && ++transitions_ < max_transitions)
        complete_step({});
}

bool LessonRun::matches(const Condition& c, const std::vector<Event>& events) const
{
    if (c.kind == Condition::Kind::Screen) {
        if (phone_.screen_id() != c.name)
            return false;
        const nlohmann::json params = phone_.screen_params();
        for (const auto& [k, v] : c.fields.items())
            if (!params.contains(k) || params.at(k) != v)
                return false;
        return true;
    }
    return std::any_of(events.begin(), events.end(), [&](const Event& e) {
        if (e.name != c.name)
            return false;
        for (const auto& [k, v] : c.fields.items())
            if (!e.fields.contains(k) || e.fields.at(k) != v)
                return false;
        return true;
    });
}

void LessonRun::complete_step(const std::string& go)
{
    records_.back().ended_ms = phone_.clock().now_ms();
    feedback_ = {};
    if (go == "end") {
        enter_step(lesson_.steps.size());
        return;
    }
    if (!go.empty()) {
        const int index = lesson_.step_index(go);
        enter_step(index < 0 ? lesson_.steps.size() : static_cast<std::size_t>(index));
        return;
    }
    enter_step(step_ + 1);
}

ActionResult LessonRun::act(const Action& action)
{
    if (finished())
        return {false, "the lesson is finished", {}};
    if (action.kind == ActionKind::Wait) {
        advance(action.wait_ms);
        return {true, {}, {}};
    }
    ActionResult result = phone_.apply(action);
    last_activity_ms_ = phone_.clock().now_ms();
    handle(&action, result);
    return result;
}

void LessonRun::advance(std::int64_t ms)
{
    while (ms > 0 && !finished()) {
        const std::int64_t slice = std::min(ms, demo_wait_slice_ms);
        ms -= slice;
        const std::vector<Event> events = phone_.advance(slice);
        handle(nullptr, {true, {}, events});
        if (mode_ == Mode::Guided && hint_level_ == 0 && max_hint_level() > 0 &&
            phone_.clock().now_ms() - last_activity_ms_ >= idle_hint_ms)
            request_hint();
    }
    if (ms > 0)
        phone_.advance(ms); // the lesson is over; the phone's clock still runs
}

void LessonRun::handle(const Action* action, const ActionResult& result)
{
    if (finished())
        return;
    const Step& s = lesson_.steps[step_];
    // Branches first: they are the specific outcomes; then the step's own completion.
    for (const Branch& b : s.next) {
        if (matches(b.on, result.events)) {
            if (++transitions_ < max_transitions) {
                complete_step(b.go);
                if (!b.say.empty() && !finished())
                    feedback_ = {FeedbackKind::Info, b.say};
            }
            return;
        }
    }
    if (matches(s.done_when, result.events)) {
        if (++transitions_ < max_transitions)
            complete_step({});
        return;
    }
    // Not done: was it a wrong action? Specific feedback first, then a gentle generic one.
    for (const WrongRule& w : s.wrong) {
        const bool hit = (action && !w.tap.empty() && (action->kind == ActionKind::Tap || action->kind == ActionKind::LongPress) &&
                          action->target == w.tap) ||
                         (w.event && matches(*w.event, result.events));
        if (hit) {
            ++records_.back().wrong_actions;
            if (mode_ == Mode::Guided || mode_ == Mode::Practice) // test mode gives no help
                feedback_ = {FeedbackKind::Wrong, w.say};
            return;
        }
    }
    if (action && (action->kind == ActionKind::Tap || action->kind == ActionKind::LongPress) && !s.target.empty() &&
        action->target != s.target) {
        ++records_.back().wrong_actions;
        if (mode_ == Mode::Guided || mode_ == Mode::Practice)
            feedback_ = {FeedbackKind::Wrong, action->target.empty() ? missed_text() : generic_wrong_text()};
        // Guided mode: a wrong tap brings the first hint, shown with the correction.
        if (mode_ == Mode::Guided && hint_level_ == 0 && !s.hints.empty()) {
            hint_level_ = 1;
            ++records_.back().hints;
            feedback_.text = joined(feedback_.text, s.hints.front());
        }
    }
}

bool LessonRun::play_step_demo(std::string& why)
{
    if (finished())
        return true;
    const std::size_t start = step_;
    const int start_transitions = transitions_;
    const Step& s = lesson_.steps[start];
    for (std::size_t i = 0; i < s.demo.size(); ++i) {
        if (step_ != start || transitions_ != start_transitions)
            return true; // completed (or branched) before the demonstration's end
        const ActionResult r = act(s.demo[i]);
        if (!r.accepted) {
            why = "demonstration action " + std::to_string(i + 1) + " (" + s.demo[i].describe() +
                  ") was refused: " + r.reason;
            return false;
        }
    }
    for (std::int64_t waited = 0; waited < demo_wait_limit_ms; waited += demo_wait_slice_ms) {
        if (step_ != start || transitions_ != start_transitions)
            return true;
        advance(demo_wait_slice_ms);
    }
    if (step_ != start || transitions_ != start_transitions)
        return true;
    why = "the demonstration does not complete step \"" + s.id + "\": after it and a minute of waiting the phone shows \"" +
          phone_.screen_id() + "\" and the step still waits for " +
          (s.done_when.kind == Condition::Kind::Event ? "event \"" : "screen \"") + s.done_when.name + "\"";
    return false;
}

bool LessonRun::fast_forward_to(std::size_t index, std::string& why)
{
    while (!finished() && step_ < index) {
        if (!play_step_demo(why))
            return false;
    }
    if (!finished())
        feedback_ = {}; // what the demonstration's actions said is not the learner's
    return true;
}

} // namespace luyenso
