// What the tests expect, taken from the content the way the app reads it:
// the core's own parser (`weerbaar-check --modellen`), not a second one, so a
// municipality that rewrites content/ keeps a suite that means the same.
// These helpers only reshape that model into what a spec needs: which
// answers are right, which choices lead where, in the text a learner sees.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT, ROOT } from './site.mjs';

export { CONTENT };

let cache;
/** Every listed module as the core parses it, in catalogue order. */
export function models() {
  cache ??= JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '-p', 'weerbaar-core', '--bin', 'weerbaar-check', '--', '--modellen', CONTENT], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  return cache;
}

/** The core's audiences (`doelgroep`) by their code in SUMMARY.md. */
export const AUDIENCE = { Staff: 'medewerker', Residents: 'inwoner', Entrepreneurs: 'ondernemer', Farmers: 'agrarier', Youth: 'jeugd', Teens: 'jongeren', Trainers: 'trainer' };

/**
 * The id of the first listed module of `kind` (the core's name: 'Lesson',
 * 'Quiz', 'Cards', 'Scene', 'Scenario', 'Mission') for which `where(model)`
 * holds, or undefined. Specs choose modules by shape, never by id, so they
 * run on any content folder (`WEERBAAR_CONTENT`).
 */
export function first(kind, where = () => true) {
  return models().find((m) => m.kind === kind && where(m))?.id;
}

/**
 * Test options for a spec that needs a module of some shape: skipped, with
 * the shape named, when the content folder under test has none.
 */
export function needs(id, shape) {
  return id ? {} : { skip: `the content folder has no ${shape}` };
}

/**
 * The organisation's name from site.md (`organisatie:`), as the header and
 * the certificate show it. One key read directly: the checker's JSON has no
 * site settings yet.
 */
export function organisation() {
  const text = readFileSync(resolve(CONTENT, 'site.md'), 'utf8');
  return text.match(/^organisatie:[ \t]*(.+?)[ \t]*$/m)?.[1];
}

/**
 * A module's trainer notes (```trainer blocks) by section id, "" for those
 * before the first section: the first line of each, in order.
 */
export function notes(id) {
  return Object.values(model(id).notes).flatMap((list) => list.map((note) => note.split('\n')[0].trim()));
}

/** The module's title as the learner sees it (the page's h1). */
export const title = (id) => model(id).title;

function model(id) {
  const m = models().find((m) => m.id === id);
  if (!m) throw new Error(`${id} is not listed in SUMMARY.md`);
  return m;
}

/** Inline content as the text a learner sees (as core's `plain_text`). */
export function plain(inlines) {
  return inlines
    .map((i) => {
      if (i === 'Break') return ' ';
      const [kind, v] = Object.entries(i)[0];
      if (kind === 'Text' || kind === 'Code') return v;
      if (kind === 'Term') return v.text;
      if (kind === 'Image') return v.alt;
      if (kind === 'Link') return plain(v.content);
      return plain(v);
    })
    .join('')
    .trim();
}

/** Blocks as text (as core's `plain_text_blocks`). */
export function plainBlocks(blocks) {
  return blocks
    .map((b) => {
      if (b === 'Rule') return '';
      const [kind, v] = Object.entries(b)[0];
      if (kind === 'Heading' || kind === 'Paragraph') return plain(v.content);
      if (kind === 'List') return v.items.map((i) => plainBlocks(i.blocks)).join(' ');
      if (kind === 'Quote') return plainBlocks(v.blocks);
      return v.text ?? '';
    })
    .join(' ')
    .trim();
}

/** The core's question types (`Answer`) by the names the specs use. */
const TYPE = { One: 'one', Several: 'several', Order: 'order' };

const question = (q) => {
  const [answer, list] = Object.entries(q.answer)[0];
  const type = TYPE[answer];
  if (!type) throw new Error(`question type ${answer} is unknown to the tests; add it to TYPE`);
  return {
    prompt: plain(q.prompt),
    type,
    multiple: type === 'several',
    // An ordering question has no right or wrong option, only steps.
    options: type === 'order' ? [] : list.map((o) => ({ text: plainBlocks(o.content), correct: o.correct, feedback: plainBlocks(o.feedback ?? []) })),
    steps: type === 'order' ? list.map((s) => plainBlocks(s.content)) : [],
  };
};

