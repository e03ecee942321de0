/**
 * The course site in headless chromium, on a production build (`npm run bench -- --only site`):
 *
 * 1. JavaScript a lesson page loads before the editor is opened: every JS response of the page and
 *    its workers (the engine's included) until the terminal is up, the tasks are graded and the
 *    network is quiet, each body gzipped here with node:zlib (level 6, a static server's usual
 *    setting). Aim: <= 200 KB.
 * 2. Time from navigation start to a terminal that accepts input: the prompt is drawn and a key
 *    typed then is echoed (measured inside the page from performance.timeOrigin; the key is a
 *    synthetic keydown/keypress on xterm's input, sent the frame the prompt appears). Fresh
 *    browser context each run (no HTTP cache, no service worker). Aim: <= 500 ms.
 * 3. Latency from Enter to the output of `docker run --rm alpine echo hi` on screen: Enter is a
 *    synthetic keydown; the clock stops when a row reading `hi` is in the DOM (xterm draws on the
 *    next animation frame). The first run of a page is shown apart (it may fetch and unpack the
 *    image's layer chunk); the median is over the runs after it. Also shown: when the engine's
 *    `output` message with `hi` reached the page, to separate engine time from drawing. Aim: <= 30 ms.
 *
 * Prints medians next to the aims, met or NOT met; never fails. Needs /usr/bin/chromium.
 * SITE_DIST=<dir> measures an existing build instead of making one.
 */
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// The suite's build, server and browser launch (one way to do each for tests and bench alike).
import { buildSite, haveChromium, launchChromium, serveDir } from '../test/browser/site/env.ts';
import { lessons } from '../test/browser/site/lessons-list.ts';
import { median } from './stats.ts';

const AIM_JS_KB = 200;
const AIM_READY_MS = 500;
const AIM_LATENCY_MS = 30;

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ms = (x: number): string => x.toFixed(0);
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
const spread = (xs: number[]): string => `${xs.length} runs, min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}`;

/** In every page: stamps (performance.now) of the first prompt, the echo of a key typed then, and engine output. */
function instrument(): void {
  type Stamps = { prompt?: number; echo?: number; hiOutput?: number; ready?: number };
  const w = window as unknown as { __bench: Stamps };
  w.__bench = {};
  // The engine's messages, seen before the page's own listener handles them.
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url: string | URL, opts?: WorkerOptions) {
      super(url, opts);
      this.addEventListener('message', (e: MessageEvent) => {
        const d = e.data as { type?: string; text?: string };
        if (d?.type === 'output' && /(^|\n)hi\r?\n/.test(d.text ?? '')) w.__bench.hiOutput = performance.now();
        if (d?.type === 'ready') w.__bench.ready ??= performance.now();
      });
    }
  };
  const rows = (): string[] =>
    [...document.querySelectorAll('[data-terminal] .xterm-rows > div')].map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd());
  const check = (): void => {
    const b = w.__bench;
    const r = rows();
    if (b.prompt === undefined && r.some((x) => /\$$/.test(x))) {
      b.prompt = performance.now();
      const ta = document.querySelector('[data-terminal] .xterm-helper-textarea')!;
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', code: 'KeyX', keyCode: 88, bubbles: true, cancelable: true }));
      ta.dispatchEvent(new KeyboardEvent('keypress', { key: 'x', code: 'KeyX', charCode: 120, keyCode: 120, bubbles: true, cancelable: true }));
    }
    if (b.prompt !== undefined && r.some((x) => /\$ x$/.test(x))) {
      b.echo = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(instrument);
  return context;
}

interface ReadyStamps {
  dcl: number;
  ready: number;
  prompt: number;
  echo: number;
}

async function waitReady(page: Page): Promise<ReadyStamps> {
  await page.waitForFunction(() => (window as unknown as { __bench: { echo?: number } }).__bench.echo !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { prompt: number; echo: number; ready?: number } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { dcl: nav?.domContentLoadedEventEnd ?? NaN, ready: b.ready ?? NaN, prompt: b.prompt, echo: b.echo };
  });
}

