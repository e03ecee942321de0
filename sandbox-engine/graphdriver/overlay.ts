/**
 * An overlayfs mount as overlay2 sets it up (lowerdir=<layers, uppermost first>, upperdir, no
 * redirect_dir, no index, no metacopy), with the semantics a Docker user can observe:
 *
 * - Lookup goes down the layers; the first layer that has a name decides. A whiteout (a 0/0
 *   character device) hides the name in the layers below and is itself never visible. A directory
 *   continues the lookup into lower directories of the same name (a merged dir) unless it carries
 *   `trusted.overlay.opaque=y`. A non-directory ends the lookup.
 * - Writes go to the upper layer. The first write, truncate, chmod/chown/utimes, setxattr or hard
 *   link of a lower object copies it up whole, after copying up its parent directories with their
 *   mode, owner, times and xattrs. Copy-up leaves the parent's mtime as it was (the kernel restores
 *   it) and marks the copy with `trusted.overlay.origin`.
 * - unlink/rmdir of a name that exists below write a whiteout; the kernel (5.8+ ovl_whiteout)
 *   shares one whiteout inode between those, and keeps one more link to it in the work directory
 *   (`work/work/#N`) for as long as the mount lives and until the next mount cleans the work
 *   directory: `ls -l` of the upper dir shows nlink 2 on the first whiteout, 3 on two, even after
 *   the container stopped, one less after it started again (recorded from Docker 20.10 on Linux
 *   6.x). The work directory is not modelled; its link is counted in the inode's nlink, and
 *   `cleanWorkdir` takes it back at the next mount. A directory created over an upper whiteout
 *   becomes opaque.
 * - rename(2) of a directory that exists in a lower layer fails with EXDEV (redirect_dir is off in
 *   Docker's overlay2), so `mv` falls back to copy and delete. A renamed non-directory is copied up
 *   first and leaves a whiteout (a fresh, unshared inode) behind if a lower layer still has it.
 *   A pure-upper directory moved into a merged directory becomes opaque.
 * - st_dev is the mount's own device for everything (all layers on one file system: "samefs").
 *   st_ino is the real inode of the topmost object, except that a copied-up object keeps the inode
 *   number of the lower object it came from, so `stat -c %i` does not change on copy-up. Merged
 *   directories report nlink 1.
 * - Lower layers are never written; without an upper layer the mount is read-only (EROFS).
 *
 * Verified against Docker 20.10 on Linux (overlay2 on ext4): see overlay.test.ts.
 *
 * Example:
 *   const root = new OverlayBackend({ lowers: [initDiff, imageDiff], upper: rwDiff, dev: 39, clock });
 *   vfs.mount('/var/lib/docker/overlay2/<id>/merged', root);
 */
import type { Clock } from '../util/clock.ts';
import { FsError } from '../vfs/errors.ts';
import type { Inode, MemFs } from '../vfs/memfs.ts';
import { byteCompare } from '../vfs/memfs.ts';
import { splitPath } from '../vfs/path.ts';
import type { Backend, Content, CreateAttrs, FileKind, Stat } from '../vfs/types.ts';
import { OPAQUE_XATTR, joinPath } from '../archive/tree.ts';

export const ORIGIN_XATTR = 'trusted.overlay.origin';
/** overlayfs keeps its own attributes under this prefix and hides them from the merged view. */
export const OVERLAY_XATTR_PREFIX = 'trusted.overlay.';

export interface OverlayOptions {
  /** Lower layer directories, uppermost first. Never written. */
  lowers: readonly MemFs[];
  /** The upper directory; without it the mount is read-only (a committed layer's view). */
  upper?: MemFs | null;
  /** st_dev of the mount (the kernel gives each overlay an anonymous device 0:N). */
  dev: number;
  clock: Clock;
}

/** One layer's object at a path. */
interface Entry {
  fs: MemFs;
  node: Inode;
  upper: boolean;
}

export class OverlayBackend implements Backend {
  readonly dev: number;
  readonly readOnly: boolean;
  readonly lowers: readonly MemFs[];
  readonly upper: MemFs | null;
  private readonly clock: Clock;
  /** The upper whiteout whose inode later unlink/rmdir whiteouts link to. */
  private shared: { path: string; node: Inode } | null = null;

