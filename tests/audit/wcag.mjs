// WCAG-EM sample audit: opens every page state of the sample (one module of
// every content kind, each mission exercise, and the other page types), and
// runs the measurements of checks.mjs on each state. Writes
// tests/audit/results/states.json (everything) and prints a summary.
//
//   node tests/audit/wcag.mjs [--dist DIR] [--only les,quiz] [--out DIR]
//
// The sample and the way each state is reached are listed in SAMPLE below;
// a state's driver only uses what a learner sees (button names, labels).
import { args, ready, save, settle, start } from './lib.mjs';
import { forcedColours, keyboardWalk, motion, names, overflowAt, readingAid, targetSizes, targetSizesAt, textSpacing } from './checks.mjs';

const opts = args();
const KEY = 'weerbaar.voortgang';

const button = (page, name) => page.getByRole('button', { name, exact: true }).first();
const click = async (page, name) => {
  await button(page, name).click();
  await settle(page);
  await page.waitForTimeout(150);
};
/** Picks the first option of every answerable question that has none chosen. */
async function answerFirst(page) {
  const sets = page.locator('main fieldset');
  for (let i = 0; i < (await sets.count()); i++) {
    const first = sets.nth(i).locator('input[type=radio], input[type=checkbox]').first();
    if ((await first.count()) && (await first.isEnabled()) && !(await sets.nth(i).locator('input:checked').count())) await first.check({ force: true });
  }
  await settle(page);
}
/** Presses the first of `names` that is on the page; returns it or null. */
async function next(page, names) {
  for (const n of names) {
    const b = button(page, n);
    if ((await b.count()) && (await b.isVisible())) {
      await b.click();
      await settle(page);
      await page.waitForTimeout(150);
      return n;
    }
  }
  return null;
}
const FORWARD = ['Begin', 'Controleer je antwoord', 'Volgende vraag', 'Volgende kaart', 'Naar de toets', 'Naar je uitslag', 'Bekijk je uitslag', 'Volgende', 'Les afronden'];
/** Until a heading matching `re` shows: answer, go forward. */
async function forwardUntil(page, test, max = 30) {
  for (let i = 0; i < max; i++) {
    if (await test()) return true;
    await answerFirst(page);
    if (!(await next(page, FORWARD))) return test();
  }
  return test();
}
const has = (page, sel) => async () => (await page.locator(sel).count()) > 0 && (await page.locator(sel).first().isVisible());
const textIn = (page, re) => async () => re.test(await page.locator('main').innerText());

async function seedDone(page, server, ids) {
  await page.goto(server.url + 'index.html');
  await ready(page);
  const at = Date.UTC(2026, 11, 3, 12);
  await page.evaluate(
    ([key, ids, at]) => localStorage.setItem(key, JSON.stringify({ versie: 1, modules: Object.fromEntries(ids.map((id, i) => [id, { first_opened: at - 600000, updated: at, ...(i === 0 ? { completed: { at, score: 80 } } : {}) }])) })),
    [KEY, ids, at],
  );
}

/** Mission helper: press "Verder" until the step holds `sel`. */
async function missionTo(page, sel) {
  for (let i = 0; i < 12; i++) {
    if ((await page.locator(sel).count()) && (await page.locator(sel).first().isVisible())) return true;
    if (!(await next(page, ['Verder']))) return false;
    await page.waitForTimeout(200);
  }
  return false;
}

/**
 * The sample (WCAG-EM step 3): [id, content kind / page type, hash, states]
 * where each state is [name, driver(page) run from the previous state].
 */
