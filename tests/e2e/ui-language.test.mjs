// The app in English (issue 21): the header's switch by keyboard, kept after
// a reload; every route and, for one module of each kind, every state on
// the way through it, with no Dutch UI string left outside the parts that
// are Dutch content (`lang="nl"`) and axe clean; back to Dutch; and a
// notice, in English, when the English texts cannot be loaded.
//
// What counts as Dutch: any sentence of the app's Dutch catalogue (the keys
// of public/i18n/en.json, which a native test keeps equal to strings.rs),
// and any text with two or more common Dutch words, which also catches
// Dutch that reaches the page from somewhere else than strings.rs. The tab
// title is left out: it is the page's h1, which is checked, and a module's
// Dutch title in it cannot carry a lang of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MODULES, ROOT, useSite } from './lib/site.mjs';
import { AUDIENCE, first, measure } from './lib/content.mjs';
import { gateProblems, openPage, settled, waitForFocus, waitForHeading } from './lib/gates.mjs';

const site = useSite();
const EN = JSON.parse(readFileSync(resolve(ROOT, 'public/i18n/en.json'), 'utf8'));
const en = (dutch) => EN[dutch] ?? assert.fail(`en.json lacks "${dutch}"`);
const UI_KEY = 'weerbaar.ui-taal';
const AUDIENCES = Object.values(AUDIENCE).filter((a) => MODULES.some((m) => m.startsWith(`${a}/`)));
const KINDS = ['Lesson', 'Quiz', 'Cards', 'Scenario', 'Scene', 'Mission'];

/**
 * What to look for: whole texts for short sentences (a word like "Bel" is
 * also part of English words), and for longer ones their longest piece
 * between holes. Sentences that are the same in English ("Tip", "Weerbaar")
 * are left out.
 */
const ENGLISH = new Set(Object.values(EN));
const PATTERNS = Object.entries(EN)
  // Left out as well: Dutch that is also an English sentence of the app
  // ("Start" is the Dutch menu's word and English for "Begin").
  .filter(([nl, english]) => nl !== english && !ENGLISH.has(nl))
  .map(([nl]) => {
    const piece = nl.split(/\{[A-Za-z0-9_]+\}/).sort((a, b) => b.length - a.length)[0].trim();
    return piece.length >= 14 ? { contains: piece } : /\{/.test(nl) ? null : { whole: nl.trim() };
  })
  .filter(Boolean);

/**
 * Every Dutch text on the page outside Dutch content: text nodes and the
 * names a screen reader reads (aria-label, alt, title, placeholder).
 */
async function dutchLeft(page) {
  return page.evaluate((patterns) => {
    const COMMON = ['de', 'het', 'een', 'je', 'van', 'niet', 'naar', 'voor', 'wat', 'met', 'zijn', 'bij', 'ook', 'deze', 'dit', 'jouw', 'wordt', 'kun', 'kunt', 'hier', 'geen', 'nog', 'op', 'ik', 'heb', 'hebt', 'wie', 'waar'];
    const isEnglish = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en');
    const found = new Set();
    const check = (text, el) => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (!t || !isEnglish(el)) return;
      for (const p of patterns) {
        if ((p.whole && t === p.whole) || (p.contains && t.includes(p.contains))) found.add(`"${t}" (catalogue: ${p.whole ?? p.contains})`);
      }
      const words = new Set(t.toLowerCase().match(/\p{L}+/gu) ?? []);
      const dutch = COMMON.filter((w) => words.has(w));
      if (dutch.length >= 2) found.add(`"${t}" (Dutch words: ${dutch.join(', ')})`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('script, style, template')) continue;
      check(n.textContent, n.parentElement);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
      for (const a of ['aria-label', 'alt', 'title', 'placeholder']) if (el.hasAttribute(a)) check(el.getAttribute(a), el);
    }
    return [...found];
  }, PATTERNS);
}

async function english(context) {
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html');
  await waitForHeading(page);
  await page.evaluate((key) => localStorage.setItem(key, 'en'), UI_KEY);
  return page;
}

/** Dutch left and the other gates, for one state. */
async function clean(page, where) {
  const left = await dutchLeft(page);
  assert.deepEqual(left, [], `Dutch in the English app at ${where}`);
  assert.deepEqual(await gateProblems(page), [], `gates at ${where}`);
}

test('the header switch turns the app into English by keyboard, kept after a reload, and back', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html');
  await waitForHeading(page, 'Herken ondermijning');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  const toEnglish = page.getByRole('button', { name: 'English – use this website in English' });
  assert.equal(await toEnglish.getAttribute('lang'), 'en', 'the switch is named in its own language');
  await toEnglish.focus();
  await page.keyboard.press('Enter');
  await waitForHeading(page, en('Herken ondermijning, weet wat je kunt doen'));
  await waitForFocus(page, 'taalkeuze', 'focus back on the switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('#taalkeuze').textContent(), 'Nederlands – gebruik deze website in het Nederlands');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), UI_KEY), 'en');
  await clean(page, 'home after the switch');

  await page.reload();
  await waitForHeading(page, en('Herken ondermijning, weet wat je kunt doen'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  await page.locator('#taalkeuze').focus();
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Herken ondermijning, weet wat je kunt doen');
  await waitForFocus(page, 'taalkeuze');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), UI_KEY), null);
  await context.close();
});

