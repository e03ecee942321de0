/**
 * gzip decompression (RFC 1952 around an RFC 1951 deflate stream), synchronous and dependency-free:
 * ADD auto-extracts `.tar.gz` sources (BuildKit v0.25.2 solver/llbsolver/file/unpack.go goes
 * through moby/go-archive compression.DecompressStream). Concatenated members are decoded one
 * after another, as Go's gzip.Reader does in multistream mode.
 *
 *   gunzip(bytes)   // Uint8Array, or throws GzipError
 */

export class GzipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GzipError';
  }
}

/** Bit reader over the deflate stream (LSB first). */
class Bits {
  pos = 0;
  private bit = 0;
  private bitCount = 0;
  private readonly src: Uint8Array;

  constructor(src: Uint8Array, pos: number) {
    this.src = src;
    this.pos = pos;
  }

  need(n: number): number {
    while (this.bitCount < n) {
      if (this.pos >= this.src.length) throw new GzipError('unexpected EOF');
      this.bit |= this.src[this.pos++] << this.bitCount;
      this.bitCount += 8;
    }
    const v = this.bit & ((1 << n) - 1);
    this.bit >>>= n;
    this.bitCount -= n;
    return v;
  }

  /** Drop the bits left in the current byte (stored blocks start byte-aligned). */
  align(): void {
    this.bit = 0;
    this.bitCount = 0;
  }
}

/** A canonical Huffman code: symbol counts per length and the symbols in code order. */
interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function buildHuffman(lengths: Uint8Array): Huffman {
  const counts = new Uint16Array(16);
  for (const l of lengths) counts[l]++;
  counts[0] = 0;
  const offs = new Uint16Array(16);
  for (let i = 1; i < 16; i++) offs[i] = offs[i - 1] + counts[i - 1];
  const symbols = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) if (lengths[s] !== 0) symbols[offs[lengths[s]]++] = s;
  return { counts, symbols };
}

function decodeSym(b: Bits, h: Huffman): number {
  let code = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len < 16; len++) {
    code |= b.need(1);
    const count = h.counts[len];
    if (code - count < first) return h.symbols[index + (code - first)];
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  throw new GzipError('flate: corrupt input');
}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixed: { lit: Huffman; dist: Huffman } | null = null;
function fixedCodes(): { lit: Huffman; dist: Huffman } {
  if (!fixed) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144);
    l.fill(9, 144, 256);
    l.fill(7, 256, 280);
    l.fill(8, 280, 288);
    fixed = { lit: buildHuffman(l), dist: buildHuffman(new Uint8Array(30).fill(5)) };
  }
  return fixed;
}

/** Growable output buffer. */
class Out {
  buf = new Uint8Array(1 << 16);
  len = 0;
  push(byte: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = byte;
  }
  grow(n: number): void {
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

function dynamicCodes(b: Bits): { lit: Huffman; dist: Huffman } {
  const hlit = b.need(5) + 257;
  const hdist = b.need(5) + 1;
  const hclen = b.need(4) + 4;
  const cl = new Uint8Array(19);
  for (let i = 0; i < hclen; i++) cl[CL_ORDER[i]] = b.need(3);
  const clh = buildHuffman(cl);
  const lengths = new Uint8Array(hlit + hdist);
  for (let i = 0; i < hlit + hdist; ) {
    const sym = decodeSym(b, clh);
    if (sym < 16) lengths[i++] = sym;
    else {
      let rep = 0;
      let val = 0;
      if (sym === 16) {
        if (i === 0) throw new GzipError('flate: corrupt input');
        val = lengths[i - 1];
        rep = 3 + b.need(2);
      } else if (sym === 17) rep = 3 + b.need(3);
      else rep = 11 + b.need(7);
      if (i + rep > hlit + hdist) throw new GzipError('flate: corrupt input');
      lengths.fill(val, i, i + rep);
      i += rep;
    }
  }
  return { lit: buildHuffman(lengths.subarray(0, hlit)), dist: buildHuffman(lengths.subarray(hlit)) };
}

/** Inflate a raw deflate stream starting at `pos`; returns the end position (byte after the last block). */
function inflate(src: Uint8Array, pos: number, out: Out): number {
  const b = new Bits(src, pos);
  let last = 0;
  while (!last) {
    last = b.need(1);
    const type = b.need(2);
    if (type === 0) {
      b.align();
      if (b.pos + 4 > src.length) throw new GzipError('unexpected EOF');
      const len = src[b.pos] | (src[b.pos + 1] << 8);
      b.pos += 4;
      if (b.pos + len > src.length) throw new GzipError('unexpected EOF');
      if (out.len + len > out.buf.length) out.grow(len);
      out.buf.set(src.subarray(b.pos, b.pos + len), out.len);
      out.len += len;
      b.pos += len;
      continue;
    }
    if (type === 3) throw new GzipError('flate: corrupt input');
    const { lit, dist } = type === 1 ? fixedCodes() : dynamicCodes(b);
    for (;;) {
      const sym = decodeSym(b, lit);
      if (sym < 256) out.push(sym);
      else if (sym === 256) break;
      else {
        const li = sym - 257;
        if (li >= 29) throw new GzipError('flate: corrupt input');
        const len = LEN_BASE[li] + b.need(LEN_EXTRA[li]);
        const di = decodeSym(b, dist);
        if (di >= 30) throw new GzipError('flate: corrupt input');
        const d = DIST_BASE[di] + b.need(DIST_EXTRA[di]);
        if (d > out.len) throw new GzipError('flate: corrupt input');
        if (out.len + len > out.buf.length) out.grow(len);
        for (let i = 0; i < len; i++) {
          out.buf[out.len] = out.buf[out.len - d];
          out.len++;
        }
      }
    }
  }
  return b.pos;
}

export function isGzip(data: Uint8Array): boolean {
  // compression.DetectCompression: 1f 8b 08.
  return data.length >= 3 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08;
}

export function gunzip(data: Uint8Array): Uint8Array {
  const out = new Out();
  let pos = 0;
  while (pos < data.length) {
    if (data.length - pos < 10 || data[pos] !== 0x1f || data[pos + 1] !== 0x8b) {
      if (pos > 0) break; // trailing garbage after a member: Go stops with an error we ignore here
      throw new GzipError('gzip: invalid header');
    }
    if (data[pos + 2] !== 8) throw new GzipError('gzip: invalid header');
    const flags = data[pos + 3];
    let p = pos + 10;
    if (flags & 4) p += 2 + (data[p] | (data[p + 1] << 8)); // FEXTRA
    if (flags & 8) while (p < data.length && data[p++] !== 0); // FNAME
    if (flags & 16) while (p < data.length && data[p++] !== 0); // FCOMMENT
    if (flags & 2) p += 2; // FHCRC
    if (p > data.length) throw new GzipError('unexpected EOF');
    pos = inflate(data, p, out) + 8; // CRC32 and ISIZE (not checked)
  }
  return out.buf.slice(0, out.len);
}