  constructor(opts: OverlayOptions) {
    this.lowers = opts.lowers;
    this.upper = opts.upper ?? null;
    this.dev = opts.dev;
    this.clock = opts.clock;
    this.readOnly = this.upper === null;
  }

  /**
   * The upper whiteout later whiteouts link to, by path and inode number, so that a saved mount
   * (layer-store.ts snapshot) goes on sharing the same one after a restore; null if none.
   */
  sharedWhiteout(): { path: string; ino: number } | null {
    return this.shared ? { path: this.shared.path, ino: this.shared.node.ino } : null;
  }

  /** Take up a saved `sharedWhiteout()`: only while that inode is still at that path, as `whiteout` checks. */
  restoreSharedWhiteout(saved: { path: string; ino: number }): void {
    const node = this.upper?.node(saved.path);
    if (node && node.ino === saved.ino) this.shared = { path: saved.path, node };
  }

  // ------------------------------------------------------------------ lookup

  /** The layers' objects that make up `path`, topmost first; null if not visible. */
  private stack(path: string): Entry[] | null {
    let cur: Entry[] = [];
    if (this.upper) cur.push({ fs: this.upper, node: this.upper.root, upper: true });
    for (const fs of this.lowers) cur.push({ fs, node: fs.root, upper: false });
    for (const name of splitPath(path)) {
      const next: Entry[] = [];
      for (const e of cur) {
        if (e.node.kind !== 'dir') return null;
        const child = e.node.entries!.get(name);
        if (!child) continue;
        if (isWhiteoutNode(child)) break;
        if (child.kind !== 'dir' && next.length > 0) break;
        next.push({ fs: e.fs, node: child, upper: e.upper });
        if (child.kind !== 'dir' || isOpaqueNode(child)) break;
      }
      if (next.length === 0) return null;
      cur = next;
    }
    return cur;
  }

  private must(path: string, syscall: string): Entry[] {
    const s = this.stack(path);
    if (!s) throw new FsError('ENOENT', syscall, path);
    return s;
  }

  /** Whether a lower layer would show `path` if the upper layer had no entry of that name. */
  private lowerVisible(path: string): boolean {
    const parts = splitPath(path);
    const name = parts.pop();
    if (name === undefined) return false;
    const ps = this.stack('/' + parts.join('/'));
    if (!ps) return false;
    for (const e of ps) {
      if (e.node.kind !== 'dir') return false;
      const child = e.node.entries!.get(name);
      if (e.upper) {
        if (child && isWhiteoutNode(child)) return false;
        continue;
      }
      if (!child) continue;
      return !isWhiteoutNode(child);
    }
    return false;
  }

  /** True when the merged object at `path` comes (at least partly) from a lower layer. */
  hasLower(path: string): boolean {
    const s = this.stack(path);
    return s !== null && s.some((e) => !e.upper);
  }

  lstat(path: string): Stat | null {
    const s = this.stack(path);
    return s ? this.statOf(path, s) : null;
  }

  private statOf(path: string, s: Entry[]): Stat {
    const top = s[0];
    const st = top.fs.statOf(top.node);
    st.dev = this.dev;
    if (path !== '/' && path !== '') {
      if (top.upper) {
        const origin = decodeOrigin(top.node.xattrs?.get(ORIGIN_XATTR));
        if (origin !== null) st.ino = origin;
      }
    }
    if (top.node.kind === 'dir' && s.length > 1) st.nlink = 1;
    return st;
  }

  readdir(path: string): string[] {
    const s = this.must(path, 'scandir');
    if (s[0].node.kind !== 'dir') throw new FsError('ENOTDIR', 'scandir', path);
    const decided = new Map<string, boolean>();
    for (const e of s) {
      for (const [name, child] of e.node.entries!) {
        if (!decided.has(name)) decided.set(name, !isWhiteoutNode(child));
      }
    }
    const out: string[] = [];
    for (const [name, visible] of decided) if (visible) out.push(name);
    return out.sort(byteCompare);
  }

