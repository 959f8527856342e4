// `./dev pakket <module of doelgroep> --scorm 1.2|2004`: a SCORM package
// (zip) that a learning management system (Moodle, Totara, ...) imports
// as-is, from a finished build in dist/.
//
// - A module id (medewerker/signalen-in-je-werk) gives one SCO; an audience
//   code (medewerker) gives its track: one SCO per listed module, in the
//   order of SUMMARY.md, sharing the app as one asset resource.
// - imsmanifest.xml at the root. Identifiers come from the module ids only,
//   so a rebuilt package has the same ones: an LMS that sees new
//   identifiers on re-upload can wipe its learners' records.
// - Only the content the package needs: its modules, their pictures, site.md
//   (and its logo), and a SUMMARY.md that lists just these modules, so "next
//   module" links stay inside the package. The app is the whole build.
// - The launch is index.html with the route as the item's `parameters`
//   (#/module/<id>), the standard way to give a SCO its start point; hash
//   routing and relative URLs let the app run from the LMS's folder.
// - The zip is reproducible: sorted entries, fixed dates.
//
// The app finds the LMS itself (src/platform/lms.rs); nothing here changes
// the app, so the website and the package run the same build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { filesUnder } from './files.mjs';
import { GLOSSARY, jsonFile } from './content-names.mjs';

const ROOT = resolve(import.meta.dirname, '..');

const USAGE = `Gebruik: ./dev pakket <module of doelgroep> --scorm 1.2|2004 [--uit bestand.zip] [--dist map]
  Voorbeelden:
    ./dev pakket medewerker/signalen-in-je-werk --scorm 1.2
    ./dev pakket medewerker --scorm 2004      (alle modules voor medewerkers, elk een eigen SCO)`;

/** Reads the command line; exits with the usage text when it is wrong. */
function parseArgs(argv) {
  const out = { target: null, scorm: null, uit: null, dist: join(ROOT, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--alleen-controleren') out.onlyCheck = true;
    else if (a === '--scorm') out.scorm = argv[++i];
    else if (a === '--uit') out.uit = argv[++i];
    else if (a === '--dist') out.dist = resolve(argv[++i]);
    else if (!a.startsWith('--') && !out.target) out.target = a.replace(/\.md$/, '');
    else fail(`Onbekend: ${a}`);
  }
  if (!out.target || !['1.2', '2004'].includes(out.scorm)) fail('Geef een module of doelgroep en --scorm 1.2 of --scorm 2004.');
  return out;
}

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** The checker's report of the content folder (which files each module needs). */
function checkerReport(content) {
  const run = spawnSync('cargo', ['run', '--quiet', '--offline', '-p', 'weerbaar-core', '--bin', 'weerbaar-check', '--', '--json', content], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    return JSON.parse(run.stdout);
  } catch {
    fail(`weerbaar-check gaf geen rapport (exit ${run.status}).`);
  }
}

/** An XML ID from a module id or audience: letters, digits, '-' only. */
export const xmlId = (text) => text.replace(/[^A-Za-z0-9-]+/g, '-');

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * SUMMARY.md with only the list items of `ids`; sub-headings left without a
 * module, and audiences without one, are dropped.
 */
export function packageSummary(summary, ids) {
  const keep = new Set(ids.map((id) => `${id}.md`));
  const blocks = [];
  let current = { head: null, lines: [], modules: 0 };
  const flush = () => {
    if (current.head === null || current.modules > 0) blocks.push(current);
  };
  for (const line of summary.split(/\r?\n/)) {
    const heading = /^(#{2,3})\s/.exec(line);
    const link = /^\s*[-*]\s+\[[^\]]*\]\(([^)]+)\)/.exec(line);
    if (heading) {
      flush();
      current = { head: heading[1], lines: [line], modules: 0 };
    } else if (link) {
      if (keep.has(link[1])) {
        current.lines.push(line);
        current.modules++;
      }
    } else {
      current.lines.push(line);
    }
  }
  flush();
  // An audience (##) stays when it or one of its sub-headings kept a module.
  const out = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.head === '##' && b.modules === 0) {
      let j = i + 1;
      while (j < blocks.length && blocks[j].head === '###') j++;
      if (j === i + 1) continue;
    }
    out.push(b.lines.join('\n'));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** imsmanifest.xml for `scos` ({ id, title, files }) sharing `common` files. */
export function manifest({ version, identifier, title, scos, common }) {
  const v12 = version === '1.2';
  const scormType = v12 ? 'adlcp:scormtype' : 'adlcp:scormType';
  const head = v12
    ? `<manifest identifier="${identifier}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>`
    : `<manifest identifier="${identifier}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>`;
  const fileList = (files, indent) => files.map((f) => `${indent}<file href="${esc(f)}"/>`).join('\n');
  // One module: one SCO resource with every file. A track: the app as one
  // shared asset, each SCO its own module file(s) plus a dependency on it.
  const single = scos.length === 1;
  const items = scos
    .map((s) => `      <item identifier="item-${xmlId(s.id)}" identifierref="sco-${xmlId(s.id)}" parameters="#/module/${esc(s.id)}">
        <title>${esc(s.title)}</title>
      </item>`)
    .join('\n');
  const resources = scos
    .map((s) => {
      const files = single ? [...common, ...s.files] : s.files;
      const dep = single ? '' : '\n      <dependency identifierref="app"/>';
      return `    <resource identifier="sco-${xmlId(s.id)}" type="webcontent" ${scormType}="sco" href="index.html">
${fileList(files, '      ')}${dep}
    </resource>`;
    })
    .join('\n');
  const shared = single
    ? ''
    : `\n    <resource identifier="app" type="webcontent" ${scormType}="asset">
${fileList(common, '      ')}
    </resource>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${head}
  <organizations default="weerbaar">
    <organization identifier="weerbaar">
      <title>${esc(title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}${shared}
  </resources>
</manifest>
`;
}

