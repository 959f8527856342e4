// Service worker registration for Weerbaar, called from src/platform/offline.rs.
// Kept in JS because it is nothing but browser plumbing. Every failure is
// swallowed: where policy blocks service workers the app simply stays online.
let waiting = null;

export function registerServiceWorker(onUpdate) {
  if (!('serviceWorker' in navigator)) return false;
  try {
    const offer = (worker) => {
      // Only an update if another version already controls this page.
      if (worker && navigator.serviceWorker.controller) {
        waiting = worker;
        onUpdate();
      }
    };
    navigator.serviceWorker
      .register('sw.js')
      .then((registration) => {
        offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed') offer(worker);
          });
        });
      })
      .catch(() => {});
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (waiting && !reloading) {
        reloading = true;
        location.reload();
      }
    });
    return true;
  } catch {
    return false;
  }
}

export function activateUpdate() {
  waiting?.postMessage('weerbaar:activeer');
}

// "Wis mijn gegevens": remove our caches and the service worker itself.
export async function clearOfflineData() {
  try {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('weerbaar-')).map((k) => caches.delete(k)));
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(registrations.map((r) => r.unregister()));
  } catch {
    // Blocked by policy: then nothing was stored there either.
  }
}

// Asks the service worker to keep these files (an audience's modules) for
// offline use. Without a worker (blocked, or not installed yet) nothing
// happens: the files stay available online.
export function keepForOffline(paths) {
  try {
    navigator.serviceWorker?.ready.then((r) => r.active?.postMessage({ type: 'weerbaar:bewaar', paths })).catch(() => {});
  } catch {
    // Blocked by policy.
  }
}
