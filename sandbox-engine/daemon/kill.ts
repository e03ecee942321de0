/**
 * POST /containers/{id}/kill (moby v28.5.2 daemon/kill.go): send a signal to the container's
 * PID 1. SIGKILL (the default) is `Kill`: signal, then wait for the exit. Any other signal is only
 * delivered; PID 1 ignores the ones it has no handler for (runtime/container-process.ts), so
 * `docker kill -s TERM` leaves `sleep` running. A paused container is resumed after the signal
 * (unless it has another StopSignal), as moby does so the signal can be handled.
 *
 * The API route wraps every error as `cannot kill container: <name>: <error>`
 * (api/server/router/container/container_routes.go postContainersKill); `containerKill` returns
 * errors in that form, keeping their kind.
 */
import { conflict, DaemonError } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { SIGKILL } from '../runtime/container-process.ts';
import type { Daemon } from './daemon.ts';
import { containerConfigJSON } from './persist.ts';
import { parseSignal, validSignal } from './signal.ts';
import { whenExited } from './start.ts';

/** daemon/errors.go errNotRunning (Engine 28: lower-case "container"). */
export function errNotRunning(id: string): DaemonError {
  return conflict(`container ${id} is not running`);
}

/** killWithSignal: deliver `sig` to PID 1 of a running container. */
export function killWithSignal(d: Daemon, c: Container, sig: number): void {
  const r = d.running.get(c.id);
  if (!c.state.running || !r) throw errNotRunning(c.id);
  let unpause: boolean;
  const stopSignal = c.config.StopSignal;
  if (stopSignal && sig !== SIGKILL) {
    let configured: number | undefined;
    try {
      configured = parseSignal(stopSignal);
    } catch {
      configured = undefined;
    }
    unpause = configured === sig && c.state.paused;
  } else {
    unpause = c.state.paused;
  }
  if (c.state.restarting) return;
  r.proc.signal(sig);
  if (unpause && c.state.running) {
    r.freezer.thaw();
    c.state.paused = false;
    d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
  }
}

/** Kill: SIGKILL and wait until the container has stopped. */
export async function kill(d: Daemon, c: Container): Promise<void> {
  if (!c.state.running) throw errNotRunning(c.id);
  const exited = whenExited(d, c);
  killWithSignal(d, c, SIGKILL);
  await exited;
}

/** ContainerKill, with the API route's wrapping of errors. */
export async function containerKill(d: Daemon, name: string, signal = ''): Promise<void> {
  try {
    let sig = SIGKILL;
    if (signal !== '') {
      sig = parseSignal(signal);
      if (!validSignal(sig)) throw new DaemonError('InvalidParameter', `the linux daemon does not support signal ${sig}`);
    }
    const c = d.containers.get(name);
    if (sig === SIGKILL) await kill(d, c);
    else killWithSignal(d, c, sig);
  } catch (e) {
    if (e instanceof DaemonError) throw new DaemonError(e.kind, `cannot kill container: ${name}: ${e.message}`);
    throw e;
  }
}
