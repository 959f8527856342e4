// Benchmark (not a test): what does a first visit cost, and how does it
// compare with the best-known quiz engine? (Issue 20.)
//
// 1. Opens the built site in headless Chromium and records every file a
//    first visit to the home page, an audience page, a lesson and a quiz
//    downloads; prints raw, gzip and brotli bytes per file and in total.
// 2. Side by side, on a slow line (150 ms round trip, 1.6 Mbit/s down,
//    750 kbit/s up) with the CPU 4x slower, served brotli-compressed like a
//    real host: the time until the first answer option can be chosen on
//    Weerbaar's quiz deep link and on a SurveyJS page with a 10-question quiz,
//    the home page until an audience link shows, and a repeat visit to the
//    quiz with the service worker installed. Runs interleave, so a busy
//    machine slows every page alike; medians of RUNS runs each. Then the
//    ratios and issue 20's bar, for information (the exit code stays 0).
// 3. Times the content parser on a generated large module (native, via cargo).
// With --schaal instead: the scale test of issue 20, item 4 (bench/scale.mjs):
// 500 more modules and a 2 000-question quiz, built and measured.
//
// Run with ./dev bench (which builds first), or on a built site:
//   node scripts/bench.mjs --dist <folder> [--no-parser] [--schaal]
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launch } from '../tests/e2e/lib/browser.mjs';
import { serve } from '../tests/e2e/lib/server.mjs';
import { quiz } from '../tests/e2e/lib/content.mjs';
import { BUDGET, firstVisitFiles, sizes } from '../tests/e2e/lib/first-visit.mjs';
import { CPU_SLOWDOWN, LINE, watchServiceWorkers } from './bench/line.mjs';
import { writeSurveyJsPage } from './bench/surveyjs.mjs';
import { coldVisit, reach, repeatVisit } from './bench/visits.mjs';
import { scale } from './bench/scale.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist') },
    'no-parser': { type: 'boolean', default: false },
    schaal: { type: 'boolean', default: false },
  },
});
const DIST = resolve(options.dist);
const RUNS = 5;
// The farmers' quiz: the audience this issue is about. Its single-choice
// questions also make the peer's quiz, so both pages show the same text.
const QUIZ = 'agrarier/signalen-in-het-buitengebied';
const QUIZ_HASH = `index.html#/module/${QUIZ}`;
// Issue 20's bar.
const BAR = { quizVsPeer: 0.6, quizBytes: 220 * 1024, homeBytes: 160 * 1024, repeatVsCold: 0.4 };

