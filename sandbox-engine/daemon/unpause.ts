/** POST /containers/{id}/unpause (moby v28.5.2 daemon/unpause.go): thaw a paused container. */
import { system } from '../errdefs/errors.ts';
import type { Daemon } from './daemon.ts';
import { errNotRunning } from './kill.ts';
import { containerConfigJSON } from './persist.ts';

export function unpauseContainer(d: Daemon, name: string): void {
  const c = d.containers.get(name);
  // A plain error in moby (HTTP 500), checked before the running state.
  if (!c.state.paused) throw system(`Container ${c.id} is not paused`);
  const r = d.running.get(c.id);
  if (!c.state.running || !r) throw errNotRunning(c.id);
  r.freezer.thaw();
  c.state.paused = false;
  d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
}
