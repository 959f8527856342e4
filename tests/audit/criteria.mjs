// Success criteria that need a scenario of their own rather than a scan of
// a page state: timing (2.2.1), character key shortcuts (2.1.4), dragging
// and pointer (2.5.1, 2.5.2, 2.5.7), consistent navigation and help
// (3.2.3, 3.2.6), redundant entry (3.3.7), errors (3.3.1, 3.3.3), status
// messages (4.1.3), content on hover (1.4.13), orientation (1.3.4), input
// purpose (1.3.5), language (3.1.1, 3.1.2), titles (2.4.2), links in text
// (1.4.1), contrast per state with axe (1.4.3, 1.4.11 in part).
//
//   node tests/audit/criteria.mjs [--dist DIR] [--out DIR]
//
// Writes tests/audit/results/criteria.json and prints one line per finding.
import AxeBuilder from '@axe-core/playwright';
import { args, ready, save, settle, start } from './lib.mjs';

const opts = args();
const { server, browser, close } = await start(opts.dist);
const out = {};
const log = (k, v) => {
  out[k] = v;
  console.log(`${k}: ${JSON.stringify(v)}`);
};
const newPage = async (viewport = { width: 1280, height: 800 }) => {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  return { context, page };
};
const go = async (page, hash) => {
  await page.goto(server.url + 'index.html' + hash);
  await ready(page);
};
const button = (page, name) => page.getByRole('button', { name, exact: true }).first();
const mainText = (page) => page.locator('main').innerText();
const focused = (page) => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id} "${(document.activeElement?.innerText || '').trim().slice(0, 60)}"`);

async function makePlayer(page, shared) {
  await go(page, '#/voor/jeugd');
  await page.getByLabel(shared ? 'Op een computer van school of de bibliotheek' : 'Op mijn eigen computer of tablet').check();
  await page.fill('#bijnaam', 'Blauwe Uil');
  await page.locator('label.avatar-choice__label', { hasText: 'Uil' }).click();
  await button(page, 'Start').click();
  await page.locator('#speler').waitFor();
}

// 2.2.1 Timing adjustable: the shared session's idle wipe warns and can be
// extended again and again; on an own device there is no timer at all.
{
  const { context, page } = await newPage();
  await page.clock.install();
  await makePlayer(page, true);
  const rounds = [];
  for (let i = 0; i < 3; i++) {
    await page.clock.fastForward('09:10');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 5000 });
    const name = await page.locator('#nog-daar-titel').innerText();
    // Focus moves on the next animation frame, which the fake clock drives.
    await page.clock.runFor(100);
    const gotFocus = await page.waitForFunction(() => document.activeElement?.id === 'nog-daar', null, { polling: 50, timeout: 3000 }).then(() => true, () => false);
    const f = await focused(page);
    if (gotFocus) await page.keyboard.press('Enter');
    else await page.locator('#nog-daar').click();
    await dialog.waitFor({ state: 'detached' });
    const kept = await page.evaluate(() => !!sessionStorage.getItem('weerbaar.speler'));
    rounds.push({ warned: name.slice(0, 60), focusOn: f, extendedBy: gotFocus ? 'Enter on the focused button' : 'click (focus did not arrive)', kept });
  }
  // Time between warning and wipe.
  await page.clock.fastForward('09:10');
  await page.getByRole('alertdialog').waitFor();
  const warnText = (await page.getByRole('alertdialog').innerText()).replace(/\s+/g, ' ');
  // 2.4.11 / 2.4.3: while the warning covers the page, can Tab reach what it covers?
  await page.clock.runFor(100);
  const tabs = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    tabs.push(await page.evaluate(() => {
      const el = document.activeElement;
      return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.innerText || '').trim().slice(0, 30)}" ${el.closest('[role=alertdialog]') ? 'in dialog' : 'BEHIND THE OVERLAY'}`;
    }));
  }
  out['2.4.11 idle warning tab'] = tabs;
  console.log('2.4.11 idle warning tab: ' + JSON.stringify(tabs));
  await page.clock.fastForward('00:30');
  const after30 = await page.evaluate(() => !!sessionStorage.getItem('weerbaar.speler'));
  log('2.2.1 shared session', { rounds, warnText, stillThere30sAfterWarning: after30 });
  await context.close();
}
{
  const { context, page } = await newPage();
  await page.clock.install();
  await makePlayer(page, false);
  await page.clock.fastForward('30:00');
  await settle(page);
  const dialog = await page.getByRole('alertdialog').count();
  const kept = await page.evaluate(() => !!localStorage.getItem('weerbaar.speler'));
  log('2.2.1 own device', { dialogAfter30min: dialog, playerKept: kept });
  await context.close();
}
{
  // The scene's clock: off by default, can be switched off while playing.
  const { context, page } = await newPage();
  await go(page, '#/module/inwoner/zoek-de-signalen-straat');
  const clockBox = page.locator('#klok');
  const defaultOn = await clockBox.isChecked();
  const label = (await page.locator('label[for=klok]').innerText()).trim();
  await clockBox.check();
  await button(page, 'Begin').click();
  await settle(page);
  const shown = await page.locator('.scene-clock').innerText().catch(() => '');
  const off = button(page, 'Zet de klok uit');
  const canSwitchOff = (await off.count()) > 0;
  if (canSwitchOff) await off.click();
  await settle(page);
  log('2.2.1 scene clock', { defaultOn, label, clockShown: shown.replace(/\s+/g, ' '), canSwitchOff, clockAfterOff: await page.locator('.scene-clock').count() });
  await context.close();
}

