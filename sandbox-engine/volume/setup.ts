/**
 * A container's volumes, binds and tmpfs mounts at start, the daemon's half (moby v28.5.2
 * daemon/volumes_unix.go setupMounts, volume/mounts/mounts.go MountPoint.Setup,
 * container/container_unix.go TmpfsMounts, daemon/oci_linux.go withMounts):
 *
 * - a volume is mounted through its driver (local volumes with options get their tmpfs or bind
 *   on `_data` now) and its `_data` (or `volume-subpath` in it) is what gets bound;
 * - a `-v /host:/ctr` bind creates a missing host directory (0755, root); `--mount type=bind`
 *   never does;
 * - `--tmpfs` and `--mount type=tmpfs` entries get their options merged;
 * - everything is sorted by depth and handed to the runtime (runtime-mounts.ts).
 *
 * `unmountVolumes` gives the volumes back when the container stops.
 */
import type { Container } from '../container/container.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { DaemonError, system } from '../errdefs/errors.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { ROOT } from '../vfs/types.ts';
import { isFsError } from '../vfs/errors.ts';
import { isWithin, join, normalize, splitPath } from '../vfs/path.ts';
import { convertTmpfsOptions, MountParseError } from './mounts/parser.ts';
import { applyMount, RuntimeMountError, type RuntimeMount } from './runtime-mounts.ts';
import { goErrnoText } from './go-errno.ts';
import { tmpfsMountOptions } from './mounts/tmpfs-options.ts';
import { mountPointsOf } from './mount-points.ts';
import type { MountPoint } from './types.ts';
import type { ProcMount } from '../runtime/proc-mounts.ts';

/** container.TmpfsMounts: --tmpfs entries, then --mount type=tmpfs mount points. */
export function tmpfsMounts(c: Container): Array<{ destination: string; data: string }> {
  const out = Object.entries(c.hostConfig.Tmpfs ?? {}).map(([destination, data]) => ({ destination, data }));
  for (const m of mountPointsOf(c)) {
    if (m.Type === 'tmpfs') out.push({ destination: m.Destination, data: convertTmpfsOptions(m.Spec.TmpfsOptions, m.Spec.ReadOnly ?? false) });
  }
  return out;
}

/** The merged options, or createSpec's error (a System error at start, as moby returns it). */
function tmpfsOptions(data: string): string[] {
  try {
    return tmpfsMountOptions(data);
  } catch (e) {
    if (e instanceof MountParseError) throw system(e.message);
    throw e;
  }
}

