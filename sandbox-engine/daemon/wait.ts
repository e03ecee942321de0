/**
 * Waiting for a container as a foreground client does (`docker run` attached, `docker wait`,
 * `docker stop`'s grace period): the client's wait is what moves virtual time, so timers of
 * sleeping container processes fall due in order until the container exits or the deadline passes.
 */
import type { Container } from '../container/container.ts';
import { whenExited } from './start.ts';
import type { Daemon } from './daemon.ts';

/**
 * Wait until `c` stops or `deadlineMs` of virtual time has passed; true when it stopped.
 * `blocked`: while it says the container waits for its user's input (an interactive shell at its
 * prompt), time is not driven: other containers' sleeps do not run out while someone types.
 */
export async function waitStopped(
  d: Daemon,
  c: Container,
  opts: { deadlineMs?: number; check?: () => void; blocked?: () => boolean } = {},
): Promise<boolean> {
  const clock = d.host.clock;
  const end = opts.deadlineMs === undefined ? Infinity : clock.now() + opts.deadlineMs;
  let exited = false;
  void whenExited(d, c).then(() => (exited = true));
  for (;;) {
    await idle();
    opts.check?.();
    if (exited || !c.state.running) return true;
    if (opts.blocked?.()) {
      await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    const next = clock.nextTimerAt();
    if (next !== undefined && next <= end) {
      await clock.advance(Math.max(0, next - clock.now()));
      continue;
    }
    if (end !== Infinity) {
      if (end > clock.now()) await clock.advance(end - clock.now());
      await idle();
      return exited || !c.state.running;
    }
    // Nothing scheduled: the process waits for input (or spins); give real time a chance.
    await new Promise((r) => setTimeout(r, 5));
  }
}

function idle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