/** (1) gzip bytes of every JS response until the page is up and quiet; split main thread / workers. */
async function jsWeight(browser: Browser, url: string): Promise<{ total: number; files: Array<{ name: string; gz: number }> }> {
  const context = await newContext(browser);
  const bodies: Array<Promise<{ name: string; gz: number }>> = [];
  let last = Date.now();
  context.on('response', (r) => {
    last = Date.now();
    if (!(r.headers()['content-type'] ?? '').includes('javascript')) return;
    const name = new URL(r.url()).pathname.replace(/^\/_astro\//, '');
    bodies.push(r.body().then((b) => ({ name, gz: gzipSync(b, { level: 6 }).length })));
  });
  const page = await context.newPage();
  await page.goto(url);
  await waitReady(page);
  if (await page.locator('[data-task-list]').count()) await page.waitForFunction(() => !document.querySelector('[data-task-list] [data-state="pending"]'));
  while (Date.now() - last < 750) await page.waitForTimeout(100);
  const files = (await Promise.all(bodies)).sort((a, b) => b.gz - a.gz);
  await context.close();
  return { total: files.reduce((n, f) => n + f.gz, 0), files };
}

/** (2) navigation start → prompt, and → echo of a key, in fresh contexts. */
async function readyTimes(browser: Browser, url: string, runs: number): Promise<Record<keyof ReadyStamps, number[]>> {
  const all: Record<keyof ReadyStamps, number[]> = { dcl: [], ready: [], prompt: [], echo: [] };
  for (let i = 0; i < runs + 1; i++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    const t = await waitReady(page);
    // The first load warms chromium's compile cache for the origin; count the ones after it.
    if (i > 0) for (const k of Object.keys(all) as Array<keyof ReadyStamps>) all[k].push(t[k]);
    await context.close();
  }
  return all;
}

/** (3) Enter → `hi` on screen, `runs + 1` times in one page; the first apart. */
async function latency(browser: Browser, url: string, runs: number): Promise<{ first: number; screen: number[]; engine: number[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await waitReady(page);
  const screen: number[] = [];
  const engine: number[] = [];
  let first = NaN;
  for (let i = 0; i < runs + 1; i++) {
    await page.locator('[data-terminal] .xterm-helper-textarea').focus();
    await page.keyboard.press('Control+L');
    await page.keyboard.press('Control+U');
    await page.keyboard.type('docker run --rm alpine echo hi');
    // Let the typing settle, then time Enter alone.
    await page.waitForTimeout(150);
    const r = await page.evaluate(
      () =>
        new Promise<{ screen: number; engine: number }>((ok, fail) => {
          const w = window as unknown as { __bench: { hiOutput?: number } };
          const rowsEl = document.querySelector('[data-terminal] .xterm-rows')!;
          const his = (): number => [...rowsEl.children].filter((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd() === 'hi').length;
          const before = his();
          const ta = document.querySelector('[data-terminal] .xterm-helper-textarea')!;
          w.__bench.hiOutput = undefined;
          const timer = setTimeout(() => fail(new Error('no "hi" within 10 s')), 10_000);
          const obs = new MutationObserver(() => {
            if (his() <= before) return;
            const t = performance.now();
            obs.disconnect();
            clearTimeout(timer);
            ok({ screen: t - t0, engine: (w.__bench.hiOutput ?? NaN) - t0 });
          });
          obs.observe(rowsEl, { childList: true, subtree: true, characterData: true });
          const t0 = performance.now();
          ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
        }),
    );
    // Wait for the prompt back before the next run.
    await page.waitForFunction(() => /\$$/.test([...document.querySelectorAll('[data-terminal] .xterm-rows > div')].map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()).join('\n').trimEnd()));
    if (i === 0) first = r.screen;
    else {
      screen.push(r.screen);
      engine.push(r.engine);
    }
  }
  await context.close();
  return { first, screen, engine };
}

export async function siteBenchmarks(runs: number): Promise<string[]> {
  if (!haveChromium) return ['site: skipped: chromium not installed (/usr/bin/chromium): apt-get install -y chromium'];
  const out: string[] = [];
  const reuse = process.env.SITE_DIST;
  const t0 = performance.now();
  const dist = reuse ?? buildSite();
  const server = await serveDir(dist);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    out.push(`dockersim site benchmark: chromium ${browser.version()}, production build${reuse ? ` (${reuse})` : ` (${ms((performance.now() - t0) / 1000)} s to build)`}, ${runs} runs each`);
    const pages = lessons('en').map((l) => `/en/lessons/${l.slug}/`);

    out.push('JavaScript loaded by a lesson page before the editor opens (gzip, level 6):');
    for (const path of pages) {
      const w = await jsWeight(browser, base + path);
      const worker = w.files.filter((f) => /worker/i.test(f.name)).reduce((n, f) => n + f.gz, 0);
      out.push(
        `  ${path}: ${kb(w.total)} KB in ${w.files.length} files (engine worker and its chunks ${kb(worker)} KB, main thread ${kb(w.total - worker)} KB)   aim <= ${AIM_JS_KB} KB: ${verdict(w.total <= AIM_JS_KB * 1024)}`,
      );
      out.push(`    largest: ${w.files.slice(0, 4).map((f) => `${f.name} ${kb(f.gz)} KB`).join(', ')}`);
    }

    out.push('Navigation start to a terminal that accepts input (prompt drawn, a typed key echoed):');
    for (const path of [...pages, '/en/sandbox/']) {
      const t = await readyTimes(browser, base + path, runs);
      const med = median(t.echo);
      out.push(
        `  ${path}: median ${ms(med)} ms (DOMContentLoaded ${ms(median(t.dcl))}, engine ready ${ms(median(t.ready))}, prompt drawn ${ms(median(t.prompt))}; ${spread(t.echo)})   aim <= ${AIM_READY_MS} ms: ${verdict(med <= AIM_READY_MS)}`,
      );
    }

    out.push('Enter to the output of `docker run --rm alpine echo hi` on screen:');
    for (const path of ['/en/sandbox/', pages[0]]) {
      const l = await latency(browser, base + path, runs);
      const med = median(l.screen);
      out.push(
        `  ${path}: median ${ms(med)} ms (engine output reached the page at ${ms(median(l.engine))} ms; ${spread(l.screen)}; first run ${ms(l.first)} ms)   aim <= ${AIM_LATENCY_MS} ms: ${verdict(med <= AIM_LATENCY_MS)}`,
      );
    }
  } catch (e) {
    out.push(`site: failed: ${(e as Error).stack ?? String(e)}`);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    if (!reuse) rmSync(dist, { recursive: true, force: true });
  }
  return out;
}

// Run directly: node bench/site.ts [--runs N]
if (import.meta.main) {
  const { parseRuns } = await import('./stats.ts');
  console.log((await siteBenchmarks(parseRuns(process.argv.slice(2), 5))).join('\n'));
}
