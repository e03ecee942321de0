/**
 * A tar codec that writes the bytes Go's archive/tar writes for Docker layers, and reads what GNU
 * tar, busybox tar and Go write.
 *
 * Why not modern-tar (design.md's pick): its public API (packTar, unpackTar, createTarPacker,
 * createTarDecoder) is Promise- and ReadableStream-based only, while layer digests are computed
 * inside synchronous engine steps (commit, build, pull), and its header choices (PAX naming, when
 * to use the USTAR prefix, checksum layout) would have to match Go's byte for byte anyway. The
 * format is small; this file implements exactly the part Docker uses.
 *
 * Writer rules, mirroring Go's `tar.Writer.WriteHeader` for a header whose Format is PAX (what
 * moby/go-archive sets):
 * - USTAR is used whenever it can hold the header: a path longer than 100 bytes is split into the
 *   155-byte prefix field at a `/` when possible.
 * - Otherwise a PAX extended header (typeflag `x`, named `<dir>/PaxHeaders.0/<base>`) carries the
 *   records that do not fit (path, linkpath, uname, gname, uid, gid, size, mtime) plus any extra
 *   records (e.g. `SCHILY.xattr.security.capability`), sorted by key; the main header then holds
 *   the ASCII-only, 100-byte-truncated name, and 0 in numeric fields that overflow.
 * - Numbers are zero-padded octal with a NUL; the checksum is 6 octal digits, NUL, space.
 * - `close()` writes two zero blocks and nothing more (no padding to a 10 KiB record), so the
 *   empty archive is 1024 zero bytes: sha256 5f70bf18…c3c6ef, Docker's empty-layer DiffID.
 *
 * Example:
 *   const bytes = writeTar([{ header: { name: 'etc/', type: 'dir', mode: 0o755 } },
 *                           { header: { name: 'etc/motd', type: 'file', mode: 0o644 }, body: utf8('hi\n') }]);
 *   readTar(bytes)[1].data  // Uint8Array 'hi\n'
 */
import type { Content } from '../vfs/types.ts';
import { fromUtf8, utf8 } from '../util/text.ts';

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'chardev' | 'blockdev' | 'dir' | 'fifo';

export interface TarHeader {
  /** Path inside the archive; directories end with `/` (go-archive's canonicalTarName). */
  name: string;
  type: TarEntryType;
  /**
   * The mode field as stored: permission bits with setuid/setgid/sticky. Go-written tars of older
   * Docker (20.10) also carry the file-type bits (0o40000 for a directory...); readers mask them.
   */
  mode: number;
  uid: number;
  gid: number;
  /** Body length; only `file` entries have a body. */
  size: number;
  /** Whole seconds since the epoch. */
  mtime: number;
  /** Symlink target or hard-link target; kept as given for other types too. */
  linkname: string;
  uname: string;
  gname: string;
  devmajor: number;
  devminor: number;
  /** Extra PAX records (not the basic keys), e.g. `SCHILY.xattr.security.capability`. */
  pax?: Record<string, string | Uint8Array>;
}

export type TarHeaderInput = Partial<TarHeader> & Pick<TarHeader, 'name' | 'type'>;

export interface TarEntry {
  header: TarHeader;
  /** Body bytes (`file` entries); empty for the others. */
  data: Uint8Array;
}

/** A malformed archive or a header the format cannot represent. */
export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

export const BLOCK = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;

const TYPEFLAG: Record<TarEntryType, string> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  chardev: '3',
  blockdev: '4',
  dir: '5',
  fifo: '6',
};

/** Field offsets and sizes of a ustar header block. */
const F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  chksum: [148, 8],
  typeflag: [156, 1],
  linkname: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  uname: [265, 32],
  gname: [297, 32],
  devmajor: [329, 8],
  devminor: [337, 8],
  prefix: [345, 155],
} as const;

type Field = keyof typeof F;

export type TarSink = (chunk: Uint8Array) => void;

const ZEROS = new Uint8Array(64 * 1024);

/**
 * Streams an archive into `sink`, one header or body chunk at a time, so a layer of synthetic
 * files can be hashed without materializing it.
 */
export class TarWriter {
  private readonly sink: TarSink;
  private written = 0;
  private closed = false;

