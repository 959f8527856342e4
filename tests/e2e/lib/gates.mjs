// The quality gates every page state must pass. A page is opened with
// `openPage`, which starts collecting console errors, CSP violations and
// requests to other origins; `gateProblems` adds axe-core and a 320 px
// reflow check and returns every problem found as a readable string.
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Opens a fresh page in `context` with collectors attached. Returns the page;
 * its `collected` field holds what was seen so far.
 */
export async function openPage(context, origin) {
  const page = await context.newPage();
  const collected = { console: [], csp: [], foreign: [] };
  page.collected = collected;
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') collected.console.push(msg.text());
  });
  page.on('pageerror', (err) => collected.console.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) collected.foreign.push(url);
  });
  return page;
}

/** Every gate problem on the page as it is now (empty means all green). */
export async function gateProblems(page, { axe = true } = {}) {
  const problems = [];
  const c = page.collected;
  problems.push(...c.console.map((m) => `console error: ${m}`));
  problems.push(...c.foreign.map((u) => `request to another origin: ${u}`));
  const csp = await page.evaluate(() => window.__cspViolations ?? []);
  problems.push(...csp.map((v) => `CSP violation: ${v}`));
  if (axe) {
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of result.violations) {
      const where = v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ');
      problems.push(`axe ${v.id}: ${v.help} (${where})`);
    }
  }
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`horizontal scrolling at 320 px: ${overflow} px too wide`);
  if (size) await page.setViewportSize(size);
  return problems;
}

/** Waits until the app has rendered a page heading. */
export async function waitForHeading(page, text) {
  const h1 = page.locator('h1');
  if (text) await h1.filter({ hasText: text }).waitFor();
  else await h1.first().waitFor();
  return (await h1.first().textContent()).trim();
}

/**
 * Waits until the element with `id` has focus. The app moves focus on the
 * next animation frame after rendering, so an immediate check would race.
 */
export async function waitForFocus(page, id, message = `focus on #${id}`) {
  try {
    await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 });
  } catch {
    const now = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    throw new Error(`${message}: focus stayed on ${now}`);
  }
}

/**
 * Waits until `condition()` (run in the test, may be async) is truthy, and
 * returns its value; fails after `timeout` ms with `message`. For what the
 * page cannot be asked directly: console lines the test collected, a server
 * that is starting.
 */
export async function until(condition, message, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Two animation frames: everything the last input could start has run. */
export async function settled(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
