// The app shell: every route passes the quality gates, works by keyboard
// alone, reloads from a deep link on a plain static server, and the gates
// themselves catch a deliberately broken page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { MODULES, ROOT, useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, until } from './lib/gates.mjs';

const AUDIENCES = ['medewerker', 'inwoner', 'ondernemer', 'agrarier', 'jeugd', 'jongeren', 'trainer'];

const site = useSite();

async function fresh() {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openPage(context, site.server.origin);
  return { context, page };
}

describe('every route passes the gates', () => {
  const routes = [
    ['', 'Herken ondermijning'],
    ...AUDIENCES.map((a) => [`#/voor/${a}`, null]),
    ...MODULES.map((m) => [`#/module/${m}`, null]),
    ['#/voortgang', 'Mijn voortgang'],
    ['#/mijn-meting/inwoner/voor', 'Wat weet je al?'],
    ['#/mijn-meting/inwoner/na', 'Wat weet je nu?'],
    ['#/privacy', 'Privacy'],
    ['#/toegankelijkheid', 'Toegankelijkheid'],
    ['#/bestaat-niet', 'Deze pagina bestaat niet'],
    ['#/module/bestaat/niet', 'Deze module bestaat niet'],
  ];
  test('shipped content lists at least one module per audience', () => {
    assert.ok(MODULES.length >= AUDIENCES.length, `only ${MODULES.length} modules in SUMMARY.md`);
  });
  const titles = new Map();
  for (const [hash, heading] of routes) {
    test(`${hash || 'home'}: loads from a deep link, has one h1 and a unique title, gates green`, async () => {
      const { context, page } = await fresh();
      await page.goto(site.server.url + 'index.html' + hash);
      await waitForHeading(page, heading);
      await page.waitForLoadState('networkidle');
      assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      const title = await page.title();
      assert.match(title, / \| Weerbaar$/);
      assert.ok(!titles.has(title), `title "${title}" also used by ${titles.get(title)}`);
      titles.set(title, hash);
      assert.deepEqual(await gateProblems(page), []);
      await context.close();
    });
  }
});

test('files that are not listed modules cannot be opened as a module', async () => {
  const { context, page } = await fresh();
  for (const file of ['HANDLEIDING', 'site', 'SUMMARY']) {
    await page.goto(site.server.url + `index.html#/module/${file}`);
    await waitForHeading(page, 'Deze module bestaat niet');
  }
  assert.deepEqual(await gateProblems(page, { axe: false }), []);
  await context.close();
});

test('module pages end in what you can do and where to report', async () => {
  const { context, page } = await fresh();
  for (const m of MODULES) {
    await page.goto(site.server.url + `index.html#/module/${m}`);
    await waitForHeading(page);
    const box = page.locator('.what-to-do');
    await box.waitFor();
    const text = await box.textContent();
    // Children are told to tell an adult they trust (and where to call
    // themselves); adults get the reporting routes from site.md.
    const needles = m.startsWith('jeugd/') ? ['Wie kun je het vertellen?', 'vertrouwt', '0800-0432', '112'] : ['112', '0800-7000', '0900-8844'];
    for (const needle of needles) assert.ok(text.includes(needle), `${m}: ${needle} missing`);
    // site.md gives the internal meldpunt "voor: medewerker, trainer": a
    // resident cannot use it, so the box does not list it.
    const staffOnly = /^(medewerker|trainer)\//.test(m);
    assert.equal(text.includes('Intern meldpunt'), staffOnly, `${m} box: internal meldpunt`);
    // The routes are said once on a module page: in its own box, not again
    // in the footer.
    const footer = await page.locator('.site-footer').textContent();
    assert.ok(!footer.includes('0800-7000') && !footer.includes('Zo meld je het'), `${m}: the footer repeats the routes`);
  }
  // Audience pages list the routes of that audience in the footer.
  for (const [code, staffOnly] of [['medewerker', true], ['inwoner', false], ['agrarier', false]]) {
    await page.goto(site.server.url + `index.html#/voor/${code}`);
    await waitForHeading(page);
    const footer = await page.locator('.site-footer').textContent();
    assert.equal(footer.includes('Intern meldpunt'), staffOnly, `${code} footer: internal meldpunt`);
  }
  await page.goto(site.server.url + 'index.html#/');
  await waitForHeading(page);
  const footer = await page.locator('.site-footer').textContent();
  assert.match(footer, /Intern meldpunt/, 'pages of no audience list every route');
  // "Bij gevaar: bel 112" is itself the link, not followed by "112" again.
  assert.doesNotMatch(footer, /112\s*112/);
  await page.getByRole('link', { name: 'Bij gevaar: bel 112' }).waitFor();
  // Every route's name starts at the same left edge as its number below it.
  const misaligned = await page.evaluate(() =>
    [...document.querySelectorAll('.contact-line li')].filter((li) => {
      const [first, second] = [...li.children].map((c) => c.getBoundingClientRect().left);
      return second !== undefined && Math.abs(first - second) > 1;
    }).length,
  );
  assert.equal(misaligned, 0, 'names and numbers line up');
  await context.close();
});

