#include "lessons/lesson_run.h"

#include "text/telex.h"

#include <algorithm>

namespace luyenso {

namespace {
constexpr std::int64_t demo_wait_limit_ms = 60'000;
constexpr std::int64_t show_me_wait_ms = 15'000; // "show me" that cannot finish the step gives the phone back
constexpr std::int64_t demo_wait_slice_ms = 100;
constexpr int max_transitions = 10'000;

// The demonstration's pace: slow enough for an older learner to follow the hand.
constexpr std::int64_t lead_watch_ms = 2'500; // before a step's first action: read or hear it
constexpr std::int64_t lead_show_ms = 600;
constexpr std::int64_t move_ms = 1'100;   // the hand glides to the target
constexpr std::int64_t press_ms = 350;    // it presses
constexpr std::int64_t after_ms = 900;    // and lets the result show
constexpr std::int64_t key_move_ms = 380; // typing: one key after another
constexpr std::int64_t key_press_ms = 160;
constexpr std::int64_t key_after_ms = 120;
constexpr std::int64_t player_slice_ms = 20;

LocalText text_vi_en(const char* vi, const char* en)
{
    LocalText t(vi);
    t.set("en", en);
    return t;
}

// Guided mode rings the place in orange; practice mode shows no ring (until the learner
// asks where), so its words speak of the instruction and the hint button instead.
LocalText generic_wrong_text(bool ring)
{
    return ring ? text_vi_en("Chưa đúng chỗ rồi. Bác hãy bấm vào chỗ có khung sáng màu cam.",
                             "Not quite. Tap the place inside the orange frame.")
                : text_vi_en("Chưa đúng chỗ rồi. Bác đọc lại lời dặn, hoặc bấm \"Gợi ý\" nếu cần.",
                             "Not quite. Read the instruction again, or tap \"Hint\" if you need it.");
}

LocalText missed_text(bool ring)
{
    return ring ? text_vi_en("Bác bấm chưa trúng. Hãy bấm vào giữa chỗ có khung sáng màu cam.",
                             "That tap missed. Tap the middle of the orange frame.")
                : text_vi_en("Bác bấm chưa trúng. Hãy bấm vào giữa nút, chạm nhẹ một lần.",
                             "That tap missed. Tap the middle of the button, once, lightly.");
}

LocalText wrong_key_text(bool ring)
{
    return ring
               ? text_vi_en("Phím này chưa đúng. Bác bấm phím Xóa có khung sáng màu cam để xóa chữ vừa gõ, rồi gõ "
                            "tiếp.",
                            "That key is not the next one. Tap Xóa, inside the orange frame, to delete it, then go on.")
               : text_vi_en("Phím này chưa đúng. Bác bấm phím Xóa để xóa chữ vừa gõ, rồi gõ tiếp theo lời dặn.",
                            "That key is not the next one. Tap Xóa to delete it, then go on as the instruction says.");
}

// What a key tapped on the phone's keyboard types: a letter, a digit or a space.
std::optional<char> char_of_key(const std::string& id)
{
    if (id == "keyboard.space")
        return ' ';
    const std::string prefix = "keyboard.key.";
    if (id.size() == prefix.size() + 1 && id.compare(0, prefix.size(), prefix) == 0) {
        const char c = id.back();
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            return c;
    }
    return std::nullopt;
}

LocalText target_hint_text()
{
    return text_vi_en("Bác hãy bấm vào chỗ có khung sáng màu cam đang nhấp nháy.",
                      "Tap the place inside the blinking orange frame.");
}

LocalText your_turn_text()
{
    return text_vi_en("Bác đã xem bàn tay làm mẫu. Bây giờ đến lượt bác: bác tự làm lại bước này nhé.",
                      "You watched the hand do it. Now it is your turn: do this step yourself.");
}

LocalText show_me_text()
{
    return text_vi_en("Bác xem bàn tay làm mẫu bước này nhé.", "Watch the hand do this step.");
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

LessonRun::LessonRun(const Lesson& lesson, Mode mode)
    : lesson_(lesson), mode_(mode), phone_(std::make_unique<Phone>(lesson.world))
{
    enter_step(0);
}

LocalText LessonRun::finish_text() const
{
    return lesson_.finish.empty() ? text_vi_en("Bác đã làm rất tốt!", "You did it!") : lesson_.finish;
}

std::vector<HintKind> LessonRun::ladder() const
{
    std::vector<HintKind> out;
    const Step* s = current_step();
    if (!s || finished() || mode_ == Mode::Test || mode_ == Mode::Watch)
        return out;
    if (mode_ == Mode::Practice)
        out.push_back(HintKind::Instruction);
    out.insert(out.end(), s->hints.size(), HintKind::Words);
    if (!s->target.empty())
        out.push_back(HintKind::Target);
    if (!s->demo.empty())
        out.push_back(HintKind::Demonstration);
    return out;
}

StepPlace LessonRun::place() const
{
    if (!main_path_) {
        std::vector<std::size_t> path;
        LessonRun probe(lesson_, Mode::Guided);
        std::string why;
        while (!probe.finished() && path.size() <= 2 * lesson_.steps.size()) {
            path.push_back(probe.step_index());
            if (!probe.play_step_demo(why))
                break;
        }
        main_path_ = std::move(path);
    }
    const std::vector<std::size_t>& path = *main_path_;
    const std::size_t total = std::max<std::size_t>(1, path.size());
    if (finished())
        return {total, total};
    const auto position = [&](std::size_t step) -> std::optional<std::size_t> {
        const auto it = std::find(path.begin(), path.end(), step);
        if (it == path.end())
            return std::nullopt;
        return static_cast<std::size_t>(it - path.begin()) + 1;
    };
    // Off the main path: the nearest main-path step the branch leads to (breadth first
    // over its branches and the step after it).
    std::vector<std::size_t> queue{step_};
    std::vector<bool> seen(lesson_.steps.size(), false);
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const std::size_t s = queue[i];
        if (s >= lesson_.steps.size() || seen[s])
            continue;
        seen[s] = true;
        if (const auto at = position(s))
            return {*at, total};
        for (const Branch& b : lesson_.steps[s].next)
            if (const int to = lesson_.step_index(b.go); to >= 0)
                queue.push_back(static_cast<std::size_t>(to));
        queue.push_back(s + 1);
    }
    for (auto r = records_.rbegin(); r != records_.rend(); ++r)
        if (const int s = lesson_.step_index(r->step_id); s >= 0)
            if (const auto at = position(static_cast<std::size_t>(s)))
                return {*at, total};
    return {1, total};
}

int LessonRun::max_hint_level() const
{
    return static_cast<int>(ladder().size());
}

HintKind LessonRun::next_hint() const
{
    const auto l = ladder();
    return hint_level_ < static_cast<int>(l.size()) ? l[static_cast<std::size_t>(hint_level_)] : HintKind::None;
}

bool LessonRun::pointing() const
{
    const auto l = ladder();
    for (int i = 0; i < hint_level_ && i < static_cast<int>(l.size()); ++i)
        if (l[static_cast<std::size_t>(i)] == HintKind::Target)
            return true;
    return false;
}

bool LessonRun::highlight_target() const
{
    const Step* s = current_step();
    if (!s || s->target.empty() || finished())
        return false;
    if (mode_ == Mode::Guided)
        return true;
    if (mode_ == Mode::Watch)
        return playing() || paused_;
    return mode_ == Mode::Practice && pointing();
}

bool LessonRun::target_visible() const
{
    const Step* s = current_step();
    return s && !s->target.empty() && find_element(phone_->elements(), s->target) != nullptr;
}

std::string LessonRun::ring_target() const
{
    const Step* s = current_step();
    if (!s)
        return {};
    const ElementTree tree = phone_->elements();
    if (!typing_keys_.empty() && !typing_texts_.empty() && !phone_->focused_field().empty()) {
        if (typing_at_ < 0)
            return "keyboard.backspace";
        if (static_cast<std::size_t>(typing_at_) < typing_keys_.size())
            return typing_keys_[static_cast<std::size_t>(typing_at_)];
    }
    if (s->target.empty() || find_element(tree, s->target))
        return s->target;
    // The target is further down this screen: ring the note that says to swipe up.
    if (phone_->scrolled_out(s->target))
        for (const Element& e : tree)
            if (e.icon == "more_below")
                return e.id;
    // The target is elsewhere: ring the way back to it.
    if (find_element(tree, "call.end"))
        return "call.end";
    for (const Element& e : tree)
        if (e.id.size() > 5 && e.id.compare(e.id.size() - 5, 5, ".back") == 0)
            return e.id;
    return find_element(tree, "nav.back") ? "nav.back" : s->target;
}

LocalText LessonRun::instruction() const
{
    const Step* s = current_step();
    if (!s)
        return {};
    if (mode_ == Mode::Practice || mode_ == Mode::Test) {
        // The goal only; practice shows the step once the learner asked for it.
        const bool asked = mode_ == Mode::Practice && hint_level_ > 0;
        if (!asked)
            return lesson_.goal.empty() ? lesson_.title : lesson_.goal;
    }
    return s->say;
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

TestResult LessonRun::result() const
{
    TestResult t;
    t.steps_total = static_cast<int>(lesson_.steps.size());
    for (const auto& r : records_)
        if (r.ended_ms >= 0)
            ++t.steps_done;
    // Branches can make a learner do more steps than the lesson has: cap at all of them.
    if (completed())
        t.steps_done = t.steps_total;
    t.steps_done = std::min(t.steps_done, t.steps_total);
    t.wrong_actions = total_wrong_actions();
    t.hints = total_hints();
    const int base = t.steps_total > 0 ? (100 * t.steps_done + t.steps_total / 2) / t.steps_total : 0;
    t.score = std::clamp(base - 5 * t.wrong_actions - 10 * t.hints, 0, 100);
    for (const UnsafeRule* u : unsafe_outcomes())
        t.unsafe.push_back(u->id);
    // An unsafe outcome is never a pass, whatever the points: in real life the money is gone.
    t.passed = completed() && t.score >= lesson_.pass_mark && t.unsafe.empty();
    return t;
}

void LessonRun::request_hint()
{
    const Step* s = current_step();
    const HintKind kind = next_hint();
    if (!s || kind == HintKind::None || playing())
        return;
    ++hint_level_;
    ++records_.back().hints;
    switch (kind) {
    case HintKind::Instruction: feedback_ = {FeedbackKind::Hint, s->say}; break;
    case HintKind::Words: {
        int words = 0; // which word hint this is
        const auto l = ladder();
        for (int i = 0; i < hint_level_; ++i)
            words += l[static_cast<std::size_t>(i)] == HintKind::Words ? 1 : 0;
        feedback_ = {FeedbackKind::Hint, s->hints[static_cast<std::size_t>(words - 1)]};
        break;
    }
    case HintKind::Target: feedback_ = {FeedbackKind::Hint, target_hint_text()}; break;
    case HintKind::Demonstration:
        feedback_ = {FeedbackKind::Hint, show_me_text()};
        start_playback(true);
        break;
    case HintKind::None: break;
    }
}

void LessonRun::enter_step(std::size_t index)
{
    step_ = index;
    step_events_.clear();
    hint_level_ = 0;
    last_activity_ms_ = phone_->clock().now_ms();
    if (finished()) {
        feedback_ = {FeedbackKind::Praise, finish_text()};
        return;
    }
    records_.push_back({lesson_.steps[index].id, phone_->clock().now_ms(), -1, 0, 0, {}});
    phone_->keep_clear(lesson_.steps[index].target); // banners sit where the target is not
    // A typing step: its demonstration taps keys of the phone's keyboard that type text.
    typing_keys_.clear();
    typing_texts_.clear();
    typing_at_ = 0;
    const Step& step = lesson_.steps[index];
    if (step.done_when.kind == Condition::Kind::Event && step.done_when.name == "text.changed") {
        for (const Action& a : step.demo) {
            if (a.kind != ActionKind::Tap || !char_of_key(a.target)) {
                typing_keys_.clear();
                break;
            }
            typing_keys_.push_back(a.target);
        }
    }
    // A step whose screen condition already holds is done at once (through its branch
    // on that screen, if it has one).
    const Step& s = lesson_.steps[index];
    if (s.done_when.kind == Condition::Kind::Screen && matches(s.done_when, {}) && ++transitions_ < max_transitions) {
        const auto b = std::find_if(s.next.begin(), s.next.end(), [&](const Branch& br) {
            return br.on.kind == Condition::Kind::Screen && matches(br.on, {});
        });
        complete_step(b != s.next.end() ? b->go : std::string());
    }
}

bool LessonRun::matches(const Condition& c, const std::vector<Event>& events) const
{
    if (c.kind == Condition::Kind::Screen) {
        if (phone_->screen_id() != c.name)
            return false;
        const nlohmann::json params = phone_->screen_params();
        for (const auto& [k, v] : c.fields.items())
            if (!params.contains(k) || !field_matches(v, params.at(k)))
                return false;
        return true;
    }
    return std::any_of(events.begin(), events.end(), [&](const Event& e) {
        if (e.name != c.name)
            return false;
        for (const auto& [k, v] : c.fields.items())
            if (!e.fields.contains(k) || !field_matches(v, e.fields.at(k)))
                return false;
        return true;
    });
}

const UnsafeRule* LessonRun::note_unsafe(const std::vector<Event>& events)
{
    if (events.empty() || finished())
        return nullptr;
    const UnsafeRule* first = nullptr;
    auto check = [&](const std::vector<UnsafeRule>& rules) {
        for (const UnsafeRule& u : rules) {
            if (!matches(u.on, events))
                continue;
            unsafe_.push_back({&u, records_.back().step_id, phone_->clock().now_ms()});
            auto& ids = records_.back().unsafe;
            if (std::find(ids.begin(), ids.end(), u.id) == ids.end())
                ids.push_back(u.id);
            if (!first)
                first = &u;
        }
    };
    check(lesson_.steps[step_].unsafe);
    check(lesson_.unsafe);
    return first;
}

std::vector<const UnsafeRule*> LessonRun::unsafe_outcomes() const
{
    std::vector<const UnsafeRule*> out;
    for (const UnsafeHit& h : unsafe_)
        if (std::find(out.begin(), out.end(), h.rule) == out.end())
            out.push_back(h.rule);
    return out;
}

void LessonRun::complete_step(const std::string& go)
{
    records_.back().ended_ms = phone_->clock().now_ms();
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
    ActionResult refused;
    if (finished())
        refused.refuse({"refused-lesson-finished"});
    else if (playing())
        refused.refuse({"refused-demo-playing"});
    else
        return apply(action);
    return refused;
}

ActionResult LessonRun::apply(const Action& action)
{
    if (action.kind == ActionKind::Wait) {
        advance(action.wait_ms);
        return {true, {}, {}};
    }
    target_was_visible_ = target_visible();
    text_before_ = phone_->draft();
    ActionResult result = phone_apply(action);
    last_activity_ms_ = phone_->clock().now_ms();
    handle(&action, result);
    return result;
}

void LessonRun::advance(std::int64_t ms)
{
    while (ms > 0 && !finished()) {
        const std::int64_t slice = std::min(ms, playback_ && !paused_ ? player_slice_ms : demo_wait_slice_ms);
        ms -= slice;
        if (playback_ && !paused_) {
            step_playback(slice); // the player moves time itself, as it acts
            continue;
        }
        const std::vector<Event> events = phone_advance(slice);
        handle(nullptr, {true, {}, events});
        // Guided mode: a long pause brings the next hint, up to pointing at the place.
        const HintKind next = next_hint();
        if (mode_ == Mode::Guided && !playing() && (next == HintKind::Words || next == HintKind::Target) &&
            phone_->clock().now_ms() - last_activity_ms_ >= idle_hint_ms) {
            request_hint();
            last_activity_ms_ = phone_->clock().now_ms();
        }
    }
    if (ms > 0)
        phone_advance(ms); // the lesson is over; the phone's clock still runs
}

void LessonRun::handle(const Action* action, const ActionResult& result)
{
    if (finished())
        return;
    const Step& s = lesson_.steps[step_];
    constexpr std::size_t kept_events = 64;
    for (const Event& e : result.events) {
        if (step_events_.size() == kept_events)
            step_events_.erase(step_events_.begin());
        step_events_.push_back(e);
    }
    // An unsafe outcome is recorded whatever happens next; guided and practice modes say
    // why it is dangerous unless the lesson's teaching branch says it its own way.
    const UnsafeRule* unsafe = note_unsafe(result.events);
    const bool helps = mode_ == Mode::Guided || mode_ == Mode::Practice;
    auto tell_unsafe = [&] {
        if (unsafe && helps && !finished())
            feedback_ = {FeedbackKind::Unsafe, unsafe->say};
    };
    // Branches first: they are the specific outcomes; then the step's own completion.
    for (const Branch& b : s.next) {
        if (matches(b.on, result.events)) {
            if (++transitions_ < max_transitions) {
                if (b.mistake && !unsafe)
                    ++records_.back().wrong_actions;
                complete_step(b.go);
                if (!b.say.empty() && !finished())
                    feedback_ = {FeedbackKind::Info, b.say};
                else
                    tell_unsafe();
            }
            return;
        }
    }
    if (matches(s.done_when, result.events)) {
        if (++transitions_ < max_transitions) {
            complete_step({});
            tell_unsafe();
        }
        return;
    }
    if (unsafe) {
        // Not a mistake on top: the unsafe outcome is counted apart. A rule of the step's
        // own for this event still gives its words.
        const auto own = std::find_if(s.wrong.begin(), s.wrong.end(),
                                      [&](const WrongRule& w) { return w.event && matches(*w.event, result.events); });
        if (own != s.wrong.end() && helps)
            feedback_ = {FeedbackKind::Unsafe, own->say};
        else
            tell_unsafe();
        return;
    }
    // Not done: was it a wrong action? Specific feedback first, then a gentle generic one.
    for (const WrongRule& w : s.wrong) {
        const bool hit = (action && !w.tap.empty() &&
                          (action->kind == ActionKind::Tap || action->kind == ActionKind::LongPress) &&
                          action->target == w.tap) ||
                         (w.event && matches(*w.event, result.events));
        if (hit) {
            ++records_.back().wrong_actions;
            if (mode_ == Mode::Guided || mode_ == Mode::Practice) // test mode gives no help
                feedback_ = {FeedbackKind::Wrong, w.say};
            return;
        }
    }
    if (action && judge_key(*action))
        return;
    // A tap elsewhere than the target is a mistake while the target is on the screen;
    // when it is not (the learner went astray), finding the way back is not; nor is a tap
    // the step's own demonstration makes on the way (a form's other fields).
    const auto in_demo = [&](const std::string& id) {
        return std::any_of(s.demo.begin(), s.demo.end(),
                           [&](const Action& a) { return a.kind == ActionKind::Tap && a.target == id; });
    };
    if (action && (action->kind == ActionKind::Tap || action->kind == ActionKind::LongPress) && !s.target.empty() &&
        action->target != s.target && target_was_visible_ && !in_demo(action->target)) {
        ++records_.back().wrong_actions;
        const bool ring = mode_ == Mode::Guided;
        if (mode_ == Mode::Guided || mode_ == Mode::Practice)
            feedback_ = {FeedbackKind::Wrong, action->target.empty() ? missed_text(ring) : generic_wrong_text(ring)};
        // Guided mode: a wrong tap brings the first hint, shown with the correction.
        if (mode_ == Mode::Guided && hint_level_ == 0 && !s.hints.empty()) {
            hint_level_ = 1;
            ++records_.back().hints;
            feedback_.text = joined(feedback_.text, s.hints.front());
        }
    }
}

bool LessonRun::judge_key(const Action& action)
{
    if (typing_keys_.empty() || action.kind != ActionKind::Tap || action.target.rfind("keyboard.", 0) != 0)
        return false;
    if (typing_texts_.empty()) {
        // The first key of the step: the texts the demonstration's keys make from here.
        VietTyper typer(phone_->typing());
        typer.set_text(text_before_);
        typing_texts_.push_back(typer.text());
        for (const std::string& key : typing_keys_) {
            typer.type(*char_of_key(key));
            typing_texts_.push_back(typer.text());
        }
    }
    const std::string& now = phone_->draft();
    int at = -1;
    for (std::size_t k = typing_texts_.size(); k-- > 0;)
        if (typing_texts_[k] == now) {
            at = static_cast<int>(k);
            break;
        }
    const bool correction = action.target == "keyboard.backspace";
    typing_at_ = at;
    if (at >= 0 || correction)
        return true; // the key continues the text, or takes a wrong one away: never a mistake
    ++records_.back().wrong_actions;
    if (mode_ == Mode::Guided || mode_ == Mode::Practice)
        feedback_ = {FeedbackKind::Wrong, wrong_key_text(mode_ == Mode::Guided)};
    return true;
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
        const ActionResult r = apply(s.demo[i]);
        if (!r.accepted) {
            demo_failure_ = {"demo-refused", {std::to_string(i + 1), s.demo[i].describe()}, {r.why}};
            why = render_message(demo_failure_, "en");
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
    // What the step waits for, and what the phone did instead (its last events).
    const bool event = s.done_when.kind == Condition::Kind::Event;
    const std::string wanted_fields = s.done_when.fields.empty() ? std::string() : " " + s.done_when.fields.dump();
    std::string happened;
    const std::size_t shown = std::min<std::size_t>(step_events_.size(), 8);
    for (std::size_t k = step_events_.size() - shown; k < step_events_.size(); ++k)
        happened += (happened.empty() ? "" : ", ") + step_events_[k].describe();
    demo_failure_ = {
        happened.empty() ? "demo-incomplete-nothing" : "demo-incomplete",
        {s.id, phone_->screen_id(), event ? "event" : "screen", s.done_when.name, wanted_fields, happened}};
    why = render_message(demo_failure_, "en");
    return false;
}

bool LessonRun::fast_forward_to(std::size_t index, std::string& why)
{
    const std::size_t end = lesson_.steps.size();
    index = std::min(index, end);
    // The steps the demonstrations pass through from here (a scout run from the start
    // plays them first: this run is still at the start when it is fast-forwarded).
    std::vector<std::size_t> path;
    {
        LessonRun scout(lesson_, mode_);
        std::string ignored;
        while (!scout.finished() && path.size() < 1000) {
            path.push_back(scout.step_);
            if (!scout.play_step_demo(ignored))
                break;
        }
    }
    const auto on_path = [&](std::size_t i) {
        return i == end || std::find(path.begin(), path.end(), i) != path.end();
    };
    // A step off that path (a branch's) is reached backwards: through a step whose `next`
    // goes to it (entered as if that branch was taken), or by the demonstration of the step
    // before it (a branch of several steps).
    std::vector<std::pair<bool, std::size_t>> route; // (taken by a branch, step)
    std::size_t from = index;
    while (!on_path(from) && route.size() <= end) {
        const std::string& id = lesson_.steps[from].id;
        const auto by_branch = std::find_if(lesson_.steps.begin(), lesson_.steps.end(), [&](const Step& s) {
            return std::any_of(s.next.begin(), s.next.end(), [&](const Branch& b) { return b.go == id; });
        });
        route.emplace_back(by_branch != lesson_.steps.end(), from);
        if (by_branch != lesson_.steps.end())
            from = static_cast<std::size_t>(by_branch - lesson_.steps.begin());
        else if (from > 0)
            from = from - 1;
        else
            break;
    }
    if (!on_path(from)) {
        why = "step " + std::to_string(index + 1) + " (\"" + lesson_.steps[index].id +
              "\") is on no way the demonstrations take, and no branch leads to it";
        return false;
    }
    while (!finished() && step_ != from)
        if (!play_step_demo(why))
            return false;
    for (auto it = route.rbegin(); it != route.rend(); ++it) {
        if (it->first) {
            records_.back().ended_ms = phone_->clock().now_ms();
            enter_step(it->second);
        } else if (!play_step_demo(why)) {
            return false;
        }
        if (step_ != it->second) {
            why = "the way to step " + std::to_string(index + 1) + " (\"" + lesson_.steps[index].id +
                  "\") goes on to step " + std::to_string(step_ + 1) + " instead";
            return false;
        }
    }
    if (!finished()) {
        feedback_ = {}; // what the demonstration's actions said is not the learner's
        // A banner that came during the demonstrations would have gone by the time the
        // learner got here (unless it is what this step is about).
        if (lesson_.steps[step_].target != "notification.banner")
            phone_->dismiss_banner();
    }
    return true;
}

// [SECTION] the demonstration player

void LessonRun::play()
{
    if (finished())
        return;
    paused_ = false;
    if (!playback_)
        start_playback(mode_ != Mode::Watch);
}

void LessonRun::skip_step()
{
    if (finished())
        return;
    const bool was_playing = playing();
    playback_.reset();
    std::string why;
    play_step_demo(why);
    if (was_playing && mode_ == Mode::Watch && !finished())
        start_playback(false);
}

ActionResult LessonRun::phone_apply(const Action& action)
{
    if (mode_ == Mode::Guided || mode_ == Mode::Practice)
        log_.push_back({action, 0});
    return phone_->apply(action);
}

std::vector<Event> LessonRun::phone_advance(std::int64_t ms)
{
    if (mode_ == Mode::Guided || mode_ == Mode::Practice) {
        // Stretches of time are replayed in the same slices, so that nothing shifts.
        log_.push_back({std::nullopt, ms});
    }
    return phone_->advance(ms);
}

void LessonRun::back_to_step_start()
{
    const Before b = *before_demo_;
    before_demo_.reset();
    playback_.reset();
    hand_ = {};
    log_.resize(b.log_size);
    // A new phone, brought to where the step began by what reached the old one.
    phone_ = std::make_unique<Phone>(lesson_.world);
    for (const LogEntry& e : log_) {
        if (e.action)
            phone_->apply(*e.action);
        else
            phone_->advance(e.ms);
    }
    step_ = b.step;
    hint_level_ = b.hint_level;
    records_ = b.records;
    transitions_ = b.transitions;
    unsafe_.resize(b.unsafe);
    typing_texts_.clear();
    typing_at_ = 0;
    last_activity_ms_ = phone_->clock().now_ms();
    feedback_ = {FeedbackKind::Hint, your_turn_text()};
}

void LessonRun::start_playback(bool single_step)
{
    // "Show me" in guided or practice mode: remember where the step began.
    if (single_step && (mode_ == Mode::Guided || mode_ == Mode::Practice) && !finished())
        before_demo_ = Before{log_.size(), step_, hint_level_, records_, transitions_, unsafe_.size()};
    Playback pb;
    pb.step = step_;
    pb.transitions = transitions_;
    pb.single_step = single_step;
    pb.phase = Playback::Phase::Lead;
    playback_ = pb;
    if (!hand_.visible) {
        hand_ = {true, phone_width_dp * 0.78F, phone_height_dp * 0.86F, false};
    }
}

void LessonRun::aim_hand(const Action& action, std::size_t key)
{
    Playback& pb = *playback_;
    const ElementTree tree = phone_->elements();
    std::string id;
    switch (action.kind) {
    case ActionKind::Tap:
    case ActionKind::LongPress:
    case ActionKind::Press:
    case ActionKind::Swipe: id = action.target; break;
    case ActionKind::Back: id = "nav.back"; break;
    case ActionKind::Home: id = "nav.home"; break;
    case ActionKind::Key: id = action.text == "enter" ? "keyboard.enter" : "keyboard.backspace"; break;
    case ActionKind::Type: {
        const char c = action.text[key];
        if (c == ' ')
            id = "keyboard.space";
        else if (c >= 'a' && c <= 'z')
            id = std::string("keyboard.key.") + c;
        else if (c >= 'A' && c <= 'Z')
            id = std::string("keyboard.key.") + static_cast<char>(c - 'A' + 'a');
        else if (c >= '0' && c <= '9')
            id = std::string("keyboard.key.") + c;
        if (!find_element(tree, id))
            id = phone_->focused_field();
        break;
    }
    case ActionKind::Wait:
    case ActionKind::Release: break;
    }
    pb.from_x = hand_.x;
    pb.from_y = hand_.y;
    pb.to_x = hand_.x;
    pb.to_y = hand_.y;
    if (const Element* e = id.empty() ? nullptr : find_element(tree, id)) {
        pb.to_x = e->bounds.center_x();
        pb.to_y = e->bounds.center_y();
    } else if (action.kind == ActionKind::Swipe) {
        pb.to_x = phone_width_dp / 2;
        pb.to_y = phone_height_dp * 0.75F;
    }
}

void LessonRun::step_playback(std::int64_t ms)
{
    // Time passes on the phone while the hand moves (a call may be answered meanwhile).
    const std::vector<Event> events = phone_advance(ms);
    handle(nullptr, {true, {}, events});
    if (!playback_)
        return;
    Playback& pb = *playback_;
    if (finished() || step_ != pb.step || transitions_ != pb.transitions) {
        // The step is done. Watch mode goes on with the next one; "show me" puts the
        // phone back where the step began, for the learner to do it.
        hand_.pressing = false;
        if (pb.single_step && before_demo_) {
            back_to_step_start();
            return;
        }
        if (pb.single_step || mode_ != Mode::Watch || finished()) {
            playback_.reset();
            hand_.visible = mode_ == Mode::Watch && !finished();
            return;
        }
        start_playback(false);
        return;
    }
    const Step& s = lesson_.steps[pb.step];
    pb.elapsed += ms;
    auto begin_next = [&] {
        for (;;) {
            pb.elapsed = 0;
            if (pb.action >= s.demo.size()) {
                pb.phase = Playback::Phase::Waiting;
                return;
            }
            const Action& a = s.demo[pb.action];
            if (a.kind == ActionKind::Wait) {
                pb.phase = Playback::Phase::After;
                return;
            }
            if (a.kind == ActionKind::Type && pb.key >= a.text.size()) {
                ++pb.action;
                pb.key = 0;
                continue;
            }
            aim_hand(a, pb.key);
            pb.phase = Playback::Phase::Move;
            return;
        }
    };
    const bool typing = pb.action < s.demo.size() && s.demo[pb.action].kind == ActionKind::Type;
    switch (pb.phase) {
    case Playback::Phase::Lead:
        if (pb.elapsed >= (pb.single_step ? lead_show_ms : lead_watch_ms))
            begin_next();
        break;
    case Playback::Phase::Move: {
        const std::int64_t total = typing ? key_move_ms : move_ms;
        const float t = std::min(1.0F, static_cast<float>(pb.elapsed) / static_cast<float>(total));
        const float ease = t * t * (3 - 2 * t);
        hand_.x = pb.from_x + (pb.to_x - pb.from_x) * ease;
        hand_.y = pb.from_y + (pb.to_y - pb.from_y) * ease;
        if (pb.elapsed >= total) {
            pb.phase = Playback::Phase::Press;
            pb.elapsed = 0;
            hand_.pressing = true;
        }
        break;
    }
    case Playback::Phase::Press: {
        const Action& a = s.demo[pb.action];
        if (a.kind == ActionKind::Swipe) { // the finger slides while pressing
            const float t = std::min(1.0F, static_cast<float>(pb.elapsed) / static_cast<float>(press_ms * 2));
            const float d = 220.0F * t;
            hand_.x = pb.to_x + (a.direction == SwipeDirection::Left    ? -d
                                 : a.direction == SwipeDirection::Right ? d
                                                                        : 0);
            hand_.y = pb.to_y + (a.direction == SwipeDirection::Up ? -d : a.direction == SwipeDirection::Down ? d : 0);
        }
        const std::int64_t total = typing ? key_press_ms : a.kind == ActionKind::Swipe ? press_ms * 2 : press_ms;
        if (pb.elapsed < total)
            break;
        hand_.pressing = a.kind == ActionKind::Press; // a press-and-hold keeps the finger down
        pb.phase = Playback::Phase::After;
        pb.elapsed = 0;
        if (typing) {
            // One character (a whole UTF-8 sequence) per key press.
            std::size_t n = 1;
            while (pb.key + n < a.text.size() && (static_cast<unsigned char>(a.text[pb.key + n]) & 0xC0) == 0x80)
                ++n;
            const Action one = Action::type(a.text.substr(pb.key, n));
            pb.key += n;
            apply(one);
        } else {
            ++pb.action;
            pb.key = 0;
            apply(a);
        }
        break;
    }
    case Playback::Phase::After: {
        const bool waiting_action = pb.action < s.demo.size() && s.demo[pb.action].kind == ActionKind::Wait;
        const std::int64_t total = waiting_action ? s.demo[pb.action].wait_ms : typing ? key_after_ms : after_ms;
        if (pb.elapsed >= total) {
            if (waiting_action)
                ++pb.action;
            begin_next();
        }
        break;
    }
    case Playback::Phase::Waiting:
        pb.waited += ms;
        // The demonstration cannot finish the step: never leave the hand frozen or the
        // phone refusing taps; the learner takes over where the step began.
        if (pb.waited >= (pb.single_step ? show_me_wait_ms : demo_wait_limit_ms)) {
            hand_.pressing = false;
            if (pb.single_step && before_demo_) {
                back_to_step_start();
            } else {
                playback_.reset();
                hand_.visible = mode_ == Mode::Watch;
            }
        }
        break;
    }
}

} // namespace luyenso
