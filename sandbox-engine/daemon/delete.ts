/**
 * DELETE /containers/{id} (moby v28.5.2 daemon/delete.go): refuse a running or paused container
 * unless forced (then kill it first), mark it dead, release its RW layer (the image layers stay:
 * the image holds them), and remove everything it had under /var/lib/docker: overlay2/<mount-id>
 * and its -init, layerdb/mounts/<id>, containers/<id>. Its name is free again.
 *
 * Errors after the lookup read `cannot remove container "<name as given>": …` (Engine 28.2+).
 * `removeVolume` (-v) also removes the container's anonymous volumes (volume/remove.ts).
 *
 * Containers run with --rm are removed the same way when they exit (the start.ts hook).
 */
import { conflict, DaemonError } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { stateString } from '../container/state.ts';
import type { Daemon } from './daemon.ts';
import { kill } from './kill.ts';
import { setAutoRemove } from './start.ts';
import { removeMountPoints } from '../volume/remove.ts';

export interface RemoveOptions {
  force?: boolean;
  removeVolume?: boolean;
}

/** Called after a container is gone, e.g. to release its anonymous volumes (volume service). */
type RemovedHook = (d: Daemon, c: Container, removeVolume: boolean) => void;
const removedHooks: RemovedHook[] = [];
export function onContainerRemoved(fn: RemovedHook): void {
  removedHooks.push(fn);
}

/** The part of cleanupContainer after the container has stopped. */
export function cleanupStopped(d: Daemon, c: Container, removeVolume: boolean): void {
  c.state.dead = true;
  d.running.delete(c.id);
  // Image layers the container held alone (its image was removed with `rmi -f` meanwhile) go too.
  for (const l of d.layers.releaseRWLayer(c.rwLayer)) d.layout.removeLayer(l);
  d.layout.removeRWLayer(c.id, c.rwLayer);
  d.layout.removeContainer(c.id);
  d.containers.delete(c.id);
  // daemon/mounts.go removeMountPoints: references go; with -v / --rm, anonymous volumes too.
  removeMountPoints(d, c, removeVolume);
  for (const h of removedHooks) h(d, c, removeVolume);
}

async function cleanupContainer(d: Daemon, c: Container, opts: RemoveOptions): Promise<void> {
  if (c.state.running) {
    if (!opts.force) {
      if (c.state.paused) throw conflict('container is paused and must be unpaused first');
      throw conflict(`container is ${stateString(c.state)}: stop the container before removing or force remove`);
    }
    await kill(d, c);
    // A --rm container is removed by its exit already.
    if (!d.containers.all().includes(c)) return;
  }
  cleanupStopped(d, c, opts.removeVolume ?? false);
}

/** ContainerRm. `name` as the client sent it (the CLI trims slashes). */
export async function removeContainer(d: Daemon, name: string, opts: RemoveOptions = {}): Promise<void> {
  const c = d.containers.get(name);
  if (c.state.removalInProgress) throw conflict(`removal of container ${name} is already in progress`);
  c.state.removalInProgress = true;
  try {
    await cleanupContainer(d, c, opts);
  } catch (e) {
    if (e instanceof DaemonError) throw new DaemonError(e.kind, `cannot remove container "${name}": ${e.message}`);
    throw e;
  } finally {
    c.state.removalInProgress = false;
  }
}

// --rm: the daemon removes the container when it exits (daemon/monitor.go handleContainerExit →
// autoRemove with RemoveVolume).
setAutoRemove((d, c) => {
  if (manuallyRestarted.has(c)) return;
  if (d.containers.all().includes(c)) cleanupStopped(d, c, true);
});

/** Containers being restarted by `docker restart`: their exit does not remove them (HasBeenManuallyRestarted). */
export const manuallyRestarted = new WeakSet<Container>();
