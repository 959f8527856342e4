// Post-build step: ship only the content files the checker accepts.
//
// The checker (weerbaar-check --json) lists what the site may serve from
// content/: site.md, SUMMARY.md, the glossary, the handbook, the listed modules and the
// pictures they show that passed its picture check. Everything else Trunk
// copied from content/ (a picture with a script in it, a PDF, a stray file)
// is removed from the build here, so a hostile or careless file never
// reaches the host, whatever the host's headers are. It also tells the
// service worker (scripts/service-worker.mjs) which pictures each module
// needs, so it can keep them for offline use together with the module.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from './files.mjs';
import { jsonFile } from './content-names.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('content-files.mjs: TRUNK_STAGING_DIR is not set; run me from Trunk.');
  process.exit(1);
}

// The checker exits 1 when content has errors; its report is complete anyway
// (a module with an error still ships and shows its error card).
// WEERBAAR_CONTENT names another source folder (the tests use it).
const source = resolve(ROOT, process.env.WEERBAAR_CONTENT ?? 'content');
const run = spawnSync('cargo', ['run', '--quiet', '--offline', '-p', 'weerbaar-core', '--bin', 'weerbaar-check', '--', '--json', source], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`content-files.mjs: weerbaar-check gave no report (exit ${run.status}).`);
  process.exit(1);
}

const shipped = new Set(report.shipped);
const content = join(dir, 'content');
// Trunk copied content/ (web/index.html names it); a build of another
// folder (`WEERBAAR_CONTENT=tests/content ./dev build`) serves that folder
// instead, filtered below by its own report like content/ is.
if (source !== resolve(ROOT, 'content') && existsSync(join(dir, 'index.html'))) {
  rmSync(content, { recursive: true, force: true });
  cpSync(source, content, { recursive: true });
}
const removed = [];
for (const file of existsSync(content) ? filesUnder(content) : []) {
  const path = relative(content, file).split('\\').join('/');
  // .htaccess is the host's own configuration (headers for SVG), not content.
  if (shipped.has(path) || path === '.htaccess') continue;
  rmSync(file);
  removed.push(path);
}
// Kind, duration and description of every shipped module, for the lists of
// modules: one small file instead of every module of an audience on every
// visit (ARCHITECTURE.md, "No dead ends"). The kind (`soort:`) lets the boot
// script fetch a deep link's player with the app (scripts/boot.mjs). `talen` lists the languages of
// its translations that passed the check (the module page offers them).
// Shipped measurement sets are listed too (`meting/<doelgroep>`), so the
// audience page knows, without another request, whether it can invite a
// learner to the before/after questions.
const facts = Object.fromEntries([
  ...report.modules
    .filter((m) => shipped.has(`${m.id}.md`))
    .map((m) => [m.id, { kind: m.kind, minutes: m.minutes ?? undefined, summary: m.summary ?? undefined, talen: m.talen?.length ? m.talen : undefined }]),
  ...report.measures
    .filter((m) => shipped.has(`${m.id}.md`) && m.audience && m.knowledge + m.statements > 0)
    .map((m) => [m.id, { minutes: m.minutes ?? undefined }]),
]);
if (existsSync(content)) writeFileSync(join(content, 'modules.json'), JSON.stringify(facts));
// site.md and SUMMARY.md as the checker parsed them, each with a fingerprint
// of its text: the first visit then needs no Markdown parser, and a file
// edited on the host afterwards is still read (core/src/content/preparsed.rs).
if (existsSync(content)) writeFileSync(join(content, 'preparsed.json'), JSON.stringify(report.preparsed));

if (removed.length > 0) console.log(`content-files.mjs: niet meegenomen (geen module of geen veilige afbeelding): ${removed.join(', ')}`);

// Each shipped module and the glossary as the checker parsed them, with a
// fingerprint of their text, next to them (content/<id>.json; null for a
// file with problems, which the app parses itself to show them): a module
// page then needs no Markdown parser, and a file edited on the host
// afterwards is still read from its Markdown (core/src/content/preparsed.rs).
const parsedFiles = Object.entries(report.parsed).filter(([file]) => shipped.has(file));
if (existsSync(content)) for (const [file, parsed] of parsedFiles) writeFileSync(join(content, jsonFile(file)), JSON.stringify(parsed));
const parsedIds = new Set(parsedFiles.map(([file]) => file.replace(/\.md$/, '')));

/** `content/<module>.md` -> the files that go with it: the pictures it shows and the build's parse of it. */
export const filesWithModule = Object.fromEntries(
  report.modules
    .map((m) => [`content/${m.id}.md`, [...m.pictures.map((p) => `content/${p}`), ...(parsedIds.has(m.id) ? [`content/${jsonFile(`${m.id}.md`)}`] : [])]])
    .filter(([, files]) => files.length > 0),
);
