// Field-ready journeys (issue 15): no module ends in a dead end, the home
// and audience pages resume where the learner was, lists say how long a
// module takes and what it is about, a trainer's introduction is never
// dropped, the browser's Back button goes one step back in a story, and the
// privacy page names what the children's part keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODULES, useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';
import { first, models, needs, plainBlocks, scenario, title } from './lib/content.mjs';

const site = useSite();
const model = (id) => models().find((m) => m.id === id);
const audience = (id) => id.split('/')[0];
/** Not the last module of its audience's list: its ending offers a next one. */
const notLast = (id) => MODULES.filter((m) => audience(m) === audience(id)).at(-1) !== id;
const escape = (text) => text.replace(/[.?*+()[\]{}|^$\\]/g, '\\$&');
/** The first words of a text, as a pattern. */
const opening = (text) => new RegExp(escape(text.split(/\s+/).slice(0, 4).join(' ')));
// Modules by shape, from the core's model.
const DECK = first('Cards', (m) => m.intro.length > 0 && m.items.Cards.length >= 2 && notLast(m.id));
const DECK_TITLE = DECK && title(DECK);
const LISTED = first('Cards', (m) => m.minutes && m.summary) ?? models().find((m) => m.minutes && m.summary)?.id;
const QUIZ = first('Quiz', (m) => m.intro.length > 0 && m.pass_mark);
const STORY = first('Scenario', (m) => {
  const nodes = scenario(m.id);
  const next = nodes.find((n) => n.id === nodes[0].choices[0]?.target);
  return next?.choices.length > 0;
});
const BACK = /^Terug naar /;
const h1 = async (page) => (await page.locator('h1').textContent()).trim();

test('a card deck ends in "Volgende module" and the way back, and home resumes where you were', needs(DECK, 'card deck with an introduction, two cards and a module after it'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  // The introduction written before the first card is on the start page.
  await page.goto(site.server.url + `index.html#/module/${DECK}`);
  await waitForHeading(page, DECK_TITLE);
  assert.match(await page.locator('main').textContent(), opening(plainBlocks(model(DECK).intro)));
  // The way back to the list is there from the start.
  await page.getByRole('link', { name: BACK }).waitFor();
  assert.deepEqual(await gateProblems(page), []);

  // Leave halfway: home and the audience page offer to continue.
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Signaal', exact: true }).click();
  await page.goto(site.server.url + 'index.html#/');
  await waitForHeading(page);
  await page.getByRole('link', { name: `Verder waar je was: ${DECK_TITLE}` }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await page.goto(site.server.url + `index.html#/voor/${audience(DECK)}`);
  await waitForHeading(page);
  await page.getByRole('link', { name: `Verder waar je was: ${DECK_TITLE}` }).click();
  // Back at the card after the one answered.
  await page.locator('.caption', { hasText: `${DECK_TITLE} · Kaart 2 van` }).waitFor();

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
  await end.getByRole('link', { name: BACK }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await end.getByRole('link', { name: /^Volgende module: / }).focus();
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'paginatitel');
  assert.ok(new URL(page.url()).hash.startsWith(`#/module/${audience(DECK)}/`), 'the next module is of the same audience');
  await context.close();
});

test('lists show each module\'s duration and description', needs(LISTED, 'module with a duration and a description'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/voor/${audience(LISTED)}`);
  await waitForHeading(page);
  const item = page.locator('.module-list__item', { hasText: title(LISTED) });
  await item.locator('.module-list__facts').waitFor();
  assert.match(await item.textContent(), new RegExp(`Ongeveer ${model(LISTED).minutes} minuten`));
  assert.match(await item.textContent(), opening(model(LISTED).summary));
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('a quiz shows its introduction and its pass mark before it starts', needs(QUIZ, 'quiz with an introduction and a pass mark'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${QUIZ}`);
  await page.getByRole('button', { name: 'Begin' }).waitFor();
  const main = await page.locator('main').textContent();
  assert.match(main, opening(plainBlocks(model(QUIZ).intro)));
  assert.match(main, new RegExp(`Je rondt de quiz af met ${model(QUIZ).pass_mark}% goed`));
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('the browser\'s Back button goes one step back in a scenario, not out of it', needs(STORY, 'scenario two choices deep'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/voor/${audience(STORY)}`);
  await waitForHeading(page);
  await page.goto(site.server.url + `index.html#/module/${STORY}`);
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
  assert.ok(new URL(page.url()).hash.startsWith(`#/module/${STORY}`));
  // The step back is kept, as "Een stap terug" would: a reload stays here.
  await page.reload();
  await page.locator('h1', { hasText: first }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  // One more Back leaves the story for the page before it.
  await page.goBack();
  await waitForHeading(page);
  assert.equal(new URL(page.url()).hash, `#/voor/${audience(STORY)}`);
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

// The browser's Back button from a module returns to the link that was
// followed on a long list, not to the top of the page; a link (not Back) to
// a page seen before starts at its heading, as every navigation does.
const byAudience = new Map();
for (const id of MODULES) byAudience.set(audience(id), [...(byAudience.get(audience(id)) ?? []), id]);
const LONGEST = [...byAudience].sort((a, b) => b[1].length - a[1].length)[0];
test('Back from a module returns to the followed link on its list, by keyboard', { skip: LONGEST[1].length < 4 && 'no audience with four modules' }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 640 } });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/voor/${LONGEST[0]}`);
  await waitForHeading(page);
  const links = page.locator('main .module-list a');
  await links.first().waitFor();
  const link = links.last();
  const href = await link.getAttribute('href');
  await link.focus();
  const scrolled = await page.evaluate(() => scrollY);
  assert.ok(scrolled > 300, `the last module is far down the list (${scrolled} px)`);
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'paginatitel', 'the module page takes focus on its heading');
  assert.equal(await page.evaluate(() => scrollY), 0);

  await page.goBack();
  await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href, { timeout: 5000 });
  const back = await page.evaluate(() => scrollY);
  assert.ok(Math.abs(back - scrolled) <= 2, `Back scrolls to where the list was (${back} px, was ${scrolled} px)`);
  // The module is linked twice now ("Verder waar je was" at the top): the
  // focused link is the one on screen, where Tab goes on from.
  const focusedTop = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
  assert.ok(focusedTop >= 0 && focusedTop < 640, `the focused link is on screen (top ${focusedTop} px)`);
  assert.ok(await page.evaluate(() => Boolean(document.activeElement.closest('.module-list'))), 'the focused link is the one in the list');
  assert.deepEqual(await gateProblems(page), []);

  // Forward to the module and a link home: both start at the heading.
  await page.goForward();
  await waitForFocus(page, 'paginatitel');
  await page.getByRole('link', { name: 'Start', exact: true }).first().click();
  await waitForFocus(page, 'paginatitel');
  assert.equal(await page.evaluate(() => scrollY), 0);
  await context.close();
});
