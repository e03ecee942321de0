/**
 * A container's volumes, binds and tmpfs mounts at start (moby v28.5.2 daemon/volumes_unix.go
 * setupMounts, mounts.go MountPoint.Setup, container_unix.go TmpfsMounts, oci_linux.go withMounts;
 * runc v1.3.3 libcontainer/rootfs_linux.go mountToRootfs / createIfNotExists):
 *
 * - a volume is mounted by its driver (local volumes with options get their tmpfs or bind on
 *   `_data` now) and its `_data` bound into the container;
 * - a `-v /host:/ctr` bind creates a missing host directory (0755, root); a `--mount type=bind`
 *   never does;
 * - `--tmpfs` and `--mount type=tmpfs` get a fresh, empty in-memory file system at every start,
 *   its mode taken from the directory it covers (runc 1.2+) unless the options say `mode=`;
 * - mounts go on in order of depth; a missing mount point is created first, as root, in whatever
 *   is mounted there already (an `A /data` in `docker diff` when that is the container's layer):
 *   an empty file for a file bind, directories (0755) otherwise.
 *
 * Binds are recursive (rbind): what the host has mounted under the source shows up too.
 * `unmountVolumes` gives the volumes back when the container stops.
 */
import type { Container } from '../container/container.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { DaemonError, system } from '../errdefs/errors.ts';
import { MemFs } from '../vfs/memfs.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { ROOT, type Backend } from '../vfs/types.ts';
import { FsError, isFsError } from '../vfs/errors.ts';
import { isWithin, join, normalize, splitPath } from '../vfs/path.ts';
import { tmpfsRootAttrs } from './local/mount-syscall.ts';
import { convertTmpfsOptions } from './mounts/parser.ts';
import { mountPointsOf } from './mount-points.ts';
import type { MountPoint } from './types.ts';

/** One mount as the runtime gets it (container.Mount / a tmpfs entry). */
type RuntimeMount =
  | { kind: 'bind'; source: string; destination: string; writable: boolean; nonRecursive: boolean }
  | { kind: 'tmpfs'; destination: string; data: string };

/** container.TmpfsMounts: --tmpfs entries, then --mount type=tmpfs mount points. */
export function tmpfsMounts(c: Container): Array<{ destination: string; data: string }> {
  const out = Object.entries(c.hostConfig.Tmpfs ?? {}).map(([destination, data]) => ({ destination, data }));
  for (const m of mountPointsOf(c)) {
    if (m.Type === 'tmpfs') out.push({ destination: m.Destination, data: convertTmpfsOptions(m.Spec.TmpfsOptions, m.Spec.ReadOnly ?? false) });
  }
  return out;
}

