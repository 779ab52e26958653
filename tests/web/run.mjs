// Luyện Số in a real browser: Debian's headless Chromium, driven by puppeteer-core (a
// test-only npm package pinned by package-lock.json), loads build-web/site/ from a local
// server on 127.0.0.1 and
//   - plays a lesson to its end by touch on a phone (390x844) and by mouse on a desktop
//     (1280x800), as a learner would: where the probe says the step's target is drawn;
//   - reloads and finds the finished lesson kept (IndexedDB);
//   - goes offline and reloads (the service worker serves the site);
//   - exports the progress as a file that the desktop `luyenso import` accepts, refuses a
//     broken file with its message and merges a good one;
//   - shows an input method's composition in the phone's field and types it once, committed;
//     hides the bar of progress files during a lesson; mutes, unmutes and repeats the
//     browser's speech (a recording stand-in for speechSynthesis);
//   - lets one tab own the store: a second tab waits, takes it over after the first saved,
//     and the first writes nothing more;
//   - offers a new version (a changed sw.js) between lessons and takes it only when pressed;
//   - measures the budgets of docs/performance.md (--budgets).
// Usage: node run.mjs SITE_DIR [--budgets] [--shots DIR]
// Environment: LUYENSO_NATIVE   the desktop luyenso (for the import check; skipped if unset)
//              CHROMIUM         the browser (default /usr/lib/chromium/chromium)
import puppeteer from 'puppeteer-core';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

let siteArg = null;
let budgets = false;
let shotsDir = null;
for (let i = 2; i < process.argv.length; ++i) {
  const a = process.argv[i];
  if (a === '--budgets')
    budgets = true;
  else if (a === '--shots' && i + 1 < process.argv.length)
    shotsDir = path.resolve(process.argv[++i]);
  else if (!a.startsWith('--') && !siteArg)
    siteArg = a;
  else {
    console.error(`run.mjs: unknown argument '${a}' (SITE_DIR [--budgets] [--shots DIR])`);
    process.exit(2);
  }
}
assert.ok(siteArg, 'usage: node run.mjs SITE_DIR [--budgets] [--shots DIR]');
const site = path.resolve(siteArg);
const chromium = process.env.CHROMIUM || '/usr/lib/chromium/chromium';
// Tap, long press and swipe: every touch gesture.
const GESTURES = { id: 'cham-giu-va-vuot', title: /^Chạm, chạm giữ/ }; // (its title's first line)
// Telex on the phone's keyboard ("Chaof baf" makes "Chào bà").
const TELEX = { id: 'go-chu-tieng-viet', title: /^Gõ chữ tiếng Việt/ };
// Typed on the device's keyboard: its marks arrive as composed text, not as key presses.
const LEARNER = 'Bà Tư Thử Web';
const LEARNER_PC = 'Ông Năm Ở Chợ';
const LIMIT_MS = 60000; // how long a wait may last before the test fails (never a pass by time)

for (const f of ['index.html', 'luyenso.js', 'luyenso.wasm', 'luyenso.data', 'sw.js', 'manifest.webmanifest'])
  assert.ok(fs.existsSync(path.join(site, f)), `${site}/${f} is missing: build it with scripts/build-web.sh`);

