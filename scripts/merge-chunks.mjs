// Merges wasm-split-cli's shared chunks into a few files (issue 20).
//
// wasm-split-cli makes one chunk for every set of parts that share code:
// with seven parts that was 62 chunks, most under 1 KB, and a quiz deep
// link fetched 35 files for the module page. On a slow line every file
// waits its turn for one of the browser's six connections to the host, and
// on a repeat visit every file is one more trip through the service worker
// and one more module to compile. So, after the split:
//   - every chunk the module page needs becomes one file (the module page
//     is what a deep link to a lesson, quiz or mission opens first);
//   - every other chunk the players of lessons, scenarios and card games
//     need becomes one file too (the part a lesson adds to that page);
//   - every other chunk under SMALL bytes (before wasm-opt, which shrinks
//     them later) joins one file of small chunks;
//   - the rest stay as they are.
// A part that needs any chunk of a merged file fetches the whole file, so
// a few pages fetch code they do not run; ARCHITECTURE.md ("Fewer wasm
// files") gives the measured bytes per route.
//
// How: a chunk is a wasm module that imports only the main module's memory,
// table and stack pointer (`__wasm_split`) and fills its slots in the table
// when instantiated. binaryen's wasm-merge joins modules, but it would keep
// one memory import per chunk (multiple memories), so every chunk imports
// from a stub that passes the three imports through: merged once with the
// chunks, the stub's own imports come from "via"; merged again with a stub
// named "via" that imports from `__wasm_split`, there is one import each,
// from where the loader gives them. __wasm_split.js then loads the merged
// file once for all its chunks.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// In this order: a chunk both use goes with the module page.
const MERGED_PARTS = ['module', 'players'];
// 16 KB, not 4 KB: measured per route (ARCHITECTURE.md, "Fewer wasm
// files"), a mission deep link then fetches 7 wasm files instead of 14, a
// scene 5 instead of 11, the youth page 6 instead of 14, for about 2 KB
// more on most routes: every file is compiled again on a repeat visit.
const SMALL = 16384;
const IMPORTS_FROM = '__wasm_split';
const VIA = 'via';

/**
 * Merges the chunks listed in `dir`/__wasm_split.js and rewrites the script.
 * Returns how many chunks went into each file, for the build log.
 */
export function mergeChunks(dir) {
  const scriptPath = join(dir, '__wasm_split.js');
  let script = readFileSync(scriptPath, 'utf8');
  const chunks = chunkLoaders(script);
  const groups = new Map();
  for (const chunk of chunks) {
    const file = join(dir, chunk.file);
    const key = MERGED_PARTS.find((part) => chunk.users.includes(part)) ?? (statSync(file).size < SMALL ? 'small' : chunk.file);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(chunk);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [target, ...rest] = group;
    mergeWasm(dir, group.map((c) => c.file), join(dir, target.file));
    for (const chunk of rest) rmSync(join(dir, chunk.file));
    const users = [...new Set(group.flatMap((c) => c.users))].sort();
    script = script.replace(target.block, target.block.replace(target.comment, `/* ${users.join(', ')} */`));
    for (const chunk of rest) script = script.replace(chunk.block, '');
    const merged = new Set(rest.map((c) => c.name));
    script = script.replace(/\[(__chunk_\d+(?:, __chunk_\d+)*)\]/g, (_, list) => {
      const names = list.split(', ').map((name) => (merged.has(name) ? target.name : name));
      return `[${[...new Set(names)].join(', ')}]`;
    });
  }
  for (const chunk of chunks) {
    const used = new RegExp(`\\b${chunk.name}\\b`).test(script);
    if (used && !script.includes(`const ${chunk.name} =`)) throw new Error(`merge-chunks.mjs: ${chunk.name} is still used after merging`);
  }
  writeFileSync(scriptPath, script);
  return [...groups.values()].map((g) => g.length);
}

