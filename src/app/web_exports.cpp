// The browser build's progress files (see src/web/index.html): the page calls these to
// write the learners' progress into a bundle file it then downloads, and to import a
// bundle the learner uploads. The same code as `luyenso export` and `luyenso import`,
// on the store in IndexedDB (the default data folder).
#include "cli.h"

#include <emscripten.h>

extern "C" {

// Writes every learner's progress to `out`; 0 when done (what was written is on stdout).
EMSCRIPTEN_KEEPALIVE int luyenso_web_export(const char* out)
{
    luyenso::app::Options options;
    options.command = luyenso::app::Command::Export;
    options.out = out;
    return luyenso::app::run_export(options);
}

// Merges the bundle in `file` into the store; 0 when done (or when nothing was new).
EMSCRIPTEN_KEEPALIVE int luyenso_web_import(const char* file)
{
    luyenso::app::Options options;
    options.command = luyenso::app::Command::Import;
    options.paths = {file};
    return luyenso::app::run_import(options);
}
}
