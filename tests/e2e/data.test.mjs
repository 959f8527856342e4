// Your data, your device: two tabs never overwrite each other, progress can
// be exported and imported (bad files change nothing), and "Wis mijn
// gegevens" leaves nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { KEY, MODULES, useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';


const site = useSite();

const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

async function openModule(page, id) {
  await page.goto(site.server.url + `index.html#/module/${id}`);
  await page.locator('.what-to-do').waitFor();
}

test('two tabs open at once never overwrite each other', async () => {
  const context = await site.browser.newContext();
  const one = await openPage(context, site.server.origin);
  const two = await openPage(context, site.server.origin);
  await one.goto(site.server.url);
  await two.goto(site.server.url);
  await waitForHeading(one);
  await waitForHeading(two);
  await openModule(one, MODULES[0]);
  await openModule(two, MODULES[1]);
  await openModule(one, MODULES[2]);
  await one.waitForFunction(([k, ids]) => ids.every((id) => localStorage.getItem(k)?.includes(id)), [KEY, MODULES.slice(0, 3)]);
  const doc = await stored(one);
  for (const id of MODULES.slice(0, 3)) assert.ok(doc.modules[id], `${id} lost: ${JSON.stringify(doc)}`);
  // The other tab follows live, without a reload.
  await two.goto(site.server.url + 'index.html#/voortgang');
  await two.locator('.module-list__item', { hasText: 'Bezig' }).nth(2).waitFor();
  assert.deepEqual(await gateProblems(two), []);
  await context.close();
});

async function progressPage(context) {
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/voortgang');
  await waitForHeading(page, 'Mijn voortgang');
  return page;
}

test('export, then import on another device restores the progress', async () => {
  const a = await site.browser.newContext({ acceptDownloads: true });
  const page = await openPage(a, site.server.origin);
  await openModule(page, MODULES[0]);
  await page.goto(site.server.url + 'index.html#/voortgang');
  await waitForHeading(page, 'Mijn voortgang');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download je voortgang' }).click()]);
  assert.match(download.suggestedFilename(), /^weerbaar-voortgang-\d{4}-\d\d-\d\d\.json$/);
  const file = readFileSync(await download.path(), 'utf8');
  assert.ok(JSON.parse(file).modules[MODULES[0]]);
  await a.close();

  const b = await site.browser.newContext();
  const other = await progressPage(b);
  await other.locator('#voortgang-bestand').setInputFiles({ name: 'voortgang.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await other.getByRole('button', { name: 'Inlezen' }).click();
  await other.getByText('Je voortgang is ingelezen: 1 module(s)').waitFor();
  await other.locator('.module-list__item', { hasText: 'Bezig' }).first().waitFor();
  assert.ok((await stored(other)).modules[MODULES[0]]);
  assert.deepEqual(await gateProblems(other), []);
  await b.close();
});

test('malformed, oversized and hostile files are refused and change nothing', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await openModule(page, MODULES[1]);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.goto(site.server.url + 'index.html#/voortgang');
  await waitForHeading(page, 'Mijn voortgang');
  const cases = [
    ['kapot.json', '{"versie":1,"modules":', /geen voortgang van Weerbaar/],
    ['groot.json', ' '.repeat(1024 * 1024 + 10), /te groot/],
    ['vijandig.json', JSON.stringify({ versie: 1, modules: { '<img src=x onerror=alert(1)>': { first_opened: 5, updated: 1 } } }), /gegevens die niet kloppen/],
    // Plausible times, but ids no catalogue can have.
    ['proto.json', '{"versie":1,"modules":{"__proto__":{"first_opened":1,"updated":2}}}', /gegevens die niet kloppen/],
    ['pad.json', '{"versie":1,"modules":{"inwoner/../../x":{"first_opened":1,"updated":2}}}', /gegevens die niet kloppen/],
    ['toekomst.json', '{"versie":42}', /nieuwere versie/],
    ['plaatje.png', '\x89PNG\r\n\x1a\n', /geen voortgang van Weerbaar/],
  ];
  for (const [name, text, message] of cases) {
    await page.locator('#voortgang-bestand').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.locator('.outcome', { hasText: message }).waitFor();
    assert.match(await page.locator('.outcome').textContent(), /niet veranderd/);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), before, `${name} changed stored progress`);
  }
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('"Wis mijn gegevens" asks first, then removes storage and caches', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url);
  await waitForHeading(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  await openModule(page, MODULES[0]);
  await page.evaluate(() => localStorage.setItem('weerbaar.voortgang.onleesbaar.1', 'oud'));
  await page.goto(site.server.url + 'index.html#/voortgang');
  await waitForHeading(page, 'Mijn voortgang');
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
  // Cancelling keeps everything.
  await page.getByRole('button', { name: 'Nee, terug' }).click();
  assert.ok(await stored(page));
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
  assert.deepEqual(await gateProblems(page), []);
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await page.getByText('is gewist').waitFor();
  const left = await page.evaluate(async () => ({
    keys: Object.keys(localStorage).filter((k) => k.startsWith('weerbaar')),
    caches: (await caches.keys()).filter((k) => k.startsWith('weerbaar')),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(left, { keys: [], caches: [], workers: 0 });
  // Still nothing after a reload: an empty document is not written back.
  await page.reload();
  await waitForHeading(page, 'Mijn voortgang');
  await page.getByText('Je hebt nog geen modules geopend').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('weerbaar'))), []);
  await context.close();
});
