/**
 * The page-side terminal API (site/lib/terminal/terminal.ts, MountedTerminal) in Debian's chromium,
 * on a page of its own (test/browser/terminal-harness/, built with Vite), so it is tested apart
 * from the site's pages: click-to-run, the editor's file calls, states, restart (undo, reload),
 * select, and a new login after `exit`.
 *
 * Needs: apt-get install -y chromium. Without /usr/bin/chromium the tests are skipped, saying so.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import type { LessonState } from '../../site/lib/terminal/protocol.ts';
import type { LogEntry } from '../../graders/model.ts';
import { EXERCISES } from '../../graders/exercises/index.ts';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn('test/browser/terminal-api.test.ts skipped: chromium not installed: apt-get install chromium');

const HARNESS = resolve(import.meta.dirname, 'terminal-harness');
const PROMPT = 'student@docker-host:~$';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** The terminal's visible rows as text. */
function screen(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.xterm-rows > div'))
      .map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())
      .join('\n')
      .trimEnd(),
  );
}

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen:\n${typeof v === 'string' ? v : JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
    v = await get();
  }
  return v;
}

const waitScreen = (page: Page, ok: (t: string) => boolean, what: string) => until(what, () => screen(page), ok);
const states = (page: Page): Promise<LessonState[]> => page.evaluate(() => (window as unknown as { states: LessonState[] }).states);
const stateCount = async (page: Page): Promise<number> => (await states(page)).length;
const lastState = async (page: Page): Promise<LessonState> => (await states(page)).at(-1)!;
/** Waits for more states than `n` and returns the newest. */
async function nextState(page: Page, n: number): Promise<LessonState> {
  await until('a new state', () => stateCount(page), (k) => k > n);
  return lastState(page);
}
const count = (text: string, s: string): number => text.split(s).length - 1;

type TermWindow = { terminal: import('../../site/lib/terminal/terminal.ts').MountedTerminal };

