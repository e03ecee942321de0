/**
 * /lib/apk/db/installed from the catalog's package lists: one paragraph per package with its
 * metadata (P: name, V: version, A: arch, S: package size, I: installed size, T: description,
 * U: url, L: license, o: origin, m: maintainer, t: build time, D: depends, p: provides) and then
 * its files (F: directory, R: file, a: owner and mode when not root 0644/0755, Z: checksum).
 *
 * Outline only: apk-tools' field order is followed, but the checksums (`Q1` + base64 sha1 in the
 * real database) are stand-ins derived from the path, and S: (the .apk's size) is estimated.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { toBase64 } from '../util/base64.ts';
import { utf8 } from '../util/text.ts';
import type { Entry } from './spec.ts';

export interface ApkPackage {
  name: string;
  version: string;
  description: string;
  url: string;
  license: string;
  origin: string;
  /** `apk info` installed size in bytes. */
  installedSize: number;
  buildTime: number;
  depends?: string[];
  provides?: string[];
  /** Entries this package owns (directories included). */
  entries: Entry[];
}

const MAINTAINER = 'Natanael Copa <ncopa@alpinelinux.org>';

function fakeChecksum(s: string): string {
  return `Q1${toBase64(sha256(utf8(s)).slice(0, 20))}`;
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '' : p.slice(1, i);
}

export function apkInstalledDb(packages: readonly ApkPackage[], arch = 'x86_64'): string {
  const out: string[] = [];
  for (const pkg of packages) {
    const lines = [
      `C:${fakeChecksum(`${pkg.name}-${pkg.version}`)}`,
      `P:${pkg.name}`,
      `V:${pkg.version}`,
      `A:${arch}`,
      `S:${Math.round(pkg.installedSize * 0.45)}`,
      `I:${pkg.installedSize}`,
      `T:${pkg.description}`,
      `U:${pkg.url}`,
      `L:${pkg.license}`,
      `o:${pkg.origin}`,
      `m:${MAINTAINER}`,
      `t:${pkg.buildTime}`,
      `c:${bytesToHex(sha256(utf8(`commit ${pkg.origin}`))).slice(0, 40)}`,
    ];
    if (pkg.depends?.length) lines.push(`D:${pkg.depends.join(' ')}`);
    if (pkg.provides?.length) lines.push(`p:${pkg.provides.join(' ')}`);
    // Files grouped under their directory, directories in the order first seen.
    const dirs = new Map<string, Entry[]>();
    for (const e of pkg.entries) {
      if (e.kind === 'dir') {
        if (!dirs.has(e.path.slice(1))) dirs.set(e.path.slice(1), []);
        continue;
      }
      const d = parentOf(e.path);
      if (!dirs.has(d)) dirs.set(d, []);
      dirs.get(d)!.push(e);
    }
    for (const [d, files] of dirs) {
      if (d === '') continue;
      lines.push(`F:${d}`);
      for (const f of files) {
        lines.push(`R:${f.path.slice(f.path.lastIndexOf('/') + 1)}`);
        const mode = f.kind === 'symlink' ? 0o777 : (f.mode ?? 0o644);
        if (f.kind !== 'symlink' && (mode !== 0o644 || f.uid || f.gid)) lines.push(`a:${f.uid ?? 0}:${f.gid ?? 0}:${mode.toString(8)}`);
        lines.push(`Z:${fakeChecksum(f.path)}`);
      }
    }
    out.push(lines.join('\n'));
  }
  return out.join('\n\n') + '\n\n';
}
