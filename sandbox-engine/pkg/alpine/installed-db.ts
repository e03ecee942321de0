/**
 * /lib/apk/db/installed: one paragraph per package (metadata lines, then its directories `F:` and
 * files `R:` with owner/mode `a:`/`M:` and checksums `Z:`), paragraphs separated by a blank
 * line, written sorted by package name as apk-tools 2.14 writes it (recorded: after `apk add curl`
 * the new packages sit among the base ones in name order).
 *
 * Paragraphs we did not write (the base image's) are kept byte for byte.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { toBase64 } from '../../util/base64.ts';
import { utf8 } from '../../util/text.ts';
import type { Entry } from '../../catalog/spec.ts';
import { depString, parseDep, type ApkPkg } from './model.ts';

export interface InstalledPkg extends ApkPkg {
  /** Paths the package owns, files and symlinks (absolute). */
  files: string[];
  /** Directories listed for it (absolute). */
  dirs: string[];
  /** The paragraph as read or written. */
  raw: string;
}

const MAINTAINER = 'Natanael Copa <ncopa@alpinelinux.org>';

export function parseInstalledDb(text: string): InstalledPkg[] {
  const out: InstalledPkg[] = [];
  for (const para of text.split(/\n\n+/)) {
    if (!para.trim()) continue;
    const p: InstalledPkg = {
      name: '', version: '', description: '', url: '', license: '', origin: '', installedSize: 0, size: 0, buildTime: 0,
      depends: [], provides: [], installIf: [], providerPriority: 0, scripts: [], triggers: [], source: 'installed',
      files: [], dirs: [], raw: para.replace(/\n+$/, ''),
    };
    let dir = '';
    for (const line of para.split('\n')) {
      const k = line[0];
      const v = line.slice(2);
      switch (k) {
        case 'P': p.name = v; break;
        case 'V': p.version = v; break;
        case 'T': p.description = v; break;
        case 'U': p.url = v; break;
        case 'L': p.license = v; break;
        case 'o': p.origin = v; break;
        case 'I': p.installedSize = Number(v); break;
        case 'S': p.size = Number(v); break;
        case 't': p.buildTime = Number(v); break;
        case 'k': p.providerPriority = Number(v); break;
        case 'D': p.depends = v.split(' ').filter(Boolean).map(parseDep); break;
        case 'p': p.provides = v.split(' ').filter(Boolean).map(parseDep); break;
        case 'i': p.installIf = v.split(' ').filter(Boolean).map(parseDep); break;
        case 'F': dir = `/${v}`; p.dirs.push(dir); break;
        case 'R': p.files.push(`${dir}/${v}`); break;
      }
    }
    if (p.name) out.push(p);
  }
  return out;
}

/** Stand-in checksum in apk's format (`Q1` + base64 of 20 bytes), as the catalog's database has. */
function fakeChecksum(s: string): string {
  return `Q1${toBase64(sha256(utf8(s)).slice(0, 20))}`;
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '' : p.slice(1, i);
}

/** The paragraph apk writes for a package it installed from `entries`. */
export function paragraphFor(pkg: ApkPkg, entries: readonly Entry[], arch = 'x86_64'): InstalledPkg {
  const lines = [
    `C:${fakeChecksum(`${pkg.name}-${pkg.version}`)}`,
    `P:${pkg.name}`,
    `V:${pkg.version}`,
    `A:${arch}`,
    `S:${pkg.size}`,
    `I:${pkg.installedSize}`,
    `T:${pkg.description}`,
    `U:${pkg.url}`,
    `L:${pkg.license}`,
    `o:${pkg.origin}`,
    `m:${MAINTAINER}`,
    `t:${pkg.buildTime}`,
    `c:${bytesToHex(sha256(utf8(`commit ${pkg.origin}`))).slice(0, 40)}`,
  ];
  if (pkg.providerPriority) lines.push(`k:${pkg.providerPriority}`);
  if (pkg.depends.length) lines.push(`D:${pkg.depends.map(depString).join(' ')}`);
  if (pkg.provides.length) lines.push(`p:${pkg.provides.map(depString).join(' ')}`);
  if (pkg.installIf.length) lines.push(`i:${pkg.installIf.map(depString).join(' ')}`);
  const dirs = new Map<string, Entry[]>();
  const files: string[] = [];
  const dirList: string[] = [];
  const ensure = (d: string): void => {
    if (d === '' || dirs.has(d)) return;
    ensure(parentOf(`/${d}`));
    dirs.set(d, []);
    dirList.push(`/${d}`);
  };
  for (const e of entries) {
    if (e.kind === 'dir') {
      ensure(e.path.slice(1));
      continue;
    }
    ensure(parentOf(e.path));
    dirs.get(parentOf(e.path))!.push(e);
    files.push(e.path);
  }
  for (const [d, list] of dirs) {
    lines.push(`F:${d}`);
    for (const f of list) {
      lines.push(`R:${f.path.slice(f.path.lastIndexOf('/') + 1)}`);
      const mode = f.kind === 'symlink' ? 0o777 : (f.mode ?? 0o644);
      if (f.kind !== 'symlink' && mode !== 0o644) lines.push(`a:0:0:${mode.toString(8)}`);
      lines.push(`Z:${fakeChecksum(f.path)}`);
    }
  }
  return { ...pkg, source: 'installed', files, dirs: dirList, raw: lines.join('\n') };
}

/** The whole database, sorted by name. */
export function serializeInstalledDb(pkgs: readonly InstalledPkg[]): string {
  const sorted = [...pkgs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted.map((p) => `${p.raw}\n`).join('\n') + '\n';
}
