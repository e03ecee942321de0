/**
 * The runtime's half of a container's mounts (runc v1.3.3 libcontainer/rootfs_linux.go
 * mountToRootfs, createIfNotExists): each mount the daemon prepared goes into the container's
 * mount namespace (its Vfs), after its mount point is made:
 *
 * - a missing mount point is created as root in whatever is mounted there already (an `A /data`
 *   in `docker diff` when that is the container's layer): an empty 0644 file for a file bind,
 *   directories (0755) otherwise, following the container's symlinks in scope;
 * - binds are recursive (rbind): what the host has mounted under the source comes along;
 * - a tmpfs is a fresh, empty in-memory file system whose root takes the mode of the directory
 *   it covers (runc 1.2+) unless its options say `mode=`;
 * - a bind onto the wrong kind of file fails as runc fails it.
 */
import type { Daemon } from '../daemon/daemon.ts';
import { DaemonError } from '../errdefs/errors.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { ROOT, type Backend } from '../vfs/types.ts';
import { FsError, isFsError } from '../vfs/errors.ts';
import { isWithin, join, splitPath } from '../vfs/path.ts';
import { tmpfsRootAttrs } from './local/mount-syscall.ts';
import { Tmpfs } from './tmpfs.ts';
import { goErrnoText } from './go-errno.ts';
import { diskBind, tmpfsLine, type ProcMount } from '../runtime/proc-mounts.ts';

/** One mount as the runtime gets it (container.Mount, or a tmpfs with its merged options). */
export type RuntimeMount =
  | { kind: 'bind'; source: string; destination: string; writable: boolean; nonRecursive: boolean }
  | { kind: 'tmpfs'; destination: string; options: string[] };

/** Mounts `m` in the container's namespace; returns its /proc/mounts line. */
export function applyMount(d: Daemon, vfs: Vfs, m: RuntimeMount): ProcMount {
  if (m.kind === 'tmpfs') {
    const options = m.options;
    const dest = makeMountpoint(vfs, m.destination, false, () => mountFailure('tmpfs', m.destination, 0xe, 'not a directory'));
    const existing = vfs.lstatReal(dest);
    // runc 1.2+: the tmpfs takes the mode of the directory it covers; options may override it.
    const attrs = tmpfsRootAttrs(options.join(','), { mode: existing ? existing.mode & 0o7777 : 0o755, uid: 0, gid: 0 });
    const readOnly = options.includes('ro');
    // moby's defaults for tmpfs are noexec,nosuid,nodev; a later `exec` in the options wins.
    const noexec = options.lastIndexOf('noexec') > options.lastIndexOf('exec');
    const fs = new Tmpfs({ clock: d.host.clock, dev: d.layers.mountDev(), rootMode: attrs.mode });
    fs.setattr('/', { uid: attrs.uid, gid: attrs.gid });
    vfs.mount(dest, fs, { readOnly, noexec });
    return tmpfsLine(m.destination, options, attrs);
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
  const readOnly = !m.writable || src.mount.readOnly;
  vfs.mount(dest, src.mount.backend, { source: src.bpath, readOnly });
  // A volume whose driver mounted a tmpfs on _data shows as that tmpfs; anything else is the disk.
  const line: ProcMount =
    src.mount.backend instanceof Tmpfs
      ? { source: 'tmpfs', destination: m.destination, fstype: 'tmpfs', options: `${readOnly ? 'ro' : 'rw'},relatime` }
      : diskBind(m.destination, !readOnly);
  if (m.nonRecursive || isFile) return line;
  // rbind: the host's mounts below the source come along.
  for (const sub of [...d.host.vfs.mountTable()].reverse()) {
    if (sub.target === real || !isWithin(sub.target, real)) continue;
    vfs.mount(dest + sub.target.slice(real === '/' ? 0 : real.length), sub.backend, { source: sub.source, readOnly: !m.writable || sub.readOnly });
  }
  return line;
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
export class RuntimeMountError extends DaemonError {
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
