// Domain events the phone emits when something happens ("call.started", "message.sent").
// Lessons complete steps and branch on them; the catalogue below is what `check` accepts.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace luyenso {

struct Event {
    std::string name;
    nlohmann::json fields = nlohmann::json::object(); // e.g. {"contact": "minh", "video": true}

    std::string describe() const; // "call.started {contact: minh, video: true}"
};

struct EventSpec {
    const char* name;
    std::vector<const char*> fields;
    const char* meaning;
};

const std::vector<EventSpec>& event_catalogue();
const EventSpec* find_event_spec(const std::string& name);

} // namespace luyenso
