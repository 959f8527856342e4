// The first visit stays within its byte budget. Bytes of a build are
// deterministic, so unlike load times this can be a test; ./dev bench
// prints the per-file table and the times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ROOT, useSite } from './lib/site.mjs';
import { BUDGET, firstVisitFiles, total } from './lib/first-visit.mjs';

const site = useSite();
const DIST = resolve(ROOT, 'dist');

for (const [name, hash] of [['home page', ''], ['audience page', 'index.html#/voor/inwoner']]) {
  test(`a first visit to the ${name} costs at most ${BUDGET / 1024} KB brotli`, async () => {
    const files = await firstVisitFiles(site.browser, site.server, hash);
    assert.ok(files.some((f) => f.endsWith('.wasm')), `the visit loads the app: ${files}`);
    // The build parsed site.md and SUMMARY.md (content/preparsed.json), so
    // no lazily loaded part (the Markdown parser's) is needed: one wasm.
    assert.ok(files.includes('content/preparsed.json'), `the build's parse is read: ${files}`);
    assert.deepEqual(files.filter((f) => f.endsWith('.wasm') && !f.endsWith('/weerbaar_bg.wasm')), [], 'only the main wasm');
    const { brotli } = total(DIST, files);
    assert.ok(brotli <= BUDGET, `${(brotli / 1024).toFixed(1)} KB brotli is over the budget of ${BUDGET / 1024} KB: ${files.join(', ')}`);
  });
}
