/**
 * cat reading a terminal writes each read's data as it comes, so `cat > f`, lines, Ctrl-C leaves
 * the lines typed so far in f.
 *
 * Recorded in a pty (python's pty) with coreutils 9.1 and busybox 1.35, typing `one` Enter,
 * `two` Enter, `thr`, then Ctrl-C:
 *   cat > f, busybox cat > f          → f is "one\ntwo\n" (the unfinished line never reached cat)
 *   cat -n > f, cat -A > f            → "     1\tone\n     2\ttwo\n", "one$\ntwo$\n"
 *   busybox cat -n > f (-b, -v, -A)   → f is empty (stdio buffers what it writes to a file)
 * and to the terminal, typing `one` Enter, `tw`, Ctrl-D, `o` Enter, Ctrl-D (echo left out):
 *   cat -n          → "     1\tone\n" after the first line, "     2\ttw" at the Ctrl-D, then "o\n"
 *   busybox cat -n  → "     1\tone\n", then "     2\ttwo\n" only once the line is complete
 *   busybox cat -A  → "one$\n" after the first line
 * and to a pipe, `busybox cat -n h /nosuch h 2>&1 | cat` (h holds "hi") → "     1\thi", the error,
 * "     2\thi": libbb flushes stdout before an error message.
 */
import { describe, expect, it } from 'vitest';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import { ROOT } from '../../sandbox-engine/index.ts';
import { replay } from '../../graders/replay.ts';
import { layers } from '../../graders/exercises/layers.ts';
import type { InputStream } from '../../sandbox-engine/shell/process.ts';

/** The terminal: a read waits for what is typed; a string is one read's data, null a Ctrl-D. */
class Keyboard implements InputStream {
  readonly isTTY = true;
  private queue: Array<string | null> = [];
  private waiter: ((v: Uint8Array | null) => void) | null = null;
  get waiting(): boolean {
    return this.waiter !== null;
  }
  type(v: string | null): void {
    const w = this.waiter;
    this.waiter = null;
    if (w) w(v === null ? null : new TextEncoder().encode(v));
    else this.queue.push(v);
  }
  /** Ctrl-C: the session failed the read in progress; our end of it is dropped. */
  abandon(): void {
    this.waiter?.(null);
    this.waiter = null;
  }
  read(): Promise<Uint8Array | null> {
    if (this.queue.length > 0) {
      const v = this.queue.shift()!;
      return Promise.resolve(v === null ? null : new TextEncoder().encode(v));
    }
    return new Promise((resolve) => (this.waiter = resolve));
  }
  async readAll(): Promise<Uint8Array> {
    throw new Error('cat reads read by read');
  }
}

async function terminal(flavour: 'gnu' | 'busybox') {
  const host = createHost({ seed: 1, flavour });
  const kb = new Keyboard();
  let out = '';
  const session = createSession({ host, user: 'root', cwd: '/root', tty: true, stdin: kb, onOutput: (t) => (out += t) });
  const fs = host.fs(ROOT);
  /** Types `v` once cat waits for it, then waits until cat waits again (or `running` ends). */
  const typed = async (v: string | null, running: Promise<unknown>) => {
    await until(() => kb.waiting);
    kb.type(v);
    let done = false;
    void running.then(() => (done = true));
    await until(() => kb.waiting || done);
  };
  const interrupt = () => {
    session.interrupt();
    kb.abandon();
  };
  return { session, fs, typed, interrupt, out: () => out };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !cond(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!cond()) throw new Error('timed out');
}

