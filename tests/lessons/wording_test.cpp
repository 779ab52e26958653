// The lessons' words against what the phone shows: an English instruction that sends the
// learner to a labelled button or a named row quotes the label the phone shows, in
// Vietnamese (the phone is Vietnamese whatever the interface language), so "Tap the Chat
// icon" cannot leave an English reader looking for a word that is not there. Every step of
// every shipped lesson is reached by playing the demonstrations.
#include "lessons/lesson_run.h"
#include "phone/element.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

using namespace luyenso;
namespace fs = std::filesystem;

namespace {

// A label of a few words is a button's or a name's; a longer one, or a link's address,
// is a message's contents (an instruction says "the blue link").
bool short_label(const std::string& label)
{
    return !label.empty() && std::count(label.begin(), label.end(), ' ') < 5 && label.rfind("http", 0) != 0;
}

} // namespace

TEST_CASE("every English instruction quotes the Vietnamese label its target shows", "[lessons][wording]")
{
    int checked = 0;
    std::vector<std::string> missing;
    for (const auto& entry : fs::directory_iterator(test::lessons_dir())) {
        if (entry.path().extension() != ".json")
            continue;
        LoadResult r = load_lesson_file(entry.path().string());
        REQUIRE(r.lesson);
        LessonRun run(*r.lesson, Mode::Guided);
        std::string why;
        for (int guard = 0; !run.finished() && guard < 200; ++guard) {
            const Step& step = *run.current_step();
            const ElementTree tree = run.phone().elements();
            const Element* target = find_element(tree, step.target);
            // A label drawn on the screen (not an icon's spoken name, a field's or a
            // message's contents, a key) is what the learner looks for.
            if (target && target->tappable && !target->icon_only && short_label(target->label) &&
                target->role != Role::TextField && target->role != Role::Key && target->role != Role::Bubble) {
                ++checked;
                const std::string say = step.say.get("en");
                if (say.find(target->label) == std::string::npos)
                    missing.push_back(entry.path().filename().string() + " step \"" + step.id + "\": " + step.target +
                                      " shows \"" + target->label + "\"; the English: " + say);
            }
            if (!run.play_step_demo(why))
                break;
        }
    }
    std::cout << "wording: " << checked << " English instructions checked against their target's label\n";
    for (const std::string& m : missing)
        std::cout << m << "\n";
    CHECK(missing.empty());
    CHECK(checked > 40);
}
