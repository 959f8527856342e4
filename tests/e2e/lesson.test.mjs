// The lesson player, by keyboard alone: page through, answer a knowledge
// check (error first, then feedback), resume after closing, finish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { first, needs, quiz, title } from './lib/content.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
// The first lesson without a final test ("Les afronden" ends it) whose first
// knowledge check has one right answer and a wrong one; headings and answers
// come from the core's model of it.
const LESSON = first('Lesson', ({ items: { Lesson: l } }) => !l.test.length && l.pages.find((p) => p.check)?.check.answer.One?.some((o) => !o.correct));
const SHAPE = needs(LESSON, 'lesson without a final test whose first knowledge check has one right answer');
const TITLE = LESSON && title(LESSON);
const CHECK = LESSON && quiz(LESSON)[0];
const RIGHT = CHECK && CHECK.options.findIndex((o) => o.correct);
const WRONG = CHECK && CHECK.options.find((o) => !o.correct);
/** A few words of a text, as a pattern (feedback is shown with its markup as text). */
const words = (text) => new RegExp(text.split(/\s+/).slice(0, 5).join(' ').replace(/[.?*+()[\]{}|^$\\]/g, '\\$&'));

const focused = (page) => page.evaluate(() => document.activeElement?.textContent?.trim());

async function press(page, name) {
  for (let i = 0; i < 60; i++) {
    if ((await focused(page)) === name) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach "${name}" with Tab`);
}

/** "Volgende", then wait until focus has moved to the new page's heading:
 * tabbing on before that would race the app's own focus move. */
async function next(page) {
  await press(page, 'Volgende');
  await waitForFocus(page, 'lespagina', 'focus moves to the new page heading');
}

test('a lesson by keyboard: pages, a knowledge check, resume and finish', SHAPE, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page, TITLE);
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 1 van \d+ · nog ongeveer (1 minuut|\d+ minuten)$/);
  assert.deepEqual(await gateProblems(page), []);

  await next(page);
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 2 van/);

  // Resume: close and come back on the same page.
  await page.reload();
  await waitForHeading(page, TITLE);
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 2 van/);

  while (!(await page.locator('fieldset').count())) await next(page);
  // Checking without a choice: an error, announced with the fieldset.
  await press(page, 'Controleer je antwoord');
  await page.getByText('Kies eerst een antwoord.').waitFor();
  assert.match((await page.getAttribute('fieldset', 'aria-describedby')) ?? '', /-fout$/);
  // Focus stays on the button, so the message is an alert: read out when it appears (WCAG 4.1.3).
  assert.match(await page.getByRole('alert').textContent(), /Kies eerst een antwoord\./);
  assert.deepEqual(await gateProblems(page), []);
  // Choose the right answer with the keyboard: Tab into the radios, arrows.
  await page.locator('input[type=radio]').first().focus();
  if (RIGHT === 0) await page.keyboard.press('Space');
  for (let i = 0; i < RIGHT; i++) await page.keyboard.press('ArrowDown');
  assert.ok(await page.locator('input[type=radio]').nth(RIGHT).isChecked());
  await press(page, 'Controleer je antwoord');
  await page.getByRole('heading', { name: 'Goed!' }).waitFor();
  // Focus moves on the frame after the feedback is drawn: wait for it, or
  // a busy machine checks in between (seen once in CI).
  await page
    .waitForFunction(() => document.activeElement?.textContent?.trim() === 'Goed!', null, { timeout: 5000 })
    .catch(async () => assert.fail(`focus moves to the feedback; it is on ${(await focused(page))?.slice(0, 80)}`));
  const right = CHECK.options[RIGHT];
  if (right.feedback) assert.match(await page.locator('.feedback').textContent(), words(right.feedback));
  assert.match(await page.locator('.choice', { hasText: right.text }).textContent(), /goed antwoord/);
  assert.deepEqual(await gateProblems(page), []);

  while (!(await page.getByRole('button', { name: 'Les afronden' }).count())) await next(page);
  await press(page, 'Les afronden');
  await page.getByRole('heading', { name: 'Je hebt deze les afgerond' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('.module-list__item', { hasText: TITLE }).filter({ hasText: 'Afgerond' }).waitFor();
  await context.close();
});

test('a wrong answer explains why, kindly, and shows the right one', SHAPE, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page);
  while (!(await page.locator('fieldset').count())) await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel(WRONG.text, { exact: true }).check();
  await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
  await page.getByRole('heading', { name: 'Niet helemaal. Zo zit het:' }).waitFor();
  const feedback = await page.locator('.feedback').textContent();
  if (WRONG.feedback) assert.match(feedback, words(WRONG.feedback));
  assert.match(await page.locator('.choice', { hasText: WRONG.text }).textContent(), /jouw keuze, niet goed/);
  assert.match(await page.locator('.choice', { hasText: CHECK.options[RIGHT].text }).textContent(), /goed antwoord/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});