describe.skipIf(!haveChromium)('the terminal API in chromium', () => {
  let out = '';
  let profile = '';
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  const open = async (opts: { exercise?: string; seed?: number; log?: LogEntry[] } = {}): Promise<void> => {
    await page.goto(`${base}/?opts=${encodeURIComponent(JSON.stringify(opts))}`);
    await waitScreen(page, (t) => t.endsWith(PROMPT), 'the first prompt');
    await until('the first state', () => page.evaluate(() => (window as unknown as { states?: unknown[] }).states?.length ?? 0), (n) => n > 0);
  };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'terminal-harness-'));
    profile = mkdtempSync(join(tmpdir(), 'terminal-chromium-'));
    await build({ root: HARNESS, logLevel: 'error', configFile: false, build: { outDir: out, emptyOutDir: true }, worker: { format: 'es' } });
    server = await serve(out);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1000, height: 700 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('run() types lines at the prompt as the student would, queued while a command runs', async () => {
    await open({ exercise: 'layers' });
    const first = await lastState(page);
    expect(first.grade?.exercise).toBe('layers');
    expect(first.grade?.score).toBe(0);
    expect(first.log).toEqual([]);

    let n = await stateCount(page);
    await page.evaluate(() => (window as unknown as TermWindow).terminal.run('echo one\nif true\nthen echo two; fi'));
    let text = await waitScreen(page, (t) => t.endsWith(`two\n${PROMPT}`), 'the run lines');
    expect(text).toBe(`${PROMPT} echo one\none\n${PROMPT} if true\n> then echo two; fi\ntwo\n${PROMPT}`);
    const s = await nextState(page, n);
    expect(s.log.map((e) => e.line)).toEqual(['echo one', 'if true', 'then echo two; fi']);

    // Busy: the clicked line waits for the prompt; what the student was typing comes back after.
    await page.locator('.xterm-helper-textarea').focus();
    await page.keyboard.type('i=0; while [ $i -lt 30000 ]; do i=$((i+1)); done; echo looped');
    await page.keyboard.press('Enter');
    await page.evaluate(() => (window as unknown as TermWindow).terminal.run('echo queued'));
    text = await waitScreen(page, (t) => t.endsWith(`queued\n${PROMPT}`), 'the queued line');
    expect(text).toContain(`looped\n${PROMPT} echo queued\nqueued\n${PROMPT}`);
    await page.keyboard.type('echo half');
    await page.evaluate(() => (window as unknown as TermWindow).terminal.run('echo clicked'));
    text = await waitScreen(page, (t) => t.endsWith(`clicked\n${PROMPT} echo half`), 'the typed text back after the run');
    // History has the clicked lines, as if typed.
    await page.keyboard.press('Control+U');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    text = await waitScreen(page, (t) => count(t, `${PROMPT} echo clicked\nclicked`) === 2, 'the recalled run line');
    expect(errors).toEqual([]);
  }, 90_000);

  it('readFile / writeFile as the student; a save is a state and survives a restart with its log', async () => {
    await open();
    const api = (code: string) => page.evaluate(code);
    expect(await api(`window.terminal.readFile('.bashrc').then((t) => typeof t)`)).toBe('string');
    expect(await api(`window.terminal.readFile('nope')`)).toBeNull();
    expect(await api(`window.terminal.writeFile('no/dir/Dockerfile', 'x').then(() => 'ok', (e) => e.message)`)).toBe('No such file or directory');
    const n = await stateCount(page);
    expect(await api(`window.terminal.writeFile('Dockerfile', 'FROM alpine:3.20\\nCMD ["echo", "it\\'s"]\\n').then(() => 'ok', (e) => e.message)`)).toBe('ok');
    const s = await nextState(page, n);
    expect(s.log.length).toBeGreaterThan(0);
    expect(await api(`window.terminal.readFile('/home/student/Dockerfile')`)).toBe('FROM alpine:3.20\nCMD ["echo", "it\'s"]\n');
    await page.evaluate(() => (window as unknown as TermWindow).terminal.run('cat Dockerfile'));
    await waitScreen(page, (t) => t.endsWith(`CMD ["echo", "it's"]\n${PROMPT}`), 'cat of the saved file');

    // A reload: the same log on a new page gives the same file.
    const log = (await lastState(page)).log;
    await open({ log });
    expect(await api(`window.terminal.readFile('Dockerfile')`)).toBe('FROM alpine:3.20\nCMD ["echo", "it\'s"]\n');
    expect(errors).toEqual([]);
  }, 90_000);

  it('restart: undo replays the log minus the last command on a clear screen; select; exit then Enter keeps the work', async () => {
    await open({ exercise: 'layers' });
    let n = await stateCount(page);
    await page.evaluate(() => (window as unknown as TermWindow).terminal.run('docker create --name first alpine:3.20\ndocker create --name second alpine:3.20'));
    await waitScreen(page, (t) => count(t, PROMPT) === 3, 'two docker create');
    let s = await until('two containers', () => lastState(page), (x) => x.inspector.containers.length === 2);
    expect(s.inspector.selected?.name).toBe('second');

    n = await stateCount(page);
    await page.evaluate(() => (window as unknown as TermWindow).terminal.select('first'));
    s = await nextState(page, n);
    expect(s.inspector.selected?.name).toBe('first');

    // Undo the second create.
    n = await stateCount(page);
    await page.evaluate((cut) => {
      const w = window as unknown as TermWindow & { states: LessonState[] };
      w.terminal.restart({ log: w.states.at(-1)!.log.slice(0, cut) });
    }, s.lastCommandStart);
    s = await nextState(page, n);
    expect(s.inspector.containers.map((c) => c.name)).toEqual(['first']);
    expect(await waitScreen(page, (t) => t === PROMPT, 'a clear screen with the prompt')).toBe(PROMPT);

    // A reset: no log, the exercise's start.
    n = await stateCount(page);
    await page.evaluate(() => (window as unknown as TermWindow).terminal.restart());
    s = await nextState(page, n);
    expect(s.log).toEqual([]);
    expect(s.inspector.containers).toEqual([]);

    // exit ends the session; Enter logs in again on the same machine.
    await page.evaluate(() => (window as unknown as TermWindow).terminal.run('touch kept\nexit'));
    await waitScreen(page, (t) => t.includes('Session ended'), 'the end of the session');
    await page.locator('.xterm-helper-textarea').focus();
    await page.keyboard.press('Enter');
    await waitScreen(page, (t) => t.endsWith(PROMPT), 'a new prompt');
    await page.keyboard.type('ls kept');
    await page.keyboard.press('Enter');
    await waitScreen(page, (t) => t.endsWith(`ls kept\nkept\n${PROMPT}`), 'the file from before exit');
    expect((await lastState(page)).log.map((e) => e.line)).toEqual(['touch kept', 'ls kept']);
    expect(errors).toEqual([]);
  }, 90_000);

  it('a lesson solved by clicking its commands: every task passes', async () => {
    await open({ exercise: 'layers' });
    const solution = EXERCISES.get('layers')!.solutions[0].log.join('\n');
    await page.evaluate((lines) => (window as unknown as TermWindow).terminal.run(lines), solution);
    const s = await until('all tasks to pass', () => lastState(page), (x) => x.grade !== null && x.grade.score === x.grade.maxScore);
    expect(s.grade!.tasks.every((t) => t.passed)).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);
});
