/**
 * The sandbox page in a real browser: Debian's chromium driven by playwright-core (it cannot
 * download its own browsers here). Builds the site into a temporary directory, serves it on
 * 127.0.0.1, opens /en/sandbox/, types commands into the xterm.js terminal and reads what the
 * screen shows.
 *
 * Needs: apt-get install -y chromium. Without /usr/bin/chromium the tests are skipped, saying so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn('test/browser/sandbox.test.ts skipped: chromium not installed: apt-get install chromium');

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** A tiny static server for the built site: files, and dir/ → dir/index.html. */
function serve(dir: string): Promise<Server> {
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

/** The terminal's visible rows as text (xterm's DOM renderer draws one div per row). */
async function screen(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.xterm-rows > div'))
      .map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())
      .join('\n')
      .trimEnd(),
  );
}

async function waitForScreen(page: Page, test: (text: string) => boolean, what: string, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  let text = '';
  while (Date.now() < end) {
    text = await screen(page);
    if (test(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; the terminal shows:\n${text}`);
}

const count = (text: string, s: string): number => text.split(s).length - 1;
const PROMPT = 'student@docker-host:~$';

describe.skipIf(!haveChromium)('sandbox page in chromium', () => {
  let out = '';
  let profile = '';
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'sandbox-dist-'));
    profile = mkdtempSync(join(tmpdir(), 'sandbox-chromium-'));
    // A build of its own, so the test never serves a stale dist/ nor clobbers the real one.
    execFileSync('npm', ['run', 'build', '--', '--outDir', out], { cwd: ROOT, stdio: 'pipe' });
    server = await serve(out);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1000, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // A missing resource is reported below with its address; the console line has none.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('response', (r) => {
      // The site has no favicon yet; anything else missing is a broken build.
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs commands typed into the terminal, docker included, and Ctrl-C stops a loop', async () => {
    await page.goto(`${base}/en/sandbox/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The terminal region has an accessible name; xterm's screen-reader mode is on.
    expect(await page.locator('[data-terminal]').getAttribute('aria-labelledby')).toBeTruthy();
    await waitForScreen(page, (t) => t.includes(PROMPT), 'the first prompt');
    expect(await page.locator('.xterm-accessibility-tree').count()).toBe(1);

    await page.locator('.xterm-helper-textarea').focus();
    await page.keyboard.type('echo hi');
    await page.keyboard.press('Enter');
    let text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'echo hi to finish');
    expect(text).toContain(`${PROMPT} echo hi\nhi\n${PROMPT}`);

    // Line editing: go home, fix the command, go to the end, and run it.
    await page.keyboard.type('cho edited');
    await page.keyboard.press('Home');
    await page.keyboard.type('e');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 3, 'echo edited to finish');
    expect(text).toContain(`${PROMPT} echo edited\nedited\n${PROMPT}`);

    await page.keyboard.type('docker run --rm alpine echo hello');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 4, 'docker run to finish', 30_000);
    expect(text).toMatch(/docker run --rm alpine echo hello\n[^]*\nhello\n/);
    expect(text.endsWith(PROMPT)).toBe(true);
    await page.screenshot({ path: '/tmp/sandbox-en.png' });
    // A clear screen, so nothing scrolls away below whatever the font makes the row count.
    await page.keyboard.press('Control+L');
    await waitForScreen(page, (t) => t === PROMPT, 'a clear screen');

    // A program reading the terminal gets the typed line; Ctrl-D ends a program's input.
    await page.keyboard.type('read -r x; echo "got $x"');
    await page.keyboard.press('Enter');
    await page.keyboard.type('typed line');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'read to finish');
    expect(text.endsWith(`${PROMPT} read -r x; echo "got $x"\ntyped line\ngot typed line\n${PROMPT}`)).toBe(true);
    await page.keyboard.type('cat');
    await page.keyboard.press('Enter');
    await page.keyboard.type('to cat');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+D');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 3, 'cat to end on Ctrl-D');
    expect(text.endsWith(`${PROMPT} cat\nto cat\nto cat\n${PROMPT}`)).toBe(true);

    // The engine runs this loop to its step limit in a few hundred milliseconds: Ctrl-C goes at
    // once, and must land through the worker's yields before the limit does.
    await page.keyboard.type('while true; do :; done');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+C');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 4, 'the prompt after Ctrl-C', 5_000);
    expect(text).toContain(`${PROMPT} while true; do :; done\n^C\n${PROMPT}`);
    expect(text).not.toContain('step limit');

    // The interrupted status is what bash gives: 128 + SIGINT.
    await page.keyboard.type('echo $?');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 5, 'echo $?');
    expect(text).toContain('echo $?\n130\n');

    // Up arrow brings the last command back.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 6, 'the recalled command');
    expect(text.endsWith(`${PROMPT} echo $?\n0\n${PROMPT}`)).toBe(true);

    expect(errors).toEqual([]);
  }, 60_000);

  it('continuation prompts, Ctrl-C there, a pasted script, Ctrl-L, and docker run -it', async () => {
    await page.goto(`${base}/en/sandbox/`);
    await waitForScreen(page, (t) => t.includes(PROMPT), 'the first prompt');
    await page.locator('.xterm-helper-textarea').focus();

    // An open `if` asks for more with PS2; Ctrl-C there drops it and gives PS1 back.
    await page.keyboard.type('if true');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t.endsWith('\n>'), 'the continuation prompt');
    await page.keyboard.type('then echo');
    await page.keyboard.press('Control+C');
    let text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'PS1 after Ctrl-C');
    expect(text).toBe(`${PROMPT} if true\n> then echo^C\n${PROMPT}`);
    await page.keyboard.type('if true');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t.endsWith('\n>'), 'the continuation prompt');
    await page.keyboard.type('then echo yes; fi');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => count(t, PROMPT) >= 3, 'the if to finish');
    expect(text.endsWith(`${PROMPT} if true\n> then echo yes; fi\nyes\n${PROMPT}`)).toBe(true);

    // A paste of several lines: each line shows after the prompt that asks for it, once.
    const paste = (text: string) =>
      page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        const ta = document.querySelector('.xterm-helper-textarea')!;
        ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    await paste('echo one\nif true\nthen echo two; fi\n');
    text = await waitForScreen(page, (t) => t.endsWith(`two\n${PROMPT}`), 'the pasted lines to run');
    expect(text.endsWith(`${PROMPT} echo one\none\n${PROMPT} if true\n> then echo two; fi\ntwo\n${PROMPT}`)).toBe(true);
    // Pasted lines after a command that reads the terminal are its input.
    await paste('cat\nfor cat\n');
    await waitForScreen(page, (t) => t.endsWith(`${PROMPT} cat\nfor cat`), 'cat to get the pasted line');
    await page.keyboard.press('Control+D');
    text = await waitForScreen(page, (t) => t.endsWith(`${PROMPT} cat\nfor cat\nfor cat\n${PROMPT}`), 'cat to end');

    // Ctrl-L clears the screen.
    await page.keyboard.press('Control+L');
    await waitForScreen(page, (t) => t === PROMPT, 'a clear screen');

    // The shell inside a container reads what is typed; exit brings the host prompt back.
    await page.keyboard.type('docker run -it --rm alpine sh');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t.endsWith('/ #'), 'the container prompt', 30_000);
    // Ctrl-C at the container's prompt and during a command there: the shell stays.
    await page.keyboard.type('ech');
    await page.keyboard.press('Control+C');
    await waitForScreen(page, (t) => t.endsWith('/ # ech^C\n/ #'), 'a new container prompt');
    await page.keyboard.type('sleep 1000');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t.endsWith('/ # sleep 1000'), 'sleep to start');
    await page.keyboard.press('Control+C');
    await waitForScreen(page, (t) => t.endsWith('/ # sleep 1000\n^C\n/ #'), 'the container prompt after Ctrl-C');
    await page.keyboard.type('echo inside $((6*7))');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => count(t, '/ #') >= 4, 'the command in the container');
    expect(text).toContain('/ # echo inside $((6*7))\ninside 42\n/ #');
    await page.keyboard.type('exit');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => t.endsWith(PROMPT), 'the host prompt after exit');
    expect(text.endsWith(`/ # exit\n${PROMPT}`)).toBe(true);

    // Typed while a command runs: whole lines run after it, a partial line starts the next
    // prompt's line (whether the keys land during the loop or after it, the end is the same).
    await page.keyboard.press('Control+L');
    await waitForScreen(page, (t) => t === PROMPT, 'a clear screen');
    await page.keyboard.type('i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done');
    await page.keyboard.press('Enter');
    await page.keyboard.type('echo after');
    await page.keyboard.press('Enter');
    await page.keyboard.type('echo par');
    await waitForScreen(page, (t) => t.endsWith(`after\n${PROMPT} echo par`), 'the partial line after the prompt');
    await page.keyboard.type('tial');
    await page.keyboard.press('Enter');
    text = await waitForScreen(page, (t) => t.endsWith(`${PROMPT} echo partial\npartial\n${PROMPT}`), 'the completed line to run');
    expect(text).toContain(`${PROMPT} echo after\nafter\n`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the Russian page says so and links from the Russian index', async () => {
    await page.goto(`${base}/ru/`);
    await page.locator('a[href="/ru/sandbox/"]').click();
    await page.waitForURL(`${base}/ru/sandbox/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.textContent('h1')).toBe('Песочница');
    expect(await page.getAttribute('.xterm-helper-textarea', 'aria-label')).toBe('Ввод в терминал');
    await waitForScreen(page, (t) => t.includes(PROMPT), 'the first prompt');
  }, 30_000);
});
