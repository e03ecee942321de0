import { describe, expect, it } from 'vitest';
import {
  CopyError,
  assertsDirectory,
  prepareArchiveCopy,
  preserveTrailingDotOrSeparator,
  rebaseArchiveEntries,
  splitPathDirEntry,
  type ArchiveEntry,
} from './copy.ts';

const entry = (name: string, type: 'file' | 'dir' = 'file'): ArchiveEntry => ({
  header: { name, type, mode: 0o644, uid: 0, gid: 0, size: 0, mtime: 0, linkname: '', uname: '', gname: '', devmajor: 0, devminor: 0 },
});

describe('go-archive copy helpers', () => {
  it('path forms a user can type', () => {
    expect(splitPathDirEntry('/a/b/')).toEqual(['/a', 'b']);
    expect(splitPathDirEntry('/a/b/.')).toEqual(['/a/b', '.']);
    expect(splitPathDirEntry('/')).toEqual(['/', '/']);
    expect(preserveTrailingDotOrSeparator('/home/u', '.')).toBe('/home/u/.');
    expect(preserveTrailingDotOrSeparator('/home/u/d', 'd/')).toBe('/home/u/d/');
    expect([assertsDirectory('x/'), assertsDirectory('x/.'), assertsDirectory('x')]).toEqual([true, true, false]);
  });

  it('PrepareArchiveCopy: where to extract and how to rename', () => {
    const dir = [entry('d1/', 'dir'), entry('d1/f')];
    const src = { path: '/h/d1', exists: true, isDir: true };
    expect(prepareArchiveCopy(dir, src, { path: '/t', exists: true, isDir: true }).dstDir).toBe('/t');
    const renamed = prepareArchiveCopy(dir, src, { path: '/t/new', exists: false, isDir: false });
    expect([renamed.dstDir, renamed.entries.map((e) => e.header.name)]).toEqual(['/t', ['new/', 'new/f']]);
    expect(() => prepareArchiveCopy(dir, src, { path: '/t/file', exists: true, isDir: false })).toThrow(CopyError);
    const file = { path: '/h/f', exists: true, isDir: false };
    expect(() => prepareArchiveCopy([entry('f')], file, { path: '/t/no/', exists: false, isDir: false })).toThrow('no such directory');
  });

  it('RebaseArchiveEntries replaces the first occurrence, as strings.Replace(s, old, new, 1)', () => {
    expect(rebaseArchiveEntries([entry('a/ba')], 'a', 'x').map((e) => e.header.name)).toEqual(['x/ba']);
    expect(rebaseArchiveEntries([entry('etc')], '/', 'r').map((e) => e.header.name)).toEqual(['retc']);
  });
});
