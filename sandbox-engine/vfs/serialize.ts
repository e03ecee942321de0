/**
 * MemFs to plain JSON-able data and back. Inodes are listed once by number so hard links survive;
 * file bytes are base64; synthetic files keep only their size and head.
 */
import type { Clock } from '../util/clock.ts';
import { fromBase64, toBase64 } from '../util/base64.ts';
import { MemFs, type Inode } from './memfs.ts';
import type { FileKind } from './types.ts';

export interface MemFsState {
  dev: number;
  readOnly: boolean;
  nextIno: number;
  root: number;
  inodes: SerializedInode[];
}

interface SerializedInode {
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
  data?: string;
  synthetic?: { size: number; head: string };
  entries?: Array<[string, number]>;
  target?: string;
  /** Extended attributes as [name, base64 value], in the inode's insertion order. */
  xattrs?: Array<[string, string]>;
}

export function serializeMemFs(fs: MemFs): MemFsState {
  const seen = new Map<number, SerializedInode>();
  const walk = (n: Inode): void => {
    if (seen.has(n.ino)) return;
    const s: SerializedInode = {
      ino: n.ino,
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
    seen.set(n.ino, s);
    if (n.synthetic) s.synthetic = { size: n.synthetic.size, head: toBase64(n.synthetic.head) };
    else if (n.kind === 'file') s.data = toBase64((n.data ?? new Uint8Array(0)).subarray(0, n.len ?? 0));
    if (n.kind === 'symlink') s.target = n.target;
    if (n.xattrs) s.xattrs = [...n.xattrs].map(([k, v]) => [k, toBase64(v)]);
    if (n.entries) {
      s.entries = [...n.entries].map(([name, child]) => [name, child.ino]);
      for (const child of n.entries.values()) walk(child);
    }
  };
  walk(fs.root);
  return { dev: fs.dev, readOnly: fs.readOnly, nextIno: fs.inoCounter, root: fs.root.ino, inodes: [...seen.values()] };
}

export function restoreMemFs(state: MemFsState, clock: Clock): MemFs {
  const fs = new MemFs({ clock, dev: state.dev, readOnly: state.readOnly });
  const byIno = new Map<number, Inode>();
  for (const s of state.inodes) {
    const n: Inode = {
      ino: s.ino,
      kind: s.kind,
      mode: s.mode,
      uid: s.uid,
      gid: s.gid,
      mtime: s.mtime,
      atime: s.atime,
      ctime: s.ctime,
      nlink: s.nlink,
      rdev: s.rdev,
    };
    if (s.synthetic) n.synthetic = { synthetic: true, size: s.synthetic.size, head: fromBase64(s.synthetic.head) };
    else if (s.kind === 'file') {
      n.data = fromBase64(s.data ?? '');
      n.len = n.data.length;
    }
    if (s.kind === 'symlink') n.target = s.target;
    if (s.xattrs) n.xattrs = new Map(s.xattrs.map(([k, v]) => [k, fromBase64(v)]));
    if (s.kind === 'dir') n.entries = new Map();
    byIno.set(s.ino, n);
  }
  for (const s of state.inodes) {
    if (!s.entries) continue;
    const dir = byIno.get(s.ino)!;
    for (const [name, ino] of s.entries) dir.entries!.set(name, byIno.get(ino)!);
  }
  const root = byIno.get(state.root)!;
  Object.assign(fs.root, root, { entries: root.entries });
  fs.inoCounter = state.nextIno;
  return fs;
}
