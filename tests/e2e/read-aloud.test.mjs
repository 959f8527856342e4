// Voorlezen with a stubbed speechSynthesis (headless Chromium has no
// voices): on by default for children, read in order with the element
// being read marked, pause and stop, stopped by a change of page, a clear
// message without a voice, never a network voice; by keyboard and mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { models, quiz, plain } from './lib/content.mjs';
import { gateProblems, openPage, until } from './lib/gates.mjs';

const site = useSite();

/** A speech engine that records what it is asked to say and "speaks" each
 *  utterance in 30 ms; it holds the utterance it is on (never ends it) when
 *  `__hold` is set or once `__holdAfter` utterances have been spoken. */
function stub({ voices }) {
  window.__spoken = [];
  window.__marked = [];
  window.__cancelled = 0;
  let queue = [];
  let paused = false;
  const tick = () => {
    if (paused || !queue.length) return;
    const u = queue.shift();
    window.__spoken.push(u.text);
    window.__marked.push(document.querySelector('.read-aloud-now')?.textContent.trim().replace(/\s+/g, ' ') ?? null);
    if (window.__hold || window.__spoken.length >= (window.__holdAfter ?? Infinity)) return;
    setTimeout(() => {
      u.onend?.();
      tick();
    }, 30);
  };
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
    }
  };
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => voices,
      addEventListener() {},
      speak(u) {
        queue.push(u);
        setTimeout(tick, 0);
      },
      cancel() {
        window.__cancelled += 1;
        queue = [];
      },
      pause() {
        paused = true;
      },
      resume() {
        paused = false;
        tick();
      },
    },
  });
}

const NL = [{ name: 'Stem', lang: 'nl-NL', localService: true }];
const youthMission = () => models().find((m) => m.kind === 'Mission').id;
const aQuiz = () => models().find((m) => m.kind === 'Quiz' && m.audience !== 'Youth').id;

async function pageWith(voices, { keep } = {}) {
  const context = await site.browser.newContext();
  await context.addInitScript(stub, { voices });
  if (keep) await context.addInitScript((v) => localStorage.setItem('weerbaar.voorlezen', v), keep);
  const page = await openPage(context, site.server.origin);
  return { context, page };
}

test('a child hears the page in order, sees what is read, can pause and stop, and a new page stops it', async () => {
  const { context, page } = await pageWith(NL);
  const id = youthMission();
  await page.goto(site.server.url + `index.html#/module/${id}`);
  const start = page.getByRole('button', { name: 'Lees voor' });
  await start.waitFor();
  assert.equal(await page.getByRole('button', { name: 'Voorlezen' }).getAttribute('aria-pressed'), 'true', 'on by default for children');
  assert.deepEqual(await gateProblems(page), [], 'mission with the read-aloud bar');

  // The engine holds the second utterance: a short first page must still be
  // being read when the test pauses it and turns the page.
  await page.evaluate(() => (window.__holdAfter = 2));
  // By keyboard: Tab to "Lees voor", Enter.
  for (let i = 0; i < 30 && !(await start.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await until(() => page.evaluate(() => window.__spoken.length >= 2), 'reading starts');
  const h1 = (await page.locator('h1').first().textContent()).trim();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken[0], h1, 'the heading first');
  const marked = await page.evaluate(() => window.__marked);
  assert.equal(marked[0], h1, 'the heading is marked while it is read');
  assert.ok(!spoken.some((t) => /Lees voor|Pauzeer/.test(t)), 'the controls are not read');
  await page.getByRole('status').filter({ hasText: 'Bezig met voorlezen.' }).waitFor();

  // Pause and go on.
  await page.getByRole('button', { name: 'Pauzeer' }).click();
  await page.getByRole('status').filter({ hasText: 'Voorlezen gepauzeerd.' }).waitFor();
  await page.getByRole('button', { name: 'Ga verder' }).click();
  await page.getByRole('button', { name: 'Pauzeer' }).waitFor();

  // Next page: reading stops, the mark goes.
  const cancelled = await page.evaluate(() => window.__cancelled);
  await page.getByRole('button', { name: /Verder|Volgende/ }).first().click();
  await until(() => page.evaluate((n) => window.__cancelled > n, cancelled), 'a new page cancels the speech');
  assert.equal(await page.locator('.read-aloud-now').count(), 0, 'no mark left');
  await page.getByRole('button', { name: 'Lees voor' }).waitFor();
  await context.close();
});

test('a quiz question is read as question then options, in order; Stop ends it', async () => {
  const { context, page } = await pageWith(NL, { keep: 'aan' });
  const id = aQuiz();
  const first = quiz(id)[0];
  await page.goto(site.server.url + `index.html#/module/${id}`);
  await page.getByRole('button', { name: 'Voorlezen' }).waitFor();
  // Off by default for adults; on here because the learner chose it.
  await page.getByRole('button', { name: /Begin/ }).first().click();
  await page.getByRole('heading', { name: first.prompt }).waitFor();
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const lastOption = first.options.at(-1).text.slice(0, 30);
  await until(() => page.evaluate((t) => window.__spoken.some((s) => s.includes(t)), lastOption), 'question and options read', 15_000);
  const spoken = (await page.evaluate(() => window.__spoken)).join(' | ');
  const at = (text) => spoken.indexOf(text.slice(0, 30));
  assert.ok(at(first.prompt) >= 0, `the question is read: ${spoken}`);
  let last = at(first.prompt);
  for (const o of first.options) {
    const i = at(o.text);
    assert.ok(i > last, `"${o.text}" read after what comes before it: ${spoken}`);
    last = i;
  }
  // Read to the end; then once more, held on its first sentence, and Stop.
  await page.getByRole('button', { name: 'Lees voor' }).waitFor();
  await page.evaluate(() => (window.__hold = true));
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Lees voor' }).waitFor();
  assert.equal(await page.locator('.read-aloud-now').count(), 0);
  await context.close();
});

test('without a voice on the device (or only a network voice) it says so, and adults can turn it on and off', async () => {
  const { context, page } = await pageWith([{ name: 'Google Nederlands', lang: 'nl-NL', localService: false }]);
  await page.goto(site.server.url + `index.html#/module/${aQuiz()}`);
  const toggle = page.getByRole('button', { name: 'Voorlezen' });
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'off by default for adults');
  assert.equal(await page.getByRole('button', { name: 'Lees voor' }).count(), 0);
  await toggle.click();
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await page.getByRole('status').filter({ hasText: 'geen Nederlandse stem' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'a network voice is never used');
  assert.deepEqual(await gateProblems(page), [], 'the no-voice message');
  assert.equal(await page.evaluate(() => localStorage.getItem('weerbaar.voorlezen')), 'aan');
  await toggle.click();
  await until(async () => (await page.getByRole('button', { name: 'Lees voor' }).count()) === 0, 'the bar goes');
  assert.equal(await page.evaluate(() => localStorage.getItem('weerbaar.voorlezen')), 'uit');
  await context.close();
});
