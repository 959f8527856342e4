// "Metingen samenvoegen": a trainer opens three session reports (CSV) by
// keyboard, gets one overview per audience and period with a chart, a
// table and plain conclusions; a broken file is refused by name and line
// while the rest is kept; a group under five is never shown in figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, until } from './lib/gates.mjs';

const site = useSite();
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-metingen-'));

/** A session report as the presenter writes it: `know` right answers of
 *  `people` before and after on one question, and one statement. */
function report({ date, audience = 'inwoner', people, knowBefore, knowAfter }) {
  const rows = [
    'weerbaar-meting;1',
    'datum;doelgroep;meting;fase;deelnemers;soort;sleutel;onderwerp;goed;1;2;3;4;5;6',
    `${date};${audience};meting/${audience};voor;${people};kennis;anoniem;waar je anoniem kunt melden;2;${people - knowBefore};${knowBefore};0;;;`,
    `${date};${audience};meting/${audience};na;${people};kennis;anoniem;waar je anoniem kunt melden;3;0;${people - knowAfter};${knowAfter};;;`,
    `${date};${audience};meting/${audience};voor;${people};stelling;zou-melden;Ik zou een signaal melden;;0;1;${people - 2};1;0;`,
    `${date};${audience};meting/${audience};na;${people};stelling;zou-melden;Ik zou een signaal melden;;0;0;1;${people - 2};1;`,
  ];
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}

function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('three session reports combine into one overview; a broken file is named; small groups are suppressed; by keyboard', async () => {
  const a = file('sessie-maart.csv', report({ date: '2026-03-10', people: 10, knowBefore: 4, knowAfter: 9 }));
  const b = file('sessie-april.csv', report({ date: '2026-04-02', people: 12, knowBefore: 5, knowAfter: 10 }));
  const c = file('sessie-boeren.csv', report({ date: '2026-05-20', audience: 'agrarier', people: 4, knowBefore: 1, knowAfter: 3 }));
  const broken = file('kapot.csv', 'weerbaar-meting;1\r\ndit;is;geen;verslag\r\n');

  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html');
  // Reached from every page's footer.
  await page.getByRole('link', { name: 'Metingen samenvoegen' }).click();
  await waitForHeading(page, 'Metingen samenvoegen');
  assert.deepEqual(await gateProblems(page), [], 'empty page');

  // Keyboard only: Tab to the file input, choose files, Tab to the button.
  const input = page.getByLabel('Kies de CSV-bestanden van je sessies');
  for (let i = 0; i < 40 && !(await input.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.ok(await input.evaluate((e) => e === document.activeElement), 'Tab reaches the file input');
  await input.setInputFiles([a, b, c, broken]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /kapot\.csv: Regel 2/, 'the broken file is named with its line');

  // Residents: both sessions in one yearly group, 22 people.
  const residents = page.locator('section', { has: page.getByRole('heading', { name: 'Inwoner · 2026' }) });
  await residents.waitFor();
  assert.match(await residents.textContent(), /2 sessies\. Deelnemers voor: 22; na: 22\./);
  const row = residents.getByRole('row', { name: /waar je anoniem kunt melden/ });
  assert.deepEqual(await row.locator('td').allTextContents(), ['41\u00a0%', '86\u00a0%'], '9 of 22 before, 19 of 22 after');
  assert.match(await residents.textContent(), /Na de sessie wist 86\u00a0% waar je anoniem kunt melden; voor de sessie was dat 41\u00a0%\./);
  assert.equal(await residents.getByRole('img').count(), 1, 'a chart');
  assert.match(await residents.getByRole('img').getAttribute('aria-labelledby'), /grafiek/);

  // Farmers: four people, never a figure.
  const farmers = page.locator('section', { has: page.getByRole('heading', { name: /· 2026$/ }) }).filter({ hasText: 'Deelnemers voor: te weinig deelnemers' });
  assert.equal(await farmers.count(), 1, 'the farmers group says "te weinig deelnemers"');
  assert.equal(await farmers.getByRole('img').count(), 0, 'no chart for a small group');
  assert.equal(await farmers.getByRole('table').count(), 0, 'no table for a small group');
  assert.ok(!/\d+\u00a0%/.test(await farmers.textContent()), 'no percentage about four people');
  assert.deepEqual(await gateProblems(page), [], 'overview with a refused file');

  // Per month: three groups, each session on its own; nothing lost.
  await page.getByLabel('per maand').check();
  await page.getByRole('heading', { name: 'Inwoner · maart 2026' }).waitFor();
  await page.getByRole('heading', { name: 'Inwoner · april 2026' }).waitFor();
  assert.match(await page.locator('.measure-count').textContent(), /4 bestanden geopend, 3 sessies geteld\./);

  // Opening a file again adds nothing twice.
  await input.setInputFiles([a]);
  await page.getByRole('button', { name: 'Bestanden openen' }).click();
  // The page empties the input once it has read the files.
  await until(async () => (await input.inputValue()) === '', 'the file was read');
  assert.match(await page.locator('.measure-count').textContent(), /4 bestanden geopend, 3 sessies geteld\./, 'still four files, three sessions');
  assert.deepEqual(await gateProblems(page), [], 'overview per month');
  await context.close();
});
