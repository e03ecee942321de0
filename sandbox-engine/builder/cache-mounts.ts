/**
 * `RUN --mount=type=cache` directories: BuildKit keeps them as cache snapshots of their own
 * (solver/llbsolver/mounts/mount.go getRefCacheDir), outside every image layer, and hands the
 * same directory to later builds with the same id until `docker builder prune`. Here: one file
 * system per id, per daemon, in memory; the first use makes its root with the mount's mode/uid/gid.
 * A --no-cache build starts each cache mount afresh, and that fresh one is what later builds
 * see (recorded with BuildKit: runs 1, 2, then --no-cache 3, then 4 printed `run 3`, `run 4`).
 */
import type { Daemon } from '../daemon/daemon.ts';
import { MemFs } from '../vfs/memfs.ts';

const stores = new WeakMap<Daemon, Map<string, MemFs>>();

export function cacheMountFs(d: Daemon, id: string, root: { mode: number; uid: number; gid: number }, fresh = false): MemFs {
  let m = stores.get(d);
  if (!m) {
    m = new Map();
    stores.set(d, m);
  }
  let fs = m.get(id);
  if (!fs || fresh) {
    fs = new MemFs({ clock: d.host.clock, dev: d.layers.mountDev(), rootMode: root.mode });
    if (root.uid !== 0 || root.gid !== 0) fs.setattr('/', { uid: root.uid, gid: root.gid });
    m.set(id, fs);
  }
  return fs;
}

/** `docker builder prune` removed the cache mount's record (build-cache-usage.ts): its files go. */
export function forgetCacheMount(d: Daemon, id: string): void {
  stores.get(d)?.delete(id);
}
