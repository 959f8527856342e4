// Issue 20, item 4: does Weerbaar stay fast when a region's trainers write a
// lot? Generates a content folder with every shipped module plus 500 more
// (100 per adult audience, each a copy of a shipped lesson under a new name)
// and one quiz of 2 000 questions, builds the site from it, and measures on
// the same slow line and CPU as the rest of the benchmark:
// - the first visit (home, an audience page) against the shipped site: it
//   may grow only by the catalogue's own bytes (SUMMARY.md, modules.json, preparsed.json),
//   plus 10 %;
// - opening the big quiz: the longest task on the main thread (bar: none
//   over 200 ms), and the time until its first option can be chosen;
// - what the service worker downloads in the background of a first visit
//   to an audience page (its modules, ARCHITECTURE.md "What a first visit
//   stores"), so a learner on a data bundle knows what it costs.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../../tests/e2e/lib/server.mjs';
import { firstVisitFiles, sizes } from '../../tests/e2e/lib/first-visit.mjs';
import { CPU_SLOWDOWN, Traffic, throttle } from './line.mjs';

const PER_AUDIENCE = 100;
const AUDIENCES = ['medewerker', 'inwoner', 'ondernemer', 'agrarier', 'jongeren'];
const QUIZ_QUESTIONS = 2000;
const BIG_QUIZ = 'agrarier/grote-quiz';
const LESSON = 'inwoner/signalen-in-je-straat';
const MAX_TASK_MS = 200;
const BIG_QUIZ_RUNS = 3;

/** Writes the large content folder into `dir`. */
function generate(root, dir) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  const lesson = readFileSync(join(root, 'content', `${LESSON}.md`), 'utf8');
  let summary = readFileSync(join(dir, 'SUMMARY.md'), 'utf8');
  for (const audience of AUDIENCES) {
    const lines = [`### Extra lesstof (${PER_AUDIENCE} modules)`, ''];
    for (let n = 1; n <= PER_AUDIENCE; n++) {
      const id = `${audience}/extra-${n}`;
      const text = lesson.replace(/^titel: .*$/m, `titel: Extra les ${n}`).replace(/^doelgroep: .*$/m, `doelgroep: ${audience}`);
      writeFileSync(join(dir, `${id}.md`), text);
      lines.push(`- [Extra les ${n}](${id}.md)`);
    }
    if (audience === 'agrarier') lines.push(`- [Grote quiz](${BIG_QUIZ}.md)`);
    summary = insertTrack(summary, audience, lines.join('\n'));
  }
  writeFileSync(join(dir, 'SUMMARY.md'), summary);
  writeFileSync(join(dir, `${BIG_QUIZ}.md`), bigQuiz());
}

/** Puts `track` at the end of `audience`'s section of SUMMARY.md. */
function insertTrack(summary, audience, track) {
  const start = summary.indexOf(`{#${audience}}`);
  const next = summary.indexOf('\n## ', start);
  const at = next === -1 ? summary.length : next;
  return `${summary.slice(0, at).trimEnd()}\n\n${track}\n${summary.slice(at)}`;
}

function bigQuiz() {
  const questions = Array.from(
    { length: QUIZ_QUESTIONS },
    (_, i) => `## Situatie ${i + 1} {#s${i + 1}}

> Op een erf staan 's nachts busjes met ${i % 7} mensen die snel iets uitladen in schuur ${i + 1}.

- [ ] Ik ga er 's nachts zelf kijken
  > Liever niet: je eigen veiligheid gaat voor.
- [x] Ik schrijf op wat ik zag en meld het
  > Goed. Meld het bij de politie (0900-8844) of anoniem bij Meld Misdaad Anoniem (0800-7000).
- [ ] Ik doe niets, het zal wel meevallen
  > Een melding helpt de politie om het beeld compleet te maken.
`,
  );
  return `---
titel: Grote quiz
soort: quiz
doelgroep: agrarier
duur: 60
omschrijving: ${QUIZ_QUESTIONS} vragen, om te meten of een grote quiz vlot blijft.
---

Een quiz met heel veel vragen. Bij direct gevaar bel je 112.

${questions.join('\n')}`;
}

const brotli = (dist, files) => files.reduce((sum, f) => sum + sizes(dist, f).brotli, 0);

/**
 * Opens the big quiz on the slow line and CPU; returns the longest main-thread
 * task (ms) from navigation until its first option can be chosen, and that time.
 */
async function openBigQuiz(browser, server) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await throttle(context, page, new Traffic());
  await page.goto(`${server.url}index.html#/module/${BIG_QUIZ}`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Begin', exact: true }).click({ timeout: 180_000 });
  const ready = await page.waitForFunction(() => document.querySelector('input[type=radio]') && performance.now(), null, { timeout: 180_000 });
  const shownAt = await ready.jsonValue();
  // Answer the first question too: checking it must not stall either.
  await page.locator('input[type=radio]').nth(1).check();
  await page.getByRole('button', { name: /Controleer/ }).click();
  await page.getByRole('button', { name: /Volgende/ }).waitFor();
  const longest = await page.evaluate(() => window.__longest);
  await context.close();
  return { longest, shownAt };
}

