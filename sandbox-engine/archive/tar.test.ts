import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { TarFormatError, TarWriter, readTar, splitUSTARPath, writeTar } from './tar.ts';
import { fromUtf8, utf8 } from '../util/text.ts';

const hex = (b: Uint8Array): string => bytesToHex(sha256(b));
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./testdata/${name}`, import.meta.url)));

/**
 * testdata/docker20-commit-layer.tar: the layer tar of `docker commit` on the reference engine
 * (Docker 20.10.24, overlay2, Go 1.19 archive/tar), taken from `docker save`. The container ran
 *   mkdir -p /d/sub; echo hi > /d/f; ln /d/f /d/hard; ln -s /d/f /d/sym; mknod /d/cdev c 1 3;
 *   busybox mkfifo /d/fifo; chown 1000:1000 /d/f; chmod 1777 /d/sub; echo s > /d/suid;
 *   chmod 4755 /d/suid; echo L > /d/n{x120}; echo u > /d/é.txt; mkdir -p /p/a{x50}/b{x53};
 *   echo x > /p/a.../b.../ccccc.txt; ln -s /p/a.../b.../ccccc.txt /d/longsym; rm /etc/motd;
 *   rm -rf /home; rm -rf /etc/sub; mkdir /etc/sub; echo b > /etc/sub/b; echo ... >> /etc/passwd
 * Its sha256 is the DiffID the engine recorded in the image config (rootfs.diff_ids[1]).
 */
const DOCKER20_LAYER_DIFFID = '964f38396c8c9741997d951738149953f20295786890663db0c0546fdc08fe38';

describe('tar writer', () => {
  it('the empty archive is 1024 zero bytes with Docker’s empty-layer digest', () => {
    const empty = writeTar([]);
    expect(empty.length).toBe(1024);
    expect(empty.every((b) => b === 0)).toBe(true);
    expect(hex(empty)).toBe('5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef');
  });

  it('rewrites the real engine’s layer tar byte for byte from its parsed headers', () => {
    const real = fixture('docker20-commit-layer.tar');
    expect(hex(real)).toBe(DOCKER20_LAYER_DIFFID);
    const entries = readTar(real);
    const again = writeTar(entries.map((e) => ({ header: e.header, body: e.data })));
    expect(again.length).toBe(real.length);
    expect(hex(again)).toBe(DOCKER20_LAYER_DIFFID);
  });

  it('a USTAR header: octal fields with NUL, checksum "NNNNNN\\0 ", magic ustar\\000', () => {
    const b = writeTar([{ header: { name: 'etc/', type: 'dir', mode: 0o755, mtime: 1796032514 } }]);
    const field = (off: number, len: number): string => fromUtf8(b.subarray(off, off + len));
    expect(field(0, 5)).toBe('etc/\0');
    expect(field(100, 8)).toBe('0000755\0');
    expect(field(124, 12)).toBe('00000000000\0');
    expect(field(136, 12)).toBe('15303244002\0');
    expect(field(156, 1)).toBe('5');
    expect(field(257, 8)).toBe('ustar\u000000');
    expect(field(265, 1)).toBe('\0'); // empty uname: Engine 28 does no user lookups
    expect(field(329, 8)).toBe('0000000\0');
    const chk = field(148, 8);
    expect(chk).toMatch(/^[0-7]{6}\0 $/);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : b[i];
    expect(parseInt(chk.slice(0, 6), 8)).toBe(sum);
  });

  it('splits long ASCII paths into prefix and name like Go (splitUSTARPath)', () => {
    const a50 = 'a'.repeat(50);
    const b53 = 'b'.repeat(53);
    expect(splitUSTARPath(`p/${a50}/${b53}/`)).toEqual({ prefix: `p/${a50}`, name: `${b53}/` });
    expect(splitUSTARPath('short/name')).toBeNull();
    expect(splitUSTARPath(`d/${'n'.repeat(120)}`)).toBeNull(); // last component > 100
    expect(splitUSTARPath(`${'p'.repeat(160)}/x`)).toBeNull(); // prefix > 155
    expect(splitUSTARPath(`d/${'é'.repeat(60)}`)).toBeNull(); // not ASCII
  });

  it('uses a PAX header named <dir>/PaxHeaders.0/<base> when USTAR cannot hold a field', () => {
    const long = `/p/${'a'.repeat(120)}`;
    const b = writeTar([{ header: { name: 'd/longsym', type: 'symlink', mode: 0o777, linkname: long } }]);
    expect(fromUtf8(b.subarray(0, 22))).toBe('d/PaxHeaders.0/longsym');
    expect(String.fromCharCode(b[156])).toBe('x');
    const rec = `linkpath=${long}\n`;
    const len = rec.length + 1 + String(rec.length + 4).length;
    expect(fromUtf8(b.subarray(512, 512 + len))).toBe(`${len} ${rec}`);
    expect(readTar(b)[0].header.linkname).toBe(long);
  });

  it('puts uid, size and extra records that USTAR cannot encode into sorted PAX records', () => {
    const cap = new Uint8Array([1, 0, 0, 2, 0x20, 0, 0, 0]);
    const b = writeTar([
      { header: { name: 'bin/ping', type: 'file', mode: 0o755, uid: 3_000_000, pax: { 'SCHILY.xattr.security.capability': cap } }, body: utf8('x') },
    ]);
    const [e] = readTar(b);
    expect(e.header.uid).toBe(3_000_000);
    expect(e.header.pax?.['SCHILY.xattr.security.capability']).toEqual(cap);
    const paxText = fromUtf8(b.subarray(512, 1024));
    expect(paxText.indexOf('SCHILY.xattr')).toBeLessThan(paxText.indexOf(' uid=3000000'));
    expect(fromUtf8(b.subarray(1024 + 108, 1024 + 116))).toBe('0000000\0'); // overflowed field: 0
  });

  it('streams synthetic content as its head followed by zero bytes', () => {
    const chunks: Uint8Array[] = [];
    const w = new TarWriter((c) => chunks.push(c.slice()));
    w.add({ name: 'big', type: 'file', mode: 0o644 }, { synthetic: true, size: 200_000, head: utf8('ELF') });
    w.close();
    expect(w.length).toBe(512 + Math.ceil(200_000 / 512) * 512 + 1024);
    const [e] = readTar(new Uint8Array(chunks.flatMap((c) => [...c])));
    expect(e.data.length).toBe(200_000);
    expect(fromUtf8(e.data.subarray(0, 3))).toBe('ELF');
    expect(e.data.subarray(3).every((x) => x === 0)).toBe(true);
  });

  it('refuses a body whose length differs from the header size', () => {
    expect(() => writeTar([{ header: { name: 'f', type: 'file', size: 3 }, body: utf8('toolong') }])).toThrow(TarFormatError);
  });
});

describe('tar reader', () => {
  it('reads the real layer: order, whiteouts, opaque marker, hard links, PAX and prefix names', () => {
    const entries = readTar(fixture('docker20-commit-layer.tar'));
    const a50 = 'a'.repeat(50);
    const b53 = 'b'.repeat(53);
    expect(entries.map((e) => `${e.header.type} ${e.header.name}${e.header.linkname ? ` -> ${e.header.linkname}` : ''}`)).toEqual([
      'dir d/',
      'chardev d/cdev',
      'file d/f',
      'fifo d/fifo',
      'hardlink d/hard -> d/f',
      `symlink d/longsym -> /p/${a50}/${b53}/ccccc.txt`,
      `file d/${'n'.repeat(120)}`,
      'dir d/sub/',
      'file d/suid',
      'symlink d/sym -> /d/f',
      'file d/é.txt',
      'dir etc/',
      'file etc/.wh.motd',
      'file etc/passwd',
      'dir etc/sub/',
      'file etc/sub/.wh..wh..opq',
      'file etc/sub/b',
      // The kernel shared one whiteout inode for /etc/motd and /home; go-archive turned the second
      // into a hard link and then into a regular .wh. file, keeping the link name.
      'file .wh.home -> etc/motd',
      'dir p/',
      `dir p/${a50}/`,
      `dir p/${a50}/${b53}/`,
      `file p/${a50}/${b53}/ccccc.txt`,
    ]);
    const byName = new Map(entries.map((e) => [e.header.name, e]));
    // Docker 20.10 stored file-type bits in mode and looked up user names; Engine 28 does neither.
    expect(byName.get('d/sub/')!.header.mode).toBe(0o41777);
    expect(byName.get('d/suid')!.header.mode).toBe(0o104755);
    expect(byName.get('etc/.wh.motd')!.header.mode).toBe(0o600);
    expect(byName.get('etc/sub/.wh..wh..opq')!.header).toMatchObject({ mode: 0o755, mtime: 0 });
    expect(byName.get('d/f')!.header).toMatchObject({ uid: 1000, gid: 1000, uname: 'cloudsdk', size: 3, mtime: 1796032514 });
    expect(fromUtf8(byName.get('d/f')!.data)).toBe('hi\n');
    expect(byName.get('d/cdev')!.header).toMatchObject({ devmajor: 1, devminor: 3 });
    expect(fromUtf8(byName.get('etc/passwd')!.data)).toBe('root:x:0:0:root:/root:/bin/sh\nx:x:1:1::/:/bin/sh\n');
  });

  it('reads GNU tar long names (././@LongLink L and K entries)', () => {
    // testdata/gnu-longname.tar: GNU tar 1.34, --format=gnu --owner=0 --group=0 --mtime=@1700000000
    const entries = readTar(fixture('gnu-longname.tar'));
    const x150 = `./dir/${'x'.repeat(150)}.txt`;
    expect(entries.map((e) => [e.header.type, e.header.name, e.header.linkname])).toEqual([
      ['dir', './', ''],
      ['dir', './dir/', ''],
      ['file', './dir/plain', ''],
      ['file', x150, ''],
      ['symlink', './link', x150.slice(2)],
    ]);
    expect(fromUtf8(entries[3].data)).toBe('hello\n');
    expect(entries[3].header.mtime).toBe(1700000000);
  });

  it('rejects a corrupted header checksum', () => {
    const b = writeTar([{ header: { name: 'f', type: 'file' }, body: utf8('x') }]);
    b[0] = 'g'.charCodeAt(0);
    expect(() => readTar(b)).toThrow(TarFormatError);
  });

  it('rejects a truncated body', () => {
    const b = writeTar([{ header: { name: 'f', type: 'file' }, body: new Uint8Array(2000) }]);
    expect(() => readTar(b.subarray(0, 1024))).toThrow(TarFormatError);
  });
});