const SAMPLE = [
  ['home', 'startpagina', '#/', [['start', async () => true]]],
  ['doelgroep', 'doelgroeppagina', '#/voor/inwoner', [['start', async () => true]]],
  [
    'les',
    'les (kennischeck, eindtoets)',
    '#/module/medewerker/wat-is-ondermijning',
    [
      ['pagina 1', async () => true],
      ['kennischeck', async (p) => forwardUntil(p, has(p, 'main fieldset'))],
      ['kennischeck feedback', async (p) => (await answerFirst(p), !!(await next(p, ['Controleer je antwoord'])))],
      [
        'eindtoets vraag',
        async (p) => {
          const toets = async () => (await button(p, 'Naar de toets').count()) > 0;
          if (!(await forwardUntil(p, toets))) return false;
          await click(p, 'Naar de toets');
          return true;
        },
      ],
      ['eindtoets foutmelding', async (p) => !!(await next(p, ['Volgende', 'Naar je uitslag'])) && textIn(p, /Kies|kies/)()],
      ['uitslag', async (p) => forwardUntil(p, textIn(p, /Doe de hele toets opnieuw|Oefen de vragen|Je hebt deze les afgerond/), 40)],
    ],
  ],
  [
    'quiz',
    'quiz',
    '#/module/inwoner/wat-klopt-er-niet',
    [
      ['start', async () => true],
      ['vraag', async (p) => forwardUntil(p, has(p, 'main fieldset'))],
      ['feedback', async (p) => (await answerFirst(p), !!(await next(p, ['Controleer je antwoord'])))],
      ['uitslag', async (p) => forwardUntil(p, async () => /Je uitslag/.test(await p.locator('h1').first().innerText()), 60)],
    ],
  ],
  [
    'kaarten',
    'kaarten',
    '#/module/inwoner/signaal-of-niet',
    [
      ['start', async () => true],
      ['kaart', async (p) => (await next(p, ['Begin']), true)],
      ['feedback', async (p) => !!(await next(p, ['Signaal']))],
      [
        'uitslag',
        async (p) => {
          const done = textIn(p, /Speel de gemiste kaarten|Speel nog een keer/);
          for (let i = 0; i < 200 && !(await done()); i++) {
            if (!(await next(p, ['Volgende kaart', 'Bekijk je uitslag', 'Signaal', 'Geen signaal']))) break;
          }
          return done();
        },
      ],
    ],
  ],
  [
    'scene',
    'scène (zoek de signalen)',
    '#/module/inwoner/zoek-de-signalen-straat',
    [
      ['instellingen', async () => true],
      ['spelen, 1 gemarkeerd', async (p) => (await next(p, ['Begin']), await p.locator('.hotspot').first().click(), true)],
      ['uitslag', async (p) => !!(await next(p, ['Klaar']))],
    ],
  ],
  [
    'scenario',
    'scenario',
    '#/module/inwoner/nieuwe-buren',
    [
      ['start', async () => true],
      [
        'na een keuze',
        async (p) => {
          await next(p, ['Begin']);
          const choice = p.locator('main .choices button, main .scenario button').first();
          if (await choice.count()) await choice.click();
          else await p.locator('main article button').first().click();
          await settle(p);
          return true;
        },
      ],
      [
        'einde',
        async (p) => {
          for (let i = 0; i < 15; i++) {
            if (await textIn(p, /Opnieuw beginnen/)() && !(await p.locator('main article button:not(:text("Een stap terug")):not(:text("Opnieuw beginnen"))').count())) return true;
            const b = p.locator('main article button').filter({ hasNotText: /Een stap terug|Opnieuw beginnen/ }).first();
            if (!(await b.count())) break;
            await b.click();
            await settle(p);
          }
          return true;
        },
      ],
    ],
  ],
  [
    'jeugd',
    'jeugdpagina (speler maken)',
    '#/voor/jeugd',
    [
      ['start', async () => true],
      ['foutmelding', async (p) => (await click(p, 'Start'), true)],
      [
        'kaart van missies',
        async (p) => {
          await p.getByLabel('Op een computer van school of de bibliotheek').check();
          await p.fill('#bijnaam', 'Blauwe Uil');
          await p.locator('label.avatar-choice__label', { hasText: 'Uil' }).click();
          await click(p, 'Start');
          return true;
        },
      ],
    ],
  ],
  [
    'echt-of-nep',
    'missie: echt of nep',
    '#/module/jeugd/echt-of-nep',
    [
      ['oefening', async (p) => missionTo(p, '.message__part')],
      ['gemarkeerd', async (p) => (await p.locator('.message__part').first().click(), true)],
      ['uitslag', async (p) => !!(await next(p, ['Klaar, laat zien']))],
    ],
  ],
  [
    'sorteren',
    'missie: sorteren',
    '#/module/jeugd/privacy',
    [
      ['oefening', async (p) => missionTo(p, '.sort-bin')],
      ['feedback', async (p) => (await p.locator('.sort-bin').first().click(), true)],
    ],
  ],
  [
    'privacy',
    'missie: privacyprofiel',
    '#/module/jeugd/privacy',
    [
      ['oefening', async (p) => missionTo(p, '.privacy__who, main fieldset input[type=radio]')],
      [
        'profiel',
        async (p) => {
          await answerFirst(p);
          return !!(await next(p, ['Klaar, bekijk mijn profiel']));
        },
      ],
    ],
  ],
  [
    'wachtwoordlab',
    'missie: wachtwoordlab',
    '#/module/jeugd/sterke-wachtwoorden',
    [
      ['oefening', async (p) => missionTo(p, 'input[type=password], input#oefenwachtwoord')],
      [
        'getypt',
        async (p) => {
          await p.getByText('De lijst met bekende wachtwoorden wordt geladen…').waitFor({ state: 'detached' });
          await p.getByLabel('Jouw oefenwachtwoord').fill('fiets banaan wolk trompet');
          await p.locator('.lab__verdict').waitFor();
          return true;
        },
      ],
    ],
  ],
  [
    'chat',
    'missie: chat',
    '#/module/jeugd/te-aardig-online',
    [
      ['oefening', async (p) => missionTo(p, '.chat__choices button')],
      ['na een keuze', async (p) => (await p.locator('.chat__choices button').first().click(), await settle(p), true)],
    ],
  ],
  ['leerkracht', 'pagina voor de leerkracht', '#/leerkracht/jeugd/privacy', [['start', async () => true]]],
  ['studio', 'studio (lesstof schrijven)', '#/studio', [['start', async () => true]]],
  [
    'presentatie',
    'presentatiemodus (quiz)',
    '#/presenteer/inwoner/wat-klopt-er-niet',
    [
      ['eerste dia', async () => true],
      ['vraagdia', async (p) => (await p.keyboard.press('PageDown'), await p.keyboard.press('PageDown'), await settle(p), true)],
    ],
  ],
  ['presentatie-scenario', 'presentatiemodus (scenario)', '#/presenteer/inwoner/nieuwe-buren', [['eerste dia', async () => true]]],
  ['afdrukken', 'les afdrukken', '#/afdrukken/inwoner/signalen-in-je-straat', [['start', async () => true]]],
  ['bewijs', 'bewijs van deelname', '#/bewijs/inwoner/wat-klopt-er-niet', [['met naam', async (p) => (await p.fill('#naam', 'Sam de Vries'), true)]], ['inwoner/wat-klopt-er-niet', 'inwoner/signalen-in-je-straat']],
  ['voortgang', 'Mijn voortgang', '#/voortgang', [['met voortgang', async () => true], ['wissen vragen', async (p) => (await click(p, 'Wis mijn gegevens'), true)]], ['inwoner/wat-klopt-er-niet', 'inwoner/signalen-in-je-straat']],
  ['toegankelijkheid', 'toegankelijkheidspagina', '#/toegankelijkheid', [['start', async () => true]]],
  ['privacypagina', 'privacypagina', '#/privacy', [['start', async () => true]]],
  ['niet-gevonden', 'foutpagina', '#/bestaat-niet', [['start', async () => true]]],
];

