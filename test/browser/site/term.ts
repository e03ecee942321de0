/**
 * Driving the course terminal (xterm.js in the page) as a student does, and reading its screen.
 *
 * - `screenRows` reads what xterm's DOM renderer draws: one div per visible row. xterm stops
 *   drawing while its element is out of view (an IntersectionObserver), so the helpers scroll the
 *   terminal into view first.
 * - `typeText` presses keys. Characters beyond US ASCII go as a key of a national layout would
 *   (a keydown carrying the character), not through playwright's `keyboard.type`, which sends them
 *   as bare `input` events that xterm ignores in screen-reader mode (see the suite's report).
 * - `expectedScreen` draws what the screen must show for a session: the same lines replayed in
 *   Node on a fresh engine with the same seed and width (graders/replay.ts, as the worker runs
 *   them), written into @xterm/headless with the page terminal's rows and columns.
 */
import xterm from '@xterm/headless';
import type { Page } from 'playwright-core';
import { LiveRun } from '../../../graders/replay.ts';
import type { Exercise } from '../../../graders/model.ts';

export const PROMPT = 'student@docker-host:~$';

/** The terminal's visible rows, each without trailing blanks. */
export async function screenRows(page: Page, root = '[data-terminal]'): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll(`${sel} .xterm-rows > div`)).map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()),
    root,
  );
}

/** The visible rows as one text, trailing empty rows dropped. */
export async function screen(page: Page, root = '[data-terminal]'): Promise<string> {
  return (await screenRows(page, root)).join('\n').trimEnd();
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `get` until `ok` holds; the error says what was awaited and shows the last value. */
export async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen:\n${typeof v === 'string' ? v : JSON.stringify(v, null, 1)}`);
    await sleep(40);
    v = await get();
  }
  return v;
}

export function waitForScreen(page: Page, test: (text: string) => boolean, what: string, ms = 20_000): Promise<string> {
  return until(what, () => screen(page), test, ms);
}

export const count = (text: string, s: string): number => text.split(s).length - 1;

/** Scrolls the terminal into view (xterm draws only then) and focuses its input. */
export async function focusTerminal(page: Page): Promise<void> {
  await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
  await page.locator('[data-terminal] .xterm-helper-textarea').focus();
}

/** Waits for the first prompt of a freshly opened page. */
export async function waitForPrompt(page: Page, ms = 20_000): Promise<void> {
  await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
  await waitForScreen(page, (t) => /\$$/.test(t), 'the first prompt', ms);
}

/**
 * Types text as key presses. ASCII goes through playwright's US keyboard; other characters as a
 * keydown whose key is the character (what a Russian layout sends; chromium adds the keypress).
 */
export async function typeText(page: Page, text: string): Promise<void> {
  let ascii = '';
  const flush = async () => {
    if (ascii !== '') await page.keyboard.type(ascii);
    ascii = '';
  };
  for (const ch of text) {
    if (ch.codePointAt(0)! < 0x7f) {
      ascii += ch;
      continue;
    }
    await flush();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch, code: 'KeyG', windowsVirtualKeyCode: 71 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, code: 'KeyG', windowsVirtualKeyCode: 71 });
    await cdp.detach();
  }
  await flush();
}

/** The terminal's size in cells, measured from what xterm drew. */
export async function terminalSize(page: Page): Promise<{ cols: number; rows: number }> {
  return page.evaluate(() => {
    const rows = document.querySelectorAll('[data-terminal] .xterm-rows > div').length;
    const measure = document.querySelector('[data-terminal] .xterm-char-measure-element')!;
    const cell = measure.getBoundingClientRect().width / (measure.textContent ?? 'W').length;
    const width = document.querySelector('[data-terminal] .xterm-screen')!.getBoundingClientRect().width;
    return { cols: Math.round(width / cell), rows };
  });
}

/** One step of a session: what was typed, what it printed, the prompt it left. */
export interface Step {
  line: string;
  output: string;
  prompt: string;
  /** The line completed a command (false: the shell asks for more, PS2). */
  complete: boolean;
  status?: number;
}

/** A session replayed in Node: its first prompt, its steps so far, and a way to go on. */
export interface Replayed {
  first: string;
  steps: Step[];
  run: LiveRun<any>;
  /** Feeds one more line to the same engine and records its step. */
  next(line: string): Promise<Step>;
}

/** Replays lines on a fresh engine with the exercise's scenario, as the page's worker does. */
export async function replaySteps(exercise: Exercise<any>, lines: readonly string[], cols: number, seed?: number): Promise<Replayed> {
  let out = '';
  const run = await LiveRun.start(exercise, { columns: cols, seed, onOutput: (t) => void (out += t) });
  const steps: Step[] = [];
  const next = async (line: string): Promise<Step> => {
    out = '';
    const r = await run.input({ line });
    const step: Step = { line, output: out, prompt: run.session.prompt(), complete: r.kind !== 'continue', status: r.kind === 'continue' ? undefined : r.status };
    steps.push(step);
    return step;
  };
  const first = run.session.prompt();
  for (const line of lines) await next(line);
  return { first, steps, run, next };
}

/**
 * What the terminal shows after the first `n` steps: the prompt, each line as typed then Enter
 * (a new line), its output, the next prompt; drawn by xterm itself in Node with the page's size.
 */
export async function expectedScreen(first: string, steps: readonly Step[], size: { cols: number; rows: number }): Promise<string> {
  const term = new xterm.Terminal({ cols: size.cols, rows: size.rows, convertEol: true, scrollback: 5000, allowProposedApi: true });
  let text = first;
  for (const s of steps) text += `${s.line}\n${s.output}${s.prompt}`;
  await new Promise<void>((r) => term.write(text, r));
  const b = term.buffer.active;
  const rows: string[] = [];
  for (let i = 0; i < size.rows; i++) rows.push((b.getLine(b.viewportY + i)?.translateToString(true) ?? '').trimEnd());
  term.dispose();
  return rows.join('\n').trimEnd();
}