  constructor(sink: TarSink) {
    this.sink = sink;
  }

  /** Bytes emitted so far. */
  get length(): number {
    return this.written;
  }

  add(input: TarHeaderInput, body?: Content): void {
    if (this.closed) throw new TarFormatError('archive/tar: write after close');
    const h = completeHeader(input, body);
    for (const block of encodeHeader(h)) this.emit(block);
    if (h.type !== 'file' || h.size === 0) return;
    const len = body ? contentLength(body) : 0;
    if (len !== h.size) throw new TarFormatError(`archive/tar: body is ${len} bytes, header says ${h.size}`);
    this.emitContent(body!);
    const pad = (BLOCK - (h.size % BLOCK)) % BLOCK;
    if (pad) this.emit(ZEROS.subarray(0, pad));
  }

  close(): void {
    if (this.closed) return;
    this.emit(ZEROS.subarray(0, 2 * BLOCK));
    this.closed = true;
  }

  private emitContent(c: Content): void {
    if (c instanceof Uint8Array) {
      this.emit(c);
      return;
    }
    const head = c.head.subarray(0, Math.min(c.head.length, c.size));
    if (head.length) this.emit(head);
    for (let left = c.size - head.length; left > 0; left -= ZEROS.length) this.emit(ZEROS.subarray(0, Math.min(left, ZEROS.length)));
  }

  private emit(b: Uint8Array): void {
    this.written += b.length;
    this.sink(b);
  }
}

/** Build a whole archive in memory. */
export function writeTar(entries: Iterable<{ header: TarHeaderInput; body?: Content }>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const w = new TarWriter((c) => chunks.push(c.slice()));
  for (const e of entries) w.add(e.header, e.body);
  w.close();
  return concat(chunks);
}

function contentLength(c: Content): number {
  return c instanceof Uint8Array ? c.length : c.size;
}

function completeHeader(h: TarHeaderInput, body?: Content): TarHeader {
  const size = h.type === 'file' ? (h.size ?? (body ? contentLength(body) : 0)) : 0;
  return {
    name: h.name,
    type: h.type,
    mode: h.mode ?? (h.type === 'dir' ? 0o755 : 0o644),
    uid: h.uid ?? 0,
    gid: h.gid ?? 0,
    size,
    mtime: Math.floor(h.mtime ?? 0),
    linkname: h.linkname ?? '',
    uname: h.uname ?? '',
    gname: h.gname ?? '',
    devmajor: h.devmajor ?? 0,
    devminor: h.devminor ?? 0,
    pax: h.pax,
  };
}

// ---------------------------------------------------------------------------------------------
// Header encoding (Go archive/tar: Header.allowedFormats, Writer.writeUSTARHeader/writePAXHeader)

function isASCII(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0) return false;
  }
  return true;
}

/** Go's toASCII: drop every non-ASCII (and NUL) character. */
function toASCII(s: string): string {
  if (isASCII(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 && c !== 0) out += ch;
  }
  return out;
}

function fitsInOctal(width: number, x: number): boolean {
  return x >= 0 && (width >= 22 || x < 2 ** ((width - 1) * 3));
}

/** Split a long ASCII path into ustar prefix and name at a slash (Go's splitUSTARPath). */
export function splitUSTARPath(s: string): { prefix: string; name: string } | null {
  let length = s.length;
  if (length <= NAME_SIZE || !isASCII(s)) return null;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (s[length - 1] === '/') length--;
  const i = s.slice(0, length).lastIndexOf('/');
  const nlen = s.length - i - 1;
  if (i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE) return null;
  return { prefix: s.slice(0, i), name: s.slice(i + 1) };
}

/** The keys Go never copies from Header.PAXRecords (they come from the header fields). */
const BASIC_KEYS = new Set(['path', 'linkpath', 'size', 'uid', 'gid', 'uname', 'gname', 'mtime', 'atime', 'ctime']);