// [SECTION] a static server on 127.0.0.1 (any free port)
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream', '.webmanifest': 'application/manifest+json', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.json': 'application/json' };
let served = []; // [name, bytes] of each response
let swExtra = ''; // added to sw.js: a new version of the site
const server = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.join(site, name);
  if (!file.startsWith(site + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  const body = name === 'sw.js' ? Buffer.concat([fs.readFileSync(file), Buffer.from(swExtra)]) : fs.readFileSync(file);
  served.push([name, body.length]);
  res.writeHead(200, { 'Content-Type': types[path.extname(name)] || 'application/octet-stream',
    'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  res.end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'luyenso-web-'));
const downloads = path.join(profile, 'downloads');
fs.mkdirSync(downloads);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: path.join(profile, 'chromium'),
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-first-run',
    '--autoplay-policy=no-user-gesture-required', '--lang=vi-VN'],
});

const log = (...a) => console.log('web:', ...a);
let failures = 0;
// LUYENSO_WEB_ONLY=REGEX runs only the checks whose names match (the later ones need
// what the earlier ones leave: learners, finished lessons).
const only = process.env.LUYENSO_WEB_ONLY ? new RegExp(process.env.LUYENSO_WEB_ONLY) : null;
async function check(name, fn) {
  if (only && !only.test(name))
    return;
  const t0 = Date.now();
  try {
    await fn();
    log(`ok   ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (err) {
    failures += 1;
    log(`FAIL ${name}: ${err.stack || err}`);
  }
  // (A page left open would go on copying its own store to IndexedDB over the next one's.)
  for (const page of openPages.splice(0))
    if (!page.isClosed())
      await page.close();
}

// [SECTION] the page
const openPages = []; // closed after each check, passed or failed
async function openPage(viewport) {
  const page = await browser.newPage();
  openPages.push(page);
  await page.setViewport(viewport);
  // (LUYENSO_WEB_CONSOLE=1: everything the page prints, for finding why a check fails.)
  page.on('console', (m) => {
    if (m.type() === 'error' || process.env.LUYENSO_WEB_CONSOLE)
      log(`page ${m.type()}:`, m.text());
  });
  page.on('pageerror', (e) => log('page exception:', e.message));
  return page;
}

const probe = (page) => page.evaluate(() => (window.Module && Module.luyensoProbe ? Module.luyensoProbe() : null));

// Polls the probe until `pred` holds and what is drawn where has settled (the same in two
// probes in a row: a page's first frame may place things where the next does not); at most
// LIMIT_MS, then it fails, saying what it saw.
async function waitFor(page, what, pred) {
  const t0 = Date.now();
  let last = null;
  let before = null;
  while (Date.now() - t0 < LIMIT_MS) {
    last = await probe(page).catch(() => null);
    if (last && pred(last)) {
      const layout = JSON.stringify([last.buttons, last.texts, last.run && last.run.phone, last.run && last.run.demo]);
      if (layout === before)
        return last;
      before = layout;
    } else {
      before = null;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waited ${LIMIT_MS / 1000} s for ${what}; the last frame: ${JSON.stringify(last)?.slice(0, 1500)}`);
}

async function load(page, url = origin + '/index.html') {
  await page.goto(url, { waitUntil: 'load' });
  // The first probe turns recording on; the next frame has the buttons.
  return waitFor(page, 'the first frame', (p) => p.buttons.length > 0);
}

const centre = (b) => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
// A button by its label, else a line of text (a tile's name, "Thêm người học").
function findButton(p, re) {
  const b = p.buttons.find((x) => re.test(x.text)) || p.texts.find((x) => re.test(x.text));
  assert.ok(b, `no button ${re} on page ${p.page}: ${p.buttons.map((x) => x.text).join(' | ')}`);
  return b;
}

// One press where a learner would: a finger on a phone, the mouse on a PC.
async function press(page, touch, x, y) {
  if (touch)
    await page.touchscreen.tap(x, y);
  else
    await page.mouse.click(x, y);
}

async function pressButton(page, touch, re) {
  const p = await waitFor(page, `a button ${re}`, (q) => q.buttons.some((x) => re.test(x.text)) ||
    q.texts.some((x) => re.test(x.text)));
  const [x, y] = centre(findButton(p, re));
  await press(page, touch, x, y);
}

// A gesture on the phone, as the step's demonstration does it.
async function perform(page, touch, a, phone) {
  const mid = [(phone.x0 + phone.x1) / 2, (phone.y0 + phone.y1) / 2];
  const at = a.x !== undefined ? [a.x, a.y] : mid;
  if (a.tap !== undefined || a.press !== undefined) {
    await press(page, touch, at[0], at[1]);
  } else if (a.long_press !== undefined) {
    if (touch) {
      await page.touchscreen.touchStart(at[0], at[1]);
      await new Promise((r) => setTimeout(r, 1200));
      await page.touchscreen.touchEnd();
    } else {
      await page.mouse.move(at[0], at[1]);
      await page.mouse.down();
      await new Promise((r) => setTimeout(r, 1200));
      await page.mouse.up();
    }
  } else if (a.swipe !== undefined) {
    const h = (phone.y1 - phone.y0) * 0.3;
    const w = (phone.x1 - phone.x0) * 0.3;
    const d = { up: [0, -h], down: [0, h], left: [-w, 0], right: [w, 0] }[a.swipe];
    const from = [mid[0] - d[0] / 2, mid[1] - d[1] / 2];
    const steps = 8;
    if (touch) {
      await page.touchscreen.touchStart(from[0], from[1]);
      for (let i = 1; i <= steps; ++i) {
        await page.touchscreen.touchMove(from[0] + (d[0] * i) / steps, from[1] + (d[1] * i) / steps);
        await new Promise((r) => setTimeout(r, 20));
      }
      await page.touchscreen.touchEnd();
    } else {
      await page.mouse.move(from[0], from[1]);
      await page.mouse.down();
      for (let i = 1; i <= steps; ++i) {
        await page.mouse.move(from[0] + (d[0] * i) / steps, from[1] + (d[1] * i) / steps);
        await new Promise((r) => setTimeout(r, 20));
      }
      await page.mouse.up();
    }
  } else if (a.type !== undefined) {
    await page.keyboard.type(a.type);
  } else if (a.wait !== undefined) {
    await new Promise((r) => setTimeout(r, Number(a.wait)));
  } else {
    throw new Error(`the test cannot perform ${JSON.stringify(a)}`);
  }
}

async function shot(page, name) {
  if (!shotsDir)
    return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, name + '.png') });
}

