// The lesson player, by keyboard alone: page through, answer a knowledge
// check (error first, then feedback), resume after closing, finish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, waitForFocus } from './lib/gates.mjs';

const site = useSite();
const LESSON = 'inwoner/signalen-in-je-straat';

const focused = (page) => page.evaluate(() => document.activeElement?.textContent?.trim());

async function press(page, name) {
  for (let i = 0; i < 60; i++) {
    if ((await focused(page)) === name) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach "${name}" with Tab`);
}

/** "Volgende", then wait until focus has moved to the new page's heading:
 * tabbing on before that would race the app's own focus move. */
async function next(page) {
  await press(page, 'Volgende');
  await waitForFocus(page, 'lespagina', 'focus moves to the new page heading');
}

test('a lesson by keyboard: pages, a knowledge check, resume and finish', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page, 'Signalen in je straat');
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 1 van \d+ · nog ongeveer \d+ minuten$/);
  assert.deepEqual(await gateProblems(page), []);

  await next(page);
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 2 van/);

  // Resume: close and come back on the same page.
  await page.reload();
  await waitForHeading(page, 'Signalen in je straat');
  assert.match(await page.locator('.lesson__status').textContent(), /^Pagina 2 van/);

  while (!(await page.locator('fieldset').count())) await next(page);
  // Checking without a choice: an error, announced with the fieldset.
  await press(page, 'Controleer je antwoord');
  await page.getByText('Kies eerst een antwoord.').waitFor();
  assert.match((await page.getAttribute('fieldset', 'aria-describedby')) ?? '', /-fout$/);
  // Focus stays on the button, so the message is an alert: read out when it appears (WCAG 4.1.3).
  assert.match(await page.getByRole('alert').textContent(), /Kies eerst een antwoord\./);
  assert.deepEqual(await gateProblems(page), []);
  // Choose the right answer with the keyboard: Tab into the radios, arrows.
  await page.locator('input[type=radio]').first().focus();
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.locator('input[type=radio]').nth(1).isChecked());
  await press(page, 'Controleer je antwoord');
  await page.getByRole('heading', { name: 'Goed!' }).waitFor();
  assert.equal(await focused(page), 'Goed!', 'focus moves to the feedback');
  assert.match(await page.locator('.feedback').textContent(), /Je hoeft niets te bewijzen/);
  assert.match(await page.locator('.choice', { hasText: 'Ik schrijf op' }).textContent(), /goed antwoord/);
  assert.deepEqual(await gateProblems(page), []);

  while (!(await page.getByRole('button', { name: 'Les afronden' }).count())) await next(page);
  await press(page, 'Les afronden');
  await page.getByRole('heading', { name: 'Je hebt deze les afgerond' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('.module-list__item', { hasText: 'Signalen in je straat' }).filter({ hasText: 'Afgerond' }).waitFor();
  await context.close();
});

test('a wrong answer explains why, kindly, and shows the right one', async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${LESSON}`);
  await waitForHeading(page);
  while (!(await page.locator('fieldset').count())) await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Ik ga aanbellen').check();
  await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
  await page.getByRole('heading', { name: 'Niet helemaal. Zo zit het:' }).waitFor();
  const feedback = await page.locator('.feedback').textContent();
  assert.match(feedback, /je eigen veiligheid gaat voor/);
  assert.match(await page.locator('.choice', { hasText: 'Ik ga aanbellen' }).textContent(), /jouw keuze, niet goed/);
  assert.match(await page.locator('.choice', { hasText: 'Ik schrijf op' }).textContent(), /goed antwoord/);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});
