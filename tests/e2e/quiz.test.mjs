// The scenario quiz: one question per page (the question is the h1), an
// answer with its own feedback and explanation, a reload in the middle, a
// result with a review, practising only the missed questions, and missed
// questions first on the next visit. By keyboard only, and by mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { first, needs, quiz } from './lib/content.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';
import { putInOrder } from './lib/ordering.mjs';

const site = useSite();
// The first quiz with at least three questions: one missed, one right, a
// reload at the third.
const MODULE = first('Quiz', (m) => quiz(m.id).length >= 3);
const QUESTIONS = MODULE ? quiz(MODULE) : [];
const SHAPE = needs(MODULE, 'quiz with three or more questions');
const byPrompt = new Map(QUESTIONS.map((q) => [q.prompt, q]));

const h1 = async (page) => (await page.locator('h1').textContent()).trim();

/** Answers the question on screen by keyboard; right unless `wrong`. */
async function answerByKeyboard(page, { wrong = false } = {}) {
  const q = byPrompt.get(await h1(page));
  assert.ok(q, `unknown question on screen: ${await h1(page)}`);
  // An ordering question starts shuffled, so left alone it is wrong.
  if (q.type === 'order' && !wrong) await putInOrder(page, q.steps);
  const pick = wrong ? [q.options.find((o) => !o.correct)].filter(Boolean) : q.options.filter((o) => o.correct);
  for (const option of pick) {
    await page.getByLabel(option.text, { exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'Controleer je antwoord' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.feedback').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.feedback'), null, { timeout: 5000 });
  return q;
}

async function next(page) {
  const before = await h1(page);
  await page.getByRole('button', { name: /Volgende vraag|Bekijk je uitslag/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() !== t, before);
  await waitForFocus(page, 'paginatitel');
}

test('a quiz by keyboard: feedback, reload, review, practise the missed one, missed first next time', { ...SHAPE, timeout: 240_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await page.getByRole('button', { name: 'Begin' }).waitFor();
  assert.match(await page.locator('main').textContent(), new RegExp(`${QUESTIONS.length} vragen`));
  assert.deepEqual(await gateProblems(page), []);
  await page.getByRole('button', { name: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.caption', { hasText: `Vraag 1 van ${QUESTIONS.length}` }).waitFor();
  assert.ok(byPrompt.has(await h1(page)), 'the question is the h1');
  assert.deepEqual(await gateProblems(page), []);

  // Checking without a choice: an error, nothing lost.
  await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
  await page.locator('.error-message').waitFor();

  // First question wrong: kind feedback that explains, and the right answer marked.
  const missed = await answerByKeyboard(page, { wrong: true });
  const feedback = await page.locator('.feedback').textContent();
  assert.match(feedback, /Niet helemaal|Nog niet/);
  assert.ok(feedback.length > 60, 'the feedback explains why');
  assert.equal(await page.locator('.verdict--right').count(), missed.options.filter((o) => o.correct).length);
  assert.deepEqual(await gateProblems(page), []);
  await next(page);

  // Second right, then reload: the quiz continues at question 3.
  await answerByKeyboard(page);
  assert.match(await page.locator('.feedback').textContent(), /Goed/);
  await next(page);
  await page.reload();
  await page.locator('.caption', { hasText: `Vraag 3 van ${QUESTIONS.length}` }).waitFor();
  for (let n = 3; n <= QUESTIONS.length; n++) {
    await answerByKeyboard(page);
    await next(page);
  }

  // Result and review.
  assert.equal(await h1(page), 'Je uitslag');
  const total = QUESTIONS.length;
  assert.match(await page.locator('.panel').textContent(), new RegExp(`Je had ${total - 1} van de ${total} vragen goed`));
  assert.equal(await page.locator('.review__item').count(), total);
  assert.match(await page.locator('.review__item--wrong').textContent(), new RegExp(missed.prompt.replace(/[.?*+()[\]]/g, '\\$&')));
  assert.deepEqual(await gateProblems(page), []);

  // Practise only the missed question, counted as practice ("Oefenvraag 1
  // van 1", not "Vraag 13 van 13"), wrong again: the round's result stays.
  await page.getByRole('button', { name: 'Oefen de vragen die je fout had' }).click();
  await page.locator('.caption', { hasText: 'Oefenvraag 1 van 1' }).waitFor();
  assert.equal(await h1(page), missed.prompt);
  await answerByKeyboard(page, { wrong: true });
  await next(page);
  assert.equal(await h1(page), 'Klaar met oefenen');
  const stays = Math.floor(((total - 1) * 100) / total);
  assert.match(await page.locator('.panel').textContent(), new RegExp(`1 vraag geoefend en had er nu 0 goed.*blijft ${stays}%`));
  await page.getByRole('link', { name: /Volgende module: / }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await page.getByRole('button', { name: 'Begin opnieuw' }).click();
  await page.locator('.caption', { hasText: 'Vraag 1 van' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Begin' }).waitFor();
  assert.match(await page.locator('.notice').textContent(), /de vorige keer 1 vraag fout/);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.caption', { hasText: 'Vraag 1 van' }).waitFor();
  assert.equal(await h1(page), missed.prompt, 'the question missed last time comes first');
  await context.close();
});

test('every quiz question can be answered right by mouse', { ...SHAPE, timeout: 120_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await page.getByRole('button', { name: 'Begin' }).click();
  for (let n = 1; n <= QUESTIONS.length; n++) {
    await page.locator('.caption', { hasText: `Vraag ${n} van` }).waitFor();
    const q = byPrompt.get(await h1(page));
    if (q.type === 'order') await putInOrder(page, q.steps, { by: 'mouse' });
    for (const o of q.options.filter((o) => o.correct)) await page.getByLabel(o.text, { exact: true }).check();
    await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
    assert.match(await page.locator('.feedback h3').textContent(), /Goed/);
    await page.getByRole('button', { name: /Volgende vraag|Bekijk je uitslag/ }).click();
  }
  await waitForHeading(page, 'Je uitslag');
  assert.match(await page.locator('.panel').textContent(), /\(100%\)/);
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('.module-list__item').filter({ hasText: 'Afgerond' }).first().waitFor();
  await context.close();
});

test('"Volgende vraag" clicked within one frame of "Controleer je antwoord" does not break the page', SHAPE, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await waitForHeading(page);
  const begin = page.getByRole('button', { name: /Begin/ });
  if (await begin.count()) await begin.first().click();
  await page.locator('input[type="radio"]').first().waitFor();
  const before = await h1(page);
  // As fast as a double-click: both clicks before the next animation frame.
  const sameFrame = await page.evaluate(async () => {
    const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.includes(text));
    let frames = 0;
    requestAnimationFrame(() => frames++);
    document.querySelector('input[type="radio"]').click();
    button('Controleer je antwoord').click();
    for (let i = 0; i < 50 && !button('Volgende vraag') && !button('Bekijk je uitslag'); i++) await Promise.resolve();
    (button('Volgende vraag') ?? button('Bekijk je uitslag')).click();
    return frames === 0;
  });
  assert.ok(sameFrame, 'both clicks landed in one frame');
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() !== t, before);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.getByText('Er ging iets mis').count(), 0);
  assert.deepEqual(page.collected.console, []);
  await context.close();
});
