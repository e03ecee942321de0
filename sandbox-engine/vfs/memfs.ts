/**
 * An in-memory file system: the host's root file system now, and the storage behind image layers,
 * container upper layers and volumes later. It implements `Backend`, so it knows nothing of
 * symlink traversal, mounts or permissions (vfs/vfs.ts does that): every path it gets is absolute
 * within itself and every parent component is a real directory.
 *
 * Inodes are shared by hard links; inode numbers come from a counter, so two file systems built the
 * same way are identical.
 */
import type { Clock } from '../util/clock.ts';
import { FsError } from './errors.ts';
import type { Backend, Content, CreateAttrs, FileKind, Stat, SyntheticContent } from './types.ts';
import { splitPath } from './path.ts';
import { utf8 } from '../util/text.ts';

export interface Inode {
  ino: number;
  kind: FileKind;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  atime: number;
  ctime: number;
  nlink: number;
  rdev: number;
  /** Regular files: bytes (`data` holds `len` valid bytes, the rest is spare capacity) or synthetic. */
  data?: Uint8Array;
  len?: number;
  synthetic?: SyntheticContent;
  /** Directories. */
  entries?: Map<string, Inode>;
  /** Symlinks. */
  target?: string;
  /**
   * Extended attributes (name to value), shared by hard links as on Linux. The overlay driver keeps
   * `trusted.overlay.opaque` and `trusted.overlay.origin` here; `security.capability` travels in
   * layer tars. Absent until the first setxattr, so plain trees cost nothing.
   */
  xattrs?: Map<string, Uint8Array>;
}

const DIR_SIZE = 4096;

export class MemFs implements Backend {
  readonly dev: number;
  readonly readOnly: boolean;
  private readonly clock: Clock;
  private nextIno: number;
  readonly root: Inode;

  constructor(opts: { clock: Clock; dev: number; readOnly?: boolean; rootMode?: number; firstIno?: number }) {
    this.clock = opts.clock;
    this.dev = opts.dev;
    this.readOnly = opts.readOnly ?? false;
    this.nextIno = opts.firstIno ?? 2;
    const t = this.clock.now();
    this.root = {
      ino: this.nextIno++,
      kind: 'dir',
      mode: opts.rootMode ?? 0o755,
      uid: 0,
      gid: 0,
      mtime: t,
      atime: t,
      ctime: t,
      nlink: 2,
      rdev: 0,
      entries: new Map(),
    };
  }

  /** The inode at `path`, or null. Intermediate components must be directories. */
  node(path: string): Inode | null {
    let cur = this.root;
    for (const name of splitPath(path)) {
      const next = cur.entries?.get(name);
      if (!next) return null;
      cur = next;
    }
    return cur;
  }

  private must(path: string, syscall: string): Inode {
    const n = this.node(path);
    if (!n) throw new FsError('ENOENT', syscall, path);
    return n;
  }

