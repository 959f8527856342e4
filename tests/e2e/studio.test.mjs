// The authoring studio: start from a template, break it, read the message,
// jump to its line, fix it, and see the clean preview; the draft survives a
// reload; the preview never touches the learner's progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, KEY } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';

const site = useSite();
const editor = (page) => page.getByLabel('Tekst van de module (Markdown)');

test('studio: broken file -> message -> jump to the line -> fix -> clean preview', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/studio');
  await waitForHeading(page, 'Lesstof schrijven');
  await page.locator('.preview').waitFor();
  assert.match(await page.locator('.studio-count').textContent(), /0 fouten, 0 waarschuwingen/);
  assert.deepEqual(await gateProblems(page), []);

  // Break it the way a hurried trainer would: an unknown kind.
  const text = await editor(page).inputValue();
  const broken = text.replace('soort: quiz', 'soort: kwis');
  await editor(page).fill(broken);
  await page.locator('.studio-message--error').first().waitFor();
  assert.match(await page.locator('.studio-count').textContent(), /1 fout/);
  // The last preview without errors stays, and says so.
  assert.match(await page.locator('.studio__preview').textContent(), /laatste versie zonder fouten/);
  await page.locator('.preview').waitFor();
  const message = page.locator('.studio-message__go').first();
  assert.match(await message.textContent(), /regel 3: De soort "kwis" bestaat niet/);
  assert.deepEqual(await gateProblems(page), []);

  // Keyboard: the message puts the cursor on line 3 in the editor.
  await message.focus();
  await page.keyboard.press('Enter');
  const where = await page.evaluate(() => {
    const t = document.activeElement;
    return { id: t.id, line: t.value.slice(0, t.selectionStart).split('\n').length, selected: t.value.slice(t.selectionStart, t.selectionEnd) };
  });
  assert.deepEqual(where, { id: 'bron', line: 3, selected: 'soort: kwis' });

  // Fix it by typing over the selection: the preview comes back, clean.
  await page.keyboard.type('soort: quiz');
  await page.locator('.studio-count', { hasText: '0 fouten' }).waitFor();
  await page.locator('.preview').waitFor();
  assert.match(await page.locator('.studio-count').textContent(), /0 fouten/);
  assert.match(await page.locator('.preview').textContent(), /Signalen in de buurt/);

  // The preview plays for real, and records nothing.
  await page.locator('.preview').getByRole('button', { name: 'Begin' }).click();
  await page.locator('.preview').getByLabel('Ik schrijf op wat ik zie en meld het anoniem').check();
  await page.locator('.preview').getByRole('button', { name: 'Controleer je antwoord' }).click();
  await page.locator('.preview .feedback').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'the preview stores no progress');
  assert.ok(!(await page.locator('.preview').textContent()).includes('Vraag de groep'), 'trainer notes stay out of the preview');
  assert.deepEqual(await gateProblems(page), []);

  // The draft survives a reload.
  await editor(page).fill(broken.replace('Signalen in de buurt', 'Mijn eigen quiz'));
  await page.reload();
  await waitForHeading(page, 'Lesstof schrijven');
  assert.match(await editor(page).inputValue(), /titel: Mijn eigen quiz/);
  await context.close();
});

