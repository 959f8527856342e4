// Presenter mode on a projector (issue 15, item 2): a clicker cannot scroll,
// so every slide of every shipped module, with its answer revealed as well,
// fits 1280x720 and 1024x768 without scrolling. Scenarios are walked through
// every situation by their number keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, MODULES } from './lib/site.mjs';
import { models } from './lib/content.mjs';
import { openPage } from './lib/gates.mjs';

const site = useSite();
const kind = (id) => models().find((m) => m.id === id)?.kind;
// Missions have a teacher's page instead of presenter mode.
const PRESENTED = MODULES.filter((id) => kind(id) !== 'Mission');

const fitted = (page) => page.evaluate(() => Number(document.documentElement.dataset.fit ?? 0));

/**
 * Presses `key` and waits until the slide it leads to has been fitted.
 * False when nothing changed (a choice the story does not allow again).
 */
async function press(page, key) {
  const before = await fitted(page);
  await page.keyboard.press(key);
  return page
    .waitForFunction((n) => Number(document.documentElement.dataset.fit ?? 0) > n && !document.documentElement.dataset.fitting, before, { timeout: 3000 })
    .then(() => true, () => false);
}

async function overflow(page) {
  return page.evaluate(() => {
    const el = document.scrollingElement;
    const tall = el.scrollHeight > innerHeight ? `${el.scrollHeight} px high` : '';
    const wide = el.scrollWidth > innerWidth ? `${el.scrollWidth} px wide` : '';
    return [tall, wide].filter(Boolean).join(', ');
  });
}

const state = (page) => page.evaluate(() => `${document.querySelector('.presenter__counter')?.textContent} ${document.querySelector('h1')?.textContent}`);

for (const [width, height] of [[1280, 720], [1024, 768]]) {
  test(`every slide of every module fits ${width}x${height}`, { timeout: 600_000 }, async () => {
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await openPage(context, site.server.origin);
    const problems = [];
    for (const id of PRESENTED) {
      // The page stays one document from module to module, so wait for a
      // fitting newer than the last module's, not just for any.
      const before = await fitted(page);
      await page.goto(site.server.url + `index.html#/presenteer/${id}`);
      await page.locator('.presenter h1').waitFor();
      await page.waitForFunction((n) => Number(document.documentElement.dataset.fit ?? 0) > n && !document.documentElement.dataset.fitting, before);
      const check = async () => {
        // A scene's picture may arrive after the slide was fitted; the
        // presenter fits again on its load event, so measure after that.
        await page.evaluate(async () => {
          const pictures = [...document.querySelectorAll('.presenter img')];
          if (!pictures.length) return;
          const frame = () => new Promise((done) => requestAnimationFrame(done));
          const arrived = (img) => new Promise((done) => {
            img.addEventListener('load', done, { once: true });
            img.addEventListener('error', done, { once: true });
          });
          await Promise.all(pictures.filter((img) => !img.complete).map(arrived));
          await frame();
          await frame();
          while (document.documentElement.dataset.fitting) await frame();
        });
        const o = await overflow(page);
        if (o) problems.push(`${id}, ${await state(page)}: ${o}`);
      };
      if (kind(id) === 'scenario') {
        // Depth first through the story: a number key chooses, Left goes back.
        const seen = new Set();
        const walk = async () => {
          const here = await page.locator('h1').textContent();
          if (seen.has(here)) return;
          seen.add(here);
          await check();
          // A long situation comes in parts; its choices with the last one.
          while (await page.getByRole('button', { name: 'Volgende', exact: true }).count()) {
            await press(page, 'ArrowRight');
            await check();
          }
          const choices = await page.locator('.present-option').count();
          for (let n = 1; n <= choices; n++) {
            if (!(await press(page, String(n)))) continue;
            await walk();
            await press(page, 'ArrowLeft');
          }
        };
        await walk();
      } else {
        // Right: reveal, then the next slide, until the last one is shown.
        for (let steps = 0; steps < 400; steps++) {
          await check();
          const [at, of] = (await page.locator('.presenter__counter').textContent()).match(/\d+/g).map(Number);
          const reveal = await page.getByRole('button', { name: 'Toon antwoord' }).count();
          if (at === of && !reveal) break;
          await press(page, 'ArrowRight');
        }
      }
    }
    assert.deepEqual(problems, [], `slides that need scrolling:\n${problems.join('\n')}`);
    await context.close();
  });
}
