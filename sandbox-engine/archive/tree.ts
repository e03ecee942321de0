/**
 * The read side of a file tree that archive code walks: a MemFs layer directory, an overlay's
 * merged view, or any Backend with xattrs. Paths are absolute inside the tree.
 */
import type { Content, Stat } from '../vfs/types.ts';

export interface TreeReader {
  lstat(path: string): Stat | null;
  /** Names sorted bytewise, as os.ReadDir returns them to filepath.WalkDir. */
  readdir(path: string): string[];
  read(path: string): Content;
  readlink(path: string): string;
  /** Null when the attribute is absent (or the tree has no xattrs at all). */
  getxattr?(path: string, name: string): Uint8Array | null;
}

export const OPAQUE_XATTR = 'trusted.overlay.opaque';
export const CAPABILITY_XATTR = 'security.capability';

/** An overlayfs whiteout: a character device with device number 0/0. */
export function isWhiteout(st: Stat | null): boolean {
  return st !== null && st.kind === 'chardev' && st.rdev === 0;
}

export function isOpaque(tree: TreeReader, path: string): boolean {
  const v = tree.getxattr?.(path, OPAQUE_XATTR);
  return v !== null && v !== undefined && v.length === 1 && v[0] === 0x79; // 'y'
}

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** Device number halves as the simulator stores them (major * 256 + minor). */
export function devMajor(rdev: number): number {
  return Math.floor(rdev / 256);
}
export function devMinor(rdev: number): number {
  return rdev % 256;
}
