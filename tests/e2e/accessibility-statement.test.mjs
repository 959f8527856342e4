// The accessibility statement is the organisation's own content file in the
// register's order (status, date, what was tested, gaps, contact); a site
// without one shows the app's short general statement. Both run on a copy of
// the build with or without the spec's own statement (fixtures/), so they
// mean the same on any content folder.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { useSite, ROOT } from './lib/site.mjs';
import { serve } from './lib/server.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';

const site = useSite();
const copy = mkdtempSync(join(tmpdir(), 'weerbaar-verklaring-'));
after(() => rmSync(copy, { recursive: true, force: true }));
const withStatement = mkdtempSync(join(tmpdir(), 'weerbaar-verklaring-'));
after(() => rmSync(withStatement, { recursive: true, force: true }));

test('the statement from content/toegankelijkheid.md, reached from the footer by keyboard', async () => {
  cpSync(resolve(ROOT, 'dist'), withStatement, { recursive: true });
  cpSync(resolve(ROOT, 'tests/e2e/fixtures/toegankelijkheid.md'), join(withStatement, 'content/toegankelijkheid.md'));
  const server = await serve(withStatement);
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await openPage(context, server.origin);
    await page.goto(server.url + 'index.html');
    await page.getByRole('link', { name: 'Toegankelijkheid' }).focus();
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Toegankelijkheid');
    for (const section of ['Status', 'Datum', 'Wat we hebben onderzocht', 'Loop je ergens tegenaan?']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    assert.match(await page.locator('main').textContent(), /C: eerste maatregelen genomen/);
    assert.equal(await page.getByRole('link', { name: 'toegankelijkheid@gemeente-voorbeeld.nl' }).getAttribute('href'), 'mailto:toegankelijkheid@gemeente-voorbeeld.nl');
    assert.equal(await page.locator('h1').count(), 1, 'the file\'s # heading is the one h1');
    assert.deepEqual(await gateProblems(page), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('without the file the short general statement shows', async () => {
  cpSync(resolve(ROOT, 'dist'), copy, { recursive: true });
  rmSync(join(copy, 'content/toegankelijkheid.md'), { force: true });
  const server = await serve(copy);
  try {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await openPage(context, server.origin);
    await page.goto(server.url + 'index.html#/toegankelijkheid');
    await waitForHeading(page, 'Toegankelijkheid');
    await page.getByText('Iedereen moet Weerbaar kunnen gebruiken.', { exact: false }).waitFor();
    // The missing file is an expected 404, not an error for the learner.
    page.collected.console = page.collected.console.filter((m) => !/404|Not Found/.test(m));
    assert.deepEqual(await gateProblems(page), []);
    await context.close();
  } finally {
    await server.close();
  }
});
