#include "web_probe.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

namespace luyenso::app {

namespace {

const char* page_name(Page page)
{
    switch (page) {
    case Page::Learners: return "learners";
    case Page::EditLearner: return "edit-learner";
    case Page::LessonList: return "lesson-list";
    case Page::LessonStart: return "lesson-start";
    case Page::Lesson: return "lesson";
    case Page::TrainerPin: return "trainer-pin";
    case Page::Dashboard: return "dashboard";
    case Page::History: return "history";
    case Page::LessonErrors: return "lesson-errors";
    }
    return "?";
}

} // namespace

std::string describe_frame(const AppModel& model, const ui::Shell& shell, const ui::LayoutLog& log, float pixel_ratio)
{
    const float k = pixel_ratio > 0 ? 1.0F / pixel_ratio : 1.0F;
    nlohmann::json out;
    out["page"] = page_name(model.page());
    // Where ImGui has the pointer, and where the left button was last pressed.
    const ImGuiIO& io = ImGui::GetIO();
    out["pointer"] = {{"x", io.MousePos.x * k},
                      {"y", io.MousePos.y * k},
                      {"down", io.MouseDown[0]},
                      {"pressed_x", io.MouseClickedPos[0].x * k},
                      {"pressed_y", io.MouseClickedPos[0].y * k}};
    out["run"] = nullptr;
    if (const LessonRun* run = model.page() == Page::Lesson ? model.run() : nullptr) {
        nlohmann::json r;
        r["lesson"] = run->lesson().id;
        r["step"] = run->step_index();
        r["steps"] = run->step_count();
        r["finished"] = run->finished();
        const ui::PhoneView& view = shell.phone_view();
        r["phone"] = {{"x0", view.body_min().x * k},
                      {"y0", view.body_min().y * k},
                      {"x1", view.body_max().x * k},
                      {"y1", view.body_max().y * k}};
        r["demo"] = nlohmann::json::array();
        if (const Step* step = run->current_step(); step && !run->finished()) {
            const ElementTree tree = run->phone().elements();
            for (const Action& a : step->demo) {
                nlohmann::json j = a.to_json();
                if (const Element* e = a.target.empty() ? nullptr : find_element(tree, a.target)) {
                    const ImVec2 p = shell.phone_view().to_pixels(e->bounds.center_x(), e->bounds.center_y());
                    j["x"] = p.x * k;
                    j["y"] = p.y * k;
                }
                r["demo"].push_back(std::move(j));
            }
        }
        out["run"] = std::move(r);
    }
    // Each button with the text of its labels.
    const auto& items = log.items();
    nlohmann::json buttons = nlohmann::json::array();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].kind != ui::ItemKind::Button)
            continue;
        std::string text;
        for (const ui::LayoutItem& label : items)
            if (label.owner == static_cast<int>(i))
                text += (text.empty() ? "" : " ") + label.text;
        buttons.push_back({{"text", text},
                           {"x0", items[i].min.x * k},
                           {"y0", items[i].min.y * k},
                           {"x1", items[i].max.x * k},
                           {"y1", items[i].max.y * k}});
    }
    out["buttons"] = std::move(buttons);
    // The lines of text around the phone (a field's label, above its box).
    nlohmann::json texts = nlohmann::json::array();
    for (const ui::LayoutItem& t : items)
        if (t.kind == ui::ItemKind::Text && t.owner < 0)
            texts.push_back(
                {{"text", t.text}, {"x0", t.min.x * k}, {"y0", t.min.y * k}, {"x1", t.max.x * k}, {"y1", t.max.y * k}});
    out["texts"] = std::move(texts);
    // The lines of text on the phone's screen (a field's text, and what the keyboard is
    // still composing, drawn apart after it).
    nlohmann::json phone_texts = nlohmann::json::array();
    for (const ui::LayoutItem& t : items)
        if (t.kind == ui::ItemKind::PhoneText)
            phone_texts.push_back(
                {{"text", t.text}, {"x0", t.min.x * k}, {"y0", t.min.y * k}, {"x1", t.max.x * k}, {"y1", t.max.y * k}});
    out["phone_texts"] = std::move(phone_texts);
    return out.dump();
}

} // namespace luyenso::app
