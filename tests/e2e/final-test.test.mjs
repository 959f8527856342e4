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
import { first, needs, quiz, title } from './lib/content.mjs';
import { putInOrder } from './lib/ordering.mjs';

const site = useSite();

// The first lesson whose final test has this spec's shape: four questions, a
// pass mark of 70 % and no pool, the first one with options to link to, and
// two with a wrong option to miss (one of them with one right answer, for
// the review's "Het goede antwoord"). Missing those two scores 50 %.
const options = (q) => q.type !== 'order' && q.options.some((o) => !o.correct);
const shape = (m) => {
  const t = quiz(m.id).slice(-m.items.Lesson.test.length);
  const missable = t.slice(1).filter(options);
  return t.length === 4 && m.pass_mark === 70 && !m.test_size && options(t[0]) && missable.length >= 2 && missable.slice(-2).some((q) => q.type === 'one');
};
const MODULE = first('Lesson', (m) => m.items.Lesson.test.length && shape(m));
const SHAPE = needs(MODULE, 'lesson with a final test of four questions, pass mark 70, two of them missable');
const TITLE = MODULE && title(MODULE);
const TEST = MODULE ? quiz(MODULE).slice(-4) : [];
const MISS = TEST.slice(1).filter(options).slice(-2);
const byPrompt = new Map(TEST.map((q) => [q.prompt, q]));
const right = (q) => q.options.filter((o) => o.correct).map((o) => o.text);
const wrong = (q) => q.options.find((o) => !o.correct).text;
const pattern = (text) => new RegExp(text.replace(/[.?*+()[\]{}|^$\\]/g, '\\$&'));

async function toTest(page) {
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await waitForHeading(page, TITLE);
  while (!(await page.getByRole('button', { name: 'Naar de toets' }).count())) await page.getByRole('button', { name: 'Volgende' }).click();
  // The pass mark is said before the test starts.
  assert.match(await page.locator('.lesson').textContent(), /toets met 4 vragen\. Je slaagt met 70% goed: minimaal 3 van de 4 vragen\./);
  await page.getByRole('button', { name: 'Naar de toets' }).click();
  // The h1 is now the first question; the caption names the module.
  await page.locator('.caption', { hasText: `${TITLE} · Vraag 1 van` }).waitFor();
}

const h1 = (page) => page.locator('h1').textContent();

test('final test: error summary, fail, practice that does not count, a new attempt, pass', SHAPE, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await toTest(page);
  assert.equal(await page.locator('.caption').textContent(), `${TITLE} · Vraag 1 van 4`);
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

  // Answers the question on screen (found by its h1) right, or wrong.
  const answer = async ({ miss = false, button = 'Volgende' } = {}) => {
    const before = await h1(page);
    const q = byPrompt.get(before.trim());
    assert.ok(q, `a known question: ${before}`);
    if (q.type === 'order' && !miss) await putInOrder(page, q.steps, { by: 'mouse' });
    for (const l of miss ? [wrong(q)] : right(q)) await page.getByLabel(l, { exact: true }).check();
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    return q.prompt;
  };

  // First attempt, in the order written: two missed, 50 %, not passed. The
  // last question's button says where it goes.
  for (const [n, q] of TEST.entries()) {
    if (n === 3) assert.equal(await page.getByRole('button', { name: 'Volgende' }).count(), 0, 'the last question does not say Volgende');
    await answer({ miss: MISS.includes(q), button: n === 3 ? 'Naar je uitslag' : 'Volgende' });
  }
  assert.equal(await h1(page), 'Je uitslag');
  const panel = () => page.locator('.panel').textContent();
  assert.match(await panel(), /Je had 2 van de 4 vragen goed \(50%\)/);
  assert.match(await panel(), /Je slaagt met 70% goed: minimaal 3 van de 4 vragen/);
  assert.match(await panel(), /nog niet geslaagd/);
  const review = await page.locator('.review').textContent();
  const one = MISS.find((q) => q.type === 'one');
  assert.match(review, pattern(`Jouw antwoord: ${wrong(one)}`));
  assert.match(review, pattern(`Het goede antwoord: ${right(one)[0]}`));
  const why = one.options.find((o) => !o.correct).feedback;
  if (why) assert.match(review, pattern(why.split(/\s+/).slice(0, 4).join(' ')));
  assert.deepEqual(await gateProblems(page), []);

  // Practice: only the two missed questions come back, counted as practice,
  // and a reload resumes it.
  await page.getByRole('button', { name: 'Oefen de vragen die je fout had' }).click();
  await page.locator('h1', { hasText: MISS[0].prompt }).waitFor();
  assert.equal(await page.locator('.caption').textContent(), `${TITLE} · Oefenvraag 1 van 2`);
  await answer();
  await page.reload();
  await page.locator('h1', { hasText: MISS[1].prompt }).waitFor();
  assert.equal(await page.locator('.caption').textContent(), `${TITLE} · Oefenvraag 2 van 2`);
  await answer({ button: 'Naar je uitslag' });
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
    assert.equal(await page.locator('.caption').textContent(), `${TITLE} · Vraag ${n} van 4`);
    order.push(await answer({ button: n === 4 ? 'Naar je uitslag' : 'Volgende' }));
  }
  assert.equal(new Set(order).size, 4, 'every question once');
  assert.notDeepEqual(order, TEST.map((q) => q.prompt), 'a new attempt comes in a new order');
  assert.equal(await h1(page), 'Je uitslag');
  assert.match(await panel(), /Je had 4 van de 4 vragen goed \(100%\)/);
  assert.match(await panel(), /geslaagd/);
  await page.getByRole('link', { name: 'Bekijk je bewijs van deelname' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);

  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('.module-list__item', { hasText: TITLE }).filter({ hasText: 'Afgerond' }).waitFor();
  stored = await page.evaluate(() => JSON.parse(localStorage.getItem('weerbaar.voortgang')));
  assert.equal(stored.modules[MODULE].completed.score, 100);
  await context.close();
});

test('a test with a larger pool (toetsvragen) asks other questions in a new attempt', SHAPE, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-pool-'));
  cpSync(resolve(ROOT, 'dist'), dir, { recursive: true });
  const file = join(dir, `content/${MODULE}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^slaaggrens:.*$/m, '$&\ntoetsvragen: 2'));
  const server = await serve(dir);
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await openPage(context, server.origin);
    await page.goto(server.url + `index.html#/module/${MODULE}`);
    await waitForHeading(page, TITLE);
    while (!(await page.getByRole('button', { name: 'Naar de toets' }).count())) await page.getByRole('button', { name: 'Volgende' }).click();
    assert.match(await page.locator('.lesson').textContent(), /toets met 2 vragen\. Je slaagt met 70% goed: minimaal 2 van de 2 vragen\./);
    await page.getByRole('button', { name: 'Naar de toets' }).click();
    const seen = new Set();
    for (let attempt = 0; attempt < 6 && seen.size < 4; attempt++) {
      for (let n = 1; n <= 2; n++) {
        await page.locator('.caption', { hasText: `Vraag ${n} van 2` }).waitFor();
        const prompt = await h1(page);
        seen.add(prompt);
        // Any answer will do; an ordering question is answered as shown.
        if (byPrompt.get(prompt.trim())?.type !== 'order') await page.locator('.choice__input').first().check();
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
