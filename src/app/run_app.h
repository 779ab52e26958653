// The windowed app: composition of the catalog, the model, the UI shell and the
// platform window, and the frame loop (which sleeps when nothing changes).
#pragma once

#include "cli.h"

#include <string>

namespace luyenso::app {

int run_app(const Options& options, const std::string& default_lessons_dir);

} // namespace luyenso::app
