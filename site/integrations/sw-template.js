/*
 * The site's service worker. The build (site/integrations/service-worker.ts) writes dist/sw.js as
 *   const VERSION = '<hash of every built file>';
 *   const PRECACHE = ['/', '/ru/', '/_astro/...js', ...];
 * followed by this file. Plain JavaScript because it ships as is, outside Vite's bundle.
 *
 * Lifecycle:
 * - install: fetch every file of the build into the cache named after VERSION; if one fails the
 *   install fails and the browser tries again on the next visit (a half-filled cache would break
 *   offline use silently).
 * - activate: delete this site's caches of other versions, and take control of open pages, so a
 *   first visit is already covered when the network goes away.
 * - fetch (same origin, GET): pages go to the network first (a new build shows up at once) and
 *   fall back to the cache, then to the cached 404 page; everything else (hashed JS, CSS, the
 *   engine's worker, fonts) comes from the cache first.
 * A new build has a new VERSION, so the browser installs the new worker next to the old one; it
 * waits until no page uses the old one (no skipWaiting): an open lesson keeps loading its chunks,
 * the monaco editor's included, from the cache of the build it was loaded from.
 */
/* global VERSION, PRECACHE */
const CACHE_PREFIX = 'dockersim-';
const CACHE = CACHE_PREFIX + VERSION;

/** The cache key of a page or file: '/ru/index.html' and '/ru' are the page '/ru/'. */
function cacheKey(pathname) {
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) return pathname + '/';
  return pathname;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // cache: 'reload' skips the HTTP cache, so the precache holds exactly this build's files.
      Promise.all(PRECACHE.map((url) => cache.add(new Request(url, { cache: 'reload' })))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function fromCache(pathname) {
  const cache = await caches.open(CACHE);
  return cache.match(cacheKey(pathname), { ignoreSearch: true });
}

async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const url = new URL(request.url);
    const cached = await fromCache(url.pathname);
    if (cached) return cached;
    // An unknown page offline: the 404 page, with the status a server would have given.
    const missing = await fromCache('/404.html');
    if (missing) return new Response(missing.body, { status: 404, statusText: 'Not Found', headers: missing.headers });
    throw error;
  }
}

async function asset(request) {
  const cached = await fromCache(new URL(request.url).pathname);
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});
