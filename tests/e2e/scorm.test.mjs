// SCORM packages in an LMS (issue 18): the package that `./dev pakket`
// builds from dist/, unpacked behind scorm-again (the LMS side of SCORM,
// from npm) in a parent window, for SCORM 1.2 and 2004. A lesson's final
// test reports passed or failed with its score; leaving halfway and coming
// back on another computer (empty browser storage) resumes from the LMS's
// suspend_data; an LMS that refuses everything gives a notice and the
// learner goes on. The manifest is checked as an LMS reads it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { buildPackage } from '../../scripts/pakket.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { CONTENT, ROOT, MODULES } from './lib/site.mjs';
import { AUDIENCE, first, models, needs, quiz, title } from './lib/content.mjs';
import { gateProblems, openPage } from './lib/gates.mjs';

// The first lesson whose final test has four questions with options (no
// ordering: the LMS frame is played with plain checks), a pass mark of 70 and
// no pool; missing the last two scores 50 %. From the core's model.
const fits = (m) => {
  const t = quiz(m.id).slice(-m.items.Lesson.test.length);
  return t.length === 4 && m.pass_mark === 70 && !m.test_size && t.every((q) => q.type !== 'order' && q.options.some((o) => !o.correct));
};
const MODULE = first('Lesson', (m) => m.items.Lesson.test.length && fits(m));
const SHAPE = needs(MODULE, 'lesson with a final test of four questions with options, pass mark 70');
const TITLE = MODULE && title(MODULE);
const TEST = MODULE ? quiz(MODULE).slice(-4) : [];
const RIGHT = Object.fromEntries(TEST.map((q) => [q.prompt, q.options.filter((o) => o.correct).map((o) => o.text)]));
const WRONG = Object.fromEntries(TEST.slice(2).map((q) => [q.prompt, q.options.find((o) => !o.correct).text]));
// A track whose first module is a lesson without a test, with a module after it.
const TRACK_LESSON = first('Lesson', (m) => {
  const track = MODULES.filter((id) => id.startsWith(`${AUDIENCE[m.audience]}/`));
  return !m.items.Lesson.test.length && track[0] === m.id && track.length > 1;
});
const TRACK = TRACK_LESSON && TRACK_LESSON.split('/')[0];
const AFTER = TRACK_LESSON && MODULES.filter((id) => id.startsWith(`${TRACK}/`))[1];
const GLOSSARY = existsSync(resolve(CONTENT, 'begrippen.md')) ? ['content/begrippen.md'] : [];

const tmp = mkdtempSync(join(tmpdir(), 'weerbaar-scorm-'));
const dist = resolve(ROOT, 'dist');
let browser;
/** Per SCORM version: the unpacked package behind the test LMS. */
const lms = {};

/** Builds a package into the temp folder; returns its zip entries. */
function pack(target, scorm, name) {
  const { path } = buildPackage({ target, scorm, uit: join(tmp, name), dist });
  return { bytes: readFileSync(path), files: unzipSync(readFileSync(path)) };
}

before(async () => {
  browser = await launch();
  for (const version of MODULE ? ['1.2', '2004'] : []) {
    const { files } = pack(MODULE, version, `module-${version}.zip`);
    const dir = join(tmp, `lms-${version}`);
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    copyFileSync(resolve(import.meta.dirname, 'lms/lms.html'), join(dir, 'lms.html'));
    for (const f of ['scorm12.min.js', 'scorm2004.min.js']) copyFileSync(resolve(ROOT, 'node_modules/scorm-again/dist', f), join(dir, f));
    // The launch address as an LMS builds it: the resource's href plus the
    // item's parameters.
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    const href = manifest.match(/<resource [^>]*href="([^"]+)"/)[1];
    const parameters = manifest.match(/<item [^>]*parameters="([^"]+)"/)[1];
    lms[version] = { server: await serve(dir), launch: href + parameters };
  }
});

