// Post-build step: write the loader for the wasm that scripts/build-wasm.mjs
// made into index.html, with integrity on everything it fetches.
//
// - Every chunk fetch in __wasm_split.js gets the chunk's sha256, so the
//   browser refuses a changed file (patched first: the script's own hash
//   must cover the patch).
// - Every JS module gets a <link rel=modulepreload integrity=...>: the
//   browser fetches them at once and checks them, as Trunk's loader did.
// - The main wasm is preloaded, and fetched with its sha256.
// - Wasm preloads carry no integrity: Chrome ignores it for `as=fetch` and
//   warns once per file in the console (crbug.com/981419), and the fetch
//   that then uses the file (in __wasm_split.js, or init's for the main
//   wasm) checks it anyway.
// - An inline module script starts the app; scripts/csp.mjs, which runs
//   next, allows exactly that script by its hash.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from './files.mjs';
import { GLOSSARY, jsonFile } from './content-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const app = readdirSync(dir).find((name) => name.startsWith('app-') && statSync(join(dir, name)).isDirectory());
if (!app) {
  console.error('boot.mjs: no app-<hash>/ folder in the build; did scripts/build-wasm.mjs run?');
  process.exit(1);
}
// sha256, as the CSP's hashes: a full-strength hash, and 20 characters
// shorter than sha384 per file. Base64 of a hash does not compress, and the
// build lists every wasm file in index.html or __wasm_split.js, which every
// first visit downloads (2.2 KB brotli less on the home page, measured when
// the build had 70 of them; about 30 since scripts/merge-chunks.mjs).
const sri = (path) => `sha256-${createHash('sha256').update(readFileSync(path)).digest('base64')}`;
const url = (path) => `./${relative(dir, path).split('\\').join('/')}`;

const splitJs = join(dir, app, '__wasm_split.js');
const chunkFetch = /fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\)/g;
const split = readFileSync(splitJs, 'utf8');
let chunks = 0;
writeFileSync(
  splitJs,
  split.replace(chunkFetch, (_, file) => {
    chunks++;
    return `fetch(new URL("./${file}", import.meta.url), { integrity: "${sri(join(dir, app, file))}" })`;
  }),
);
const chunkFiles = readdirSync(join(dir, app)).filter((f) => f.endsWith('.wasm') && f !== 'weerbaar_bg.wasm').length;
if (chunks !== chunkFiles) {
  console.error(`boot.mjs: ${chunkFiles} wasm parts, but ${chunks} fetches found in __wasm_split.js; did wasm-split-cli change?`);
  process.exit(1);
}

// Which wasm files each lazily loaded part needs: its own split_<name>.wasm
// and every shared chunk whose comment in __wasm_split.js names it.
const parts = {};
for (const file of readdirSync(join(dir, app)).filter((f) => /^split_\w+\.wasm$/.test(f))) {
  parts[file.slice('split_'.length, -'.wasm'.length)] = [file];
}
for (const [, users, n] of split.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_(\d+)/g)) {
  for (const user of users.split(',').map((u) => u.trim())) parts[user]?.push(`chunk_${n}.wasm`);
}

// The part a deep link needs starts downloading with the main wasm instead
// of after it (one round trip less on a slow line). Keep in step with
// src/app/pages/lazy.rs: tests/e2e/host.test.mjs checks that every route
// preloads exactly the parts it then fetches.
const PART_OF_ROUTE = [
  ['^#/module/', 'module'],
  ['^#/(bewijs|presenteer|leerkracht|afdrukken)/|^#/(diploma|voor/jeugd)$', 'pages'],
  ['^#/(voortgang|toegankelijkheid)$|^#/mijn-meting/', 'progress'],
  ['^#/(studio|metingen)$|^#/meting/', 'studio'],
];
for (const [, part] of PART_OF_ROUTE) {
  if (!parts[part]) {
    console.error(`boot.mjs: no wasm part "${part}" in the build; did a #[wasm_split(...)] name in src/app/pages/lazy.rs change?`);
    process.exit(1);
  }
}
// Only the parts a route preloads: every entry is a hash the first visit
// downloads in index.html (the parsers are loaded by the app once it knows
// it needs them; the players of a kind, below, once modules.json is there).
const routeParts = new Set(PART_OF_ROUTE.map(([, part]) => part));
const preloads = Object.fromEntries(
  Object.entries(parts)
    .filter(([name]) => routeParts.has(name))
    .map(([name, files]) => [name, files.sort().map((f) => url(join(dir, app, f)))]),
);
const preloadRoutePart = `const parts = ${JSON.stringify(preloads)};
const route = ${JSON.stringify(PART_OF_ROUTE)}.find(([re]) => new RegExp(re).test(location.hash.replace(/[?].*$/, '').replace(/\\/$/, '')));
for (const href of route ? parts[route[1]] : []) {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href });
  document.head.append(link);
}
`;

