// A module in another language (issue 21, item 2): the learner picks
// English by keyboard, reads the English text marked lang="en", keeps it
// after a reload, and a module without a translation shows the Dutch one
// with a notice in English. The site is a copy of dist/ with one English
// translation added (tests/e2e/fixtures/vertaling/, checked against its
// original by core/tests/shipped_content.rs) and recorded in modules.json
// the way the build records a translation that passed the checker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, listModule } from './lib/site.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { gateProblems, openPage, until, waitForFocus, waitForHeading } from './lib/gates.mjs';
import { unzipSync } from 'fflate';
import { buildPackage } from '../../scripts/pakket.mjs';

const TRANSLATED = 'agrarier/schuur-verhuren';
const DUTCH_ONLY = 'agrarier/erfbezoek';
const site = { browser: null, server: null, dir: null };

before(async () => {
  site.dir = mkdtempSync(join(tmpdir(), 'weerbaar-translation-'));
  cpSync(resolve(ROOT, 'dist'), site.dir, { recursive: true });
  cpSync(resolve(ROOT, 'tests/e2e/fixtures/vertaling'), join(site.dir, 'content'), { recursive: true });
  // The translation's original and a module without one are shipped
  // modules; a build of another content folder gets them here, so the spec
  // means the same on any folder.
  for (const id of [TRANSLATED, DUTCH_ONLY]) {
    const file = resolve(ROOT, `content/${id}.md`);
    cpSync(file, join(site.dir, `content/${id}.md`));
    listModule(site.dir, id, readFileSync(file, 'utf8').match(/^titel:\s*(.+)$/m)[1]);
  }
  const factsFile = join(site.dir, 'content/modules.json');
  const facts = JSON.parse(readFileSync(factsFile, 'utf8'));
  facts[TRANSLATED] = { ...facts[TRANSLATED], talen: ['en'] };
  writeFileSync(factsFile, JSON.stringify(facts));
  site.browser = await launch();
  site.server = await serve(site.dir);
});

after(async () => {
  await site.browser?.close();
  await site.server?.close();
  if (site.dir) rmSync(site.dir, { recursive: true, force: true });
});

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim());

/** Tabs to the button called `name` and presses Enter: keyboard only. */
async function pressByKeyboard(page, name) {
  for (let i = 0; i < 40; i++) {
    if ((await focusedText(page)) === name) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach "${name}" with Tab`);
}

const stored = (page) => page.evaluate(() => localStorage.getItem('weerbaar.taal'));

test('a learner reads a module in English, keeps it after a reload, and gets a notice where there is none', async () => {
  // Service workers blocked: this copy of the site is not the one the
  // worker's file list describes, and the test is about the page.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${TRANSLATED}`);
  await waitForHeading(page, 'Je schuur verhuren');

  // Dutch first, with the choice of the other language in its own words.
  const choice = page.locator('.language-choice');
  assert.equal((await choice.textContent()).replace(/\s+/g, ' ').trim(), 'Deze module is er ook in: English');
  assert.equal(await choice.getByRole('button', { name: 'English' }).getAttribute('lang'), 'en');
  assert.equal(await page.locator('.module__content [lang]').count(), 0, 'the Dutch original has the page language');
  assert.deepEqual(await gateProblems(page), []);

  await pressByKeyboard(page, 'English');
  await waitForHeading(page, 'Renting out your barn');
  // The pressed button leaves the list; focus goes to the new title.
  await waitForFocus(page, 'paginatitel', 'focus moves to the English title');
  const content = page.locator('.module__content');
  // The module's text carries its language; the player's buttons, in the
  // app's language, carry none.
  assert.equal(await page.locator('h1').getAttribute('lang'), 'en');
  assert.ok((await content.locator('[lang="en"]', { hasText: 'An empty barn is in demand' }).count()) > 0, 'the text carries lang="en"');
  assert.equal(await content.locator('button[lang]').count(), 0);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'the page around it stays Dutch');
  // Now Dutch is offered, named in Dutch.
  assert.equal(await choice.getByRole('button', { name: 'Nederlands' }).getAttribute('lang'), 'nl');
  assert.equal(await stored(page), 'en');
  assert.deepEqual(await gateProblems(page), []);

  // A page further, then a reload: still English, and the page is kept
  // (progress is the module's, whatever the language).
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('h2, h1').filter({ hasText: 'The polite man in the farmyard' }).first().waitFor();
  await page.reload();
  await waitForHeading(page);
  await page.locator('h1[lang="en"]').waitFor();
  assert.match(await page.locator('.module__content').textContent(), /The polite man in the farmyard/);
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 2 van 5/);

  // A module without a translation: Dutch, with a notice in English.
  await page.goto(site.server.url + `index.html#/module/${DUTCH_ONLY}`);
  const notice = page.locator('.language-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('lang'), 'en');
  assert.equal((await notice.locator('p').textContent()).trim(), 'This module is not available in English. You are reading the Dutch version.');
  assert.equal(await notice.getByRole('button').textContent(), 'Show the Dutch version from now on');
  assert.equal(await page.locator('.module__content [lang]').count(), 0);
  assert.equal(await page.locator('.language-choice').count(), 0, 'nothing to choose');
  assert.deepEqual(await gateProblems(page), []);

  // Back to Dutch by keyboard on the translated module.
  await page.goto(site.server.url + `index.html#/module/${TRANSLATED}`);
  await page.locator('h1[lang="en"]').waitFor();
  await page.locator('body').focus();
  await pressByKeyboard(page, 'Nederlands');
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).waitFor();
  await waitForFocus(page, 'paginatitel', 'focus moves to the Dutch title');
  assert.equal(await page.locator('.module__content [lang]').count(), 0);
  assert.equal(await stored(page), 'nl');
  // Progress is the module's, whatever the language: the Dutch lesson is
  // on the page the learner reached in English.
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 2 van 5/);
  assert.match(await page.locator('.module__content').textContent(), /De nette meneer op het erf/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('blocked storage: the choice still works on the page, nothing breaks', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(context, site.server.origin);
  // As with cookies blocked by policy: touching localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto(site.server.url + `index.html#/module/${TRANSLATED}`);
  await waitForHeading(page, 'Je schuur verhuren');
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await waitForHeading(page, 'Renting out your barn');
  assert.equal(await page.locator('h1').getAttribute('lang'), 'en');
  const errors = page.collected.console.filter((m) => !/SecurityError|blocked/i.test(m));
  assert.deepEqual(errors, []);
  await context.close();
});

