// Trunk pre_build hook: builds the app's wasm, cut into parts.
//
// Trunk's own Rust pipeline runs wasm-bindgen straight after cargo, but the
// split has to happen in between, so this hook does the steps itself:
//   1. cargo build for wasm32 (with --emit-relocs, see .cargo/config.toml);
//   2. wasm-split-cli cuts out every function marked #[wasm_split] (the lazily
//      loaded pages in src/app/pages/lazy.rs) into its own .wasm file, plus
//      __wasm_split.js that fetches them on first use;
//   3. scripts/merge-chunks.mjs joins the chunks of code those parts share
//      into a few files (fewer requests on a slow line);
//   4. wasm-bindgen makes the JS glue for the main part; in release builds
//      wasm-opt -Oz shrinks every part.
// Everything lands in app-<hash>/ in the staging folder: a new build gets a
// new folder name, so no browser cache ever mixes parts of two builds.
// scripts/boot.mjs (post_build) then writes the loader into index.html.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesUnder } from './files.mjs';
import { mergeChunks } from './merge-chunks.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('build-wasm.mjs: TRUNK_STAGING_DIR is not set; run me from Trunk.');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });

run('cargo', ['build', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'weerbaar', ...(release ? ['--release'] : [])]);
const input = join(ROOT, 'target/wasm32-unknown-unknown', release ? 'release' : 'debug', 'weerbaar.wasm');

const work = join(ROOT, 'target/wasm-split');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run('wasm-split-cli', [input, work, '--out-name', 'weerbaar']);
const merged = mergeChunks(work);
console.log(`build-wasm.mjs: ${merged.reduce((a, b) => a + b, 0)} shared chunks in ${merged.length} files`);
run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', work, '--out-name', 'weerbaar', join(work, 'weerbaar.wasm')]);
// The split main module was only wasm-bindgen's input.
rmSync(join(work, 'weerbaar.wasm'));

if (release) {
  for (const wasm of filesUnder(work).filter((f) => f.endsWith('.wasm'))) {
    run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', wasm, '-o', wasm]);
  }
}

const hash = createHash('sha256');
for (const f of filesUnder(work).sort()) hash.update(f.slice(work.length)).update(readFileSync(f));
const out = join(staging, `app-${hash.digest('hex').slice(0, 16)}`);
cpSync(work, out, { recursive: true });
console.log(`build-wasm.mjs: ${filesUnder(out).length} files in ${out.slice(staging.length + 1)}/`);