test('when the English texts cannot be loaded, an English notice says so and the app stays Dutch', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/i18n/en.json', (route) => route.abort('internetdisconnected'));
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html');
  await waitForHeading(page, 'Herken ondermijning');
  await page.getByRole('button', { name: 'English – use this website in English' }).click();
  const notice = page.locator('.notice[lang="en"]', { hasText: 'could not be loaded' });
  await notice.waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await page.locator('h1').textContent(), 'Herken ondermijning, weet wat je kunt doen');
  // A failed fetch is the network's doing, not the app's: not a gate problem.
  page.collected.console.length = 0;
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('the message before the app has started is in English for a learner who chose English', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  // The app never starts, so the page keeps showing what index.html says.
  await context.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await page.goto(site.server.url + 'index.html');
  const boot = page.locator('#laden');
  assert.equal(await boot.textContent(), 'Weerbaar wordt geladen…');
  assert.equal(await boot.getAttribute('lang'), null);
  await page.evaluate((key) => localStorage.setItem(key, 'en'), UI_KEY);
  await page.reload();
  assert.equal(await boot.textContent(), 'Loading Weerbaar…');
  assert.equal(await boot.getAttribute('lang'), 'en');
  await context.close();
});

const ROUTES = [
  '',
  ...AUDIENCES.map((a) => `#/voor/${a}`),
  ...MODULES.map((m) => `#/module/${m}`),
  '#/voortgang',
  '#/privacy',
  '#/toegankelijkheid',
  '#/studio',
  '#/metingen',
  '#/bestaat-niet',
  '#/module/bestaat/niet',
  ...AUDIENCES.flatMap((a) => [`#/mijn-meting/${a}/voor`, `#/mijn-meting/${a}/na`]),
  ...AUDIENCES.filter((a) => measure(a)).map((a) => `#/meting/${a}`),
  // A mission has a teacher's page instead of a presenter.
  ...KINDS.filter((k) => k !== 'Mission').map((k) => first(k)).filter(Boolean).map((id) => `#/presenteer/${id}`),
  ...KINDS.map((k) => first(k)).filter(Boolean).map((id) => `#/bewijs/${id}`),
  ...[first('Lesson')].filter(Boolean).map((id) => `#/afdrukken/${id}`),
  ...[first('Mission')].filter(Boolean).map((id) => `#/leerkracht/${id}`),
  '#/diploma',
];

test('every route in English: no Dutch UI string, axe clean', { timeout: 600_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await english(context);
  // Every route is checked before the test fails, so one run names all.
  const problems = [];
  for (const hash of ROUTES) {
    page.collected.console.length = 0;
    await page.goto(site.server.url + 'index.html' + hash);
    await page.locator('h1').first().waitFor({ timeout: 10_000 }).catch(() => assert.fail(`no heading at ${hash}`));
    await page.waitForLoadState('networkidle');
    for (const p of [...(await dutchLeft(page)), ...(await gateProblems(page))]) problems.push(`${hash || 'home'}: ${p}`);
  }
  assert.deepEqual(problems, [], 'Dutch left, or another gate, in the English app');
  await context.close();
});

test('with a finished module: progress, certificate and diploma in English', async () => {
  const lesson = first('Lesson');
  const mission = first('Mission');
  const context = await site.browser.newContext();
  const page = await english(context);
  const at = Date.UTC(2026, 10, 23, 12);
  const done = { first_opened: at - 60000, updated: at, completed: { at, score: 88 } };
  await page.evaluate(
    ([modules]) => localStorage.setItem('weerbaar.voortgang', JSON.stringify({ versie: 1, modules })),
    [Object.fromEntries([lesson, mission].filter(Boolean).map((id) => [id, done]))],
  );
  const problems = [];
  for (const hash of ['#/voortgang', lesson && `#/bewijs/${lesson}`, '#/diploma'].filter(Boolean)) {
    await page.goto(site.server.url + 'index.html' + hash);
    await page.reload();
    await waitForHeading(page);
    await page.waitForLoadState('networkidle');
    for (const p of [...(await dutchLeft(page)), ...(await gateProblems(page))]) problems.push(`${hash}: ${p}`);
  }
  assert.deepEqual(problems, []);
  // The date is written the English way.
  if (lesson) {
    await page.goto(site.server.url + `index.html#/bewijs/${lesson}`);
    await page.locator('.certificate', { hasText: '23 November 2026' }).waitFor();
  }
  await context.close();
});

/**
 * Plays a module the way a curious learner does, without knowing its
 * words: on every state, pick the first unchosen option if there is one,
 * then press the player's first main button (the one that moves on; "Back"
 * and "Start again" are secondary); check each state.
 */
for (const kind of KINDS) {
  const id = first(kind);
  test(`a ${kind} module played through in English: every state free of Dutch UI, axe clean`, { skip: !id && `no ${kind} module`, timeout: 300_000 }, async () => {
    const context = await site.browser.newContext();
    const page = await english(context);
    await page.goto(site.server.url + `index.html#/module/${id}`);
    await waitForHeading(page);
    await page.waitForLoadState('networkidle');
    const seen = new Set();
    for (let step = 0; step < 40; step++) {
      const state = (await page.locator('main').innerText()).slice(0, 400);
      if (seen.has(state)) break;
      seen.add(state);
      await clean(page, `${id}, state ${step}`);
      const option = page.locator('main input[type="radio"]:not(:checked):not(:disabled), main input[type="checkbox"]:not(:checked):not(:disabled)').first();
      if (await option.count()) await option.check();
      const button = page.locator('main .module__content button.button:not(.button--secondary):not([disabled]):visible').first();
      if (!(await button.count())) break;
      await button.click();
      await settled(page);
    }
    assert.ok(seen.size >= 3, `only ${seen.size} states of ${id} were reached: the walk stopped early`);
    await context.close();
  });
}
