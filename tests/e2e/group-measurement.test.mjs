// "Meting met de groep": a trainer counts hands before and after a session,
// by keyboard and mouse; a reload loses no counts; the report's figures
// match the CSV it downloads, it prints on one A4 page without names, and
// the overview page reads the downloaded file back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite } from './lib/site.mjs';
import { pdfText } from './lib/pdf.mjs';
import { gateProblems, openPage, waitForHeading, until } from './lib/gates.mjs';
import { AUDIENCE, measure, needs } from './lib/content.mjs';

const site = useSite();
// The first audience with a measurement set (inwoner in the shipped content).
const AUD = Object.values(AUDIENCE).find((a) => measure(a));
const focused = (locator) => locator.evaluate((e) => e === document.activeElement);

/** Counts `hands` on each option of the item on screen, clicking "+" (or
 *  pressing Enter on it when `keyboard`). */
async function count(page, hands, keyboard) {
  const plus = page.getByRole('button', { name: /^Eén hand erbij voor / });
  await plus.first().waitFor();
  for (let i = 0; i < Math.min(hands.length, await plus.count()); i++) {
    for (let n = 0; n < hands[i]; n++) {
      if (keyboard) {
        for (let t = 0; t < 40 && !(await focused(plus.nth(i))); t++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      } else await plus.nth(i).click();
    }
  }
}

/** Steps through every item of a phase, counting `hands` on each. */
async function phase(page, hands, keyboardFirst) {
  for (let item = 0; ; item++) {
    await count(page, hands, keyboardFirst && item === 0);
    const next = page.getByRole('button', { name: /Volgende vraag|Klaar met deze ronde/ });
    const last = (await next.textContent()).includes('Klaar');
    await next.click();
    if (last) return item + 1;
  }
}

test('a trainer counts a group before and after, reloads halfway, prints the report and downloads the CSV', needs(AUD, 'measurement set'), async () => {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/metingen');
  await waitForHeading(page, 'Metingen samenvoegen');
  await page.locator(`a[href="#/meting/${AUD}"]`).click();
  await page.getByRole('button', { name: 'Begin de meting voor de sessie' }).waitFor();
  assert.deepEqual(await gateProblems(page), [], 'start');

  // Keyboard: the number of participants.
  const people = page.getByLabel('Hoeveel mensen doen mee?');
  for (let t = 0; t < 40 && !(await focused(people)); t++) await page.keyboard.press('Tab');
  assert.ok(await focused(people), 'Tab reaches the participants field');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Begin de meting voor de sessie' }).click();

  // The first item by keyboard, the rest by mouse; then a reload halfway.
  await count(page, [3, 9], true);
  assert.deepEqual(await gateProblems(page), [], 'counting');
  await page.reload();
  await page.locator('.tally__count').first().waitFor();
  const counts = await page.locator('.tally__count').allTextContents();
  assert.deepEqual(counts.slice(0, 2), ['3', '9'], 'the counts survive a reload');
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  const items = 1 + (await phase(page, [3, 9], false));

  await waitForHeading(page, 'Nu de sessie');
  await page.getByLabel('Hoeveel mensen doen mee?').fill('12');
  await page.getByLabel('Hoeveel mensen doen mee?').press('Tab');
  await page.getByRole('button', { name: 'Begin de meting na de sessie' }).click();
  assert.equal(await phase(page, [9, 3], false), items, 'the same number of items after');

  await waitForHeading(page, 'Verslag van de meting');
  assert.deepEqual(await gateProblems(page), [], 'report');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
  assert.match(download.suggestedFilename(), new RegExp(`^weerbaar-meting-${AUD}-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
  const path = await download.path();
  const csv = readFileSync(path, 'utf8');

  // Every knowledge item's figure in the report is what its CSV rows say.
  const rows = csv.replace(/^\ufeff/, '').trim().split(/\r\n/).slice(2).map((r) => r.split(';'));
  const knowledge = rows.filter((r) => r[5] === 'kennis');
  assert.equal(knowledge.length, 2 * (items - rows.filter((r) => r[5] === 'stelling').length / 2), 'a row per item per phase');
  for (const r of knowledge) {
    const counts = r.slice(9).filter(Boolean).map(Number);
    const right = counts[Number(r[8]) - 1];
    const pct = Math.round((100 * right) / 12);
    const row = page.getByRole('row', { name: new RegExp(r[7].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[r[3] === 'voor' ? 0 : 1], `${pct}\u00a0%`, `${r[7]} ${r[3]}: ${right} of 12`);
  }

  // One A4 page, no controls, no names.
  const pages = await pdfText(page);
  assert.equal(pages.length, 1, `one page, not ${pages.length}: ${pages.map((p) => p.slice(0, 80)).join(' / ')}`);
  assert.match(pages[0], /Verslag van de meting/);
  assert.ok(!/Download als CSV|Nieuwe meting/.test(pages[0]), 'no buttons on paper');

  // The overview reads the downloaded file back.
  await page.goto(site.server.url + 'index.html#/metingen');
  await page.getByLabel('Kies de CSV-bestanden van je sessies').setInputFiles(path);
  await page.getByRole('button', { name: 'Bestanden openen' }).click();
  await until(async () => /1 bestand geopend, 1 sessie geteld/.test(await page.locator('.measure-count').textContent()), 'the report reads back');
  await context.close();
});