test('read aloud speaks a translation in its own language, with a device voice for it', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    localStorage.setItem('weerbaar.voorlezen', 'aan');
    localStorage.setItem('weerbaar.taal', 'en');
    window.__spoken = [];
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
      }
    };
    const voices = [
      { name: 'Stem', lang: 'nl-NL', localService: true },
      { name: 'Voice', lang: 'en-GB', localService: true },
    ];
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        addEventListener() {},
        speak(u) {
          window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
          setTimeout(() => u.onend?.(), 10);
        },
        cancel() {},
        pause() {},
        resume() {},
      },
    });
  });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${TRANSLATED}`);
  await waitForHeading(page, 'Renting out your barn');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const spoken = await until(async () => {
    const all = await page.evaluate(() => window.__spoken);
    return all.length >= 2 && all;
  }, 'reading starts');
  assert.deepEqual(spoken[0], { text: 'Renting out your barn: what to look out for', lang: 'en', voice: 'Voice' });
  await context.close();
});

test('a SCORM package of a module carries its translation and lists it in modules.json', async () => {
  // The checker reads a content folder with the translation in it; the
  // package takes its files from this spec's copy of the build.
  const tmp = mkdtempSync(join(tmpdir(), 'weerbaar-translation-pakket-'));
  const content = join(tmp, 'content');
  cpSync(resolve(ROOT, 'content'), content, { recursive: true });
  cpSync(resolve(ROOT, 'tests/e2e/fixtures/vertaling'), content, { recursive: true });
  const before = process.env.WEERBAAR_CONTENT;
  process.env.WEERBAAR_CONTENT = content;
  try {
    const { path } = buildPackage({ target: TRANSLATED, scorm: '2004', uit: join(tmp, 'pakket.zip'), dist: site.dir });
    const files = unzipSync(readFileSync(path));
    assert.ok(files[`content/${TRANSLATED}.en.md`], `no translation in ${Object.keys(files).filter((f) => f.startsWith('content/'))}`);
    const facts = JSON.parse(new TextDecoder().decode(files['content/modules.json']));
    assert.deepEqual(facts[TRANSLATED].talen, ['en']);
    assert.match(new TextDecoder().decode(files['imsmanifest.xml']), new RegExp(`href="content/${TRANSLATED}.en.md"`));
  } finally {
    if (before === undefined) delete process.env.WEERBAAR_CONTENT;
    else process.env.WEERBAAR_CONTENT = before;
    rmSync(tmp, { recursive: true, force: true });
  }
});
