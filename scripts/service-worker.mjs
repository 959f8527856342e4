// Trunk post_build hook: writes sw.js into the build with this build's own
// file lists and a cache name derived from the files' contents, so a new
// build means a new cache (see web/sw.js for how it routes and stores).
//
// - PRECACHE, stored on install: the app itself and everything outside
//   content/, plus the catalogue, site.md, the build's parse of both
//   (preparsed.json) and the glossary with its parse (a few KB, and
//   every module uses it to explain its terms). Not the modules: the worker
//   keeps an audience's modules once its page is opened, so a first visit
//   does not grow with the amount of content (ARCHITECTURE.md, "What a
//   first visit stores"). Not the password lab's word lists either: those
//   load only when a child opens the lab (then the worker keeps them). Nor
//   the UI languages' catalogues (i18n/): fetched, and then kept, only when
//   a learner chooses that language.
// - IMMUTABLE: every file whose name the build derived from its content
//   (the app-<hash>/ folder, the hashed stylesheet). Checked here, not
//   guessed in the worker: any .wasm or .js outside that list fails the
//   build, so a part of an older build is never taken for one of this build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from './files.mjs';
import { filesWithModule } from './content-files.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('service-worker.mjs: TRUNK_STAGING_DIR is not set; run me from Trunk.');
  process.exit(1);
}

const all = filesUnder(dir)
  .map((path) => relative(dir, path).split('\\').join('/'))
  .filter((path) => path !== 'sw.js' && !path.split('/').some((part) => part.startsWith('.')))
  .sort();
const hash = createHash('sha256');
for (const path of all) hash.update(path).update(readFileSync(join(dir, path)));
const version = hash.digest('hex').slice(0, 16);

const appFolder = /^app-[0-9a-f]{16}\//;
const hashedName = /-[0-9a-f]{16}\.[a-z]+$/;
const immutable = all.filter((path) => appFolder.test(path) || hashedName.test(path));
const unhashedCode = all.filter((path) => /\.(wasm|js)$/.test(path) && !immutable.includes(path));
if (unhashedCode.length > 0) {
  console.error(`service-worker.mjs: code without a content hash in its name: ${unhashedCode.join(', ')}`);
  process.exit(1);
}
const atInstall = ['content/SUMMARY.md', 'content/site.md', 'content/preparsed.json', 'content/begrippen.md', 'content/begrippen.json'];
const onlyOnDemand = (path) =>
  (path.startsWith('jeugd/') && path.endsWith('.txt')) || path.startsWith('i18n/') || (path.startsWith('content/') && !atInstall.includes(path));
// './' is what a visitor opens; it is the same file as index.html.
const precache = ['./', ...all.filter((path) => !onlyOnDemand(path))];

const template = readFileSync(resolve(import.meta.dirname, '../web/sw.js'), 'utf8');
writeFileSync(
  join(dir, 'sw.js'),
  template
    .replace('__WEERBAAR_VERSION__', version)
    .replace('__WEERBAAR_PRECACHE__', JSON.stringify(precache))
    .replace('__WEERBAAR_IMMUTABLE__', JSON.stringify(immutable))
    .replace('__WEERBAAR_WITH_MODULE__', JSON.stringify(filesWithModule)),
);
console.log(`service-worker.mjs: sw.js ${version}, ${precache.length} files to precache, ${immutable.length} cache-first`);
