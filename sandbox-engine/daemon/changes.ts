/**
 * GET /containers/{id}/changes (moby v28.5.2 daemon/changes.go): what the container's RW layer
 * changed against its image (`docker diff`), running or not. Paths under mounts (volumes, binds,
 * /etc/hosts and friends) are not in the layer, so they never show.
 */
import type { Change } from '../archive/changes.ts';
import type { Daemon } from './daemon.ts';

export function containerChanges(d: Daemon, name: string): Change[] {
  const c = d.containers.get(name);
  return c.rwLayer.changes();
}
