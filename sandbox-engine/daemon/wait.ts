/**
 * Waiting for a container as a foreground client does (`docker run` attached, `docker wait`,
 * `docker stop`'s grace period): the client's wait is what moves virtual time, so timers of
 * sleeping container processes fall due in order until the container exits or the deadline passes.
 *
 * Steps: `check(charge)` runs on every turn of the wait; `charge` is 1 on the first turn and after
 * every turn that moved time, 0 otherwise. A client charges it to its session (`ctx.tick(charge)`),
 * so the step count at which a Ctrl-C lands says how far the wait had got: a replay interrupting
 * at that step stops at the same point (after the same timers fell due), never before the wait
 * began. Turns that only let real time pass (the container waits for input, or computes without
 * timers) cost nothing: they change nothing a replay could miss, and an idle client must not run
 * out of budget.
 *
 * Without a deadline, time is driven only while the container itself has a timer pending (a
 * `sleep N` in one of its processes): a container whose processes wait for nothing but a signal
 * (`sleep infinity`, an idle `tail -f`) could never end by time passing, so the client then just
 * waits for real events (a Ctrl-C, input) and the machine does not age by other containers'
 * timers at full speed, each jump a replay step. With a deadline (`docker stop`'s grace period)
 * time runs to it as before.
 */
import type { Container } from '../container/container.ts';
import { whenExited } from './start.ts';
import type { Daemon } from './daemon.ts';

export interface WaitOptions {
  deadlineMs?: number;
  /** Runs on every turn, with the steps to charge (see above); may throw to end the wait. */
  check?: (charge: 0 | 1) => void;
  /** While it says the container waits for its user's input, time is not driven. */
  blocked?: () => boolean;
}

/**
 * Wait until `c` stops or `deadlineMs` of virtual time has passed; true when it stopped.
 * `blocked`: while it says the container waits for its user's input (an interactive shell at its
 * prompt), time is not driven: other containers' sleeps do not run out while someone types.
 */
export async function waitStopped(d: Daemon, c: Container, opts: WaitOptions = {}): Promise<boolean> {
  const clock = d.host.clock;
  const end = opts.deadlineMs === undefined ? Infinity : clock.now() + opts.deadlineMs;
  let exited = false;
  void whenExited(d, c).then(() => (exited = true));
  let charge: 0 | 1 = 1;
  for (;;) {
    await idle();
    opts.check?.(charge);
    charge = 0;
    if (exited || !c.state.running) return true;
    if (opts.blocked?.()) {
      await realPause();
      continue;
    }
    const next = clock.nextTimerAt();
    const timeCanEndIt = end !== Infinity || (d.running.get(c.id)?.proc.timersPending() ?? 1) > 0;
    if (next !== undefined && next <= end && timeCanEndIt) {
      await clock.advance(Math.max(0, next - clock.now()));
      charge = 1;
      continue;
    }
    if (end !== Infinity) {
      if (end > clock.now()) await clock.advance(end - clock.now());
      await idle();
      return exited || !c.state.running;
    }
    // Nothing scheduled: the process waits for input (or spins); give real time a chance.
    await realPause();
  }
}

function idle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

function realPause(): Promise<void> {
  return new Promise((r) => setTimeout(r, 5));
}