/** setupMounts: mount points set up on the host side, in the order runc gets them. */
function setupMounts(d: Daemon, c: Container, forCopy: boolean): RuntimeMount[] {
  const tmpfs = tmpfsMounts(c);
  const tmpfsDests = new Set(tmpfs.map((t) => t.destination));
  const out: RuntimeMount[] = [];
  const held: string[] = [];
  try {
    for (const m of mountPointsOf(c)) {
      if (tmpfsDests.has(m.Destination)) continue;
      const source = setupMountPoint(d, m, held);
      out.push({ kind: 'bind', source, destination: m.Destination, writable: m.RW, nonRecursive: m.Spec.BindOptions?.NonRecursive ?? false });
    }
  } catch (e) {
    for (const name of held) d.volumes.local.unmount(name);
    throw e;
  }
  if (!forCopy) {
    const prev = d.volumes.mountedBy.get(c.id) ?? [];
    d.volumes.mountedBy.set(c.id, [...prev, ...held]);
    for (const t of tmpfs) out.push({ kind: 'tmpfs', destination: t.destination, options: tmpfsOptions(t.data) });
  } else {
    for (const name of held) d.volumes.local.unmount(name);
  }
  // sortMounts: fewer path components first (sort.Sort; kept stable here).
  const depth = (p: string) => (normalize(p).match(/\//g) ?? []).length;
  return out.map((m, i) => ({ m, i })).sort((a, b) => depth(a.m.destination) - depth(b.m.destination) || a.i - b.i).map((x) => x.m);
}

/**
 * MountPoint.Setup for a volume: mount it through its driver, then resolve `volume-subpath` in it
 * (internal/safepath Join: the path must exist and stay inside the volume). The caller unmounts
 * the volume (`d.volumes.local.unmount`) when done; on an error nothing stays mounted.
 */
export function setupVolume(d: Daemon, m: MountPoint): string {
  let path: string;
  try {
    path = d.volumes.local.mount(m.Name);
  } catch (e) {
    if (e instanceof DaemonError) throw new DaemonError(e.kind, `error while mounting volume '${m.Source}': ${e.message}`);
    throw e;
  }
  const sub = m.Spec.VolumeOptions?.Subpath;
  if (!sub) return path;
  try {
    return resolveSubpath(d, path, sub);
  } catch (e) {
    d.volumes.local.unmount(m.Name);
    throw e;
  }
}

/** safepath evaluatePath: symlinks resolved, the result inside the volume, or the error. */
function resolveSubpath(d: Daemon, base: string, sub: string): string {
  const fs = d.host.fs(ROOT);
  const combined = normalize(`${base}/${sub}`);
  let cur = base;
  for (const part of splitPath(combined.slice(base.length))) {
    cur = join(cur, part);
    if (!safeLstat(d, cur)) {
      throw new DaemonError('NotFound', `cannot access path ${combined}: lstat ${cur}: no such file or directory`);
    }
  }
  const real = fs.realpath(combined);
  if (real === base || !isWithin(real, base)) throw new DaemonError('InvalidParameter', `path concatenation escapes the base directory, base: ${base}, subpath: ${sub}`);
  return real;
}

function safeLstat(d: Daemon, path: string): boolean {
  try {
    d.host.fs(ROOT).lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** MountPoint.Setup: the host path to bind. */
function setupMountPoint(d: Daemon, m: MountPoint, held: string[]): string {
  if (m.Type === 'volume' && m.Name !== '') {
    const path = setupVolume(d, m);
    held.push(m.Name);
    return path;
  }
  if (m.SkipMountpointCreation) return m.Source;
  if (m.Type === 'bind') makeHostDir(d, m.Source);
  return m.Source;
}

/** user.MkdirAllAndChown(source, 0755, root, WithOnlyNew); a non-directory in the way is let be. */
function makeHostDir(d: Daemon, source: string): void {
  const fs = d.host.fs(ROOT).with({ umask: 0 });
  let cur = '/';
  for (const part of splitPath(source)) {
    cur = join(cur, part);
    try {
      if (fs.exists(cur)) continue;
      fs.mkdir(cur, 0o755);
    } catch (e) {
      if (isFsError(e, 'ENOTDIR')) return;
      if (isFsError(e)) throw system(`error while creating mount source path '${source}': mkdir ${cur}: ${goErrnoText(e.code)}`);
      throw e;
    }
  }
}


/**
 * Set up the container's mounts and put them into its mount namespace. Throws the daemon's error
 * (the container then stays as it was; nothing is left mounted).
 */
export function mountVolumes(d: Daemon, c: Container, vfs: Vfs): ProcMount[] {
  try {
    return setupMounts(d, c, false).map((m) => applyMount(d, vfs, m));
  } catch (e) {
    unmountVolumes(d, c);
    // containerStart's deferred cleanup: State.Error, and ExitCode 128 unless the runtime's
    // error set one (setExitCodeFromError: 127 for a mount onto the wrong kind of file).
    if (e instanceof DaemonError) {
      c.state.error = e.message;
      if (e instanceof RuntimeMountError) c.state.exitCode = e.exitCode;
      else if (c.state.exitCode === 0) c.state.exitCode = 128;
    }
    throw e;
  }
}

/**
 * The same mounts for `docker cp` and friends (moby archive: openContainerFS → setupMounts): the
 * volumes and binds, not the tmpfs mounts. Volumes that need mounting are mounted only while the
 * mounts are made (the copy reads the host paths they stand for).
 */
export function mountVolumesForCopy(d: Daemon, c: Container, vfs: Vfs): void {
  for (const m of setupMounts(d, c, true)) {
    try {
      applyMount(d, vfs, m);
    } catch {
      // A mount that cannot be made leaves the path as the container's layer has it.
    }
  }
}

/** The container stopped: its volumes lose one active user each. */
export function unmountVolumes(d: Daemon, c: Container): void {
  for (const name of d.volumes.mountedBy.get(c.id) ?? []) d.volumes.local.unmount(name);
  d.volumes.mountedBy.delete(c.id);
}