// The files every page reads first (ContentStore::load) start downloading
// while the page is still being read, instead of once the app runs: one
// round trip less on every visit (issue 20). A classic script right after
// the CSP, because a module script waits until the whole page is parsed.
// A module deep link adds modules.json and, once it says the build shipped
// that module, the module's own files and the glossary (state::load_module):
// they then arrive while the wasm downloads and compiles. An id the build
// did not ship asks the host for nothing more, as the app promises (no 404
// in the console); so does an id of other characters than shipped content
// uses, which the app then fetches itself, as before.
// The app takes each answer once (src/platform/fetch.rs, take_early); what
// is not a response (a failed request, a module not shipped) makes the app
// fetch the file itself.
const EARLY = ['content/site.md', 'content/SUMMARY.md', 'content/preparsed.json'];
const FACTS = 'content/modules.json';
const GLOSSARY_FILES = [GLOSSARY, jsonFile(GLOSSARY)].map((f) => `content/${f}`);
// The module's Markdown and the build's parse of it: jsonFile's rule, written
// out as page code because only the page knows the id.
const MODULE_FILES = `['content/' + id + '.md', 'content/' + id + '${jsonFile('.md')}']`;
const MODULE_ROUTE = /^#\/module\/([a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*)\/?(?:\?.*)?$/;
// modules.json also gives the module's kind (`soort:`): a kind whose player
// is a part of its own (src/app/pages/lazy.rs) has that part preloaded too,
// minus the files the module page's part preloads already.
const PART_OF_KIND = { les: 'players', scenario: 'players', kaarten: 'players', scene: 'scene', missie: 'mission' };
const playerPreloads = {};
for (const [kind, part] of Object.entries(PART_OF_KIND)) {
  if (!parts[part]) {
    console.error(`boot.mjs: no wasm part "${part}" for the kind "${kind}" in the build; did a #[wasm_split(...)] name in src/app/pages/lazy.rs change?`);
    process.exit(1);
  }
  playerPreloads[kind] = parts[part]
    .filter((f) => !parts.module.includes(f))
    .sort()
    .map((f) => url(join(dir, app, f)));
}
const earlyContent = `<script>(() => {
const get = (p) => fetch(p, { cache: 'no-cache' }).catch(() => null);
const early = Object.fromEntries(${JSON.stringify(EARLY)}.map((p) => [p, get(p)]));
const id = ${MODULE_ROUTE}.exec(location.hash)?.[1];
if (id) {
  early['${FACTS}'] = get('${FACTS}');
  const facts = early['${FACTS}'].then((r) => (r?.ok ? r.clone().json() : {})).then((all) => (Object.hasOwn(all, id) ? all[id] : null), () => null);
  for (const p of [...${MODULE_FILES}, ...${JSON.stringify(GLOSSARY_FILES)}]) early[p] = facts.then((shipped) => (shipped ? get(p) : null));
  const players = ${JSON.stringify(playerPreloads)};
  facts.then((shipped) => {
    for (const href of (shipped && Object.hasOwn(players, shipped.kind) && players[shipped.kind]) || []) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href }));
    }
  });
}
window.weerbaarEarly = early;
})();</script>`;

const main = join(dir, app, 'weerbaar_bg.wasm');
const modules = filesUnder(join(dir, app)).filter((f) => f.endsWith('.js')).sort();
const head = [
  ...modules.map((f) => `<link rel="modulepreload" crossorigin href="${url(f)}" integrity="${sri(f)}">`),
  `<link rel="preload" as="fetch" type="application/wasm" crossorigin href="${url(main)}">`,
  // A dynamic import, not a static one: the lines before it run at once,
  // not after weerbaar.js has arrived.
  `<script type="module">${preloadRoutePart}const { default: init } = await import('${url(join(dir, app, 'weerbaar.js'))}');\ninit({ module_or_path: fetch('${url(main)}', { integrity: '${sri(main)}' }) });</script>`,
].join('\n');
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
if (!html.includes('</head>')) {
  console.error('boot.mjs: index.html has no </head>.');
  process.exit(1);
}
const csp = /<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i;
if (!csp.test(html)) {
  console.error('boot.mjs: index.html has no CSP <meta>; the early content requests go right after it.');
  process.exit(1);
}
writeFileSync(index, html.replace(csp, (meta) => meta + earlyContent).replace('</head>', `${head}\n</head>`));
console.log(`boot.mjs: ${app}/ with ${modules.length} JS modules and ${chunks} lazily loaded wasm parts, all with integrity`);
