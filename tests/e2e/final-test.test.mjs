// The final test of a lesson: one question per page (the question is the
// h1), an error summary when nothing was chosen, a reviewed result, retry of
// only the missed questions, and completion with score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
const MODULE = 'medewerker/wat-is-ondermijning';

async function toTest(page) {
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await waitForHeading(page, 'Wat is ondermijning?');
  while (!(await page.getByRole('button', { name: 'Naar de toets' }).count())) await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Naar de toets' }).click();
  await waitForHeading(page, 'Wat is ondermijning?');
}

const h1 = (page) => page.locator('h1').textContent();

test('final test: error summary, fail, review, retry the missed question, pass', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await toTest(page);
  assert.match(await page.locator('.caption').textContent(), /Vraag 1 van 4$/);
  await waitForFocus(page, 'paginatitel');

  // Nothing chosen: error summary, focused, linking to the first option.
  await page.getByRole('button', { name: 'Volgende' }).click();
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  await waitForFocus(page, 'foutmelding');
  assert.deepEqual(await gateProblems(page), []);
  await summary.getByRole('link').click();
  assert.match(await page.evaluate(() => document.activeElement.id), /^toets-.*-0$/);
  assert.equal(new URL(page.url()).hash, `#/module/${MODULE}`, 'the error link does not change the route');

  // Q1 right, Q2 wrong, Q3 right (both signals), Q4 right: 75 %, passes 70.
  // First attempt: make Q2 and Q4 wrong: 50 %, not passed.
  const answer = async (label) => {
    const before = await h1(page);
    for (const l of [].concat(label)) await page.getByLabel(l).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
  };
  await answer('Misdaad die gewone bedrijven');
  await answer('Ik wijs de aanvraag zelf meteen af');
  await answer(['Post die steeds terugkomt', 'Een subsidie voor activiteiten']);
  await answer('Ja, anders beschuldig je iemand');
  assert.equal(await h1(page), 'Je uitslag');
  assert.match(await page.locator('.panel').textContent(), /Je had 2 van 4 vragen goed \(50%\)/);
  assert.match(await page.locator('.panel').textContent(), /nog niet geslaagd/);
  const review = await page.locator('.review').textContent();
  assert.match(review, /Jouw antwoord: Ik wijs de aanvraag zelf meteen af/);
  assert.match(review, /Het goede antwoord: Ik noteer wat me opviel/);
  assert.match(review, /Dat besluit neem je niet alleen/);
  assert.deepEqual(await gateProblems(page), []);

  // Retry: only the two missed questions come back, and a reload resumes.
  await page.getByRole('button', { name: 'Oefen de vragen die je fout had' }).click();
  await page.locator('h1', { hasText: 'Een aanvrager van een horecavergunning' }).waitFor();
  assert.match(await page.locator('.caption').textContent(), /Vraag 2 van 4$/);
  await answer('Ik noteer wat me opviel');
  await page.reload();
  await page.locator('h1', { hasText: 'Moet je zeker weten' }).waitFor();
  await page.getByLabel('Nee, je meldt wat je zag').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('h1', { hasText: 'Je uitslag' }).waitFor();
  assert.match(await page.locator('.panel').textContent(), /Je had 4 van 4 vragen goed \(100%\)/);
  assert.match(await page.locator('.panel').textContent(), /geslaagd/);
  assert.deepEqual(await gateProblems(page), []);

  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('.module-list__item', { hasText: 'Wat is ondermijning?' }).filter({ hasText: 'Afgerond' }).waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('weerbaar.voortgang')));
  assert.equal(stored.modules[MODULE].completed.score, 100);
  await context.close();
});
