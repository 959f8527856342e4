// The glossary (content/begrippen.md): a term is explained where a module
// first uses it, with a disclosure button that works by keyboard and mouse,
// only at that first place; the same in presenter mode and in the studio's
// preview. A missing or broken glossary never breaks a module.
// The spec brings its own glossary and lesson (fixtures/begrippen/, copies
// of the shipped ones) into a copy of the build, so it means the same on any
// content folder, also one whose trainers rewrote begrippen.md.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, listModule, useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const copy = mkdtempSync(join(tmpdir(), 'weerbaar-begrippen-'));
cpSync(resolve(ROOT, 'dist'), copy, { recursive: true });
cpSync(resolve(ROOT, 'tests/e2e/fixtures/begrippen'), join(copy, 'content'), { recursive: true });
listModule(copy, 'medewerker/wat-is-ondermijning', 'Wat is ondermijning?');
after(() => rmSync(copy, { recursive: true, force: true }));
const site = useSite(copy);
const LESSON = 'medewerker/wat-is-ondermijning';
const EXPLAINED = /Misdaad die de gewone wereld gebruikt/;

const term = (page, word) => page.locator('.term__button', { hasText: new RegExp(`^${word},`, 'i') });
const explanationOf = (button) => button.locator('xpath=following-sibling::span[contains(@class, "term__explanation")]');

test('a term is explained at its first use, by keyboard and by mouse, and not again', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page, 'Wat is ondermijning?');
  const button = term(page, 'ondermijning');
  await button.waitFor();
  assert.equal(await button.count(), 1, 'one explanation of "ondermijning" on the first page');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await explanationOf(button).isVisible(), false);
  // The button's name starts with the word the sentence shows (WCAG 2.5.3).
  assert.match(await button.evaluate((b) => b.textContent), /^ondermijning, wat betekent dit\?$/);
  // The separable "wit te wassen" is a listed form of witwassen.
  assert.equal(await term(page, 'wit te wassen').count(), 1);
  assert.deepEqual(await gateProblems(page), []);

  // Keyboard only: Tab to the word, Enter opens it in place, focus stays.
  await page.locator('h1').focus();
  for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.ok(await button.evaluate((b) => b === document.activeElement), 'Tab reaches the term');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.term__button')?.getAttribute('aria-expanded') === 'true');
  assert.match(await explanationOf(button).textContent(), /^Ondermijning: /);
  assert.match(await explanationOf(button).textContent(), EXPLAINED);
  assert.ok(await explanationOf(button).isVisible());
  assert.ok(await button.evaluate((b) => b === document.activeElement), 'focus stays on the term');
  assert.deepEqual(await gateProblems(page), [], 'open, at 320 px too');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.term__button')?.getAttribute('aria-expanded') === 'false');
  assert.equal(await explanationOf(button).isVisible(), false);

  // Mouse (and finger): a target of at least 44 px that toggles.
  const box = await button.boundingBox();
  assert.ok(box.height >= 44, `the term's target is ${box.height}px high`);
  const wash = term(page, 'wit te wassen');
  await wash.click();
  assert.equal(await wash.getAttribute('aria-expanded'), 'true');
  assert.match(await explanationOf(wash).textContent(), /^Witwassen: Geld uit misdaad/);
  await wash.click();
  assert.equal(await explanationOf(wash).isVisible(), false);

  // Print shows every explanation where it belongs.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await explanationOf(button).isVisible(), 'printed');
  await page.emulateMedia({ media: 'screen' });

  // The next page uses both words again: explained once is enough.
  await page.getByRole('button', { name: 'Volgende' }).click();
  await waitForFocus(page, 'lespagina');
  const prose = await page.locator('.prose').first().textContent();
  assert.match(prose, /Ondermijning heeft veel vormen/);
  assert.match(prose, /witwassen via vastgoed/);
  assert.equal(await term(page, 'ondermijning').count(), 0, 'not explained a second time');
  assert.equal(await term(page, 'witwassen').count(), 0);
  assert.ok((await page.locator('.term__button').count()) > 0, 'other terms on this page are explained');
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('presenter mode and the studio preview explain terms the same way', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/presenteer/${LESSON}`);
  const button = term(page, 'ondermijning');
  await button.waitFor();
  await button.focus();
  // Space on a focused control is that control's key, not "next slide".
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.term__button')?.getAttribute('aria-expanded') === 'true');
  assert.match(await explanationOf(button).textContent(), EXPLAINED);
  assert.equal(await term(page, 'ondermijning').count(), 1);
  assert.deepEqual(await gateProblems(page), []);

  await page.goto(site.server.url + 'index.html#/studio');
  await waitForHeading(page, 'Lesstof schrijven');
  const draft = '---\ntitel: Proef\nsoort: les\ndoelgroep: inwoner\n---\n\n## Geld\n\nWie geld witwast, gebruikt een dekmantel. Witwassen is strafbaar.\n';
  await page.getByLabel('Tekst van de module (Markdown)').fill(draft);
  const preview = page.locator('.preview');
  await term(preview, 'witwast').waitFor();
  assert.equal(await preview.locator('.term__button').count(), 2, 'witwast and dekmantel; "Witwassen" the second time is plain text');
  await term(preview, 'dekmantel').click();
  assert.match(await explanationOf(term(preview, 'dekmantel')).textContent(), /^Dekmantel: /);
  assert.equal(await page.locator('.studio-glossary').count(), 0, 'a good glossary gets no notice');
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('without a glossary, or with a broken one, modules still work', async () => {
  // No service worker: it could answer from its own copy.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(context, site.server.origin);
  site.server.answer = (path) => (path === 'content/begrippen.md' ? 404 : null);
  try {
    await page.goto(site.server.url + `index.html#/module/${LESSON}`);
    await waitForHeading(page, 'Wat is ondermijning?');
    await page.getByText('Bij ondermijning gebruiken criminelen').waitFor();
    assert.equal(await page.locator('.term__button').count(), 0);
    assert.ok(site.server.requests.includes('content/begrippen.md'), 'the glossary was asked for');
    // Chromium logs the 404 itself; that one is expected here, nothing else.
    const notFound = page.collected.console.filter((m) => /404/.test(m));
    assert.equal(notFound.length, 1, page.collected.console.join('\n'));
    page.collected.console.length = 0;
    await page.getByRole('button', { name: 'Volgende' }).click();
    await waitForFocus(page, 'lespagina');
    assert.deepEqual(await gateProblems(page), []);
  } finally {
    site.server.answer = () => null;
  }

  await context.close();

  // A broken glossary: the good terms work, the studio says what is wrong.
  // A fresh context, so the lesson starts on its first page again.
  const second = await site.browser.newContext({ serviceWorkers: 'block' });
  const broken = await openPage(second, site.server.origin);
  await broken.route('**/content/begrippen.md', (route) =>
    route.fulfill({ contentType: 'text/markdown', body: '## Ondermijning\n\n## Dekmantel\n\nEen nette zaak als voorkant.\n' }),
  );
  await broken.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(broken, 'Wat is ondermijning?');
  await broken.getByText('Bij ondermijning gebruiken criminelen').waitFor();
  assert.equal(await term(broken, 'ondermijning').count(), 0, 'a term without explanation is left out');
  await broken.goto(site.server.url + 'index.html#/studio');
  await waitForHeading(broken, 'Lesstof schrijven');
  await broken.locator('.studio-glossary').waitFor();
  assert.match(await broken.locator('.studio-glossary').textContent(), /begrippenlijst \(begrippen\.md\) staat 1 fout/);
  assert.deepEqual(await gateProblems(broken), []);
  await second.close();
});
