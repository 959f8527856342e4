// The youth track: a child makes a player, plays missions by mouse and by
// keyboard alone (every exercise type), earns badges and a diploma; a
// shared-computer session leaves nothing in storage after "Klaar" or after
// ten idle minutes; the password lab loads its word lists only when it opens
// and keeps nothing of what was typed. axe-core and the 44 px target check
// run on every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { useSite, ROOT } from './lib/site.mjs';
import { mission, models, needs, title } from './lib/content.mjs';
import { gateProblems, openPage, waitForFocus, waitForHeading } from './lib/gates.mjs';

const site = useSite();
// The missions of the content folder under test, from the core's model.
const MISSIONS = models()
  .filter((m) => m.kind === 'Mission')
  .map((m) => m.id);
const EXERCISES = ['echt-of-nep', 'sorteren', 'chat', 'wachtwoord', 'privacy'];
/** The exercise types the folder's missions use (all five in the shipped content). */
const USED = EXERCISES.filter((e) => MISSIONS.some((id) => mission(id).steps.some((s) => s.exercise === e)));
const SHAPE = MISSIONS.length ? {} : { skip: 'the content folder has no youth mission' };
const LAB = MISSIONS.find((m) => mission(m).steps.some((s) => s.exercise === 'wachtwoord'));
const SORT = MISSIONS.find((m) => mission(m).steps.some((s) => s.exercise === 'sorteren'));

