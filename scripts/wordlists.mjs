// Builds the two word lists for the youth password lab (public/jeugd/):
//   wachtwoorden.txt  ~3000 common passwords, lowercase, most common first
//   woorden.txt       ~8000 common Dutch words, then common first names
// The Rust estimator loads them when the lab opens; it skips lines that start
// with '#', which is where each file states its source and licence.
//
// Source data (npm registry), read as plain JSON arrays from each package's src/:
//   @zxcvbn-ts/language-common@4.1.3  src/passwords.json
//   @zxcvbn-ts/language-nl-be@3.0.2   src/commonWords.json,
//                                      src/boysFirstnames.json, src/girlsFirstnames.json
// Both packages are MIT licensed: (c) 2012-2016 Dan Wheeler and Dropbox, Inc.;
// language-common also (c) 2021 @zxcvbn-ts. See LICENSE.txt in each package.
// language-nl-be has no password list, so DUTCH_PASSWORDS below is a short
// hand-curated list that is woven in near the top of wachtwoorden.txt.
// Words that are rude or sexual are left out (BLOCKED below): this is a site for
// children 8-12 and both files are public.
//
// Regenerate (no dependencies; unpack outside the project):
//   mkdir -p /tmp/zx && cd /tmp/zx \
//     && npm pack @zxcvbn-ts/language-common@4.1.3 @zxcvbn-ts/language-nl-be@3.0.2 \
//     && mkdir -p common nl-be \
//     && tar xzf zxcvbn-ts-language-common-4.1.3.tgz -C common \
//     && tar xzf zxcvbn-ts-language-nl-be-3.0.2.tgz -C nl-be \
//     && cd - && node scripts/wordlists.mjs /tmp/zx
// The output is deterministic: the same packages give byte-identical files.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  common: { name: '@zxcvbn-ts/language-common', version: '4.1.3' },
  nlbe: { name: '@zxcvbn-ts/language-nl-be', version: '3.0.2' },
};
const PASSWORD_COUNT = 3000;
const WORD_COUNT = 8000;
const NAME_COUNT = 1000; // half boys, half girls, interleaved by popularity
const MAX_BYTES = 120 * 1024;

// Common Dutch/Flemish passwords, most likely first (hand-curated).
const DUTCH_PASSWORDS = [
  'welkom', 'wachtwoord', 'welkom01', 'welkom123', 'wachtwoord1', 'welkom1',
  'wachtwoord123', 'hallo', 'hallo123', 'geheim', 'voetbal', 'ajax', 'feyenoord',
  'psv', 'azerty', 'azerty123', 'geheim123', 'hoi', 'hoihoi', 'hallo1', 'voetbal1',
  'ajax1', 'feyenoord1', 'liefde', 'schatje', 'lieverd', 'lekker', 'vakantie',
  'zomer', 'zonnetje', 'nederland', 'holland', 'oranje', 'belgie', 'vlaanderen',
  'amsterdam', 'rotterdam', 'utrecht', 'eindhoven', 'groningen', 'antwerpen',
  'brussel', 'gent', 'brugge', 'anderlecht', 'clubbrugge', 'kampioen', 'prinses',
  'prinsesje', 'poesje', 'poes', 'hond', 'hondje', 'paard', 'paarden', 'konijn',
  'knuffel', 'snoepje', 'chocolade', 'pannenkoek', 'aardbei', 'banaan', 'bloem',
  'bloemetje', 'vogel', 'tijger', 'leeuw', 'draak', 'ridder', 'koning', 'koningin',
  'mama', 'papa', 'mamapapa', 'oma', 'opa', 'school', 'fiets', 'hockey', 'tennis',
  'zwemmen', 'dansen', 'gamen', 'minecraft', 'roblox', 'fortnite', 'pokemon',
  'sinterklaas', 'kerstmis', 'ijsje', 'appel', 'qwerty123', 'abc123', 'test123',
  'welkom2', 'wachtwoord2', 'geheimpje', 'voetballen', 'paardrijden',
];

// Left out of both lists: rude, sexual or hateful. Exact words, plus parts
// that are rude wherever they occur (checked not to hit ordinary Dutch words).
const BLOCKED = new Set((
  'ass anal anus arse bitch bitches boob boobs butt cock cocks cum dick dicks dildo ' +
  'fag faggot hoer hoere hoeren horny kanker kankerlijer klootzak klote kut kutje ' +
  'kutwijf lul lullen mongool neger nigga nigger nikker neuk neuken pik piemel penis ' +
  'pijpen rape sex seks sexy slet slut tering teringlijer tieten tits tit titty tyfus ' +
  'twat vagina whore wanker wijf wijven geil geile godverdomme verdomme shit shitty bastard ' +
  'bastaard hitler nazi'
).split(/\s+/));
const BLOCKED_PARTS = [
  'fuck', 'fuk', 'pussy', 'cunt', 'porn', 'sex', 'seks', 'penis', 'vagina', 'blowjob',
  'cumshot', 'boobs', 'boobie', 'asshole', 'bitch', 'nigger', 'nigga', 'whore', 'slut', 'horny',
  'kanker', 'neuk', 'klootzak', 'lesbian', 'erotic', 'orgasm', 'milf', 'dildo', 'shit',
  'tyfus', 'naked', 'nude', 'suck', 'hitler', 'nazi',
];
// Not rude, but not what the lab should offer a child as a passphrase word.
const UNSUITABLE_WORDS = new Set((
  'moord moorden vermoord vermoorden zelfmoord drugs wiet coke heroine cocaine ' +
  'pistool geweer doodmaken doodschieten'
).split(/\s+/));
const isBlocked = (w) => BLOCKED.has(w) || BLOCKED_PARTS.some((p) => w.includes(p));

