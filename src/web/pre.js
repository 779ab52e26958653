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

// [SECTION] One tab owns the store
// Every tab holds the whole store in memory and copies it to IndexedDB whole: two tabs
// writing would each overwrite the other's finished steps. So one tab at a time owns the
// store, by the Web Locks API (a lock the browser lets go when the tab closes or crashes):
// a tab opened while another owns it shows "open in another tab" (the page's
// Module.luyensoShowElsewhere) and reads nothing until it owns the store. Its button
// "Mở ở đây" (Module.luyensoTakeOver) asks the owner, over a BroadcastChannel, to give the
// store up: the owner stops its program, copies the store to IndexedDB one last time, and
// only then answers and shows the message itself; the new tab then takes the lock and
// reads the store. A tab that does not own the store never writes it (luyensoPersist).
// Where the browser has no Web Locks (an old browser, or a page served over plain http
// from another machine, which browsers do not trust with them), the page works as one tab.
const STORE_LOCK = 'luyenso-store';
const TAKE_OVER = 'luyenso-take-over'; // sessionStorage: this tab reloaded to take the store over
const storeLocks = typeof navigator !== 'undefined' && navigator.locks && typeof BroadcastChannel !== 'undefined';
const storeChannel = storeLocks ? new BroadcastChannel(STORE_LOCK) : null;
Module.luyensoOwner = !storeLocks; // this tab owns the store (may write it)
Module.luyensoLostStore = false; // another tab took the store from this one

function showElsewhere(shown) {
  if (Module.luyensoShowElsewhere)
    Module.luyensoShowElsewhere(shown);
}

// The program stops drawing and taking input, and says nothing more.
function stopProgram() {
  if (Module.calledRun && typeof Browser !== 'undefined')
    Browser.mainLoop.pause();
  if (Module.luyensoWantText)
    Module.luyensoWantText(false);
  if (typeof speechSynthesis !== 'undefined')
    speechSynthesis.cancel();
}

// The store was taken from this tab: it writes nothing more and says where the store is.
function lostStore() {
  if (!Module.luyensoOwner)
    return;
  Module.luyensoOwner = false;
  Module.luyensoLostStore = true;
  stopProgram();
  showElsewhere(true);
}

// Resolves once this tab owns the store. `takeOver`: ask the owner for it at once.
function claimStore(takeOver) {
  return new Promise(function (owned) {
    let granted = false;
    let stealing = false;
    const hold = function (lock) {
      granted = true;
      Module.luyensoOwner = true;
      showElsewhere(false);
      owned();
      return new Promise(function () {}); // held for as long as the tab lives
    };
    // (Taken by another tab's steal: the request's promise fails with an AbortError.)
    const lost = function (err) {
      if (granted)
        lostStore();
      else if (!err || err.name !== 'AbortError')
        console.error('luyenso: the store lock:', err);
    };
    const waiting = new AbortController();
    navigator.locks.request(STORE_LOCK, { signal: waiting.signal }, hold).catch(lost);
    // The message only if the lock does not come soon: a reloaded tab's old page lets go
    // of it a moment after the new page asks.
    setTimeout(function () {
      if (!granted)
        showElsewhere(true);
    }, 800);
    const steal = function () {
      if (granted || stealing)
        return;
      stealing = true;
      waiting.abort();
      navigator.locks.request(STORE_LOCK, { steal: true }, hold).catch(lost);
    };
    let answered = false;
    storeChannel.addEventListener('message', function (event) {
      const kind = event.data && event.data.kind;
      if (kind === 'giving-up')
        answered = true; // copying: its 'given-up' follows
      else if (kind === 'given-up' && Module.luyensoAsked)
        steal();
    });
    Module.luyensoTakeOver = function () {
      Module.luyensoAsked = true;
      storeChannel.postMessage({ kind: 'give-up' });
      // An owner that does not answer (a hung tab) loses the store anyway.
      setTimeout(function () {
        if (!answered)
          steal();
      }, 4000);
    };
    if (takeOver)
      Module.luyensoTakeOver();
  });
}

if (storeChannel) {
  storeChannel.addEventListener('message', function (event) {
    if (!(event.data && event.data.kind === 'give-up') || !Module.luyensoOwner)
      return;
    // Another tab asks for the store: stop, copy what this one holds, then say so.
    storeChannel.postMessage({ kind: 'giving-up' });
    stopProgram();
    const done = function () {
      Module.luyensoOwner = false;
      Module.luyensoLostStore = true;
      showElsewhere(true);
      storeChannel.postMessage({ kind: 'given-up' });
    };
    if (Module.calledRun)
      Module.luyensoPersist(done);
    else
      done();
  });
}

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  ENV.LUYENSO_RENDERER = 'sdl'; // SDL_Renderer over WebGL (no OpenGL 2 in a browser)
  ENV.XDG_DATA_HOME = '/persist'; // the store: /persist/luyenso (src/platform/paths.cpp)
  FS.mkdir('/persist');
  FS.mount(IDBFS, {}, '/persist');
  addRunDependency('luyenso-store');
  const read = function () {
    FS.syncfs(true, function (err) {
      if (err)
        console.error('luyenso: cannot read the progress kept in this browser:', err);
      removeRunDependency('luyenso-store');
    });
  };
  if (!storeLocks) {
    read();
    return;
  }
  let takeOver = false;
  try {
    takeOver = sessionStorage.getItem(TAKE_OVER) === '1';
    sessionStorage.removeItem(TAKE_OVER);
  } catch (e) {
    // (no session storage: the learner presses the button once more)
  }
  claimStore(takeOver).then(read);
});

// "Mở ở đây" in a tab whose program ran and lost the store: it opens anew and takes the
// store over at once (its program starts from what the other tab saved).
Module.luyensoTakeOverAgain = function () {
  try {
    sessionStorage.setItem(TAKE_OVER, '1');
  } catch (e) {
    // (then the reloaded tab shows the message, and its button takes the store)
  }
  location.reload();
};

// [SECTION] Copies of the store to IndexedDB
// One copy at a time; a request during a copy makes one more copy after it. `done(ok)`
// (optional) is called after a copy that began after the request. A tab that does not
// own the store copies nothing (done(false) at once).
Module.luyensoPersisting = false;
Module.luyensoPersistAgain = false;
Module.luyensoPersistCount = 0; // copies done (the browser tests wait on it)
Module.luyensoPersistRefused = 0; // copies not made: this tab does not own the store (tests)
let persistWaiting = []; // `done` of the requests the next copy answers
Module.luyensoPersist = function (done) {
  if (!Module.luyensoOwner) {
    Module.luyensoPersistRefused += 1;
    if (done)
      done(false);
    return;
  }
  if (done)
    persistWaiting.push(done);
  if (Module.luyensoPersisting) {
    Module.luyensoPersistAgain = true;
    return;
  }
  Module.luyensoPersisting = true;
  const answered = persistWaiting;
  persistWaiting = [];
  FS.syncfs(false, function (err) {
    Module.luyensoPersisting = false;
    if (err)
      console.error('luyenso: cannot keep the progress in this browser:', err);
    else
      Module.luyensoPersistCount += 1;
    answered.forEach(function (f) { f(!err); });
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
