// A complete staff module by keyboard alone, as a new learner: every page,
// every knowledge check, the final test (one wrong, retry, pass), the
// certificate; axe and the other gates on every state on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { AUDIENCE, first, needs, quiz, title } from './lib/content.mjs';
import { putInOrder } from './lib/ordering.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
// The first staff lesson with a final test and at least four pages (the
// learner leaves and comes back halfway, on page 4).
const MODULE = first('Lesson', (m) => AUDIENCE[m.audience] === 'medewerker' && m.items.Lesson.test.length > 0 && m.items.Lesson.pages.length >= 4);
const SHAPE = needs(MODULE, 'staff lesson with a final test and four pages');
const TITLE = MODULE && title(MODULE);
const QUESTIONS = new Map(MODULE ? quiz(MODULE).map((q) => [q.prompt, q]) : []);
const escape = (text) => text.replace(/[.?*+()[\]{}|^$\\]/g, '\\$&');

const active = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.labels?.[0]?.textContent?.trim();
    return { tag: el?.tagName, type: el?.type, text: (label ?? el?.textContent ?? '').trim().replace(/\s+/g, ' ') };
  });

/** Presses Tab until `match(active)` holds. */
async function tabTo(page, match, what) {
  for (let i = 0; i < 80; i++) {
    if (match(await active(page))) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}
const tabToButton = (page, name) => tabTo(page, (a) => a.tag === 'BUTTON' && a.text === name, `the button "${name}"`);

/** Answers the question whose legend is on screen, by keyboard only. */
async function answer(page, prompt, { wrong = false } = {}) {
  const q = QUESTIONS.get(prompt);
  assert.ok(q, `unknown question "${prompt}"`);
  // An ordering question starts shuffled, so left alone it is wrong.
  if (q.type === 'order') {
    if (!wrong) await putInOrder(page, q.steps);
    return;
  }
  const want = wrong ? [q.options.findIndex((o) => !o.correct)] : q.options.flatMap((o, i) => (o.correct ? [i] : []));
  await tabTo(page, (a) => a.tag === 'INPUT', 'the first option');
  if (q.multiple) {
    for (let i = 0; i < q.options.length; i++) {
      if (want.includes(i)) await page.keyboard.press('Space');
      if (i < q.options.length - 1) await page.keyboard.press('Tab');
    }
  } else {
    // Space picks the first radio; arrows move the choice down the group.
    await page.keyboard.press('Space');
    for (let i = 0; i < want[0]; i++) await page.keyboard.press('ArrowDown');
  }
  for (const [i, o] of q.options.entries()) {
    assert.equal(await page.getByLabel(o.text, { exact: true }).isChecked(), want.includes(i), o.text);
  }
}

const heading = (page, level) => page.evaluate((l) => document.querySelector(l)?.textContent?.trim(), level);

test('a staff module from first page to certificate, by keyboard only', { ...SHAPE, timeout: 300_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/voor/medewerker');
  await page.locator('h1').waitFor();
  await tabTo(page, (a) => a.tag === 'A' && a.text.startsWith(TITLE), 'the module link');
  await page.keyboard.press('Enter');
  await waitForHeading(page, TITLE);
  assert.deepEqual(await gateProblems(page), [], 'first page');

  // Every lesson page; knowledge checks answered right.
  let pages = 0;
  for (;;) {
    pages++;
    const legend = await page.locator('fieldset legend').first().textContent().catch(() => null);
    if (legend && QUESTIONS.has(legend.trim())) {
      await answer(page, legend.trim());
      await tabToButton(page, 'Controleer je antwoord');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Goed!' }).waitFor();
      assert.deepEqual(await gateProblems(page), [], `feedback on "${legend.trim()}"`);
    }
    const toTest = await page.getByRole('button', { name: 'Naar de toets' }).count();
    const next = toTest ? 'Naar de toets' : 'Volgende';
    const before = await heading(page, '#lespagina');
    await tabToButton(page, next);
    await page.keyboard.press('Enter');
    if (toTest) break;
    await page.waitForFunction((t) => document.querySelector('#lespagina')?.textContent?.trim() !== t, before);
    await waitForFocus(page, 'lespagina');
    if (pages === 3) {
      // Halfway: close the browser tab and come back.
      await page.reload();
      await waitForHeading(page, TITLE);
      assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 4 van/);
    }
    assert.ok(pages < 30, 'the lesson ends');
  }

  // The final test: the first question wrong, the rest right.
  const testPrompts = [];
  for (let n = 0; ; n++) {
    await waitForFocus(page, 'paginatitel');
    const prompt = await heading(page, 'h1');
    if (prompt === 'Je uitslag') break;
    testPrompts.push(prompt);
    if (n === 0) {
      // Next without a choice: error summary first.
      await tabToButton(page, 'Volgende');
      await page.keyboard.press('Enter');
      await waitForFocus(page, 'foutmelding');
      assert.deepEqual(await gateProblems(page), [], 'error summary');
      await page.locator('h1').focus();
    }
    await answer(page, prompt, { wrong: n === 0 });
    // The last question's button says where it goes.
    const last = (await page.getByRole('button', { name: 'Naar je uitslag' }).count()) > 0;
    await tabToButton(page, last ? 'Naar je uitslag' : 'Volgende');
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() !== t, prompt);
    if (n === 0) assert.deepEqual(await gateProblems(page), [], 'second test question');
  }
  const total = testPrompts.length;
  assert.match(await page.locator('.panel').textContent(), new RegExp(`Je had ${total - 1} van de ${total}`));
  assert.deepEqual(await gateProblems(page), [], 'result, not all right');

  // Practise the missed question: practice, not a new result.
  await tabToButton(page, 'Oefen de vragen die je fout had');
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: testPrompts[0] }).waitFor();
  await answer(page, testPrompts[0]);
  await tabToButton(page, 'Naar je uitslag');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Klaar met oefenen');
  assert.doesNotMatch(await page.locator('.panel').textContent(), /\(100%\)/);
  assert.deepEqual(await gateProblems(page), [], 'practised');

  // A whole new attempt, every answer right: passed with 100 %.
  await tabToButton(page, 'Doe de hele toets opnieuw');
  await page.keyboard.press('Enter');
  for (let n = 0; n < total; n++) {
    await waitForFocus(page, 'paginatitel');
    const prompt = await heading(page, 'h1');
    await answer(page, prompt);
    await tabToButton(page, n === total - 1 ? 'Naar je uitslag' : 'Volgende');
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() !== t, prompt);
  }
  await waitForHeading(page, 'Je uitslag');
  assert.match(await page.locator('.panel').textContent(), /\(100%\)/);
  assert.deepEqual(await gateProblems(page), [], 'passed');

  // The certificate, with a name typed by keyboard.
  await tabTo(page, (a) => a.tag === 'A' && a.text === 'Bekijk je bewijs van deelname', 'the certificate link');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'Bewijs van deelname');
  await tabTo(page, (a) => a.tag === 'INPUT' && a.type === 'text', 'the name field');
  await page.keyboard.type('Sam Jansen');
  assert.match(await page.locator('.certificate').textContent(), new RegExp(`Sam Jansen[\\s\\S]*${escape(TITLE)}[\\s\\S]*100%`));
  assert.deepEqual(await gateProblems(page), [], 'certificate');

  // "Mijn voortgang" lists it as done.
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('.module-list__item', { hasText: TITLE }).filter({ hasText: 'Afgerond' }).waitFor();
  await context.close();
});
