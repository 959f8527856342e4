// Weerbaar service worker. scripts/service-worker.mjs fills in the lists
// below at build time, so every build gets its own cache.
//
// - What the build wrote outside content/ (the app's parts in app-<hash>/,
//   the stylesheet, index.html, the favicon) is this build's and comes from
//   its cache first: a new build comes with a new worker. Anything under
//   content/ (Markdown a trainer may edit on the server) is network first
//   with the cache as fallback.
// - A host that answers 5xx (maintenance page, overload) is treated like no
//   network at all when the cache has the file.
// - Install precaches the app, the catalogue, site.md and the glossary
//   (begrippen.md); a module and its
//   pictures are kept when their audience page or the module is opened (see
//   ARCHITECTURE.md, "What a first visit stores"). A content file that is
//   gone from the server is named in the console and skipped; a missing part
//   of the app itself fails the install, so a half-cached app never replaces
//   a working one.
// - A new build waits until the learner chooses to reload ("Nieuwe versie
//   beschikbaar"); it never swaps code under a learner mid-module. Until
//   then this worker keeps serving its own build, so a tab left open across
//   a deploy still opens pages whose parts it had not loaded yet, from this
//   cache, although the host no longer has them. Choosing the new version
//   reloads every tab (src/platform/offline.js), so no tab runs an old
//   build against the new worker.
const VERSION = '__WEERBAAR_VERSION__';
const CACHE = `weerbaar-${VERSION}`;
/** Installed at once: the app, the catalogue, site.md, the glossary. Paths relative to the scope. */
const PRECACHE = __WEERBAAR_PRECACHE__;
/** Every file of this build whose name changes when its content does. */
const IMMUTABLE = new Set(__WEERBAAR_IMMUTABLE__);
/** Module file -> the files that go with it: its pictures, the build's parse of it. */
const WITH_MODULE = __WEERBAAR_WITH_MODULE__;
const NETWORK_TIMEOUT_MS = 4000;

const scope = () => new URL(self.registration.scope);
const urlOf = (path) => new URL(path, scope()).href;
const pathOf = (url) => decodeURIComponent(url.pathname).slice(scope().pathname.length);
const isContent = (path) => path.startsWith('content/');

self.addEventListener('install', (event) => {
  event.waitUntil(store(PRECACHE, { required: (path) => !isContent(path) }));
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
  // The app asks to keep an audience's modules for offline use.
  if (event.data?.type === 'weerbaar:bewaar' && Array.isArray(event.data.paths)) {
    const paths = event.data.paths.filter((p) => typeof p === 'string' && isContent(p));
    event.waitUntil(store(paths.flatMap((p) => [p, ...(WITH_MODULE[p] ?? [])])));
  }
});

/**
 * Puts every path in this build's cache, fetching only what it does not
 * have yet: a file already cached is never fetched again, and a part of the
 * app an older build cached under the same hashed name is copied over.
 * Files that fail are named in the console; if any of them is `required`,
 * the returned promise rejects (and so does the install).
 */
async function store(paths, { required = () => false } = {}) {
  const cache = await caches.open(CACHE);
  const missing = [];
  await Promise.all(
    [...new Set(paths)].map(async (path) => {
      const url = urlOf(path);
      if (await cache.match(url)) return;
      const older = IMMUTABLE.has(path) ? await caches.match(url) : undefined;
      if (older) return cache.put(url, older);
      try {
        const response = await fetch(new Request(url, { cache: 'no-cache' }));
        if (response.ok) return cache.put(url, response);
        missing.push(`${path} (${response.status})`);
      } catch {
        missing.push(`${path} (geen verbinding)`);
      }
    }),
  );
  if (missing.length > 0) {
    console.warn(`Weerbaar: niet offline beschikbaar: ${missing.join(', ')}`);
    const fatal = missing.filter((m) => required(m.slice(0, m.lastIndexOf(' ('))));
    if (fatal.length > 0) throw new Error(`Weerbaar: de app zelf is niet compleet: ${fatal.join(', ')}`);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(scope().pathname)) return;
  const path = pathOf(url);
  // Everything the build wrote belongs to this build and comes from its
  // cache: the hashed parts, and the page that loads them (index.html), so
  // a repeat visit starts without a round trip (issue 20) and a new build's
  // page comes with the new worker, when the learner chooses "Nu
  // vernieuwen". Content is network first, so a trainer's edit shows on the
  // next visit; the cache is its fallback.
  const page = path === '' || path === 'index.html';
  event.respondWith(page ? thisBuildsPage(request) : isContent(path) ? networkFirst(request) : cacheFirst(request));
});

/** index.html from this build's own cache (not a newer build's waiting one); the network if it is not there. */
async function thisBuildsPage(request) {
  return (await (await caches.open(CACHE)).match(urlOf('index.html'))) || networkFirst(request);
}

/** What the build wrote outside content/: from the cache, else fetched once and kept. */
async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const fallback = async () =>
    (await cache.match(request, { ignoreSearch: true })) ||
    // A navigation to the folder itself is served by the cached index.html.
    (request.mode === 'navigate' ? await cache.match(urlOf('index.html')) : undefined);
  try {
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    if (response.ok) {
      cache.put(request, response.clone());
      return response;
    }
    // A server error beats nothing, but never a copy that works.
    if (response.status >= 500) return (await fallback()) || response;
    return response;
  } catch {
    // Offline or too slow: the cached copy, if there is one.
    return (await fallback()) || Response.error();
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
