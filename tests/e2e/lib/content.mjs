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

/**
 * A youth mission's steps, read from its Markdown up to `# Voor de
 * leerkracht`: [{ id, title, exercise, parts, groups, cards, nodes,
 * settings, options }], with exercise one of 'lezen', 'vraag',
 * 'echt-of-nep', 'sorteren', 'chat', 'wachtwoord', 'privacy'.
 */
export function mission(id) {
  const [child, teacher = ''] = body(id).split(/^# Voor de leerkracht\s*$/m);
  const steps = child
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [heading] = section.split('\n', 1);
      const exercise = section.match(/^oefening:\s*(\S+)\s*$/m)?.[1] ?? (/^- \[[ xX]\] /m.test(section) ? 'vraag' : 'lezen');
      const step = { id: heading.match(/\{#([^}\s]+)\}/)?.[1], title: plain(heading), exercise };
      const items = (re) => [...section.matchAll(re)];
      if (exercise === 'echt-of-nep') {
        step.parts = items(/^- \[([ xX])\] (.+)$/gm).map((m) => ({ text: plain(m[2]), suspicious: m[1] !== ' ' }));
      } else if (exercise === 'sorteren') {
        step.groups = [];
        step.cards = [];
        for (const group of section.split(/^### /m).slice(1)) {
          const name = plain(group.split('\n', 1)[0]);
          step.groups.push(name);
          for (const m of group.matchAll(/^- (.+)$/gm)) step.cards.push({ text: plain(m[1]), group: name });
        }
      } else if (exercise === 'chat') {
        step.nodes = section
          .split(/^### /m)
          .slice(1)
          .map((node) => ({
            id: node.split('\n', 1)[0].match(/\{#([^}\s]+)\}/)?.[1],
            choices: [...node.matchAll(/^- \[(.+)\]\(#([^)]+)\)\s*$/gm)].map((m) => ({ label: plain(m[1]), target: m[2] })),
          }));
      } else if (exercise === 'privacy') {
        step.settings = section
          .split(/^- /m)
          .slice(1)
          .map((s) => ({
            label: plain(s.split('\n', 1)[0]),
            options: [...s.matchAll(/^ {2}- \[([ xX])\] (.+)$/gm)].map((m) => ({ text: plain(m[2]), safe: m[1] !== ' ' })),
          }));
      } else if (exercise === 'vraag') {
        step.options = items(/^- \[([ xX])\] (.+)$/gm).map((m) => ({ text: plain(m[2]), correct: m[1] !== ' ' }));
      }
      return step;
    });
  return { steps, teacher: teacher.split(/^## /m).slice(1).map((s) => plain(s.split('\n', 1)[0])) };
}
