/**
 * The path layer over backends, as a kernel's VFS: a mount table (longest mount point wins),
 * component-by-component lookup that follows symlinks (at most 40, then ELOOP), permission checks
 * against a process's credentials, read-only mounts (EROFS) and character devices.
 *
 * Processes use it through `FsView` (a `FileSystem` bound to a cwd, credentials and umask).
 *
 * Example:
 *   const vfs = new Vfs(new MemFs({ clock, dev: 1 }));
 *   const fs = vfs.view({ uid: 1000, gid: 1000, groups: [1000] }, '/home/student');
 *   fs.writeFile('notes.txt', 'hi\n');          // /home/student/notes.txt, mode 0644
 */
import { FsError } from './errors.ts';
import type { AccessMode, Backend, Cred, FileSystem, OpenWriteOptions, ReadHandle, Stat, WriteHandle } from './types.ts';
import { isWithin, join, normalize, parentOf, splitPath } from './path.ts';
import { fromUtf8, utf8 } from '../util/text.ts';

const MAX_SYMLINKS = 40;
const TRAILING_DIR = /\/\.?\/*$/;
const MAX_NAME = 255;

export interface Mount {
  /** Normalized absolute mount point. */
  readonly target: string;
  readonly backend: Backend;
  /** Directory inside the backend that appears at `target` (a bind of a subtree). */
  readonly source: string;
  readonly readOnly: boolean;
  /** Mounted noexec: no file on it may be executed (EACCES), as tmpfs mounts in containers. */
  readonly noexec?: boolean;
}

/** A character device's behaviour, keyed by rdev (major*256+minor). */
export interface Device {
  read(): Uint8Array;
  write(data: Uint8Array): void;
}

interface Resolved {
  /** Real absolute path (no symlinks). */
  path: string;
  mount: Mount;
  /** Path inside the backend. */
  bpath: string;
  stat: Stat | null;
}

export class Vfs {
  private mounts: Mount[] = [];
  /** The same mounts by target: lookups walk up a path's parents instead of scanning every mount. */
  private byTarget = new Map<string, Mount>();
  readonly devices = new Map<number, Device>();

  constructor(root: Backend) {
    this.mounts.push({ target: '/', backend: root, source: '/', readOnly: root.readOnly });
    this.byTarget.set('/', this.mounts[0]);
  }

  mount(target: string, backend: Backend, opts: { source?: string; readOnly?: boolean; noexec?: boolean } = {}): void {
    const t = normalize(target);
    this.mounts = this.mounts.filter((m) => m.target !== t);
    const mount: Mount = { target: t, backend, source: opts.source ?? '/', readOnly: opts.readOnly ?? backend.readOnly, noexec: opts.noexec ?? false };
    this.mounts.push(mount);
    this.byTarget.set(t, mount);
    // Longest target first, so the first match is the innermost mount.
    this.mounts.sort((a, b) => b.target.length - a.target.length);
  }

  unmount(target: string): void {
    const t = normalize(target);
    this.mounts = this.mounts.filter((m) => m.target !== t || t === '/');
    if (t !== '/') this.byTarget.delete(t);
  }

  mountTable(): readonly Mount[] {
    return this.mounts;
  }

  view(cred: Cred, cwd = '/', umask = 0o022): FsView {
    return new FsView(this, cred, normalize(cwd), umask);
  }

  mountFor(path: string): { mount: Mount; bpath: string } {
    return this.locate(isNormalized(path) ? path : normalize(path));
  }

  /**
   * mountFor for a path known to be normalized (resolve builds them component by component):
   * no re-normalizing, which made up a third of every lstat's cost.
   */
  private locate(path: string): { mount: Mount; bpath: string } {
    // The innermost mount is the one at the longest prefix: walk up from the path itself.
    let t = path;
    for (;;) {
      const m = this.byTarget.get(t);
      if (m) {
        const rest = m.target === '/' ? path : path.slice(m.target.length);
        const bpath = rest === '' ? '/' : rest;
        // Both parts are normalized already, so joining them needs no normalize().
        return { mount: m, bpath: m.source === '/' ? bpath : bpath === '/' ? m.source : m.source + bpath };
      }
      if (t === '/') break;
      const k = t.lastIndexOf('/');
      t = k <= 0 ? '/' : t.slice(0, k);
    }
    throw new Error('no root mount');
  }