// On the learner picker: the learner `name` is chosen, or made on the profile page (the
// name typed) if not there yet; returns the lesson list's probe.
async function chooseLearner(page, touch, tag, p, name) {
  const tile = p.buttons.concat(p.texts).find((b) => b.text.includes(name));
  if (tile) {
    await press(page, touch, ...centre(tile));
  } else {
    await pressButton(page, touch, /^Thêm người học$/);
    p = await waitFor(page, 'the profile form', (q) => q.page === 'edit-learner');
    const label = p.texts.find((t) => /tên/i.test(t.text));
    assert.ok(label, `no name field's label: ${p.texts.map((t) => t.text).join(' | ')}`);
    await press(page, touch, label.x0 + 20, label.y1 + 30);
    // The page focuses its hidden field for the device's keyboard (src/web/index.html).
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input',
      { timeout: LIMIT_MS });
    await page.keyboard.type(name);
    await shot(page, `${tag}-2-profile`);
    await pressButton(page, touch, /^Lưu/);
  }
  return waitFor(page, 'the lesson list', (q) => q.page === 'lesson-list');
}

// The page's copies of the store to IndexedDB: one asked for now ends after any that is
// running (a finished step's), as closing the tab asks; waits for it.
async function persisted(page) {
  const before = await page.evaluate(() => {
    const n = Module.luyensoPersistCount;
    Module.luyensoPersist();
    return n;
  });
  await page.waitForFunction(
    (n) => Module.luyensoPersistCount > n && !Module.luyensoPersisting && !Module.luyensoPersistAgain,
    { timeout: LIMIT_MS }, before);
}

// The learner `name` (made on the profile page, the name typed, if not there yet), then
// `lesson` from its start page in guided mode, every step by its demonstration; `stepHook`
// (optional) may play a step itself: called with the step's index and probe, it returns
// true when it did.
async function playLesson(page, touch, tag, lesson, name, stepHook = null) {
  let p = await load(page);
  await shot(page, `${tag}-1-picker`);
  if (p.page === 'learners')
    p = await chooseLearner(page, touch, tag, p, name);
  await shot(page, `${tag}-3-lessons`);
  // The lesson's card: its "Bắt đầu" button, level with its title (scrolled to when below).
  const t0 = Date.now();
  let start = null;
  while (!start && Date.now() - t0 < LIMIT_MS) {
    p = await waitFor(page, 'the lesson list', (q) => q.page === 'lesson-list');
    const viewport = page.viewport();
    // What is on screen (the list's cards scrolled away are drawn, clipped), above the bar.
    const shown = (b) => b.y0 >= 0 && b.y1 <= viewport.height - 60;
    const title = p.texts.find((t) => lesson.title.test(t.text) && t.y0 >= 0);
    // (Beside the title on a wide screen, under the card's text on a narrow one: the first
    // one from the title's top down.)
    start = title && p.buttons.filter((b) => /^Bắt đầu/.test(b.text) && b.y0 >= title.y0 - 10)
      .sort((a, b) => a.y0 - b.y0)[0];
    if (start && !shown(start))
      start = null; // under the bar: scroll on
    if (!start && touch) {
      // A finger drags the list up, as on a phone.
      const x = viewport.width / 2;
      await page.touchscreen.touchStart(x, viewport.height * 0.7);
      for (let i = 1; i <= 8; ++i) {
        await page.touchscreen.touchMove(x, viewport.height * (0.7 - (0.3 * i) / 8));
        await new Promise((r) => setTimeout(r, 30));
      }
      await page.touchscreen.touchEnd();
    } else if (!start) {
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel({ deltaY: 200 });
    }
  }
  assert.ok(start, `no "Bắt đầu" button beside the title ${lesson.title}: ${JSON.stringify(p.buttons)} ` +
    JSON.stringify(p.texts.find((t) => lesson.title.test(t.text))));
  await press(page, touch, ...centre(start));
  await waitFor(page, 'the lesson start page', (q) => q.page === 'lesson-start');
  await shot(page, `${tag}-4-start`);
  await pressButton(page, touch, /^Có hướng dẫn/);
  p = await waitFor(page, 'the lesson', (q) => q.page === 'lesson' && q.run);
  assert.equal(p.run.lesson, lesson.id);
  const steps = p.run.steps;
  for (let step = 0; step < steps; ++step) {
    p = await waitFor(page, `step ${step + 1}`, (q) => q.run && (q.run.step >= step || q.run.finished));
    if (p.run.finished)
      break;
    await shot(page, `${tag}-5-step${step + 1}`);
    if (!(stepHook && await stepHook(step, p)))
      for (const a of p.run.demo)
        await perform(page, touch, a, p.run.phone);
    await waitFor(page, `step ${step + 1} to be done`, (q) => q.run && (q.run.step > step || q.run.finished));
  }
  p = await waitFor(page, 'the end of the lesson', (q) => q.run && q.run.finished);
  await shot(page, `${tag}-6-done`);
  // Kept: the store was copied to IndexedDB after the last step (waited for, not any
  // earlier copy).
  await persisted(page);
}

// [SECTION] the checks
const phone = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const desktop = { width: 1280, height: 800, deviceScaleFactor: 1 };

