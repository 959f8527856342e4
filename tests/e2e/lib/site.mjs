// Shared set-up for the browser specs: where the project is, which modules
// the shipped catalogue lists, and one browser plus one static server per
// spec file, started before its tests and stopped after them.
import { after, before } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** The content folder under test (WEERBAAR_CONTENT, as the build uses). */
export const CONTENT = resolve(ROOT, process.env.WEERBAAR_CONTENT ?? 'content');

/** Module ids in SUMMARY.md order. */
export const MODULES = [...readFileSync(resolve(CONTENT, 'SUMMARY.md'), 'utf8').matchAll(/\]\(([^)]+)\.md\)/g)].map((m) => m[1]);

/** The storage key of the progress document. */
export const KEY = 'weerbaar.voortgang';

/**
 * Starts Chromium and a server for `root` (default: dist/) around the
 * calling spec file. The returned object's fields are set once `before` ran.
 */
export function useSite(root) {
  const site = { browser: null, server: null };
  before(async () => {
    site.browser = await launch();
    site.server = await serve(root);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Lists module `id` (titled `title`) in the SUMMARY.md of a copy of the
 * build at `dir`, under its audience's heading (added when the folder has
 * none), unless it is listed already: a spec that brings its own module
 * into a copy of the build can open it on any content folder.
 */
export function listModule(dir, id, title) {
  const file = resolve(dir, 'content/SUMMARY.md');
  const summary = readFileSync(file, 'utf8');
  if (summary.includes(`](${id}.md)`)) return;
  const audience = id.split('/')[0];
  const item = `- [${title}](${id}.md)\n`;
  const heading = new RegExp(`^##[^#].*\\{#${audience}\\}[ \\t]*\\n(?:\\n[^-#].*\\n)*\\n?`, 'm');
  const at = summary.match(heading);
  const listed = at ? summary.slice(0, at.index + at[0].length) + item + summary.slice(at.index + at[0].length) : `${summary.trimEnd()}\n\n## ${audience} {#${audience}}\n\n${item}`;
  writeFileSync(file, listed);
}
