// What a real host does to an installed site: repeat visits on a slow line,
// a deploy while a tab is open, a content file deleted after the build, and
// a host that answers 503. Each test serves its own copy of the build, so it
// can change files and count every request that reaches the host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MODULES, ROOT } from './lib/site.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';
import { AUDIENCE, first, measure, models, needs, title } from './lib/content.mjs';

// The first quiz, from the core's model, and its audience (a folder code).
const QUIZ = first('Quiz');
const SHAPE = needs(QUIZ, 'quiz');
const AUD = QUIZ && AUDIENCE[models().find((m) => m.id === QUIZ).audience];
// Roughly slow 4G: 150 ms round trip, 1.6 Mbit/s down.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 };

/** A browser and a server for a private copy of dist/; `done()` stops both. */
async function ownSite() {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-host-'));
  cpSync(resolve(ROOT, 'dist'), dir, { recursive: true });
  const browser = await launch();
  const server = await serve(dir);
  const context = await browser.newContext();
  const done = async () => {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, browser, server, context, done };
}

/** Opens `hash` and waits until the service worker controls the page. */
async function installedVisit(site, hash = '') {
  const page = await openPage(site.context, site.server.origin);
  await page.goto(site.server.url + hash);
  await waitForHeading(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  return page;
}

test('a repeat visit to a quiz on a slow line gets the page and every .wasm from the cache, none from the host', SHAPE, async () => {
  const site = await ownSite();
  try {
    const first = await installedVisit(site);
    await first.close();
    site.server.requests.length = 0;
    const page = await openPage(site.context, site.server.origin);
    const cdp = await site.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.goto(site.server.url + `index.html#/module/${QUIZ}`);
    await page.locator('.what-to-do').waitFor({ timeout: 30_000 });
    const wasm = site.server.requests.filter((p) => p.endsWith('.wasm'));
    assert.deepEqual(wasm, [], 'no wasm over the network');
    // The page belongs to the cached build: no round trip before the app starts.
    assert.ok(!site.server.requests.some((p) => p === '' || p === 'index.html'), `index.html came from the host: ${site.server.requests}`);
    assert.ok(site.server.requests.includes(`content/${QUIZ}.md`), 'content is still checked online (network first)');
    assert.deepEqual(await gateProblems(page), []);
  } finally {
    await site.done();
  }
});

test('the files every page reads first are requested while the page is read, before the app, each once', async () => {
  const site = await ownSite();
  try {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await openPage(context, site.server.origin);
    await page.goto(site.server.url + `index.html#/voor/${AUD ?? 'inwoner'}`);
    await page.locator('.module-list a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const requests = site.server.requests;
    const wasm = requests.findIndex((p) => p.endsWith('/weerbaar_bg.wasm'));
    assert.ok(wasm > 0, `the app was fetched: ${requests}`);
    for (const file of ['content/site.md', 'content/SUMMARY.md', 'content/preparsed.json']) {
      assert.equal(requests.filter((p) => p === file).length, 1, `${file} once: ${requests}`);
      assert.ok(requests.indexOf(file) < wasm, `${file} before the app's wasm: ${requests}`);
    }
    assert.deepEqual(await gateProblems(page), []);
    await context.close();
  } finally {
    await site.done();
  }
});

test('a module deep link requests its own files and the glossary with the first ones, each once; an unknown or odd id asks for nothing more', async () => {
  const site = await ownSite();
  try {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await openPage(context, site.server.origin);
    await page.goto(site.server.url + `index.html#/module/${QUIZ}`);
    await waitForHeading(page, title(QUIZ));
    await page.waitForLoadState('networkidle');
    const files = ['content/modules.json', `content/${QUIZ}.md`, `content/${QUIZ}.json`, 'content/begrippen.md', 'content/begrippen.json'];
    let requests = [...site.server.requests];
    for (const file of files) assert.equal(requests.filter((p) => p === file).length, 1, `${file} once: ${requests}`);
    assert.deepEqual(await gateProblems(page), []);
    await page.close();

    // The boot script asks for them itself: they come even when the app never starts.
    site.server.requests.length = 0;
    const early = await openPage(context, site.server.origin);
    await early.route(/\/weerbaar_bg\.wasm$/, (route) => route.abort());
    await early.goto(site.server.url + `index.html#/module/${QUIZ}`);
    await early.waitForLoadState('networkidle');
    requests = [...site.server.requests];
    for (const file of files) assert.ok(requests.includes(file), `${file} asked for without the app: ${requests}`);
    await early.close();

    // A module the build did not ship, and a path typed into the address bar:
    // nothing is asked for them (so no 404 in the console either).
    for (const hash of ['#/module/bestaat/niet', '#/module/..%2F..%2Fgeheim']) {
      site.server.requests.length = 0;
      const typed = await openPage(context, site.server.origin);
      await typed.goto(site.server.url + `index.html${hash}`);
      await typed.locator('h1').first().waitFor();
      await typed.waitForLoadState('networkidle');
      requests = [...site.server.requests].map((p) => decodeURIComponent(p));
      assert.ok(!requests.some((p) => /bestaat|geheim/.test(p)), `${hash}: nothing asked for it: ${requests}`);
      assert.deepEqual(await gateProblems(typed), [], hash);
      await typed.close();
    }
    await context.close();
  } finally {
    await site.done();
  }
});

test('a tab opened before a deploy still opens pages whose parts it had not loaded', async () => {
  const site = await ownSite();
  try {
    const page = await installedVisit(site);
    // Deploy: the app moves to a new app-<hash>/ folder and the old one is
    // gone from the host, as after a real new build.
    const old = readdirSync(site.dir).find((f) => /^app-[0-9a-f]{16}$/.test(f));
    const renamed = `app-${'0'.repeat(16)}`;
    renameSync(join(site.dir, old), join(site.dir, renamed));
    for (const file of ['index.html', 'sw.js']) {
      const path = join(site.dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(old, renamed).replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-nieuw'"));
    }
    // The open tab, still on the old build, opens a module and the studio:
    // both need parts it never loaded, which the host no longer has.
    site.server.requests.length = 0;
    await page.evaluate((id) => (location.hash = `#/module/${id}`), MODULES[0]);
    await page.locator('.what-to-do').waitFor({ timeout: 20_000 });
    await page.evaluate(() => (location.hash = '#/studio'));
    await waitForHeading(page, 'Lesstof schrijven');
    assert.ok(!site.server.requests.some((p) => p.startsWith(old)), `old parts came from the cache: ${site.server.requests}`);
    assert.deepEqual(await gateProblems(page), []);
  } finally {
    await site.done();
  }
});

test('a content file deleted after the build: offline still works, and online nothing is fetched twice', SHAPE, async () => {
  const site = await ownSite();
  const inwoner = MODULES.filter((m) => m.startsWith(`${AUD}/`));
  const [gone, kept] = [inwoner[1], inwoner[0]];
  rmSync(join(site.dir, `content/${gone}.md`));
  try {
    const warnings = [];
    const first = await installedVisit(site, `index.html#/voor/${AUD}`);
    site.context.serviceWorkers()[0]?.on('console', (m) => warnings.push(m.text()));
    await first.locator('.module-list a').first().waitFor();
    // The other modules of the audience are kept although one is missing.
    await first.waitForFunction(
      async (path) => !!(await caches.match((await navigator.serviceWorker.ready).scope + path)),
      `content/${kept}.md`,
      { timeout: 20_000, polling: 200 },
    );
    await first.close();

    // Second visit, offline: the site and the other modules work.
    await site.context.setOffline(true);
    const offline = await openPage(site.context, site.server.origin);
    await offline.goto(site.server.url + `index.html#/module/${kept}`);
    await offline.locator('.what-to-do').waitFor();
    await offline.close();
    await site.context.setOffline(false);

    // Third visit, online: every file at most once, and no app code at all.
    site.server.requests.length = 0;
    const online = await openPage(site.context, site.server.origin);
    await online.goto(site.server.url + `index.html#/voor/${AUD}`);
    await online.locator('.module-list a').first().waitFor();
    await online.waitForLoadState('networkidle');
    const twice = site.server.requests.filter((p, i, all) => all.indexOf(p) !== i);
    assert.deepEqual(twice, [], `fetched more than once: ${site.server.requests}`);
    assert.deepEqual(site.server.requests.filter((p) => p.endsWith('.wasm') || p.endsWith('.js')), []);
    await online.close();
  } finally {
    await site.done();
  }
});

test('a host that answers 503 does not beat the cache', SHAPE, async () => {
  const site = await ownSite();
  try {
    const page = await installedVisit(site, `index.html#/module/${QUIZ}`);
    await page.locator('.what-to-do').waitFor();
    // The first load came before the worker took over; this one goes
    // through it, so the module is kept as any opened module is.
    await page.reload();
    await page.locator('.what-to-do').waitFor();
    site.server.answer = () => 503;
    await page.reload();
    await page.locator('.what-to-do').waitFor();
    assert.equal(await page.getByText('Onderhoud').count(), 0, 'the maintenance page is not shown');
    await page.goto(site.server.url + 'index.html#/');
    await waitForHeading(page, 'Herken ondermijning');
    assert.deepEqual(await gateProblems(page), []);
  } finally {
    await site.done();
  }
});

// From the core's model: a lesson's player is a part of its own (`players`).
const LESSON = first('Lesson');

test('a lesson opened from within the app fetches its player while the module is still on its way', needs(LESSON, 'lesson'), async () => {
  const site = await ownSite();
  try {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await openPage(context, site.server.origin);
    await page.goto(site.server.url + 'index.html#/');
    await waitForHeading(page);
    // The module's own files answer late, as on a slow line. modules.json
    // says it is a lesson, so the player's part need not wait for them.
    const order = [];
    await page.route(`**/content/${LESSON}.*`, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      order.push('module answered');
      await route.continue();
    });
    page.on('request', (request) => {
      if (/\/split_players\.wasm$/.test(request.url())) order.push('player requested');
    });
    await page.evaluate((hash) => (location.hash = hash), `#/module/${LESSON}`);
    await waitForHeading(page, title(LESSON));
    assert.equal(order[0], 'player requested', `the player's part was asked for first: ${order}`);
    assert.equal(order.filter((o) => o === 'player requested').length, 1, `and once: ${order}`);
    await context.close();
  } finally {
    await site.done();
  }
});

test('a deep link fetches the parts its page needs alongside the main wasm, each once, and nothing more', SHAPE, async () => {
  const site = await ownSite();
  try {
    // Service workers blocked, so every request reaches the host and is counted.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    // A lesson, a scenario, a card game, a scene and a mission: their
    // players are parts of their own (a quiz is the module page's own), which
    // the boot script preloads once modules.json gives the module's kind.
    const players = [
      [first('Lesson'), 'split_players'],
      [first('Scenario'), 'split_players'],
      [first('Cards'), 'split_players'],
      [first('Scene'), 'split_scene'],
      [first('Mission'), 'split_mission'],
    ].filter(([id]) => id);
    const routes = [
      [`#/module/${QUIZ}`, title(QUIZ)],
      // Any h1: a scenario's is its first situation, a card game's its first
      // card, and none shows before the player's part has arrived.
      ...players.map(([id]) => [`#/module/${id}`, null]),
      ['#/voortgang', 'Mijn voortgang'],
      ['#/toegankelijkheid', 'Toegankelijkheid'],
      // A learner's own measurement and the youth page, where the content has them.
      ...(measure(AUD) ? [[`#/mijn-meting/${AUD}/voor`, 'Wat weet je al?']] : []),
      ['#/studio', 'Lesstof schrijven'],
      ['#/metingen', 'Metingen samenvoegen'],
      ...(MODULES.some((m) => m.startsWith('jeugd/')) ? [['#/voor/jeugd', null]] : []),
      ['#/', null],
      [`#/voor/${AUD}`, null],
    ];
    const partsOf = {};
    for (const [hash, heading] of routes) {
      site.server.requests.length = 0;
      const page = await openPage(context, site.server.origin);
      await page.goto(site.server.url + `index.html${hash}`);
      await waitForHeading(page, heading ?? undefined);
      await page.waitForLoadState('networkidle');
      const wasm = site.server.requests.filter((p) => p.endsWith('.wasm')).map((p) => p.split('/').pop());
      assert.equal(new Set(wasm).size, wasm.length, `${hash}: every wasm file fetched once: ${wasm}`);
      const parts = wasm.filter((f) => f !== 'weerbaar_bg.wasm').sort();
      partsOf[hash] = parts;
      const links = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload][href$=".wasm"]')].map((l) => l.href.split('/').pop()).filter((f) => f !== 'weerbaar_bg.wasm').sort());
      assert.deepEqual(links, parts, `${hash}: the boot script preloads exactly the parts the page fetches`);
      await page.close();
    }
    const moduleParts = partsOf[`#/module/${QUIZ}`];
    assert.ok(moduleParts.some((f) => f.startsWith('split_module')), 'a module needs its own part');
    assert.ok(!moduleParts.some((f) => f.startsWith('split_pages')), `a module needs no other page's code: ${moduleParts}`);
    assert.ok(!moduleParts.some((f) => f.startsWith('split_content')), `a module the build parsed needs no parser: ${moduleParts}`);
    for (const [, player] of players) assert.ok(!moduleParts.includes(`${player}.wasm`), `a quiz needs no ${player}: ${moduleParts}`);
    // The chunks the module page shares with other pages are one file
    // (scripts/merge-chunks.mjs): its own part and that file, not dozens.
    assert.ok(moduleParts.length <= 2, `a quiz fetches its part and one file of shared code: ${moduleParts}`);
    for (const [id, player] of players) assert.ok(partsOf[`#/module/${id}`].includes(`${player}.wasm`), `${id} has its player, ${player}`);
    assert.deepEqual(partsOf['#/'], [], 'the home page needs no part');
    await context.close();
  } finally {
    await site.done();
  }
});