function encodeHeader(h: TarHeader): Uint8Array[] {
  const records = new Map<string, string | Uint8Array>();
  let ustarOK = true;
  const str = (s: string, width: number, key: string): void => {
    const tooLong = utf8(s).length > width;
    if (!isASCII(s) || tooLong) {
      if (!(key === 'path' && splitUSTARPath(s))) ustarOK = false;
      records.set(key, s);
    }
  };
  const num = (n: number, width: number, key: string | null, what: string): void => {
    if (fitsInOctal(width, n)) return;
    ustarOK = false;
    if (key === null) throw new TarFormatError(`archive/tar: cannot encode header: PAX cannot encode ${what}=${n}`);
    records.set(key, String(n));
  };
  str(h.name, NAME_SIZE, 'path');
  str(h.linkname, NAME_SIZE, 'linkpath');
  str(h.uname, 32, 'uname');
  str(h.gname, 32, 'gname');
  num(h.mode, 8, null, 'Mode');
  num(h.uid, 8, 'uid', 'Uid');
  num(h.gid, 8, 'gid', 'Gid');
  num(h.size, 12, 'size', 'Size');
  num(h.devmajor, 8, null, 'Devmajor');
  num(h.devminor, 8, null, 'Devminor');
  num(h.mtime, 12, 'mtime', 'ModTime');
  if (h.type !== 'dir' && h.type !== 'symlink' && h.type !== 'hardlink' && h.name.endsWith('/')) {
    throw new TarFormatError('archive/tar: cannot encode header: filename may not have trailing slash');
  }
  if (h.pax) {
    const keys = Object.keys(h.pax);
    for (const k of keys) {
      if (records.has(k) || BASIC_KEYS.has(k) || k.startsWith('GNU.sparse.')) continue;
      records.set(k, h.pax[k]);
    }
    if (keys.length > 0) ustarOK = false;
  }

  if (ustarOK) {
    const split = splitUSTARPath(h.name);
    const blk = template(h, split ? split.name : h.name, h.linkname);
    if (split) putString(blk, 'prefix', split.prefix);
    return [finish(blk)];
  }

  const out: Uint8Array[] = [];
  if (records.size > 0) {
    const keys = [...records.keys()].sort(byteOrder);
    const data = concat(keys.map((k) => paxRecord(k, records.get(k)!)));
    const slash = h.name.lastIndexOf('/');
    const paxName = cleanPath(`${h.name.slice(0, slash + 1)}/PaxHeaders.0/${h.name.slice(slash + 1)}`);
    out.push(rawFileHeader(paxName, data.length, 'x'));
    out.push(data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) out.push(new Uint8Array(pad));
  }
  out.push(finish(template(h, toASCII(h.name), toASCII(h.linkname))));
  return out;
}

/** The v7 + ustar fields of a header, before magic and checksum (Go's templateV7Plus). */
function template(h: TarHeader, name: string, linkname: string): Uint8Array {
  const b = new Uint8Array(BLOCK);
  b[F.typeflag[0]] = TYPEFLAG[h.type].charCodeAt(0);
  putString(b, 'name', name);
  putString(b, 'linkname', linkname);
  putOctal(b, 'mode', h.mode);
  putOctal(b, 'uid', h.uid);
  putOctal(b, 'gid', h.gid);
  putOctal(b, 'size', h.size);
  putOctal(b, 'mtime', h.mtime);
  putString(b, 'uname', toASCII(h.uname));
  putString(b, 'gname', toASCII(h.gname));
  putOctal(b, 'devmajor', h.devmajor);
  putOctal(b, 'devminor', h.devminor);
  return b;
}

/** A PAX extended-header block as Go's writeRawFile makes it: zeros everywhere but these fields. */
function rawFileHeader(name: string, size: number, flag: string): Uint8Array {
  const b = new Uint8Array(BLOCK);
  let n = toASCII(name);
  if (n.length > NAME_SIZE) n = n.slice(0, NAME_SIZE);
  n = n.replace(/\/+$/, '');
  b[F.typeflag[0]] = flag.charCodeAt(0);
  putString(b, 'name', n);
  putOctal(b, 'mode', 0);
  putOctal(b, 'uid', 0);
  putOctal(b, 'gid', 0);
  putOctal(b, 'size', size);
  putOctal(b, 'mtime', 0);
  return finish(b);
}

