// What paper shows (issue 15, items 5 and 10): every printable page prints
// its own content only, never the page furniture (header, the
// shared-computer bar, notices, footer, buttons), and a whole lesson can be
// printed with its pages and the reporting routes. Checked in the PDF that
// Chromium prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';
import { pdfText } from './lib/pdf.mjs';
import { first, needs, title } from './lib/content.mjs';

const site = useSite();
// The first lesson and the first youth mission, from the core's model.
const LESSON = first('Lesson');
const MISSION = first('Mission');
const TITLE = LESSON && title(LESSON);
// Texts of the furniture around every page.
const FURNITURE = ['Ga direct naar de inhoud', 'Mijn voortgang', 'Toegankelijkheid', 'Lesstof schrijven', 'Gedeelde computer', 'Klaar'];

function assertNoFurniture(pages, where) {
  const all = pages.join(' ');
  for (const text of FURNITURE) assert.ok(!all.includes(text), `${where}: the printout shows "${text}": ${all.slice(0, 400)}`);
}

/** A child on a shared computer, with one mission done, as the youth page would leave it. */
async function sharedSessionWithBadge(page) {
  await page.goto(site.server.url + 'index.html#/');
  await waitForHeading(page);
  await page.evaluate((mission) => {
    sessionStorage.setItem('weerbaar.gedeeld', '1');
    sessionStorage.setItem('weerbaar.speler', JSON.stringify({ nickname: 'Blauwe Uil', avatar: 'uil' }));
    const at = Date.now();
    sessionStorage.setItem('weerbaar.voortgang', JSON.stringify({ versie: 1, modules: { [mission]: { first_opened: at, updated: at, completed: { at } } } }));
  }, MISSION);
  // The app reads the session when it starts.
  await page.reload();
  await waitForHeading(page);
}

test('the diploma prints on one page without the shared-computer bar or any other furniture', needs(MISSION, 'youth mission'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await sharedSessionWithBadge(page);
  await page.goto(site.server.url + 'index.html#/diploma');
  await page.locator('.shared-bar').waitFor();
  await page.locator('main', { hasText: 'Blauwe Uil' }).waitFor();
  const pages = await pdfText(page);
  assert.equal(pages.length, 1, `one page, got ${pages.length}`);
  assert.ok(pages[0].includes('Blauwe Uil'), pages[0]);
  assertNoFurniture(pages, 'diploma');
  await context.close();
});

test('a teacher page prints without furniture or buttons', needs(MISSION, 'youth mission'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await sharedSessionWithBadge(page);
  await page.goto(site.server.url + `index.html#/leerkracht/${MISSION}`);
  await waitForHeading(page);
  await page.locator('.shared-bar').waitFor();
  const pages = await pdfText(page);
  assert.match(pages.join(' '), /Leerdoelen/);
  assertNoFurniture(pages, 'teacher page');
  assert.ok(!pages.join(' ').includes('Afdrukken'), 'no print button on paper');
  await context.close();
});

test('one lesson page prints its text and the reporting routes, without buttons', needs(LESSON, 'lesson'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page, TITLE);
  const all = (await pdfText(page)).join(' ');
  assertNoFurniture([all], 'lesson page');
  for (const button of ['Volgende', 'Vorige', 'Terug naar']) assert.ok(!all.includes(button), `the printout shows "${button}"`);
  for (const route of ['0800-7000', '0900-8844', '112']) assert.ok(all.includes(route), `the printout lacks ${route}`);
  await context.close();
});

test('a whole lesson prints on its own view: every page, its questions, and where to report', needs(LESSON, 'lesson'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page, TITLE);
  // The pages' headings as the lesson shows them, one by one.
  const headings = [];
  for (;;) {
    headings.push((await page.locator('#lespagina').textContent()).trim());
    const next = page.getByRole('button', { name: 'Volgende' });
    if (!(await next.count())) break;
    const before = headings.at(-1);
    await next.click();
    await page.waitForFunction((t) => document.querySelector('#lespagina')?.textContent.trim() !== t, before);
  }
  await page.getByRole('link', { name: 'Hele les afdrukken' }).click();
  await waitForHeading(page, TITLE);
  await page.locator('.print-page').first().waitFor();
  assert.deepEqual(await gateProblems(page), []);
  const all = (await pdfText(page)).join(' ');
  for (const h of headings) assert.ok(all.includes(h.slice(0, 30)), `the printout lacks the page "${h}"`);
  for (const route of ['0800-7000', '0900-8844']) assert.ok(all.includes(route), `the printout lacks ${route}`);
  assertNoFurniture([all], 'whole lesson');
  assert.ok(!all.includes('Afdrukken') && !all.includes('Terug naar de les'), 'no controls on paper');
  await context.close();
});
