// An ordering question ({.volgorde}) in a quiz (the first quiz that has one): a keyboard user
// moves the steps with Tab and Enter/Space on the "Omhoog"/"Omlaag" buttons
// (no dragging) and gets it right; a mouse user checks a wrong order and
// reads the right order; then the same type in a lesson's knowledge check
// and final test, through the studio's preview. Axe and the other gates on
// every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { first, needs, quiz } from './lib/content.mjs';
import { gateProblems, openPage, waitForFocus } from './lib/gates.mjs';
import { putInOrder, shownOrder } from './lib/ordering.mjs';

const site = useSite();
const MODULE = first('Quiz', (m) => quiz(m.id).some((q) => q.type === 'order'));
const SHAPE = needs(MODULE, 'quiz with an ordering question');
const QUESTIONS = MODULE ? quiz(MODULE) : [];
const AT = QUESTIONS.findIndex((q) => q.type === 'order');
const ORDER = QUESTIONS[AT];

const h1 = async (page) => (await page.locator('h1').textContent()).trim();
const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim());

/** Opens the quiz and answers (by mouse) every question before the ordering one. */
async function openOrderingQuestion(context) {
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let n = 0; n < AT; n++) {
    await page.locator('.caption', { hasText: `Vraag ${n + 1} van` }).waitFor();
    await page.locator('input').first().check();
    await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
    await page.getByRole('button', { name: 'Volgende vraag' }).click();
  }
  await page.locator('h1', { hasText: ORDER.prompt }).waitFor();
  await waitForFocus(page, 'paginatitel');
  return page;
}

