/**
 * Layer tars to and from on-disk layer directories, as overlay2 does it (moby/go-archive v0.1.0,
 * the version Engine 28.5 vendors):
 *
 * - `writeTreeTar` is `archive.TarWithOptions(diffDir, {WhiteoutFormat: OverlayWhiteoutFormat})`,
 *   i.e. overlay2's `Driver.Diff`, which `docker commit` turns into the new layer. A container's
 *   upper dir holds only what it changed, so init-layer files (/etc/hosts, /.dockerenv, ...) never
 *   appear: they live in the `-init` layer, and the running container writes /etc/hosts etc.
 *   through bind mounts, not into its upper dir.
 * - `unpackLayer` is `archive.Unpack` with the same whiteout format, i.e. `Driver.ApplyDiff`.
 *
 * Header fields, per entry (go-archive `FileInfoHeader` + `addTarFile`):
 * - name relative to the layer root, directories with a trailing `/`, in filepath.WalkDir order
 *   (pre-order, names sorted bytewise); the root itself is not archived;
 * - mode = permission bits with setuid/setgid/sticky, no file-type bits; uid/gid numeric;
 *   uname/gname empty (Engine 28 does no user lookups; 20.10 wrote "root" and type bits);
 * - mtime truncated to whole seconds; no atime/ctime;
 * - a second name for an inode with nlink > 1 becomes a hard link (typeflag 1, size 0) to the
 *   first name archived;
 * - `security.capability` travels as a `SCHILY.xattr.` PAX record (v3 capabilities as v2);
 * - a whiteout (char 0/0) named `x` becomes an empty regular file `.wh.x`, mode 0600. If the
 *   kernel had shared one whiteout inode between several deletions (it does for unlink/rmdir),
 *   the second one keeps the hard-link name in its linkname field while being a regular file:
 *   the real engine writes exactly that (recorded from Docker 20.10 on Linux 6.x, kept in 28);
 * - an opaque directory is followed by `dir/.wh..wh..opq`: regular, empty, the directory's
 *   permission bits and owner, mtime 0.
 */
import type { Content, Stat } from '../vfs/types.ts';
import type { MemFs } from '../vfs/memfs.ts';
import { FsError, isFsError } from '../vfs/errors.ts';
import { TarWriter, readTar, type TarEntry, type TarHeader, type TarHeaderInput } from './tar.ts';
import { CAPABILITY_XATTR, OPAQUE_XATTR, devMajor, devMinor, isOpaque, isWhiteout, joinPath, type TreeReader } from './tree.ts';

export const WHITEOUT_PREFIX = '.wh.';
export const WHITEOUT_META_PREFIX = '.wh..wh.';
export const WHITEOUT_OPAQUE_DIR = '.wh..wh..opq';

export interface TreeTarOptions {
  /**
   * 'overlay' converts whiteouts and opaque dirs to their `.wh.` form (a layer diff);
   * 'none' archives the tree as it is (a merged view, as `docker export` does).
   */
  whiteouts?: 'overlay' | 'none';
  /** Leave out a path and everything below it. */
  exclude?: (path: string) => boolean;
}

/** Append the tree's entries to `w` (without closing it). */
export function writeTreeTar(tree: TreeReader, w: TarWriter, opts: TreeTarOptions = {}): void {
  const overlay = (opts.whiteouts ?? 'overlay') === 'overlay';
  const seen = new Map<number, string>();
  const walk = (dir: string): void => {
    for (const name of tree.readdir(dir)) {
      const path = joinPath(dir, name);
      if (opts.exclude?.(path)) continue;
      const st = tree.lstat(path);
      if (!st) continue; // vanished while walking; go-archive logs and goes on
      const rel = path.slice(1);
      const hdr = headerFor(tree, path, rel, st);
      if (st.kind !== 'dir' && st.nlink > 1) {
        const first = seen.get(st.ino);
        if (first !== undefined) {
          hdr.type = 'hardlink';
          hdr.linkname = first;
          hdr.size = 0;
        } else seen.set(st.ino, hdr.name);
      }
      let opaqueEntry: TarHeaderInput | null = null;
      if (overlay && isWhiteout(st)) {
        const slash = hdr.name.lastIndexOf('/');
        hdr.name = hdr.name.slice(0, slash + 1) + WHITEOUT_PREFIX + hdr.name.slice(slash + 1);
        hdr.mode = 0o600;
        hdr.type = 'file';
        hdr.size = 0;
      } else if (overlay && st.kind === 'dir' && isOpaque(tree, path)) {
        opaqueEntry = {
          name: `${hdr.name}${WHITEOUT_OPAQUE_DIR}`,
          type: 'file',
          mode: hdr.mode & 0o777,
          uid: hdr.uid,
          gid: hdr.gid,
          uname: hdr.uname,
          gname: hdr.gname,
          size: 0,
          mtime: 0,
        };
      }
      const body: Content | undefined = hdr.type === 'file' && hdr.size > 0 ? tree.read(path) : undefined;
      w.add(hdr, body);
      if (opaqueEntry) w.add(opaqueEntry);
      if (st.kind === 'dir') walk(path);
    }
  };
  walk('/');
}