/** Builds the package; returns { path, files }. */
export function buildPackage({ target, scorm, uit, dist }) {
  if (!existsSync(join(dist, 'index.html'))) fail(`Geen build in ${dist}. Bouw eerst: ./dev build (./dev pakket doet dat zelf).`);
  const content = resolve(ROOT, process.env.WEERBAAR_CONTENT ?? 'content');
  const report = checkerReport(content);
  const modules = target.includes('/') ? report.modules.filter((m) => m.id === target) : report.modules.filter((m) => m.audience === target);
  if (modules.length === 0) fail(`"${target}" is geen module of doelgroep in SUMMARY.md.`);
  const unique = [...new Map(modules.map((m) => [m.id, m])).values()];

  // The app: everything in the build except content (chosen below) and the
  // password lab's word lists when no mission needs them.
  const app = filesUnder(dist)
    .map((f) => relative(dist, f).split('\\').join('/'))
    .filter((f) => !f.startsWith('content/') && !f.split('/').some((p) => p.startsWith('.')))
    .filter((f) => !f.startsWith('jeugd/') || unique.some((m) => m.kind === 'missie'));
  const modulePictures = new Set(report.modules.flatMap((m) => m.pictures));
  // site.md's own pictures (the logo): shipped, but no module's.
  const sitePictures = report.shipped.filter((f) => !f.endsWith('.md') && !modulePictures.has(f));
  // The glossary explains terms in every module; its whole file, as on the site.
  const glossary = [GLOSSARY, jsonFile(GLOSSARY)].map((f) => `content/${f}`).filter((f) => existsSync(join(dist, f)));
  // modules.json: the list facts (minutes, summary) the audience page shows, cut to the package's modules.
  // preparsed.json: the build's parse of site.md (see below).
  const preparsed = existsSync(join(dist, 'content/preparsed.json')) ? ['content/preparsed.json'] : [];
  const common = [...app, 'content/site.md', 'content/SUMMARY.md', 'content/modules.json', ...preparsed, ...glossary, ...sitePictures.map((p) => `content/${p}`)].sort();
  // A module's translations that passed the checker (`talen`) go with it, so
  // the module page offers them inside the LMS as on the site.
  const translations = (m) => (m.talen ?? []).map((code) => `content/${m.id}.${code}.md`);
  // And the build's parse of it (content/<id>.json), so the module page needs no Markdown parser there either.
  const parsed = (m) => [`content/${jsonFile(`${m.id}.md`)}`].filter((f) => existsSync(join(dist, f)));
  const scos = unique.map((m) => ({ id: m.id, title: m.title, files: [`content/${m.id}.md`, ...parsed(m), ...translations(m), ...m.pictures.map((p) => `content/${p}`)] }));
  const audienceTitle = (() => {
    const line = readFileSync(join(dist, 'content/SUMMARY.md'), 'utf8').match(new RegExp(`^## (.*?)\\s*\\{#${unique[0].audience}\\}`, 'm'));
    return line ? line[1] : unique[0].audience;
  })();
  const title = target.includes('/') ? unique[0].title : `Weerbaar: ${audienceTitle}`;
  const identifier = `weerbaar-${xmlId(target)}-scorm${scorm === '1.2' ? '12' : '2004'}`;
  const xml = manifest({ version: scorm, identifier, title, scos, common });

  // Every file from the build, which holds only checked content.
  const entries = { 'imsmanifest.xml': xml };
  for (const f of [...common, ...scos.flatMap((s) => s.files)]) {
    if (!existsSync(join(dist, f))) fail(`${f} staat niet in de build (${dist}). Bouw opnieuw: ./dev build.`);
    entries[f] = readFileSync(join(dist, f));
  }
  entries['content/SUMMARY.md'] = packageSummary(readFileSync(join(dist, 'content/SUMMARY.md'), 'utf8'), unique.map((m) => m.id));
  const facts = JSON.parse(readFileSync(join(dist, 'content/modules.json'), 'utf8'));
  entries['content/modules.json'] = JSON.stringify(Object.fromEntries(unique.filter((m) => facts[m.id]).map((m) => [m.id, facts[m.id]])));
  // site.md goes in unchanged, so its parse still holds; SUMMARY.md was cut
  // above, so the app parses that one itself (core/src/content/preparsed.rs).
  if (preparsed.length > 0) {
    const { site } = JSON.parse(readFileSync(join(dist, 'content/preparsed.json'), 'utf8'));
    entries['content/preparsed.json'] = JSON.stringify(site ? { site } : {});
  }

  const mtime = new Date('2000-01-01T00:00:00Z');
  const zipInput = {};
  for (const name of Object.keys(entries).sort()) {
    const data = entries[name];
    zipInput[name] = [typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data), { mtime }];
  }
  const path = resolve(uit ?? join(ROOT, 'pakketten', `${xmlId(target)}-scorm${scorm === '1.2' ? '12' : '2004'}.zip`));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, zipSync(zipInput, { level: 9 }));
  return { path, files: Object.keys(zipInput), scos: scos.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  if (args.onlyCheck) process.exit(0);
  const { path, files, scos } = buildPackage(args);
  console.log(`SCORM ${args.scorm}-pakket gemaakt: ${relative(process.cwd(), path)} (${scos} ${scos === 1 ? 'module' : 'modules'}, ${files.length} bestanden).`);
  console.log('Upload dit zip-bestand in je leeromgeving als SCORM-pakket (zie docs/lms.md).');
}
