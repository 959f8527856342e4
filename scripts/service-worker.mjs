// Trunk post_build hook: writes sw.js into the build with the list of every
// file to precache and a cache name derived from the files' contents, so a
// new build means a new cache and old caches are removed on activation.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from './files.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('service-worker.mjs: TRUNK_STAGING_DIR is not set; run me from Trunk.');
  process.exit(1);
}


// Everything the site serves, the handbook included (it is small), except
// the service worker itself and the password lab's word lists: those load
// only when a child opens the lab (then the fetch handler caches them), so
// a first visit never downloads them, not even in the background.
const onlyOnDemand = (path) => path.startsWith('jeugd/') && path.endsWith('.txt');
const all = filesUnder(dir)
  .map((path) => relative(dir, path).split('\\').join('/'))
  .filter((path) => path !== 'sw.js' && !onlyOnDemand(path))
  .sort();
const hash = createHash('sha256');
for (const path of all) hash.update(path).update(readFileSync(join(dir, path)));
const version = hash.digest('hex').slice(0, 16);
// './' is what a visitor opens; it is the same file as index.html.
const precache = ['./', ...all];

const template = readFileSync(resolve(import.meta.dirname, '../web/sw.js'), 'utf8');
writeFileSync(
  join(dir, 'sw.js'),
  template.replace('__WEERBAAR_VERSION__', version).replace('__WEERBAAR_PRECACHE__', JSON.stringify(precache)),
);
console.log(`service-worker.mjs: sw.js ${version}, ${precache.length} files to precache`);
