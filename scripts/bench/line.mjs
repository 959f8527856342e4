// The slow line of issue 20 (a farm's 4G, an old tablet), put on pages and
// service workers through the Chrome DevTools Protocol, and a meter of what
// went over it.

/** Slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes per second). */
export const LINE = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
/** An old tablet: the CPU four times slower. */
export const CPU_SLOWDOWN = 4;
const NO_LINE = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/**
 * Bytes that came over the network, compressed, headers included: the
 * encodedDataLength of every finished response that no service worker and no
 * cache served. Fed by the CDP Network events of one or more targets.
 */
export class Traffic {
  bytes = 0;
  wasmBytes = 0;
  #network = new Map();

  /** One CDP event from `source` (request ids are only unique per target). */
  on(source, method, params) {
    const key = `${source} ${params.requestId}`;
    if (method === 'Network.requestServedFromCache') {
      this.#network.delete(key);
    } else if (method === 'Network.responseReceived') {
      const r = params.response;
      if (!r.fromServiceWorker && !r.fromDiskCache && !r.fromPrefetchCache) this.#network.set(key, r.url);
    } else if (method === 'Network.loadingFinished' && this.#network.has(key)) {
      this.bytes += params.encodedDataLength;
      if (new URL(this.#network.get(key)).pathname.endsWith('.wasm')) this.wasmBytes += params.encodedDataLength;
      this.#network.delete(key);
    }
  }
}

const COUNTED = ['Network.requestServedFromCache', 'Network.responseReceived', 'Network.loadingFinished'];

/** Puts `page` on the slow line and the slow CPU, its downloads counted in `traffic`. */
export async function throttle(context, page, traffic) {
  const cdp = await context.newCDPSession(page);
  for (const method of COUNTED) cdp.on(method, (params) => traffic.on('page', method, params));
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', LINE);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/**
 * Watches every service worker of the browser. A page's throttling does not
 * cover its service worker, whose fetches (network first for content) would
 * then run at loopback speed and flatter a repeat visit; `throttle(traffic)`
 * puts every worker on the slow line too and counts its downloads.
 *
 * Workers are attached without flat sessions: Playwright's CDP session
 * cannot address a child session, but Target.sendMessageToTarget can.
 */
export async function watchServiceWorkers(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const sessions = new Set();
  let traffic = null;
  let id = 0;
  const send = (sessionId, method, params = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) });
  const lineFor = () => (traffic ? LINE : NO_LINE);

  cdp.on('Target.targetCreated', async ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return;
    try {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false });
      sessions.add(sessionId);
      await send(sessionId, 'Network.enable');
      await send(sessionId, 'Network.emulateNetworkConditions', lineFor());
    } catch {
      // The worker's context was closed before we got to it: nothing to throttle.
    }
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => sessions.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const { method, params } = JSON.parse(message);
    if (traffic && COUNTED.includes(method)) traffic.on(sessionId, method, params);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  const apply = async () => {
    // A worker may stop between its detach event and this call; skip it.
    for (const s of sessions) await send(s, 'Network.emulateNetworkConditions', lineFor()).catch(() => {});
  };
  return {
    /** From now on every worker is on the slow line and counted in `t`. */
    throttle: async (t) => {
      traffic = t;
      await apply();
    },
    /** Back to full speed, nothing counted. */
    release: async () => {
      traffic = null;
      await apply();
    },
  };
}
