// Frame time of a lesson screen: opens a hidden window through platform::Window, draws
// the lesson at a step with ui::Shell N times and prints the time per frame (ImGui
// drawing + the renderer's work until it is done, so the GPU's or llvmpipe's work is included).
// Usage: frame_bench [--frames N] [--warmup N] [--lesson ID] [--step N] [--size WxH] [--pointing]
// --pointing asks for hints until the target's ring pulses: a frame then repaints only
// what the animation changed. LUYENSO_FULL_REDRAW=1 repaints the whole window every frame.
// With LUYENSO_BENCH_T0_NS set to the wall-clock time (ns since the epoch) just before it
// was started, it also prints how long after that the first frame was finished: start to
// first frame, process start-up included.
// Prints figures only; it never fails because a machine is slow.
#include "fonts.h"
#include "lessons/catalog.h"
#include "model/app_model.h"
#include "paths.h"
#include "shell.h"
#include "texture_images.h"
#include "theme.h"
#include "window.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    using namespace luyenso;
    int frames = 300;
    int warmup = 10;
    int step = 4;
    int width = 1280;
    int height = 800;
    bool pointing = false;
    std::string lesson_id = "goi-video-cho-chau";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--pointing") {
            pointing = true;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "frame_bench: %s needs a value\n", a.c_str());
            return 1;
        }
        const std::string v = argv[++i];
        if (a == "--frames")
            frames = std::max(1, std::atoi(v.c_str()));
        else if (a == "--warmup")
            warmup = std::max(0, std::atoi(v.c_str()));
        else if (a == "--step")
            step = std::max(1, std::atoi(v.c_str()));
        else if (a == "--lesson")
            lesson_id = v;
        else if (a == "--size" && std::sscanf(v.c_str(), "%dx%d", &width, &height) == 2)
            continue;
        else {
            std::fprintf(stderr, "frame_bench: unknown option %s\n", a.c_str());
            return 1;
        }
    }

    using clock = std::chrono::steady_clock;
    const auto ms_since = [](clock::time_point t) {
        return std::chrono::duration<double, std::milli>(clock::now() - t).count();
    };
    auto phase = clock::now();
    const std::string lessons_dir = platform::default_lessons_dir(LUYENSO_SOURCE_DIR);
    AppModel model(Catalog::load({lessons_dir}));
    const Lesson* lesson = model.catalog().find(lesson_id);
    if (!lesson) {
        std::fprintf(stderr, "frame_bench: no lesson '%s' in %s\n", lesson_id.c_str(), lessons_dir.c_str());
        return 1;
    }
    model.open_lesson(*lesson, Mode::Guided);
    std::string why;
    if (step > 1 && !model.run()->fast_forward_to(static_cast<std::size_t>(step - 1), why)) {
        std::fprintf(stderr, "frame_bench: cannot reach step %d: %s\n", step, why.c_str());
        return 1;
    }
    for (int h = 0; pointing && !model.run()->pointing() && h < model.run()->max_hint_level(); ++h)
        model.run()->request_hint();
    if (pointing && !model.run()->pointing()) {
        std::fprintf(stderr, "frame_bench: step %d has no target to point at\n", step);
        return 1;
    }

    const double catalog_ms = ms_since(phase);
    phase = clock::now();
    platform::WindowConfig config;
    config.width = width;
    config.height = height;
    config.hidden = true;
    config.renderer = platform::renderer_request(std::getenv("LUYENSO_RENDERER"), std::getenv("LUYENSO_GL"));
    std::string error;
    auto window = platform::Window::create(config, error);
    if (!window) {
        std::fprintf(stderr, "frame_bench: %s\n", error.c_str());
        return 1;
    }
    const double window_ms = ms_since(phase);
    phase = clock::now();
    const ui::FontFiles font_files{platform::find_font({"NotoSans-Regular.ttf", "DejaVuSans.ttf"}),
                                   platform::find_font({"NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"})};
    ui::Fonts fonts;
    if (font_files.regular.empty() || !fonts.load(*ImGui::GetIO().Fonts, font_files, error)) {
        std::fprintf(stderr, "frame_bench: fonts: %s\n", error.c_str());
        return 1;
    }
    ui::apply_style(ImGui::GetStyle());
    platform::TextureImages images(*window);
    ui::Shell shell(fonts, &images);
    const double fonts_ms = ms_since(phase);

    std::vector<double> ms;
    std::vector<double> cpu_ms;
    double share_sum = 0;
    double first_frame_ms = 0;
    int draw_lists = 0;
    int draw_calls = 0;
    int vertices = 0;
    int indices = 0;
    ms.reserve(static_cast<std::size_t>(frames));
    for (int f = 0; f < warmup + frames; ++f) {
        window->pump_events(0);
        const auto start = clock::now();
        window->begin_frame();
        // A moving time: the highlight's pulse is drawn as it is on screen.
        shell.draw(model, 0.4 + f / 60.0);
        ImGui::EndFrame(); // ImGui's own work, apart from the GL backend's (render() calls Render)
        const auto drawn = clock::now();
        window->render();
        window->finish();
        const auto end = clock::now();
        if (const ImDrawData* data = ImGui::GetDrawData(); data && f == warmup) {
            draw_lists = data->CmdListsCount;
            vertices = data->TotalVtxCount;
            indices = data->TotalIdxCount;
            for (int l = 0; l < data->CmdListsCount; ++l)
                draw_calls += data->CmdLists[l]->CmdBuffer.Size;
        }
        window->present();
        if (f == 0) {
            first_frame_ms = std::chrono::duration<double, std::milli>(end - start).count();
            if (const char* t0 = std::getenv("LUYENSO_BENCH_T0_NS")) {
                const auto now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count();
                std::printf("start_to_first_frame_ms=%.1f\n", static_cast<double>(now_ns - std::atoll(t0)) / 1e6);
                std::fflush(stdout);
            }
        }
        if (f >= warmup) {
            share_sum += window->last_repaint_share();
            ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            cpu_ms.push_back(std::chrono::duration<double, std::milli>(drawn - start).count());
        }
    }
    const auto mean = [](const std::vector<double>& v) {
        double sum = 0;
        for (const double x : v)
            sum += x;
        return sum / static_cast<double>(v.size());
    };
    const ImGuiIO& io = ImGui::GetIO();
    std::printf("startup: catalog+lesson %.0f ms, window+GL %.0f ms, fonts %.0f ms, first frame %.0f ms "
                "(font atlas %dx%d)\n",
                catalog_ms, window_ms, fonts_ms, first_frame_ms, io.Fonts->TexWidth, io.Fonts->TexHeight);
    std::printf("lesson frame: %s step %d at %dx%d, %d frames (%s)\n", lesson_id.c_str(), step, width, height, frames,
                window->description().c_str());
    std::printf("of which ImGui drawing (no GL): mean=%.2f p95=%.2f; per frame %d lists, %d draw calls, %d vertices, "
                "%d triangles\n",
                mean(cpu_ms), percentile(cpu_ms, 0.95), draw_lists, draw_calls, vertices, indices / 3);
    std::printf("frame_ms mean=%.2f p50=%.2f p95=%.2f max=%.2f (repainted %.1f %% of the window a frame)\n", mean(ms),
                percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 1.0),
                100.0 * share_sum / static_cast<double>(ms.size()));
    return 0;
}
