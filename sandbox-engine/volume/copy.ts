/**
 * Copy-on-first-mount (moby v28.5.2 container/container_unix.go copyExistingContents, which calls
 * containerd/continuity fs.CopyDir): when a volume is still empty, the image's directory at the
 * mount point is copied into it, keeping modes, owners, times and hard links. The volume's own
 * directory (`_data`) takes the mode and owner of the image's directory too.
 *
 * Source: a directory of the container's root (a TreeReader over its merged view). Destination:
 * a path of the host's Vfs (`/var/lib/docker/volumes/<name>/_data`, or what is mounted there).
 * Synthetic file content (a base image's binaries) stays synthetic when the target is a MemFs.
 */
import type { TreeReader } from '../archive/tree.ts';
import { joinPath } from '../archive/tree.ts';
import { MemFs } from '../vfs/memfs.ts';
import type { Vfs } from '../vfs/vfs.ts';
import type { Stat } from '../vfs/types.ts';

export class CopyDirError extends Error {}

/** copyExistingContents: nothing happens when the destination already has entries. */
export function copyExistingContents(src: TreeReader, srcPath: string, host: Vfs, dst: string): void {
  const at = (p: string) => host.mountFor(p);
  const { mount, bpath } = at(dst);
  if (mount.backend.readdir(bpath).length !== 0) return;
  const top = src.lstat('/');
  if (!top || top.kind !== 'dir') throw new CopyDirError(`source ${srcPath} is not directory`);
  const inodes = new Map<number, string>();
  copyDirectory(src, '/', top, host, dst, inodes);
}

/**
 * continuity copyDirectory (v0.4 as vendored by moby v28.5.2): the directory's owner, mode and
 * times are set before its entries are made, so a directory that gets entries ends up with the
 * time of the copy and an empty one keeps the image's.
 */
function copyDirectory(src: TreeReader, dir: string, dirStat: Stat, host: Vfs, dst: string, inodes: Map<number, string>): void {
  copyFileInfo(dirStat, host, dst);
  for (const name of src.readdir(dir)) {
    const from = joinPath(dir, name);
    const to = `${dst}/${name}`;
    const st = src.lstat(from);
    if (!st) continue;
    const t = host.mountFor(to);
    const b = t.mount.backend;
    if (st.kind === 'dir') {
      if (!b.lstat(t.bpath)) b.create(t.bpath, 'dir', { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid });
      copyDirectory(src, from, st, host, to, inodes);
      continue;
    }
    if (st.kind === 'file' && st.nlink > 1) {
      const first = inodes.get(st.ino);
      if (first !== undefined) {
        const f = host.mountFor(first);
        if (f.mount.backend === b) {
          b.link(f.bpath, t.bpath);
          continue;
        }
      }
      inodes.set(st.ino, to);
    }
    switch (st.kind) {
      case 'file': {
        b.create(t.bpath, 'file', { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid });
        const content = src.read(from);
        if (content instanceof Uint8Array) b.write(t.bpath, content, 0, true);
        else if (b instanceof MemFs) b.setSynthetic(t.bpath, content);
        else b.truncate(t.bpath, content.size);
        break;
      }
      case 'symlink':
        b.create(t.bpath, 'symlink', { mode: 0o777, uid: st.uid, gid: st.gid }, src.readlink(from));
        break;
      case 'chardev':
      case 'fifo':
        b.create(t.bpath, st.kind, { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, rdev: st.rdev });
        break;
      default:
        // Sockets are not copied (continuity copies regular files, dirs, links and devices).
        continue;
    }
    copyFileInfo(st, host, to);
  }
}

/** continuity copyFileInfo: owner, mode (not for symlinks) and times. */
function copyFileInfo(st: Stat, host: Vfs, path: string): void {
  const { mount, bpath } = host.mountFor(path);
  const attrs: { uid: number; gid: number; mode?: number; mtime: number; atime: number } = { uid: st.uid, gid: st.gid, mtime: st.mtime, atime: st.atime };
  if (st.kind !== 'symlink') attrs.mode = st.mode & 0o7777;
  mount.backend.setattr(bpath, attrs);
}
