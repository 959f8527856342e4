// Offline: after one online visit, home, an audience page and a module
// reload without a connection; a new build is offered, not forced; where
// policy blocks service workers the app still works online.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { MODULES, ROOT, useSite } from './lib/site.mjs';
import { mission, models, needs } from './lib/content.mjs';
import { gateProblems, openPage, waitForHeading } from './lib/gates.mjs';

// This spec serves its own copy of the build, so a test can "redeploy".
const copy = mkdtempSync(join(tmpdir(), 'weerbaar-dist-'));
cpSync(resolve(ROOT, 'dist'), copy, { recursive: true });
const site = useSite(copy);
after(() => rmSync(copy, { recursive: true, force: true }));

/** Paths (relative to the site) in the service worker's cache. */
async function cachedPaths(page) {
  return page.evaluate(async () => {
    const scope = (await navigator.serviceWorker.ready).scope;
    const keys = await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()));
    return keys.flat().map((r) => decodeURIComponent(r.url).slice(scope.length));
  });
}

async function waitForCached(page, paths) {
  await page.waitForFunction(
    async (wanted) => {
      const scope = (await navigator.serviceWorker.ready).scope;
      for (const p of wanted) if (!(await caches.match(scope + p))) return false;
      return true;
    },
    paths,
    { timeout: 20_000, polling: 200 },
  );
}

async function firstVisit() {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url);
  await waitForHeading(page);
  // The worker precaches everything, then takes control of the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  return { context, page };
}

test('control: offline really cuts the network for a page without the service worker', async () => {
  const context = await site.browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  await assert.rejects(page.goto(site.server.url), /ERR_INTERNET_DISCONNECTED/);
  await context.close();
});

// The audience of the first scene (its picture must be kept too), from the
// core's model; the pictures its scenes show, as content/ paths.
const SCENE = models().find((m) => m.kind === 'Scene');
const AUD = SCENE && SCENE.id.split('/')[0];
const PICTURES = models()
  .filter((m) => m.kind === 'Scene' && m.id.startsWith(`${AUD}/`))
  .map((m) => posix.join('content', posix.dirname(m.id), m.items.Scene.image));

test('after one online visit, home, an audience page and its modules work offline', needs(SCENE, 'scene'), async (t) => {
  const { context, page } = await firstVisit();
  await page.goto(site.server.url + `index.html#/voor/${AUD}`);
  await page.locator('.module-list a').first().waitFor();
  // Opening an audience page keeps its modules, and the pictures they show.
  const inwoner = MODULES.filter((m) => m.startsWith(`${AUD}/`));
  await waitForCached(page, [...inwoner.map((m) => `content/${m}.md`), ...PICTURES]);
  // Online: the first module of the audience that explains a glossary term
  // (the glossary arrives with the module, so a rendered page has its terms).
  let glossed;
  for (const id of inwoner) {
    await page.goto(site.server.url + `index.html#/module/${id}`);
    await page.locator('.what-to-do').waitFor();
    const button = page.locator('.term__button').first();
    if (await button.count()) {
      glossed = { id, term: (await button.textContent()).split(',')[0].trim() };
      break;
    }
  }
  await page.goto(site.server.url + `index.html#/voor/${AUD}`);
  await page.locator('.module-list a').first().waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.locator('.module-list a').first().waitFor();
  await page.goto(site.server.url + 'index.html#/');
  await waitForHeading(page, 'Herken ondermijning');
  // A module of that audience that was never opened works offline too.
  await page.goto(site.server.url + `index.html#/module/${inwoner.at(-1)}`);
  await page.locator('.what-to-do').waitFor();
  await page.reload();
  await page.locator('.what-to-do').waitFor();
  assert.deepEqual(await gateProblems(page), []);
  // The glossary was stored at install, so terms are explained offline too.
  if (glossed) {
    await page.goto(site.server.url + `index.html#/module/${glossed.id}`);
    await page.locator('.term__button', { hasText: `${glossed.term},` }).first().waitFor();
  } else t.diagnostic(`no module of ${AUD} uses a glossary term: the glossary offline is not checked`);
  await context.close();
});

