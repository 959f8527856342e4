// Playing an ordering question ({.volgorde}) the way a learner does: with
// the "Omhoog" buttons, by keyboard or by mouse. The right order comes from
// the core's model (`quiz()` in content.mjs: `steps`, in the right order).
import assert from 'node:assert/strict';

/** The steps' texts in the order on screen. */
export const shownOrder = (page) =>
  page.locator('ol.order:not(.order--right) .order__text').evaluateAll((els) => els.map((e) => e.textContent.trim().replace(/\s+/g, ' ')));

/**
 * Moves the steps into `steps`' order with the "Omhoog" buttons: for each
 * place from the top, the step that belongs there goes up until it is
 * there. By keyboard, the button is focused once and Enter pressed again
 * and again: focus must stay on it after each move. By mouse, clicks.
 */
export async function putInOrder(page, steps, { by = 'keyboard' } = {}) {
  for (const [place, text] of steps.entries()) {
    const at = (await shownOrder(page)).indexOf(text);
    assert.ok(at >= 0, `step "${text}" is not on screen`);
    const name = `Omhoog: zet '${text}' eerder`;
    const up = page.getByRole('button', { name, exact: true });
    if (by === 'keyboard' && at > place) await up.focus();
    for (let i = at; i > place; i--) {
      if (by === 'keyboard') await page.keyboard.press('Enter');
      else await up.click();
      await page.waitForFunction(
        ([t, n]) => [...document.querySelectorAll('ol.order:not(.order--right) .order__text')].map((e) => e.textContent.trim().replace(/\s+/g, ' '))[n] === t,
        [text, i - 1],
      );
      // The list is drawn anew; focus comes back to the pressed button.
      if (by === 'keyboard') await page.waitForFunction((n) => document.activeElement?.getAttribute('aria-label') === n, name);
    }
  }
  assert.deepEqual(await shownOrder(page), steps);
}