// 1.4.10 at 400 %: the "Ben je er nog?" dialog is a fixed overlay; does all
// of it stay reachable at 320 x 256, also with the reading aid?
{
  const res = [];
  for (const aid of [false, true]) {
    const { context, page } = await newPage({ width: 320, height: 256 });
    await page.clock.install();
    await makePlayer(page, true);
    if (aid) await page.evaluate(() => document.documentElement.classList.add('leeshulp'));
    await page.clock.fastForward('09:10');
    await page.getByRole('alertdialog').waitFor();
    await page.clock.runFor(100);
    res.push(
      await page.evaluate((aid) => {
        const overlay = document.querySelector('.idle-warning');
        const box = overlay.firstElementChild;
        const button = document.getElementById('nog-daar').getBoundingClientRect();
        overlay.scrollTop = 0;
        const top = box.getBoundingClientRect();
        return { readingAid: aid, boxTopAtScrollTop0: Math.round(top.top), boxBottom: Math.round(top.bottom), viewport: innerHeight, overlayScrolls: getComputedStyle(overlay).overflowY, focusedButton: [Math.round(button.top), Math.round(button.bottom)] };
      }, aid),
    );
    await context.close();
  }
  log('1.4.10 idle dialog at 320x256', res);
}

// 2.1.4 Character key shortcuts: press single printable keys with focus on
// the page (not in a field) and see whether anything changes.
{
  const cases = [
    ['presentatie (scenario)', '#/presenteer/inwoner/nieuwe-buren', ['1', '2']],
    ['presentatie (quiz)', '#/presenteer/inwoner/wat-klopt-er-niet', ['1', 'n', 'j', 'k']],
    ['quiz', '#/module/inwoner/wat-klopt-er-niet', ['1', 'n', 'j', ' ']],
    ['kaarten', '#/module/inwoner/signaal-of-niet', ['s', 'n', '1', 'j']],
    ['scene', '#/module/inwoner/zoek-de-signalen-straat', ['1', 'k']],
    ['studio', '#/studio', ['1', 'n']],
  ];
  const found = [];
  for (const [what, hash, keys] of cases) {
    const { context, page } = await newPage();
    await go(page, hash);
    if (what === 'kaarten') await button(page, 'Begin').click();
    for (const key of keys) {
      await page.evaluate(() => {
        document.activeElement?.blur();
        document.body.focus();
      });
      const before = (await mainText(page)) + page.url();
      await page.keyboard.press(key);
      await settle(page);
      const after = (await mainText(page)) + page.url();
      found.push({ page: what, key: JSON.stringify(key), changesPage: before !== after });
    }
    await context.close();
  }
  log('2.1.4 single keys', found.filter((f) => f.changesPage));
  log('2.1.4 keys tried', found.length);
}

