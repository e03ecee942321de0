/**
 * Reading an archive for tar -t / -x: the members archive/tar.ts decodes (ustar, PAX, GNU long
 * names), and, when the bytes stop making sense, how far they went and why, so that GNU tar and
 * busybox tar can each say it their way:
 *   'empty'     no bytes at all                 GNU: not a tar archive     busybox: short read
 *   'notar'     the first header is garbage     GNU: not a tar archive     busybox: invalid tar magic
 *   'short'     a header block is cut short     GNU: quiet end of archive  busybox: short read
 *   'eof'       a member's data is cut short    GNU: Unexpected EOF        busybox: Unexpected EOF
 *   'badheader' a later header is garbage       GNU: Skipping to next header
 */
import { BLOCK, readTar, TarFormatError, type TarEntry } from '../../../../archive/tar.ts';

export type ReadProblem = 'empty' | 'notar' | 'short' | 'eof' | 'badheader';

export interface ReadResult {
  members: TarEntry[];
  problem: ReadProblem | null;
  /** With 'eof': the member whose data was cut short (its data zero-filled), not in `members`. */
  cut?: TarEntry;
}

function checksumOk(b: Uint8Array): boolean {
  const field = b.subarray(148, 156);
  let s = '';
  for (const c of field) {
    if (c === 0 || c === 0x20) {
      if (s !== '') break;
      continue;
    }
    s += String.fromCharCode(c);
  }
  if (!/^[0-7]+$/.test(s)) return false;
  const stored = parseInt(s, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : b[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  return stored === unsigned || stored === signed;
}

function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

function octal(b: Uint8Array): number {
  if (b[0] & 0x80) {
    // base-256 (GNU's big numbers)
    let n = 0;
    for (let i = 1; i < b.length; i++) n = n * 256 + b[i];
    return n;
  }
  let s = '';
  for (const c of b) {
    if (c === 0 || c === 0x20) {
      if (s !== '') break;
      continue;
    }
    s += String.fromCharCode(c);
  }
  return s === '' ? 0 : parseInt(s, 8);
}

/** Whether the block's magic says ustar (POSIX "ustar\0" or GNU "ustar  "). */
export function hasUstarMagic(b: Uint8Array): boolean {
  return b[257] === 0x75 && b[258] === 0x73 && b[259] === 0x74 && b[260] === 0x61 && b[261] === 0x72;
}

/** Where each header's member ends, up to the end marker or the first problem. */
function scan(bytes: Uint8Array): { end: number; problem: ReadProblem | null; cutEnd?: number } {
  if (bytes.length === 0) return { end: 0, problem: 'empty' };
  let off = 0;
  let pendingSize: number | null = null;
  for (;;) {
    if (off + BLOCK > bytes.length) return { end: off, problem: off === bytes.length ? null : off === 0 ? 'notar' : 'short' };
    const blk = bytes.subarray(off, off + BLOCK);
    if (isZero(blk)) return { end: off, problem: null };
    if (!checksumOk(blk)) return { end: off, problem: off === 0 ? 'notar' : 'badheader' };
    const flag = String.fromCharCode(blk[156]);
    let size = octal(blk.subarray(124, 136));
    if (pendingSize !== null && flag !== 'x' && flag !== 'g') size = pendingSize;
    const hasBody = !['1', '2', '3', '4', '5', '6'].includes(flag);
    const bodyLen = hasBody ? size : 0;
    const next = off + BLOCK + Math.ceil(bodyLen / BLOCK) * BLOCK;
    if (off + BLOCK + bodyLen > bytes.length) return { end: off, problem: 'eof', cutEnd: next };
    // A PAX size record overrides the next header's size field.
    pendingSize = null;
    if (flag === 'x') {
      const m = /(?:^|\n)\d+ size=(\d+)\n/.exec(new TextDecoder().decode(bytes.subarray(off + BLOCK, off + BLOCK + bodyLen)));
      if (m) pendingSize = Number(m[1]);
    }
    off = Math.min(next, bytes.length);
  }
}

export function readArchive(bytes: Uint8Array): ReadResult {
  const { end, problem, cutEnd } = scan(bytes);
  let members: TarEntry[] = [];
  let cut: TarEntry | undefined;
  try {
    members = end > 0 ? readTar(bytes.subarray(0, end)) : [];
    if (cutEnd !== undefined) {
      const padded = new Uint8Array(cutEnd);
      padded.set(bytes.subarray(0, Math.min(bytes.length, cutEnd)));
      const all = readTar(padded);
      if (all.length > members.length) cut = all[all.length - 1];
    }
  } catch (e) {
    if (!(e instanceof TarFormatError)) throw e;
    return { members: [], problem: 'notar' };
  }
  return { members, problem, cut };
}
