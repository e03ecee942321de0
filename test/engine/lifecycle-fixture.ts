/**
 * A simulated Debian host with Docker and alpine pulled, and a shell session as `student` on it,
 * for the container lifecycle tests (stop, kill, pause, rm, exec, logs, ...). `run(line)` types one
 * line and returns what it printed and its status; `input` is what the terminal would type next
 * (for interactive shells: `docker run -it`, `docker exec -it`, prompts).
 */
import { createHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import { createSession, type ExtendedShellSession } from '../../sandbox-engine/shell/session.ts';
import type { Daemon } from '../../sandbox-engine/daemon/daemon.ts';
import { DOCKER_SOCKET } from '../../sandbox-engine/daemon/install.ts';
import { pullImage } from '../../sandbox-engine/daemon/pull.ts';
import type { InputStream } from '../../sandbox-engine/shell/process.ts';

export interface Result {
  stdout: string;
  stderr: string;
  status: number;
}

/** Terminal input the test feeds line by line; reads wait until a line is typed. */
export class TypedInput implements InputStream {
  readonly isTTY: boolean;
  private queue: Uint8Array[] = [];
  private closed = false;
  private waiter: (() => void) | null = null;
  constructor(isTTY: boolean) {
    this.isTTY = isTTY;
  }
  type(text: string): void {
    this.queue.push(new TextEncoder().encode(text));
    this.waiter?.();
  }
  /** Ctrl-D. */
  close(): void {
    this.closed = true;
    this.waiter?.();
  }
  async read(): Promise<Uint8Array | null> {
    for (;;) {
      const c = this.queue.shift();
      if (c) return c;
      if (this.closed) return null;
      await new Promise<void>((r) => (this.waiter = r));
      this.waiter = null;
    }
  }
  async readAll(): Promise<Uint8Array> {
    const parts: number[] = [];
    for (;;) {
      const c = await this.read();
      if (!c) return Uint8Array.from(parts);
      parts.push(...c);
    }
  }
  unread(d: Uint8Array): void {
    if (d.length > 0) this.queue.unshift(d);
  }
}

export interface Engine {
  host: SimHost;
  daemon: Daemon;
  session: ExtendedShellSession;
  /** Everything printed since the last `run` (or since `take()`), by stream. */
  out: { stdout: string; stderr: string };
  run(line: string): Promise<Result>;
  /** Start a line without waiting for it (interactive programs); returns its completion. */
  start(line: string): Promise<Result>;
  take(): { stdout: string; stderr: string };
  stdin: TypedInput;
}

/** Wait (in real time) until `cond` holds, e.g. until an interactive shell has printed its prompt. */
export async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting for the terminal');
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Occurrences of `s` in `text`. */
export function count(text: string, s: string): number {
  return text.split(s).length - 1;
}

export async function engine(opts: { tty?: boolean; images?: string[] } = {}): Promise<Engine> {
  const host = createHost({ seed: 1 });
  const daemon = host.listeners.get(DOCKER_SOCKET) as Daemon;
  for (const ref of opts.images ?? ['alpine']) await pullImage(daemon, ref);
  const out = { stdout: '', stderr: '' };
  const stdin = new TypedInput(opts.tty ?? false);
  const session = createSession({
    host,
    tty: opts.tty ?? false,
    stdin,
    onOutput: (t, s) => {
      out[s] += t;
    },
  });
  const take = () => {
    const r = { ...out };
    out.stdout = '';
    out.stderr = '';
    return r;
  };
  const start = async (line: string): Promise<Result> => {
    const r = await session.input(line);
    const o = take();
    return { ...o, status: r.kind === 'continue' ? -1 : r.status };
  };
  return { host, daemon, session, out, run: (l) => (take(), start(l)), start, take, stdin };
}
