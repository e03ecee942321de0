/**
 * What `docker load` does first (moby v28.5.2 image/tarexport/load.go untar → go-archive
 * chrootarchive.Untar): the input, plain or gzip-compressed (compression.DecompressStream), is
 * unpacked into a scratch directory `/var/lib/docker/tmp/docker-import-<n>` (os.MkdirTemp's random
 * decimal suffix), and files are then opened inside it with symlinks kept in scope
 * (load.go safePath → symlink.FollowSymlinkInScope).
 *
 * Here the directory is a map of paths; errors carry Go's texts: a truncated archive or one that
 * is too short is `unexpected EOF`, a block that is no tar header `archive/tar: invalid tar
 * header`, a name climbing out `"../x" is outside of "<dir>"`, a missing file
 * `open <dir>/<path>: no such file or directory`, a directory read as a file
 * `read <dir>/<path>: is a directory`.
 */
import { readTar, TarFormatError, type TarEntry } from '../../archive/tar.ts';
import { gunzip, GzipError, isGzip } from '../../builder/gunzip.ts';

export type Node = { kind: 'dir' } | { kind: 'file'; data: Uint8Array } | { kind: 'symlink'; target: string } | { kind: 'other' };

/** An error the daemon writes into the response stream (the CLI prints it as it is). */
export class StreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StreamError';
  }
}

const MAGIC: Array<[string, number[]]> = [
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
];

/** compression.DecompressStream: gzip is undone; bzip2, xz and zstd are not simulated. */
export function decompress(data: Uint8Array): Uint8Array {
  if (isGzip(data)) {
    try {
      return gunzip(data);
    } catch (e) {
      if (e instanceof GzipError) throw new StreamError(e.message);
      throw e;
    }
  }
  for (const [name, magic] of MAGIC) {
    if (data.length >= magic.length && magic.every((b, i) => data[i] === b)) {
      throw new StreamError(`${name}-compressed archives are not supported in this simulation`);
    }
  }
  return data;
}

const BLOCK = 512;

function octal(b: Uint8Array, off: number, len: number): number {
  const f = b.subarray(off, off + len);
  if (f[0] & 0x80) {
    let v = f[0] & 0x7f;
    for (let i = 1; i < f.length; i++) v = v * 256 + f[i];
    return v;
  }
  const s = String.fromCharCode(...f).replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
  return s === '' ? 0 : parseInt(s, 8);
}

/**
 * Where Go's reader (Go 1.24 archive/tar reader.go) would stop: headers are read whole
 * (io.ReadFull), so input that ends inside a header or a body is `unexpected EOF`; a zero block
 * followed by the end, or by a second zero block, ends the archive; input that simply ends
 * between entries, or inside an entry's padding, is a clean end too.
 */
function checkBlocks(data: Uint8Array): void {
  let off = 0;
  let paxSize: number | null = null;
  while (off < data.length) {
    if (off + BLOCK > data.length) throw new StreamError('unexpected EOF');
    const blk = data.subarray(off, off + BLOCK);
    if (blk.every((b) => b === 0)) {
      if (off + BLOCK === data.length) return;
      if (off + 2 * BLOCK > data.length) throw new StreamError('unexpected EOF');
      if (data.subarray(off + BLOCK, off + 2 * BLOCK).every((b) => b === 0)) return;
      throw new StreamError('archive/tar: invalid tar header');
    }
    const flag = String.fromCharCode(blk[156]);
    let size = octal(blk, 124, 12);
    if (paxSize !== null && flag !== 'x' && flag !== 'g') size = paxSize;
    const hasBody = !['1', '2', '3', '4', '5', '6'].includes(flag);
    const body = hasBody ? Math.ceil(size / BLOCK) * BLOCK : 0;
    // A body cut short is `unexpected EOF`; padding cut short is a clean end (reader.go next:
    // tryReadFull returns io.EOF when the padding ends early).
    if (off + BLOCK + (hasBody ? size : 0) > data.length) throw new StreamError('unexpected EOF');
    if (off + BLOCK + body > data.length) return;
    if (flag === 'x') {
      const text = new TextDecoder('latin1').decode(data.subarray(off + BLOCK, off + BLOCK + size));
      const m = /(?:^|\n)\d+ size=(\d+)\n/.exec(text);
      paxSize = m ? Number(m[1]) : null;
    } else if (flag !== 'g' && flag !== 'L' && flag !== 'K') paxSize = null;
    off += BLOCK + body;
  }
}