describe('cat > f, lines, Ctrl-C', () => {
  for (const flavour of ['gnu', 'busybox'] as const) {
    it(`${flavour}: each line is in f as soon as cat has read it, and stays after Ctrl-C`, async () => {
      const t = await terminal(flavour);
      const running = t.session.input('cat > /root/f');
      await t.typed('one\n', running);
      expect(t.fs.readText('/root/f')).toBe('one\n');
      await t.typed('two\n', running);
      expect(t.fs.readText('/root/f')).toBe('one\ntwo\n');
      t.interrupt();
      expect(await running).toEqual({ kind: 'done', status: 130 });
      expect(t.fs.readText('/root/f')).toBe('one\ntwo\n');
    });
  }

  it('with an option: GNU writes each read; busybox buffers for a file and loses it at Ctrl-C', async () => {
    const expected = { gnu: '     1\tone\n     2\ttwo\n', busybox: '' };
    for (const flavour of ['gnu', 'busybox'] as const) {
      const t = await terminal(flavour);
      const running = t.session.input('cat -n > /root/f');
      await t.typed('one\n', running);
      await t.typed('two\n', running);
      t.interrupt();
      await running;
      expect(t.fs.readText('/root/f'), flavour).toBe(expected[flavour]);
    }
  });

  it('busybox cat -n > f still writes everything when its input ends', async () => {
    const t = await terminal('busybox');
    const running = t.session.input('cat -n > /root/f');
    await t.typed('one\n', running);
    await t.typed('tw', running);
    await t.typed(null, running);
    expect(await running).toEqual({ kind: 'done', status: 0 });
    expect(t.fs.readText('/root/f')).toBe('     1\tone\n     2\ttw\n');
  });
});

describe('busybox cat with an option, to a pipe', () => {
  it('an error message flushes what stdio held back, so the order is kept', async () => {
    const host = createHost({ seed: 1, flavour: 'busybox' });
    let out = '';
    const session = createSession({ host, user: 'root', cwd: '/root', onOutput: (t) => (out += t) });
    await session.input('echo hi > h; cat -n h /nosuch h 2>&1 | cat');
    expect(out).toBe("     1\thi\ncat: can't open '/nosuch': No such file or directory\n     2\thi\n");
  });
});

describe('cat -n at the terminal', () => {
  it('GNU numbers what each read brings (a partial line sent with Ctrl-D included)', async () => {
    const t = await terminal('gnu');
    const running = t.session.input('cat -n');
    await t.typed('one\n', running);
    expect(t.out()).toBe('     1\tone\n');
    await t.typed('tw', running);
    expect(t.out()).toBe('     1\tone\n     2\ttw');
    await t.typed('o\n', running);
    expect(t.out()).toBe('     1\tone\n     2\ttwo\n');
    await t.typed(null, running);
    expect(await running).toEqual({ kind: 'done', status: 0 });
  });

  it('busybox prints a numbered line once it is complete', async () => {
    const t = await terminal('busybox');
    const running = t.session.input('cat -n');
    await t.typed('one\n', running);
    expect(t.out()).toBe('     1\tone\n');
    await t.typed('tw', running);
    expect(t.out()).toBe('     1\tone\n');
    await t.typed('o\n', running);
    expect(t.out()).toBe('     1\tone\n     2\ttwo\n');
    await t.typed(null, running);
    expect(await running).toEqual({ kind: 'done', status: 0 });
  });

  it('busybox cat -A shows each line as it comes', async () => {
    const t = await terminal('busybox');
    const running = t.session.input('cat -A');
    await t.typed('one\n', running);
    expect(t.out()).toBe('one$\n');
    await t.typed(null, running);
    expect(await running).toEqual({ kind: 'done', status: 0 });
  });
});

describe('in a container', () => {
  it('docker run -it alpine sh: cat > /f, two lines, Ctrl-C keeps both (busybox cat)', async () => {
    const run = await replay<unknown>(layers, layers.scenario.seed, [
      { line: 'docker run -it --name typed alpine:3.20 sh', input: ['cat > /f\n', 'one\n', 'two\n', { interrupt: 'read' }, 'exit\n'] },
    ]);
    await run.input({ line: 'docker cp -q typed:/f f && cat f' });
    expect(run.context().commands.at(-1)!.output).toBe('one\ntwo\n');
  });
});
