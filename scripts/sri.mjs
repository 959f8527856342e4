// Post-build step: make the wasm download itself integrity-checked.
//
// Trunk puts `integrity` on its <link rel=preload> for the wasm, but
// wasm-bindgen's init() then fetches the file without integrity, so a
// tampered file would still run. We rewrite the loader to pass init() a
// fetch with the file's sha384, so the browser refuses a changed wasm. (The
// JS module is covered by Trunk's modulepreload integrity.) Runs before the
// CSP step, which hashes the loader as rewritten here.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const pattern = /module_or_path:\s*'(\.\/[^']+_bg\.wasm)'/;
const match = html.match(pattern);
if (!match) {
  console.error("sri.mjs: the wasm loader was not found in index.html; Trunk's loader changed?");
  process.exit(1);
}
const wasm = match[1];
const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dir, wasm))).digest('base64')}`;
writeFileSync(file, html.replace(pattern, `module_or_path: fetch('${wasm}', { integrity: '${integrity}' })`));
console.log(`sri.mjs: ${wasm} is fetched with ${integrity.slice(0, 20)}…`);