const browser = await launch();
const server = await serve(DIST, { compress: true });

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
function table(title, files) {
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizes(DIST, f);
    for (const k in total) total[k] += s[k];
    console.log(`${f.padEnd(44)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);
  }
  console.log(`${'TOTAL'.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
  return total;
}

async function fileTables() {
  const home = await firstVisitFiles(browser, server, '');
  const totalHome = table('First visit, home page (index.html + JS + wasm + CSS + catalogue + site):', home);
  table('First visit, deep link to an audience page:', await firstVisitFiles(browser, server, 'index.html#/voor/inwoner'));
  table('First visit, deep link to a lesson (adds the parts of the module page):', await firstVisitFiles(browser, server, 'index.html#/module/inwoner/signalen-in-je-straat'));
  table(`First visit, deep link to a quiz (${QUIZ}):`, await firstVisitFiles(browser, server, QUIZ_HASH));
  console.log(`\nBudget: ${(BUDGET / 1024).toFixed(0)} KB brotli; home uses ${(totalHome.brotli / 1024).toFixed(1)} KB (${totalHome.brotli <= BUDGET ? 'within' : 'OVER'} budget).`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rotate = (xs, n) => xs.map((_, i) => xs[(i + n) % xs.length]);

/** Runs every visit RUNS times, interleaved, after one unmeasured round. */
async function interleaved(visits) {
  // The unmeasured round fills the server's compression cache (brotli at
  // its best level takes seconds on SurveyJS's 1.4 MB) and starts Chromium's
  // processes, neither of which a real visitor waits for.
  for (const v of visits) await v.run();
  const results = Object.fromEntries(visits.map((v) => [v.name, []]));
  for (let run = 0; run < RUNS; run++) {
    // Each run starts with another visit, so none always follows the same one.
    for (const v of rotate(visits, run)) results[v.name].push(await v.run());
  }
  return results;
}

function printVisits(visits, results) {
  console.log(`${'visit'.padEnd(56)} ${'median'.padStart(8)} ${'min–max'.padStart(13)} ${'KB'.padStart(7)} ${'wasm KB'.padStart(8)}`);
  for (const v of visits) {
    const r = results[v.name];
    const ms = r.map((x) => x.ms);
    const range = `${(Math.min(...ms) / 1000).toFixed(1)}–${(Math.max(...ms) / 1000).toFixed(1)} s`;
    console.log(
      `${v.label.padEnd(56)} ${`${(median(ms) / 1000).toFixed(2)} s`.padStart(8)} ${range.padStart(13)} ${kb(median(r.map((x) => x.bytes))).padStart(7)} ${kb(median(r.map((x) => x.wasmBytes)))}`,
    );
  }
}

function printBar(results) {
  const ms = (name) => median(results[name].map((x) => x.ms));
  const bytes = (name) => median(results[name].map((x) => x.bytes));
  const quizVsPeer = ms('quiz') / ms('surveyjs');
  const repeatVsCold = ms('repeat') / ms('quiz');
  const repeatWasm = Math.max(...results.repeat.map((x) => x.wasmBytes));
  console.log(`\nRatios: quiz / SurveyJS time ${quizVsPeer.toFixed(2)} x; repeat / cold quiz time ${repeatVsCold.toFixed(2)} x`);
  console.log("Issue 20's bar (information only):");
  const line = (ok, text) => console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  line(quizVsPeer <= BAR.quizVsPeer, `quiz deep link at most ${BAR.quizVsPeer} x SurveyJS's time: ${quizVsPeer.toFixed(2)} x`);
  line(bytes('quiz') <= BAR.quizBytes, `quiz deep link at most ${BAR.quizBytes / 1024} KB transferred: ${(bytes('quiz') / 1024).toFixed(1)} KB`);
  line(bytes('home') <= BAR.homeBytes, `home page at most ${BAR.homeBytes / 1024} KB brotli: ${(bytes('home') / 1024).toFixed(1)} KB transferred`);
  line(repeatVsCold <= BAR.repeatVsCold, `repeat visit at most ${BAR.repeatVsCold} x the cold time: ${repeatVsCold.toFixed(2)} x`);
  line(repeatWasm === 0, `repeat visit downloads no wasm: ${(repeatWasm / 1024).toFixed(1)} KB at most in ${RUNS} runs`);
}

async function sideBySide() {
  const peerDir = writeSurveyJsPage(join(ROOT, 'node_modules'), quiz(QUIZ).filter((q) => q.type === 'one').slice(0, 10));
  const peer = await serve(peerDir, { compress: true });
  const workers = await watchServiceWorkers(browser);
  const quizUrl = server.url + QUIZ_HASH;
  const visits = [
    { name: 'quiz', label: 'Weerbaar quiz deep link, until an option can be chosen', run: () => coldVisit(browser, quizUrl, reach.quizOption) },
    { name: 'surveyjs', label: 'SurveyJS 10-question quiz, until an option can be chosen', run: () => coldVisit(browser, peer.url + 'index.html', reach.option) },
    { name: 'home', label: 'Weerbaar home page, until an audience link shows', run: () => coldVisit(browser, server.url, reach.audienceLink) },
    { name: 'repeat', label: 'Weerbaar quiz again, service worker installed', run: () => repeatVisit(browser, workers, quizUrl, reach.quizOption) },
  ];
  console.log(
    `\nSide by side: ${LINE.latency} ms round trip, ${(LINE.downloadThroughput * 8) / 1e6} Mbit/s down, ${(LINE.uploadThroughput * 8) / 1000} kbit/s up, CPU ${CPU_SLOWDOWN}x slower,`,
  );
  console.log(`brotli-served; cold cache except the repeat visit; median of ${RUNS} interleaved runs (KB = over the wire, compressed, headers included):`);
  try {
    const results = await interleaved(visits);
    printVisits(visits, results);
    printBar(results);
  } finally {
    await peer.close();
    rmSync(peerDir, { recursive: true, force: true });
  }
}

try {
  console.log(`Site: ${DIST}`);
  if (options.schaal) {
    await scale({ root: ROOT, dist: DIST, browser });
  } else {
    await fileTables();
    await sideBySide();
  }
} finally {
  await browser.close();
  await server.close();
}

if (!options['no-parser'] && !options.schaal) {
  console.log('\nParser speed (native, release):');
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'weerbaar-core', '--example', 'parse_bench'], { cwd: ROOT, stdio: 'inherit' });
}
