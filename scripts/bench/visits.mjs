// One measured visit each: a fresh browser context (cold cache) on the slow
// line, timed from the start of the navigation until the learner can act,
// on the page's own clock (performance.now()), so neither Playwright's round
// trips nor this script's work count.
import { Traffic, throttle } from './line.mjs';

const TIMEOUT = 120_000;

/** Page function: the time once an answer option can be chosen (an enabled radio whose label is on screen). */
function optionReady() {
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  // The label, not the input: SurveyJS draws its own circle and hides the input.
  const option = [...document.querySelectorAll('input[type=radio]:not(:disabled)')].find((r) => shown(r.labels?.[0] ?? r));
  return option ? performance.now() : false;
}

/** Page function: the time once a link to an audience page is on screen. */
function audienceLinkReady() {
  const link = document.querySelector('a[href*="#/voor/"]');
  const box = link?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? performance.now() : false;
}

/** Page function: the time once the quiz's start button is on screen. */
function beginReady() {
  const begin = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Begin');
  const box = begin?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? performance.now() : false;
}

/** Page script: records when the page first receives a click (capture phase, before the app's handler). */
function recordFirstClick() {
  addEventListener('click', () => (window.__benchClickAt ??= performance.now()), { capture: true });
}

const until = async (page, ready) => (await page.waitForFunction(ready, null, { polling: 'raf', timeout: TIMEOUT })).jsonValue();

/** Reach functions: navigate `page` to `url`, resolve to ms since navigation start. */
export const reach = {
  /** A page that shows its first question at once (SurveyJS). */
  async option(page, url) {
    await page.goto(url, { waitUntil: 'commit' });
    return until(page, optionReady);
  },
  /**
   * Weerbaar's quiz: "Begin" clicked as soon as it shows. Playwright's click
   * reaches the page 140-480 ms after the button shows (its checks run on the
   * slowed CPU), which a peer without a start page never pays; so the time is
   * the button's appearance plus the app's answer to the click, both on the
   * page's clock, without the automation's reaction time in between.
   */
  async quizOption(page, url) {
    await page.addInitScript(recordFirstClick);
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await until(page, beginReady);
    await page.getByRole('button', { name: 'Begin', exact: true }).click({ timeout: TIMEOUT });
    const option = await until(page, optionReady);
    const clicked = await page.evaluate(() => window.__benchClickAt);
    return shown + (option - clicked);
  },
  async audienceLink(page, url) {
    await page.goto(url, { waitUntil: 'commit' });
    return until(page, audienceLinkReady);
  },
};

/**
 * What a visit cost after the learner could act: the bytes counted include
 * whatever the page still fetched until the network was quiet.
 */
async function measure(context, page, url, reachFn, traffic = new Traffic()) {
  await throttle(context, page, traffic);
  const ms = await reachFn(page, url);
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
  return { ms, bytes: traffic.bytes, wasmBytes: traffic.wasmBytes };
}

/**
 * A first visit: new context, so an empty cache. Service workers blocked:
 * the worker's precaching runs in the background after the page works, on
 * its own unthrottled target, and would only add noise to the other visits.
 */
export async function coldVisit(browser, url, reachFn) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    return await measure(context, await context.newPage(), url, reachFn);
  } finally {
    await context.close();
  }
}

/**
 * A second visit in a new tab of the same context, once the service worker
 * that the first visit installed is active (so it has stored the app). The
 * first visit runs at full speed: only the second one is measured, with its
 * service worker on the slow line too.
 */
export async function repeatVisit(browser, workers, url, reachFn) {
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await first.goto(url);
    await first.getByRole('button', { name: 'Begin', exact: true }).waitFor({ timeout: TIMEOUT });
    await first.evaluate(() => navigator.serviceWorker.ready);
    await first.close();
    const traffic = new Traffic();
    await workers.throttle(traffic);
    return await measure(context, await context.newPage(), url, reachFn, traffic);
  } finally {
    await workers.release();
    await context.close();
  }
}
