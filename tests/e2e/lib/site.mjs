// Shared set-up for the browser specs: where the project is, which modules
// the shipped catalogue lists, and one browser plus one static server per
// spec file, started before its tests and stopped after them.
import { after, before } from 'node:test';
import { readFileSync } from 'node:fs';
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