function findPackage(root, { name, version }, depth = 0) {
  let entries;
  try {
    entries = readdirSync(root);
  } catch {
    return null;
  }
  if (entries.includes('package.json')) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    if (pkg.name === name) {
      if (pkg.version !== version) {
        throw new Error(`${name} in ${root} is ${pkg.version}, expected ${version}`);
      }
      if (pkg.license !== 'MIT') throw new Error(`${name}: licence is ${pkg.license}, expected MIT`);
      return root;
    }
  }
  if (depth >= 3) return null;
  for (const e of entries.sort()) {
    const p = join(root, e);
    if (e !== 'node_modules' && statSync(p).isDirectory()) {
      const hit = findPackage(p, { name, version }, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

function readList(dir, file) {
  const data = JSON.parse(readFileSync(join(dir, 'src', file), 'utf8'));
  if (!Array.isArray(data) || data.some((x) => typeof x !== 'string')) {
    throw new Error(`${file}: expected a JSON array of strings (format changed?)`);
  }
  return data;
}

// Lowercase, strip accents (zoë -> zoe, belgië -> belgie).
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function uniq(list) {
  const seen = new Set();
  return list.filter((w) => !seen.has(w) && seen.add(w));
}

function writeList(file, header, lines) {
  const text = header.map((h) => `# ${h}`).join('\n') + '\n' + lines.join('\n') + '\n';
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`${file}: ${bytes} bytes, over ${MAX_BYTES}`);
  writeFileSync(file, text);
  console.log(`wordlists.mjs: wrote ${file} (${lines.length} entries, ${bytes} bytes)`);
}

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/wordlists.mjs <dir-with-extracted-packages>');
  process.exit(2);
}
const dirs = {};
for (const [key, spec] of Object.entries(PACKAGES)) {
  dirs[key] = findPackage(root, spec);
  if (!dirs[key]) {
    console.error(`wordlists.mjs: ${spec.name}@${spec.version} not found under ${root}`);
    process.exit(1);
  }
}
const outDir = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'jeugd');
mkdirSync(outDir, { recursive: true });

const licence = 'MIT, (c) 2012-2016 Dan Wheeler and Dropbox, Inc';
const src = (k) => `${PACKAGES[k].name}@${PACKAGES[k].version}`;

// Passwords: printable ASCII, no spaces, 3+ chars. The Dutch list is woven in
// one-for-one with the international top, then the international list goes on.
const okPassword = (w) => /^[\x21-\x7e]{3,}$/.test(w) && !isBlocked(w);
const international = uniq(readList(dirs.common, 'passwords.json').map((w) => w.toLowerCase())).filter(okPassword);
const dutch = uniq(DUTCH_PASSWORDS).filter(okPassword);
const woven = [];
for (let i = 0; i < Math.max(dutch.length, international.length); i++) {
  if (i < international.length) woven.push(international[i]);
  if (i < dutch.length) woven.push(dutch[i]);
}
const passwords = uniq(woven).slice(0, PASSWORD_COUNT);
writeList(join(outDir, 'wachtwoorden.txt'), [
  'Weerbaar jeugd: veelgebruikte wachtwoorden, kleine letters, meest gebruikte eerst.',
  `Bron: ${src('common')} (src/passwords.json), licentie ${licence}; (c) 2021 @zxcvbn-ts.`,
  'Aangevuld met een handgemaakte lijst Nederlandse/Vlaamse wachtwoorden (om en om met de top).',
  'Grove en ongepaste woorden zijn weggelaten. Gemaakt met scripts/wordlists.mjs; niet met de hand wijzigen.',
], passwords);

// Words: 3-12 letters a-z after folding accents, most frequent first (subtitle
// frequencies), then first names interleaved boys/girls by popularity.
const okWord = (w) => /^[a-z]{3,12}$/.test(w) && !isBlocked(w) && !UNSUITABLE_WORDS.has(w);
const words = uniq(readList(dirs.nlbe, 'commonWords.json').map(fold)).filter(okWord).slice(0, WORD_COUNT);
const inWords = new Set(words);
const boys = uniq(readList(dirs.nlbe, 'boysFirstnames.json').map(fold)).filter(okWord);
const girls = uniq(readList(dirs.nlbe, 'girlsFirstnames.json').map(fold)).filter(okWord);
const names = [];
for (let i = 0; names.length < NAME_COUNT && (i < boys.length || i < girls.length); i++) {
  for (const n of [boys[i], girls[i]]) {
    if (n && !inWords.has(n) && !names.includes(n) && names.length < NAME_COUNT) names.push(n);
  }
}
writeList(join(outDir, 'woorden.txt'), [
  'Weerbaar jeugd: veelgebruikte Nederlandse woorden (3-12 letters, a-z, accenten weggehaald),',
  `eerst ${words.length} woorden (meest gebruikte eerst), daarna ${names.length} voornamen (jongens/meisjes om en om).`,
  `Bron: ${src('nlbe')} (src/commonWords.json, boysFirstnames.json, girlsFirstnames.json),`,
  `licentie ${licence}. Grove en ongepaste woorden zijn weggelaten.`,
  'Gemaakt met scripts/wordlists.mjs; niet met de hand wijzigen.',
], [...words, ...names]);