test('studio: every template starts clean', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/studio');
  await waitForHeading(page, 'Lesstof schrijven');
  const names = await page.locator('#voorbeeld option').allTextContents();
  assert.ok(names.length >= 5);
  for (const name of names) {
    await page.getByLabel('Begin met een voorbeeld').selectOption({ label: name });
    await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
    await page.locator('.studio-notice', { hasText: name }).waitFor();
    assert.match(await page.locator('.studio-count').textContent(), /0 fouten, 0 waarschuwingen/, name);
    await page.locator('.preview').waitFor();
  }
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('studio: the check and preview wait until typing pauses, so a long paste stays typeable', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await openPage(context, site.server.origin);
  await page.clock.install();
  await page.goto(site.server.url + 'index.html#/studio');
  await waitForHeading(page, 'Lesstof schrijven');
  await page.locator('.preview').waitFor();
  // A trainer pastes a very long module (350 KB), then types on.
  const text = await editor(page).inputValue();
  const long = `${text}\n${'Een gewone alinea met wat tekst erin. '.repeat(9000)}\n`;
  await editor(page).fill(long);
  await page.clock.runFor(400);
  await page.locator('.studio-count', { hasText: /0 fouten/ }).waitFor();
  await editor(page).press('End');
  await editor(page).pressSequentially('\n---\nduur: 5\n---\n');
  // While typing goes on, nothing is re-checked or re-drawn...
  assert.match(await page.locator('.studio-count').textContent(), /0 fouten/);
  assert.equal(await page.locator('.studio-message--error').count(), 0);
  // ...and a pause of 300 ms brings the message and the new state.
  await page.clock.runFor(400);
  await page.locator('.studio-message--error', { hasText: 'tweede blok' }).waitFor();
  assert.doesNotMatch(await page.locator('.studio-count').textContent(), /^0 fouten/);
  // The draft already holds every key.
  assert.match(await page.evaluate(() => localStorage.getItem('weerbaar.studio.concept')), /duur: 5\n---\n$/);
  await context.close();
});

test('studio: nothing replaces a draft without asking, and the previous draft can be put back', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/studio');
  await waitForHeading(page, 'Lesstof schrijven');
  await page.locator('.preview').waitFor();
  const mine = (await editor(page).inputValue()).replace('Signalen in de buurt', 'Mijn eigen werk');
  await editor(page).fill(mine);

  // An example: asked first; "Nee" (and Escape) keep the draft.
  await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
  const question = page.getByRole('alertdialog', { name: 'Je concept vervangen?' });
  await question.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'vervangen-vraag');
  assert.deepEqual(await gateProblems(page), []);
  await question.getByRole('button', { name: 'Nee, houd mijn concept' }).click();
  assert.equal(await editor(page).inputValue(), mine);
  await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
  await question.waitFor();
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  assert.equal(await editor(page).inputValue(), mine);

  // "Ja" replaces; the previous draft comes back with one button.
  await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
  await question.getByRole('button', { name: 'Ja, vervang mijn concept' }).click();
  assert.notEqual(await editor(page).inputValue(), mine);
  await page.getByRole('button', { name: 'Zet mijn vorige concept terug' }).click();
  assert.equal(await editor(page).inputValue(), mine);

  // Opening a file asks too.
  await page.locator('#studio-bestand').setInputFiles({ name: 'ander.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitel: Ander\nsoort: les\ndoelgroep: inwoner\n---\n\n## Pagina\n\nTekst.\n') });
  await page.getByRole('button', { name: 'Open bestand' }).click();
  await question.waitFor();
  await question.getByRole('button', { name: 'Nee, houd mijn concept' }).click();
  assert.equal(await editor(page).inputValue(), mine);
  await context.close();
});

test('studio: the download is named after the title, says where it goes in SUMMARY.md, and help is at hand', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + 'index.html#/studio');
  await waitForHeading(page, 'Lesstof schrijven');
  await page.locator('.preview').waitFor();
  await editor(page).fill((await editor(page).inputValue()).replace('titel: Signalen in de buurt', 'titel: Agrariërs en hun schuur'));
  const button = page.getByRole('button', { name: 'Download agrariers-en-hun-schuur.md' });
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), 'agrariers-en-hun-schuur.md');
  assert.equal(await page.locator('.studio-summary__line').textContent(), '- [Agrariërs en hun schuur](inwoner/agrariers-en-hun-schuur.md)');
  assert.match(await page.locator('.studio-summary').textContent(), /content\/SUMMARY\.md/);
  // The handbook and the cheat sheet.
  assert.equal(await page.getByRole('link', { name: /Handleiding voor trainers/ }).getAttribute('href'), 'content/HANDLEIDING.md');
  await page.getByText('Spiekbriefje: zo schrijf je een module').click();
  assert.match(await page.locator('.studio-sheet').textContent(), /- \[x\] Antwoord/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});