// 2.5.7 Dragging, 2.5.1 gestures, 2.5.2 pointer cancellation: the sorting
// exercise and the card deck.
{
  const { context, page } = await newPage({ width: 1024, height: 900 });
  await go(page, '#/module/jeugd/privacy');
  for (let i = 0; i < 10 && !(await page.locator('.sort-bin').count()); i++) await button(page, 'Verder').click();
  const bins = await page.locator('.sort-bin').evaluateAll((b) => b.map((x) => `${x.tagName.toLowerCase()} "${x.innerText.trim()}" ${Math.round(x.getBoundingClientRect().width)}x${Math.round(x.getBoundingClientRect().height)}`));
  const card = page.locator('#kaartje');
  const from = await card.boundingBox();
  const to = await page.locator('.sort-bin').first().boundingBox();
  // Down on the card, over a bin, back to where it started, up: nothing is chosen.
  await page.mouse.move(from.x + 20, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 6 });
  await page.mouse.up();
  await settle(page);
  const abortedDrag = (await page.locator('#sorteer-uitleg').count()) === 0;
  // A press on a bin, moved off before release: native buttons do not fire.
  await page.mouse.move(to.x + 5, to.y + 5);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width + 80, to.y - 80, { steps: 4 });
  await page.mouse.up();
  await settle(page);
  const cancelledPress = (await page.locator('#sorteer-uitleg').count()) === 0;
  // Keyboard/single pointer alternative: Enter on a bin.
  await page.locator('.sort-bin').first().focus();
  await page.keyboard.press('Enter');
  await settle(page);
  const byButton = (await page.locator('#sorteer-uitleg').count()) > 0;
  log('2.5.7 sorting', { bins, dragAbortedByReturning: abortedDrag, pressMovedOffDoesNothing: cancelledPress, singleClickAlternative: byButton, focusAfter: await focused(page) });
  await context.close();
}
{
  const { context, page } = await newPage({ width: 390, height: 800 });
  await go(page, '#/module/inwoner/signaal-of-niet');
  await button(page, 'Begin').click();
  const hint = (await page.locator('main .hint').first().innerText().catch(() => '')).trim();
  const buttons = await page.locator('main .button-row button').evaluateAll((b) => b.map((x) => x.innerText.trim()));
  log('2.5.1 cards', { hint, buttons });
  await context.close();
}
{
  // Scene at 320 px: panning is scrolling in a box; is there a way without dragging?
  const { context, page } = await newPage({ width: 320, height: 640 });
  await go(page, '#/module/inwoner/zoek-de-signalen-straat');
  await button(page, 'Begin').click();
  const fit = await button(page, 'Hele tekening tonen').isVisible();
  const scroller = await page.locator('.scene-scroll').evaluate((s) => ({ scrollWidth: s.scrollWidth, clientWidth: s.clientWidth, tabindex: s.getAttribute('tabindex'), role: s.getAttribute('role'), label: s.getAttribute('aria-label') }));
  // Every region can be reached with Tab, also those outside the visible part.
  const regions = await page.locator('.hotspot').count();
  let reached = 0;
  await page.locator('.hotspot').first().focus();
  for (let i = 0; i < regions; i++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains('hotspot'))) reached++;
    await page.keyboard.press('Tab');
  }
  log('2.5.7 scene at 320', { fitButton: fit, scroller, regions, regionsReachedByTab: reached });
  await context.close();
}