test('a first visit stores the app, not every module of every audience', async () => {
  const { context, page } = await firstVisit();
  const cached = await cachedPaths(page);
  assert.ok(cached.some((p) => p.endsWith('.wasm')), 'the app is stored');
  const atInstall = ['content/SUMMARY.md', 'content/site.md', 'content/preparsed.json', 'content/begrippen.md', 'content/begrippen.json'];
  for (const path of atInstall) assert.ok(cached.includes(path), `${path} is stored at install`);
  const modules = cached.filter((p) => p.startsWith('content/') && !atInstall.includes(p));
  assert.deepEqual(modules, [], 'no module is stored before its audience page or the module is opened');
  await context.close();
});

test('when policy blocks service workers the app still works online', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', {
      get() {
        throw new DOMException('Service workers are disabled by policy', 'SecurityError');
      },
    });
  });
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${MODULES[0]}`);
  await page.locator('.what-to-do').waitFor();
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

test('a new version is offered with a button and loads only when chosen', async () => {
  const { context, page } = await firstVisit();
  // "Deploy" a new build: same files, new service worker version.
  const sw = join(copy, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-nieuw'"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = page.getByText('Er is een nieuwe versie van Weerbaar');
  await notice.waitFor({ timeout: 20_000 });
  assert.deepEqual(await gateProblems(page), []);
  // Keyboard: the button is reachable and works with Enter.
  await page.getByRole('button', { name: 'Nu vernieuwen' }).focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await waitForHeading(page);
  assert.equal(await notice.count(), 0);
  const keys = await page.evaluate(() => caches.keys());
  assert.equal(keys.length, 1, `old caches are removed: ${keys}`);
  assert.match(keys[0], /-nieuw$/);
  await context.close();
});

const LAB = MODULES.find((m) => m.startsWith('jeugd/') && mission(m).steps.some((s) => s.exercise === 'wachtwoord'));

test('the password lab judges the same offline once opened online, and says so when its lists are missing', { ...needs(LAB, 'youth mission with a password lab'), timeout: 90_000 }, async () => {
  const id = LAB;
  const at = mission(id).steps.findIndex((s) => s.exercise === 'wachtwoord');
  const openLab = async (page) => {
    await page.goto(site.server.url + `index.html#/module/${id}`);
    await page.locator('.mission__status').waitFor();
    // A reload resumes at the step the child was on.
    const lab = page.getByLabel('Jouw oefenwachtwoord');
    for (let i = 0; i < at && !(await lab.isVisible()); i++) await page.getByRole('button', { name: 'Verder' }).click();
    await lab.waitFor();
  };
  const verdict = async (page) => {
    await page.getByText('De lijst met bekende wachtwoorden wordt geladen…').waitFor({ state: 'detached' });
    await page.getByLabel('Jouw oefenwachtwoord').fill('Wachtwoord');
    await page.locator('.lab__verdict', { hasText: 'Sterkte:' }).waitFor();
    return (await page.locator('.lab__verdict').textContent()).trim();
  };

  // Without its word lists (offline before the lab was ever opened) the lab
  // says its check is less strict.
  const blocked = await site.browser.newContext({ serviceWorkers: 'block' });
  const bare = await openPage(blocked, site.server.origin);
  await bare.route('**/jeugd/*.txt', (route) => route.abort('internetdisconnected'));
  await openLab(bare);
  await bare.getByText('minder streng').waitFor();
  await blocked.close();

  // Opened once online: offline it gives the online verdict.
  const { context, page } = await firstVisit();
  await openLab(page);
  const online = await verdict(page);
  assert.match(online, /Heel zwak/);
  await context.setOffline(true);
  await page.reload();
  await openLab(page);
  assert.equal(await verdict(page), online);
  assert.equal(await page.getByText('minder streng').count(), 0);
  await context.close();
});
