// Benchmark (not a test): what does a first visit cost?
//
// 1. Opens the built site (dist/) in headless Chromium and records every
//    file the first visit to the home page and to an audience page downloads.
// 2. Prints raw, gzip and brotli bytes per file and in total.
// 3. Times load-to-heading over several runs: on loopback, and throttled to
//    a slow mobile connection (what a tablet at a farm session gets).
// 4. Times the content parser on a generated large module (native, via cargo).
//
// Run with ./dev bench (which builds first).
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch } from '../tests/e2e/lib/browser.mjs';
import { serve } from '../tests/e2e/lib/server.mjs';
import { BUDGET, firstVisitFiles, sizes } from '../tests/e2e/lib/first-visit.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const RUNS = 7;

const browser = await launch();
const server = await serve(DIST);

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

const home = await firstVisitFiles(browser, server, '');
const totalHome = table('First visit, home page (index.html + JS + wasm + CSS + catalogue + site):', home);
const audience = await firstVisitFiles(browser, server, 'index.html#/voor/inwoner');
table('First visit, deep link to an audience page:', audience);
const lesson = await firstVisitFiles(browser, server, 'index.html#/module/inwoner/signalen-in-je-straat');
table('First visit, deep link to a lesson (adds the parts of the module page):', lesson);
console.log(`\nBudget: ${(BUDGET / 1024).toFixed(0)} KB brotli; home uses ${(totalHome.brotli / 1024).toFixed(1)} KB (${totalHome.brotli <= BUDGET ? 'within' : 'OVER'} budget).`);

async function timeLoads(label, throttle) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttle });
    }
    const start = Date.now();
    await page.goto(server.url + 'index.html#/voor/inwoner');
    await page.locator('.module-list a').first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - start);
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(52)} median ${String(times[Math.floor(RUNS / 2)]).padStart(5)} ms   min ${String(times[0]).padStart(5)} ms   max ${String(times[RUNS - 1]).padStart(5)} ms`);
}

console.log(`\nLoad time to a usable audience page (catalogue listed), ${RUNS} cold runs each:`);
await timeLoads('loopback, no throttling');
// Roughly "slow 4G": 150 ms RTT, 1.6 Mbit/s down. Uncompressed transfer
// (the test server does not compress), so real hosts with brotli do better.
await timeLoads('throttled: 150 ms RTT, 1.6 Mbit/s, uncompressed', { latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });

await browser.close();
await server.close();

console.log('\nParser speed (native, release):');
execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'weerbaar-core', '--example', 'parse_bench'], { cwd: ROOT, stdio: 'inherit' });
