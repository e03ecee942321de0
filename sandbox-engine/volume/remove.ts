/**
 * What removing a container does to its volumes (moby v28.5.2 daemon/mounts.go
 * removeMountPoints): its references go (they are read from the containers, so removing the
 * container is enough), and with `docker rm -v` / `--rm` its anonymous volumes are removed too:
 * those whose mount request named no source (image VOLUME, `-v /path`, `--mount` without src, and
 * the same volumes reached through `--volumes-from`). A volume another container still uses stays,
 * silently; named volumes always stay.
 */
import type { Container } from '../container/container.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { mountPointsOf } from './mount-points.ts';
import { unmountVolumes } from './setup.ts';

/** Call after the container is gone from the store. */
export function removeMountPoints(d: Daemon, c: Container, removeVolume: boolean): void {
  unmountVolumes(d, c);
  if (!removeVolume) return;
  for (const m of mountPointsOf(c)) {
    if (m.Type !== 'volume' || m.Name === '' || (m.Spec.Source ?? '') !== '') continue;
    if (!d.volumes.has(m.Name) || d.volumes.refs(m.Name).length > 0) continue;
    try {
      d.volumes.remove(m.Name);
    } catch {
      // moby logs other errors and carries on.
    }
  }
}