  lstatReal(path: string): Stat | null {
    const { mount, bpath } = this.mountFor(path);
    return mount.backend.lstat(bpath);
  }

  isMountPoint(path: string): boolean {
    return path !== '/' && this.byTarget.has(path);
  }

  /**
   * Resolve `path` (relative to `cwd`) to a real path. Intermediate symlinks are always followed;
   * the last component only when `follow`. A missing last component is fine (stat null); a
   * missing intermediate one is ENOENT. Search permission is checked on every directory passed.
   */
  resolve(path: string, cwd: string, cred: Cred, follow: boolean, syscall: string): Resolved {
    if (path === '') throw new FsError('ENOENT', syscall, path);
    const pending = splitPath(path.startsWith('/') ? path : `${cwd}/${path}`).reverse();
    // The walk keeps the mount it is in: a child is in the same mount unless one sits exactly on
    // it, so each step costs one map lookup instead of a walk up every prefix.
    let at = this.locate('/');
    let cur = '/';
    let curStat = at.mount.backend.lstat(at.bpath);
    let links = 0;
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (name === '..') {
        if (curStat && curStat.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
        cur = parentOf(cur);
        at = this.locate(cur);
        curStat = at.mount.backend.lstat(at.bpath);
        continue;
      }
      if (!curStat || curStat.kind !== 'dir') throw new FsError(curStat ? 'ENOTDIR' : 'ENOENT', syscall, path);
      if (!canAccess(curStat, cred, 'x')) throw new FsError('EACCES', syscall, path);
      // A UTF-16 unit is at most 3 UTF-8 bytes: only a long name needs encoding to be measured.
      if (name.length * 3 > MAX_NAME && utf8(name).length > MAX_NAME) throw new FsError('ENAMETOOLONG', syscall, path);
      const next = join(cur, name);
      const nextAt = this.childOf(at, next, name);
      const st = nextAt.mount.backend.lstat(nextAt.bpath);
      const last = pending.length === 0;
      if (!st) {
        if (last) return { path: next, mount: nextAt.mount, bpath: nextAt.bpath, stat: null };
        throw new FsError('ENOENT', syscall, path);
      }
      if (st.kind === 'symlink' && (!last || follow)) {
        if (++links > MAX_SYMLINKS) throw new FsError('ELOOP', syscall, path);
        const target = nextAt.mount.backend.readlink(nextAt.bpath);
        if (target === '') throw new FsError('ENOENT', syscall, path);
        const parts = splitPath(target);
        for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
        if (target.startsWith('/')) {
          cur = '/';
          at = this.locate('/');
          curStat = at.mount.backend.lstat(at.bpath);
        }
        // A trailing `/.` keeps the link followed even when it was the last component.
        continue;
      }
      cur = next;
      at = nextAt;
      curStat = st;
    }
    return { path: cur, mount: at.mount, bpath: at.bpath, stat: curStat };
  }

  /** locate() of `next` = `dir`'s path + `/name`, given locate() of `dir`. */
  private childOf(dir: { mount: Mount; bpath: string }, next: string, name: string): { mount: Mount; bpath: string } {
    const m = this.byTarget.get(next);
    if (m) return { mount: m, bpath: m.source };
    return { mount: dir.mount, bpath: dir.bpath === '/' ? `/${name}` : `${dir.bpath}/${name}` };
  }
}

/** An absolute path with no empty, `.` or `..` component and no trailing slash (or just `/`). */
export function isNormalized(path: string): boolean {
  if (path === '/') return true;
  if (path[0] !== '/' || path.endsWith('/') || path.includes('//')) return false;
  return !path.includes('/.') || !/\/\.\.?(?:\/|$)/.test(path);
}