await check('a lesson played to its end by touch at 390x844 (the name typed with its marks)', async () => {
  const page = await openPage(phone);
  await playLesson(page, true, 'phone', GESTURES, LEARNER);
  await page.close();
});

await check('a lesson played to its end by mouse at 1280x800 (the name typed with its marks)', async () => {
  const page = await openPage(desktop);
  await playLesson(page, false, 'desktop', GESTURES, LEARNER_PC);
  await page.close();
});

await check('Telex on the phone\'s keyboard, by touch at 390x844', async () => {
  const page = await openPage(phone);
  await playLesson(page, true, 'telex', TELEX, LEARNER);
  await page.close();
});

await check('on the phone the text size controls are a finger\'s size, and A+ makes the lessons\' text larger', async () => {
  const page = await openPage(phone);
  let p = await load(page);
  await press(page, true, ...centre(p.buttons.concat(p.texts).find((b) => b.text.includes(LEARNER))));
  p = await waitFor(page, 'the lesson list', (q) => q.page === 'lesson-list' && q.texts.some((t) => GESTURES.title.test(t.text)));
  await shot(page, 'size-1-list');
  // (Before, they were drawn in device pixels: half size on a phone, "Cỡ chữ" 9 px high.)
  for (const re of [/^A\+$/, /^A-$/, /^English$/]) {
    const b = findButton(p, re);
    assert.ok(b.y1 - b.y0 >= 40 && b.x1 - b.x0 >= 40, `${re} is ${b.x1 - b.x0}x${b.y1 - b.y0} CSS px: too small for a finger`);
    assert.ok(b.x0 >= 0 && b.x1 <= phone.width, `${re} is outside the screen: ${JSON.stringify(b)}`);
  }
  const label = p.texts.find((t) => t.text === 'Cỡ chữ');
  assert.ok(label && label.y1 - label.y0 >= 14, `"Cỡ chữ" is too small to read: ${JSON.stringify(label)}`);
  const before = p.texts.find((t) => GESTURES.title.test(t.text));
  await pressButton(page, true, /^A\+$/);
  p = await waitFor(page, 'the text at 125 %', (q) => q.texts.some((t) => t.text === '125%'));
  const after = p.texts.find((t) => GESTURES.title.test(t.text)) ||
    p.texts.find((t) => /^Chạm, chạm/.test(t.text));
  assert.ok(after && after.y1 - after.y0 > (before.y1 - before.y0) * 1.15,
    `A+ did not make the lesson's title larger: ${JSON.stringify(before)} then ${JSON.stringify(after)}`);
  await shot(page, 'size-2-larger');
  await pressButton(page, true, /^A-$/);
  await waitFor(page, 'the text back at 100 %', (q) => q.texts.some((t) => t.text === '100%'));
  await page.close();
});

await check('reloading keeps the learners, their names intact', async () => {
  const page = await openPage(desktop);
  await load(page);
  const p = await probe(page);
  assert.equal(p.page, 'learners');
  const tiles = p.buttons.concat(p.texts);
  for (const name of [LEARNER, LEARNER_PC]) {
    const tile = tiles.find((b) => b.text.includes(name));
    assert.ok(tile, `no tile for ${name} after a reload: ${tiles.map((b) => b.text).join(' | ')}`);
  }
  await page.close();
});

await check('offline, the site opens from the service worker', async () => {
  const page = await openPage(desktop);
  await load(page);
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active, { timeout: LIMIT_MS });
  await page.setOfflineMode(true);
  served = [];
  await page.reload({ waitUntil: 'load' });
  const p = await waitFor(page, 'the first frame offline', (q) => q.buttons.length > 0);
  assert.equal(p.page, 'learners');
  assert.deepEqual(served, [], 'offline, yet the server was asked');
  await shot(page, 'offline');
  await page.setOfflineMode(false);
  await page.close();
});

await check('the exported progress file is accepted by the desktop luyenso import', async () => {
  const page = await openPage(desktop);
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await load(page);
  await page.click('#export');
  const t0 = Date.now();
  let files = [];
  while (Date.now() - t0 < LIMIT_MS && !(files = fs.readdirSync(downloads).filter((f) => f.endsWith('.json'))).length)
    await new Promise((r) => setTimeout(r, 100));
  assert.equal(files.length, 1, 'no download');
  const bundle = JSON.parse(fs.readFileSync(path.join(downloads, files[0]), 'utf8'));
  // (The page was opened anew: what it exports was read back from IndexedDB.)
  for (const name of [LEARNER, LEARNER_PC])
    assert.ok(bundle.learners.some((l) => l.name === name), `${name} is not in the file`);
  const finished = bundle.attempts.filter((a) => a.outcome === 'completed').map((a) => a.lesson).sort();
  assert.deepEqual(finished, [GESTURES.id, GESTURES.id, TELEX.id].sort(), 'the finished lessons in the file');
  const status = await page.$eval('#status', (e) => e.textContent);
  assert.match(status, /Đã lưu tiến độ/);
  if (process.env.LUYENSO_NATIVE) {
    const data = path.join(profile, 'desktop-data');
    const out = execFileSync(process.env.LUYENSO_NATIVE, ['import', path.join(downloads, files[0]), '--data-dir', data],
      { encoding: 'utf8' });
    log('desktop:', out.trim().split('\n').pop());
    assert.match(out, /imported .*: 2 learners added/);
  } else {
    log('LUYENSO_NATIVE is not set: the desktop import is not checked');
  }
  await page.close();
});

