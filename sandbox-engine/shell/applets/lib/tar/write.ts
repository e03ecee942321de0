/**
 * Archive headers as GNU tar 1.34 writes them by default (--format=gnu), which busybox tar also
 * writes: the "ustar  \0" magic, numbers as zero-padded octal ended by a NUL ("%07o" for mode,
 * uid, gid; "%011o" for size and mtime), the checksum as "%06o\0 ", user and group names, device
 * numbers only for devices, and a name of 100 bytes or more in a preceding `././@LongLink` member
 * (typeflag L; K for a long link target) while the header keeps its first 100 bytes.
 * (archive/tar.ts writes Go's PAX form, which is what Docker itself produces.)
 *
 * Checked byte for byte against `tar -cf` of GNU tar 1.34 (tar.test.ts).
 */
import type { TarEntryType } from '../../../../archive/tar.ts';
import { BLOCK } from '../../../../archive/tar.ts';
import { utf8 } from '../../../../util/text.ts';

export interface GnuHeader {
  name: string;
  type: TarEntryType;
  /** Permission bits with setuid/setgid/sticky. */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Whole seconds. */
  mtime: number;
  linkname: string;
  uname: string;
  gname: string;
  devmajor: number;
  devminor: number;
}

const FLAG: Record<TarEntryType, number> = { file: 0x30, hardlink: 0x31, symlink: 0x32, chardev: 0x33, blockdev: 0x34, dir: 0x35, fifo: 0x36 };

function put(b: Uint8Array, off: number, width: number, s: string | Uint8Array): void {
  const bytes = typeof s === 'string' ? utf8(s) : s;
  b.set(bytes.subarray(0, width), off);
}

function octal(n: number, digits: number): string {
  return Math.max(0, Math.floor(n)).toString(8).padStart(digits, '0');
}

function block(h: { name: Uint8Array; flag: number; mode: number; uid: number; gid: number; size: number; mtime: number; linkname: Uint8Array; uname: string; gname: string; dev?: [number, number] }): Uint8Array {
  const b = new Uint8Array(BLOCK);
  put(b, 0, 100, h.name);
  put(b, 100, 8, `${octal(h.mode, 7)}\0`);
  put(b, 108, 8, `${octal(h.uid, 7)}\0`);
  put(b, 116, 8, `${octal(h.gid, 7)}\0`);
  put(b, 124, 12, `${octal(h.size, 11)}\0`);
  put(b, 136, 12, `${octal(h.mtime, 11)}\0`);
  b[156] = h.flag;
  put(b, 157, 100, h.linkname);
  put(b, 257, 8, 'ustar  \0');
  put(b, 265, 32, h.uname);
  put(b, 297, 32, h.gname);
  if (h.dev) {
    put(b, 329, 8, `${octal(h.dev[0], 7)}\0`);
    put(b, 337, 8, `${octal(h.dev[1], 7)}\0`);
  }
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += b[i];
  put(b, 148, 8, `${octal(sum, 6)}\0 `);
  return b;
}

function longLink(flag: number, value: Uint8Array): Uint8Array[] {
  const body = new Uint8Array(Math.ceil((value.length + 1) / BLOCK) * BLOCK);
  body.set(value);
  const head = block({ name: utf8('././@LongLink'), flag, mode: 0o644, uid: 0, gid: 0, size: value.length + 1, mtime: 0, linkname: new Uint8Array(0), uname: 'root', gname: 'root' });
  return [head, body];
}

/** The blocks of one member's header (LongLink members first when needed); the body follows. */
export function gnuHeaderBlocks(h: GnuHeader): Uint8Array[] {
  const out: Uint8Array[] = [];
  const name = utf8(h.name);
  const link = utf8(h.linkname);
  if (link.length >= 100) out.push(...longLink(0x4b, link));
  if (name.length >= 100) out.push(...longLink(0x4c, name));
  const dev: [number, number] | undefined = h.type === 'chardev' || h.type === 'blockdev' ? [h.devmajor, h.devminor] : undefined;
  out.push(block({ name, flag: FLAG[h.type], mode: h.mode & 0o7777, uid: h.uid, gid: h.gid, size: h.type === 'file' ? h.size : 0, mtime: h.mtime, linkname: link, uname: h.uname, gname: h.gname, dev }));
  return out;
}

/** A member's body padded to whole blocks. */
export function paddedBody(data: Uint8Array): Uint8Array {
  if (data.length % BLOCK === 0) return data;
  const out = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
  out.set(data);
  return out;
}
