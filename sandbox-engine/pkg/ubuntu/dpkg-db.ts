/**
 * dpkg's database in a Debian-family root: /var/lib/dpkg/status (one stanza per package),
 * /var/lib/dpkg/info/<pkg>.list (its paths) and .md5sums, /var/lib/apt/extended_states (what
 * apt installed automatically), and dpkg's log.
 *
 * The ubuntu:24.04 catalog image carries a stand-in status file (a header then zero bytes) and
 * the names of its packages (catalog/ubuntu/tree-data.ts UBUNTU_PACKAGES), not their versions.
 * When dpkg first rewrites such a status, the base packages get stanzas without a Version line
 * (TODO(lead): a real status for noble-20240801 in the catalog); packages we install get full
 * stanzas.
 */
import { UBUNTU_PACKAGES } from '../../catalog/ubuntu/tree-data.ts';
import type { FileSystem } from '../../vfs/types.ts';
import type { DebPackage } from './archive-data.ts';

export interface StatusEntry {
  name: string;
  version?: string;
  arch: string;
  multiArchSame: boolean;
  /** The stanza text (without the trailing blank line). */
  raw: string;
  description?: string;
  installedKiB?: number;
}

const STATUS = '/var/lib/dpkg/status';
const EXTENDED = '/var/lib/apt/extended_states';

function field(stanza: string, name: string): string | undefined {
  const m = new RegExp(`^${name}: (.*)$`, 'm').exec(stanza);
  return m ? m[1] : undefined;
}

/** Installed packages, by name, in status order. */
export function readStatus(fs: FileSystem): Map<string, StatusEntry> {
  let text = '';
  try {
    text = fs.readText(STATUS);
  } catch {
    // no database
  }
  const out = new Map<string, StatusEntry>();
  const synthetic = text.includes('\0') || !text.includes('\nVersion: ');
  if (!synthetic) {
    for (const stanza of text.split(/\n\n+/)) {
      const name = field(stanza, 'Package');
      if (!name || !/install ok installed/.test(field(stanza, 'Status') ?? '')) continue;
      out.set(name, {
        name,
        version: field(stanza, 'Version'),
        arch: field(stanza, 'Architecture') ?? 'amd64',
        multiArchSame: field(stanza, 'Multi-Arch') === 'same',
        raw: stanza.replace(/\n+$/, ''),
        description: field(stanza, 'Description'),
        installedKiB: Number(field(stanza, 'Installed-Size') ?? 0) || undefined,
      });
    }
    return out;
  }
  for (const name of UBUNTU_PACKAGES) {
    const lib = name.startsWith('lib') && !name.endsWith('-common') && !name.endsWith('-bin') && !name.endsWith('-runtime') && !name.startsWith('libpam-');
    out.set(name, {
      name,
      arch: 'amd64',
      multiArchSame: lib,
      raw: `Package: ${name}\nStatus: install ok installed\nPriority: required\nArchitecture: amd64${lib ? '\nMulti-Arch: same' : ''}`,
    });
  }
  return out;
}

export function stanzaFor(p: DebPackage): StatusEntry {
  const lines = [
    `Package: ${p.name}`,
    'Status: install ok installed',
    'Priority: optional',
    `Section: ${p.section}`,
    `Installed-Size: ${p.installedKiB}`,
    'Maintainer: Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>',
    `Architecture: ${p.arch}`,
  ];
  if (p.multiArchSame) lines.push('Multi-Arch: same');
  lines.push(`Version: ${p.version}`);
  if (p.depends.length) lines.push(`Depends: ${p.depends.join(', ')}`);
  if (p.recommends?.length) lines.push(`Recommends: ${p.recommends.join(', ')}`);
  if (p.suggests?.length) lines.push(`Suggests: ${p.suggests.join(', ')}`);
  lines.push(`Description: ${p.description}`);
  return { name: p.name, version: p.version, arch: p.arch, multiArchSame: !!p.multiArchSame, raw: lines.join('\n'), description: p.description, installedKiB: p.installedKiB };
}

export function writeStatus(fs: FileSystem, entries: Iterable<StatusEntry>): void {
  const list = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const text = list.map((e) => `${e.raw}\n`).join('\n');
  try {
    fs.rename(STATUS, `${STATUS}-old`);
  } catch {
    // first write
  }
  fs.writeFile(STATUS, text);
}

/** dpkg's name for a package in messages: `libssl3t64:amd64` for Multi-Arch: same. */
export function dpkgName(p: { name: string; multiArchSame?: boolean }, arch = 'amd64'): string {
  return p.multiArchSame ? `${p.name}:${arch}` : p.name;
}

export function infoBase(p: { name: string; multiArchSame?: boolean }): string {
  return `/var/lib/dpkg/info/${dpkgName(p)}`;
}

export function readAuto(fs: FileSystem): Set<string> {
  const out = new Set<string>();
  try {
    for (const stanza of fs.readText(EXTENDED).split(/\n\n+/)) {
      const name = field(stanza, 'Package');
      if (name && field(stanza, 'Auto-Installed') === '1') out.add(name);
    }
  } catch {
    // none yet
  }
  return out;
}

export function writeAuto(fs: FileSystem, auto: ReadonlySet<string>, archOf: (name: string) => string): void {
  const text = [...auto].sort().map((n) => `Package: ${n}\nArchitecture: ${archOf(n)}\nAuto-Installed: 1\n`).join('\n');
  fs.writeFile(EXTENDED, text);
}
