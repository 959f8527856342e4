// Reads shipped content the way a test needs it: which answers are right,
// which choices lead where. Tests derive their expectations from the
// trainer's Markdown, so they keep passing when content is edited and keep
// failing when the app stops showing what the Markdown says.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './site.mjs';

/** Markdown emphasis and attributes stripped: the text a learner sees. */
export const plain = (s) => s.replace(/\s*\{[#.][^}]*\}\s*$/, '').replace(/\*\*|__|\*|`/g, '').trim();

const body = (id) => readFileSync(resolve(ROOT, `content/${id}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** Quiz questions: [{ prompt, multiple, options: [{ text, correct }] }]. */
export function quiz(id) {
  return body(id)
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [heading] = section.split('\n', 1);
      const options = [...section.matchAll(/^- \[([ xX])\] (.+)$/gm)].map((m) => ({ text: plain(m[2]), correct: m[1] !== ' ' }));
      return { prompt: plain(heading), multiple: /\{[^}]*\.meerkeuze/.test(heading), options };
    })
    .filter((q) => q.options.length > 0);
}

/** Scenario nodes in order: [{ id, title, choices: [{ label, target }] }]. */
export function scenario(id) {
  return body(id)
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [heading] = section.split('\n', 1);
      const slug = heading.match(/\{#([^}\s]+)\}/)?.[1];
      const choices = [...section.matchAll(/^- \[(.+)\]\(#([^)]+)\)\s*$/gm)].map((m) => ({ label: plain(m[1]), target: m[2] }));
      return { id: slug, title: plain(heading), choices };
    });
}
