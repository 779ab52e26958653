// Luyện Số in a real browser: Debian's headless Chromium, driven by puppeteer-core (a
// test-only npm package pinned by package-lock.json), loads build-web/site/ from a local
// server on 127.0.0.1 and
//   - plays a lesson to its end by touch on a phone (390x844) and by mouse on a desktop
//     (1280x800), as a learner would: where the probe says the step's target is drawn;
//   - reloads and finds the finished lesson kept (IndexedDB);
//   - goes offline and reloads (the service worker serves the site);
//   - exports the progress as a file that the desktop `luyenso import` accepts;
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
const server = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.join(site, name);
  if (!file.startsWith(site + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  const body = fs.readFileSync(file);
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
  page.on('console', (m) => { if (m.type() === 'error') log('page error:', m.text()); });
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

// The learner `name` (made on the profile page, the name typed, if not there yet), then
// `lesson` from its start page in guided mode, every step by its demonstration.
async function playLesson(page, touch, tag, lesson, name) {
  let p = await load(page);
  await shot(page, `${tag}-1-picker`);
  if (p.page === 'learners') {
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
    p = await waitFor(page, 'the lesson list', (q) => q.page === 'lesson-list');
  }
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
    for (const a of p.run.demo)
      await perform(page, touch, a, p.run.phone);
    await waitFor(page, `step ${step + 1} to be done`, (q) => q.run && (q.run.step > step || q.run.finished));
  }
  p = await waitFor(page, 'the end of the lesson', (q) => q.run && q.run.finished);
  await shot(page, `${tag}-6-done`);
  // Kept: the store was copied to IndexedDB after the last step. A copy asked for now (as
  // closing the tab asks) ends after the one the finished step started, if that is still
  // running: wait for it, not for any earlier copy.
  const before = await page.evaluate(() => {
    const n = Module.luyensoPersistCount;
    Module.luyensoPersist();
    return n;
  });
  await page.waitForFunction(
    (n) => Module.luyensoPersistCount > n && !Module.luyensoPersisting && !Module.luyensoPersistAgain,
    { timeout: LIMIT_MS }, before);
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