  private parentOf(path: string, syscall: string): { dir: Inode; name: string } {
    const parts = splitPath(path);
    const name = parts.pop();
    if (name === undefined) throw new FsError('EEXIST', syscall, path);
    let cur = this.root;
    for (const p of parts) {
      const next = cur.entries?.get(p);
      if (!next) throw new FsError('ENOENT', syscall, path);
      cur = next;
    }
    if (cur.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
    return { dir: cur, name };
  }

  lstat(path: string): Stat | null {
    const n = this.node(path);
    return n ? this.statOf(n) : null;
  }

  statOf(n: Inode): Stat {
    let size = 0;
    if (n.kind === 'file') size = n.synthetic ? n.synthetic.size : (n.len ?? 0);
    else if (n.kind === 'dir') size = DIR_SIZE;
    else if (n.kind === 'symlink') size = utf8Length(n.target ?? '');
    return {
      kind: n.kind,
      mode: n.mode,
      uid: n.uid,
      gid: n.gid,
      size,
      mtime: n.mtime,
      atime: n.atime,
      ctime: n.ctime,
      ino: n.ino,
      nlink: n.nlink,
      rdev: n.rdev,
      dev: this.dev,
    };
  }

  readdir(path: string): string[] {
    const n = this.must(path, 'scandir');
    if (n.kind !== 'dir' || !n.entries) throw new FsError('ENOTDIR', 'scandir', path);
    return [...n.entries.keys()].sort(byteCompare);
  }

  read(path: string): Content {
    const n = this.must(path, 'open');
    if (n.kind === 'dir') throw new FsError('EISDIR', 'read', path);
    if (n.synthetic) return n.synthetic;
    return (n.data ?? new Uint8Array(0)).subarray(0, n.len ?? 0);
  }

  write(path: string, data: Uint8Array, offset: number | 'end', truncate: boolean): void {
    this.guard('write', path);
    const n = this.must(path, 'open');
    if (n.kind === 'dir') throw new FsError('EISDIR', 'write', path);
    if (n.kind !== 'file') throw new FsError('EINVAL', 'write', path);
    materialize(n);
    if (truncate) n.len = 0;
    const len = n.len ?? 0;
    const at = offset === 'end' ? len : offset;
    const end = at + data.length;
    ensureCapacity(n, end);
    n.data!.set(data, at);
    if (end > len) n.len = end;
    this.touchNode(n);
  }

  truncate(path: string, size: number): void {
    this.guard('truncate', path);
    const n = this.must(path, 'truncate');
    if (n.kind === 'dir') throw new FsError('EISDIR', 'truncate', path);
    materialize(n);
    ensureCapacity(n, size);
    const len = n.len ?? 0;
    if (size > len) n.data!.fill(0, len, size);
    n.len = size;
    this.touchNode(n);
  }

  create(path: string, kind: FileKind, attrs: CreateAttrs, target?: string): void {
    this.guard('create', path);
    const { dir, name } = this.parentOf(path, 'create');
    if (dir.entries!.has(name)) throw new FsError('EEXIST', 'create', path);
    const t = this.clock.now();
    const n: Inode = {
      ino: this.nextIno++,
      kind,
      mode: attrs.mode & 0o7777,
      uid: attrs.uid,
      gid: attrs.gid,
      mtime: t,
      atime: t,
      ctime: t,
      nlink: kind === 'dir' ? 2 : 1,
      rdev: attrs.rdev ?? 0,
    };
    if (kind === 'dir') n.entries = new Map();
    else if (kind === 'file') {
      n.data = new Uint8Array(0);
      n.len = 0;
    } else if (kind === 'symlink') n.target = target ?? '';
    dir.entries!.set(name, n);
    if (kind === 'dir') dir.nlink++;
    this.touchNode(dir);
  }

  /** Put synthetic (lazily materialized) content in an existing regular file. */
  setSynthetic(path: string, content: SyntheticContent): void {
    const n = this.must(path, 'open');
    n.synthetic = content;
    n.data = undefined;
    n.len = undefined;
  }

  link(existing: string, path: string): void {
    this.guard('link', path);
    const src = this.must(existing, 'link');
    if (src.kind === 'dir') throw new FsError('EPERM', 'link', existing);
    const { dir, name } = this.parentOf(path, 'link');
    if (dir.entries!.has(name)) throw new FsError('EEXIST', 'link', path);
    dir.entries!.set(name, src);
    src.nlink++;
    src.ctime = this.clock.now();
    this.touchNode(dir);
  }

  unlink(path: string): void {
    this.guard('unlink', path);
    const { dir, name } = this.parentOf(path, 'unlink');
    const n = dir.entries!.get(name);
    if (!n) throw new FsError('ENOENT', 'unlink', path);
    if (n.kind === 'dir') throw new FsError('EISDIR', 'unlink', path);
    dir.entries!.delete(name);
    n.nlink--;
    n.ctime = this.clock.now();
    this.touchNode(dir);
  }

  rmdir(path: string): void {
    this.guard('rmdir', path);
    if (splitPath(path).length === 0) throw new FsError('EBUSY', 'rmdir', path);
    const { dir, name } = this.parentOf(path, 'rmdir');
    const n = dir.entries!.get(name);
    if (!n) throw new FsError('ENOENT', 'rmdir', path);
    if (n.kind !== 'dir') throw new FsError('ENOTDIR', 'rmdir', path);
    if (n.entries!.size > 0) throw new FsError('ENOTEMPTY', 'rmdir', path);
    dir.entries!.delete(name);
    dir.nlink--;
    this.touchNode(dir);
  }

  rename(from: string, to: string): void {
    this.guard('rename', to);
    const a = this.parentOf(from, 'rename');
    const b = this.parentOf(to, 'rename');
    const n = a.dir.entries!.get(a.name);
    if (!n) throw new FsError('ENOENT', 'rename', from);
    const fromParts = splitPath(from);
    const toParts = splitPath(to);
    if (n.kind === 'dir' && toParts.length > fromParts.length && fromParts.every((p, i) => toParts[i] === p)) {
      throw new FsError('EINVAL', 'rename', to);
    }
    const existing = b.dir.entries!.get(b.name);
    if (existing === n) return;
    if (existing) {
      if (existing.kind === 'dir') {
        if (n.kind !== 'dir') throw new FsError('EISDIR', 'rename', to);
        if (existing.entries!.size > 0) throw new FsError('ENOTEMPTY', 'rename', to);
        b.dir.nlink--;
      } else if (n.kind === 'dir') {
        throw new FsError('ENOTDIR', 'rename', to);
      }
      existing.nlink--;
    }
    a.dir.entries!.delete(a.name);
    b.dir.entries!.set(b.name, n);
    if (n.kind === 'dir' && a.dir !== b.dir) {
      a.dir.nlink--;
      b.dir.nlink++;
    }
    n.ctime = this.clock.now();
    this.touchNode(a.dir);
    if (b.dir !== a.dir) this.touchNode(b.dir);
  }

  readlink(path: string): string {
    const n = this.must(path, 'readlink');
    if (n.kind !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
    return n.target ?? '';
  }

  setattr(path: string, attrs: Partial<Pick<Stat, 'mode' | 'uid' | 'gid' | 'mtime' | 'atime'>>): void {
    this.guard('setattr', path);
    const n = this.must(path, 'setattr');
    if (attrs.mode !== undefined) n.mode = attrs.mode & 0o7777;
    if (attrs.uid !== undefined) n.uid = attrs.uid;
    if (attrs.gid !== undefined) n.gid = attrs.gid;
    if (attrs.mtime !== undefined) n.mtime = attrs.mtime;
    if (attrs.atime !== undefined) n.atime = attrs.atime;
    n.ctime = this.clock.now();
  }

  /** The value of extended attribute `name` (a copy), or null when the inode has none by that name. */
  getxattr(path: string, name: string): Uint8Array | null {
    const v = this.must(path, 'getxattr').xattrs?.get(name);
    return v ? v.slice() : null;
  }

  /** Create or replace an extended attribute; like setxattr(2) it changes ctime, not mtime. */
  setxattr(path: string, name: string, value: Uint8Array | string): void {
    this.guard('setxattr', path);
    const n = this.must(path, 'setxattr');
    if (name === '') throw new FsError('EINVAL', 'setxattr', path);
    n.xattrs ??= new Map();
    n.xattrs.set(name, typeof value === 'string' ? utf8(value) : value.slice());
    n.ctime = this.clock.now();
  }

  /** Attribute names, sorted bytewise (the kernel's order is the file system's; ours is fixed). */
  listxattr(path: string): string[] {
    const n = this.must(path, 'listxattr');
    return n.xattrs ? [...n.xattrs.keys()].sort(byteCompare) : [];
  }

  /**
   * Remove an attribute. Returns false when there was none by that name (removexattr(2) fails with
   * ENODATA then; the Errno set has no ENODATA, so callers decide what to report).
   */
  removexattr(path: string, name: string): boolean {
    this.guard('removexattr', path);
    const n = this.must(path, 'removexattr');
    if (!n.xattrs?.delete(name)) return false;
    if (n.xattrs.size === 0) n.xattrs = undefined;
    n.ctime = this.clock.now();
    return true;
  }

  private touchNode(n: Inode): void {
    const t = this.clock.now();
    n.mtime = t;
    n.ctime = t;
  }

  private guard(syscall: string, path: string): void {
    if (this.readOnly) throw new FsError('EROFS', syscall, path);
  }

  /** Inode counter, for serialization. */
  get inoCounter(): number {
    return this.nextIno;
  }
  set inoCounter(v: number) {
    this.nextIno = v;
  }
}

function materialize(n: Inode): void {
  if (!n.synthetic) return;
  const s = n.synthetic;
  const data = new Uint8Array(s.size);
  data.set(s.head.subarray(0, Math.min(s.head.length, s.size)));
  n.data = data;
  n.len = s.size;
  n.synthetic = undefined;
}

function ensureCapacity(n: Inode, size: number): void {
  const data = n.data ?? new Uint8Array(0);
  if (data.length >= size) {
    n.data = data;
    return;
  }
  const grown = new Uint8Array(Math.max(size, data.length * 2, 64));
  grown.set(data.subarray(0, n.len ?? 0));
  n.data = grown;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Byte order of UTF-8 strings (the C locale's order). UTF-16 code-unit order equals it except for
 * astral characters against U+E000..U+FFFF, which file names here never mix.
 */
export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
