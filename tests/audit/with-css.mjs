// Copies a built site and swaps in this worktree's style/main.css (with a
// fresh SRI hash in index.html), so a CSS fix can be measured before and
// after without a cargo/trunk build:
//   node tests/audit/with-css.mjs --dist /tmp/bench-dist --to /tmp/audit-dist-fixed
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ROOT, args } from './lib.mjs';

const { dist } = args();
const i = process.argv.indexOf('--to');
if (i < 0) throw new Error('usage: --dist SRC --to DST');
const to = resolve(process.argv[i + 1]);
rmSync(to, { recursive: true, force: true });
cpSync(dist, to, { recursive: true });
const cssName = readdirSync(to).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
const css = readFileSync(resolve(ROOT, 'style/main.css'));
writeFileSync(join(to, cssName), css);
const sri = 'sha384-' + createHash('sha384').update(css).digest('base64');
const index = join(to, 'index.html');
writeFileSync(index, readFileSync(index, 'utf8').replace(new RegExp(`(href=\\.?/?${cssName.replace('.', '\\.')} integrity=)sha384-[A-Za-z0-9+/=]+`), `$1${sri}`));
if (!readFileSync(index, 'utf8').includes(sri)) throw new Error('could not put the new hash in index.html');
console.log(`${to}: ${cssName} replaced by style/main.css (${css.length} bytes)`);
