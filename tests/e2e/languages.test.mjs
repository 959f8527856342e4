// A translated module plays to its end in every language it has (issue 21:
// "the migrants' module plays in all three languages"): the build's
// modules.json says which languages passed the checker; the learner picks
// each, answers every knowledge check right (by position: a translation has
// the original's options, the checker sees to that), finishes the lesson,
// and the text stays in that language, marked with `lang`. Gates (axe
// included) on the first and the last page in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, useSite } from './lib/site.mjs';
import { CONTENT, models, needs, quiz } from './lib/content.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';

const site = useSite();
const FACTS = JSON.parse(readFileSync(join(ROOT, 'dist/content/modules.json'), 'utf8'));
/** The first listed lesson translated into every language the app offers. */
const MODULE = models().find((m) => m.items.Lesson && ['en', 'pl'].every((code) => FACTS[m.id]?.talen?.includes(code)));
const NAMES = { en: 'English', pl: 'Polski' };
/** A listed module with no translation at all. */
const DUTCH_ONLY = models().find((m) => !FACTS[m.id]?.talen?.length && m.items.Lesson);

async function playToTheEnd(page, checks) {
  let answered = 0;
  for (let step = 0; step < 80; step++) {
    if (await page.getByRole('button', { name: 'Les afronden' }).count()) break;
    if (await page.getByRole('button', { name: 'Controleer je antwoord' }).count()) {
      const right = checks[answered].options.findIndex((o) => o.correct);
      await page.locator('fieldset input[type=radio]').nth(right).check();
      await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
      await page.getByRole('heading', { name: 'Goed!' }).waitFor();
      answered++;
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  assert.equal(answered, checks.length, 'every knowledge check was asked');
  await page.getByRole('button', { name: 'Les afronden' }).click();
  await page.getByRole('heading', { name: 'Je hebt deze les afgerond' }).waitFor();
}

// The shipped content must have one (issue 21: the labour migrants' module);
// another content folder may have none, and then the tests below say so.
test('the shipped content has a lesson in Dutch, English and Polish', { skip: CONTENT !== resolve(ROOT, 'content') && 'another content folder is under test' }, () => {
  assert.ok(MODULE, 'a lesson whose modules.json entry lists talen en and pl');
});

for (const code of [null, 'en', 'pl']) {
  test(`${MODULE?.id ?? 'the translated lesson'} plays to its end in ${code ? NAMES[code] : 'Nederlands'}`, needs(MODULE, 'lesson translated into English and Polish'), async () => {
    const context = await site.browser.newContext();
    const page = await openPage(context, site.server.origin);
    await page.goto(site.server.url + `index.html#/module/${MODULE.id}`);
    await waitForHeading(page, MODULE.title);
    if (code) {
      await page.locator('.language-choice').getByRole('button', { name: NAMES[code] }).click();
      // The content's text carries its language; the player's own buttons
      // stay in the app's language, so they carry none.
      await page.locator(`h1[lang="${code}"]`).waitFor();
      assert.notEqual(await waitForHeading(page), MODULE.title, 'the title is translated');
      assert.ok((await page.locator(`.module__content p[lang="${code}"]`).count()) > 0, 'the text is marked');
      assert.equal(await page.locator('.module__content button[lang]').count(), 0, "the app's buttons are not");
    } else {
      assert.equal(await page.locator('.module__content [lang]').count(), 0, 'the original has the page language');
    }
    const firstText = await page.locator('.module__content').textContent();
    assert.deepEqual(await gateProblems(page), [], 'first page');
    await playToTheEnd(page, quiz(MODULE.id));
    if (code) assert.ok((await page.locator(`.module__content [lang="${code}"]`).count()) > 0, 'still in the chosen language at the end');
    assert.deepEqual(await gateProblems(page), [], 'the end');
    assert.ok(firstText.length > 0);
    await context.close();
  });
}

test('a learner who chose Polish sees Dutch-only modules with a Polish notice, and can go back to Dutch from it', needs(MODULE && DUTCH_ONLY, 'lesson translated into English and Polish next to a Dutch-only lesson'), async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULE.id}`);
  await waitForHeading(page, MODULE.title);
  await page.locator('.language-choice').getByRole('button', { name: NAMES.pl }).click();
  await page.locator('h1[lang="pl"]').waitFor();

  await page.goto(site.server.url + `index.html#/module/${DUTCH_ONLY.id}`);
  await waitForHeading(page, DUTCH_ONLY.title);
  const notice = page.locator('.language-notice');
  assert.equal(await notice.getAttribute('lang'), 'pl');
  assert.deepEqual(await gateProblems(page), [], 'the notice');
  // Keyboard: the notice's button is reachable and pressed with Enter.
  const back = notice.getByRole('button');
  for (let i = 0; i < 40 && !(await back.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await notice.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.getItem('weerbaar.taal')), 'nl');
  await page.reload();
  await waitForHeading(page, DUTCH_ONLY.title);
  assert.equal(await page.locator('.language-notice').count(), 0, 'Dutch is remembered');
  await context.close();
});
