// "Grotere letters": larger text with wider spacing, turned on by keyboard
// from the header, remembered on this device, and respected by every kind
// of player, the presenter and print, with the gates (axe, 320 px reflow)
// green in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { models } from './lib/content.mjs';
import { gateProblems, openPage, waitForHeading, until } from './lib/gates.mjs';

const site = useSite();
const HOME = 'Herken ondermijning, weet wat je kunt doen';
const toggle = (page) => page.getByRole('button', { name: 'Grotere letters' });

const looks = (page) =>
  page.evaluate(() => {
    const p = document.querySelector('main p');
    const style = getComputedStyle(p);
    return {
      on: document.documentElement.classList.contains('leeshulp'),
      fontSize: parseFloat(style.fontSize),
      letterSpacing: parseFloat(style.letterSpacing) / parseFloat(style.fontSize),
      wordSpacing: parseFloat(style.wordSpacing) / parseFloat(style.fontSize),
      stored: localStorage.getItem('weerbaar.leeshulp'),
    };
  });

/** One module of every kind the catalogue has, first of each. */
const oneOfEachKind = () => [...new Map(models().map((m) => [m.kind, m.id])).values()];

test('the reading aid is turned on by keyboard, remembered, and every kind of module reflows with it', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html');
  await waitForHeading(page, HOME);
  const before = await looks(page);
  assert.equal(before.on, false);
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');

  for (let i = 0; i < 20 && !(await toggle(page).evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.ok(await toggle(page).evaluate((b) => b === document.activeElement), 'Tab reaches the toggle in the header');
  await page.keyboard.press('Enter');
  await until(async () => (await toggle(page).getAttribute('aria-pressed')) === 'true', 'the toggle says it is on');
  const after = await looks(page);
  assert.ok(after.on && after.fontSize >= before.fontSize * 1.2, `text grows: ${before.fontSize} -> ${after.fontSize} px`);
  assert.ok(after.letterSpacing >= 0.119 && after.wordSpacing >= 0.159, `WCAG 1.4.12 spacing: ${JSON.stringify(after)}`);
  assert.equal(after.stored, 'aan');
  assert.deepEqual(await gateProblems(page), [], 'home with the reading aid');

  // With forced colours (Windows contrast themes) the fill is gone; the
  // pressed state must still show.
  await page.emulateMedia({ forcedColors: 'active' });
  const border = await toggle(page).evaluate((b) => getComputedStyle(b).borderTopWidth);
  assert.equal(border, '4px', 'pressed shows without colour');
  assert.deepEqual(await gateProblems(page), [], 'home with the reading aid in forced colours');
  await page.emulateMedia({ forcedColors: 'none' });

  await page.reload();
  await waitForHeading(page, HOME);
  assert.equal((await looks(page)).on, true, 'remembered after a reload');

  for (const id of oneOfEachKind()) {
    await page.goto(site.server.url + `index.html#/module/${id}`);
    await page.locator('h1').first().waitFor();
    await until(() => page.evaluate(() => document.documentElement.classList.contains('leeshulp')), `${id}: the aid applies`);
    assert.deepEqual(await gateProblems(page), [], `${id} with the reading aid`);
  }

  // Print keeps the larger text.
  await page.emulateMedia({ media: 'print' });
  const printSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  assert.ok(printSize >= 18, `print body text ${printSize} px (14pt is 18.7 px)`);
  await page.emulateMedia({ media: 'screen' });

  // And off again, by mouse: nothing kept.
  await page.goto(site.server.url + 'index.html');
  await waitForHeading(page, HOME);
  await toggle(page).click();
  await until(async () => !(await looks(page)).on, 'the aid turns off');
  assert.equal((await looks(page)).stored, null, 'nothing kept when off');
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');
  await context.close();
});

test('the presenter, already large, gains the spacing', async () => {
  const quiz = models().find((m) => m.kind === 'Quiz').id;
  const size = async (aid) => {
    const context = await site.browser.newContext();
    if (aid) await context.addInitScript(() => localStorage.setItem('weerbaar.leeshulp', 'aan'));
    const page = await openPage(context, site.server.origin);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(site.server.url + `index.html#/presenteer/${quiz}`);
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(() => Number(document.documentElement.dataset.fit ?? 0) > 0 && !document.documentElement.dataset.fitting);
    const s = await page.evaluate(() => {
      const h = document.querySelector('h1');
      const cs = getComputedStyle(h);
      return { aid: document.documentElement.classList.contains('leeshulp'), letter: parseFloat(cs.letterSpacing) / parseFloat(cs.fontSize) };
    });
    assert.deepEqual(await gateProblems(page), [], `presenter${aid ? ' with the reading aid' : ''}`);
    await context.close();
    return s;
  };
  const plain = await size(false);
  const aided = await size(true);
  assert.equal(plain.aid, false);
  assert.ok(aided.aid && aided.letter >= 0.119, JSON.stringify(aided));
});
