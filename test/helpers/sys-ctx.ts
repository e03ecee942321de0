/**
 * A ProcessContext built by hand, for applet tests that need what runApplet does not offer: a
 * process in a container's PID namespace, a builtin's messagePrefix, a recorded `exec`, or an
 * output stream that closes (EpipeError) after a few writes.
 */
import type { SimHost } from '../../sandbox-engine/host/host.ts';
import type { Applet, ExecOptions, Flavour, InputStream, OutputStream, ProcessContext } from '../../sandbox-engine/shell/process.ts';
import { EpipeError } from '../../sandbox-engine/shell/process.ts';
import { CollectingOutput, EMPTY_INPUT } from '../../sandbox-engine/shell/streams.ts';
import type { Cred } from '../../sandbox-engine/vfs/types.ts';

export interface ExecCall {
  argv: string[];
  opts: ExecOptions & Record<string, unknown>;
}

export interface CtxOptions {
  host: SimHost;
  argv: string[];
  user?: string;
  /** Credentials not tied to a passwd entry (a uid without a name). */
  cred?: Cred;
  flavour?: Flavour;
  cwd?: string;
  env?: Record<string, string>;
  /** Use this process (already in the table) instead of spawning one. */
  pid?: number;
  tty?: string;
  messagePrefix?: string;
  stdin?: InputStream;
  stdout?: OutputStream;
  columns?: number;
  /** What exec returns; calls are recorded either way. */
  execStatus?: number;
  /** Throw this from tick() after `ticks` calls (an interrupt). */
  interruptAfter?: number;
}

export interface Built {
  ctx: ProcessContext;
  out: CollectingOutput;
  err: CollectingOutput;
  calls: ExecCall[];
  run(applet: Applet): Promise<{ status: number; stdout: string; stderr: string }>;
}

export class TestInterrupt extends Error {}

export function buildCtx(o: CtxOptions): Built {
  const user = o.user ?? 'student';
  const cred = o.cred ?? o.host.credOf(user);
  if (!cred) throw new Error(`no user ${user}`);
  const home = o.host.user(user)?.home ?? '/';
  const cwd = o.cwd ?? home;
  const pid = o.pid ?? o.host.spawn({ ppid: 1, uid: cred.uid, argv: o.argv, tty: o.tty });
  const out = new CollectingOutput(false);
  const err = new CollectingOutput(false);
  const calls: ExecCall[] = [];
  let ticks = 0;
  const ctx: ProcessContext = {
    argv: o.argv,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: home, USER: user, LOGNAME: user, LANG: 'C.UTF-8', TERM: 'xterm', ...o.env },
    fs: o.host.fs(cred, cwd),
    stdin: o.stdin ?? EMPTY_INPUT,
    stdout: o.stdout ?? out,
    stderr: err,
    flavour: o.flavour ?? o.host.flavour,
    host: o.host.services,
    pid,
    messagePrefix: o.messagePrefix ?? '',
    columns: o.columns ?? 80,
    tick: () => {
      ticks++;
      if (o.interruptAfter !== undefined && ticks > o.interruptAfter) throw new TestInterrupt('interrupted');
    },
    yield: async () => {},
    exec: async (argv, opts = {}) => {
      calls.push({ argv, opts: opts as ExecCall['opts'] });
      return o.execStatus ?? 0;
    },
  };
  return {
    ctx,
    out,
    err,
    calls,
    async run(applet) {
      const status = await applet.run(ctx);
      return { status, stdout: out.text(), stderr: err.text() };
    },
  };
}

/** An output whose reader goes away after `n` writes, as `head` closing a pipe. */
export class ClosingOutput implements OutputStream {
  readonly isTTY = false;
  writes = 0;
  bytes = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  async write(data: string | Uint8Array): Promise<void> {
    if (this.writes >= this.limit) throw new EpipeError();
    this.writes++;
    this.bytes += typeof data === 'string' ? data.length : data.length;
  }
}
