// What the browser tests read of the last frame (the page's Module.luyensoProbe(), see
// src/web/pre.js): the page, the lesson's step, the step's demonstration with the pixel
// centre of each target on the drawn phone, and the buttons with their labels. Read only:
// a test plays a lesson by touching and clicking where it says, as a learner would.
#pragma once

#include "layout_log.h"
#include "model/app_model.h"
#include "shell.h"

#include <string>

namespace luyenso::app {

// A JSON object: {"page", "run": {lesson, step, steps, finished, phone: its body's rectangle,
// demo: [Action::to_json() with "x", "y" at its target]} or null, "buttons": [{"text", "x0", "y0", "x1", "y1"}],
// "texts": [the same, for the lines of text that are not a button's label], "phone_texts": [the
// same, for the lines of text on the phone's screen]}. Positions are
// in the page's CSS pixels: the frame's device pixels divided by `pixel_ratio`.
std::string describe_frame(const AppModel& model, const ui::Shell& shell, const ui::LayoutLog& log, float pixel_ratio);

} // namespace luyenso::app
