/**
 * POST /containers/{id}/pause (moby v28.5.2 daemon/pause.go): freeze every process of the
 * container (runtime/freezer.ts). It stays "running" with Paused set: `docker ps` shows
 * `Up N (Paused)`, exec and rm refuse it, its sleeps do not end until it is unpaused.
 */
import { conflict } from '../errdefs/errors.ts';
import type { Daemon } from './daemon.ts';
import { errNotRunning } from './kill.ts';
import { containerConfigJSON } from './persist.ts';

/** daemon/errors.go errContainerIsRestarting. */
export function errContainerIsRestarting(id: string) {
  return conflict(`Container ${id} is restarting, wait until the container is running`);
}

export function pauseContainer(d: Daemon, name: string): void {
  const c = d.containers.get(name);
  const r = d.running.get(c.id);
  if (!c.state.running || !r) throw errNotRunning(c.id);
  if (c.state.paused) throw conflict(`Container ${c.id} is already paused`);
  if (c.state.restarting) throw errContainerIsRestarting(c.id);
  r.freezer.freeze();
  c.state.paused = true;
  d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
}