const { server, browser, close } = await start(opts.dist);
const results = [];
const t0 = Date.now();
for (const [id, kind, hash, states, seed] of SAMPLE) {
  if (opts.only.length && !opts.only.includes(id)) continue;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (seed) await seedDone(page, server, seed);
  await page.goto(server.url + 'index.html' + hash);
  if (seed) await page.reload();
  await ready(page);
  for (const [state, drive] of states) {
    const where = `${id} / ${state}`;
    let reached;
    try {
      reached = await drive(page);
    } catch (e) {
      reached = false;
      errors.push(`driver: ${e.message.split('\n')[0]}`);
    }
    await settle(page);
    const r = { id, kind, hash, state, reached: !!reached, url: page.url().replace(server.url, ''), title: await page.title() };
    if (!reached) {
      r.errors = [...errors];
      results.push(r);
      console.log(`${where}: NOT REACHED ${errors.join('; ')}`);
      continue;
    }
    r.names = await names(page);
    r.keyboard = await keyboardWalk(page);
    r.targets = await targetSizes(page);
    r.targets320 = await targetSizesAt(page, 320, 640);
    r.zoom200 = await overflowAt(page, 640, 512);
    r.zoom400 = await overflowAt(page, 320, 256);
    // 2.4.11 at 400 %: a sticky or fixed box is larger relative to the page.
    await page.setViewportSize({ width: 320, height: 256 });
    const small = await keyboardWalk(page);
    r.keyboard400 = { stops: small.stops, obscuredEntirely: small.obscuredEntirely, obscuredPartly: small.obscuredPartly, noIndicator: small.noIndicator };
    await page.setViewportSize({ width: 1280, height: 800 });
    r.textSpacing = await textSpacing(page);
    r.readingAid = await readingAid(page);
    r.forcedColours = await forcedColours(page);
    r.motion = await motion(page);
    r.errors = [...errors];
    results.push(r);
    const k = r.keyboard;
    console.log(
      `${where}: ${k.stops} tab stops, no-ring ${k.noIndicator.length}, unreached ${k.unreached.length}, trap ${k.trap ?? '-'}, hidden ${k.obscuredEntirely.length}/${r.keyboard400.obscuredEntirely.length}@400, ` +
        `targets<24 ${r.targets.fail.length}/${r.targets320.fail.length}@320, ring<3:1 ${k.lowRingContrast.length}, overflow ${r.zoom200.pageOverflow}/${r.zoom400.pageOverflow}, spacing ${r.textSpacing.wide.pageOverflow}/${r.textSpacing.narrow.pageOverflow} clip ${r.textSpacing.narrow.clipped.length}, aid ${r.readingAid.wide.pageOverflow}/${r.readingAid.narrow.pageOverflow}, ` +
        `forced no-ring ${r.forcedColours.noIndicator.length}, unnamed ${r.names.unnamed.length}, label-not-in-name ${r.names.labelNotInName.length}`,
    );
  }
  await context.close();
}
const file = save(opts.out, opts.only.length ? `states-${opts.only.join('-')}.json` : 'states.json', { dist: opts.dist, date: new Date().toISOString(), chromium: browser.version(), results });
console.log(`wrote ${file} in ${Math.round((Date.now() - t0) / 1000)} s`);
await close();
