/**
 * LayerSpec → MemFs layer directory. Deterministic: the same spec gives the same tree (inode
 * numbers, times, order), which is what makes DiffIDs and image IDs stable across runs.
 */
import type { Clock } from '../util/clock.ts';
import { utf8 } from '../util/text.ts';
import { MemFs } from '../vfs/memfs.ts';
import { treeSize } from '../archive/diff.ts';
import type { Entry, LayerSpec } from './spec.ts';

/** A clock frozen at one instant: catalog trees never see the engine's virtual time. */
export function frozenClock(t: number): Clock {
  return {
    now: () => t,
    advance: async () => {},
    wait: () => new Promise<void>(() => {}),
    pendingTimers: () => 0,
  };
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function buildLayerTree(spec: LayerSpec): MemFs {
  const fs = new MemFs({ clock: frozenClock(spec.mtime), dev: 0x801 });
  const times = new Map<string, number>();
  const ensureDir = (path: string): void => {
    if (path === '/' || fs.lstat(path)) return;
    ensureDir(parentOf(path));
    fs.create(path, 'dir', { mode: 0o755, uid: 0, gid: 0 });
  };
  const seen = new Set<string>();
  for (const e of spec.entries) {
    if (seen.has(e.path)) throw new Error(`catalog: duplicate entry ${e.path}`);
    seen.add(e.path);
    ensureDir(parentOf(e.path));
    add(fs, e);
    times.set(e.path, e.mtime ?? spec.mtime);
  }
  if (spec.balance) balance(fs, spec.balance.path, spec.balance.total);
  // Times last, directories after their contents, as a tar extraction leaves them.
  const setTime = (p: string, t: number): void => fs.setattr(p, { mtime: t, atime: t });
  const walk = (d: string): void => {
    for (const name of fs.readdir(d)) {
      const p = d === '/' ? `/${name}` : `${d}/${name}`;
      const st = fs.lstat(p)!;
      if (st.kind === 'dir') walk(p);
      setTime(p, times.get(p) ?? spec.mtime);
    }
  };
  walk('/');
  setTime('/', spec.mtime);
  return fs;
}

function add(fs: MemFs, e: Entry): void {
  const owner = { uid: e.uid ?? 0, gid: e.gid ?? 0 };
  switch (e.kind) {
    case 'dir':
      if (fs.lstat(e.path)) fs.setattr(e.path, { mode: e.mode ?? 0o755, ...owner });
      else fs.create(e.path, 'dir', { mode: e.mode ?? 0o755, ...owner });
      return;
    case 'symlink':
      fs.create(e.path, 'symlink', { mode: 0o777, ...owner }, e.target);
      return;
    case 'hardlink':
      fs.link(e.target, e.path);
      return;
    case 'file': {
      fs.create(e.path, 'file', { mode: e.mode ?? 0o644, ...owner });
      if (e.text !== undefined) {
        const bytes = typeof e.text === 'string' ? utf8(e.text) : e.text;
        if (bytes.length) fs.write(e.path, bytes, 0, true);
      } else if (e.size !== undefined && e.size > 0) {
        fs.setSynthetic(e.path, { synthetic: true, size: e.size, head: e.head ?? new Uint8Array(0) });
      }
      return;
    }
  }
}

function balance(fs: MemFs, paths: string | readonly string[], total: number): void {
  const list = typeof paths === 'string' ? [paths] : paths;
  const nominal = list.map((p) => {
    const st = fs.lstat(p);
    if (!st || st.kind !== 'file') throw new Error(`catalog: balance file ${p} missing`);
    return st.size;
  });
  const sum = nominal.reduce((a, b) => a + b, 0);
  const left = total - (treeSize(fs) - sum);
  if (left < list.length) throw new Error(`catalog: layer already ${total - left} bytes, over its ${total}-byte target`);
  let given = 0;
  list.forEach((p, i) => {
    const size = i === list.length - 1 ? left - given : Math.max(1, Math.round((nominal[i] * left) / Math.max(sum, 1)));
    given += size;
    const content = fs.read(p);
    const head = content instanceof Uint8Array ? content : content.head;
    fs.setSynthetic(p, { synthetic: true, size, head: head.slice(0, Math.min(head.length, size)) });
  });
}
