// The final test of a lesson: one question per page (the question is the
// h1), an error summary when nothing was chosen, a reviewed result, practice
// of the missed questions that never changes the result, a new attempt at
// every question in a new order, and completion with score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, useSite } from './lib/site.mjs';
import { serve } from './lib/server.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
const MODULE = 'medewerker/wat-is-ondermijning';

async function toTest(page) {
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await waitForHeading(page, 'Wat is ondermijning?');
  while (!(await page.getByRole('button', { name: 'Naar de toets' }).count())) await page.getByRole('button', { name: 'Volgende' }).click();
  // The pass mark is said before the test starts.
  assert.match(await page.locator('.lesson').textContent(), /toets met 4 vragen\. Je slaagt met 70% goed: minimaal 3 van de 4 vragen\./);
  await page.getByRole('button', { name: 'Naar de toets' }).click();
  await waitForHeading(page, 'Wat is ondermijning?');
}

const h1 = (page) => page.locator('h1').textContent();

test('final test: error summary, fail, practice that does not count, a new attempt, pass', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await toTest(page);
  assert.equal(await page.locator('.caption').textContent(), 'Wat is ondermijning? · Vraag 1 van 4');
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

  // The right answer to each question, found by its h1.
  const RIGHT = {
    'Wat is ondermijning': 'Misdaad die gewone bedrijven',
    'Een aanvrager van een horecavergunning': 'Ik noteer wat me opviel',
    'Welke signalen': ['Post die steeds terugkomt', 'Een subsidie voor activiteiten'],
    'Moet je zeker weten': 'Nee, je meldt wat je zag',
  };
  const answer = async (label, button = 'Volgende') => {
    const before = await h1(page);
    for (const l of [].concat(label)) await page.getByLabel(l).check();
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
  };
  const answerRight = async (button) => {
    const q = await h1(page);
    const key = Object.keys(RIGHT).find((k) => q.includes(k));
    assert.ok(key, `a known question: ${q}`);
    await answer(RIGHT[key], button);
    return key;
  };

  // First attempt: Q2 and Q4 wrong: 50 %, not passed. The last question's
  // button says where it goes.
  await answer('Misdaad die gewone bedrijven');
  await answer('Ik wijs de aanvraag zelf meteen af');
  await answer(['Post die steeds terugkomt', 'Een subsidie voor activiteiten']);
  assert.equal(await page.getByRole('button', { name: 'Volgende' }).count(), 0, 'the last question does not say Volgende');
  await answer('Ja, anders beschuldig je iemand', 'Naar je uitslag');
  assert.equal(await h1(page), 'Je uitslag');
  const panel = () => page.locator('.panel').textContent();
  assert.match(await panel(), /Je had 2 van de 4 vragen goed \(50%\)/);
  assert.match(await panel(), /Je slaagt met 70% goed: minimaal 3 van de 4 vragen/);
  assert.match(await panel(), /nog niet geslaagd/);
  const review = await page.locator('.review').textContent();
  assert.match(review, /Jouw antwoord: Ik wijs de aanvraag zelf meteen af/);
  assert.match(review, /Het goede antwoord: Ik noteer wat me opviel/);
  assert.match(review, /Dat besluit neem je niet alleen/);
  assert.deepEqual(await gateProblems(page), []);

  // Practice: only the two missed questions come back, counted as practice,
  // and a reload resumes it.
  await page.getByRole('button', { name: 'Oefen de vragen die je fout had' }).click();
  await page.locator('h1', { hasText: 'Een aanvrager van een horecavergunning' }).waitFor();
  assert.equal(await page.locator('.caption').textContent(), 'Wat is ondermijning? · Oefenvraag 1 van 2');
  await answer('Ik noteer wat me opviel');
  await page.reload();
  await page.locator('h1', { hasText: 'Moet je zeker weten' }).waitFor();
  assert.equal(await page.locator('.caption').textContent(), 'Wat is ondermijning? · Oefenvraag 2 van 2');
  await page.getByLabel('Nee, je meldt wat je zag').check();
  await page.getByRole('button', { name: 'Naar je uitslag' }).click();
  await page.locator('h1', { hasText: 'Klaar met oefenen' }).waitFor();
  // Getting the practice right does not turn the failed test into a pass.
  assert.match(await panel(), /2 vragen geoefend en had er nu 2 goed/);
  assert.match(await panel(), /uitslag: die blijft 50% \(nog niet geslaagd\)/);
  assert.equal(await page.getByRole('link', { name: 'Bekijk je bewijs van deelname' }).count(), 0, 'no certificate after practice');
  assert.deepEqual(await gateProblems(page), []);
  let stored = await page.evaluate(() => JSON.parse(localStorage.getItem('weerbaar.voortgang')));
  assert.equal(stored.modules[MODULE].completed, undefined, 'practice completes nothing');
  assert.deepEqual(stored.modules[MODULE].result && [stored.modules[MODULE].result.score, stored.modules[MODULE].result.passed], [50, false]);
  await page.goto(site.server.url + `index.html#/bewijs/${MODULE}`);
  await page.locator('h1', { hasText: 'Nog geen bewijs van deelname' }).waitFor();

  // A new attempt asks all four questions again, in another order.
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await page.locator('h1', { hasText: 'Klaar met oefenen' }).waitFor();
  await page.getByRole('button', { name: 'Doe de hele toets opnieuw' }).click();
  await page.locator('.caption', { hasText: 'Vraag 1 van 4' }).waitFor();
  const order = [];
  for (let n = 1; n <= 4; n++) {
    assert.equal(await page.locator('.caption').textContent(), `Wat is ondermijning? · Vraag ${n} van 4`);
    order.push(await answerRight(n === 4 ? 'Naar je uitslag' : 'Volgende'));
  }
  assert.equal(new Set(order).size, 4, 'every question once');
  assert.notDeepEqual(order, Object.keys(RIGHT), 'a new attempt comes in a new order');
  assert.equal(await h1(page), 'Je uitslag');
  assert.match(await panel(), /Je had 4 van de 4 vragen goed \(100%\)/);
  assert.match(await panel(), /geslaagd/);
  await page.getByRole('link', { name: 'Bekijk je bewijs van deelname' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);

  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('.module-list__item', { hasText: 'Wat is ondermijning?' }).filter({ hasText: 'Afgerond' }).waitFor();
  stored = await page.evaluate(() => JSON.parse(localStorage.getItem('weerbaar.voortgang')));
  assert.equal(stored.modules[MODULE].completed.score, 100);
  await context.close();
});

