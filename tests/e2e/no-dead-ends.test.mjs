// Field-ready journeys (issue 15): no module ends in a dead end, the home
// and audience pages resume where the learner was, lists say how long a
// module takes and what it is about, a trainer's introduction is never
// dropped, the browser's Back button goes one step back in a story, and the
// privacy page names what the children's part keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
const h1 = async (page) => (await page.locator('h1').textContent()).trim();

test('a card deck ends in "Volgende module" and the way back, and home resumes where you were', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  // The introduction written before the first card is on the start page.
  await page.goto(site.server.url + 'index.html#/module/inwoner/signaal-of-niet');
  await waitForHeading(page, 'Signaal of niet?');
  assert.match(await page.locator('main').textContent(), /Eén signaal bewijst niets/);
  // The way back to the list is there from the start.
  await page.getByRole('link', { name: 'Terug naar Inwoners' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);

  // Leave halfway: home and the audience page offer to continue.
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Signaal', exact: true }).click();
  await page.goto(site.server.url + 'index.html#/');
  await waitForHeading(page);
  await page.getByRole('link', { name: 'Verder waar je was: Signaal of niet?' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await page.goto(site.server.url + 'index.html#/voor/inwoner');
  await waitForHeading(page);
  await page.getByRole('link', { name: 'Verder waar je was: Signaal of niet?' }).click();
  // Back at the card after the one answered.
  await page.locator('.caption', { hasText: 'Signaal of niet? · Kaart 2 van' }).waitFor();

  // Play to the end by keyboard-operable buttons: the ending offers the next
  // module of the same audience and the way back.
  for (;;) {
    const next = page.getByRole('button', { name: /Volgende kaart|Bekijk je uitslag/ });
    if (await next.count()) {
      await next.click();
      continue;
    }
    if ((await h1(page)) === 'Je uitslag') break;
    await page.getByRole('button', { name: 'Geen signaal', exact: true }).click();
    await page.locator('#kaart-uitleg').waitFor();
  }
  const end = page.getByRole('navigation', { name: 'Verder na deze module' });
  await end.getByRole('link', { name: /^Volgende module: / }).waitFor();
  await end.getByRole('link', { name: 'Terug naar Inwoners' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await end.getByRole('link', { name: /^Volgende module: / }).focus();
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'paginatitel');
  assert.match(new URL(page.url()).hash, /^#\/module\/inwoner\//);
  await context.close();
});

test('lists show each module\'s duration and description', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/voor/inwoner');
  await waitForHeading(page);
  const item = page.locator('.module-list__item', { hasText: 'Signaal of niet?' });
  await item.locator('.module-list__facts').waitFor();
  assert.match(await item.textContent(), /Ongeveer 10 minuten/);
  assert.match(await item.textContent(), /Korte situaties uit de straat/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('a quiz shows its introduction and its pass mark before it starts', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/module/agrarier/signalen-in-het-buitengebied');
  await page.getByRole('button', { name: 'Begin' }).waitFor();
  const main = await page.locator('main').textContent();
  assert.match(main, /Onthoud: één signaal bewijst niets/);
  assert.match(main, /Je rondt de quiz af met 70% goed/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('the browser\'s Back button goes one step back in a scenario, not out of it', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/voor/inwoner');
  await waitForHeading(page);
  await page.goto(site.server.url + 'index.html#/module/inwoner/nieuwe-buren');
  await waitForHeading(page);
  const first = await h1(page);
  assert.doesNotMatch(await page.locator('.caption').textContent(), /: /, 'no "title: stap" caption');
  const choose = async () => {
    const before = await h1(page);
    await page.locator('.story-choices button').first().click();
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() !== t, before);
  };
  await choose();
  const second = await h1(page);
  await choose();
  assert.notEqual(await h1(page), second);
  await page.goBack();
  await page.locator('h1', { hasText: second }).waitFor();
  await waitForFocus(page, 'paginatitel');
  await page.goBack();
  await page.locator('h1', { hasText: first }).waitFor();
  assert.match(new URL(page.url()).hash, /^#\/module\/inwoner\/nieuwe-buren/);
  // The step back is kept, as "Een stap terug" would: a reload stays here.
  await page.reload();
  await page.locator('h1', { hasText: first }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  // One more Back leaves the story for the page before it.
  await page.goBack();
  await waitForHeading(page);
  assert.equal(new URL(page.url()).hash, '#/voor/inwoner');
  await context.close();
});

test('the privacy page says what the children\'s part keeps', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/privacy');
  await waitForHeading(page, 'Privacy');
  const text = await page.locator('main').textContent();
  assert.match(text, /bijnaam en een dier/);
  assert.match(text, /weerbaar\.speler/);
  await context.close();
});