await check('a broken progress file is refused with a clear message, nothing changed; a good one is merged', async () => {
  const page = await openPage(phone);
  await load(page);
  const broken = path.join(profile, 'hong.json');
  fs.writeFileSync(broken, '{"format": "luyenso-progress", "learners": [');
  const input = await page.$('#import-file');
  await input.uploadFile(broken);
  await page.waitForFunction(() => /không phải tệp tiến độ/.test(document.getElementById('status').textContent),
    { timeout: LIMIT_MS });
  const status = await page.$eval('#status', (e) => e.textContent);
  assert.match(status, /^Tệp "hong\.json" không phải tệp tiến độ của Luyện Số, hoặc bị hỏng\. Không có gì thay đổi\.$/);
  let p = await probe(page);
  assert.equal(p.page, 'learners', 'the page was not opened anew');
  // Readable whole on a phone: the message wraps under the buttons, above the page's bottom.
  const line = await page.$eval('#status', (e) => {
    const r = e.getBoundingClientRect();
    return { bottom: r.bottom, clipped: e.scrollWidth > e.clientWidth };
  });
  assert.ok(line.bottom <= phone.height && !line.clipped, `the message is cut: ${JSON.stringify(line)}`);
  await shot(page, 'import-broken');
  // The file the export check downloaded: merged (nothing new in it), kept in IndexedDB,
  // then the page opens anew.
  const exported = fs.readdirSync(downloads).filter((f) => f.endsWith('.json'));
  assert.equal(exported.length, 1, 'no exported file to import (the export check runs first)');
  await page.evaluate(() => { window.notReloaded = true; });
  await Promise.all([page.waitForNavigation({ timeout: LIMIT_MS }),
    (await page.$('#import-file')).uploadFile(path.join(downloads, exported[0]))]);
  p = await waitFor(page, 'the page opened anew after the import', (q) => q.buttons.length > 0);
  assert.equal(await page.evaluate(() => window.notReloaded), undefined);
  const tiles = p.buttons.concat(p.texts).map((x) => x.text).join(' | ');
  for (const name of [LEARNER, LEARNER_PC])
    assert.ok(tiles.includes(name), `${name} is missing after the import: ${tiles}`);
  await page.close();
});

// The browser's speech, recorded: what is said, at what volume, and each cancel.
const FAKE_SPEECH = () => {
  window.spoken = [];
  window.SpeechSynthesisUtterance = class {
    constructor(text) { this.text = text; this.volume = 1; }
  };
  const voice = { lang: 'vi-VN', name: 'test voice', default: true };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
    getVoices: () => [voice],
    speak: (u) => window.spoken.push({ text: u.text, volume: u.volume, lang: u.lang }),
    cancel: () => window.spoken.push({ cancel: true }),
  } });
};