function headerFor(tree: TreeReader, path: string, rel: string, st: Stat): TarHeader {
  const hdr: TarHeader = {
    name: st.kind === 'dir' ? `${rel}/` : rel,
    type: 'file',
    mode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
    size: 0,
    mtime: Math.floor(st.mtime / 1000),
    linkname: '',
    uname: '',
    gname: '',
    devmajor: 0,
    devminor: 0,
  };
  switch (st.kind) {
    case 'file':
      hdr.size = st.size;
      break;
    case 'dir':
      hdr.type = 'dir';
      break;
    case 'symlink':
      hdr.type = 'symlink';
      hdr.linkname = tree.readlink(path);
      break;
    case 'chardev':
      hdr.type = 'chardev';
      hdr.devmajor = devMajor(st.rdev);
      hdr.devminor = devMinor(st.rdev);
      break;
    case 'fifo':
      hdr.type = 'fifo';
      break;
  }
  const cap = tree.getxattr?.(path, CAPABILITY_XATTR);
  if (cap) hdr.pax = { [`SCHILY.xattr.${CAPABILITY_XATTR}`]: capabilityV2(cap) };
  return hdr;
}

/** VFS_CAP_REVISION_3 carries a root uid that means nothing outside the namespace: store v2. */
function capabilityV2(cap: Uint8Array): Uint8Array {
  if (cap.length > 3 && cap[3] === 3) {
    const v2 = cap.slice(0, 20);
    v2[3] = 2;
    return v2;
  }
  return cap;
}

