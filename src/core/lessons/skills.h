// The skills lessons are tagged with ("skills" in a lesson): their names in reports and
// the picture on a lesson's card. A lesson may name a skill not listed here (a pack's
// new one: reports show its tag); a tag of five letters or more a typo away from a known
// one is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace luyenso {

struct Skill {
    std::string_view id; // the tag in lessons and in the progress store
    std::string_view vi; // its name in reports
    std::string_view en;
    std::string_view icon; // the lesson card's picture (an icon name of src/ui/icons.h)
};

// The skill with tag `id`, if it is a known one.
const Skill* find_skill(std::string_view id);
// Every known tag, in the table's order.
std::vector<std::string> known_skill_ids();
// The known tag `id` is probably a typo of (nullopt when `id` is known, or a new skill).
std::optional<std::string> misspelt_skill(const std::string& id);

} // namespace luyenso
