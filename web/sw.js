// Weerbaar service worker. scripts/service-worker.mjs fills in VERSION and
// PRECACHE at build time, so every build gets its own cache.
//
// - Files with a content hash in their name never change: cache first.
// - index.html and content/ (Markdown a trainer may edit on the server):
//   network first, cache as fallback, so edits show up online and everything
//   still works offline.
// - A new build waits until the learner chooses to reload ("Nieuwe versie
//   beschikbaar"); it never swaps code under a learner mid-module.
const VERSION = '__WEERBAAR_VERSION__';
const CACHE = `weerbaar-${VERSION}`;
const PRECACHE = __WEERBAAR_PRECACHE__;
const NETWORK_TIMEOUT_MS = 4000;
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('weerbaar-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'weerbaar:activeer') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch {
    // Offline or too slow: the cached copy, if there is one. A navigation to
    // the folder itself is served by the cached index.html.
    const cached =
      (await cache.match(request, { ignoreSearch: true })) ||
      (request.mode === 'navigate' ? await cache.match(new URL('index.html', self.registration.scope).href) : undefined);
    return cached || Response.error();
  }
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
