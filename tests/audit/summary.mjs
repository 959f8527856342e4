// Turns tests/audit/results/states.json (from wcag.mjs) into a Markdown
// table per page state, the appendix of docs/toegankelijkheid/audit.md:
//   node tests/audit/summary.mjs [--out DIR] > docs/toegankelijkheid/meetresultaten.md
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { args } from './lib.mjs';

const { out } = args();
const data = JSON.parse(readFileSync(resolve(out, 'states.json'), 'utf8'));
const rows = data.results;
const cell = (list) => (list.length ? list.map((x) => String(x).replace(/\|/g, '\\|')).join('<br>') : '–');
const p = (s) => console.log(s);

p('# Meetresultaten per paginatoestand');
p('');
p(`Gemaakt door \`tests/audit/wcag.mjs\` op ${data.date.slice(0, 16).replace('T', ' ')} UTC met Chromium ${data.chromium}; site: \`${data.dist}\`.`);
p('Elke rij is één toestand van de steekproef. "Tabstops" is één volledige rondgang met Tab.');
p('Breedtes: 640 × 512 en 320 × 256 CSS-px zijn 200 % en 400 % zoom van een venster van 1280 px breed.');
p('');
p('| pagina / toestand | bereikt | tabstops | niet bereikt | zonder focusrand | rand < 3:1 | focus geheel bedekt (1280 / 320) | doelen < 24 px zonder uitzondering (1280 / 320) | kleinste doel | overloop px 640 / 320 | tekstafstand overloop px (1280 / 320) | leeshulp overloop px (1280 / 320) | geforceerde kleuren: zonder focusrand | zonder naam | label niet in naam |');
p('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  if (!r.reached) {
    p(`| ${r.id} / ${r.state} | **nee** | | | | | | | | | | | | | |`);
    continue;
  }
  const k = r.keyboard;
  p(
    `| ${r.id} / ${r.state} | ja | ${k.stops} | ${cell(k.unreached)} | ${cell(k.noIndicator)} | ${cell(k.lowRingContrast)} | ${k.obscuredEntirely.length} / ${r.keyboard400.obscuredEntirely.length} | ${r.targets.fail.length} / ${r.targets320.fail.length} | ${r.targets.smallest ? `${r.targets.smallest.size} ${r.targets.smallest.el.replace(/\|/g, '\\|')}` : '–'} | ${r.zoom200.pageOverflow} / ${r.zoom400.pageOverflow} | ${r.textSpacing.wide.pageOverflow} / ${r.textSpacing.narrow.pageOverflow} | ${r.readingAid.wide.pageOverflow} / ${r.readingAid.narrow.pageOverflow} | ${r.forcedColours.noIndicator.length} | ${cell(r.names.unnamed)} | ${cell(r.names.labelNotInName)} |`,
  );
}
p('');
p('## Doelen onder 24 × 24 px die voldoen door een uitzondering (2.5.8)');
p('');
const small = new Map();
for (const r of rows.filter((r) => r.reached)) for (const t of [...r.targets.passByException, ...r.targets320.passByException]) small.set(`${t.el} ${t.size} (${t.exception})`, (small.get(`${t.el} ${t.size} (${t.exception})`) || new Set()).add(r.id));
for (const [k, v] of small) p(`- ${k.replace(/\|/g, '\\|')}: ${[...v].join(', ')}`);
p('');
p('## Focusindicatoren die voorkomen');
p('');
for (const i of new Set(rows.filter((r) => r.reached).flatMap((r) => r.keyboard.indicators))) p(`- ${i}`);
p('');
p('## Geforceerde kleuren: toestanden (ingedrukt, huidige pagina) anders dan met kleur alleen?');
p('');
const states = new Map();
for (const r of rows.filter((r) => r.reached)) for (const s of r.forcedColours.states) states.set(`${s.el.replace(/"[^"]*"/, '').trim()} ${s.state}: ${s.distinct}`, r.id);
for (const [k, v] of states) p(`- ${k} (${v})`);
if (!states.size) p('- geen ingedrukte of huidige elementen in de steekproef');
p('');
p('## Beweging');
p('');
const moving = rows.filter((r) => r.reached).flatMap((r) => r.motion.normal.moving.map((m) => `${r.id}: ${m}`));
const movingReduced = rows.filter((r) => r.reached).flatMap((r) => r.motion.reduced.moving.map((m) => `${r.id}: ${m}`));
p(`- Zonder voorkeur: ${moving.length ? moving.join('; ') : 'geen animaties of overgangen gevonden'}.`);
p(`- Met \`prefers-reduced-motion: reduce\`: ${movingReduced.length ? movingReduced.join('; ') : 'geen'}.`);
p(`- Lopende animaties (document.getAnimations): ${Math.max(...rows.filter((r) => r.reached).map((r) => r.motion.normal.running))} op zijn hoogst.`);
p('');
p('## Media, afbeeldingen, focus die de pagina verandert');
p('');
p(`- Video, audio, iframe, object: ${rows.filter((r) => r.reached).reduce((n, r) => n + r.names.media, 0)} in de hele steekproef.`);
p(`- URL veranderd door alleen focus (3.2.1): ${rows.filter((r) => r.reached && r.keyboard.urlChangedOnFocus).map((r) => r.id).join(', ') || 'nergens'}.`);
p(`- Toetsenbordval (2.1.2): ${rows.filter((r) => r.reached && r.keyboard.trap).map((r) => `${r.id}: ${r.keyboard.trap}`).join(', ') || 'nergens'}; Shift+Tab ging overal terug.`);
const imgs = new Set(rows.filter((r) => r.reached).flatMap((r) => r.names.images.map((i) => `${r.id}: ${i}`)));
p('- Afbeeldingen (tag, alt, aria-hidden, aria-label):');
for (const i of [...imgs].filter((i) => !/^[^:]+: svg alt=null aria-hidden=true/.test(i)).slice(0, 40)) p(`  - ${i.replace(/\|/g, '\\|')}`);
p(`  - en ${[...imgs].filter((i) => /^[^:]+: svg alt=null aria-hidden=true/.test(i)).length} keer een inline-svg met aria-hidden="true" (pictogrammen naast tekst).`);
p('');
p('## Koppen per toestand (2.4.6, 1.3.1)');
p('');
for (const r of rows.filter((r) => r.reached)) p(`- ${r.id} / ${r.state}: ${r.names.headings.join(' · ').replace(/\|/g, '\\|')}`);