/** Targets under 44 by 44 px among what a child can press or type in. */
async function smallTargets(page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'main button, main a.button, main .mission-card__link, main .avatar-choice__label, main .choice__label, main input[type=text], main input[type=password], main .trainer-link a, main .teachers a, .shared-bar button',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ r: el.getBoundingClientRect(), t: el.textContent.trim().slice(0, 40) || el.id }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ r, t }) => `${t}: ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
}

/** Gates plus target sizes; fails with everything found. */
async function check(page, where) {
  const problems = [...(await gateProblems(page)), ...(await smallTargets(page)).map((t) => `target under 44 px: ${t}`)];
  assert.deepEqual(problems, [], where);
}

const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until `locator` has focus. */
async function tabTo(page, locator, what) {
  for (let i = 0; i < 150; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

/** Activates `locator` the way the mode says: a click, or Tab and a key. */
async function press(page, mode, locator, what, key = 'Enter') {
  await locator.waitFor();
  if (mode === 'mouse') return locator.click();
  await tabTo(page, locator, what);
  await page.keyboard.press(key);
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

async function makePlayer(page, mode, { shared = true, nickname = 'Blauwe Uil', animal = 'Uil' } = {}) {
  await page.goto(site.server.url + 'index.html#/voor/jeugd');
  await page.locator('h1', { hasText: 'Missies' }).waitFor();
  await check(page, 'youth start page');
  assert.equal(await page.locator('#waar-eigen-hint').textContent(), 'Je missies blijven op dit apparaat bewaard.');
  // Start without anything: the error summary takes focus and names both.
  await press(page, mode, button(page, 'Start'), 'Start');
  await waitForFocus(page, 'fouten');
  assert.match(await page.locator('#fouten').textContent(), /Typ een bijnaam.*Kies een dier/s);
  await check(page, 'setup with errors');
  if (mode === 'mouse') await page.getByLabel(shared ? 'Op een computer van school of de bibliotheek' : 'Op mijn eigen computer of tablet').check();
  else {
    // A radio group is one Tab stop (the chosen radio); arrows change it.
    await tabTo(page, page.locator('#waar-gedeeld'), 'where you play');
    if (!shared) await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.locator('#waar-eigen').isChecked(), !shared);
  if (mode === 'mouse') await page.fill('#bijnaam', nickname);
  else {
    await tabTo(page, page.locator('#bijnaam'), 'the nickname field');
    await page.keyboard.type(nickname);
  }
  const avatar = page.locator(`label.avatar-choice__label`, { hasText: animal });
  if (mode === 'mouse') await avatar.click();
  else {
    // The animals are one radio group: Tab reaches it, arrows choose.
    await tabTo(page, page.locator('#dier-vos'), 'the first animal');
    await page.keyboard.press('Space');
    const order = ['Vos', 'Uil', 'Egel', 'Das', 'Otter', 'Kat', 'Hond', 'Konijn'];
    for (let i = 0; i < order.indexOf(animal); i++) await page.keyboard.press('ArrowRight');
  }
  await press(page, mode, button(page, 'Start'), 'Start');
  await page.locator('#speler', { hasText: `Hoi ${nickname}!` }).waitFor();
  await check(page, 'player card');
}

/** Does one mission step as a child who gets it right. */
async function playStep(page, mode, step, where) {
  switch (step.exercise) {
    case 'vraag': {
      const right = step.options.find((o) => o.correct);
      if (mode === 'mouse') await page.getByLabel(right.text, { exact: true }).check();
      else {
        // Space on the first radio picks it; arrows move the choice.
        await tabTo(page, page.getByLabel(step.options[0].text, { exact: true }), 'the first option');
        await page.keyboard.press('Space');
        for (let i = 0; i < step.options.indexOf(right); i++) await page.keyboard.press('ArrowDown');
      }
      assert.ok(await page.getByLabel(right.text, { exact: true }).isChecked(), `${where}: ${right.text} chosen`);
      await press(page, mode, button(page, 'Controleer je antwoord'), 'check');
      await page.getByRole('heading', { name: 'Goed!' }).waitFor();
      break;
    }
    case 'echt-of-nep': {
      for (const part of step.parts.filter((p) => p.suspicious)) {
        const b = page.locator('.message__part', { hasText: part.text });
        await press(page, mode, b, part.text, 'Space');
        assert.equal(await b.getAttribute('aria-pressed'), 'true', `${where}: "${part.text}" marked`);
      }
      await check(page, `${where}, parts marked`);
      await press(page, mode, button(page, 'Klaar, laat zien'), 'Klaar, laat zien');
      await waitForFocus(page, 'nep-uitslag');
      const n = step.parts.filter((p) => p.suspicious).length;
      assert.match(await page.locator('#nep-uitslag').textContent(), new RegExp(`alle ${n} dingen`), where);
      break;
    }
    case 'sorteren': {
      for (let i = 0; i < step.cards.length; i++) {
        const text = (await page.locator('#kaartje').textContent()).trim().replace(/\s+/g, ' ');
        const card = step.cards.find((c) => c.text.replace(/\s+/g, ' ') === text);
        assert.ok(card, `${where}: unknown card "${text}"`);
        await press(page, mode, page.locator('.sort-bin', { hasText: new RegExp(`^${card.group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }), card.group);
        await waitForFocus(page, 'sorteer-uitleg');
        assert.match(await page.locator('#sorteer-uitleg').textContent(), /^Goed!/, `${where}: "${text}"`);
        if (i === 0) await check(page, `${where}, feedback`);
        await press(page, mode, button(page, 'Volgend kaartje'), 'Volgend kaartje');
      }
      await waitForFocus(page, 'sorteer-klaar');
      assert.match(await page.locator('#sorteer-klaar').textContent(), new RegExp(`${step.cards.length} van de ${step.cards.length}`));
      break;
    }
    case 'chat': {
      const byId = new Map(step.nodes.map((n) => [n.id, n]));
      let node = step.nodes[0];
      const seen = new Set([node.id]);
      while (node.choices.length > 0) {
        const next = node.choices.find((c) => !seen.has(c.target)) ?? node.choices[0];
        await press(page, mode, page.locator('.chat__choices button', { hasText: next.label }).first(), next.label);
        await waitForFocus(page, 'chat-nieuw');
        seen.add(next.target);
        node = byId.get(next.target);
      }
      await page.locator('.chat__end').waitFor();
      break;
    }
    case 'wachtwoord': {
      const field = page.getByLabel('Jouw oefenwachtwoord');
      await page.getByText('De lijst met bekende wachtwoorden wordt geladen…').waitFor({ state: 'detached' });
      for (const [typed, verdict] of [
        ['welkom123', 'Heel zwak'],
        ['fiets banaan wolk trompet', 'Sterk'],
      ]) {
        if (mode === 'mouse') await field.fill(typed);
        else {
          await tabTo(page, field, 'the password field');
          await page.keyboard.press('Control+A');
          await page.keyboard.type(typed);
        }
        await page.locator('.lab__verdict', { hasText: `Sterkte: ${verdict}.` }).waitFor();
      }
      const kept = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
      assert.ok(!kept.includes('trompet'), `${where}: the typed password was kept: ${kept}`);
      break;
    }
    case 'privacy': {
      for (const setting of step.settings) {
        const fieldset = page.locator('fieldset', { has: page.locator('legend', { hasText: setting.label }) });
        const safe = setting.options.findIndex((o) => o.safe);
        if (mode === 'mouse') await fieldset.getByLabel(setting.options[safe].text, { exact: true }).check();
        else {
          await tabTo(page, fieldset.locator('input').first(), setting.label);
          await page.keyboard.press('Space');
          for (let i = 0; i < safe; i++) await page.keyboard.press('ArrowDown');
        }
        await fieldset.locator('.privacy__who', { hasText: 'Veilig gekozen.' }).waitFor();
      }
      await press(page, mode, button(page, 'Klaar, bekijk mijn profiel'), 'Klaar');
      await waitForFocus(page, 'privacy-uitslag');
      const n = step.settings.length;
      assert.match(await page.locator('#privacy-uitslag').textContent(), new RegExp(`${n} keer veilig, van de ${n}`));
      assert.match(await page.locator('.profile-preview').textContent(), /Een onbekende ziet bijna niets/);
      break;
    }
  }
}

