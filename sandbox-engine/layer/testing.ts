/**
 * Test fixtures for the storage code: build a layer directory from a compact description. Not
 * used by the engine itself.
 *
 *   buildTree(clock, {
 *     '/etc': { dir: 0o755 },
 *     '/etc/motd': { file: 'Welcome\n', mtime: Date.UTC(2024, 0, 1) },
 *     '/bin/sh': { symlink: 'busybox' },
 *   });
 */
import type { Clock } from '../util/clock.ts';
import { utf8 } from '../util/text.ts';
import { MemFs } from '../vfs/memfs.ts';

export interface NodeSpec {
  dir?: number;
  file?: string | Uint8Array;
  /** A synthetic file of this size (a binary). */
  size?: number;
  symlink?: string;
  chardev?: number;
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: number;
  /** Path of an earlier entry to hard-link to. */
  link?: string;
  xattrs?: Record<string, string>;
}

/** Entries are created in the given order; missing parents become 0755 root directories. */
export function buildTree(clock: Clock, spec: Record<string, NodeSpec>, opts: { dev?: number; firstIno?: number; mtime?: number } = {}): MemFs {
  const fs = new MemFs({ clock, dev: opts.dev ?? 0x801, firstIno: opts.firstIno });
  const dirs: string[] = [];
  const ensure = (dir: string): void => {
    if (dir === '/' || fs.lstat(dir)) return;
    ensure(dir.slice(0, dir.lastIndexOf('/')) || '/');
    fs.create(dir, 'dir', { mode: 0o755, uid: 0, gid: 0 });
    dirs.push(dir);
  };
  const times: Array<[string, number]> = [];
  for (const [path, s] of Object.entries(spec)) {
    ensure(path.slice(0, path.lastIndexOf('/')) || '/');
    const owner = { uid: s.uid ?? 0, gid: s.gid ?? 0 };
    if (s.link) fs.link(s.link, path);
    else if (s.dir !== undefined) {
      if (!fs.lstat(path)) fs.create(path, 'dir', { mode: s.dir, ...owner });
      else fs.setattr(path, { mode: s.dir, ...owner });
    } else if (s.symlink !== undefined) fs.create(path, 'symlink', { mode: 0o777, ...owner }, s.symlink);
    else if (s.chardev !== undefined) fs.create(path, 'chardev', { mode: s.mode ?? 0, ...owner, rdev: s.chardev });
    else {
      fs.create(path, 'file', { mode: s.mode ?? 0o644, ...owner });
      if (s.size !== undefined) fs.setSynthetic(path, { synthetic: true, size: s.size, head: utf8('\x7fELF') });
      else if (s.file !== undefined) fs.write(path, typeof s.file === 'string' ? utf8(s.file) : s.file, 0, true);
    }
    for (const [k, v] of Object.entries(s.xattrs ?? {})) fs.setxattr(path, k, v);
    const t = s.mtime ?? opts.mtime;
    if (t !== undefined) times.push([path, t]);
  }
  // Directory times last, as a tar extraction does.
  const t0 = opts.mtime;
  if (t0 !== undefined) for (const d of dirs) fs.setattr(d, { mtime: t0, atime: t0 });
  for (const [p, t] of times) if (fs.lstat(p)!.kind !== 'dir') fs.setattr(p, { mtime: t, atime: t });
  for (const [p, t] of times) if (fs.lstat(p)!.kind === 'dir') fs.setattr(p, { mtime: t, atime: t });
  if (t0 !== undefined) fs.setattr('/', { mtime: t0, atime: t0 });
  return fs;
}

/** The reference image `storbb` used on the real engine: busybox, a few /etc files, empty /home. */
export const STORBB_TIME = Date.UTC(2026, 10, 30, 9, 45, 46);
export function storbbSpec(): Record<string, NodeSpec> {
  const spec: Record<string, NodeSpec> = {
    '/bin': { dir: 0o755 },
    '/bin/busybox': { size: 1982256, mode: 0o755 },
  };
  for (const a of ['sh', 'ls', 'cat', 'rm', 'mv', 'touch', 'mkdir', 'echo', 'stat', 'cp', 'ln', 'chmod', 'rmdir', 'mknod', 'sleep', 'find']) {
    spec[`/bin/${a}`] = { symlink: 'busybox' };
  }
  Object.assign(spec, {
    '/dev': { dir: 0o755 },
    '/etc': { dir: 0o755 },
    '/etc/motd': { file: 'Welcome\n', mtime: Date.UTC(2024, 0, 1) },
    '/etc/passwd': { file: 'root:x:0:0:root:/root:/bin/sh\n', mtime: Date.UTC(2024, 0, 1) },
    '/etc/sub/a': { file: 'a\n' },
    '/etc/sub/deep/f': { file: 'deep\n' },
    '/home': { dir: 0o755 },
    '/proc': { dir: 0o755 },
    '/root': { dir: 0o755 },
    '/sys': { dir: 0o755 },
    '/tmp': { dir: 0o1777 },
    '/usr/bin': { dir: 0o755 },
    '/var/log': { dir: 0o755 },
  });
  return spec;
}