  read(path: string): Content {
    const s = this.must(path, 'open');
    if (s[0].node.kind === 'dir') throw new FsError('EISDIR', 'read', path);
    return s[0].fs.read(path);
  }

  readlink(path: string): string {
    const s = this.must(path, 'readlink');
    return s[0].fs.readlink(path);
  }

  getxattr(path: string, name: string): Uint8Array | null {
    const s = this.must(path, 'getxattr');
    if (name.startsWith(OVERLAY_XATTR_PREFIX)) return null;
    const v = s[0].node.xattrs?.get(name);
    return v ? v.slice() : null;
  }

  listxattr(path: string): string[] {
    const s = this.must(path, 'listxattr');
    const names = s[0].node.xattrs ? [...s[0].node.xattrs.keys()] : [];
    return names.filter((n) => !n.startsWith(OVERLAY_XATTR_PREFIX)).sort(byteCompare);
  }

  // ------------------------------------------------------------------ copy-up

  private up(syscall: string, path: string): MemFs {
    if (!this.upper) throw new FsError('EROFS', syscall, path);
    return this.upper;
  }

  /**
   * Make `path` an upper object, copying it and its parents up as needed. `withData` false copies
   * a file's metadata only (open with O_TRUNC, truncate to 0), as the kernel does.
   */
  copyUp(path: string, withData = true): void {
    const s = this.must(path, 'copy_up');
    if (s[0].upper) return;
    const up = this.up('copy_up', path);
    const parent = parentOf(path);
    this.copyUp(parent);
    const src = s[0];
    const st = src.fs.statOf(src.node);
    const pst = up.lstat(parent)!;
    const attrs: CreateAttrs = { mode: st.mode, uid: st.uid, gid: st.gid, rdev: st.rdev };
    switch (st.kind) {
      case 'dir':
        up.create(path, 'dir', attrs);
        break;
      case 'file': {
        up.create(path, 'file', attrs);
        const c = withData ? src.fs.read(path) : new Uint8Array(0);
        if (c instanceof Uint8Array) {
          if (c.length) up.write(path, c, 0, true);
        } else up.setSynthetic(path, c);
        break;
      }
      case 'symlink':
        up.create(path, 'symlink', attrs, src.node.target ?? '');
        break;
      default:
        up.create(path, st.kind, attrs);
    }
    for (const [k, v] of src.node.xattrs ?? []) if (!k.startsWith(OVERLAY_XATTR_PREFIX)) up.setxattr(path, k, v);
    up.setxattr(path, ORIGIN_XATTR, encodeOrigin(st.ino));
    up.setattr(path, { mtime: st.mtime, atime: st.atime });
    up.setattr(parent, { mtime: pst.mtime, atime: pst.atime });
  }

  private whiteout(path: string, shared: boolean): void {
    const up = this.upper!;
    const holder = shared ? this.sharedHolder() : null;
    if (holder !== null && holder !== path) {
      up.link(holder, path);
      return;
    }
    up.create(path, 'chardev', { mode: 0, uid: 0, gid: 0, rdev: 0 });
    if (!shared) return;
    const node = up.node(path)!;
    // The work directory's link to the shared whiteout (see the header).
    node.nlink++;
    this.shared = { path, node };
  }

  /**
   * An upper path that still names the shared whiteout inode, or null. The kernel links new
   * whiteouts to the copy in its work directory, which lives on when every upper name of it is
   * gone; here one of those names is needed, so when none is left a new shared inode starts
   * (same link counts, another inode number).
   */
  private sharedHolder(): string | null {
    const sh = this.shared;
    if (!sh) return null;
    const up = this.upper!;
    if (up.node(sh.path) === sh.node) return sh.path;
    const found = findNode(up, '/', sh.node);
    if (found === null) {
      this.shared = null;
      return null;
    }
    sh.path = found;
    return found;
  }

  /** Remove an upper subtree (a copied-up directory may still hold whiteouts). */
  private removeUpper(path: string): void {
    const up = this.upper!;
    const st = up.lstat(path);
    if (!st) return;
    if (st.kind === 'dir') {
      for (const name of up.readdir(path)) this.removeUpper(joinPath(path, name));
      up.rmdir(path);
    } else up.unlink(path);
  }