/** Plays mission `id` from its first step to the badge. */
async function playMission(page, mode, id) {
  const { steps } = mission(id);
  const link = page.locator('.mission-card__link', { hasText: await missionTitle(id) });
  await press(page, mode, link, `the mission link for ${id}`);
  await page.locator('.mission__status').waitFor();
  for (const [i, step] of steps.entries()) {
    const where = `${id} step ${i + 1} (${step.exercise})`;
    assert.match(await page.locator('.mission__status').textContent(), new RegExp(`Stap ${i + 1} van ${steps.length}`), where);
    await check(page, where);
    await playStep(page, mode, step, where);
    if (step.exercise !== 'lezen') await check(page, `${where}, done`);
    const last = i === steps.length - 1;
    await press(page, mode, button(page, last ? 'Missie afronden' : 'Verder'), last ? 'Missie afronden' : 'Verder');
    await waitForFocus(page, 'stap', `focus after ${where}`);
  }
  await page.locator('#stap', { hasText: 'Missie gehaald!' }).waitFor();
  assert.match(await page.locator('main').textContent(), /Wie kun je het vertellen\?.*Kindertelefoon.*0800-0432/s);
  assert.doesNotMatch(await page.locator('main').textContent(), /Leerdoelen|Lesplan \(45 minuten\)/, `${id}: teacher text shown to the child`);
  await check(page, `${id} done`);
  await press(page, mode, page.getByRole('link', { name: 'Terug naar de missies' }), 'back to the missions');
  await page.locator('.mission-card', { hasText: await missionTitle(id) }).locator('.badge--done').waitFor();
}

async function missionTitle(id) {
  return title(id);
}

test('every mission has a teacher part with the handbook\'s four sections', SHAPE, (t) => {
  // How many missions and exercise types a site offers is the trainers'
  // choice; the shipped content has six missions using all five types.
  t.diagnostic(`${MISSIONS.length} missions; exercise types used: ${USED.join(', ')}`);
  for (const id of MISSIONS) {
    const { teacher } = mission(id);
    for (const part of ['Leerdoelen', 'Lesplan', 'Gespreksvragen', 'Als een kind iets vertelt']) {
      assert.ok(teacher.some((t) => t.startsWith(part)), `${id}: no "${part}" for the teacher`);
    }
  }
});

test('a child plays every mission by mouse on a shared computer; Klaar leaves no trace', { ...SHAPE, timeout: 600_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await openPage(context, site.server.origin);
  await makePlayer(page, 'mouse', { shared: true });
  const storage = () => page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  for (const id of MISSIONS) {
    await playMission(page, 'mouse', id);
    assert.deepEqual((await storage()).local, {}, `localStorage was written during a shared session (${id})`);
  }
  assert.match(await page.locator('.player-card').textContent(), /Je rang: Meester-beschermer\./);
  const during = await storage();
  assert.ok(during.session['weerbaar.voortgang'] && during.session['weerbaar.speler'], 'the session keeps its progress until Klaar');

  // The diploma lists every mission under the nickname.
  await page.getByRole('link', { name: 'Print je diploma' }).click();
  await page.locator('.diploma').waitFor();
  const diploma = await page.locator('.diploma').textContent();
  assert.match(diploma, /Blauwe Uil/);
  for (const id of MISSIONS) assert.ok(diploma.includes(await missionTitle(id)), `diploma misses ${id}`);
  await check(page, 'diploma');

  // Klaar asks first; "Nee" keeps everything.
  await button(page, 'Klaar').click();
  await waitForFocus(page, 'klaar-vraag');
  await check(page, 'Klaar asks');
  await button(page, 'Nee, ik speel verder').click();
  assert.ok((await storage()).session['weerbaar.voortgang']);
  await button(page, 'Klaar').click();
  await button(page, 'Ja, wis alles').click();
  await page.getByRole('heading', { name: 'Alles is gewist' }).waitFor();
  const after = await storage();
  assert.deepEqual(after.local, {}, 'localStorage after Klaar');
  assert.deepEqual(Object.keys(after.session).filter((k) => k.startsWith('weerbaar.')), [], 'sessionStorage after Klaar');
  await page.locator('#bijnaam').waitFor();
  await check(page, 'after Klaar');
  await page.reload();
  await page.locator('#bijnaam').waitFor();
  assert.equal(await page.locator('.badge--done').count(), 0, 'no badge survives Klaar');
  await context.close();
});

