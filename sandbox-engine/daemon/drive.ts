/**
 * A client waiting on something inside the engine (an exec'd process, `docker logs -f`) moves
 * virtual time the way daemon/wait.ts does for a container: timers fall due in order until the
 * wait is over. `blocked` pauses that while the awaited process waits for its user's input, and
 * `onTurn` runs between steps (to copy new log lines out, say). `check` may throw (Ctrl-C); its
 * `charge` is the steps to charge the client for the turn, as in wait.ts (1 on the first turn and
 * after a turn that moved time), so a Ctrl-C's step says how far the wait had got.
 */
import type { Daemon } from './daemon.ts';

export interface DriveOptions {
  deadlineMs?: number;
  check?: (charge: 0 | 1) => void;
  blocked?: () => boolean;
  onTurn?: () => Promise<void>;
  /**
   * Timers the awaited thing waits on (an exec'd process's container: ContainerProcess
   * `timersPending`). When given and 0, and there is no deadline, time is not driven: as in
   * wait.ts, a process that waits only for a signal cannot end by time passing.
   */
  timers?: () => number;
}

const turn = () => new Promise<void>((r) => setTimeout(r, 0));
const realPause = () => new Promise<void>((r) => setTimeout(r, 5));

/** Resolves true once `done()` holds, false when the deadline passed first. */
export async function driveUntil(d: Daemon, done: () => boolean, opts: DriveOptions = {}): Promise<boolean> {
  const clock = d.host.clock;
  const end = opts.deadlineMs === undefined ? Infinity : clock.now() + opts.deadlineMs;
  let charge: 0 | 1 = 1;
  for (;;) {
    await turn();
    await opts.onTurn?.();
    opts.check?.(charge);
    charge = 0;
    if (done()) return true;
    if (opts.blocked?.()) {
      await realPause();
      continue;
    }
    const next = clock.nextTimerAt();
    const timeCanEndIt = end !== Infinity || (opts.timers?.() ?? 1) > 0;
    if (next !== undefined && next <= end && timeCanEndIt) {
      await clock.advance(Math.max(0, next - clock.now()));
      charge = 1;
      continue;
    }
    if (end !== Infinity) {
      if (end > clock.now()) await clock.advance(end - clock.now());
      await turn();
      await opts.onTurn?.();
      return done();
    }
    await realPause();
  }
}
