/**
 * GET /containers/{name}/export (moby v28.5.2 daemon/export.go): the container's root file system
 * as one tar, i.e. its writable layer mounted over the init layer and the image (what
 * `rwl.Mount()` gives: no volumes, and /proc, /sys and /dev only as the directories and files of
 * the init layer), archived like a layer but without whiteout conversion (archive/diff.ts).
 */
import { conflict } from '../errdefs/errors.ts';
import { stateString } from '../container/state.ts';
import { layerTar } from '../archive/diff.ts';
import type { Daemon } from './daemon.ts';

export function exportContainer(d: Daemon, name: string): Uint8Array {
  const c = d.containers.get(name);
  const status = stateString(c.state);
  if (status === 'dead') throw conflict(`You cannot export container ${c.id} which is Dead`);
  if (status === 'removing') throw conflict(`You cannot export container ${c.id} which is being removed`);
  const wasMounted = c.rwLayer.isMounted();
  try {
    return layerTar(c.rwLayer.mount(), { whiteouts: 'none' });
  } finally {
    if (!wasMounted) c.rwLayer.unmount();
  }
}