  // ------------------------------------------------------------------ writes

  write(path: string, data: Uint8Array, offset: number | 'end', truncate: boolean): void {
    this.up('write', path);
    const s = this.must(path, 'open');
    if (s[0].node.kind === 'dir') throw new FsError('EISDIR', 'write', path);
    this.copyUp(path);
    this.upper!.write(path, data, offset, truncate);
  }

  truncate(path: string, size: number): void {
    this.up('truncate', path);
    const s = this.must(path, 'truncate');
    if (s[0].node.kind === 'dir') throw new FsError('EISDIR', 'truncate', path);
    this.copyUp(path, size > 0);
    this.upper!.truncate(path, size);
  }

  setattr(path: string, attrs: Partial<Pick<Stat, 'mode' | 'uid' | 'gid' | 'mtime' | 'atime'>>): void {
    this.up('setattr', path);
    this.copyUp(path);
    this.upper!.setattr(path, attrs);
  }

  setxattr(path: string, name: string, value: Uint8Array | string): void {
    this.up('setxattr', path);
    this.must(path, 'setxattr');
    if (name.startsWith(OVERLAY_XATTR_PREFIX)) throw new FsError('EPERM', 'setxattr', path);
    this.copyUp(path);
    this.upper!.setxattr(path, name, value);
  }

  removexattr(path: string, name: string): boolean {
    this.up('removexattr', path);
    this.must(path, 'removexattr');
    if (name.startsWith(OVERLAY_XATTR_PREFIX)) throw new FsError('EPERM', 'removexattr', path);
    if (this.getxattr(path, name) === null) return false;
    this.copyUp(path);
    return this.upper!.removexattr(path, name);
  }

  create(path: string, kind: FileKind, attrs: CreateAttrs, target?: string): void {
    const up = this.up('create', path);
    if (this.stack(path)) throw new FsError('EEXIST', 'create', path);
    const parent = parentOf(path);
    const ps = this.must(parent, 'create');
    if (ps[0].node.kind !== 'dir') throw new FsError('ENOTDIR', 'create', path);
    this.copyUp(parent);
    const old = up.node(path);
    let opaque = false;
    if (old && isWhiteoutNode(old)) {
      up.unlink(path);
      opaque = kind === 'dir';
    }
    up.create(path, kind, attrs, target);
    if (opaque) up.setxattr(path, OPAQUE_XATTR, 'y');
  }

  link(existing: string, path: string): void {
    const up = this.up('link', path);
    const s = this.must(existing, 'link');
    if (s[0].node.kind === 'dir') throw new FsError('EPERM', 'link', existing);
    if (this.stack(path)) throw new FsError('EEXIST', 'link', path);
    this.must(parentOf(path), 'link');
    this.copyUp(existing);
    this.copyUp(parentOf(path));
    const old = up.node(path);
    if (old && isWhiteoutNode(old)) up.unlink(path);
    up.link(existing, path);
  }

  unlink(path: string): void {
    const up = this.up('unlink', path);
    const s = this.must(path, 'unlink');
    if (s[0].node.kind === 'dir') throw new FsError('EISDIR', 'unlink', path);
    const needWhiteout = this.lowerVisible(path);
    this.copyUp(parentOf(path));
    if (s[0].upper) up.unlink(path);
    if (needWhiteout) this.whiteout(path, true);
  }

  rmdir(path: string): void {
    this.up('rmdir', path);
    if (splitPath(path).length === 0) throw new FsError('EBUSY', 'rmdir', path);
    const s = this.must(path, 'rmdir');
    if (s[0].node.kind !== 'dir') throw new FsError('ENOTDIR', 'rmdir', path);
    if (this.readdir(path).length > 0) throw new FsError('ENOTEMPTY', 'rmdir', path);
    const needWhiteout = this.lowerVisible(path);
    this.copyUp(parentOf(path));
    if (s[0].upper) this.removeUpper(path);
    if (needWhiteout) this.whiteout(path, true);
  }

