import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../util/clock.ts';
import { fromUtf8 } from '../util/text.ts';
import { MemFs } from '../vfs/memfs.ts';
import { buildTree } from '../layer/testing.ts';
import { readTar } from './tar.ts';
import { layerTar, treeSize, unpackLayer } from './diff.ts';

const T = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('layerTar (overlay2 Driver.Diff)', () => {
  it('archives an upper dir: walk order, Engine 28 headers, whiteouts and opaque markers', () => {
    const clock = new VirtualClock(T);
    const upper = buildTree(
      clock,
      {
        '/etc': { dir: 0o755 },
        '/etc/motd': { chardev: 0 },
        '/etc/sub': { dir: 0o755, xattrs: { 'trusted.overlay.opaque': 'y', 'trusted.overlay.origin': 'x' } },
        '/etc/sub/b': { file: 'b\n' },
        '/bin/ping': { file: 'P', mode: 0o4755, xattrs: { 'security.capability': 'caps' } },
        '/tmp': { dir: 0o1777 },
      },
      { mtime: T + 1500 },
    );
    const entries = readTar(layerTar(upper));
    const s = T / 1000 + 1; // mtimes are truncated to whole seconds
    expect(entries.map((e) => `${e.header.type} ${e.header.name} ${e.header.mode.toString(8)} ${e.header.mtime}`)).toEqual([
      `dir bin/ 755 ${s}`,
      `file bin/ping 4755 ${s}`,
      `dir etc/ 755 ${s}`,
      `file etc/.wh.motd 600 ${s}`,
      `dir etc/sub/ 755 ${s}`,
      'file etc/sub/.wh..wh..opq 755 0',
      `file etc/sub/b 644 ${s}`,
      `dir tmp/ 1777 ${s}`,
    ]);
    expect(entries.every((e) => e.header.uname === '' && e.header.gname === '')).toBe(true);
    // Only security.capability travels; overlay's own xattrs never do.
    expect(fromUtf8(entries[1].header.pax!['SCHILY.xattr.security.capability'] as Uint8Array)).toBe('caps');
    expect(entries.filter((e) => e.header.pax).length).toBe(1);
  });

  it('whiteouts: "none" keeps them as devices (a merged view has none anyway); exclude skips subtrees', () => {
    const clock = new VirtualClock(T);
    const tree = buildTree(clock, { '/a/.keep': { file: '' }, '/gone': { chardev: 0 }, '/skip/x': { file: 'x' } });
    const names = readTar(layerTar(tree, { whiteouts: 'none', exclude: (p) => p === '/skip' })).map((e) => `${e.header.type} ${e.header.name}`);
    expect(names).toEqual(['dir a/', 'file a/.keep', 'chardev gone']);
  });

  it('stores v3 file capabilities as v2 (20 bytes)', () => {
    const clock = new VirtualClock(T);
    const tree = new MemFs({ clock, dev: 1 });
    tree.create('/f', 'file', { mode: 0o755, uid: 0, gid: 0 });
    const v3 = new Uint8Array(24);
    v3[3] = 3;
    v3[4] = 0x20;
    tree.setxattr('/f', 'security.capability', v3);
    const cap = readTar(layerTar(tree))[0].header.pax!['SCHILY.xattr.security.capability'] as Uint8Array;
    expect(cap.length).toBe(20);
    expect(cap[3]).toBe(2);
    expect(cap[4]).toBe(0x20);
  });
});

describe('unpackLayer (overlay2 ApplyDiff)', () => {
  it('turns the recorded layer back into an upper dir: 0/0 devices, opaque xattr, hard links', () => {
    // The reference engine's committed-layer diff dir (overlay2/<cache-id>/diff) showed
    //   c--------- 1 root root 0, 0 ./etc/motd        c--------- 1 root root 0, 0 ./home
    //   drwxr-xr-x ./etc/sub with trusted.overlay.opaque="y", and whole-second mtimes.
    const tar = new Uint8Array(readFileSync(new URL('./testdata/docker20-commit-layer.tar', import.meta.url)));
    const clock = new VirtualClock(T);
    const dir = new MemFs({ clock, dev: 0x801 });
    unpackLayer(tar, dir);
    expect(dir.readdir('/')).toEqual(['d', 'etc', 'home', 'p']);
    expect(dir.lstat('/etc/motd')).toMatchObject({ kind: 'chardev', mode: 0, rdev: 0, uid: 0, nlink: 1 });
    expect(dir.lstat('/home')).toMatchObject({ kind: 'chardev', mode: 0, rdev: 0, nlink: 1 });
    expect(dir.lstat('/etc/.wh.motd')).toBeNull();
    expect(dir.readdir('/etc/sub')).toEqual(['b']);
    expect(fromUtf8(dir.getxattr('/etc/sub', 'trusted.overlay.opaque')!)).toBe('y');
    expect(dir.lstat('/d/sub')).toMatchObject({ kind: 'dir', mode: 0o1777, mtime: 1796032514000 });
    expect(dir.lstat('/d/suid')!.mode).toBe(0o4755);
    expect(dir.lstat('/d/f')).toMatchObject({ uid: 1000, gid: 1000, nlink: 2 });
    expect(dir.lstat('/d/cdev')).toMatchObject({ kind: 'chardev', rdev: 259 });
    expect(dir.readlink('/d/longsym')).toMatch(/ccccc\.txt$/);
    expect(dir.lstat('/d/é.txt')!.size).toBe(2);
    // moby directory.Size: the reference engine's layerdb size for the same kind of layer counted
    // symlink target lengths and each hard-linked inode once.
    expect(treeSize(dir)).toBe(49 + 2 + 3 + 2 + 2 + 2 + 2 + 4 + 117);
  });

  it('creates missing parents 0755 and replaces an existing non-directory', () => {
    const clock = new VirtualClock(T);
    const dir = buildTree(clock, { '/x': { file: 'old' } });
    const src = buildTree(clock, { '/a/b/c': { file: 'c' }, '/x/y': { file: 'y' } }, { mtime: T });
    const entries = readTar(layerTar(src)).filter((e) => e.header.name !== 'a/' && e.header.name !== 'a/b/');
    unpackLayer(entries, dir);
    expect(dir.lstat('/a/b')).toMatchObject({ kind: 'dir', mode: 0o755 });
    expect(dir.lstat('/x')!.kind).toBe('dir');
    expect(fromUtf8(dir.read('/x/y') as Uint8Array)).toBe('y');
  });
});