test('keyboard only: every exercise type in a mission journey, zero axe violations', { ...SHAPE, timeout: 600_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await openPage(context, site.server.origin);
  await makePlayer(page, 'keyboard', { shared: false, nickname: 'Stille Das', animal: 'Das' });
  // Missions chosen so that together they hold every exercise type.
  const chosen = [];
  const covered = new Set();
  for (const id of MISSIONS) {
    const kinds = mission(id).steps.map((s) => s.exercise).filter((e) => EXERCISES.includes(e) && !covered.has(e));
    if (kinds.length) {
      chosen.push(id);
      kinds.forEach((k) => covered.add(k));
    }
  }
  // Every exercise type the folder's missions use (all five in the shipped content).
  assert.deepEqual([...covered].sort(), [...USED].sort());
  for (const id of chosen) await playMission(page, 'keyboard', id);
  // Own device: the player and the badges are kept after a reload.
  await page.reload();
  await page.locator('#speler', { hasText: 'Hoi Stille Das!' }).waitFor();
  await page.locator('.badge--done').nth(chosen.length - 1).waitFor();
  assert.equal(await page.locator('.badge--done').count(), chosen.length);
  assert.ok(await page.evaluate(() => localStorage.getItem('weerbaar.speler')));
  await button(page, 'Andere speler').click();
  await page.locator('#bijnaam').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('weerbaar.speler')), null);
  await context.close();
});

test('ten idle minutes end a shared session, after a warning that keeps it alive', { timeout: 120_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.clock.install();
  await makePlayer(page, 'mouse', { shared: true, nickname: 'Snelle Vos', animal: 'Vos' });
  await page.clock.fastForward('09:10');
  await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
  await waitForFocus(page, 'nog-daar');
  await check(page, 'idle warning');
  // Modal: Tab and Shift+Tab never leave the dialog for the page behind it.
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Tab']) {
    await page.keyboard.press(key);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'nog-daar', `${key} stays in the dialog`);
  }
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  assert.ok(await page.evaluate(() => sessionStorage.getItem('weerbaar.speler')), 'carrying on keeps the session');
  // Escape means the same as the button.
  await page.clock.fastForward('09:10');
  await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
  await waitForFocus(page, 'nog-daar');
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  assert.ok(await page.evaluate(() => sessionStorage.getItem('weerbaar.speler')), 'Escape keeps the session too');
  await page.clock.fastForward('10:10');
  await page.getByText('Er gebeurde 10 minuten niets. Daarom hebben we alles gewist.').waitFor();
  const left = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('weerbaar.')));
  assert.deepEqual(left, []);
  await page.locator('#bijnaam').waitFor();
  await context.close();
});

test('the password lab fetches its word lists only when it opens', { ...needs(LAB, 'youth mission with a password lab'), timeout: 60_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(site.server.url + 'index.html#/voor/jeugd');
  await page.locator('.mission-card').first().waitFor();
  const id = LAB;
  await page.goto(site.server.url + `index.html#/module/${id}`);
  await page.locator('.mission__status').waitFor();
  assert.ok(!fetched.some((p) => p.endsWith('.txt')), `word lists fetched before the lab: ${fetched.join(' ')}`);
  // Not even the service worker fetches them ahead of time.
  const sw = readFileSync(resolve(ROOT, 'dist/sw.js'), 'utf8');
  assert.ok(sw.includes('jeugd/avatars/uil.svg') && !sw.includes('woorden.txt'), 'the word lists must not be precached');
  const at = mission(id).steps.findIndex((s) => s.exercise === 'wachtwoord');
  for (let i = 0; i < at; i++) await button(page, 'Verder').click();
  await page.getByLabel('Jouw oefenwachtwoord').waitFor();
  await page.getByText('De lijst met bekende wachtwoorden wordt geladen…').waitFor({ state: 'detached' });
  assert.ok(fetched.some((p) => p.endsWith('/jeugd/wachtwoorden.txt')) && fetched.some((p) => p.endsWith('/jeugd/woorden.txt')));
  await page.getByLabel('Jouw oefenwachtwoord').fill('Wachtwoord');
  await page.locator('.lab__verdict', { hasText: 'Sterkte: Heel zwak.' }).waitFor();
  await context.close();
});

