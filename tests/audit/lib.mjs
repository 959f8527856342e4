// Shared helpers for the WCAG-EM audit scripts (tests/audit/*.mjs). These are
// measurements for docs/toegankelijkheid/audit.md, not pass/fail tests of
// `./dev test`: each check returns what it found (element, size, colour...)
// so the report can cite it. They use the browser-test libraries for the
// server and Chromium, and never the cargo-built content models, so they run
// against any built site: `node tests/audit/<script>.mjs --dist DIR`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../e2e/lib/browser.mjs';
import { serve } from '../e2e/lib/server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** `--dist DIR` (default dist/), `--only a,b`, `--out DIR` (default tests/audit/results). */
export function args() {
  const a = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = a.indexOf(name);
    return i >= 0 ? a[i + 1] : dflt;
  };
  return {
    dist: resolve(get('--dist', resolve(ROOT, 'dist'))),
    only: get('--only', '')
      .split(',')
      .filter(Boolean),
    out: resolve(get('--out', resolve(ROOT, 'tests/audit/results'))),
  };
}

export async function start(dist) {
  const server = await serve(dist);
  const browser = await launch();
  return { server, browser, close: async () => (await browser.close(), await server.close()) };
}

export function save(out, name, data) {
  mkdirSync(out, { recursive: true });
  const file = resolve(out, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
}

/** Waits for an h1 and two animation frames. */
export async function ready(page) {
  await page.locator('h1').first().waitFor({ timeout: 15000 });
  await page.waitForLoadState('networkidle').catch(() => {});
  await settle(page);
}

export const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** A short, stable description of the focused element (run in the page). */
export const DESCRIBE = `(el) => {
  if (!el || el === document.body) return 'body';
  const t = (el.getAttribute('aria-label') || el.innerText || el.value || el.getAttribute('title') || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
  const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + (el.type && el.tagName === 'INPUT' ? '[type=' + el.type + ']' : '') + (t ? ' "' + t + '"' : '');
}`;

/**
 * Every visible element a user can operate: links, buttons, fields,
 * summaries, ARIA widgets and anything with a tabindex >= 0.
 */
export const INTERACTIVE = `(() => {
  const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [role=switch], [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll(sel)].filter((el) => {
    if (el.closest('[hidden], [inert]')) return false;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.display === 'none') return false;
    // Visually hidden inputs (custom radios) count through their label.
    return r.width > 0 && r.height > 0;
  });
})`;

/** Relative luminance contrast of two CSS rgb() colours. */
export const CONTRAST = `(a, b) => {
  const p = (c) => (c.match(/[\\d.]+/g) || [0, 0, 0]).slice(0, 3).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  const L = (c) => { const [r, g, bb] = p(c); return 0.2126 * r + 0.7152 * g + 0.0722 * bb; };
  const [x, y] = [L(a), L(b)].sort((m, n) => n - m);
  return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
}`;

/** The first opaque background colour behind an element (run in the page). */
export const BACKGROUND = `(el) => {
  for (let e = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    const m = c.match(/[\\d.]+/g);
    if (m && (m.length < 4 || Number(m[3]) > 0.5)) return c;
  }
  return 'rgb(255, 255, 255)';
}`;

/** Injects CSS through the CSSOM (allowed by the app's CSP, unlike a <style>). */
export async function addCss(page, css) {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.__auditSheets = [...(window.__auditSheets || []), sheet];
  }, css);
  await settle(page);
}

export async function removeCss(page) {
  await page.evaluate(() => {
    const mine = new Set(window.__auditSheets || []);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !mine.has(s));
    window.__auditSheets = [];
  });
  await settle(page);
}

/** The bookmarklet of WCAG 1.4.12 (Steve Faulkner's text-spacing bookmarklet). */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;