/** The chunk loaders wasm-split-cli wrote, with the parts that use each. */
function chunkLoaders(script) {
  const loader = /(\/\* ([\w, ]+) \*\/)\nconst (__chunk_(\d+)) = makeLoad\(\(\) => \{\n[^]*?\n\}\n, \[\]\);\n/g;
  const chunks = [...script.matchAll(loader)].map(([block, comment, users, name, n]) => {
    if (!block.includes(`"./chunk_${n}.wasm"`)) throw new Error(`merge-chunks.mjs: ${name} does not fetch chunk_${n}.wasm; did wasm-split-cli change?`);
    return { block, comment, users: users.split(', '), name, file: `chunk_${n}.wasm` };
  });
  const fetches = script.match(/"\.\/chunk_\d+\.wasm"/g) ?? [];
  if (chunks.length !== fetches.length) {
    throw new Error(`merge-chunks.mjs: read ${chunks.length} chunk loaders but ${fetches.length} chunk fetches in __wasm_split.js; did wasm-split-cli change?`);
  }
  return chunks;
}

/** Runs a binaryen tool; its warnings are shown only when it fails. */
function binaryen(tool, args) {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    process.stderr.write(error.stderr ?? '');
    throw error;
  }
}

/** Joins the wasm `files` in `dir` into `out`, sharing their imports. */
function mergeWasm(dir, files, out) {
  // Each binaryen tool takes a third of a second to start, so the imports
  // are listed in-process and only the file with the most of them is
  // disassembled, for the imports' declarations and the features section.
  const names = files.map((f) => WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(dir, f)))).map((i) => `${i.module}.${i.name}`));
  const fullest = names.reduce((best, list, i) => (list.length > names[best].length ? i : best), 0);
  const missing = names.flat().filter((name) => !names[fullest].includes(name));
  if (missing.length > 0) throw new Error(`merge-chunks.mjs: no chunk declares every import (${missing[0]}); did wasm-split-cli change?`);
  const text = binaryen('wasm-dis', [join(dir, files[fullest])]);
  const features = /;; features section: (.*)/.exec(text)?.[1].split(', ') ?? [];
  const enable = features.map((f) => `--enable-${f}`);
  const imports = new Map([...text.matchAll(/^ \(import "__wasm_split" "(\w+)" \(.*\)\)$/gm)].map(([line, name]) => [name, line.trim()]));
  if (imports.size !== names[fullest].length) throw new Error(`merge-chunks.mjs: ${files[fullest]} imports from elsewhere than ${IMPORTS_FROM}`);
  const stub = (from) => {
    const lines = [...imports.values()].map((line) => line.replace(`(import "${IMPORTS_FROM}"`, `(import "${from}"`));
    const kinds = [...imports.values()].map((line) => /\((memory|table|global) (\$\S+)/.exec(line));
    const exports = [...imports.keys()].map((name, i) => `(export "${name}" (${kinds[i][1]} ${kinds[i][2]}))`);
    return `(module\n${lines.join('\n')}\n${exports.join('\n')})\n`;
  };
  const work = `${out}.merge`;
  writeFileSync(`${work}.in.wat`, stub(VIA));
  writeFileSync(`${work}.out.wat`, stub(IMPORTS_FROM));
  binaryen('wasm-as', [...enable, `${work}.in.wat`, '-o', `${work}.in.wasm`]);
  binaryen('wasm-as', [...enable, `${work}.out.wat`, '-o', `${work}.out.wasm`]);
  binaryen('wasm-merge', [...enable, `${work}.in.wasm`, IMPORTS_FROM, ...files.flatMap((f, i) => [join(dir, f), `chunk${i}`]), '-o', `${work}.1.wasm`]);
  binaryen('wasm-merge', [...enable, '--skip-export-conflicts', `${work}.out.wasm`, VIA, `${work}.1.wasm`, 'chunks', '-o', `${work}.2.wasm`]);
  // The stubs' exports are not needed once merged; the features section is,
  // by the wasm-opt that follows in a release build.
  binaryen('wasm-opt', [...enable, '--remove-exports', '--pass-arg=remove-exports@*', '--emit-target-features', `${work}.2.wasm`, '-o', out]);
  for (const suffix of ['.in.wat', '.out.wat', '.in.wasm', '.out.wasm', '.1.wasm', '.2.wasm']) rmSync(work + suffix);
}
