/**
 * POST /containers/{id}/restart (moby v28.5.2 daemon/restart.go): stop it if it runs (as
 * `docker stop`, with the same timeout and signal options), then start it again. A manual restart
 * does not count in RestartCount. Errors after the lookup read `Cannot restart container <name>: …`.
 */
import { DaemonError } from '../errdefs/errors.ts';
import type { Daemon } from './daemon.ts';
import { startContainer } from './start.ts';
import { manuallyRestarted } from './delete.ts';
import { containerStop, type StopOptions } from './stop.ts';

export async function restartContainer(d: Daemon, name: string, opts: StopOptions = {}): Promise<void> {
  const c = d.containers.get(name);
  // A --rm container survives its restart (moby daemon/monitor.go skips autoRemove then).
  manuallyRestarted.add(c);
  try {
    if (c.state.running) await containerStop(d, c, opts);
    startContainer(d, c);
  } catch (e) {
    if (e instanceof DaemonError) throw new DaemonError(e.kind, `Cannot restart container ${name}: ${e.message}`);
    throw e;
  } finally {
    manuallyRestarted.delete(c);
  }
}
