/**
 * The archive endpoints `docker cp` uses (moby v28.5.2 daemon/archive.go, archive_unix.go):
 *
 * - HEAD /containers/{id}/archive → `statPath`: name, size, mode, mtime, link target;
 * - GET  → `archivePath`: a tar of the path (a directory's entries named after it, `d1/…`);
 * - PUT  → `extractToDir`: unpack a tar into a directory of the container.
 *
 * They work on the container's file system as dockerd mounts it for the copy: the writable layer
 * over its image (running or not; a write lands in the upper dir as any write does) with the
 * per-container /etc/hostname, /etc/hosts and /etc/resolv.conf on top once it has run, and its
 * volumes and binds (not tmpfs) mounted as they are at start. /proc,
 * /sys and /dev are the image's plain directories there. A missing path is NotFound
 * `Could not find the file <path> in container <name>`.
 */
import { invalidParameter, notFound, system } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { Vfs } from '../vfs/vfs.ts';
import { ROOT, type Content, type FileSystem, type Stat } from '../vfs/types.ts';
import { FsError, isFsError } from '../vfs/errors.ts';
import { readGroups, readPasswd } from '../host/users.ts';
import {
  CopyError,
  goPathError,
  baseName,
  cleanPath,
  joinPath,
  preserveTrailingDotOrSeparator,
  tarWithOptions,
  untar,
  type ArchiveEntry,
  type TreeSource,
} from '../archive/copy.ts';
import type { Daemon } from './daemon.ts';
import { mountVolumesForCopy } from '../volume/setup.ts';
import { mountPointsOf } from '../volume/mount-points.ts';

/** api/types/container.PathStat (Mode as Go's os.FileMode bits). */
export interface PathStat {
  name: string;
  size: number;
  mode: number;
  /** ms */
  mtime: number;
  linkTarget: string;
}

/** Go os.FileMode type bits. */
export const MODE_DIR = 0x80000000;
export const MODE_SYMLINK = 0x08000000;
const MODE_DEVICE = 0x04000000;
const MODE_NAMED_PIPE = 0x02000000;
const MODE_SOCKET = 0x01000000;
const MODE_SETUID = 0x00800000;
const MODE_SETGID = 0x00400000;
const MODE_CHAR_DEVICE = 0x00200000;
const MODE_STICKY = 0x00100000;

export function goFileMode(st: Stat): number {
  let m = st.mode & 0o777;
  if (st.mode & 0o4000) m |= MODE_SETUID;
  if (st.mode & 0o2000) m |= MODE_SETGID;
  if (st.mode & 0o1000) m |= MODE_STICKY;
  switch (st.kind) {
    case 'dir':
      m |= MODE_DIR;
      break;
    case 'symlink':
      m |= MODE_SYMLINK;
      break;
    case 'chardev':
      m |= MODE_DEVICE | MODE_CHAR_DEVICE;
      break;
    case 'fifo':
      m |= MODE_NAMED_PIPE;
      break;
    case 'socket':
      m |= MODE_SOCKET;
      break;
  }
  return m >>> 0;
}

const fileNotFound = (path: string, name: string) => notFound(`Could not find the file ${path} in container ${name}`);

/**
 * Run `fn` on the container's file system as the copy sees it: its layer is mounted for the call
 * and unmounted after it unless the container was using the mount (moby's Mount / Unmount).
 */
export function withContainerFS<T>(d: Daemon, c: Container, fn: (vfs: Vfs) => T): T {
  const wasMounted = c.rwLayer.isMounted();
  try {
    return fn(containerFS(d, c));
  } finally {
    if (!wasMounted) c.rwLayer.unmount();
  }
}

function containerFS(d: Daemon, c: Container): Vfs {
  const vfs = new Vfs(c.rwLayer.mount());
  const host = d.host.fs(ROOT);
  const dir = d.layout.containerDir(c.id);
  for (const f of ['hostname', 'hosts', 'resolv.conf']) {
    if (host.exists(`${dir}/${f}`) && vfs.view(ROOT).exists(`/etc/${f}`)) vfs.mount(`/etc/${f}`, d.host.rootfs, { source: `${dir}/${f}` });
  }
  // openContainerFS → setupMounts: the copy sees volumes and binds, not what lies under them.
  mountVolumesForCopy(d, c, vfs);
  return vfs;
}

/** A Vfs as a TreeSource that keeps synthetic file content synthetic. */
function vfsSource(vfs: Vfs): TreeSource {
  const fs = vfs.view(ROOT);
  return {
    lstat(path) {
      try {
        return fs.lstat(path);
      } catch (e) {
        if (isFsError(e, 'ENOENT') || isFsError(e, 'ENOTDIR')) return null;
        throw e;
      }
    },
    readdir: (p) => fs.readdir(p),
    read(p): Content {
      const r = vfs.resolve(p, '/', ROOT, false, 'open');
      return r.mount.backend.read(r.bpath);
    },
    readlink: (p) => fs.readlink(p),
  };
}

/** symlink.FollowSymlinkInScope(path, "/"): resolve every link, tolerating a missing tail. */
function followInScope(fs: FileSystem, path: string): string {
  let cur = '/';
  const pending = cleanPath(path).split('/').filter((x) => x).reverse();
  let hops = 0;
  while (pending.length > 0) {
    const part = pending.pop()!;
    const next = joinPath(cur, part);
    let st: Stat | null = null;
    try {
      st = fs.lstat(next);
    } catch {
      st = null;
    }
    if (st?.kind === 'symlink') {
      if (++hops > 255) throw new FsError('ELOOP', 'lstat', path);
      const target = fs.readlink(next);
      const parts = target.split('/').filter((x) => x);
      for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
      if (target.startsWith('/')) cur = '/';
      continue;
    }
    cur = part === '..' ? joinPath(cur, '..') : next;
  }
  return cur;
}

