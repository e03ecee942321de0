import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../util/clock.ts';
import { buildTree, type NodeSpec } from '../layer/testing.ts';
import { changeString, changesDirs, changesSize, sameFsTime, statDifferent } from './changes.ts';
import type { Stat } from '../vfs/types.ts';

const T = Date.UTC(2026, 0, 5, 9, 0, 0);

function diff(oldSpec: Record<string, NodeSpec>, newSpec: Record<string, NodeSpec>): string[] {
  const clock = new VirtualClock(T);
  const oldTree = buildTree(clock, oldSpec, { mtime: T });
  const newTree = buildTree(clock, newSpec, { mtime: T });
  return changesDirs(newTree, oldTree).map(changeString);
}

const base: Record<string, NodeSpec> = {
  '/etc/motd': { file: 'Welcome\n' },
  '/etc/passwd': { file: 'root:x:0:0::/root:/bin/sh\n' },
  '/tmp': { dir: 0o1777 },
  '/var/lib/apt/lists/a': { file: 'a' },
  '/var/lib/apt/lists/b': { file: 'b' },
};

describe('changesDirs (go-archive addChanges)', () => {
  it('touch /tmp/x; rm /etc/motd gives C /etc, D /etc/motd, C /tmp, A /tmp/x', () => {
    const next = { ...base, '/tmp/x': { file: '' } } as Record<string, NodeSpec>;
    delete next['/etc/motd'];
    expect(diff(base, next)).toEqual(['C /etc', 'D /etc/motd', 'C /tmp', 'A /tmp/x']);
  });

  it('reports a deleted directory once, without its contents, and its ancestors as C', () => {
    const next = { ...base } as Record<string, NodeSpec>;
    delete next['/var/lib/apt/lists/a'];
    delete next['/var/lib/apt/lists/b'];
    next['/var/lib/apt'] = { dir: 0o755 };
    expect(diff(base, next)).toEqual(['C /var', 'C /var/lib', 'C /var/lib/apt', 'D /var/lib/apt/lists']);
  });

  it('reports every path below an added directory as A, parents first', () => {
    const next = { ...base, '/opt/app/bin/run': { file: '#!/bin/sh\n' }, '/opt/app/README': { file: 'r' } };
    expect(diff(base, next)).toEqual(['A /opt', 'A /opt/app', 'A /opt/app/README', 'A /opt/app/bin', 'A /opt/app/bin/run']);
  });

  it('a directory whose only change is its mtime is not reported', () => {
    const next = { ...base, '/tmp': { dir: 0o1777, mtime: T + 60_000 } };
    expect(diff(base, next)).toEqual([]);
  });

  it('a file whose content changed but size and mtime did not is not reported', () => {
    const next = { ...base, '/etc/motd': { file: 'Welcomf\n' } };
    expect(diff(base, next)).toEqual([]);
  });

  it('mode, owner, size, type and mtime changes of files are C', () => {
    expect(diff(base, { ...base, '/etc/motd': { file: 'Welcome\n', mode: 0o600 } })).toEqual(['C /etc', 'C /etc/motd']);
    expect(diff(base, { ...base, '/etc/motd': { file: 'Welcome\n', uid: 1000 } })).toEqual(['C /etc', 'C /etc/motd']);
    expect(diff(base, { ...base, '/etc/motd': { file: 'Hi\n' } })).toEqual(['C /etc', 'C /etc/motd']);
    expect(diff(base, { ...base, '/etc/motd': { file: 'Welcome\n', mtime: T + 2000 } })).toEqual(['C /etc', 'C /etc/motd']);
    expect(diff(base, { ...base, '/tmp': { dir: 0o755 } })).toEqual(['C /tmp']);
  });

  it('a file replaced by a directory is C and its new children are A', () => {
    const next = { ...base, '/etc/motd': { dir: 0o755 }, '/etc/motd/x': { file: '' } } as Record<string, NodeSpec>;
    expect(diff(base, next)).toEqual(['C /etc', 'C /etc/motd', 'A /etc/motd/x']);
  });

  it('a directory replaced by a file is C, and its old children are not listed', () => {
    const next = { ...base } as Record<string, NodeSpec>;
    delete next['/var/lib/apt/lists/a'];
    delete next['/var/lib/apt/lists/b'];
    next['/var/lib/apt/lists'] = { file: 'now a file' };
    expect(diff(base, next)).toEqual(['C /var', 'C /var/lib', 'C /var/lib/apt', 'C /var/lib/apt/lists']);
  });

  it('a changed security.capability counts as C', () => {
    const next = { ...base, '/etc/motd': { file: 'Welcome\n', xattrs: { 'security.capability': 'cap' } } };
    expect(diff(base, next)).toEqual(['C /etc', 'C /etc/motd']);
  });

  it('lists adds and changes of a directory before its deletions', () => {
    const next = { ...base, '/etc/a-new': { file: '' }, '/etc/zz': { file: '' } } as Record<string, NodeSpec>;
    delete next['/etc/motd'];
    expect(diff(base, next)).toEqual(['C /etc', 'A /etc/a-new', 'A /etc/zz', 'D /etc/motd']);
  });
});

describe('statDifferent and sameFsTime', () => {
  const st = (o: Partial<Stat>): Stat => ({
    kind: 'file', mode: 0o644, uid: 0, gid: 0, size: 1, mtime: 1000, atime: 0, ctime: 0, ino: 1, nlink: 1, rdev: 0, dev: 1, ...o,
  });

  it('treats equal times and same-second times with a whole-second side as equal', () => {
    expect(sameFsTime(5000, 5000)).toBe(true);
    expect(sameFsTime(5000, 5999)).toBe(true); // tar-truncated vs precise
    expect(sameFsTime(5123, 5000)).toBe(true);
    expect(sameFsTime(5123, 5456)).toBe(false); // same second, both with fractions
    expect(sameFsTime(5000, 6000)).toBe(false);
  });

  it('ignores inode, ctime, atime, nlink and dev', () => {
    expect(statDifferent(st({}), st({ ino: 9, ctime: 7, atime: 7, nlink: 3, dev: 2 }))).toBe(false);
    expect(statDifferent(st({ kind: 'dir', size: 4096, mtime: 0 }), st({ kind: 'dir', size: 8192, mtime: 99_000 }))).toBe(false);
    expect(statDifferent(st({ kind: 'chardev', rdev: 259 }), st({ kind: 'chardev', rdev: 260 }))).toBe(true);
  });

  it('changesSize counts a hard-linked inode once and skips directories and deletions', () => {
    const clock = new VirtualClock(T);
    const tree = buildTree(clock, { '/a': { file: 'abc' }, '/b': { link: '/a' }, '/d': { dir: 0o755 } });
    const changes = changesDirs(tree, buildTree(clock, {}));
    expect(changes.map(changeString)).toEqual(['A /a', 'A /b', 'A /d']);
    expect(changesSize(tree, [...changes, { path: '/gone', kind: 2 }])).toBe(3);
  });
});