test('keyboard only: skip link, choose an audience, open a module, see progress', async () => {
  const { context, page } = await fresh();
  await page.goto(site.server.url);
  await waitForHeading(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Ga direct naar de inhoud');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'hoofdinhoud');
  assert.equal(new URL(page.url()).hash, '', 'the skip link does not change the route');

  const tabTo = async (name) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === name) return;
    }
    assert.fail(`could not reach "${name}" with Tab`);
  };
  await tabTo('Inwoner');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Inwoners');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new h1');
  const moduleTitle = await page.locator('.module-list a').first().textContent();
  await tabTo(moduleTitle);
  await page.keyboard.press('Enter');
  await waitForHeading(page, moduleTitle);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.equal(await page.title(), `${moduleTitle} | Weerbaar`);
  await tabTo('Mijn voortgang');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Mijn voortgang');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  const row = page.locator('.module-list__item', { hasText: moduleTitle });
  assert.match(await row.textContent(), /Bezig/);
  // Visible focus: the focused link has an outline.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('progress survives a reload and the back button works', async () => {
  const { context, page } = await fresh();
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  const title = await waitForHeading(page);
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.reload();
  await waitForHeading(page, 'Mijn voortgang');
  await page.locator('.module-list__item', { hasText: title }).waitFor();
  await page.goBack();
  await waitForHeading(page, title);
  await context.close();
});

test('a deep link reloads from python3 -m http.server', async (t) => {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const py = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', resolve(ROOT, 'dist')], { stdio: 'ignore' });
  // Ready once it answers; gone if python3 is missing (spawn error or exit).
  let gone = false;
  py.on('error', () => (gone = true));
  py.on('exit', () => (gone = true));
  const answers = () => fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  await until(async () => gone || (await answers()), 'python3 -m http.server to start');
  if (gone) {
    t.skip('python3 is not installed');
    return;
  }
  try {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const url = `http://127.0.0.1:${port}/index.html#/module/${MODULES[1]}`;
    await page.goto(url);
    const title = await waitForHeading(page);
    await page.reload();
    assert.equal(await waitForHeading(page, title), title);
    assert.notEqual(title, 'Deze module bestaat niet (meer)');
    await context.close();
  } finally {
    py.kill();
  }
});

test('the gates catch a deliberately broken page', async () => {
  const { context, page } = await fresh();
  await page.goto(site.server.url);
  await waitForHeading(page);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    const img = document.createElement('img'); // no alt text
    img.src = 'favicon.svg';
    main.append(img);
    const wide = document.createElement('div');
    wide.textContent = 'breed';
    wide.style.width = '2000px'; // CSSOM is allowed by the CSP
    main.append(wide);
    fetch('https://voorbeeld.invalid/volg-mij').catch(() => {});
    console.error('kapot');
  });
  await until(() => page.collected.console.some((m) => m.includes('kapot')), 'the console error');
  await page.waitForFunction(() => window.__cspViolations.some((v) => v.startsWith('connect-src')));
  const problems = (await gateProblems(page)).join('\n');
  assert.match(problems, /axe image-alt/);
  assert.match(problems, /horizontal scrolling at 320 px/);
  assert.match(problems, /CSP violation: connect-src/);
  assert.match(problems, /console error: kapot/);
  // Our CSP stops other-origin requests before they start, so the request
  // gate is a second line of defence; prove it on a document without CSP.
  const bare = await openPage(context, site.server.origin);
  await bare.goto(site.server.url + 'favicon.svg');
  await bare.evaluate(() => fetch('https://voorbeeld.invalid/volg-mij').catch(() => {}));
  await until(() => bare.collected.foreign.length > 0, 'the request to another origin');
  assert.match((await gateProblems(bare, { axe: false })).join('\n'), /request to another origin: https:\/\/voorbeeld\.invalid/);
  await context.close();
});