/** The whole layer tar in memory (for `docker save`, tests, the tar applet). */
export function layerTar(tree: TreeReader, opts: TreeTarOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const w = new TarWriter((c) => chunks.push(c.slice()));
  writeTreeTar(tree, w, opts);
  w.close();
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * moby's `directory.Size` of a layer directory, which is what layerdb's `size` holds for overlay2:
 * st_size of every non-directory (symlinks count their target length, whiteouts 0), each inode once.
 */
export function treeSize(tree: TreeReader): number {
  let size = 0;
  const seen = new Set<number>();
  const walk = (dir: string): void => {
    for (const name of tree.readdir(dir)) {
      const path = joinPath(dir, name);
      const st = tree.lstat(path);
      if (!st) continue;
      if (st.kind === 'dir') {
        walk(path);
        continue;
      }
      if (st.size === 0 || seen.has(st.ino)) continue;
      seen.add(st.ino);
      size += st.size;
    }
  };
  walk('/');
  return size;
}

/**
 * Apply a layer tar to an empty layer directory the way overlay2's ApplyDiff does: `.wh.x` becomes
 * a 0/0 character device `x` (mode 0, owned by the header's uid/gid), `.wh..wh..opq` sets
 * `trusted.overlay.opaque=y` on its directory, missing parents are created 0755, existing entries
 * are replaced unless both are directories, and directory mtimes are set last.
 */
export function unpackLayer(source: Uint8Array | readonly TarEntry[], dest: MemFs): void {
  const entries = source instanceof Uint8Array ? readTar(source) : source;
  const dirs: Array<{ path: string; mtime: number }> = [];
  for (const { header: h, data } of entries) {
    const path = cleanAbs(h.name);
    if (path === null) throw new FsError('EINVAL', 'unpack', h.name);
    if (path !== '/' && !h.name.endsWith('/')) mkdirAll(dest, parentOf(path));
    const existing = dest.lstat(path);
    if (existing) {
      if (existing.kind === 'dir' && path === '/') {
        if (h.type === 'dir') applyMeta(dest, path, h, dirs);
        continue;
      }
      if (existing.kind !== 'dir' || h.type !== 'dir') removeAll(dest, path);
    }
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base === WHITEOUT_OPAQUE_DIR) {
      dest.setxattr(parentOf(path), OPAQUE_XATTR, 'y');
      continue;
    }
    if (base.startsWith(WHITEOUT_PREFIX)) {
      const orig = joinPath(parentOf(path), base.slice(WHITEOUT_PREFIX.length));
      if (dest.lstat(orig)) removeAll(dest, orig);
      dest.create(orig, 'chardev', { mode: 0, uid: h.uid, gid: h.gid, rdev: 0 });
      continue;
    }
    switch (h.type) {
      case 'dir':
        if (!dest.lstat(path)) dest.create(path, 'dir', { mode: h.mode, uid: h.uid, gid: h.gid });
        break;
      case 'file':
        dest.create(path, 'file', { mode: h.mode, uid: h.uid, gid: h.gid });
        if (data.length) dest.write(path, data, 0, true);
        break;
      case 'symlink':
        dest.create(path, 'symlink', { mode: 0o777, uid: h.uid, gid: h.gid }, h.linkname);
        break;
      case 'hardlink': {
        const target = cleanAbs(h.linkname);
        if (target === null) throw new FsError('EINVAL', 'link', h.linkname);
        dest.link(target, path);
        break;
      }
      case 'chardev':
        dest.create(path, 'chardev', { mode: h.mode, uid: h.uid, gid: h.gid, rdev: h.devmajor * 256 + h.devminor });
        break;
      case 'fifo':
        dest.create(path, 'fifo', { mode: h.mode, uid: h.uid, gid: h.gid });
        break;
      case 'blockdev':
        // The simulator has no block devices; a layer carrying one keeps a placeholder node.
        dest.create(path, 'chardev', { mode: h.mode, uid: h.uid, gid: h.gid, rdev: h.devmajor * 256 + h.devminor });
        break;
    }
    if (h.pax) {
      for (const [k, v] of Object.entries(h.pax)) {
        if (k.startsWith('SCHILY.xattr.')) dest.setxattr(path, k.slice('SCHILY.xattr.'.length), v);
      }
    }
    if (h.type === 'hardlink') continue;
    applyMeta(dest, path, h, dirs);
  }
  for (const d of dirs) dest.setattr(d.path, { mtime: d.mtime, atime: d.mtime });
}

function applyMeta(dest: MemFs, path: string, h: TarHeader, dirs: Array<{ path: string; mtime: number }>): void {
  const ms = h.mtime * 1000;
  if (h.type === 'symlink') dest.setattr(path, { uid: h.uid, gid: h.gid, mtime: ms, atime: ms });
  else dest.setattr(path, { mode: h.mode, uid: h.uid, gid: h.gid, mtime: ms, atime: ms });
  if (h.type === 'dir') dirs.push({ path, mtime: ms });
}

/** filepath.Clean(name) joined under `/`; null for names that climb out of the root. */
function cleanAbs(name: string): string | null {
  const parts: string[] = [];
  for (const p of name.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(p);
  }
  return '/' + parts.join('/');
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function mkdirAll(fs: MemFs, dir: string): void {
  if (dir === '/') return;
  const st = fs.lstat(dir);
  if (st) {
    if (st.kind !== 'dir') throw new FsError('ENOTDIR', 'mkdir', dir);
    return;
  }
  mkdirAll(fs, parentOf(dir));
  fs.create(dir, 'dir', { mode: 0o755, uid: 0, gid: 0 });
}

function removeAll(fs: MemFs, path: string): void {
  const st = fs.lstat(path);
  if (!st) return;
  if (st.kind === 'dir') {
    for (const name of fs.readdir(path)) removeAll(fs, joinPath(path, name));
    fs.rmdir(path);
  } else {
    try {
      fs.unlink(path);
    } catch (e) {
      if (!isFsError(e, 'ENOENT')) throw e;
    }
  }
}
