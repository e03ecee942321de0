/**
 * `docker diff`: moby/go-archive `ChangesDirs(newDir, oldDir)`, which overlay2 runs (through the
 * naive differ) on the container's merged view and its `-init` layer's merged view. So it compares
 * two trees, never looks at whiteouts directly, and reports:
 *
 * - A: a path only in the new tree, and every path below it;
 * - C: a path in both whose `statDifferent` is true (type or permission bits, uid, gid, rdev, or
 *   for non-directories only: size, or mtime unless the times are equal or fall in the same second
 *   with one of them a whole second), or whose `security.capability` differs;
 * - D: a path only in the old tree, without recursing into it;
 * - C for every directory that contains a change and was not itself recorded (A or C), inserted
 *   before the changes inside it; `/` is never reported.
 *
 * Real Docker walks Go maps, so its line order is random within those rules. Here children are
 * visited in bytewise name order and, within a directory, additions and changes come before that
 * directory's deletions (each sorted): one of the orders real Docker prints, and always the same.
 * Example (recorded on Docker 20.10, which shares this code): after `touch /tmp/x; rm /etc/motd`
 * it prints C /etc, D /etc/motd, C /tmp, A /tmp/x.
 */
import type { Stat } from '../vfs/types.ts';
import { CAPABILITY_XATTR, joinPath, type TreeReader } from './tree.ts';

export const ChangeModify = 0;
export const ChangeAdd = 1;
export const ChangeDelete = 2;
/** The API's ChangeType: 0 = Modified, 1 = Added, 2 = Deleted. */
export type ChangeKind = typeof ChangeModify | typeof ChangeAdd | typeof ChangeDelete;

export interface Change {
  path: string;
  kind: ChangeKind;
}

const LETTER = ['C', 'A', 'D'] as const;

/** `docker diff`'s line for a change: "C /etc". */
export function changeString(c: Change): string {
  return `${LETTER[c.kind]} ${c.path}`;
}

export interface ChangesOptions {
  /**
   * Called for a path present in both trees before comparing it; returning true declares the two
   * subtrees identical so they are skipped (an overlay passes "the upper layer has nothing here").
   */
  same?: (path: string) => boolean;
}

export function changesDirs(newTree: TreeReader, oldTree: TreeReader, opts: ChangesOptions = {}): Change[] {
  const changes: Change[] = [];
  const visit = (path: string, newSt: Stat, oldSt: Stat | null, recordedByParent: boolean): void => {
    const sizeAtEntry = changes.length;
    let recorded = recordedByParent;
    if (oldSt === null) {
      changes.push({ path, kind: ChangeAdd });
      recorded = true;
    }
    const isRoot = path === '/';
    const newIsDir = isRoot || newSt.kind === 'dir';
    const remaining = new Set(newIsDir && oldSt !== null && (isRoot || oldSt.kind === 'dir') ? oldTree.readdir(path) : []);
    if (newIsDir) {
      for (const name of newTree.readdir(path)) {
        const child = joinPath(path, name);
        const ns = newTree.lstat(child);
        if (!ns) continue;
        if (!remaining.has(name)) {
          visit(child, ns, null, false);
          continue;
        }
        remaining.delete(name);
        if (opts.same?.(child)) continue;
        const os = oldTree.lstat(child);
        if (!os) {
          visit(child, ns, null, false);
          continue;
        }
        let rec = false;
        if (statDifferent(os, ns) || !sameBytes(oldTree.getxattr?.(child, CAPABILITY_XATTR), newTree.getxattr?.(child, CAPABILITY_XATTR))) {
          changes.push({ path: child, kind: ChangeModify });
          rec = true;
        }
        visit(child, ns, os, rec);
      }
    }
    for (const name of [...remaining].sort(byteOrder)) changes.push({ path: joinPath(path, name), kind: ChangeDelete });
    if (changes.length > sizeAtEntry && newIsDir && !recorded && !isRoot) {
      changes.splice(sizeAtEntry, 0, { path, kind: ChangeModify });
    }
  };
  const newRoot = newTree.lstat('/');
  const oldRoot = oldTree.lstat('/');
  if (!newRoot || !oldRoot) throw new Error('changesDirs: a tree has no root');
  visit('/', newRoot, oldRoot, false);
  return changes;
}

/** go-archive changes_unix.go `statDifferent`. */
export function statDifferent(oldSt: Stat, newSt: Stat): boolean {
  if (oldSt.kind !== newSt.kind || oldSt.mode !== newSt.mode) return true;
  if (oldSt.uid !== newSt.uid || oldSt.gid !== newSt.gid || oldSt.rdev !== newSt.rdev) return true;
  // Directory size and mtime are not a measure of change (moby#9874, moby#11422).
  if (oldSt.kind !== 'dir' && (!sameFsTime(oldSt.mtime, newSt.mtime) || oldSt.size !== newSt.size)) return true;
  return false;
}

/**
 * Times from layer tars have whole seconds, so equal, or the same second with one side exactly on
 * it, counts as the same (go-archive `sameFsTime`). Times are milliseconds here.
 */
export function sameFsTime(a: number, b: number): boolean {
  if (a === b) return true;
  const frac = (t: number): number => ((t % 1000) + 1000) % 1000;
  return Math.floor(a / 1000) === Math.floor(b / 1000) && (frac(a) === 0 || frac(b) === 0);
}

/**
 * go-archive `ChangesSize`: bytes of the added and changed non-directories in `tree` (a hard-linked
 * inode once). This is a container's SizeRw (`docker ps -s`).
 */
export function changesSize(tree: TreeReader, changes: readonly Change[]): number {
  let size = 0;
  const seen = new Set<number>();
  for (const c of changes) {
    if (c.kind === ChangeDelete) continue;
    const st = tree.lstat(c.path);
    if (!st || st.kind === 'dir') continue;
    if (st.nlink > 1) {
      if (seen.has(st.ino)) continue;
      seen.add(st.ino);
    }
    size += st.size;
  }
  return size;
}

function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