// 1.4.13 Content on hover or focus: the scene's name tags.
{
  const { context, page } = await newPage();
  await go(page, '#/module/inwoner/zoek-de-signalen-straat');
  await button(page, 'Begin').click();
  const result = [];
  const n = await page.locator('.hotspot').count();
  for (let i = 0; i < n; i++) {
    const h = page.locator('.hotspot').nth(i);
    await h.hover();
    await settle(page);
    const r = await h.evaluate((el) => {
      const label = el.querySelector('.hotspot__label');
      const lr = label.getBoundingClientRect();
      const shown = getComputedStyle(label).clipPath === 'none';
      const overlaps = [...document.querySelectorAll('.hotspot')].filter((o) => o !== el).filter((o) => {
        const q = o.getBoundingClientRect();
        return lr.left < q.right && lr.right > q.left && lr.top < q.bottom && lr.bottom > q.top;
      }).map((o) => o.getAttribute('aria-label') || o.innerText.trim());
      return { region: el.innerText.trim(), shown, label: `${Math.round(lr.width)}x${Math.round(lr.height)}`, covers: overlaps, pointerEvents: getComputedStyle(label).pointerEvents };
    });
    await page.keyboard.press('Escape');
    await settle(page);
    r.hiddenByEscape = await h.evaluate((el) => getComputedStyle(el.querySelector('.hotspot__label')).clipPath !== 'none');
    result.push(r);
  }
  log('1.4.13 scene name tags', { regions: n, coverOtherRegions: result.filter((r) => r.covers.length), escapeHides: result.filter((r) => r.hiddenByEscape).length, sample: result[0] });
  const titles = await page.evaluate(() => [...document.querySelectorAll('[title]')].map((e) => e.tagName + ': ' + e.title));
  log('1.4.13 title tooltips', titles);
  await context.close();
}

// 3.2.3 consistent navigation, 3.2.6 consistent help: the order of the
// header links and of the help in the footer on every sampled page.
{
  const hashes = ['#/', '#/voor/inwoner', '#/voor/medewerker', '#/module/inwoner/wat-klopt-er-niet', '#/module/medewerker/wat-is-ondermijning', '#/module/jeugd/privacy', '#/voor/jeugd', '#/studio', '#/voortgang', '#/toegankelijkheid', '#/privacy', '#/presenteer/inwoner/wat-klopt-er-niet', '#/bewijs/inwoner/wat-klopt-er-niet', '#/leerkracht/jeugd/privacy'];
  const { context, page } = await newPage();
  const rows = [];
  for (const h of hashes) {
    await go(page, h);
    rows.push(
      await page.evaluate((h) => {
        const t = (e) => e.innerText.trim().replace(/\s+/g, ' ');
        const header = [...document.querySelectorAll('header a, header button')].map(t);
        const footerLinks = [...document.querySelectorAll('footer li a')].filter((a) => !/^(tel|mailto):/.test(a.getAttribute('href'))).map(t);
        const footerHelp = document.querySelector('footer h2') ? t(document.querySelector('footer h2')) : null;
        const moduleHelp = document.querySelector('main .what-to-do h2') ? t(document.querySelector('main .what-to-do h2')) : null;
        // Help mechanisms in page order: where they sit relative to main.
        const order = [...document.querySelectorAll('main, footer h2, main .what-to-do, footer a[href="#/toegankelijkheid"]')].map((e) => (e.tagName === 'MAIN' ? 'main' : e.matches('.what-to-do') ? 'what-to-do (in main)' : e.tagName === 'H2' ? 'footer: ' + t(e) : 'footer: Toegankelijkheid'));
        return { page: h, header, footerLinks, footerHelp, moduleHelp, order };
      }, h),
    );
  }
  const headerVariants = [...new Set(rows.map((r) => r.header.join(' | ')))];
  const footerVariants = [...new Set(rows.map((r) => r.footerLinks.join(' | ')))];
  log('3.2.3 header variants', headerVariants.map((v) => ({ v, pages: rows.filter((r) => r.header.join(' | ') === v).map((r) => r.page) })));
  log('3.2.6 footer link variants', footerVariants.map((v) => ({ v, pages: rows.filter((r) => r.footerLinks.join(' | ') === v).map((r) => r.page) })));
  log('3.2.6 help placement', rows.map((r) => ({ page: r.page, footerHelp: r.footerHelp, moduleHelp: r.moduleHelp, order: r.order.join(' > ') })));
  await context.close();
}