await check('a composition shows in the phone\'s field, is typed once when committed; no bar during a lesson; ' +
  'mute, unmute and "Nghe lại" act on the browser\'s speech', async () => {
  const page = await openPage(phone);
  await page.evaluateOnNewDocument(FAKE_SPEECH);
  const cdp = await page.createCDPSession();
  const GROUP = { id: 'tao-nhom-gia-dinh', title: /^Tạo nhóm gia đình/ };
  const phoneTexts = (q) => q.phone_texts.map((t) => t.text);
  const said = () => page.evaluate(() => window.spoken.splice(0));
  await playLesson(page, true, 'ime', GROUP, LEARNER, async (step, p) => {
    if (step === 0) {
      // The bar of progress files is hidden during a lesson, and the canvas takes its height.
      assert.equal(await page.$eval('#bar', (e) => getComputedStyle(e).display), 'none');
      const canvas = await page.$eval('#canvas', (e) => e.getBoundingClientRect().height);
      assert.equal(canvas, phone.height, 'the canvas does not take the whole height');
      // The step's narration was said, at the narrator's volume.
      await page.waitForFunction(() => window.spoken.some((u) => u.text), { timeout: LIMIT_MS });
      const first = (await said()).filter((u) => u.text);
      assert.ok(first.length >= 1 && first.every((u) => u.volume > 0.85 && u.volume <= 0.9 && u.lang === 'vi-VN'),
        `spoken: ${JSON.stringify(first)}`);
      // Muted: the speech stops at once; the next step says nothing.
      // (The button without a label right of "Nghe lại".)
      const muteButton = (q) => {
        const hear = findButton(q, /^Nghe lại/);
        const b = q.buttons.find((x) => x.x0 >= hear.x1 && x.y0 < hear.y1 && x.y1 > hear.y0);
        assert.ok(b, `no mute button beside "Nghe lại": ${JSON.stringify(q.buttons)}`);
        return b;
      };
      await press(page, true, ...centre(muteButton(p)));
      await page.waitForFunction(() => window.spoken.some((u) => u.cancel), { timeout: LIMIT_MS });
      for (const a of p.run.demo)
        await perform(page, true, a, p.run.phone);
      const q = await waitFor(page, 'step 2', (r) => r.run && r.run.step >= 1);
      assert.deepEqual((await said()).filter((u) => u.text), [], 'speech while muted');
      // "Nghe lại" while muted says nothing either; unmuted, it says step 2's narration.
      await pressButton(page, true, /^Nghe lại/);
      await press(page, true, ...centre(muteButton(await waitFor(page, 'step 2', (r) => r.run && r.run.step >= 1))));
      await waitFor(page, 'the sound on', (r) => !r.pointer.down);
      assert.deepEqual((await said()).filter((u) => u.text), [], 'speech on unmuting, or while muted');
      await pressButton(page, true, /^Nghe lại/);
      await page.waitForFunction(() => window.spoken.some((u) => u.text), { timeout: LIMIT_MS });
      const again = (await said()).filter((u) => u.text);
      assert.equal(again.length, 1, `"Nghe lại" said: ${JSON.stringify(again)}`);
      assert.equal(q.run.step, 1);
      await shot(page, 'ime-0-muted-and-back');
      return true;
    }
    if (!p.run.demo.some((a) => a.type !== undefined))
      return false;
    // The name field: tapped, then composed by the device's keyboard as a phone's
    // Vietnamese keyboard does, word by word, and committed.
    const [tap, typed, ...rest] = p.run.demo;
    assert.ok(tap.tap !== undefined && typed.type === 'Gia ddinhf minhf', `the step's demo: ${JSON.stringify(p.run.demo)}`);
    await perform(page, true, tap, p.run.phone);
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input',
      { timeout: LIMIT_MS });
    for (const part of ['Gia', 'Gia đì', 'Gia đình mình']) {
      await cdp.send('Input.imeSetComposition', { text: part, selectionStart: part.length, selectionEnd: part.length });
      const q = await waitFor(page, `the composition "${part}" in the field`, (r) => phoneTexts(r).includes(part));
      assert.equal(q.run.step, step, 'the step moved on while composing');
    }
    await shot(page, 'ime-1-composing');
    await cdp.send('Input.insertText', { text: 'Gia đình mình' });
    const done = await waitFor(page, 'the committed text in the field',
      (r) => phoneTexts(r).some((t) => t.includes('Gia đình mình')));
    const shown = phoneTexts(done).filter((t) => t.includes('Gia'));
    assert.deepEqual(shown, ['Gia đình mình'], 'typed once, the composition gone');
    await shot(page, 'ime-2-committed');
    for (const a of rest)
      await perform(page, true, a, p.run.phone);
    return true;
  });
  await page.close();
});

await check('a composition shows in the profile\'s name field too, and is typed once when committed', async () => {
  const page = await openPage(phone);
  const cdp = await page.createCDPSession();
  await load(page);
  await pressButton(page, true, /^Thêm người học$/);
  let p = await waitFor(page, 'the profile form', (q) => q.page === 'edit-learner');
  const label = p.texts.find((t) => /tên/i.test(t.text));
  await press(page, true, label.x0 + 20, label.y1 + 30);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input',
    { timeout: LIMIT_MS });
  const count = (q, text) => q.texts.filter((t) => t.text === text).length;
  for (const part of ['Bà', 'Bà Sá', 'Bà Sáu'])
    await cdp.send('Input.imeSetComposition', { text: part, selectionStart: part.length, selectionEnd: part.length });
  // Shown in the field while composing; the preview beside the picture still has no name.
  p = await waitFor(page, 'the composition in the name field', (q) => count(q, 'Bà Sáu') === 1);
  assert.equal(count(p, '…'), 1, `the name was typed before it was committed: ${p.texts.map((t) => t.text).join(' | ')}`);
  await shot(page, 'ime-profile-1-composing');
  await cdp.send('Input.insertText', { text: 'Bà Sáu' });
  // Committed: the preview shows the name, once; the composition is no longer drawn.
  p = await waitFor(page, 'the committed name', (q) => count(q, '…') === 0);
  assert.equal(count(p, 'Bà Sáu'), 1, `the name shows ${count(p, 'Bà Sáu')} times: ${p.texts.map((t) => t.text).join(' | ')}`);
  await shot(page, 'ime-profile-2-committed');
  await page.close(); // (not saved: the learners of the other checks stay as they are)
});