test('every mission has a teacher page with the lesson plan, never shown inside the mission', { ...SHAPE, timeout: 120_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  for (const id of MISSIONS) {
    await page.goto(site.server.url + `index.html#/leerkracht/${id}`);
    await page.locator('h1', { hasText: 'Voor de leerkracht:' }).waitFor();
    const text = await page.locator('main').textContent();
    for (const part of ['Leerdoelen', 'Lesplan', 'Gespreksvragen', 'Als een kind iets vertelt', 'Wat de kinderen doen']) {
      assert.ok(text.includes(part), `${id}: the teacher page misses "${part}"`);
    }
    await check(page, `teacher page ${id}`);
  }
  await context.close();
});

test('a sorting card can also be dragged onto its group, and a tap is not a drop', { ...needs(SORT, 'youth mission with a sorting exercise'), timeout: 60_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await openPage(context, site.server.origin);
  const id = MISSIONS.find((m) => mission(m).steps.some((s) => s.exercise === 'sorteren'));
  const steps = mission(id).steps;
  const at = steps.findIndex((s) => s.exercise === 'sorteren');
  await page.goto(site.server.url + `index.html#/module/${id}`);
  await page.locator('.mission__status').waitFor();
  for (let i = 0; i < at; i++) await button(page, 'Verder').click();
  const card = page.locator('#kaartje');
  const text = (await card.textContent()).trim().replace(/\s+/g, ' ');
  const group = steps[at].cards.find((c) => c.text.replace(/\s+/g, ' ') === text).group;
  const from = await card.boundingBox();
  // A tap on the card chooses nothing.
  await page.mouse.click(from.x + 20, from.y + 20);
  assert.equal(await page.locator('#sorteer-uitleg').count(), 0);
  const to = await page.locator('.sort-bin', { hasText: group }).first().boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await waitForFocus(page, 'sorteer-uitleg');
  assert.match(await page.locator('#sorteer-uitleg').textContent(), new RegExp(`^Goed! Dit hoort bij: ${group}`));
  await context.close();
});

test('"Wis mijn gegevens" during a shared session ends the session and writes nothing to the device', { timeout: 60_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await makePlayer(page, 'mouse', { shared: true, nickname: 'Groene Egel', animal: 'Egel' });
  await page.locator('.mission-card__link').first().click();
  await button(page, 'Verder').click();
  await page.goto(site.server.url + 'index.html#/voortgang');
  await page.locator('h1', { hasText: 'Mijn voortgang' }).waitFor();
  await button(page, 'Wis mijn gegevens').click();
  await button(page, 'Ja, wis alles').click();
  await page.getByText('is gewist').first().waitFor();
  await page.locator('.shared-bar').waitFor({ state: 'detached' });
  const left = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('weerbaar.')));
  assert.deepEqual(left, []);
  await context.close();
});

test('on a shared computer, following links leaves no trail of pages in the browser history', { timeout: 60_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await makePlayer(page, 'mouse', { shared: true, nickname: 'Stille Das', animal: 'Das' });
  const start = await page.evaluate(() => history.length);
  for (const id of MISSIONS.slice(0, 2)) {
    await page.locator('.mission-card__link', { hasText: await missionTitle(id) }).click();
    await page.locator('.mission__status').waitFor();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: /Jeugd/ }).first().click();
    await page.locator('h1', { hasText: 'Missies' }).waitFor();
  }
  await page.locator('.teachers a').first().scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => scrollY);
  await page.locator('.teachers a').first().click();
  await page.locator('h1', { hasText: 'Voor de leerkracht:' }).waitFor();
  assert.equal(await page.evaluate(() => history.length), start, 'no new history entries during the session');
  // The page replaced, not added, still opens at its heading (Back's note
  // of a followed link must not land on it).
  await waitForFocus(page, 'paginatitel');
  assert.equal(await page.evaluate(() => scrollY), 0, `the new page starts at the top (the list was at ${scrolled} px)`);
  // Outside a session, links add history as they always do.
  await button(page, 'Klaar').click();
  await button(page, 'Ja, wis alles').click();
  await page.locator('#bijnaam').waitFor();
  const after = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await waitForHeading(page, 'Herken ondermijning');
  assert.equal(await page.evaluate(() => history.length), after + 1);
  await context.close();
});