// 3.3.7 Redundant entry: the certificate name, the nickname.
{
  const { context, page } = await newPage();
  await go(page, '#/');
  await page.evaluate(() => localStorage.setItem('weerbaar.voortgang', JSON.stringify({ versie: 1, modules: { 'inwoner/wat-klopt-er-niet': { first_opened: 1, updated: 2, completed: { at: 1764849600000, score: 80 } }, 'inwoner/signaal-of-niet': { first_opened: 1, updated: 2, completed: { at: 1764849600000, score: 90 } } } })));
  await go(page, '#/bewijs/inwoner/wat-klopt-er-niet');
  await page.reload();
  await ready(page);
  await page.fill('#naam', 'Sam de Vries');
  const onCertificate = (await page.locator('.certificate').innerText()).includes('Sam de Vries');
  await go(page, '#/bewijs/inwoner/signaal-of-niet');
  const secondWithout = await page.inputValue('#naam');
  await page.fill('#naam', 'Sam de Vries');
  await page.getByLabel('Onthoud mijn naam op dit apparaat').check();
  await go(page, '#/bewijs/inwoner/wat-klopt-er-niet');
  const secondWith = await page.inputValue('#naam');
  log('3.3.7 certificate name', { shownLiveOnCertificate: onCertificate, nextCertificateWithoutRemember: secondWithout, nextCertificateWithRemember: secondWith });
  await context.close();
}

// 3.3.1 / 3.3.3 errors, 1.3.5 input purpose, 4.1.3 status messages.
{
  const { context, page } = await newPage();
  await go(page, '#/voor/jeugd');
  await button(page, 'Start').click();
  await settle(page);
  const summary = await page.locator('#fouten').evaluate((e) => ({ role: e.getAttribute('role'), focused: document.activeElement === e, text: e.innerText.replace(/\s+/g, ' '), links: [...e.querySelectorAll('a')].map((a) => a.getAttribute('href')) }));
  const field = await page.locator('#bijnaam').evaluate((e) => ({ invalid: e.getAttribute('aria-invalid'), describedBy: (e.getAttribute('aria-describedby') || '').split(' ').map((id) => document.getElementById(id)?.innerText.trim()).filter(Boolean) }));
  log('3.3.1 youth setup', { summary, nicknameField: field });
  // Lesson test without an answer.
  await go(page, '#/module/medewerker/wat-is-ondermijning');
  for (let i = 0; i < 30 && !(await button(page, 'Naar de toets').count()); i++) {
    const set = page.locator('main fieldset input').first();
    if ((await set.count()) && !(await page.locator('main fieldset input:checked').count())) await set.check({ force: true });
    const b = ['Controleer je antwoord', 'Volgende'].map((n) => button(page, n));
    if (await b[0].count()) await b[0].click();
    else await b[1].click();
    await settle(page);
  }
  await button(page, 'Naar de toets').click();
  await settle(page);
  await page.getByRole('button', { name: /^(Volgende|Naar je uitslag)$/ }).first().click();
  await settle(page);
  const testError = await page.evaluate(() => {
    const e = document.getElementById('foutmelding');
    return e && { role: e.getAttribute('role'), focused: document.activeElement === e || e.contains(document.activeElement), text: e.innerText.replace(/\s+/g, ' ') };
  });
  log('3.3.1 final test without answer', testError);
  // The quiz: "Controleer je antwoord" without a choice.
  await go(page, '#/module/inwoner/wat-klopt-er-niet');
  await button(page, 'Begin').click();
  await settle(page);
  await button(page, 'Controleer je antwoord').click();
  await settle(page);
  log('3.3.1 quiz without answer', await page.evaluate(() => ({
    focus: `${document.activeElement.tagName.toLowerCase()}#${document.activeElement.id} "${(document.activeElement.innerText || '').trim().slice(0, 60)}"`,
    errors: [...document.querySelectorAll('[role=alert], .error-message, .error-summary')].map((e) => ({ text: e.innerText.trim().replace(/\s+/g, ' ').slice(0, 80), announced: !!e.closest('[aria-live], [role=alert], [role=status]') })),
    invalid: [...document.querySelectorAll('[aria-invalid=true]')].length,
  })));
  const inputs = [];
  for (const h of ['#/voor/jeugd', '#/bewijs/inwoner/wat-klopt-er-niet', '#/studio']) {
    await go(page, h);
    inputs.push(...(await page.locator('main input:not([type=radio]):not([type=checkbox]), main textarea, main select').evaluateAll((els, h) => els.map((e) => `${h} ${e.tagName.toLowerCase()}#${e.id} type=${e.type} autocomplete=${e.getAttribute('autocomplete')} label="${(e.labels?.[0]?.innerText || '').trim()}"`), h)));
  }
  log('1.3.5 fields', inputs);
  // Quiz feedback: where does focus go, is it in a live region?
  await go(page, '#/module/inwoner/wat-klopt-er-niet');
  await button(page, 'Begin').click();
  await page.locator('main fieldset input').first().check({ force: true });
  await button(page, 'Controleer je antwoord').click();
  await settle(page);
  const quizFeedback = await page.evaluate(() => ({ focus: `${document.activeElement.tagName} "${document.activeElement.innerText.trim().slice(0, 40)}"`, inLive: !!document.activeElement.closest('[aria-live], [role=status], [role=alert]') }));
  await go(page, '#/module/inwoner/zoek-de-signalen-straat');
  await button(page, 'Begin').click();
  const statusBefore = await page.locator('.scene-status').innerText();
  await page.locator('.hotspot').first().click();
  await settle(page);
  const sceneStatus = { before: statusBefore.trim(), after: (await page.locator('.scene-status').innerText()).trim(), live: await page.locator('.scene-status').getAttribute('aria-live') };
  log('4.1.3 status', { quizFeedback, sceneStatus });
  await context.close();
}

