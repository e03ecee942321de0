/**
 * Where Go's tar reader stops, and the progress reports of a layer file. The expectations were
 * produced with Go 1.23 archive/tar (a loop of Next and io.Copy over the same inputs) and from a
 * `docker load` on a terminal (recorded with script: a 3 MB layer first showed 32.77kB).
 */
import { describe, expect, it } from 'vitest';
import { writeTar } from '../../archive/tar.ts';
import { readGoTar } from './untar.ts';
import { loadingProgress } from './load.ts';

const archive = writeTar([
  { header: { name: 'blobs/', type: 'dir' } },
  { header: { name: 'blobs/x', type: 'file' }, body: new Uint8Array(459).fill(121) },
]);

function outcome(data: Uint8Array): string {
  try {
    return `entries=${readGoTar(data).length}`;
  } catch (e) {
    return (e as Error).message;
  }
}

const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

describe('readGoTar', () => {
  it('ends and errors as Go 1.23 archive/tar does', () => {
    const two = archive.subarray(0, 1536);
    expect(outcome(new TextEncoder().encode('hello\n'))).toBe('unexpected EOF');
    expect(outcome(archive.subarray(0, 512 + 512 + 459 + 10))).toBe('entries=2'); // padding cut: clean end
    expect(outcome(archive.subarray(0, 1000))).toBe('unexpected EOF'); // second header cut
    expect(outcome(archive.subarray(0, 512 + 512 + 200))).toBe('unexpected EOF'); // body cut
    expect(outcome(cat(two, new Uint8Array(512), new Uint8Array(100).fill(120)))).toBe('unexpected EOF');
    expect(outcome(cat(two, new Uint8Array(512), new Uint8Array(512).fill(120)))).toBe('archive/tar: invalid tar header');
    expect(outcome(cat(two, new Uint8Array(512)))).toBe('entries=2');
    expect(outcome(cat(two, new Uint8Array(300)))).toBe('unexpected EOF');
    expect(outcome(new Uint8Array(1024).fill(65))).toBe('archive/tar: invalid tar header');
    expect(outcome(new Uint8Array(0))).toBe('entries=0');
    expect(outcome(archive)).toBe('entries=2');
  });
});

describe('loadingProgress', () => {
  it('the first read past 1% of the file, then the EOF read', () => {
    const counts = (size: number) => loadingProgress('sha256:7c3ff5615eb907f65dd1175f7d987a6be8efb90ece9114431ceadd91cdef4979', size).map((m) => ('progressDetail' in m ? m.progressDetail.current : -1));
    // The recorded 3 MB layer: 32.77kB first (what came between depends on time), 3.011MB last.
    expect(counts(3011072)).toEqual([32768, 3011072]);
    // alpine's 8 MB layer: 1% is 80783 bytes, passed by the third 32 KiB read.
    expect(counts(8078336)).toEqual([98304, 8078336]);
    // A small layer is read at once: the read that reaches the end reports, then EOF again.
    expect(counts(3072)).toEqual([3072, 3072]);
    expect(loadingProgress('sha256:7c3ff5615eb907f65dd1175f7d987a6be8efb90ece9114431ceadd91cdef4979', 3072)[0]).toEqual({ id: '7c3ff5615eb9', status: 'Loading layer', progressDetail: { current: 3072, total: 3072 } });
  });
});
