// Trunk post_build hook: completes the Content-Security-Policy in index.html.
//
// Trunk 0.21 injects an inline <script type="module"> that loads the wasm.
// A strict CSP (no 'unsafe-inline') only allows it by its sha256 hash, which
// changes with every build, so we compute it here, after minification, from
// the exact bytes the browser will hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER = '__WEERBAAR_SCRIPT_HASHES__';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: TRUNK_STAGING_DIR is not set; run me from Trunk.');
  process.exit(1);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp.mjs: ${PLACEHOLDER} not found in index.html; the CSP would not match the build.`);
  process.exit(1);
}
const hashes = [];
// Inline scripts only: <script ...> without a src attribute.
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc\s*=/.test(m[1])) continue;
  hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
}
writeFileSync(file, html.replace(PLACEHOLDER, hashes.join(' ')));
console.log(`csp.mjs: allowed ${hashes.length} inline script(s) by hash`);
