// What a hurried or hostile trainer can put in content on a live site (the
// build's checker is not in the way: a file can be replaced on the server).
// Each test serves its own copy of the build with one file changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './lib/site.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { openPage, waitForHeading } from './lib/gates.mjs';
import { first, models, needs, organisation, plain } from './lib/content.mjs';

/** Serves a copy of dist/ with `change(dir)` applied; runs `body(page, url)`. */
async function withChangedSite(change, body) {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-careless-'));
  cpSync(resolve(ROOT, 'dist'), dir, { recursive: true });
  change(dir);
  const browser = await launch();
  const server = await serve(dir);
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await openPage(context, server.origin);
    await body(page, server.url);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const edit = (dir, file, fn) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));

// The first lesson without a final test (its "# Toets" would change
// meaning) and with three pages or more, from the core's model.
const LESSON = first('Lesson', (m) => !m.items.Lesson.test.length && m.items.Lesson.pages.length >= 3);
const PAGES = LESSON ? models().find((m) => m.id === LESSON).items.Lesson.pages : [];

test('a lesson whose pages start with # instead of ## keeps all its pages', needs(LESSON, 'lesson without a test, of three pages'), async () => {
  await withChangedSite(
    (dir) => edit(dir, `content/${LESSON}.md`, (t) => t.replace(/^## /gm, '# ')),
    async (page, url) => {
      await page.goto(url + `index.html#/module/${LESSON}`);
      await waitForHeading(page);
      const status = await page.locator('main').textContent();
      const m = status.match(/Pagina (\d+) van (\d+)/);
      assert.ok(m, `no page counter in: ${status.slice(0, 200)}`);
      assert.ok(Number(m[2]) >= PAGES.length, `only ${m[2]} of ${PAGES.length} pages`);
      assert.ok(status.includes(plain(PAGES[0].title)), `the first page's heading is missing: ${status.slice(0, 200)}`);
    },
  );
});

test('script text in a SUMMARY.md heading never reaches the page or its title', async () => {
  await withChangedSite(
    (dir) => edit(dir, 'content/SUMMARY.md', (t) => t.replace('## Inwoners {#inwoner}', '## Inwoners <script>alert("gestolen")</script> {#inwoner}')),
    async (page, url) => {
      await page.goto(url + 'index.html#/voor/inwoner');
      await page.locator('.module-list a').first().waitFor();
      assert.doesNotMatch(await page.title(), /alert|gestolen/);
      assert.doesNotMatch(await page.locator('h1').textContent(), /alert|gestolen/);
    },
  );
});

const ORGANISATION = organisation();

test('a phone number with other characters gives no wrong number to call', needs(ORGANISATION, 'site.md with an organisation'), async () => {
  await withChangedSite(
    (dir) => edit(dir, 'content/site.md', (t) => t.replace('telefoon: 0900-8844', 'telefoon: 0900-8844<script>alert(5)</script>')),
    async (page, url) => {
      await page.goto(url + 'index.html#/voor/inwoner');
      await page.locator('.module-list a').first().waitFor();
      // The edited file is parsed by a lazily loaded part; until then the
      // page shows the national routes (SiteConfig::fallback), whose number
      // is right. The organisation's name in the header says it has been read.
      await page.locator('header').getByText(ORGANISATION).first().waitFor();
      const tels = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(tels.includes('tel:112') && tels.includes('tel:08007000'), `the other routes still show: ${tels}`);
      assert.ok(!tels.some((t) => t.startsWith('tel:09008844')), `no call link from a broken number: ${tels}`);
    },
  );
});
