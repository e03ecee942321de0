/**
 * A container's main process, as containerd-shim + runc run it: started in the container's
 * namespaces, its output captured into the container log (and to an attached client), its exit
 * reported to the daemon.
 *
 * Time: container processes see a passive clock (their `sleep` waits until someone drives time),
 * so a detached `sleep 300` lasts 300 virtual seconds. Foreground waits (`docker run` attached,
 * `docker wait`, `docker stop`'s grace period) drive the clock (daemon/wait.ts).
 *
 * Signals: PID 1 of a namespace ignores signals it has no handler for (the kernel protects it), so
 * SIGTERM does not stop `sleep` or `sh` as PID 1 — `docker stop` then kills after its timeout, as on
 * a real host (exit 137). A shell as PID 1 takes the signals it has handlers for: its traps, and
 * ash/dash's SIGINT (they exit 130), acted on once its current command ends (shell/signals.ts:
 * `docker stop` on a `trap ... TERM` loop ends within a second). SIGKILL always kills. A process that ran into the step limit (a busy loop)
 * is treated as still running: it stops only when killed.
 */
import type { Clock } from '../util/clock.ts';
import type { VirtualClock } from '../util/clock.ts';
import type { InputStream, OutputStream } from '../shell/process.ts';
import { DEFAULT_LIMITS, Interrupted, LimitExceeded, Runtime } from '../shell/limits.ts';
import type { Cred } from '../vfs/types.ts';
import { execProgram, type ExecResult } from './exec.ts';
import type { NamespaceHost } from './namespace-host.ts';
import type { Freezer } from './freezer.ts';

export const SIGKILL = 9;
export const SIGTERM = 15;
export const SIGINT = 2;

/** Programs that handle SIGTERM/SIGINT themselves when they are PID 1 (they exit on it). */
const HANDLES_TERM = new Set(['nginx', 'docker-init', 'tini']);

/**
 * A clock view for container processes: their waits never drive time. `pendingTimers()` counts
 * this container's own timers only, so a waiting client can tell whether driving time could ever
 * end the container (daemon/wait.ts).
 */
export function passiveClock(clock: VirtualClock): Clock {
  let own = 0;
  const wait = async (ms: number): Promise<void> => {
    own++;
    try {
      await clock.wait(ms);
    } finally {
      own--;
    }
  };
  return {
    now: () => clock.now(),
    advance: wait,
    wait,
    pendingTimers: () => own,
  };
}

export interface StartParams {
  ns: NamespaceHost;
  argv: string[];
  env: string[];
  cred: Cred;
  cwd: string;
  tty: boolean;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Host PID of containerd-shim, the parent of PID 1. */
  ppid: number;
  /** The container's freezer: a paused process also stops at its step loop's yields. */
  freezer?: Freezer;
}

export type ExitInfo = { status: number; error?: undefined } | { status: number; error: string };

export class ContainerProcess {
  /** Host PID of the main process (0 before it has one). */
  pid = 0;
  readonly exited: Promise<ExitInfo>;
  private readonly rt: Runtime;
  private killedBy = 0;
  private wakeSpinner: (() => void) | null = null;
  private argv0: string;

  private dead = false;
  private readonly ns: NamespaceHost;
  private killResolve: ((e: ExitInfo) => void) | null = null;

  constructor(p: StartParams, onStarted: (pid: number) => void) {
    const freezer = p.freezer;
    this.ns = p.ns;
    this.rt = new Runtime({ ...DEFAULT_LIMITS }, freezer ? () => freezer.gate() : undefined);
    // A shell started as PID 1 installs its receiver here (shell/signals.ts).
    this.rt.pid1 = { pid: 0 };
    this.argv0 = p.argv[0] ?? '';
    // A killed process ends at once, even while it waits on the clock or on input; whatever it was
    // still doing unwinds later at its next step, and its output no longer reaches anyone.
    const killed = new Promise<ExitInfo>((resolve) => (this.killResolve = resolve));
    const guard = (o: OutputStream): OutputStream => ({
      isTTY: o.isTTY,
      write: (d) => (this.dead ? Promise.resolve() : o.write(d)),
    });
    const run = this.run({ ...p, stdout: guard(p.stdout), stderr: guard(p.stderr) }, onStarted);
    this.exited = Promise.race([run, killed]).then((e) => {
      this.dead = true;
      return e;
    });
  }

  private async run(p: StartParams, onStarted: (pid: number) => void): Promise<ExitInfo> {
    // The process table entry appears as soon as runc starts it.
    const spawnOrig = p.ns.spawn.bind(p.ns);
    let first = true;
    p.ns.spawn = (info) => {
      const pid = spawnOrig(info);
      if (first) {
        first = false;
        this.pid = pid;
        if (this.rt.pid1) this.rt.pid1.pid = pid;
        onStarted(pid);
      }
      return pid;
    };
    let r: ExecResult;
    try {
      r = await execProgram(p.ns, {
        argv: p.argv,
        env: p.env,
        cred: p.cred,
        cwd: p.cwd,
        stdin: p.stdin,
        stdout: p.stdout,
        stderr: p.stderr,
        tty: p.tty ? 'pts/0' : '?',
        ppid: p.ppid,
        rt: this.rt,
      });
    } catch (e) {
      if (e instanceof LimitExceeded) {
        // A busy loop: it would run forever on a real host. Keep it "running" until killed.
        await new Promise<void>((resolve) => (this.wakeSpinner = resolve));
        return { status: 128 + this.killedBy };
      }
      if (e instanceof Interrupted) return { status: 128 + (this.killedBy || SIGKILL) };
      throw e;
    } finally {
      p.ns.spawn = spawnOrig;
    }
    if (r.kind === 'failed') return { status: r.status, error: r.message };
    if (this.killedBy) return { status: 128 + this.killedBy };
    return { status: r.status };
  }

  /**
   * Ctrl-C typed on the container's terminal (-it): the command the process is running stops at
   * its next step, as the terminal's SIGINT stops a shell's foreground job.
   */
  interrupt(): void {
    this.rt.interrupt();
  }

  /** Timers the container's processes wait on (sleeps); 0 when only a signal or input can wake them. */
  timersPending(): number {
    return this.ns.services.clock.pendingTimers();
  }

  /** Deliver a signal to PID 1; returns whether it took effect. */
  signal(sig: number, pid1 = true): boolean {
    const handles = HANDLES_TERM.has(this.argv0.split('/').pop() ?? '');
    if (sig !== SIGKILL && pid1 && !handles) return this.rt.pid1?.receiver?.(sig) ?? false;
    this.killedBy = sig;
    this.rt.interrupt();
    this.wakeSpinner?.();
    this.killResolve?.({ status: 128 + sig });
    return true;
  }
}