/** MountPoint.Path(): a volume's data directory, else the mount point's Source. */
export function mountPath(d: Daemon, m: MountPoint): string {
  if (m.Type === 'volume' && m.Name !== '' && d.volumes.has(m.Name)) return d.volumes.get(m.Name).Mountpoint;
  return m.Source;
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
    for (const t of tmpfs) out.push({ kind: 'tmpfs', destination: t.destination, data: t.data });
  } else {
    for (const name of held) d.volumes.local.unmount(name);
  }
  // sortMounts: fewer path components first (sort.Sort; kept stable here).
  const depth = (p: string) => (normalize(p).match(/\//g) ?? []).length;
  return out.map((m, i) => ({ m, i })).sort((a, b) => depth(a.m.destination) - depth(b.m.destination) || a.i - b.i).map((x) => x.m);
}

/** MountPoint.Setup: the host path to bind. */
function setupMountPoint(d: Daemon, m: MountPoint, held: string[]): string {
  if (m.Type === 'volume' && m.Name !== '') {
    let path: string;
    try {
      path = d.volumes.local.mount(m.Name);
    } catch (e) {
      if (e instanceof DaemonError) throw new DaemonError(e.kind, `error while mounting volume '${m.Source}': ${e.message}`);
      throw e;
    }
    held.push(m.Name);
    const sub = m.Spec.VolumeOptions?.Subpath;
    return sub ? join(path, sub) : path;
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

function goErrnoText(code: string): string {
  const map: Record<string, string> = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'not a directory',
    EACCES: 'permission denied',
    EROFS: 'read-only file system',
    EEXIST: 'file exists',
  };
  return map[code] ?? code.toLowerCase();
}

/**
 * Set up the container's mounts and put them into its mount namespace. Throws the daemon's error
 * (the container then stays as it was; nothing is left mounted).
 */
export function mountVolumes(d: Daemon, c: Container, vfs: Vfs): void {
  try {
    const mounts = setupMounts(d, c, false);
    try {
      for (const m of mounts) applyMount(d, vfs, m);
    } catch (e) {
      unmountVolumes(d, c);
      throw e;
    }
  } catch (e) {
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

function applyMount(d: Daemon, vfs: Vfs, m: RuntimeMount): void {
  if (m.kind === 'tmpfs') {
    const dest = makeMountpoint(vfs, m.destination, false, () => mountFailure('tmpfs', m.destination, 0xe, 'not a directory'));
    const existing = vfs.lstatReal(dest);
    // runc 1.2+: the tmpfs takes the mode of the directory it covers; options may override it.
    const attrs = tmpfsRootAttrs(m.data, { mode: existing ? existing.mode & 0o7777 : 0o755, uid: 0, gid: 0 });
    const readOnly = m.data.split(',').includes('ro');
    const fs = new MemFs({ clock: d.host.clock, dev: d.layers.mountDev(), rootMode: attrs.mode, readOnly });
    fs.setattr('/', { uid: attrs.uid, gid: attrs.gid });
    vfs.mount(dest, fs, { readOnly });
    return;
  }
  const host = d.host.fs(ROOT);
  let real: string;
  try {
    real = host.realpath(m.source);
  } catch (e) {
    if (isFsError(e)) throw runcError(`error mounting ${JSON.stringify(m.source)} to rootfs at ${JSON.stringify(m.destination)}: stat ${m.source}: ${goErrnoText(e.code)}`);
    throw e;
  }
  const isFile = host.stat(real).kind !== 'dir';
  const flags = 0x1000 | (m.nonRecursive ? 0 : 0x4000);
  const dest = makeMountpoint(vfs, m.destination, isFile, () => mountFailure(m.source, m.destination, flags, 'not a directory'));
  const st = vfs.lstatReal(dest);
  if (st && (st.kind === 'dir') === isFile) throw mountFailure(m.source, m.destination, flags, 'not a directory');
  const src = d.host.vfs.mountFor(real);
  vfs.mount(dest, src.mount.backend, { source: src.bpath, readOnly: !m.writable || src.mount.readOnly });
  if (m.nonRecursive || isFile) return;
  // rbind: the host's mounts below the source come along.
  for (const sub of [...d.host.vfs.mountTable()].reverse()) {
    if (sub.target === real || !isWithin(sub.target, real)) continue;
    vfs.mount(dest + sub.target.slice(real === '/' ? 0 : real.length), sub.backend, { source: sub.source, readOnly: !m.writable || sub.readOnly });
  }
}

/**
 * createIfNotExists in the container's root, following its symlinks in scope: directories 0755,
 * or an empty 0644 file as the last component of a file bind. Made directly on the backends, as
 * runc does before the root is made read-only. Returns the real path.
 */
function makeMountpoint(vfs: Vfs, destination: string, isFile: boolean, notDir: () => DaemonError): string {
  const parts = splitPath(destination);
  let cur = '/';
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    let r;
    try {
      r = vfs.resolve(join(cur, parts[i]), '/', ROOT, true, 'mkdir');
    } catch (e) {
      if (e instanceof FsError && e.code === 'ENOTDIR') throw notDir();
      throw e;
    }
    if (!r.stat) {
      if (last && isFile) r.mount.backend.create(r.bpath, 'file', { mode: 0o644, uid: 0, gid: 0 });
      else createDir(r.mount.backend, r.bpath);
    } else if (!last && r.stat.kind !== 'dir') throw notDir();
    cur = r.path;
  }
  return cur;
}

function createDir(b: Backend, path: string): void {
  b.create(path, 'dir', { mode: 0o755, uid: 0, gid: 0 });
}

const MS_NAMES: Array<[string, number]> = [
  ['MS_RDONLY', 0x1],
  ['MS_NOSUID', 0x2],
  ['MS_NODEV', 0x4],
  ['MS_NOEXEC', 0x8],
  ['MS_BIND', 0x1000],
  ['MS_REC', 0x4000],
];

/**
 * runc's mountError for a mount onto the wrong kind of file (runc v1.3.3 mount_linux.go; the
 * destination fd number is the one runc typically gets, not checked against a live runc 1.3.3).
 */
function mountFailure(source: string, destination: string, flags: number, err: string): DaemonError {
  const names = MS_NAMES.filter(([, bit]) => (flags & bit) === bit).map(([n]) => n).join('|');
  return runcError(
    `error mounting ${JSON.stringify(source)} to rootfs at ${JSON.stringify(destination)}: mount src=${source}, dst=${destination}, dstFd=/proc/thread-self/fd/7, flags=${names}: ${err}`,
  );
}

/** A runtime failure while mounting, with the exit code moby records for it. */
class RuntimeMountError extends DaemonError {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super('System', message);
    this.exitCode = exitCode;
  }
}

/** The OCI runtime's start error as Engine 28 words it (see daemon/start.ts startError). */
function runcError(message: string): DaemonError {
  let desc = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${message}: unknown`;
  // daemon/errors.go setExitCodeFromError: a "not a directory" failure gets a hint.
  if (desc.toLowerCase().includes('not a directory')) {
    desc += ': Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type';
    return new RuntimeMountError(desc, 127);
  }
  return new RuntimeMountError(desc, 127);
}