export function canAccess(st: Stat, cred: Cred, mode: AccessMode): boolean {
  const bit = mode === 'r' ? 4 : mode === 'w' ? 2 : 1;
  if (cred.uid === 0) {
    // Root may read and write anything; it may execute only what has some x bit (or a directory).
    return mode !== 'x' || st.kind === 'dir' || (st.mode & 0o111) !== 0;
  }
  let bits: number;
  if (st.uid === cred.uid) bits = (st.mode >> 6) & 7;
  else if (cred.groups.includes(st.gid) || st.gid === cred.gid) bits = (st.mode >> 3) & 7;
  else bits = st.mode & 7;
  return (bits & bit) !== 0;
}

/** A process's view: `FileSystem` over a `Vfs`, bound to cwd, credentials and umask. */
export class FsView implements FileSystem {
  readonly vfs: Vfs;
  readonly cred: Cred;
  readonly cwd: string;
  readonly umask: number;

  constructor(vfs: Vfs, cred: Cred, cwd: string, umask: number) {
    this.vfs = vfs;
    this.cred = cred;
    this.cwd = cwd;
    this.umask = umask;
  }

  with(opts: { cwd?: string; cred?: Cred; umask?: number }): FsView {
    return new FsView(this.vfs, opts.cred ?? this.cred, opts.cwd ? normalize(opts.cwd, this.cwd) : this.cwd, opts.umask ?? this.umask);
  }

  resolve(path: string): string {
    return normalize(path, this.cwd);
  }

  private res(path: string, follow: boolean, syscall: string): Resolved {
    return this.vfs.resolve(path, this.cwd, this.cred, follow, syscall);
  }

