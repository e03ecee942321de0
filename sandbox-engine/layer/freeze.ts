/**
 * Read-only copies of layer directories. A registered layer never changes, and a MemFs cannot be
 * switched to read-only after it is built, so the store builds (or receives) a writable tree and
 * keeps a read-only copy of it. Hard links stay shared; synthetic contents are shared (they are
 * immutable); xattrs are copied.
 */
import type { Clock } from '../util/clock.ts';
import { MemFs, type Inode } from '../vfs/memfs.ts';

export interface FreezeOptions {
  clock: Clock;
  dev: number;
  /** Renumber inodes from here, in walk order; omit to keep the source's numbers. */
  firstIno?: number;
}

export function freezeCopy(src: MemFs, opts: FreezeOptions): MemFs {
  let next = opts.firstIno ?? 0;
  const renumber = opts.firstIno !== undefined;
  const copies = new Map<Inode, Inode>();
  const copy = (n: Inode): Inode => {
    const done = copies.get(n);
    if (done) return done;
    const c: Inode = {
      ino: renumber ? next++ : n.ino,
      kind: n.kind,
      mode: n.mode,
      uid: n.uid,
      gid: n.gid,
      mtime: n.mtime,
      atime: n.atime,
      ctime: n.ctime,
      nlink: n.nlink,
      rdev: n.rdev,
    };
    copies.set(n, c);
    if (n.synthetic) c.synthetic = n.synthetic;
    else if (n.kind === 'file') {
      c.data = (n.data ?? new Uint8Array(0)).slice(0, n.len ?? 0);
      c.len = c.data.length;
    }
    if (n.target !== undefined) c.target = n.target;
    if (n.xattrs) c.xattrs = new Map([...n.xattrs].map(([k, v]) => [k, v.slice()]));
    if (n.entries) {
      c.entries = new Map();
      for (const [name, child] of n.entries) c.entries.set(name, copy(child));
    }
    return c;
  };
  const root = copy(src.root);
  const out = new MemFs({ clock: opts.clock, dev: opts.dev, readOnly: true });
  Object.assign(out.root, root);
  out.inoCounter = renumber ? next : src.inoCounter;
  return out;
}
