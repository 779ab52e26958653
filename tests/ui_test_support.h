// The UI without a window, for the UI tests: an ImGui context with our fonts and style
// and no backend, that draws frames of the shell and clicks on them.
#pragma once

#include "fonts.h"
#include "model/app_model.h"
#include "paths.h"
#include "shell.h"
#include "test_support.h"
#include "theme.h"

#include <imgui.h>

#include <cstdlib>
#include <string>

namespace luyenso::test {

// Under AddressSanitizer (LUYENSO_LAYOUT_SUBSET=1, set by the asan preset's test run) the
// slowest UI tests check a fixed share of what they check otherwise.
inline bool subset_only()
{
    const char* v = std::getenv("LUYENSO_LAYOUT_SUBSET");
    return v && std::string(v) == "1";
}

// One ImGui context with our fonts and style, for the whole of one test.
class Headless {
public:
    explicit Headless(float width = 1280, float height = 800)
    {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0F / 60.0F;
        // Keys the pages read, at indices of their own (as the SDL backend maps them).
        io.KeyMap[ImGuiKey_Enter] = 13;
        io.KeyMap[ImGuiKey_KeyPadEnter] = 14;
        io.KeyMap[ImGuiKey_Backspace] = 8;
        const ui::FontFiles files{platform::find_font({"NotoSans-Regular.ttf", "DejaVuSans.ttf"}),
                                  platform::find_font({"NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"})};
        std::string error;
        loaded_ = fonts_.load(*io.Fonts, files, error);
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas, as a renderer would
        ui::apply_style(ImGui::GetStyle());
    }
    ~Headless() { ImGui::DestroyContext(context_); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    bool fonts_loaded() const { return loaded_; }
    const ui::Fonts& fonts() const { return fonts_; }

    // Draws one frame; returns the number of vertices ImGui produced.
    int frame(ui::Shell& shell, AppModel& model, double time_s = 0.5)
    {
        ImGui::NewFrame();
        shell.draw(model, time_s);
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }

    // A press and a release at `pos` over two frames (ImGui sees the click, then the release).
    void click(ui::Shell& shell, AppModel& model, ImVec2 pos)
    {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        frame(shell, model);
        io.MouseDown[0] = true;
        frame(shell, model);
        io.MouseDown[0] = false;
        frame(shell, model);
        frame(shell, model);
    }

private:
    ImGuiContext* context_ = nullptr;
    ui::Fonts fonts_;
    bool loaded_ = false;
};

// Every lesson of `catalog` with the phone's own text size (Settings) at `percent`.
inline Catalog with_phone_text(Catalog catalog, int percent)
{
    for (CatalogEntry& e : catalog.entries)
        if (e.lesson)
            e.lesson->world.settings.text_size_percent = percent;
    return catalog;
}

// Opens lesson `lesson_id` in guided mode and plays its demonstrations up to step `step_id`.
inline void open_at_step(AppModel& model, const std::string& lesson_id, const std::string& step_id)
{
    const Lesson* lesson = model.catalog().find(lesson_id);
    REQUIRE(lesson);
    model.open_lesson(*lesson, Mode::Guided);
    LessonRun* run = model.run();
    std::string why;
    while (!run->finished() && run->current_step()->id != step_id)
        REQUIRE(run->play_step_demo(why));
    REQUIRE_FALSE(run->finished());
}

} // namespace luyenso::test