after(async () => {
  await browser?.close();
  for (const v of Object.values(lms)) await v.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Opens the test LMS for `version`; `start` is what it stored before. */
async function openLms(version, { start, fout, block } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (start) await context.addInitScript((s) => (window.__lmsStart = s), start);
  if (block) await context.route(block, (route) => route.abort('internetdisconnected'));
  const page = await openPage(context, lms[version].server.origin);
  const query = new URLSearchParams({ versie: version, start: lms[version].launch });
  if (fout) query.set('fout', '1');
  await page.goto(`${lms[version].server.url}lms.html?${query}`);
  const sco = page.frameLocator('#sco');
  // The module's title, or on resume in its test the question.
  await sco.locator('h1').first().waitFor();
  return { context, page, sco };
}

/** The data model as the LMS stored it at the SCO's last commit. */
const committed = (page) => page.evaluate(() => window.lms.committed);

/** Waits until the last commit satisfies `check` (a function of the cmi). */
async function waitForCommit(page, check, what) {
  try {
    await page.waitForFunction(`(${check})(window.lms.committed ?? {})`, null, { timeout: 10000 });
  } catch {
    throw new Error(`no commit with ${what}: ${JSON.stringify(await committed(page))}`);
  }
}

/** The reported status, score and exit, the same shape for both versions. */
function reported(version, cmi) {
  return version === '1.2'
    ? { status: cmi.core.lesson_status, raw: cmi.core.score.raw, min: cmi.core.score.min, max: cmi.core.score.max, exit: cmi.core.exit, time: cmi.core.session_time }
    : {
        status: `${cmi.completion_status}/${cmi.success_status}`,
        raw: cmi.score.raw,
        min: cmi.score.min,
        max: cmi.score.max,
        exit: cmi.exit,
        time: cmi.session_time,
        scaled: cmi.score.scaled,
      };
}

async function toTest(sco) {
  while (!(await sco.getByRole('button', { name: 'Naar de toets' }).count())) await sco.getByRole('button', { name: 'Volgende' }).click();
  await sco.getByRole('button', { name: 'Naar de toets' }).click();
  await sco.locator('.caption', { hasText: 'Vraag 1 van 4' }).waitFor();
}

/** Answers the question on screen from `answers` (else RIGHT). */
async function answer(sco, answers = {}) {
  const h1 = sco.locator('h1');
  const q = await h1.textContent();
  const key = Object.keys(RIGHT).find((k) => q.includes(k));
  assert.ok(key, `a known question: ${q}`);
  for (const l of [].concat(answers[key] ?? RIGHT[key])) await sco.getByLabel(l).check();
  const last = await sco.getByRole('button', { name: 'Naar je uitslag' }).count();
  await sco.getByRole('button', { name: last ? 'Naar je uitslag' : 'Volgende' }).click();
  await sco.locator('h1', { hasNotText: q }).waitFor();
}

for (const version of ['1.2', '2004']) {
  test(`SCORM ${version}: a passed test reports passed with its score, time and exit=suspend, and finishes on leave`, SHAPE, async () => {
    const { context, page, sco } = await openLms(version);
    await sco.locator('h1', { hasText: TITLE }).waitFor();
    // Opening the module already reports it as started.
    await waitForCommit(page, version === '1.2' ? (c) => c.core?.lesson_status === 'incomplete' : (c) => c.completion_status === 'incomplete', 'incomplete');
    await toTest(sco);
    for (let n = 0; n < 4; n++) await answer(sco);
    await sco.locator('h1', { hasText: 'Je uitslag' }).waitFor();
    await waitForCommit(page, version === '1.2' ? (c) => c.core?.lesson_status === 'passed' : (c) => c.success_status === 'passed', 'passed');
    const r = reported(version, await committed(page));
    assert.equal(r.status, version === '1.2' ? 'passed' : 'completed/passed');
    assert.deepEqual([r.raw, r.min, r.max, r.exit], ['100', '0', '100', 'suspend']);
    if (version === '2004') assert.equal(r.scaled, '1');
    assert.match(r.time, version === '1.2' ? /^\d{2,4}:\d\d:\d\d\.\d\d$/ : /^PT/);
    assert.deepEqual(await page.evaluate(() => window.lms.errors), [], 'the LMS refused nothing');
    assert.equal(await sco.locator('.lms-notice').count(), 0);
    assert.deepEqual(await gateProblems(page), []);
    // The LMS closes the frame: session time, commit, finish.
    await page.evaluate(() => (document.getElementById('sco').src = 'about:blank'));
    await page.waitForFunction((name) => window.lms.calls.some((c) => c[0] === name && c[1] === '' && c[2] === 'true'), version === '1.2' ? 'LMSFinish' : 'Terminate');
    await context.close();
  });

  test(`SCORM ${version}: a failed test reports failed with its score`, SHAPE, async () => {
    const { context, page, sco } = await openLms(version);
    await toTest(sco);
    for (let n = 0; n < 4; n++) await answer(sco, WRONG);
    await sco.locator('h1', { hasText: 'Je uitslag' }).waitFor();
    await waitForCommit(page, version === '1.2' ? (c) => c.core?.lesson_status === 'failed' : (c) => c.success_status === 'failed', 'failed');
    const r = reported(version, await committed(page));
    assert.equal(r.status, version === '1.2' ? 'failed' : 'completed/failed');
    assert.deepEqual([r.raw, r.min, r.max], ['50', '0', '100']);
    if (version === '2004') assert.equal(r.scaled, '0.5');
    // Practising the missed questions changes nothing in the LMS either.
    await sco.getByRole('button', { name: 'Oefen de vragen die je fout had' }).click();
    for (let n = 0; n < 2; n++) await answer(sco);
    await sco.locator('h1', { hasText: 'Klaar met oefenen' }).waitFor();
    const after = reported(version, await committed(page));
    assert.deepEqual([after.status, after.raw], [r.status, '50']);
    assert.deepEqual(await gateProblems(page), []);
    await context.close();
  });

  test(`SCORM ${version}: leave halfway, come back on another computer: the LMS's resume state continues the test`, SHAPE, async () => {
    const first = await openLms(version);
    await toTest(first.sco);
    await answer(first.sco);
    await answer(first.sco);
    await first.sco.locator('.caption', { hasText: 'Vraag 3 van 4' }).waitFor();
    await waitForCommit(first.page, (c) => JSON.parse((c.suspend_data ?? 'w1:{}').slice(3)).a?.length === 2, 'two answers in suspend_data');
    const suspend = (await committed(first.page)).suspend_data;
    assert.ok(suspend.startsWith('w1:') && suspend.length < 4096, suspend);
    await first.context.close();

    // A new browser context: nothing in local storage, only the LMS's data.
    const { context, page, sco } = await openLms(version, { start: { 'cmi.suspend_data': suspend } });
    await sco.locator('.caption', { hasText: 'Vraag 3 van 4' }).waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('weerbaar.voortgang')));
    assert.equal(stored.modules[MODULE].first_opened, JSON.parse(suspend.slice(3)).f, 'the progress came from the LMS');
    await answer(sco);
    await answer(sco);
    await sco.locator('h1', { hasText: 'Je uitslag' }).waitFor();
    assert.match(await sco.locator('.panel').first().textContent(), /Je had 4 van de 4 vragen goed/);
    await waitForCommit(page, version === '1.2' ? (c) => c.core?.lesson_status === 'passed' : (c) => c.success_status === 'passed', 'passed after resume');
    assert.deepEqual(await gateProblems(page), []);
    await context.close();
  });

  test(`SCORM ${version}: an LMS that refuses everything gives a short notice, and the learner goes on`, SHAPE, async () => {
    const { context, page, sco } = await openLms(version, { fout: true });
    const notice = sco.locator('.lms-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /Je kunt gewoon verder/);
    assert.ok((await page.evaluate(() => window.lms.errors.length)) > 0, 'the LMS did refuse');
    assert.deepEqual(await gateProblems(page), []);
    // Nothing is blocked: the lesson goes on, and progress is kept locally.
    const before = await sco.locator('#lespagina').textContent();
    await sco.getByRole('button', { name: 'Volgende' }).click();
    await sco.locator('#lespagina', { hasNotText: before }).waitFor();
    await sco.getByRole('button', { name: 'Sluiten' }).click();
    await notice.waitFor({ state: 'detached' });
    const stored = await sco.locator('body').evaluate(() => JSON.parse(localStorage.getItem('weerbaar.voortgang')));
    assert.equal(stored.modules[MODULE].page, 1);
    await context.close();
  });
}

test('inside an LMS, when the LMS session\'s code cannot be fetched: a short notice, and the learner goes on', SHAPE, async () => {
  // The session is a lazily loaded part (lazy::lms_session): a website
  // visitor never fetches it, a learner in an LMS may be offline by then.
  const { context, page, sco } = await openLms('1.2', { block: '**/split_lms.wasm' });
  const notice = sco.locator('.lms-notice');
  await notice.waitFor();
  page.collected.console.length = 0; // Chromium logs the failed fetch itself.
  assert.deepEqual(await gateProblems(page), []);
  assert.equal(await page.evaluate(() => window.lms.committed), null, 'nothing reached the LMS');
  const before = await sco.locator('#lespagina').textContent();
  await sco.getByRole('button', { name: 'Volgende' }).click();
  await sco.locator('#lespagina', { hasNotText: before }).waitFor();
  await context.close();
});

test('a track package: a lesson without a test reports completed; following "next module" reports nothing for the other module', needs(TRACK_LESSON, 'track that starts with a lesson without a test'), async () => {
  const LESSON = TRACK_LESSON;
  for (const version of ['1.2', '2004']) {
    const { files } = pack(TRACK, version, `track-${version}.zip`);
    const dir = join(tmp, `track-${version}`);
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    copyFileSync(resolve(import.meta.dirname, 'lms/lms.html'), join(dir, 'lms.html'));
    for (const f of ['scorm12.min.js', 'scorm2004.min.js']) copyFileSync(resolve(ROOT, 'node_modules/scorm-again/dist', f), join(dir, f));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    // The launch of this module's SCO: its item's parameters, its resource's href.
    const item = manifest.match(new RegExp(`<item [^>]*identifierref="([^"]+)" parameters="(#/module/${LESSON})"`));
    const href = manifest.match(new RegExp(`<resource identifier="${item[1]}"[^>]*href="([^"]+)"`))[1];
    const server = await serve(dir);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await openPage(context, server.origin);
      await page.goto(`${server.url}lms.html?${new URLSearchParams({ versie: version, start: href + item[2] })}`);
      const sco = page.frameLocator('#sco');
      await sco.locator('h1', { hasText: title(LESSON) }).waitFor();
      while (!(await sco.getByRole('button', { name: 'Les afronden' }).count())) await sco.getByRole('button', { name: 'Volgende' }).click();
      await sco.getByRole('button', { name: 'Les afronden' }).click();
      await sco.locator('#lespagina', { hasText: 'Je hebt deze les afgerond' }).waitFor();
      const done = version === '1.2' ? (c) => c.core?.lesson_status === 'completed' : (c) => c.completion_status === 'completed';
      await waitForCommit(page, done, 'completed');
      const cmi = await committed(page);
      const r = reported(version, cmi);
      assert.equal(r.status, version === '1.2' ? 'completed' : 'completed/unknown');
      assert.equal(r.raw, '', 'no score for a lesson without a test');
      assert.deepEqual(await gateProblems(page), []);
      // The next module of the track opens in the same frame; the LMS keeps
      // this SCO's record: nothing of the other module is reported.
      const commits = await page.evaluate(() => window.lms.calls.length);
      await sco.getByRole('link', { name: /^Volgende module: / }).click();
      await sco.locator('h1', { hasText: title(AFTER) }).waitFor();
      await sco.getByRole('button').first().waitFor();
      assert.equal(await page.evaluate(() => window.lms.calls.length), commits, 'no calls for another module');
      assert.deepEqual(JSON.parse((await committed(page)).suspend_data.slice(3)).c?.length, 2, 'the resume state is still the lesson\'s (completed)');
    } finally {
      await context.close();
      await server.close();
    }
  }
});

