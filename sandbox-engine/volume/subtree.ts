/**
 * A directory of a Vfs (with whatever is mounted below it) as a TreeReader rooted at that
 * directory, for walking a volume's data the way moby walks `_data` on disk (directory.Size,
 * the copy at create).
 */
import type { TreeReader } from '../archive/tree.ts';
import type { Vfs } from '../vfs/vfs.ts';
import type { Content, Stat } from '../vfs/types.ts';

export function subtree(vfs: Vfs, base: string): TreeReader {
  const at = (p: string) => (p === '/' ? base : `${base}${p}`);
  const locate = (p: string) => vfs.mountFor(at(p));
  return {
    lstat(p: string): Stat | null {
      return vfs.lstatReal(at(p));
    },
    readdir(p: string): string[] {
      const { mount, bpath } = locate(p);
      return mount.backend.readdir(bpath);
    },
    read(p: string): Content {
      const { mount, bpath } = locate(p);
      return mount.backend.read(bpath);
    },
    readlink(p: string): string {
      const { mount, bpath } = locate(p);
      return mount.backend.readlink(bpath);
    },
  };
}