/** Bytes the service worker fetches in the background after a first visit to `hash`. */
async function backgroundBytes(browser, server, dist, hash) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.requests.length = 0;
  await page.goto(`${server.url}${hash}`);
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller || navigator.serviceWorker?.ready.then(() => true), null, { timeout: 60_000 });
  // Quiet for two seconds: the worker has stored what it was asked to.
  let seen = -1;
  while (seen !== server.requests.length) {
    seen = server.requests.length;
    await new Promise((r) => setTimeout(r, 2000));
  }
  const files = [...new Set(server.requests.map((p) => decodeURIComponent(p)))].filter((f) => f && !f.endsWith('/'));
  const content = files.filter((f) => f.startsWith('content/'));
  await context.close();
  return { files: files.length, contentFiles: content.length, brotli: brotli(dist, files.filter((f) => safeSize(dist, f))) };
}

const safeSize = (dist, f) => {
  try {
    sizes(dist, f);
    return true;
  } catch {
    return false;
  }
};

/** Runs the scale measurement; `dist` is the shipped site, already built. */
export async function scale({ root, dist, browser }) {
  const work = join(root, 'target', 'bench-schaal');
  const content = join(work, 'content');
  const bigDist = join(work, 'dist');
  mkdirSync(work, { recursive: true });
  generate(root, content);
  console.log(`\nSchaal: ${AUDIENCES.length * PER_AUDIENCE} extra modules en een quiz van ${QUIZ_QUESTIONS} vragen in ${content}`);
  // The build as Trunk leaves it before its content hook, with the large
  // folder copied in; then the hook (the checker decides what ships, and
  // writes modules.json), as the hostile-picture spec does.
  rmSync(bigDist, { recursive: true, force: true });
  cpSync(dist, bigDist, { recursive: true });
  rmSync(join(bigDist, 'content'), { recursive: true });
  cpSync(content, join(bigDist, 'content'), { recursive: true });
  execFileSync('node', [join(root, 'scripts/content-files.mjs')], {
    env: { ...process.env, TRUNK_STAGING_DIR: bigDist, WEERBAAR_CONTENT: content },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const small = await serve(dist, { compress: true });
  const big = await serve(bigDist, { compress: true });
  // The catalogue's own files: the list, its facts, and the build's parse of it.
  const catalogue = ['content/SUMMARY.md', 'content/modules.json', 'content/preparsed.json'];
  const growth = brotli(bigDist, catalogue) - brotli(dist, catalogue);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [];
  let firstVisitOk = true;
  for (const hash of ['index.html', 'index.html#/voor/agrarier']) {
    const before = brotli(dist, await firstVisitFiles(browser, small, hash));
    const after = brotli(bigDist, await firstVisitFiles(browser, big, hash));
    const allowed = (before + growth) * 1.1;
    firstVisitOk &&= after <= allowed;
    rows.push(`${hash.padEnd(28)} ${kb(before).padStart(10)} -> ${kb(after).padStart(10)} (mag ${kb(allowed)})`);
  }
  console.log(`\nEerste bezoek, brotli (catalogus groeit ${kb(growth)}):`);
  for (const r of rows) console.log(`  ${r}`);

  // One unmeasured visit first: it fills the server's compression cache
  // (brotli at its best level on the 890 KB quiz takes the 2-core machine's
  // CPU away from the browser), as the side-by-side runs do. Then the bar
  // holds only if no run had a task over it.
  await openBigQuiz(browser, big);
  const quizRuns = [];
  for (let run = 0; run < BIG_QUIZ_RUNS; run++) quizRuns.push(await openBigQuiz(browser, big));
  const longest = Math.max(...quizRuns.map((r) => r.longest));
  const seconds = quizRuns.map((r) => (r.shownAt / 1000).toFixed(2)).join(', ');
  console.log(
    `\nGrote quiz (${QUIZ_QUESTIONS} vragen, CPU ${CPU_SLOWDOWN}x trager, trage lijn), ${BIG_QUIZ_RUNS} keer: eerste vraag na ${seconds} s, langste taak ${quizRuns.map((r) => Math.round(r.longest)).join(', ')} ms (grens ${MAX_TASK_MS} ms)`,
  );

  const background = await backgroundBytes(browser, big, bigDist, 'index.html#/voor/agrarier');
  console.log(
    `\nAchtergrond na een eerste bezoek aan Agrariërs (service worker): ${background.files} bestanden, waarvan ${background.contentFiles} lesstof, ${kb(background.brotli)} brotli`,
  );

  await small.close();
  await big.close();
  const ok = { firstVisit: firstVisitOk, quiz: longest <= MAX_TASK_MS };
  console.log(`\nSchaal, lat van issue 20: eerste bezoek ${ok.firstVisit ? 'gehaald' : 'NIET gehaald'}, grote quiz ${ok.quiz ? 'gehaald' : 'NIET gehaald'}`);
  return ok;
}