test('without an LMS the packaged module runs as on the website: no notice, no LMS calls', SHAPE, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await openPage(context, lms['1.2'].server.origin);
  await page.goto(lms['1.2'].server.url + lms['1.2'].launch);
  await page.locator('h1', { hasText: TITLE }).waitFor();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.waitForFunction((id) => JSON.parse(localStorage.getItem('weerbaar.voortgang') ?? '{}').modules?.[id]?.page === 1, MODULE);
  assert.equal(await page.locator('.lms-notice').count(), 0);
  assert.deepEqual(await gateProblems(page), []);
  await context.close();
});

/** Checks a package as an LMS reads it; returns its manifest text. */
async function checkPackage(page, files, { scos, modules }) {
  assert.ok(files['imsmanifest.xml'], 'imsmanifest.xml at the root of the zip');
  const xml = new TextDecoder().decode(files['imsmanifest.xml']);
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const all = (tag) => [...doc.getElementsByTagName(tag)];
    return {
      error,
      organizations: all('organization').length,
      items: all('item').map((i) => ({ id: i.getAttribute('identifier'), ref: i.getAttribute('identifierref'), parameters: i.getAttribute('parameters') })),
      resources: all('resource').map((r) => ({ id: r.getAttribute('identifier'), href: r.getAttribute('href'), type: r.getAttribute('adlcp:scormtype') ?? r.getAttribute('adlcp:scormType') })),
      files: all('file').map((f) => f.getAttribute('href')),
      deps: all('dependency').map((d) => d.getAttribute('identifierref')),
      ids: all('*').map((e) => e.getAttribute('identifier')).filter(Boolean),
    };
  }, xml);
  assert.equal(parsed.error, null, 'well-formed XML');
  assert.equal(parsed.organizations, 1);
  assert.equal(new Set(parsed.ids).size, parsed.ids.length, 'identifiers are unique');
  assert.equal(parsed.items.length, scos);
  assert.equal(parsed.resources.filter((r) => r.type === 'sco').length, scos);
  for (const ref of [...parsed.items.map((i) => i.ref), ...parsed.deps]) assert.ok(parsed.ids.includes(ref), `${ref} refers to a resource`);
  for (const f of [...parsed.files, ...parsed.resources.filter((r) => r.href).map((r) => r.href)]) assert.ok(files[f], `${f} is in the zip`);
  const listed = new Set(parsed.files);
  for (const f of Object.keys(files)) if (f !== 'imsmanifest.xml') assert.ok(listed.has(f), `${f} is listed in the manifest`);
  assert.deepEqual(parsed.items.map((i) => i.parameters), modules.map((m) => `#/module/${m}`), 'each SCO starts at its module');
  // Only the content these modules need.
  const md = Object.keys(files).filter((f) => f.startsWith('content/') && f.endsWith('.md'));
  assert.deepEqual(md.sort(), ['content/SUMMARY.md', ...GLOSSARY, 'content/site.md', ...modules.map((m) => `content/${m}.md`)].sort());
  const facts = JSON.parse(new TextDecoder().decode(files['content/modules.json']));
  assert.deepEqual(Object.keys(facts).sort(), [...modules].sort(), 'the list facts of just these modules');
  const summary = new TextDecoder().decode(files['content/SUMMARY.md']);
  assert.deepEqual([...summary.matchAll(/\]\(([^)]+)\.md\)/g)].map((m) => m[1]), modules, 'the package catalogue lists only its modules');
  return xml;
}

test('the packages: manifests well-formed, every file in the zip, identifiers stable across two builds', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // One module and the whole track of the first audience, from SUMMARY.md.
  const audience = MODULES[0].split('/')[0];
  const track = MODULES.filter((m) => m.startsWith(`${audience}/`));
  const single = track[1] ?? track[0];
  for (const version of ['1.2', '2004']) {
    for (const [target, modules] of [
      [single, [single]],
      [audience, [...new Set(track)]],
    ]) {
      const one = pack(target, version, 'een.zip');
      const xml = await checkPackage(page, one.files, { scos: modules.length, modules });
      assert.match(xml, version === '1.2' ? /<schemaversion>1\.2<\/schemaversion>/ : /<schemaversion>2004 4th Edition<\/schemaversion>/);
      const two = pack(target, version, 'twee.zip');
      assert.equal(new TextDecoder().decode(two.files['imsmanifest.xml']), xml, `${target} ${version}: the same manifest`);
      const hash = (b) => createHash('sha256').update(b).digest('hex');
      assert.equal(hash(two.bytes), hash(one.bytes), `${target} ${version}: the same zip, byte for byte`);
    }
  }
  await context.close();
});
