// The certificate ("bewijs van deelname"): only for completed modules, the
// typed name stays on the page unless "onthoud mijn naam" is ticked, and the
// printed PDF is one A4 page holding the name, module title, date and score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfText } from './lib/pdf.mjs';
import { useSite, KEY } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';
import { first, needs, organisation, title } from './lib/content.mjs';

const site = useSite();
// The first lesson with a final test: the kind whose certificate shows a score.
const MODULE = first('Lesson', (m) => m.items.Lesson.test.length > 0);
const SHAPE = needs(MODULE, 'lesson with a final test');
const TITLE = MODULE && title(MODULE);
const ORGANISATION = organisation();
const escape = (text) => text.replace(/[.?*+()[\]{}|^$\\]/g, '\\$&');
const NAME_KEY = 'weerbaar.naam';
// 23 November 2026, noon UTC: the same calendar day in every Dutch time zone.
const DONE_AT = Date.UTC(2026, 10, 23, 12);

async function withCompletedModule(page) {
  await page.goto(site.server.url + 'index.html');
  await waitForHeading(page, 'Herken ondermijning, weet wat je kunt doen');
  await page.evaluate(
    ([key, id, at]) => localStorage.setItem(key, JSON.stringify({ versie: 1, modules: { [id]: { first_opened: at - 60000, updated: at, completed: { at, score: 88 } } } })),
    [KEY, MODULE, DONE_AT],
  );
}


test('no certificate before the module is completed', SHAPE, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/bewijs/${MODULE}`);
  await waitForHeading(page, 'Nog geen bewijs van deelname');
  assert.equal(await page.getByRole('link', { name: 'Naar de module' }).getAttribute('href'), `#/module/${MODULE}`);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('certificate: name by keyboard, kept only when asked, printed on one A4 page', SHAPE, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await withCompletedModule(page);

  // From "Mijn voortgang" to the certificate, by keyboard.
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.reload(); // the app read storage before the seed
  const proof = page.getByRole('link', { name: new RegExp(`^Bewijs van deelname\\s+voor ${escape(TITLE)}$`) });
  await proof.focus();
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Bewijs van deelname');
  assert.deepEqual(await gateProblems(page), []);

  // Typing a name shows it on the certificate but stores nothing.
  await page.keyboard.press('Tab'); // skip link
  await page.getByLabel('Je naam').focus();
  await page.keyboard.type('Fatima de Vries');
  assert.equal((await page.locator('.certificate__name').textContent()).trim(), 'Fatima de Vries');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), NAME_KEY), null);
  const certificate = await page.locator('.certificate').textContent();
  // Anyone can make this page: it is the learner's proof, not a statement by the municipality.
  assert.doesNotMatch(certificate, /verklaart/);
  assert.match(certificate, new RegExp(`zelf gemaakt .* geen verklaring van ${escape(ORGANISATION)}\\.`));
  assert.ok(certificate.includes(TITLE));
  assert.match(certificate, /23 november 2026/);
  assert.match(certificate, /88%/);

  // Ticking the box (space bar) keeps it; a reload brings it back.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'onthoud');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), NAME_KEY), 'Fatima de Vries');
  await page.reload();
  await waitForHeading(page, 'Bewijs van deelname');
  assert.equal(await page.getByLabel('Je naam').inputValue(), 'Fatima de Vries');
  assert.equal(await page.getByLabel('Onthoud mijn naam op dit apparaat').isChecked(), true);

  // Print: exactly one page, with the name, title, date and score, and no
  // page furniture (navigation, form, reporting footer).
  // site.md (the organisation's name) arrives after the heading; a learner
  // who prints sees it, so the test waits for it too.
  await page.locator('.certificate', { hasText: ORGANISATION }).waitFor();
  const pages = await pdfText(page);
  assert.equal(pages.length, 1, `the certificate prints on one page, got ${pages.length}`);
  for (const text of ['Fatima de Vries', TITLE, 'Bewijs van deelname', '23 november 2026', '88%', ORGANISATION]) {
    assert.ok(pages[0].includes(text), `PDF lacks "${text}": ${pages[0]}`);
  }
  for (const text of ['Je naam', 'Onthoud mijn naam', 'Mijn voortgang', 'Afdrukken']) {
    assert.ok(!pages[0].includes(text), `PDF shows "${text}", which belongs on screen only`);
  }

  // Unticking forgets the name at once.
  await page.getByLabel('Onthoud mijn naam op dit apparaat').uncheck();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), NAME_KEY), null);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('a certificate opened before site.md arrives still names the organisation', SHAPE, async () => {
  // Held back until the certificate shows: on a slow line site.md can come
  // after the catalogue, and the page must take it in when it does.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(context, site.server.origin);
  await withCompletedModule(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/content/site.md', async (route) => { await held; await route.continue(); });
  await page.goto(site.server.url + `index.html#/bewijs/${MODULE}`);
  await page.reload();
  await waitForHeading(page, 'Bewijs van deelname');
  // Until then the national fallback stands in.
  assert.equal((await page.locator('.certificate__org-name').textContent()).trim(), 'Weerbaar');
  release();
  await page.locator('.certificate__org-name', { hasText: ORGANISATION }).waitFor();
  assert.match(await page.locator('.certificate__note').textContent(), new RegExp(`${escape(ORGANISATION)}\\.$`));
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});