/** Presses Tab until the focused element's accessible name is `name`. */
async function tabTo(page, name) {
  for (let i = 0; i < 60; i++) {
    if ((await focusedLabel(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached "${name}"`);
}

test('a quiz\'s ordering question has two to eight steps', SHAPE, () => {
  assert.ok(ORDER.steps.length >= 2 && ORDER.steps.length <= 8);
});

test('ordering by keyboard only: Tab to a step\'s button, Enter or Space moves it, focus stays, the move is announced', { ...SHAPE, timeout: 180_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openOrderingQuestion(context);
  const start = await shownOrder(page);
  assert.deepEqual([...start].sort(), [...ORDER.steps].sort(), 'every step is shown');
  assert.notDeepEqual(start, ORDER.steps, 'the steps start shuffled');
  assert.match(await page.locator('.hint').textContent(), /Omhoog en Omlaag/);
  assert.deepEqual(await gateProblems(page), [], 'the question');

  // Bubble each step up to its place, alternating Enter and Space.
  let presses = 0;
  for (const [place, text] of ORDER.steps.entries()) {
    const name = `Omhoog: zet '${text}' eerder`;
    let at = (await shownOrder(page)).indexOf(text);
    if (at === place) continue;
    await page.locator('h1').focus();
    await tabTo(page, name);
    for (; at > place; at--) {
      await page.keyboard.press(presses++ % 2 ? 'Space' : 'Enter');
      await page.waitForFunction(
        ([t, n]) => [...document.querySelectorAll('ol.order .order__text')].map((e) => e.textContent.trim().replace(/\s+/g, ' '))[n] === t,
        [text, at - 1],
      );
      await page.waitForFunction((n) => document.activeElement?.getAttribute('aria-label') === n, name);
      const said = (await page.locator('[aria-live="polite"].visually-hidden').textContent()).trim();
      assert.equal(said, `'${text}' staat nu op plek ${at} van ${ORDER.steps.length}.`);
    }
  }
  assert.deepEqual(await shownOrder(page), ORDER.steps);
  // At the top the button stays focusable and says the step is already there.
  const top = `Omhoog: zet '${ORDER.steps[0]}' eerder`;
  await page.locator('h1').focus();
  await tabTo(page, top);
  assert.equal(await page.getByRole('button', { name: top, exact: true }).getAttribute('aria-disabled'), 'true');
  await page.keyboard.press('Enter');
  await page.locator('[aria-live="polite"].visually-hidden', { hasText: 'staat al bovenaan' }).waitFor();
  assert.equal(await focusedLabel(page), top);
  assert.deepEqual(await shownOrder(page), ORDER.steps, 'nothing moved');
  assert.deepEqual(await gateProblems(page), [], 'ordered, before checking');

  await tabTo(page, 'Controleer je antwoord');
  await page.keyboard.press('Enter');
  await page.locator('.feedback h3', { hasText: 'Goed!' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.feedback'), null, { timeout: 5000 });
  assert.equal(await page.locator('.verdict--right').count(), ORDER.steps.length, 'every step says it is in the right place');
  assert.equal(await page.getByRole('button', { name: /^Omhoog/ }).count(), 0, 'the buttons are gone once checked');
  assert.deepEqual(await gateProblems(page), [], 'right');
  await context.close();
});

test('a mouse user who checks the shuffled order sees the right order and which places were right', { ...SHAPE, timeout: 180_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openOrderingQuestion(context);
  const start = await shownOrder(page);
  // One click down on the first step, then check: still not the right order.
  const first = start[0];
  await page.getByRole('button', { name: `Omlaag: zet '${first}' later`, exact: true }).click();
  await page.waitForFunction((t) => document.querySelectorAll('ol.order .order__text')[1]?.textContent.trim().replace(/\s+/g, ' ') === t, first);
  const given = await shownOrder(page);
  if (given.every((t, i) => t === ORDER.steps[i])) {
    // The one click happened to solve it: undo, so the answer is wrong.
    await page.getByRole('button', { name: `Omhoog: zet '${first}' eerder`, exact: true }).click();
  }
  const wrong = await shownOrder(page);
  assert.notDeepEqual(wrong, ORDER.steps);
  assert.deepEqual(await gateProblems(page), [], 'moved by mouse');
  await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
  const feedback = page.locator('.feedback');
  await feedback.locator('h3', { hasText: 'Niet helemaal' }).waitFor();
  const rightPlaces = wrong.filter((t, i) => t === ORDER.steps[i]).length;
  assert.match(await feedback.textContent(), new RegExp(`Je had ${rightPlaces} van de ${ORDER.steps.length} stappen op de goede plek`));
  const listed = await feedback.locator('ol.order--right > li').evaluateAll((els) => els.map((e) => e.textContent.trim().replace(/\s+/g, ' ')));
  assert.equal(listed.length, ORDER.steps.length);
  for (const [i, step] of ORDER.steps.entries()) assert.ok(listed[i].startsWith(step), `place ${i + 1}: ${listed[i]}`);
  assert.equal(await page.locator('.verdict--right').count(), rightPlaces);
  assert.equal(await page.locator('.verdict--wrong').count(), ORDER.steps.length - rightPlaces);
  assert.deepEqual(await gateProblems(page), [], 'wrong, with the right order');

  // The review at the end shows the learner's order and the right one.
  for (let n = AT + 1; n < QUESTIONS.length; n++) {
    await page.getByRole('button', { name: /Volgende vraag|Bekijk je uitslag/ }).click();
    await page.locator('.caption', { hasText: `Vraag ${n + 1} van` }).waitFor();
    await page.locator('input').first().check();
    await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
  }
  await page.getByRole('button', { name: 'Bekijk je uitslag' }).click();
  await page.locator('h1', { hasText: 'Je uitslag' }).waitFor();
  const item = page.locator('.review__item', { hasText: ORDER.prompt });
  assert.match(await item.textContent(), new RegExp(`Jouw antwoord: 1\\. ${wrong[0].replace(/[.?*+()[\]]/g, '\\$&')}`));
  assert.equal(await item.locator('ol.order--right > li').count(), ORDER.steps.length);
  assert.equal(await h1(page), 'Je uitslag');
  assert.deepEqual(await gateProblems(page), [], 'review');
  await context.close();
});

// A lesson's knowledge check and final test play questions through other
// components than a quiz (KnowledgeCheck on a page, TestQuestion and the
// review); the studio's preview runs those real players on a draft.
const LESSON = `---
titel: Drugsafval op je land
soort: les
doelgroep: agrarier
---

## Wat doe je eerst? {#eerst .volgorde}

1. Ik houd afstand
   > Eerst je eigen veiligheid.
2. Ik bel 112
3. Ik laat het de gemeente weten

> [!NOTE]
> Ruim drugsafval nooit zelf op.

# Toets

## Zet de stappen in de goede volgorde {#toets-volgorde .volgorde}

1. Ik blijf weg
2. Ik bel de politie
3. Ik meld het bij de gemeente

> [!NOTE]
> Zo blijf je veilig en wordt het goed opgeruimd.
`;

test('ordering in a lesson\'s knowledge check and final test, with the review', { timeout: 180_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/studio');
  await page.locator('.preview').waitFor();
  await page.getByLabel('Tekst van de module (Markdown)').fill(LESSON);
  await page.locator('.preview', { hasText: 'Drugsafval op je land' }).waitFor();
  const preview = page.locator('.preview');

  // The knowledge check on the lesson page, by keyboard.
  await preview.locator('ol.order').waitFor();
  await putInOrder(page, ['Ik houd afstand', 'Ik bel 112', 'Ik laat het de gemeente weten']);
  await preview.getByRole('button', { name: 'Controleer je antwoord' }).click();
  await preview.locator('.feedback h3', { hasText: 'Goed!' }).waitFor();
  assert.deepEqual(await gateProblems(page), [], 'knowledge check, right');

  // The final test: one question per page, then the result and review.
  await preview.getByRole('button', { name: 'Naar de toets' }).click();
  await preview.locator('ol.order').waitFor();
  assert.match(await preview.locator('.hint').textContent(), /Omhoog en Omlaag/);
  assert.deepEqual(await gateProblems(page), [], 'test question');
  await putInOrder(page, ['Ik blijf weg', 'Ik bel de politie', 'Ik meld het bij de gemeente'], { by: 'mouse' });
  await preview.getByRole('button', { name: 'Naar je uitslag' }).click();
  await preview.locator('.panel', { hasText: '(100%)' }).waitFor();
  const review = preview.locator('.review__item', { hasText: 'Zet de stappen in de goede volgorde' });
  assert.match(await review.textContent(), /Goed beantwoord\..*Jouw antwoord: 1\. Ik blijf weg; 2\. Ik bel de politie; 3\. Ik meld het bij de gemeente/);
  assert.deepEqual(await gateProblems(page), [], 'result and review');
  await context.close();
});
