// Branding without code: a second municipality edits only content/site.md
// (name, logo, colour) on a copy of the built site, and the app follows,
// although the build's parse of site.md (preparsed.json) is now stale. A
// colour that fails contrast is refused and the default stays.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { ROOT } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, settled } from './lib/gates.mjs';

const copies = [];
after(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));

/** A copy of dist/ whose site.md front matter is replaced by `front`. */
function rebranded(front, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-brand-'));
  copies.push(dir);
  cpSync(resolve(ROOT, 'dist'), dir, { recursive: true });
  const site = readFileSync(join(dir, 'content/site.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, `---\n${front}\n---\n`);
  writeFileSync(join(dir, 'content/site.md'), site);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'content', name), body);
  return dir;
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#005a3c"/><path d="M8 28 L20 10 L32 28 Z" fill="#fff"/></svg>';

async function header(dir) {
  const browser = await launch();
  const server = await serve(dir);
  try {
    const context = await browser.newContext();
    const page = await openPage(context, server.origin);
    await page.goto(server.url + 'index.html');
    await waitForHeading(page, 'Herken ondermijning, weet wat je kunt doen');
    // site.md has been read (the organisation's name is in the header, where
    // the theme colour is applied in the same step) and the logo, if any, loaded.
    // Until then the header shows the national fallback, "Weerbaar"; an edited
    // site.md is parsed in a lazily loaded part, which takes a moment. Every
    // copy here names another organisation, so the fallback means "not yet"
    // (and, should it stay, the assertions below say so).
    await page
      .waitForFunction(() => {
        const org = document.querySelector('.brand__org')?.textContent;
        return org && org !== 'Weerbaar' && [...document.images].every((i) => i.complete);
      })
      .catch(() => {});
    await settled(page);
    const result = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
      org: document.querySelector('.brand__org')?.textContent,
      logo: document.querySelector('.brand__logo')?.naturalWidth ?? 0,
    }));
    result.problems = await gateProblems(page);
    // The edited site.md no longer matches the build's parse of it
    // (preparsed.json), so the app parsed it in the browser.
    result.parsedInBrowser = server.requests.some((p) => p.includes('/split_content'));
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

test('a rebranded copy shows the new name, logo and colour', async () => {
  const dir = rebranded('organisatie: Gemeente Rivierstad\nhoofdkleur: #005a3c\nlogo: logo-rivierstad.svg', { 'logo-rivierstad.svg': LOGO });
  const h = await header(dir);
  assert.equal(h.org, 'Gemeente Rivierstad');
  assert.equal(h.background, 'rgb(0, 90, 60)');
  assert.ok(h.logo > 0, 'the logo loads');
  assert.ok(h.parsedInBrowser, 'the edited site.md was parsed in the browser, not taken from the build');
  assert.deepEqual(h.problems, []);
});

test('a colour that fails contrast is not used', async () => {
  const dir = rebranded('organisatie: Gemeente Lichtblauw\nhoofdkleur: #7fb2e5');
  const h = await header(dir);
  assert.equal(h.org, 'Gemeente Lichtblauw');
  assert.equal(h.background, 'rgb(21, 66, 115)', 'the default colour stays');
  assert.deepEqual(h.problems, []);
});
