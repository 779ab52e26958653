// Helpers for the tests of the e-ID, Messages, browser and Settings apps: acting on a
// phone, finding elements and events, and the layout rules every screen must keep.
#pragma once

#include "lessons/lesson.h"
#include "phone/phone.h"
#include "phone/phone_app.h"
#include "text/diagnostic.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace luyenso::service_test {

inline ActionResult must(Phone& phone, const Action& a)
{
    ActionResult r = phone.apply(a);
    INFO(a.describe() << " refused on " << phone.screen_id() << ": " << r.reason);
    REQUIRE(r.accepted);
    return r;
}

inline std::vector<Event> tap(Phone& phone, const std::string& id)
{
    return must(phone, Action::tap(id)).events;
}

inline std::vector<Event> type_into(Phone& phone, const std::string& field, const std::string& text)
{
    tap(phone, field);
    return must(phone, Action::type(text)).events;
}

inline Element element(const Phone& phone, const std::string& id)
{
    const ElementTree tree = phone.elements();
    const Element* e = find_element(tree, id);
    INFO("looking for " << id << " on " << phone.screen_id());
    REQUIRE(e != nullptr);
    return *e;
}

inline bool shows(const Phone& phone, const std::string& id)
{
    return find_element(phone.elements(), id) != nullptr;
}

inline const Event* find_event(const std::vector<Event>& events, const std::string& name)
{
    const auto it = std::find_if(events.begin(), events.end(), [&](const Event& e) { return e.name == name; });
    return it == events.end() ? nullptr : &*it;
}

inline std::vector<std::string> names(const std::vector<Event>& events)
{
    std::vector<std::string> out;
    for (const Event& e : events)
        out.push_back(e.name);
    return out;
}

inline void unlock_and_open(Phone& phone, const std::string& app)
{
    must(phone, Action::swipe(SwipeDirection::Up));
    tap(phone, "home.app." + app);
}

// The phone's layout rules: inside the screen, ids unique and publishable, text 16 dp or
// more, targets 48 x 48 dp or more, reachable at their centre and never overlapping.
inline void check_layout(const std::string& name, const Phone& phone, const std::set<std::string>& publishable)
{
    const ElementTree tree = phone.elements();
    INFO("screen: " << name << " (" << phone.screen_id() << "), text " << phone.world().settings.text_size_percent
                    << "%");
    std::set<std::string> ids;
    for (const Element& e : tree) {
        INFO("element " << e.id << " at " << e.bounds.x << "," << e.bounds.y << " " << e.bounds.w << "x" << e.bounds.h);
        CHECK(ids.insert(e.id).second);
        CHECK(publishable.count(e.id) == 1);
        CHECK(e.bounds.x >= 0.0F);
        CHECK(e.bounds.y >= 0.0F);
        CHECK(e.bounds.x + e.bounds.w <= phone_width_dp);
        CHECK(e.bounds.y + e.bounds.h <= phone_height_dp);
        CHECK(e.text_dp >= 16.0F);
        if (!e.tappable)
            continue;
        CHECK(e.bounds.w >= (e.role == Role::Key ? 36.0F : min_target_dp));
        CHECK(e.bounds.h >= min_target_dp);
        const Element* hit = hit_test(tree, e.bounds.center_x(), e.bounds.center_y());
        REQUIRE(hit != nullptr);
        CHECK(hit->id == e.id);
    }
    for (std::size_t i = 0; i < tree.size(); ++i)
        for (std::size_t k = i + 1; k < tree.size(); ++k) {
            if (!tree[i].tappable || !tree[k].tappable)
                continue;
            const Rect& a = tree[i].bounds;
            const Rect& b = tree[k].bounds;
            INFO(tree[i].id << " and " << tree[k].id);
            CHECK((a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y));
        }
}

// Every screen of the apps whose names start with `prefix`, at every text size, with
// and without the keyboard up on each of its fields.
inline int check_all_screens(World world, const std::string& prefix)
{
    int checked = 0;
    for (int pct = min_text_size_percent; pct <= max_text_size_percent; pct += text_size_step_percent) {
        world.settings.text_size_percent = pct;
        const std::set<std::string> publishable = Phone::publishable_ids(world);
        Phone phone(world);
        must(phone, Action::swipe(SwipeDirection::Up));
        const PhoneApp* app = phone.app_for(prefix);
        REQUIRE(app != nullptr);
        for (const Screen& s : app->all_screens()) {
            phone.go_home();
            phone.push(s);
            check_layout(s.name + " " + s.param, phone, publishable);
            ++checked;
            for (const Element& e : phone.elements()) {
                if (e.role != Role::TextField)
                    continue;
                must(phone, Action::tap(e.id));
                check_layout(s.name + " " + s.param + " typing in " + e.id, phone, publishable);
                CHECK(shows(phone, e.id)); // the focused field stays in view above the keyboard
                phone.unfocus();
            }
        }
    }
    return checked;
}

inline std::vector<std::string> load_errors(const std::string& text, const std::string& name = "bai.json")
{
    std::vector<std::string> out;
    for (const Diagnostic& d : load_lesson_text(text, name).errors)
        out.push_back(d.to_string());
    return out;
}

} // namespace luyenso::service_test