  rename(from: string, to: string): void {
    const up = this.up('rename', to);
    const a = this.must(from, 'rename');
    const fromParts = splitPath(from);
    const toParts = splitPath(to);
    if (fromParts.join('/') === toParts.join('/')) return;
    const isDir = a[0].node.kind === 'dir';
    if (isDir && toParts.length > fromParts.length && fromParts.every((p, i) => toParts[i] === p)) {
      throw new FsError('EINVAL', 'rename', to);
    }
    const b = this.stack(to);
    if (b) {
      const bDir = b[0].node.kind === 'dir';
      if (isDir && !bDir) throw new FsError('ENOTDIR', 'rename', to);
      if (!isDir && bDir) throw new FsError('EISDIR', 'rename', to);
      if (bDir && this.readdir(to).length > 0) throw new FsError('ENOTEMPTY', 'rename', to);
      // Same inode under two names: rename(2) does nothing.
      if (!isDir && a[0].node === b[0].node) return;
    }
    if (isDir && a.some((e) => !e.upper)) throw new FsError('EXDEV', 'rename', from);
    const toParent = parentOf(to);
    const tps = this.must(toParent, 'rename');
    if (tps[0].node.kind !== 'dir') throw new FsError('ENOTDIR', 'rename', to);
    const whiteoutSource = this.lowerVisible(from);
    this.copyUp(from);
    this.copyUp(toParent);
    const old = up.lstat(to);
    if (old) {
      if (old.kind === 'dir') this.removeUpper(to);
      else up.unlink(to);
    }
    up.rename(from, to);
    if (isDir) {
      const ps = this.must(toParent, 'rename');
      const parentMerged = ps[0].upper && ps.length > 1;
      if (parentMerged && !isOpaqueNode(up.node(to)!)) up.setxattr(to, OPAQUE_XATTR, 'y');
    }
    if (whiteoutSource) this.whiteout(from, false);
  }
}

function isWhiteoutNode(n: Inode): boolean {
  return n.kind === 'chardev' && n.rdev === 0;
}

/** A path under `dir` in `fs` naming `target`, or null. */
function findNode(fs: MemFs, dir: string, target: Inode): string | null {
  const d = fs.node(dir);
  if (!d?.entries) return null;
  for (const [name, child] of d.entries) {
    const path = joinPath(dir, name);
    if (child === target) return path;
    if (child.entries) {
      const found = findNode(fs, path, target);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * ovl_workdir_cleanup at mount time: the work directory's links to the last mount's shared
 * whiteout go away, so every whiteout inode is left with as many links as the upper tree has
 * names for it. Call when the container's root is mounted again (not for internal views).
 */
export function cleanWorkdir(upper: MemFs): void {
  const names = new Map<Inode, number>();
  const walk = (dir: string): void => {
    const d = upper.node(dir);
    if (!d?.entries) return;
    for (const [name, child] of d.entries) {
      if (isWhiteoutNode(child)) names.set(child, (names.get(child) ?? 0) + 1);
      else if (child.entries) walk(joinPath(dir, name));
    }
  };
  walk('/');
  for (const [node, count] of names) if (node.nlink > count) node.nlink = count;
}

function isOpaqueNode(n: Inode): boolean {
  const v = n.xattrs?.get(OPAQUE_XATTR);
  return v !== undefined && v.length === 1 && v[0] === 0x79;
}

function parentOf(path: string): string {
  const parts = splitPath(path);
  parts.pop();
  return '/' + parts.join('/');
}

/**
 * The kernel stores a file handle of the lower object (struct ovl_fb: version 0, magic 0xfb,
 * length 29, flags 0, type 1, a 16-byte uuid, then the ext4 fid: inode and generation, little
 * endian). The uuid is all zeros as on the recorded engine; the generation is 0 here.
 */
export function encodeOrigin(ino: number): Uint8Array {
  const b = new Uint8Array(29);
  b.set([0x00, 0xfb, 0x1d, 0x00, 0x01]);
  new DataView(b.buffer).setUint32(21, ino >>> 0, true);
  return b;
}

export function decodeOrigin(v: Uint8Array | undefined): number | null {
  if (!v || v.length !== 29 || v[1] !== 0xfb) return null;
  return new DataView(v.buffer, v.byteOffset, v.byteLength).getUint32(21, true);
}
