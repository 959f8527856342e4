// Branching scenarios: choices lead on, a reload continues the story, one
// step back and a fresh start work, every ending explains and shows the
// route taken. By keyboard only, and every ending of every shipped scenario
// is reachable by mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/site.mjs';
import { models, needs, scenario } from './lib/content.mjs';
import { gateProblems, openPage, waitForFocus } from './lib/gates.mjs';

const site = useSite();
// The scenarios of the content folder under test, from the core's model.
const SCENARIOS = models()
  .filter((m) => m.kind === 'Scenario')
  .map((m) => m.id);
const SHAPE = needs(SCENARIOS.length > 0, 'scenario');

const h1 = async (page) => (await page.locator('h1').textContent()).trim();

async function choose(page, label) {
  const before = await h1(page);
  await page.getByRole('button', { name: label, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() !== t, before);
  await waitForFocus(page, 'paginatitel');
}

/** Every path from the start to an ending (as lists of choices). */
function paths(nodes) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = [];
  const walk = (node, taken, seen) => {
    if (node.choices.length === 0) return out.push({ taken, ending: node });
    for (const c of node.choices) if (!seen.has(c.target)) walk(byId.get(c.target), [...taken, c], new Set([...seen, c.target]));
  };
  walk(nodes[0], [], new Set([nodes[0].id]));
  return out;
}

test('every scenario branches: two or more endings', SHAPE, (t) => {
  // How many scenarios and endings is the trainers' choice; the shipped
  // content has three or more scenarios with three or more endings each.
  for (const id of SCENARIOS) {
    const endings = scenario(id).filter((n) => n.choices.length === 0);
    t.diagnostic(`${id}: ${endings.length} endings`);
    assert.ok(endings.length >= 2, `${id} has ${endings.length} endings`);
  }
});

/** The longest route to an ending, when it takes two choices or more. */
const longest = (id) => paths(scenario(id)).sort((a, b) => b.taken.length - a.taken.length)[0];
const DEEP = SCENARIOS.find((id) => longest(id)?.taken.length >= 2);

test('a scenario by keyboard: choose, reload, step back, reach an ending, see the route, restart', needs(DEEP, 'scenario with a route of two choices'), async () => {
  const id = DEEP;
  const nodes = scenario(id);
  const route = longest(id);
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  await page.goto(site.server.url + `index.html#/module/${id}`);
  await page.locator('h1', { hasText: nodes[0].title }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Een stap terug' }).count(), 0, 'no way back from the start');
  assert.deepEqual(await gateProblems(page), []);

  await choose(page, route.taken[0].label);
  // A reload continues the story where it was.
  const second = await h1(page);
  await page.reload();
  await page.locator('h1', { hasText: second }).waitFor();
  // One step back and forward again.
  await choose(page, 'Een stap terug');
  assert.equal(await h1(page), nodes[0].title);
  await choose(page, route.taken[0].label);
  for (const c of route.taken.slice(1)) {
    assert.deepEqual(await gateProblems(page), []);
    await choose(page, c.label);
  }
  assert.equal(await h1(page), route.ending.title);
  assert.match(await page.locator('.caption').textContent(), /Einde/);
  const shown = await page.locator('.story-route').textContent();
  for (const c of route.taken) assert.ok(shown.includes(c.label), `route lists "${c.label}"`);
  assert.equal(await page.locator('.story-route li').count(), route.taken.length + 1);
  assert.deepEqual(await gateProblems(page), []);

  await choose(page, 'Opnieuw beginnen');
  assert.equal(await h1(page), nodes[0].title);
  await context.close();
});

test('every ending of every scenario is reachable and says what to do', { ...SHAPE, timeout: 240_000 }, async () => {
  const context = await site.browser.newContext();
  const page = await openPage(context, site.server.origin);
  for (const id of SCENARIOS) {
    const nodes = scenario(id);
    const endings = new Map();
    for (const p of paths(nodes)) if (!endings.has(p.ending.id)) endings.set(p.ending.id, p);
    for (const { taken, ending } of endings.values()) {
      await page.goto(site.server.url + `index.html#/module/${id}`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.locator('h1', { hasText: nodes[0].title }).waitFor();
      for (const c of taken) await page.getByRole('button', { name: c.label, exact: true }).click();
      await page.locator('h1', { hasText: ending.title }).waitFor();
      const text = await page.locator('.story-ending').textContent();
      assert.match(text, /meld|112|politie|Meld Misdaad Anoniem/i, `${id}#${ending.id} says where to report`);
    }
  }
  await context.close();
});
