/**
 * The service worker: what it precaches, its version, and its behaviour (install, activate,
 * offline fetch) run in a Node vm with fake caches and a fake network.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildVersion, precacheUrls, serviceWorkerSource } from '../../site/integrations/precache.ts';

const TEMPLATE = readFileSync(new URL('../../site/integrations/sw-template.js', import.meta.url), 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('precache list and version', () => {
  it('requests pages by their directory and every other file by its path, sw.js excluded', () => {
    expect(
      precacheUrls(['index.html', 'ru/index.html', 'ru/lessons/layers/index.html', '_astro/a.B1.js', '404.html', 'sw.js', 'favicon.svg']),
    ).toEqual(['/', '/404.html', '/_astro/a.B1.js', '/favicon.svg', '/ru/', '/ru/lessons/layers/']);
  });

  it('changes the version when any file changes, and only then', () => {
    const a = [
      { path: 'index.html', bytes: bytes('<p>a</p>') },
      { path: '_astro/x.js', bytes: bytes('1') },
    ];
    const v = buildVersion(a);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion([...a].reverse())).toBe(v);
    expect(buildVersion([...a, { path: 'sw.js', bytes: bytes('old') }])).toBe(v);
    expect(buildVersion([a[0], { path: '_astro/x.js', bytes: bytes('2') }])).not.toBe(v);
    expect(buildVersion([a[0], { path: '_astro/y.js', bytes: bytes('1') }])).not.toBe(v);
  });
});

/** A tiny Cache Storage: caches by name, responses by absolute URL (search ignored on request). */
function fakeCaches() {
  const store = new Map<string, Map<string, Response>>();
  const abs = (u: string | Request) => new URL(typeof u === 'string' ? u : u.url, 'https://site.test/').href;
  const open = async (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const c = store.get(name)!;
    return {
      async add(req: Request) {
        const res = await globalFetch(req);
        if (!res.ok) throw new TypeError(`bad status ${res.status}`);
        c.set(abs(req), res);
      },
      async match(u: string, opts?: { ignoreSearch?: boolean }) {
        const url = new URL(abs(u));
        if (opts?.ignoreSearch) url.search = '';
        return c.get(url.href)?.clone();
      },
    };
  };
  let globalFetch: (r: Request) => Promise<Response> = async () => new Response('', { status: 500 });
  return {
    store,
    api: { open, keys: async () => [...store.keys()], delete: async (n: string) => store.delete(n) },
    setFetch(f: (r: Request) => Promise<Response>) {
      globalFetch = f;
    },
  };
}

function startWorker(version: string, urls: string[], files: Record<string, string>) {
  const caches = fakeCaches();
  let online = true;
  const network = async (req: Request): Promise<Response> => {
    if (!online) throw new TypeError('Failed to fetch');
    const path = new URL(req.url).pathname;
    return path in files ? new Response(files[path]) : new Response('nope', { status: 404 });
  };
  caches.setFetch(network);
  const listeners = new Map<string, (e: unknown) => void>();
  let claimed = false;
  const self = {
    location: new URL('https://site.test/sw.js'),
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
    clients: { claim: async () => void (claimed = true) },
  };
  runInNewContext(serviceWorkerSource(version, urls, TEMPLATE), {
    self,
    caches: caches.api,
    fetch: (r: Request) => network(r),
    // A worker resolves relative URLs against its own location; Node's Request needs them whole.
    Request: class extends Request {
      constructor(url: string, init?: RequestInit) {
        super(new URL(url, self.location), init);
      }
    },
    Response,
    URL,
    Promise,
  });
  const lifecycle = async (type: string) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  const fetchEvent = async (path: string, mode = 'no-cors', method = 'GET'): Promise<Response | undefined> => {
    let response: Promise<Response> | undefined;
    const url = path.startsWith('/') ? `https://site.test${path}` : path;
    const request = { url, method, mode } as unknown as Request;
    listeners.get('fetch')!({ request, respondWith: (p: Promise<Response>) => (response = p) });
    return response ? await response : undefined;
  };
  return { caches, lifecycle, fetchEvent, setOnline: (v: boolean) => (online = v), claimed: () => claimed };
}

describe('service worker runtime', () => {
  const files = {
    '/': '<meta http-equiv="refresh">',
    '/ru/': 'map ru',
    '/ru/lessons/layers/': 'lesson',
    '/_astro/app.js': 'js',
    '/404.html': 'not found',
  };
  const urls = Object.keys(files);

  it('precaches every file, drops its own older caches only, and serves the site offline', async () => {
    const sw = startWorker('v2', urls, files);
    sw.caches.store.set('dockersim-v1', new Map());
    sw.caches.store.set('someone-else', new Map());
    await sw.lifecycle('install');
    expect([...sw.caches.store.get('dockersim-v2')!.keys()].sort()).toEqual(urls.map((u) => `https://site.test${u}`).sort());
    await sw.lifecycle('activate');
    expect([...sw.caches.store.keys()].sort()).toEqual(['dockersim-v2', 'someone-else']);
    expect(sw.claimed()).toBe(true);

    sw.setOnline(false);
    expect(await (await sw.fetchEvent('/ru/lessons/layers/', 'navigate'))!.text()).toBe('lesson');
    // The same page asked for as index.html, without its slash, or with a query (a shared link).
    expect(await (await sw.fetchEvent('/ru/lessons/layers/index.html', 'navigate'))!.text()).toBe('lesson');
    expect(await (await sw.fetchEvent('/ru/lessons/layers', 'navigate'))!.text()).toBe('lesson');
    expect(await (await sw.fetchEvent('/ru/?log=abc', 'navigate'))!.text()).toBe('map ru');
    expect(await (await sw.fetchEvent('/_astro/app.js'))!.text()).toBe('js');
    const missing = (await sw.fetchEvent('/en/nowhere/', 'navigate'))!;
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not found');
    await expect(sw.fetchEvent('/_astro/missing.js')).rejects.toThrow(/Failed to fetch/);
  });

  it('takes pages from the network first when online', async () => {
    const mine: Record<string, string> = { ...files };
    const sw = startWorker('v1', urls, mine);
    await sw.lifecycle('install');
    mine['/ru/'] = 'map ru, newer';
    expect(await (await sw.fetchEvent('/ru/', 'navigate'))!.text()).toBe('map ru, newer');
    // Assets come from the cache of their build.
    mine['/_astro/app.js'] = 'changed';
    expect(await (await sw.fetchEvent('/_astro/app.js'))!.text()).toBe('js');
  });

  it('fails the install when a file cannot be fetched, so a half-filled cache is never used', async () => {
    const sw = startWorker('v1', [...urls, '/gone.js'], files);
    await expect(sw.lifecycle('install')).rejects.toThrow(/bad status 404/);
  });

  it('leaves other origins and non-GET requests to the browser', async () => {
    const sw = startWorker('v1', urls, files);
    await sw.lifecycle('install');
    expect(await sw.fetchEvent('/ru/')).toBeDefined();
    expect(await sw.fetchEvent('https://cdn.example/x.js')).toBeUndefined();
    expect(await sw.fetchEvent('/ru/', 'navigate', 'POST')).toBeUndefined();
  });
});