test('a test with a larger pool (toetsvragen) asks other questions in a new attempt', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-pool-'));
  cpSync(resolve(ROOT, 'dist'), dir, { recursive: true });
  const file = join(dir, `content/${MODULE}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^slaaggrens:.*$/m, '$&\ntoetsvragen: 2'));
  const server = await serve(dir);
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await openPage(context, server.origin);
    await page.goto(server.url + `index.html#/module/${MODULE}`);
    await waitForHeading(page, 'Wat is ondermijning?');
    while (!(await page.getByRole('button', { name: 'Naar de toets' }).count())) await page.getByRole('button', { name: 'Volgende' }).click();
    assert.match(await page.locator('.lesson').textContent(), /toets met 2 vragen\. Je slaagt met 70% goed: minimaal 2 van de 2 vragen\./);
    await page.getByRole('button', { name: 'Naar de toets' }).click();
    const seen = new Set();
    for (let attempt = 0; attempt < 6 && seen.size < 4; attempt++) {
      for (let n = 1; n <= 2; n++) {
        await page.locator('.caption', { hasText: `Vraag ${n} van 2` }).waitFor();
        const prompt = await h1(page);
        seen.add(prompt);
        await page.locator('.choice__input').first().check();
        await page.getByRole('button', { name: n === 2 ? 'Naar je uitslag' : 'Volgende' }).click();
        await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, prompt);
      }
      assert.equal(await h1(page), 'Je uitslag');
      assert.match(await page.locator('.panel__score').textContent(), /van de 2 vragen goed/);
      assert.equal(await page.locator('.review__item').count(), 2, 'the review covers the questions asked');
      await page.getByRole('button', { name: 'Doe de hele toets opnieuw' }).click();
    }
    assert.ok(seen.size > 2, `new attempts draw from the whole pool (saw ${seen.size} of 4)`);
    assert.deepEqual(await gateProblems(page), []);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
