// Presenter mode: a whole quiz stepped through with clicker keys only,
// answers revealed, hand counts, trainer notes present here and absent from
// the learner view, large type, and nothing stored about anyone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, KEY } from './lib/site.mjs';
import { first, needs, notes, quiz, scenario, title } from './lib/content.mjs';
import { gateProblems, openPage } from './lib/gates.mjs';

const site = useSite();
// Modules by shape, from the core's model: a quiz with two questions whose
// second-last has options to count hands for; a card deck with a trainer
// note before its first card; a scenario whose start has a choice.
const QUIZ = first('Quiz', (m) => quiz(m.id).length >= 2 && quiz(m.id).at(-2).type !== 'order');
const QUESTIONS = QUIZ ? quiz(QUIZ) : [];
const CARDS = first('Cards', (m) => (m.notes[''] ?? []).length > 0);
const STORY = first('Scenario', (m) => scenario(m.id)[0].choices.length > 0);
const START = STORY && scenario(STORY)[0];
const AFTER = STORY && scenario(STORY).find((n) => n.id === START.choices[0].target);

const h1 = async (page) => (await page.locator('h1').textContent()).trim();

test('a quiz presented with clicker keys only: reveal, next, back, large type, nothing stored', { ...needs(QUIZ, 'quiz with two questions, the second-last with options'), timeout: 180_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/presenteer/${QUIZ}`);
  await page.locator('h1', { hasText: QUESTIONS[0].prompt }).waitFor();
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.presenter__slide p, .presenter__slide li')).fontSize));
  // Large type; a slide too long for the screen is drawn smaller, never
  // below half size (20 px), so a clicker never has to scroll.
  assert.ok(size >= 20, `body text is ${size}px in presenter mode`);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight), 'the slide fits the screen');
  assert.equal(await page.locator('.site-header').isVisible(), false, 'page furniture is hidden');
  assert.deepEqual(await gateProblems(page), []);

  for (const [n, q] of QUESTIONS.entries()) {
    assert.equal(await h1(page), q.prompt);
    assert.equal(await page.locator('.present-option--right').count(), 0, 'the answer is hidden at first');
    await page.keyboard.press('PageDown');
    if (q.type === 'order') {
      // No option is right in an order: the reveal lists the right order.
      await page.locator('ol.present-order').waitFor();
      const shown = await page.locator('ol.present-order li').evaluateAll((els) => els.map((e) => e.textContent.replace(/^[A-Z]: /, '').trim()));
      assert.deepEqual(shown, q.steps);
    } else {
      await page.locator('.present-option--right').first().waitFor();
      assert.equal(await page.locator('.present-option--right').count(), q.options.filter((o) => o.correct).length);
    }
    if (n === 0) assert.deepEqual(await gateProblems(page), []);
    if (n < QUESTIONS.length - 1) {
      await page.keyboard.press(n % 2 ? 'ArrowRight' : 'Space');
      await page.locator('h1', { hasText: QUESTIONS[n + 1].prompt }).waitFor();
    }
  }
  // Back: first hides the answer, then the previous question with its answer.
  await page.keyboard.press('PageUp');
  assert.equal(await page.locator('.present-option--right').count(), 0);
  await page.keyboard.press('PageUp');
  await page.locator('h1', { hasText: QUESTIONS.at(-2).prompt }).waitFor();
  assert.ok((await page.locator('.present-option--right').count()) > 0);

  // Hand counts by keyboard; they are not stored anywhere.
  const plus = page.getByRole('button', { name: /^Eén hand erbij voor/ }).first();
  await plus.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  assert.equal((await page.locator('.tally__count').first().textContent()).trim(), '2');
  assert.equal(await h1(page), QUESTIONS.at(-2).prompt, 'Space on a button is that button\'s key, not "next"');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'presenter mode stores nothing');
  await context.close();
});

test('trainer notes show in presenter mode and never in the learner view', needs(CARDS, 'card deck with a trainer note before its first card'), async () => {
  const written = notes(CARDS);
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);

  // Learner view: start page, a card, its feedback. The notes are nowhere in the DOM.
  await page.goto(site.server.url + `index.html#/module/${CARDS}`);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Signaal', exact: true }).click();
  await page.locator('.feedback').waitFor();
  const learnerHtml = await page.content();
  for (const note of written) assert.ok(!learnerHtml.includes(note), `learner view shows the note "${note}"`);

  // Presenter view: hidden until asked for, then shown with the first card.
  await page.goto(site.server.url + `index.html#/presenteer/${CARDS}`);
  await page.locator('.presenter__bar').waitFor();
  const toggle = page.getByRole('button', { name: /^Notities voor de trainer/ });
  assert.equal(await page.locator('#trainer-notities').isVisible(), false);
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const shown = await page.locator('#trainer-notities').textContent();
  assert.ok(shown.includes(written[0]), `presenter notes show "${written[0]}": ${shown}`);
  const onSlide = await page.locator('#trainer-notities .presenter__note').count();
  assert.equal((await toggle.textContent()).trim(), `Notities voor de trainer (${onSlide})`, 'the button counts this slide\'s notes');
  // Reveal the first card with the keyboard.
  await page.locator('h1').focus();
  await page.keyboard.press('ArrowDown');
  await page.locator('.present-answer').waitFor();
  assert.match(await page.locator('.present-answer').textContent(), /Dit is (een|geen) signaal/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('a scenario presented: choose by number key, go back', needs(STORY, 'scenario'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/presenteer/${STORY}`);
  await page.locator('h1', { hasText: START.title }).waitFor();
  await page.keyboard.press('1');
  await page.locator('h1', { hasText: AFTER.title }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.locator('h1', { hasText: START.title }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  // The number keys can be turned off (WCAG 2.1.4), and on again.
  const digits = page.getByRole('button', { name: 'Cijfertoetsen aan' });
  await digits.click();
  assert.equal(await digits.getAttribute('aria-pressed'), 'false');
  await page.locator('h1').focus();
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowRight'); // a key that still works, so the 1 had its chance
  assert.match(await page.locator('h1').textContent(), new RegExp(START.title.replace(/[.?*+()[\]{}|^$\\]/g, '\\$&')), 'a number key does nothing while turned off');
  await digits.click();
  await page.locator('h1').focus();
  await page.keyboard.press('1');
  await page.locator('h1', { hasText: AFTER.title }).waitFor();
  await context.close();
});

// A mission has no slides (children play it themselves): an old or typed
// presenter link says so and leads to the teacher's page and the mission,
// with the site's header back, instead of an empty "Dia 1 van 0".
const MISSION = first('Mission');
test('a mission in presenter mode leads to the teacher page', needs(MISSION, 'mission'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/presenteer/${MISSION}`);
  await page.locator('h1', { hasText: title(MISSION) }).waitFor();
  assert.match(await page.locator('main').textContent(), /Een missie heeft geen presentatiemodus/);
  assert.doesNotMatch(await page.locator('main').textContent(), /Dia \d+ van/);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), false, 'the site header is back');
  assert.deepEqual(await gateProblems(page), []);
  await page.getByRole('link', { name: 'Voor de leerkracht: lesplan en gespreksvragen' }).click();
  await page.waitForURL(new RegExp(`#/leerkracht/${MISSION}$`));
  await context.close();
});
