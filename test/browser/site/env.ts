/**
 * The browser suite's shared setup: ONE production build of the site (into a temporary directory,
 * so neither a stale dist/ is served nor the real one clobbered), a tiny static server for it, and
 * ONE headless Debian chromium (playwright-core cannot download its own browsers here). Each test
 * opens its own browser context: a fresh profile (localStorage, service worker) costs a few
 * milliseconds, a second chromium or a second build costs seconds.
 *
 * `SITE_DIST=/path/to/built/site` reuses a build made earlier (handy while writing tests); without
 * it the suite builds with `npm run build -- --outDir <tmp>`.
 *
 * Lifecycle: `startSite()` in the entry's beforeAll, `stopSite()` in its afterAll; describe blocks
 * read `env` only inside their tests and hooks (it is filled in by then).
 */
import { execFileSync } from 'node:child_process';
import { withBuildLock } from '../../helpers/build-lock.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const ROOT = resolve(import.meta.dirname, '../../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

/** A static file server for a built site: files, and dir/ → dir/index.html; 404 otherwise. */
export function serveDir(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Builds the production site into a new temporary directory and returns it. */
export function buildSite(): string {
  const out = mkdtempSync(join(tmpdir(), 'site-dist-'));
  try {
    withBuildLock(() => execFileSync('npm', ['run', 'build', '--', '--outDir', out], { cwd: ROOT, stdio: 'pipe' }));
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    const tail = `${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`.trim().split('\n').slice(-40).join('\n');
    rmSync(out, { recursive: true, force: true });
    throw new Error(`npm run build failed:\n${tail}`);
  }
  return out;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface SiteEnv {
  /** http://127.0.0.1:PORT, no trailing slash. */
  base: string;
  /** The built site's directory. */
  dist: string;
  browser: Browser;
}

/** Filled in by startSite(); read it inside tests and hooks only. */
export const env = {} as SiteEnv;
let server: Server | undefined;
let ownBuild = false;

export async function startSite(): Promise<void> {
  const reuse = process.env.SITE_DIST;
  ownBuild = !reuse;
  env.dist = reuse ? resolve(reuse) : buildSite();
  server = await serveDir(env.dist);
  env.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  env.browser = await launchChromium();
}

export async function stopSite(): Promise<void> {
  await env.browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  if (ownBuild && env.dist) rmSync(env.dist, { recursive: true, force: true });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and failed responses seen so far (expected to stay empty). */
  errors: string[];
}

/**
 * A new context (fresh storage) with one page that records what goes wrong. Service workers are
 * blocked unless asked for: only the offline tests need one, and its precache of the whole site
 * would compete with the test for the two cores.
 */
export async function openContext(opts: BrowserContextOptions & { serviceWorker?: boolean } = {}): Promise<OpenedPage> {
  const { serviceWorker = false, ...rest } = opts;
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: serviceWorker ? 'allow' : 'block',
    ...rest,
  });
  const page = await context.newPage();
  const errors = watchPage(page);
  return { context, page, errors };
}

/** Collects what a healthy page never shows: uncaught errors, console errors, 4xx/5xx responses. */
export function watchPage(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A missing resource is reported below with its address; the console line has none.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  // "Reset" asks for confirmation; the tests always mean it.
  page.on('dialog', (d) => void d.accept());
  return errors;
}