/** Go's archive/tar reader over the whole input, with its error texts. */
export function readGoTar(data: Uint8Array): TarEntry[] {
  let entries: TarEntry[];
  try {
    entries = readTar(data);
  } catch (e) {
    if (e instanceof TarFormatError) {
      throw new StreamError(e.message.includes('unexpected EOF') ? 'unexpected EOF' : 'archive/tar: invalid tar header');
    }
    throw e;
  }
  checkBlocks(data);
  return entries;
}

function clean(parts: string[]): string[] | null {
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(p);
  }
  return out;
}

export class ScratchDir {
  /** `/var/lib/docker/tmp/docker-import-<n>` */
  readonly root: string;
  private readonly nodes = new Map<string, Node>([['', { kind: 'dir' }]]);

  constructor(root: string) {
    this.root = root;
  }

  /** archive.Unpack of `entries` into the directory. */
  unpack(entries: readonly TarEntry[]): void {
    for (const { header: h, data } of entries) {
      const parts = clean(h.name.split('/'));
      if (parts === null) throw new StreamError(`${JSON.stringify(h.name.replace(/\/+$/, ''))} is outside of ${JSON.stringify(this.root)}`);
      const path = parts.join('/');
      if (path === '') continue;
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        if (!this.nodes.has(dir)) this.nodes.set(dir, { kind: 'dir' });
      }
      const existing = this.nodes.get(path);
      if (existing && !(existing.kind === 'dir' && h.type === 'dir')) this.remove(path);
      switch (h.type) {
        case 'dir':
          if (!this.nodes.has(path)) this.nodes.set(path, { kind: 'dir' });
          break;
        case 'file':
          this.nodes.set(path, { kind: 'file', data });
          break;
        case 'symlink':
          this.nodes.set(path, { kind: 'symlink', target: h.linkname });
          break;
        case 'hardlink': {
          const target = clean(h.linkname.split('/'));
          const node = target === null ? undefined : this.nodes.get(target.join('/'));
          if (!node) throw new StreamError(`link ${this.root}/${h.linkname} ${this.root}/${path}: no such file or directory`);
          this.nodes.set(path, node);
          break;
        }
        default:
          this.nodes.set(path, { kind: 'other' });
      }
    }
  }

  private remove(path: string): void {
    for (const k of [...this.nodes.keys()]) if (k === path || k.startsWith(`${path}/`)) this.nodes.delete(k);
  }

  /** FollowSymlinkInScope(join(root, rel), root), as a path relative to the root. */
  resolve(rel: string): string {
    let pending = rel.split('/');
    const done: string[] = [];
    let links = 0;
    while (pending.length > 0) {
      const part = pending.shift()!;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        done.pop();
        continue;
      }
      const here = [...done, part].join('/');
      const node = this.nodes.get(here);
      if (node?.kind === 'symlink') {
        if (++links > 255) throw new StreamError(`evalSymlinksInScope: too many links in ${this.root}/${rel}`);
        if (node.target.startsWith('/')) done.length = 0;
        pending = [...node.target.split('/'), ...pending];
        continue;
      }
      done.push(part);
    }
    return done.join('/');
  }

  /** The full path Go would name in an error. */
  full(rel: string): string {
    return rel === '' ? this.root : `${this.root}/${rel}`;
  }

  /** os.ReadFile of an already resolved path. */
  read(rel: string): Uint8Array {
    const parts = rel === '' ? [] : rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const n = this.nodes.get(parts.slice(0, i).join('/'));
      if (n && n.kind !== 'dir') throw new StreamError(`open ${this.full(rel)}: not a directory`);
    }
    const node = this.nodes.get(rel);
    if (!node) throw new StreamError(`open ${this.full(rel)}: no such file or directory`);
    if (node.kind === 'dir') throw new StreamError(`read ${this.full(rel)}: is a directory`);
    if (node.kind !== 'file') throw new StreamError(`open ${this.full(rel)}: no such device or address`);
    return node.data;
  }

  exists(rel: string): boolean {
    return this.nodes.has(rel);
  }

  /** os.ReadDir of the root: names sorted, with whether each is a directory. */
  topLevel(): Array<{ name: string; dir: boolean }> {
    return [...this.nodes.entries()]
      .filter(([k]) => k !== '' && !k.includes('/'))
      .map(([name, n]) => ({ name, dir: n.kind === 'dir' }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