await check('two tabs: the second waits, takes the store over after the first saved, the first stops writing',
  async () => {
    const other = 'Cô Ba Hai Thẻ';
    const a = await openPage(desktop);
    let p = await load(a);
    assert.equal(await a.evaluate(() => Module.luyensoOwner), true, 'the only tab does not own the store');
    await chooseLearner(a, false, 'tabs', p, other);
    await persisted(a);
    // Written in tab A's store and not copied yet: the copy when it gives the store up takes it.
    await a.evaluate(() => Module.FS.writeFile('/persist/luyenso/tab-a-unsaved.txt', 'A'));
    const copiesBefore = await a.evaluate(() => Module.luyensoPersistCount);

    // (A tab in the background draws no frames and takes no screenshot: each is brought to
    // the front before it is used, as a learner switching tabs does.)
    const b = await openPage(phone);
    await b.bringToFront();
    await b.goto(origin + '/index.html', { waitUntil: 'load' });
    await b.waitForSelector('#elsewhere:not([hidden])', { timeout: LIMIT_MS });
    assert.equal(await b.evaluate(() => Module.luyensoOwner), false);
    assert.equal(await b.evaluate(() => !!Module.calledRun), false, 'tab B started its program');
    assert.match(await b.$eval('#elsewhere', (e) => e.innerText), /Luyện Số đang mở ở một thẻ \(tab\) khác/);
    await shot(b, 'tabs-1-waiting-phone');
    assert.equal(await a.evaluate(() => Module.luyensoOwner), true, 'tab A lost the store without a press');

    await b.tap('#take-over');
    p = await waitFor(b, 'tab B\'s first frame', (q) => q.buttons.length > 0);
    assert.equal(await b.evaluate(() => Module.luyensoOwner), true);
    await a.waitForSelector('#elsewhere:not([hidden])', { timeout: LIMIT_MS });
    assert.equal(await a.evaluate(() => Module.luyensoOwner), false);
    assert.ok(await a.evaluate(() => Module.luyensoPersistCount) > copiesBefore, 'tab A did not save before giving up');
    // Tab B reads what tab A kept, the copy made on giving up included.
    const tiles = p.buttons.concat(p.texts).map((x) => x.text).join(' | ');
    assert.ok(tiles.includes(other), `tab B does not see tab A's learner: ${tiles}`);
    assert.equal(await b.evaluate(() => Module.FS.analyzePath('/persist/luyenso/tab-a-unsaved.txt').exists), true,
      'tab A gave the store up without saving it');
    await a.bringToFront();
    await shot(a, 'tabs-2-given-up-desktop');

    // Tab A tries to save (a finished step, the tab hidden): it writes nothing.
    const writes = await a.evaluate(() => {
      let calls = 0;
      const syncfs = Module.FS.syncfs;
      Module.FS.syncfs = (...args) => { calls += 1; return syncfs(...args); };
      const refused = Module.luyensoPersistRefused;
      Module.luyensoPersist();
      window.dispatchEvent(new Event('pagehide'));
      return { calls, refused: Module.luyensoPersistRefused - refused };
    });
    assert.deepEqual(writes, { calls: 0, refused: 2 }, 'tab A wrote after giving the store up');
    assert.equal(await a.evaluate(() => Browser.mainLoop.scheduler), null, 'tab A\'s program still runs');

    // "Mở ở đây" in tab A: it opens anew with the store, and tab B gives it up in turn.
    await a.click('#take-over');
    p = await waitFor(a, 'tab A opened anew', (q) => q.buttons.length > 0);
    assert.equal(await a.evaluate(() => Module.luyensoOwner), true);
    await b.waitForSelector('#elsewhere:not([hidden])', { timeout: LIMIT_MS });
    assert.equal(await b.evaluate(() => Module.luyensoOwner), false);
    await b.bringToFront();
    await shot(b, 'tabs-3-given-up-phone');
    await a.bringToFront();
    await a.evaluate(() => Module.FS.unlink('/persist/luyenso/tab-a-unsaved.txt'));
    await persisted(a);

    // Tab A in English: a third tab says it in English first. It waits; closing tab A (the
    // owner) opens it without a press.
    p = await chooseLearner(a, false, 'tabs', p, other);
    await pressButton(a, false, /^English$/);
    await a.waitForFunction(() => localStorage.getItem('luyenso-language') === 'en', { timeout: LIMIT_MS });
    const c = await openPage(desktop);
    await c.bringToFront();
    await c.goto(origin + '/index.html', { waitUntil: 'load' });
    await c.waitForSelector('#elsewhere:not([hidden])', { timeout: LIMIT_MS });
    const said = await c.$eval('#elsewhere', (e) => [...e.children].map((x) => [x.lang || x.tagName, x.textContent]));
    assert.deepEqual(said.map((x) => x[0]), ['en', 'BUTTON', 'vi'], 'English first');
    assert.equal(said[1][1], 'Open here (Mở ở đây)');
    await shot(c, 'tabs-4-waiting-english');
    await a.close();
    p = await waitFor(c, 'tab C opened once tab A closed', (q) => q.buttons.length > 0);
    assert.equal(await c.evaluate(() => Module.luyensoOwner), true);
    assert.equal(await c.$eval('#elsewhere', (e) => e.hidden), true);
    assert.ok(p.buttons.concat(p.texts).some((x) => x.text.includes(other)), 'tab C does not see the learners');
  });