/**
 * Every question of a module in order (as core's `Items::questions`): a
 * quiz's, or a lesson's knowledge checks and test, or a mission's checks:
 * [{ prompt, type ('one' | 'several' | 'order'), multiple, options:
 * [{ text, correct }], steps: [text in the right order] }].
 */
export function quiz(id) {
  const { items } = model(id);
  const questions =
    items.Quiz ??
    (items.Lesson && [...items.Lesson.pages.flatMap((p) => (p.check ? [p.check] : [])), ...items.Lesson.test]) ??
    (items.Mission && items.Mission.steps.flatMap((s) => (s.task.Check ? [s.task.Check] : []))) ??
    [];
  return questions.map(question);
}

/** A card deck's cards in order: [{ text, signal, explanation }]. */
export function cards(id) {
  return model(id).items.Cards.map((c) => ({ text: plainBlocks(c.content), signal: c.signal, explanation: plainBlocks(c.explanation) }));
}

/** A scene's regions in order: [{ label, signal }]. */
export function scene(id) {
  return model(id).items.Scene.regions.map((r) => ({ label: r.label, signal: r.signal }));
}

const node = (n) => ({ id: n.id, title: plain(n.title), choices: n.choices.map((c) => ({ label: plain(c.label), target: c.target })) });

/** Scenario nodes in order: [{ id, title, choices: [{ label, target }] }]. */
export function scenario(id) {
  return model(id).items.Scenario.nodes.map(node);
}

/** The exercise names the specs use, by the core's task. */
const EXERCISE = { Read: 'lezen', Check: 'vraag', RealOrFake: 'echt-of-nep', Sort: 'sorteren', Chat: 'chat', Password: 'wachtwoord', Privacy: 'privacy' };

/**
 * A youth mission: its steps as [{ id, title, exercise, parts, groups,
 * cards, nodes, settings, options }] and its teacher page's section titles.
 */
export function mission(id) {
  const { steps, teacher } = model(id).items.Mission;
  return {
    steps: steps.map((s) => {
      const [task, v] = typeof s.task === 'string' ? [s.task, null] : Object.entries(s.task)[0];
      const step = { id: s.id, title: plain(s.title), exercise: EXERCISE[task] };
      if (!step.exercise) throw new Error(`${id}: exercise ${task} is unknown to the tests; add it to EXERCISE`);
      if (task === 'RealOrFake') step.parts = v.parts.map((p) => ({ text: plainBlocks(p.content), suspicious: p.suspicious }));
      if (task === 'Sort') {
        step.groups = v.groups;
        step.cards = v.cards.map((c) => ({ text: plainBlocks(c.content), group: v.groups[c.group] }));
      }
      if (task === 'Chat') step.nodes = v.nodes.map(node);
      if (task === 'Privacy') {
        step.settings = v.map((setting) => ({
          label: plainBlocks(setting.label),
          options: setting.options.map((o) => ({ text: plainBlocks(o.content), safe: o.correct })),
        }));
      }
      if (task === 'Check') step.options = question(v).options;
      return step;
    }),
    teacher: teacher.filter((b) => b.Heading?.level === 2).map((b) => plain(b.Heading.content)),
  };
}

let measures;
/**
 * The measurement set of `audience` (a folder code such as `inwoner`) as
 * the core reads it (`weerbaar-check --metingen`), or undefined when the
 * content has none: { title, knowledge: [{ key, before, after }] with
 * questions as `quiz` gives them, statements: [text] }.
 */
export function measure(audience) {
  measures ??= JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '-p', 'weerbaar-core', '--bin', 'weerbaar-check', '--', '--metingen', CONTENT], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const set = measures.find((m) => m.id === `meting/${audience}`);
  return (
    set && {
      title: set.title,
      knowledge: set.knowledge.map((k) => ({ key: k.key, before: question(k.before), after: question(k.after) })),
      statements: set.statements.map((s) => plain(s.text)),
    }
  );
}