  private existing(path: string, follow: boolean, syscall: string): Resolved & { stat: Stat } {
    const r = this.res(path, follow, syscall);
    if (!r.stat) throw new FsError('ENOENT', syscall, path);
    // A trailing `/` or `/.` names a directory: anything else is ENOTDIR, as on Linux.
    if (TRAILING_DIR.test(path) && r.stat.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
    return r as Resolved & { stat: Stat };
  }

  stat(path: string): Stat {
    return this.existing(path, true, 'stat').stat;
  }

  lstat(path: string): Stat {
    // `lstat("link/")` follows the link, as on Linux.
    return this.existing(path, path.endsWith('/'), 'lstat').stat;
  }

  exists(path: string): boolean {
    try {
      return this.res(path, true, 'stat').stat !== null;
    } catch {
      return false;
    }
  }

  readdir(path: string): string[] {
    const r = this.existing(path, true, 'scandir');
    if (r.stat.kind !== 'dir') throw new FsError('ENOTDIR', 'scandir', path);
    if (!canAccess(r.stat, this.cred, 'r')) throw new FsError('EACCES', 'scandir', path);
    return r.mount.backend.readdir(r.bpath);
  }

  readFile(path: string): Uint8Array {
    const r = this.existing(path, true, 'open');
    if (r.stat.kind === 'dir') {
      if (!canAccess(r.stat, this.cred, 'r')) throw new FsError('EACCES', 'open', path);
      throw new FsError('EISDIR', 'read', path);
    }
    if (!canAccess(r.stat, this.cred, 'r')) throw new FsError('EACCES', 'open', path);
    if (r.stat.kind === 'chardev') return this.device(r.stat, path).read();
    if (r.stat.kind === 'fifo') return new Uint8Array(0);
    const c = r.mount.backend.read(r.bpath);
    if (c instanceof Uint8Array) return c.slice();
    const out = new Uint8Array(c.size);
    out.set(c.head.subarray(0, Math.min(c.head.length, c.size)));
    return out;
  }

  openRead(path: string): ReadHandle {
    const r = this.existing(path, true, 'open');
    if (r.stat.kind === 'chardev') {
      if (!canAccess(r.stat, this.cred, 'r')) throw new FsError('EACCES', 'open', path);
      const dev = this.device(r.stat, path);
      return { read: () => {
        const d = dev.read();
        return d.length > 0 ? d : null;
      } };
    }
    let data: Uint8Array | null = this.readFile(path);
    return {
      read: () => {
        const d = data;
        data = null;
        return d && d.length > 0 ? d : null;
      },
    };
  }

  /** The first `n` bytes of a file, without materializing synthetic content. */
  readHead(path: string, n: number): Uint8Array {
    const r = this.existing(path, true, 'open');
    if (r.stat.kind === 'dir') throw new FsError('EISDIR', 'read', path);
    if (!canAccess(r.stat, this.cred, 'r')) throw new FsError('EACCES', 'open', path);
    if (r.stat.kind !== 'file') return new Uint8Array(0);
    const c = r.mount.backend.read(r.bpath);
    if (c instanceof Uint8Array) return c.slice(0, n);
    const out = new Uint8Array(Math.min(n, c.size));
    out.set(c.head.subarray(0, out.length));
    return out;
  }

  readText(path: string): string {
    return fromUtf8(this.readFile(path));
  }

  writeFile(path: string, data: Uint8Array | string, opts: OpenWriteOptions = {}): void {
    const h = this.openWrite(path, opts);
    h.write(typeof data === 'string' ? utf8(data) : data);
    h.close();
  }

  openWrite(path: string, opts: OpenWriteOptions = {}): WriteHandle {
    const r = this.res(path, true, 'open');
    if (r.stat && opts.exclusive) throw new FsError('EEXIST', 'open', path);
    if (!r.stat) {
      if (path.endsWith('/')) throw new FsError('EISDIR', 'open', path);
      this.checkCreate(r, 'open', path);
      r.mount.backend.create(r.bpath, 'file', { mode: (opts.mode ?? 0o666) & ~this.umask, uid: this.cred.uid, gid: this.newGid(r.path) });
      r.stat = r.mount.backend.lstat(r.bpath);
    } else {
      if (r.stat.kind === 'dir') throw new FsError('EISDIR', 'open', path);
      if (!canAccess(r.stat, this.cred, 'w')) throw new FsError('EACCES', 'open', path);
      if (r.stat.kind === 'chardev') {
        const dev = this.device(r.stat, path);
        return { write: (d) => dev.write(d), close: () => {} };
      }
      if (r.stat.kind === 'fifo') return { write: () => {}, close: () => {} };
      if (r.mount.readOnly) throw new FsError('EROFS', 'open', path);
    }
    const backend = r.mount.backend;
    const bpath = r.bpath;
    const append = opts.append ?? false;
    let pending = !append && (opts.truncate ?? true);
    if (pending) {
      backend.truncate(bpath, 0);
      pending = false;
    }
    let offset = 0;
    return {
      write(d: Uint8Array) {
        if (append) backend.write(bpath, d, 'end', false);
        else {
          backend.write(bpath, d, offset, false);
          offset += d.length;
        }
      },
      close() {},
    };
  }

  mkdir(path: string, mode = 0o777): void {
    const r = this.res(path, false, 'mkdir');
    if (r.stat) throw new FsError('EEXIST', 'mkdir', path);
    this.checkCreate(r, 'mkdir', path);
    const parent = this.vfs.lstatReal(parentOf(r.path));
    // setgid directories pass their group and the bit on, as on Linux.
    const sgid = parent && parent.mode & 0o2000 ? 0o2000 : 0;
    r.mount.backend.create(r.bpath, 'dir', { mode: ((mode & ~this.umask) & 0o1777) | sgid, uid: this.cred.uid, gid: this.newGid(r.path) });
  }

  rmdir(path: string): void {
    // rmdir("x/.") is EINVAL on Linux; the path split would drop the final `.`.
    if (/(^|\/)\.\/*$/.test(path)) throw new FsError('EINVAL', 'rmdir', path);
    const r = this.existing(path, false, 'rmdir');
    if (r.stat.kind !== 'dir') throw new FsError('ENOTDIR', 'rmdir', path);
    if (r.path === '/' || this.vfs.isMountPoint(r.path)) throw new FsError('EBUSY', 'rmdir', path);
    this.checkRemove(r, 'rmdir', path);
    r.mount.backend.rmdir(r.bpath);
  }

  unlink(path: string): void {
    const r = this.existing(path, false, 'unlink');
    if (r.stat.kind === 'dir') throw new FsError('EISDIR', 'unlink', path);
    if (this.vfs.isMountPoint(r.path)) {
      // A bind-mounted file: the unlink happens in the parent's mount (its EROFS, its
      // permissions), then Linux refuses a mount point (vfs_unlink: EBUSY).
      const parent = this.existing(parentOf(r.path), true, 'unlink');
      this.checkRemove({ ...r, mount: parent.mount }, 'unlink', path);
      throw new FsError('EBUSY', 'unlink', path);
    }
    this.checkRemove(r, 'unlink', path);
    r.mount.backend.unlink(r.bpath);
  }

  rename(from: string, to: string): void {
    const a = this.existing(from, false, 'rename');
    const b = this.res(to, false, 'rename');
    if (a.stat.kind !== 'dir' && (TRAILING_DIR.test(from) || TRAILING_DIR.test(to))) throw new FsError('ENOTDIR', 'rename', to);
    if (a.mount !== b.mount) throw new FsError('EXDEV', 'rename', to);
    if (this.vfs.isMountPoint(a.path) || (b.stat && this.vfs.isMountPoint(b.path))) throw new FsError('EBUSY', 'rename', from);
    this.checkRemove(a, 'rename', from);
    if (b.stat) this.checkRemove(b, 'rename', to);
    else this.checkCreate(b, 'rename', to);
    a.mount.backend.rename(a.bpath, b.bpath);
  }

  symlink(target: string, path: string): void {
    const r = this.res(path, false, 'symlink');
    if (r.stat) throw new FsError('EEXIST', 'symlink', path);
    this.checkCreate(r, 'symlink', path);
    r.mount.backend.create(r.bpath, 'symlink', { mode: 0o777, uid: this.cred.uid, gid: this.newGid(r.path) }, target);
  }

  link(existing: string, path: string): void {
    const a = this.existing(existing, false, 'link');
    const b = this.res(path, false, 'link');
    if (b.stat) throw new FsError('EEXIST', 'link', path);
    if (a.mount !== b.mount) throw new FsError('EXDEV', 'link', path);
    this.checkCreate(b, 'link', path);
    a.mount.backend.link(a.bpath, b.bpath);
  }

  readlink(path: string): string {
    // `link/` names what the link points to, which is not a symlink.
    const r = this.existing(path, TRAILING_DIR.test(path), 'readlink');
    if (r.stat.kind !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
    return r.mount.backend.readlink(r.bpath);
  }

  realpath(path: string): string {
    return this.existing(path, true, 'realpath').path;
  }

  chmod(path: string, mode: number): void {
    const r = this.existing(path, true, 'chmod');
    if (this.cred.uid !== 0 && this.cred.uid !== r.stat.uid) throw new FsError('EPERM', 'chmod', path);
    if (r.mount.readOnly) throw new FsError('EROFS', 'chmod', path);
    r.mount.backend.setattr(r.bpath, { mode: mode & 0o7777 });
  }

  chown(path: string, uid: number, gid: number, follow = true): void {
    const r = this.existing(path, follow, 'chown');
    const st = r.stat;
    const newUid = uid < 0 ? st.uid : uid;
    const newGid = gid < 0 ? st.gid : gid;
    if (this.cred.uid !== 0) {
      // An owner may only change the group, and only to one of its own groups.
      const ok = st.uid === this.cred.uid && newUid === st.uid && (newGid === st.gid || this.cred.groups.includes(newGid));
      if (!ok) throw new FsError('EPERM', 'chown', path);
    }
    if (r.mount.readOnly) throw new FsError('EROFS', 'chown', path);
    const attrs: { uid: number; gid: number; mode?: number } = { uid: newUid, gid: newGid };
    // chown clears setuid/setgid on regular files (non-root callers, and root on Linux too).
    if (st.kind === 'file' && st.mode & 0o6000) attrs.mode = st.mode & ~0o6000;
    r.mount.backend.setattr(r.bpath, attrs);
  }

  utimes(path: string, atime: number, mtime: number, follow = true): void {
    const r = this.existing(path, follow, 'utimensat');
    if (this.cred.uid !== 0 && this.cred.uid !== r.stat.uid) throw new FsError(canAccess(r.stat, this.cred, 'w') ? 'EPERM' : 'EACCES', 'utimensat', path);
    if (r.mount.readOnly) throw new FsError('EROFS', 'utimensat', path);
    r.mount.backend.setattr(r.bpath, { atime, mtime });
  }

  truncate(path: string, size: number): void {
    const r = this.existing(path, true, 'truncate');
    if (r.stat.kind === 'dir') throw new FsError('EISDIR', 'truncate', path);
    if (!canAccess(r.stat, this.cred, 'w')) throw new FsError('EACCES', 'truncate', path);
    if (r.mount.readOnly) throw new FsError('EROFS', 'truncate', path);
    r.mount.backend.truncate(r.bpath, size);
  }

  mknod(path: string, kind: 'chardev' | 'fifo', mode: number, rdev: number): void {
    const r = this.res(path, false, 'mknod');
    if (r.stat) throw new FsError('EEXIST', 'mknod', path);
    if (kind === 'chardev' && this.cred.uid !== 0) throw new FsError('EPERM', 'mknod', path);
    this.checkCreate(r, 'mknod', path);
    r.mount.backend.create(r.bpath, kind, { mode: mode & ~this.umask, uid: this.cred.uid, gid: this.newGid(r.path), rdev });
  }

  access(path: string, mode: AccessMode): boolean {
    try {
      const r = this.res(path, true, 'access');
      if (!r.stat) return false;
      if (mode === 'w' && r.mount.readOnly) return false;
      if (mode === 'x' && r.mount.noexec && r.stat.kind !== 'dir') return false;
      return canAccess(r.stat, this.cred, mode);
    } catch {
      return false;
    }
  }

  getxattr(path: string, name: string, follow = true): Uint8Array | null {
    const syscall = follow ? 'getxattr' : 'lgetxattr';
    const r = this.existing(path, follow, syscall);
    if (!this.mayReadXattr(r.stat, name)) return null;
    // user.* attributes are read with the file's read permission (xattr_permission).
    if (name.startsWith('user.') && !canAccess(r.stat, this.cred, 'r')) throw new FsError('EACCES', syscall, path);
    return r.mount.backend.getxattr?.(r.bpath, name) ?? null;
  }

  listxattr(path: string, follow = true): string[] {
    const r = this.existing(path, follow, follow ? 'listxattr' : 'llistxattr');
    return (r.mount.backend.listxattr?.(r.bpath) ?? []).filter((n) => this.mayReadXattr(r.stat, n));
  }

  /** trusted.* needs CAP_SYS_ADMIN (root here); other names are listed to anyone who can stat. */
  private mayReadXattr(_st: Stat, name: string): boolean {
    return !name.startsWith('trusted.') || this.cred.uid === 0;
  }

  private checkCreate(r: Resolved, syscall: string, path: string): void {
    const dirPath = parentOf(r.path);
    const dir = this.vfs.lstatReal(dirPath);
    if (!dir) throw new FsError('ENOENT', syscall, path);
    if (dir.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
    if (!canAccess(dir, this.cred, 'w') || !canAccess(dir, this.cred, 'x')) throw new FsError('EACCES', syscall, path);
    if (r.mount.readOnly) throw new FsError('EROFS', syscall, path);
  }

  private checkRemove(r: Resolved & { stat: Stat | null }, syscall: string, path: string): void {
    const dir = this.vfs.lstatReal(parentOf(r.path));
    if (!dir) throw new FsError('ENOENT', syscall, path);
    if (!canAccess(dir, this.cred, 'w') || !canAccess(dir, this.cred, 'x')) throw new FsError('EACCES', syscall, path);
    // Sticky directories (/tmp): only the file's or the directory's owner may remove.
    if (dir.mode & 0o1000 && this.cred.uid !== 0 && r.stat && r.stat.uid !== this.cred.uid && dir.uid !== this.cred.uid) {
      throw new FsError('EPERM', syscall, path);
    }
    if (r.mount.readOnly) throw new FsError('EROFS', syscall, path);
  }

  private newGid(path: string): number {
    const dir = this.vfs.lstatReal(parentOf(path));
    return dir && dir.mode & 0o2000 ? dir.gid : this.cred.gid;
  }

  private device(st: Stat, path: string) {
    const d = this.vfs.devices.get(st.rdev);
    if (!d) throw new FsError('ENXIO', 'open', path);
    return d;
  }
}