/** Set ustar magic "ustar\0" + version "00" and the checksum. */
function finish(b: Uint8Array): Uint8Array {
  b.set(utf8('ustar\u000000'), F.magic[0]);
  b.fill(0x20, F.chksum[0], F.chksum[0] + 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += b[i];
  const digits = sum.toString(8).padStart(6, '0');
  b.set(utf8(digits), F.chksum[0]);
  b[F.chksum[0] + 6] = 0;
  b[F.chksum[0] + 7] = 0x20;
  return b;
}

/** Go's formatter.formatString: copy, NUL-terminate if room, never leave a trailing `/` cut. */
function putString(b: Uint8Array, field: Field, s: string): void {
  const [off, width] = F[field];
  const bytes = utf8(s);
  const n = Math.min(bytes.length, width);
  b.set(bytes.subarray(0, n), off);
  if (bytes.length < width) b[off + bytes.length] = 0;
  if (bytes.length > width && b[off + width - 1] === 0x2f) {
    let end = width;
    while (end > 0 && b[off + end - 1] === 0x2f) end--;
    b[off + end] = 0;
  }
}

/** Zero-padded octal leaving room for a NUL; a value that does not fit becomes 0 (PAX holds it). */
function putOctal(b: Uint8Array, field: Field, x: number): void {
  const [, width] = F[field];
  const v = fitsInOctal(width, x) ? x : 0;
  putString(b, field, v.toString(8).padStart(width - 1, '0'));
}

/** One PAX record: "<len> <key>=<value>\n", where len counts itself. */
function paxRecord(key: string, value: string | Uint8Array): Uint8Array {
  const k = utf8(key);
  const v = typeof value === 'string' ? utf8(value) : value;
  const base = k.length + v.length + 3;
  let size = base + String(base).length;
  if (String(size).length + base !== size) size = base + String(size).length;
  return concat([utf8(`${size} `), k, utf8('='), v, utf8('\n')]);
}

/** Go's path.Clean for the relative names used here (no leading `/` expected). */
function cleanPath(p: string): string {
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Parse a whole archive: ustar (with prefix), PAX local records (`x`; global `g` records apply to
 * every later entry), GNU long names (`L`, `K`) and base-256 numbers. Stops at the first zero
 * block (the end-of-archive marker) or at the end of the bytes. Throws TarFormatError on a bad
 * checksum or a truncated entry.
 */
export function readTar(bytes: Uint8Array): TarEntry[] {
  const out: TarEntry[] = [];
  let off = 0;
  let local = new Map<string, Uint8Array>();
  const global = new Map<string, Uint8Array>();
  let longName: string | null = null;
  let longLink: string | null = null;
  while (off + BLOCK <= bytes.length) {
    const blk = bytes.subarray(off, off + BLOCK);
    if (isZero(blk)) break;
    verifyChecksum(blk, off);
    const flag = String.fromCharCode(blk[F.typeflag[0]]);
    let size = readNumber(blk, 'size');
    const paxSize = local.get('size') ?? global.get('size');
    if (paxSize && flag !== 'x' && flag !== 'g') size = Number(fromUtf8(paxSize));
    const dataStart = off + BLOCK;
    const hasBody = !['1', '2', '3', '4', '5', '6'].includes(flag);
    const bodyLen = hasBody ? size : 0;
    if (dataStart + bodyLen > bytes.length) throw new TarFormatError('archive/tar: unexpected EOF');
    const data = bytes.subarray(dataStart, dataStart + bodyLen);
    off = dataStart + Math.ceil(bodyLen / BLOCK) * BLOCK;

    if (flag === 'x' || flag === 'g') {
      const recs = parsePax(data);
      if (flag === 'g') for (const [k, v] of recs) global.set(k, v);
      else for (const [k, v] of recs) local.set(k, v);
      continue;
    }
    if (flag === 'L' || flag === 'K') {
      const s = fromUtf8(trimNul(data));
      if (flag === 'L') longName = s;
      else longLink = s;
      continue;
    }

    const rec = (k: string): Uint8Array | undefined => local.get(k) ?? global.get(k);
    const recStr = (k: string): string | undefined => {
      const v = rec(k);
      return v === undefined ? undefined : fromUtf8(v);
    };
    let name = readString(blk, 'name');
    const magic = fromUtf8(blk.subarray(F.magic[0], F.magic[0] + 6));
    if (magic === 'ustar\u0000') {
      const prefix = readString(blk, 'prefix');
      if (prefix) name = `${prefix}/${name}`;
    }
    const header: TarHeader = {
      name: longName ?? recStr('path') ?? name,
      type: typeOf(flag, name),
      mode: readNumber(blk, 'mode'),
      uid: num(recStr('uid')) ?? readNumber(blk, 'uid'),
      gid: num(recStr('gid')) ?? readNumber(blk, 'gid'),
      size: hasBody ? size : 0,
      mtime: num(recStr('mtime')) ?? readNumber(blk, 'mtime'),
      linkname: longLink ?? recStr('linkpath') ?? readString(blk, 'linkname'),
      uname: recStr('uname') ?? readString(blk, 'uname'),
      gname: recStr('gname') ?? readString(blk, 'gname'),
      devmajor: readNumber(blk, 'devmajor'),
      devminor: readNumber(blk, 'devminor'),
    };
    const extra: Record<string, Uint8Array> = {};
    for (const [k, v] of [...global, ...local]) if (!BASIC_KEYS.has(k)) extra[k] = v;
    if (Object.keys(extra).length) header.pax = extra;
    out.push({ header, data: hasBody && header.type === 'file' ? data.slice() : new Uint8Array(0) });
    local = new Map();
    longName = null;
    longLink = null;
  }
  return out;
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  // PAX times may carry a fraction; layers use whole seconds.
  const n = Math.floor(Number(s));
  return Number.isFinite(n) ? n : undefined;
}

function typeOf(flag: string, name: string): TarEntryType {
  switch (flag) {
    case '0':
    case '\u0000':
    case '7':
      // V7 archives mark directories only by the trailing slash.
      return flag === '\u0000' && name.endsWith('/') ? 'dir' : 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
      return 'chardev';
    case '4':
      return 'blockdev';
    case '5':
      return 'dir';
    case '6':
      return 'fifo';
    default:
      throw new TarFormatError(`archive/tar: unsupported entry type ${JSON.stringify(flag)}`);
  }
}

function parsePax(data: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let i = 0;
  while (i < data.length) {
    let sp = i;
    while (sp < data.length && data[sp] !== 0x20) sp++;
    const len = Number(fromUtf8(data.subarray(i, sp)));
    if (!Number.isInteger(len) || len <= 0 || i + len > data.length) throw new TarFormatError('archive/tar: invalid PAX record');
    const rec = data.subarray(sp + 1, i + len - 1);
    const eq = rec.indexOf(0x3d);
    if (eq < 0) throw new TarFormatError('archive/tar: invalid PAX record');
    out.set(fromUtf8(rec.subarray(0, eq)), rec.slice(eq + 1));
    i += len;
  }
  return out;
}

function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

function verifyChecksum(blk: Uint8Array, off: number): void {
  const stored = readNumber(blk, 'chksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= F.chksum[0] && i < F.chksum[0] + 8 ? 0x20 : blk[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  if (stored !== unsigned && stored !== signed) throw new TarFormatError(`archive/tar: invalid header checksum at offset ${off}`);
}

function trimNul(b: Uint8Array): Uint8Array {
  const z = b.indexOf(0);
  return z < 0 ? b : b.subarray(0, z);
}

function readString(b: Uint8Array, field: Field): string {
  const [off, width] = F[field];
  return fromUtf8(trimNul(b.subarray(off, off + width)));
}

/** Octal (spaces and NULs trimmed) or GNU base-256 (high bit set). */
function readNumber(b: Uint8Array, field: Field): number {
  const [off, width] = F[field];
  const f = b.subarray(off, off + width);
  if (f[0] & 0x80) {
    let v = f[0] & 0x7f;
    for (let i = 1; i < f.length; i++) v = v * 256 + f[i];
    return v;
  }
  const s = fromUtf8(f).replace(/[\u0000 ]+$/, '').replace(/^[ \u0000]+/, '');
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new TarFormatError(`archive/tar: invalid octal ${field} field`);
  return parseInt(s, 8);
}