// 1.3.4 orientation: portrait and landscape phone sizes.
{
  const res = [];
  for (const [w, h] of [
    [390, 844],
    [844, 390],
  ]) {
    const { context, page } = await newPage({ width: w, height: h });
    for (const hash of ['#/', '#/module/inwoner/zoek-de-signalen-straat', '#/presenteer/inwoner/wat-klopt-er-niet', '#/module/jeugd/privacy']) {
      await go(page, hash);
      res.push({ size: `${w}x${h}`, hash, overflow: await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), h1: (await page.locator('h1').first().innerText()).slice(0, 40) });
    }
    await context.close();
  }
  log('1.3.4 orientation', res.filter((r) => r.overflow > 0));
}

// 2.4.2 titles, 3.1.1 / 3.1.2 language, 1.4.1 links in text, axe per page.
{
  const { context, page } = await newPage();
  const hashes = ['#/', '#/voor/inwoner', '#/module/medewerker/wat-is-ondermijning', '#/module/inwoner/wat-klopt-er-niet', '#/module/inwoner/signaal-of-niet', '#/module/inwoner/zoek-de-signalen-straat', '#/module/inwoner/nieuwe-buren', '#/voor/jeugd', '#/module/jeugd/privacy', '#/leerkracht/jeugd/privacy', '#/studio', '#/presenteer/inwoner/wat-klopt-er-niet', '#/afdrukken/medewerker/wat-is-ondermijning', '#/bewijs/inwoner/wat-klopt-er-niet', '#/voortgang', '#/toegankelijkheid', '#/privacy', '#/diploma'];
  const rows = [];
  for (const h of hashes) {
    await go(page, h);
    const r = await page.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      otherLang: [...document.querySelectorAll('[lang]')].filter((e) => e !== document.documentElement).map((e) => e.lang),
      linksInText: [...document.querySelectorAll('main p a, main li > a')].filter((a) => a.parentElement.childNodes.length > 1).map((a) => getComputedStyle(a).textDecorationLine).reduce((m, d) => ((m[d] = (m[d] || 0) + 1), m), {}),
    }));
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    rows.push({ page: h, ...r, axeViolations: axe.violations.map((v) => `${v.id} (${v.nodes.length})`), axeIncomplete: axe.incomplete.map((v) => `${v.id} (${v.nodes.length})`) });
  }
  const titles = rows.map((r) => r.title);
  log('2.4.2 titles', { unique: new Set(titles).size === titles.length, titles });
  log('3.1 language', { langs: [...new Set(rows.map((r) => r.lang))], partsWithLang: rows.filter((r) => r.otherLang.length).map((r) => `${r.page}: ${r.otherLang}`) });
  log('1.4.1 links in running text', rows.map((r) => `${r.page}: ${JSON.stringify(r.linksInText)}`));
  log('axe', rows.map((r) => `${r.page}: violations [${r.axeViolations}] needs review [${r.axeIncomplete}]`));
  await context.close();
}

const file = save(opts.out, 'criteria.json', { dist: opts.dist, date: new Date().toISOString(), chromium: browser.version(), results: out });
console.log(`wrote ${file}`);
await close();