await check('a new version waits, and takes over only when the learner presses its note', async () => {
  const page = await openPage(desktop);
  await load(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, { timeout: LIMIT_MS });
  assert.equal(await page.$eval('#update', (e) => e.hidden), true, 'a note without a new version');
  swExtra = '\n// the next version\n';
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('#update:not([hidden])', { timeout: LIMIT_MS });
  assert.equal(await page.$eval('#update', (e) => e.textContent),
    'Có bản mới của Luyện Số. Bấm để tải lại (tiến độ đã được lưu).');
  await shot(page, 'update-offered');
  // During a lesson the note is not shown (src/platform/web.h set_between_lessons), nor is
  // anything reloaded.
  await page.evaluate(() => { window.notReloaded = true; });
  const shown = () => page.$eval('#update', (e) => getComputedStyle(e).display !== 'none');
  let p = await chooseLearner(page, false, 'update', await probe(page), LEARNER_PC);
  assert.equal(await shown(), true, 'no note on the lesson list');
  const start = p.buttons.find((b) => /^Bắt đầu/.test(b.text) && b.y0 >= 0 && b.y1 <= desktop.height - 60);
  assert.ok(start, `no "Bắt đầu" on the lesson list: ${p.buttons.map((b) => b.text).join(' | ')}`);
  await press(page, false, ...centre(start));
  await waitFor(page, 'the lesson start page', (q) => q.page === 'lesson-start');
  assert.equal(await shown(), false, 'the note shows on a lesson\'s page');
  await pressButton(page, false, /^Danh sách bài học/);
  p = await waitFor(page, 'the lesson list again', (q) => q.page === 'lesson-list');
  assert.equal(await shown(), true, 'no note on the lesson list again');
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'reloaded by itself');
  // Written in the store and not copied yet: pressing the note copies it before the reload.
  await page.evaluate(() => Module.FS.writeFile('/persist/luyenso/before-update.txt', 'kept'));
  await Promise.all([page.waitForNavigation({ timeout: LIMIT_MS }), page.click('#update')]);
  p = await waitFor(page, 'the new version\'s first frame', (q) => q.buttons.length > 0);
  assert.equal(p.page, 'learners');
  assert.equal(await page.evaluate(() => window.notReloaded), undefined);
  const reg = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { waiting: !!r.waiting, active: r.active && r.active.state };
  });
  assert.deepEqual(reg, { waiting: false, active: 'activated' });
  assert.equal(await page.$eval('#update', (e) => e.hidden), true);
  assert.equal(await page.evaluate(() => Module.FS.analyzePath('/persist/luyenso/before-update.txt').exists), true,
    'the store was not copied before the new version took over');
  await page.evaluate(() => Module.FS.unlink('/persist/luyenso/before-update.txt'));
  await persisted(page);
  await page.close();
});

if (budgets) {
  await check('budgets (docs/performance.md)', async () => {
    // Transferred on a first visit, compressed (gzip -9, as a static server would send it).
    const first = ['index.html', 'luyenso.js', 'luyenso.wasm', 'luyenso.data', 'manifest.webmanifest', 'sw.js',
      'icon-192.png', 'luyenso.svg'];
    let raw = 0;
    let gz = 0;
    for (const f of first) {
      const b = fs.readFileSync(path.join(site, f));
      raw += b.length;
      gz += zlib.gzipSync(b, { level: 9 }).length;
    }
    log(`first visit: ${(raw / 1e6).toFixed(2)} MB, ${(gz / 1e6).toFixed(2)} MB gzipped`);
    // A fresh profile, 4x CPU throttling: navigation to the first drawn frame.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(phone);
    await page.emulateCPUThrottling(4);
    const t0 = Date.now();
    await page.goto(origin + '/index.html', { waitUntil: 'load' });
    await waitFor(page, 'the first frame', (p) => p.buttons.length > 0);
    log(`first frame with 4x CPU throttling: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const m = await page.metrics();
    const heap = await page.evaluate(() => (window.Module && Module.HEAP8 ? Module.HEAP8.length : 0));
    log(`memory: JS heap ${(m.JSHeapUsedSize / 1e6).toFixed(1)} MB, wasm memory ${(heap / 1e6).toFixed(1)} MB`);
    // Each of the browser's processes' proportional set size (Linux): the tab's renderer is
    // the largest renderer; the GPU process draws its WebGL (SwiftShader here, in software).
    const pss = (pid) => {
      try {
        const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
        return m ? Number(m[1]) * 1024 : 0;
      } catch {
        return 0;
      }
    };
    const info = await (await browser.target().createCDPSession()).send('SystemInfo.getProcessInfo');
    const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
    log(`memory (PSS): ${info.processInfo.map((p) => `${p.type} ${mb(pss(p.id))}`).join(', ')}`);
    await context.close();
  });
}

await browser.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });
if (failures) {
  console.error(`web: ${failures} check(s) failed`);
  process.exit(1);
}
log('all checks passed');
