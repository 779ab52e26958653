// Runs before main() in the browser build (emscripten --pre-js; see cmake/web-site.cmake).
// The progress store lives in /persist (IndexedDB): read into memory before main(), copied
// back after each finished step (src/platform/web.cpp calls Module.luyensoPersist) and
// when the page is hidden or closed.

// SDL 2.26's audio calls this helper of newer emscriptens, which 3.1.6 lacks: the browser
// starts sound only after the person touches the page, so the audio is resumed then.
function autoResumeAudioContext(ctx) {
  ['keydown', 'mousedown', 'touchstart'].forEach(function (event) {
    document.addEventListener(event, function resume() {
      if (ctx.state === 'suspended')
        ctx.resume();
      document.removeEventListener(event, resume);
    });
  });
}
// ... and its audio callback goes through dynCall, which 3.1.6 leaves out unless asked
// (its signatures here have no 64-bit integers).
function dynCall(sig, ptr, args) {
  return wasmTable.get(ptr).apply(null, args || []);
}

// The canvas holds devicePixelRatio device pixels per CSS pixel (SDL reads the ratio when
// it makes the window), and the program's text grows with the ratio up to twice its size
// (src/platform/window.cpp, display_text_factor). On a phone of ratio 3 that would make
// everything two thirds of its size: there the canvas is made at ratio 2 and the browser
// scales it up (slightly softer, as large as on a phone of ratio 2).
if (typeof window !== 'undefined' && window.devicePixelRatio > 2)
  window.devicePixelRatio = 2;

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  ENV.LUYENSO_RENDERER = 'sdl'; // SDL_Renderer over WebGL (no OpenGL 2 in a browser)
  ENV.XDG_DATA_HOME = '/persist'; // the store: /persist/luyenso (src/platform/paths.cpp)
  FS.mkdir('/persist');
  FS.mount(IDBFS, {}, '/persist');
  addRunDependency('luyenso-store');
  FS.syncfs(true, function (err) {
    if (err)
      console.error('luyenso: cannot read the progress kept in this browser:', err);
    removeRunDependency('luyenso-store');
  });
});

// One copy at a time; a request during a copy makes one more copy after it.
Module.luyensoPersisting = false;
Module.luyensoPersistAgain = false;
Module.luyensoPersistCount = 0; // copies done (the browser tests wait on it)
Module.luyensoPersist = function () {
  if (Module.luyensoPersisting) {
    Module.luyensoPersistAgain = true;
    return;
  }
  Module.luyensoPersisting = true;
  FS.syncfs(false, function (err) {
    Module.luyensoPersisting = false;
    if (err)
      console.error('luyenso: cannot keep the progress in this browser:', err);
    else
      Module.luyensoPersistCount += 1;
    if (Module.luyensoPersistAgain) {
      Module.luyensoPersistAgain = false;
      Module.luyensoPersist();
    }
  });
};
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden' && Module.calledRun)
    Module.luyensoPersist();
});
window.addEventListener('pagehide', function () {
  if (Module.calledRun)
    Module.luyensoPersist();
});

// What the last frame showed (src/app/web_probe.h), for the browser tests: the page, the
// step, where its targets are, the buttons.
Module.luyensoProbe = function () {
  if (!Module.luyensoLoop)
    return null;
  return JSON.parse(Module.ccall('luyenso_web_probe', 'string', ['number'], [Module.luyensoLoop]));
};
