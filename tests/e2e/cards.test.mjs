// A card deck ("Signaal of niet?"): answer cards with buttons (keyboard only) or a swipe,
// read why, resume after a reload, replay the missed cards, and see missed
// cards first on the next visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { cards, first, needs, title } from './lib/content.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
// The first deck with at least three cards (one missed, one right, a reload
// at the third), as the core reads it: card text -> is it a signal?
const MODULE = first('Cards', (m) => cards(m.id).length >= 3);
const SHAPE = needs(MODULE, 'card deck with three or more cards');
const TITLE = MODULE && title(MODULE);
const DECK = new Map(MODULE ? cards(MODULE).map((c) => [c.text, c.signal]) : []);

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim());
const h1 = async (page) => (await page.locator('h1').textContent()).trim();

/** Answers the card on screen by keyboard: right unless `wrong`. */
async function answerByKeyboard(page, { wrong = false } = {}) {
  const text = await h1(page);
  assert.ok(DECK.has(text), `unknown card on screen: ${text}`);
  const signal = DECK.get(text) !== wrong;
  const label = signal ? 'Signaal' : 'Geen signaal';
  // Tab from the heading to the wanted answer button.
  // After a reload focus starts at the top: past the header's links and toggles.
  for (let i = 0; i < 20 && (await focusedText(page)) !== label; i++) await page.keyboard.press('Tab');
  assert.equal(await focusedText(page), label);
  await page.keyboard.press('Enter');
  // Focus moves to the feedback (on the next animation frame).
  await waitForFocus(page, 'kaart-uitleg');
  return text;
}

async function next(page) {
  const before = await h1(page);
  await page.getByRole('button', { name: /Volgende kaart|Bekijk je uitslag/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() !== t, before);
  await waitForFocus(page, 'paginatitel');
}

test('cards by keyboard: feedback, resume after reload, result, replay missed, missed first next time', { ...SHAPE, timeout: 240_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await waitForHeading(page, TITLE);
  assert.match(await page.locator('main').textContent(), new RegExp(`${DECK.size} kaarten`));
  await page.getByRole('button', { name: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.caption', { hasText: `Kaart 1 van ${DECK.size}` }).waitFor();
  assert.deepEqual(await gateProblems(page), []);

  // First card wrong on purpose: kind words, the right verdict, the why.
  const missed = await answerByKeyboard(page, { wrong: true });
  const feedback = await page.locator('.feedback').textContent();
  assert.match(feedback, /Nog niet helemaal|Niet helemaal/);
  assert.match(feedback, DECK.get(missed) ? /Dit is een signaal\./ : /Dit is geen signaal\./);
  assert.deepEqual(await gateProblems(page), []);
  await next(page);

  // Second card right; then reload in the middle: the game continues at card 3.
  await answerByKeyboard(page);
  assert.match(await page.locator('.feedback').textContent(), /Goed/);
  await next(page);
  await page.reload();
  await page.locator('.caption', { hasText: `Kaart 3 van ${DECK.size}` }).waitFor();

  // The rest right, by keyboard.
  for (let n = 3; n <= DECK.size; n++) {
    await answerByKeyboard(page);
    await next(page);
  }
  assert.equal(await h1(page), 'Je uitslag');
  assert.match(await page.locator('.panel').textContent(), new RegExp(`Je had ${DECK.size - 1} van de ${DECK.size} kaarten goed`));
  assert.match(await page.locator('.review').textContent(), new RegExp(missed.replace(/[.?*+()[\]]/g, '\\$&')));
  assert.deepEqual(await gateProblems(page), []);

  // Replay only the missed card, and miss it again.
  await page.getByRole('button', { name: 'Speel de gemiste kaarten nog een keer' }).click();
  await page.locator('.caption', { hasText: 'Oefenkaart 1 van 1' }).waitFor();
  assert.equal(await h1(page), missed);
  await answerByKeyboard(page, { wrong: true });
  await next(page);
  assert.equal(await h1(page), 'Klaar met oefenen');
  assert.match(await page.locator('.panel').textContent(), /1 kaart geoefend en had er nu 0 goed/);

  // Start again, leave, come back: the start page says one card was missed,
  // and that card comes first.
  await page.getByRole('button', { name: 'Begin opnieuw' }).click();
  await page.locator('.caption', { hasText: 'Kaart 1 van' }).waitFor();
  await page.reload();
  await waitForHeading(page, TITLE);
  assert.match(await page.locator('.notice').textContent(), /de vorige keer 1 kaart fout/);
  assert.deepEqual(await gateProblems(page), []);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.caption', { hasText: 'Kaart 1 van' }).waitFor();
  assert.equal(await h1(page), missed, 'the card missed last time comes first');
  await context.close();
});

test('a swipe answers a card on a touch screen', SHAPE, async () => {
  const context = await site.browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULE}`);
  await page.getByRole('button', { name: 'Begin' }).click();
  const text = await h1(page);
  const swipe = (dx) =>
    page.evaluate((dx) => {
      const el = document.querySelector('.signal-card');
      const r = el.getBoundingClientRect();
      const at = (x) => new Touch({ identifier: 1, target: el, clientX: x, clientY: r.top + 20 });
      el.dispatchEvent(new TouchEvent('touchstart', { touches: [at(100)], changedTouches: [at(100)], bubbles: true }));
      el.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [at(100 + dx)], bubbles: true }));
    }, dx);
  await swipe(20); // too short: nothing happens
  assert.equal(await page.locator('#kaart-uitleg').count(), 0);
  await swipe(DECK.get(text) ? 150 : -150); // right = signaal, left = geen signaal
  await page.locator('#kaart-uitleg').waitFor();
  assert.match(await page.locator('.feedback').textContent(), /Goed/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});
