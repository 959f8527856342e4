// What a first visit downloads, measured the same way by the budget test
// (tests/e2e/budget.test.mjs) and the benchmark (scripts/bench.mjs): the
// files the page requests, compressed as a brotli-serving host would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BASE_PATH } from './server.mjs';

// The first visit (home page, audience page) may cost at most 205 KB brotli.
// The foundation issue set 250 KB; issue 20 took the Markdown parser out of
// the first visit (content/preparsed.json, 197 KB measured) and this holds
// that gain with a little room. Pages other than home and the audience
// pages load their code later (see ARCHITECTURE.md, "Split wasm").
export const BUDGET = 205 * 1024;

/** Paths (relative to the site) of every file a cold visit to `hash` fetches. */
export async function firstVisitFiles(browser, server, hash) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = new Set();
  page.on('requestfinished', (req) => files.add(decodeURIComponent(new URL(req.url()).pathname)));
  await page.goto(server.url + hash);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...files].map((p) => p.replace(BASE_PATH, '') || 'index.html');
}

/** Raw, gzip and brotli bytes of one built file. */
export function sizes(dist, file) {
  const body = readFileSync(join(dist, file === '' ? 'index.html' : file));
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sum of `sizes` over `files`. */
export function total(dist, files) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizes(dist, f);
    for (const k in sum) sum[k] += s[k];
  }
  return sum;
}
