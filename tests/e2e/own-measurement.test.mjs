// "Wat weet je al?": a learner answers their audience's questions before
// the modules, finishes a module, answers the after questions and sees the
// difference (in words, a chart and a table) right away and on "Mijn
// voortgang". By keyboard alone for the questions; axe on every state.
// Skipping is remembered. Expectations come from the core's reading of the
// set (`weerbaar-check --metingen`), so any valid set of the residents'
// audience passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, KEY, MODULES } from './lib/site.mjs';
import { AUDIENCE as CODES, measure, models, needs, quiz } from './lib/content.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
/** A lesson of the audience without a final test: finished by reading it. */
const lessonOf = (audience) => models().find((m) => m.id.startsWith(`${audience}/`) && m.items.Lesson && m.items.Lesson.test.length === 0)?.id;
// The first audience with a measurement set and such a lesson (inwoner in the shipped content).
const AUDIENCE = Object.values(CODES).find((a) => measure(a) && lessonOf(a)) ?? 'inwoner';
const SET = measure(AUDIENCE);
const LESSON = lessonOf(AUDIENCE);
const invitation = (page) => page.locator('.measure-invite');
const focused = (locator) => locator.evaluate((e) => e === document.activeElement);

/** Presses Tab until `locator` has focus. */
async function tabTo(page, locator, what) {
  for (let i = 0; i < 120; i++) {
    if (await focused(locator)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

/**
 * Answers every question on the page by keyboard: knowledge question `i`
 * with option `pick(question)`, every statement with scale point `point`
 * (1..5). Space checks a group's first radio, arrows move down the group.
 */
async function answerAll(page, phase, pick, point) {
  const groups = page.locator('fieldset');
  const knowledge = SET.knowledge.map((k) => k[phase]);
  assert.equal(await groups.count(), knowledge.length + SET.statements.length, 'one fieldset per question and statement');
  for (let g = 0; g < (await groups.count()); g++) {
    const choice = g < knowledge.length ? pick(knowledge[g]) : point - 1;
    await tabTo(page, groups.nth(g).locator('input').first(), `question ${g + 1}`);
    await page.keyboard.press('Space');
    for (let i = 0; i < choice; i++) await page.keyboard.press('ArrowDown');
    assert.ok(await groups.nth(g).locator('input').nth(choice).isChecked(), `question ${g + 1}: option ${choice + 1} is chosen`);
  }
}

const right = (q) => q.options.findIndex((o) => o.correct);
const wrong = (q) => q.options.findIndex((o) => !o.correct);

/** Plays LESSON to its end by mouse, answering its checks right. */
async function finishLesson(page) {
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page);
  const checks = new Map(quiz(LESSON).map((q) => [q.prompt, q]));
  for (let step = 0; step < 60; step++) {
    if (await page.getByRole('button', { name: 'Les afronden' }).count()) break;
    const legend = page.locator('fieldset legend');
    if ((await legend.count()) && (await page.getByRole('button', { name: 'Controleer je antwoord' }).count())) {
      const q = checks.get((await legend.first().textContent()).trim());
      assert.ok(q, 'a knowledge check the core knows');
      await page.getByLabel(q.options[right(q)].text, { exact: true }).check();
      await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Les afronden' }).click();
  await page.getByRole('heading', { name: 'Je hebt deze les afgerond' }).waitFor();
}

test('the content has what this spec plays', () => {
  assert.ok(SET, `content/meting/${AUDIENCE}.md exists`);
  assert.ok(SET.knowledge.length > 0 && SET.statements.length > 0);
  assert.ok(LESSON, `a lesson without a final test for ${AUDIENCE}`);
});

test('a learner answers before, finishes a module, answers after and sees the difference', { timeout: 240_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/voor/${AUDIENCE}`);
  await page.locator('h1').waitFor();
  await invitation(page).getByRole('heading', { name: 'Wat weet je al?' }).waitFor();
  assert.match(await invitation(page).textContent(), /geen toets/);
  assert.deepEqual(await gateProblems(page), [], 'audience page with the invitation');

  // Before: by keyboard only, every knowledge question wrong.
  await tabTo(page, invitation(page).getByRole('link', { name: 'Naar de vragen' }), 'the invitation');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Wat weet je al?');
  await waitForFocus(page, 'paginatitel');
  assert.deepEqual(await gateProblems(page), [], 'before questions');
  await answerAll(page, 'before', wrong, 2);
  await tabTo(page, page.getByRole('button', { name: 'Klaar' }), 'Klaar');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Bedankt');
  await waitForFocus(page, 'paginatitel', 'focus on the new title after Klaar');
  await page.getByRole('heading', { name: 'Wat kun je doen?' }).waitFor();
  assert.deepEqual(await gateProblems(page), [], 'thanks');

  // Nothing is stored but the answers, under the progress key.
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.ok(stored.includes(`"meting/${AUDIENCE}"`), stored);
  assert.doesNotMatch(stored, /Bewijs|Ik zou/, 'keys and numbers only, no texts');

  // The answers are shown again when the learner comes back.
  await page.reload();
  await waitForHeading(page, 'Wat weet je al?');
  const first = SET.knowledge[0].before;
  assert.ok(await page.getByLabel(first.options[wrong(first)].text, { exact: true }).isChecked(), 'earlier answer kept');

  // No "after" invitation until a module is finished.
  await page.goto(site.server.url + `index.html#/voor/${AUDIENCE}`);
  await page.locator('.module-list__facts').first().waitFor();
  assert.equal(await invitation(page).count(), 0, 'no invitation between before and a finished module');

  await finishLesson(page);
  await page.goto(site.server.url + `index.html#/voor/${AUDIENCE}`);
  await invitation(page).getByRole('heading', { name: 'Wat heb je erbij geleerd?' }).waitFor();
  assert.deepEqual(await gateProblems(page), [], 'audience page inviting to the after questions');
  await invitation(page).getByRole('link', { name: 'Naar de vragen' }).click();
  await waitForHeading(page, 'Wat weet je nu?');
  assert.equal(await page.getByRole('button', { name: 'Overslaan' }).count(), 0, 'the after questions are simply left');
  await answerAll(page, 'after', right, 5);
  await page.getByRole('button', { name: 'Klaar' }).click();
  await waitForHeading(page, 'Wat je erbij leerde');
  const n = SET.knowledge.length;
  const sentence = `Voor je begon had je 0 van de ${n} vragen goed. Nu zijn het er ${n} van de ${n}.`;
  await page.getByText(sentence).waitFor();
  const chart = page.getByRole('img', { name: /Grafiek van je antwoorden voor en na/ });
  assert.equal(await chart.count(), 1, 'one chart with a text alternative');
  const statementRow = page.getByRole('row', { name: new RegExp(SET.statements[0]) });
  assert.match(await statementRow.textContent(), /niet mee eens.*helemaal mee eens/);
  assert.match(await page.getByRole('row', { name: /Vragen goed/ }).textContent(), new RegExp(`0 van de ${n}.*${n} van de ${n}`));
  const answers = await page.locator('.own-measure__answers').textContent();
  for (const k of SET.knowledge) assert.ok(answers.includes(k.after.options[right(k.after)].text), `right answer of "${k.key}" shown`);
  await page.getByRole('heading', { name: 'Wat kun je doen?' }).waitFor();
  assert.deepEqual(await gateProblems(page), [], 'the difference');

  // The same on "Mijn voortgang", after a reload.
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.reload();
  await waitForHeading(page, 'Mijn voortgang');
  await page.getByRole('heading', { name: 'Wat je erbij leerde' }).waitFor();
  await page.getByText(sentence).waitFor();
  assert.deepEqual(await gateProblems(page), [], 'Mijn voortgang with the difference');

  await page.goto(site.server.url + `index.html#/voor/${AUDIENCE}`);
  await invitation(page).getByRole('link', { name: 'Bekijk wat je erbij leerde' }).waitFor();
  await context.close();
});

test('a learner who skips is not asked again, also after a reload', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/voor/${AUDIENCE}`);
  await invitation(page).waitFor();
  await invitation(page).getByRole('button', { name: 'Overslaan' }).click();
  await invitation(page).waitFor({ state: 'detached' });
  await page.reload();
  await page.locator('.module-list__facts').first().waitFor();
  assert.equal(await invitation(page).count(), 0);

  // Skipping from the questions page itself leads back to the modules.
  const other = await openPage(await site.browser.newContext(), site.server.origin);
  await other.goto(site.server.url + `index.html#/mijn-meting/${AUDIENCE}/voor`);
  await waitForHeading(other, 'Wat weet je al?');
  await other.getByRole('button', { name: 'Overslaan' }).click();
  await other.locator('.module-list__facts').first().waitFor();
  assert.equal(await invitation(other).count(), 0);
  assert.deepEqual(await gateProblems(other), []);
  await context.close();
});

// An audience with modules and no measurement set (trainer in the shipped content).
const WITHOUT = ['trainer', ...Object.values(CODES)].find((a) => !measure(a) && MODULES.some((m) => m.startsWith(`${a}/`)));

test('an audience without a set shows no invitation, and its questions page says so', needs(WITHOUT, 'audience without a measurement set'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/voor/${WITHOUT}`);
  await page.locator('h1').waitFor();
  await page.locator('.module-list__facts').first().waitFor();
  assert.equal(await invitation(page).count(), 0);
  await page.goto(site.server.url + `index.html#/mijn-meting/${WITHOUT}/voor`);
  await page.getByText('Voor deze groep zijn er geen vragen voor en na.').waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});