test('pressing "Verder" past the exercises never earns the badge; the child is told what is left', { ...needs(SORT, 'youth mission with a sorting exercise'), timeout: 120_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  const id = MISSIONS.find((m) => mission(m).steps.some((s) => s.exercise === 'sorteren'));
  const { steps } = mission(id);
  await page.goto(site.server.url + `index.html#/module/${id}`);
  await page.locator('.mission__status').waitFor();
  const sortAt = steps.findIndex((s) => s.exercise === 'sorteren');
  for (let i = 0; i < steps.length - 1; i++) {
    if (i === sortAt) {
      // One clear primary action: the card's own button, not "Verder".
      await page.locator('.sort-bin').first().click();
      const verder = button(page, 'Verder');
      assert.match(await verder.getAttribute('class'), /button--secondary/, '"Verder" is secondary while cards are left');
      assert.doesNotMatch(await button(page, 'Volgend kaartje').getAttribute('class'), /button--secondary/);
    }
    await button(page, 'Verder').click();
    await waitForFocus(page, 'stap');
  }
  await button(page, 'Missie afronden').click();
  await waitForFocus(page, 'nog-te-doen');
  assert.equal(await page.locator('#stap', { hasText: 'Missie gehaald!' }).count(), 0, 'no badge without the exercises');
  const left = page.locator('#nog-te-doen');
  assert.match(await left.textContent(), /Bijna klaar!/);
  const exercises = steps.filter((s) => s.exercise !== 'lezen').length;
  assert.equal(await left.locator('button').count(), exercises, 'every exercise not done is listed');
  assert.deepEqual(await gateProblems(page), []);
  // A listed step opens it.
  await left.locator('button', { hasText: `Naar stap ${sortAt + 1}:` }).click();
  await waitForFocus(page, 'stap');
  assert.match(await page.locator('.mission__status').textContent(), new RegExp(`Stap ${sortAt + 1} van`));
  const stored = await page.evaluate(() => sessionStorage.getItem('weerbaar.voortgang') ?? localStorage.getItem('weerbaar.voortgang'));
  assert.ok(!stored || !JSON.parse(stored).modules?.[id]?.completed, 'the mission is not completed');
  await context.close();
});

test('the youth page shows a mission map: each mission a stop with its status in words', { ...SHAPE, timeout: 300_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, site.server.origin);
  await makePlayer(page, 'mouse', { shared: true, nickname: 'Vrolijke Kat', animal: 'Kat' });
  const stop = async (id) => page.locator('.mission-stop', { hasText: await missionTitle(id) });
  const statuses = async () => Promise.all(MISSIONS.map(async (id) => (await (await stop(id)).locator('.mission-stop__status').textContent()).trim()));
  assert.deepEqual(await statuses(), MISSIONS.map(() => 'Nog niet gedaan'));
  assert.match(await page.locator('.mission-map__summary').textContent(), new RegExp(`Je hebt 0 van de ${MISSIONS.length} missies gehaald\\.`));
  // "Hier ben je": the player's animal stands at the first stop.
  assert.match(await page.locator('.mission-stop').first().textContent(), /Hier ben je/);
  await check(page, 'map at 1280 px');
  await page.setViewportSize({ width: 320, height: 700 });
  await check(page, 'map at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The shortest mission, played to the badge: its stop says so, in words.
  const id = [...MISSIONS].sort((a, b) => mission(a).steps.length - mission(b).steps.length)[0];
  await playMission(page, 'mouse', id);
  const after = await statuses();
  assert.deepEqual(after, MISSIONS.map((m) => (m === id ? 'Badge gehaald' : 'Nog niet gedaan')));
  assert.match(await page.locator('.mission-map__summary').textContent(), new RegExp(`Je hebt 1 van de ${MISSIONS.length} missies gehaald\\.`));
  // With a second mission, the animal moves on to it (one mission: nowhere to go).
  const next = MISSIONS.find((m) => m !== id);
  if (next) assert.match(await (await stop(next)).textContent(), /Hier ben je/, 'the animal moved on to a mission not done');
  await check(page, 'map with one mission done');
  await context.close();
});