function statIn(fs: FileSystem, path: string): PathStat {
  const st = fs.lstat(path);
  return {
    name: baseName(path),
    size: st.size,
    mode: goFileMode(st),
    mtime: st.mtime,
    linkTarget: st.kind === 'symlink' ? followInScope(fs, path) : '',
  };
}

function wrap(e: unknown, path: string, name: string): never {
  if (isFsError(e, 'ENOENT')) throw fileNotFound(path, name);
  if (isFsError(e)) throw system(goPathError(e.syscall, e.path, e));
  throw e;
}

export function statPath(d: Daemon, name: string, path: string): PathStat {
  const c = d.containers.get(name);
  return withContainerFS(d, c, (vfs) => {
    try {
      return statIn(vfs.view(ROOT), joinPath('/', path));
    } catch (e) {
      wrap(e, path, name);
    }
  });
}

/** GET /containers/{name}/archive?path=… */
export function archivePath(d: Daemon, name: string, path: string): { entries: ArchiveEntry[]; stat: PathStat } {
  const c = d.containers.get(name);
  return withContainerFS(d, c, (vfs) => archiveIn(vfs, name, path));
}

function archiveIn(vfs: Vfs, name: string, path: string): { entries: ArchiveEntry[]; stat: PathStat } {
  const abs = preserveTrailingDotOrSeparator(joinPath('/', path), path);
  let stat: PathStat;
  try {
    stat = statIn(vfs.view(ROOT), abs);
  } catch (e) {
    wrap(e, path, name);
  }
  let sourceDir = abs;
  let sourceBase = '.';
  if ((stat.mode & MODE_DIR) === 0) {
    const i = abs.lastIndexOf('/');
    sourceDir = abs.slice(0, i + 1);
    sourceBase = abs.slice(i + 1);
  }
  const entries = tarWithOptions(vfsSource(vfs), sourceDir, {
    includeFiles: [sourceBase],
    includeSourceDir: true,
    rebaseNames: { [sourceBase]: baseName(abs) },
  });
  return { entries, stat };
}

/** tarCopyOptions: with -a, files belong to the container's user (looked up in its /etc/passwd). */
function containerOwner(fs: FileSystem, user: string): { uid: number; gid: number } {
  const [u, g = ''] = user.split(':', 2);
  let uid = 0;
  let gid = 0;
  if (u !== '') {
    if (/^\d+$/.test(u)) {
      uid = Number(u);
      gid = readPasswd(fs).find((p) => p.uid === uid)?.gid ?? 0;
    } else {
      const p = readPasswd(fs).find((x) => x.name === u);
      if (!p) throw invalidParameter(`failed to look up user "${u}" in container: no matching entries in passwd file`);
      uid = p.uid;
      gid = p.gid;
    }
  }
  if (g !== '') {
    if (/^\d+$/.test(g)) gid = Number(g);
    else {
      const grp = readGroups(fs).find((x) => x.name === g);
      if (!grp) throw invalidParameter(`failed to look up group "${g}" in container: no matching entries in group file`);
      gid = grp.gid;
    }
  }
  return { uid, gid };
}

export interface ExtractOptions {
  copyUIDGID?: boolean;
  noOverwriteDirNonDir?: boolean;
}

/**
 * moby v28.5.2 daemon/archive_unix.go:160 checkWritablePath: a path inside a mount point
 * (linux parser HasResource: the destination itself or below it) is writable when the mount is;
 * anywhere else, unless the root file system is read-only.
 */
function checkWritablePath(c: Container, abs: string): void {
  const clean = cleanPath(abs);
  for (const m of mountPointsOf(c)) {
    const dest = cleanPath(m.Destination);
    if (clean === dest || clean.startsWith(dest === '/' ? '/' : `${dest}/`)) {
      if (m.RW) return;
      throw invalidParameter('mounted volume is marked read-only');
    }
  }
  if (c.hostConfig.ReadonlyRootfs) throw invalidParameter('container rootfs is marked read-only');
}

/** PUT /containers/{name}/archive?path=…: `path` must be a directory (symlinks followed). */
export function extractToDir(d: Daemon, name: string, path: string, entries: readonly ArchiveEntry[], opts: ExtractOptions = {}): void {
  const c = d.containers.get(name);
  withContainerFS(d, c, (vfs) => extractIn(vfs.view(ROOT, '/', 0o022), c, name, path, entries, opts));
}

function extractIn(fs: FileSystem, c: Container, name: string, path: string, entries: readonly ArchiveEntry[], opts: ExtractOptions): void {
  let abs: string;
  try {
    abs = fs.realpath(joinPath('/', path));
  } catch (e) {
    wrap(e, path, name);
  }
  abs = preserveTrailingDotOrSeparator(abs, path);
  let st: Stat;
  try {
    st = fs.lstat(abs);
  } catch (e) {
    wrap(e, path, name);
  }
  if (st.kind !== 'dir') throw invalidParameter('extraction point is not a directory');
  checkWritablePath(c, abs);
  const chown = opts.copyUIDGID && c.config.User ? containerOwner(fs, c.config.User) : undefined;
  try {
    untar(entries, abs, fs, { noOverwriteDirNonDir: opts.noOverwriteDirNonDir, chown });
  } catch (e) {
    if (e instanceof CopyError) throw system(e.message);
    wrap(e, path, name);
  }
}
