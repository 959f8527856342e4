// Bad input never crashes and never loses data: blocked or full storage,
// corrupt or too-new progress, failed downloads, broken and hostile content.
// Each case checks that the app loads, tells the learner, and that progress
// that was there is intact or kept aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEY, MODULES, useSite } from './lib/site.mjs';
import { gateProblems, openPage, waitForHeading, settled, until } from './lib/gates.mjs';


const site = useSite();

/** Puts `value` under `key` in localStorage before the app first starts. */
async function seed(context, key, value) {
  await context.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('weerbaar-test-seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('weerbaar-test-seeded', '1');
      }
    },
    [key, value],
  );
}

async function fresh(initScript) {
  // No service worker: these tests fake the network with page.route, which
  // does not see requests the worker answers, and once the worker has
  // stored the app (fast since it stores only the app) it would race them.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  if (initScript) await context.addInitScript(initScript);
  const page = await openPage(context, site.server.origin);
  return { context, page };
}

test('storage blocked by policy (SecurityError): notice, and the app still works', async () => {
  const { context, page } = await fresh(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(site.server.url);
  await waitForHeading(page);
  await page.getByText('niet toe dat Weerbaar je voortgang bewaart').waitFor();
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await waitForHeading(page);
  await page.locator('.what-to-do').waitFor();
  // In memory, progress still works for this visit.
  await page.locator('a', { hasText: 'Mijn voortgang' }).first().click();
  await waitForHeading(page, 'Mijn voortgang');
  await page.locator('.module-list__item', { hasText: 'Bezig' }).waitFor();
  assert.deepEqual(await gateProblems(page), []);
  // The children's page promises nothing it cannot keep.
  await page.goto(site.server.url + 'index.html#/voor/jeugd');
  await page.locator('h1', { hasText: 'Missies' }).waitFor();
  assert.equal(await page.locator('#waar-eigen-hint').textContent(), 'Deze browser bewaart nu niets. Je missies zijn weg als je de pagina sluit.');
  await context.close();
});

test('storage full (QuotaExceededError): notice, progress kept in memory', async () => {
  const { context, page } = await fresh(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await waitForHeading(page);
  await page.getByText('Er is geen ruimte meer').waitFor();
  // The notice can be dismissed with the keyboard.
  await page.getByRole('button', { name: 'Sluiten' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByText('Er is geen ruimte meer').count(), 0);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('corrupt progress is kept aside under a backup key, never destroyed', async () => {
  const { context, page } = await fresh();
  await seed(context, KEY, '{"versie":1,"modules":{kapot');
  await page.goto(site.server.url);
  await waitForHeading(page);
  await page.getByText('apart gezet').waitFor();
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const backups = Object.entries(stored).filter(([k]) => k.startsWith(`${KEY}.onleesbaar.`));
  assert.equal(backups.length, 1, JSON.stringify(stored));
  assert.equal(backups[0][1], '{"versie":1,"modules":{kapot');
  // New progress is saved normally afterwards.
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await waitForHeading(page);
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('first_opened'), KEY);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('unreadable progress that stays unreadable is backed up once, not on every load', async () => {
  const { context, page } = await fresh();
  await page.goto(site.server.url);
  await waitForHeading(page);
  await page.evaluate((k) => localStorage.setItem(k, '{"versie":1,"modules":{kapot'), KEY);
  // Five visits that only look around: nothing new is saved, so the
  // unreadable text stays under the main key all the time.
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await waitForHeading(page);
    await page.getByText('apart gezet').waitFor();
  }
  const backups = await page.evaluate((k) => Object.keys(localStorage).filter((key) => key.startsWith(`${k}.onleesbaar.`)), KEY);
  assert.equal(backups.length, 1, `one backup, not one per load: ${backups}`);
  await context.close();
});

test('progress from a newer version is left untouched', async () => {
  const { context, page } = await fresh();
  const future = '{"versie":99,"iets":"nieuws"}';
  await seed(context, KEY, future);
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await waitForHeading(page);
  await page.getByText('nieuwere versie').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), future);
  await context.close();
});

test('existing progress survives a reload and shows on Mijn voortgang', async () => {
  const { context, page } = await fresh();
  const doc = { versie: 1, modules: { [MODULES[0]]: { first_opened: 1, updated: 2, completed: { at: 2, score: 90 } } } };
  await seed(context, KEY, JSON.stringify(doc));
  await page.goto(site.server.url + 'index.html#/voortgang');
  await waitForHeading(page, 'Mijn voortgang');
  await page.locator('.module-list__item', { hasText: 'Afgerond' }).waitFor();
  await context.close();
});

test('a failed content download shows a message with a working retry button', async () => {
  const { context, page } = await fresh();
  let fail = true;
  await page.route('**/content/SUMMARY.md', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(site.server.url + 'index.html#/voor/inwoner');
  await page.getByText('Dit deel kon niet worden geladen').waitFor();
  // The failed request itself is logged by Chromium; that is expected here.
  page.collected.console.length = 0;
  fail = false;
  await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await page.locator('.module-list a').first().waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('a module SUMMARY.md lists but the host lacks says so, for the learner and the trainer', async () => {
  const { context, page } = await fresh();
  // As when SUMMARY.md was edited on the host to list a file that is not
  // there: the module's Markdown and the build's parse of it answer 404.
  const id = MODULES[0];
  await page.route(new RegExp(`/content/${id}\\.(md|json)$`), (route) => route.fulfill({ status: 404, body: 'niet gevonden' }));
  await page.goto(site.server.url + `index.html#/module/${id}`);
  await waitForHeading(page, 'Deze module bestaat niet (meer)');
  assert.match(await page.locator('main').textContent(), /staat in het overzicht, maar het bestand ervan is niet op de website gevonden/);
  page.collected.console = page.collected.console.filter((m) => !/404/.test(m));
  assert.deepEqual(await gateProblems(page), []);
  await page.getByRole('link', { name: 'Terug naar de startpagina' }).click();
  await waitForHeading(page);
  await context.close();
});

test('a page whose code cannot be fetched says so, keeps the rest working, and retries', async () => {
  // The first visit loads only the main wasm; a module page's code comes
  // later. On a dropped connection (and no service worker copy yet) that
  // fetch fails: the learner gets a message and "Probeer opnieuw", not a
  // crashed app. Without a service worker, which would have a copy.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(context, site.server.origin);
  let fail = true;
  const parts = [];
  await page.route(/\/app-[0-9a-f]+\/(?!weerbaar_bg)[\w-]+\.wasm$/, (route) => {
    parts.push(route.request().url());
    return fail ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(site.server.url + 'index.html#/voor/inwoner');
  await waitForHeading(page, 'Inwoners');
  assert.deepEqual(parts, [], 'an audience page needs no lazily loaded part');
  await page.locator('.module-list a').first().click();
  await waitForHeading(page, 'Dit deel kon niet worden geladen');
  assert.ok(parts.length > 0, 'the module page asked for its part');
  assert.match(await page.locator('[role=alert]').textContent(), /verbinding/);
  page.collected.console.length = 0; // Chromium logs the failed fetch itself.
  assert.deepEqual(await gateProblems(page), []);
  // The header still works while the part is missing.
  await page.getByRole('link', { name: 'Start' }).click();
  await waitForHeading(page);
  await page.goBack();
  await waitForHeading(page, 'Dit deel kon niet worden geladen');
  page.collected.console.length = 0;
  fail = false;
  await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await page.locator('.lesson__status, .module, fieldset').first().waitFor();
  assert.notEqual(await page.locator('h1').textContent(), 'Dit deel kon niet worden geladen');
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('a broken module shows an error card with file and line; the rest keeps working', async () => {
  const { context, page } = await fresh();
  await page.route(`**/content/${MODULES[0]}.md`, (route) =>
    route.fulfill({ contentType: 'text/markdown', body: '---\ntitel: Kapotte module\nsoort: les\ndoelgroep: boeren\n---\nTekst.\n' }),
  );
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await waitForHeading(page, 'Kapotte module');
  const card = page.locator('.problems');
  await card.waitFor();
  const text = await card.textContent();
  assert.match(text, new RegExp(`${MODULES[0]}\\.md, regel 4`));
  assert.match(text, /De doelgroep "boeren" bestaat niet/);
  assert.match(text, /Zo los je het op:/);
  assert.deepEqual(await gateProblems(page), []);
  await page.goto(site.server.url + `index.html#/module/${MODULES[1]}`);
  await page.locator('.what-to-do').waitFor();
  await context.close();
});

async function openHostile(body) {
  const { context, page } = await fresh();
  page.dialogs = 0;
  page.on('dialog', (d) => {
    page.dialogs++;
    d.dismiss();
  });
  await page.route(`**/content/${MODULES[0]}.md`, (route) => route.fulfill({ contentType: 'text/markdown', body }));
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await waitForHeading(page);
  return { context, page };
}

async function assertNothingRan(page) {
  await page.mouse.move(200, 300);
  await settled(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'hostile code ran');
  assert.equal(page.dialogs, 0, 'a dialog opened');
  assert.equal(await page.locator('main script, main img[src="x"], main [onerror], main [onmouseover]').count(), 0);
  for (const link of await page.locator('a').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    assert.ok(!/^\s*(javascript|data|vbscript):/i.test(href), `unsafe href rendered: ${href}`);
  }
  assert.deepEqual(page.collected.foreign, []);
}

test('hostile raw HTML is shown as text, never run', async () => {
  const { context, page } = await openHostile(
    [
      '---',
      'titel: <img src=x onerror="window.__pwned=1">',
      'soort: les',
      'doelgroep: inwoner',
      '---',
      '<script>window.__pwned = 2; alert(1)</script>',
      '',
      '<img src=x onerror="window.__pwned=3">',
      '',
      'Tekst met <b onmouseover="window.__pwned=4">html</b> erin.',
    ].join('\n'),
  );
  await page.locator('.what-to-do').waitFor();
  const prose = await page.locator('.prose').textContent();
  assert.ok(prose.includes('<script>window.__pwned = 2'), prose);
  assert.ok(prose.includes('onmouseover'), prose);
  assert.equal(await page.locator('h1').textContent(), '<img src=x onerror="window.__pwned=1">');
  await assertNothingRan(page);
  await context.close();
});

test('hostile links and pictures are refused with an error card', async () => {
  const { context, page } = await openHostile(
    [
      '---',
      'titel: Gevaarlijke links',
      'soort: les',
      'doelgroep: inwoner',
      '---',
      '[klik](javascript:window.__pwned=5) [ook](&#106;avascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)',
      '',
      '![plaatje](https://tracker.example/pixel.png)',
    ].join('\n'),
  );
  const card = await page.locator('.problems').textContent();
  assert.match(card, /Deze link is niet toegestaan: "javascript:/);
  assert.match(card, /Afbeeldingen moeten op deze website staan/);
  await assertNothingRan(page);
  await context.close();
});

// The browser's own refusal, not any message that mentions integrity (a
// preload's warning about its integrity attribute once satisfied a looser match).
const SRI_REFUSED = /Failed to find a valid digest in the 'integrity' attribute/;

test('a tampered wasm file is refused by Subresource Integrity', async () => {
  const { context, page } = await fresh();
  await page.route('**/*_bg.wasm', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff; // one flipped byte
    await route.fulfill({ response, body });
  });
  await page.goto(site.server.url);
  await until(() => page.collected.console.some((m) => SRI_REFUSED.test(m)), 'the integrity error');
  await settled(page);
  assert.equal(await page.locator('h1').count(), 0, 'the tampered app must not start');
  await context.close();
});

test('a tampered lazily loaded part is refused too, and the learner is told', async () => {
  // No service worker: its clean copy would hide the tampered download.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(context, site.server.origin);
  let tampered = 0;
  await page.route(/\/app-[0-9a-f]+\/split_module\.wasm$/, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    tampered++;
    await route.fulfill({ response, body });
  });
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await waitForHeading(page, 'Dit deel kon niet worden geladen');
  assert.equal(tampered, 1, 'the module page fetched its part');
  assert.ok(page.collected.console.some((m) => SRI_REFUSED.test(m)), page.collected.console.join('\n'));
  await context.close();
});
