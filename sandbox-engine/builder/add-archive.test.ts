/**
 * ADD of local archives. The fixture is a real gzip'd tar (GNU tar 1.34 + gzip on Debian:
 * `tar --owner=0 --group=0 --numeric-owner --mtime=@1700000000 -C src -czf fix.tar.gz .` with
 * `hello.txt` mode 0640 and `d/two.txt`), and `printf 'just text\n' | gzip -n` a gzip file that
 * holds no tar. What ADD does with them was recorded with BuildKit (engine scenarios 340, 342):
 * archives unpack into the destination with their modes and owners, other files are copied.
 */
import { describe, expect, it } from 'vitest';
import { archiveOf } from './add-archive.ts';
import { gunzip } from './gunzip.ts';
import { imageHost } from '../../test/engine/image-fixture.ts';
import { ROOT } from '../vfs/types.ts';

const FIX_TGZ =
  'H4sIAAAAAAAAA+3VwQoCIRSFYdc9hU/gODNX7/MEBS0GgjLq8XNcDRO0CHSi/m+jiOCFA0fXmep8piGUNVuvZd9LGETVSzmPvRdjQ/3RjLld0/5ibYunvpHrTsdpOrv0SNXemAOO8pL7Iv+4yl81X7e+2kQLf55/SX+39RTYiusO1X+AD/p/HJT+b2HOP91b9L+8yV/W/R91pP9byNnT/gAAAAAAAAAAAADwA54cdpn1ACgAAA==';
const TEXT_GZ = 'H4sIAAAAAAAAA8sqLS5RKEmtKOECABIw4VMKAAAA';

const bytes = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

describe('archiveOf', () => {
  it('finds a tar inside gzip, and nothing in a gzip of text or in plain text', () => {
    const tgz = archiveOf(bytes(FIX_TGZ));
    expect(tgz?.kind).toBe('tar');
    expect(tgz && tgz.kind === 'tar' ? tgz.tar.length : 0).toBe(10240);
    expect(new TextDecoder().decode(gunzip(bytes(TEXT_GZ)))).toBe('just text\n');
    expect(archiveOf(bytes(TEXT_GZ))).toBeNull();
    expect(archiveOf(new TextEncoder().encode('not an archive\n'.repeat(100)))).toBeNull();
    expect(archiveOf(new Uint8Array(1024))).toBeNull();
  });

  it('recognizes the other compressions BuildKit unpacks, which this simulator refuses', () => {
    expect(archiveOf(new Uint8Array([0x42, 0x5a, 0x68, 0x39, 0x31]))).toEqual({ kind: 'unsupported', format: 'bzip2' });
    expect(archiveOf(new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1]))).toEqual({ kind: 'unsupported', format: 'xz' });
    expect(archiveOf(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 1]))).toEqual({ kind: 'unsupported', format: 'zstd' });
  });
});

describe('docker build with ADD', () => {
  it('unpacks a .tar.gz, copies a gzip of text, and --chown owns every unpacked entry', async () => {
    const h = await imageHost({ images: ['alpine:3.20'] });
    const fs = h.host.fs(ROOT).with({ umask: 0o022 });
    fs.mkdir('/home/student/ctx');
    fs.writeFile('/home/student/ctx/fix.tar.gz', bytes(FIX_TGZ));
    fs.writeFile('/home/student/ctx/notes.gz', bytes(TEXT_GZ));
    fs.writeFile('/home/student/ctx/Dockerfile', 'FROM alpine:3.20\nADD fix.tar.gz /x/\nADD notes.gz /n/\nADD --chown=5:6 --chmod=700 fix.tar.gz /c\n');
    const b = await h.run('docker build -q -t addt ctx');
    expect([b.status, b.stderr]).toEqual([0, '']);
    const r = await h.run(`docker run --rm addt sh -c 'find /x /n /c | sort | xargs stat -c "%n %a %u:%g"'`);
    // --chmod does not apply to unpacked entries (BuildKit v0.25.2 unpack.go takes no mode).
    expect(r.stdout).toBe(
      ['/c 755 5:6', '/c/d 755 5:6', '/c/d/two.txt 644 5:6', '/c/hello.txt 640 5:6', '/n 755 0:0', '/n/notes.gz 644 0:0', '/x 755 0:0', '/x/d 755 0:0', '/x/d/two.txt 644 0:0', '/x/hello.txt 640 0:0', ''].join('\n'),
    );
    const sizes = await h.run(`docker run --rm addt stat -c "%n %s" /n/notes.gz /x/hello.txt`);
    expect(sizes.stdout).toBe('/n/notes.gz 30\n/x/hello.txt 6\n');
    const t = await h.run(`docker run --rm addt stat -c %Y /x/hello.txt`);
    expect(t.stdout).toBe('1700000000\n');
  });
});
