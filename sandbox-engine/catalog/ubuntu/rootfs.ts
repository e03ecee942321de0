/**
 * The ubuntu:24.04 root file system layer: the package file table (tree-data.ts), the top-level
 * directories and merged-/usr symlinks, Ubuntu's own /etc files, and the package manager state
 * (/var/lib/dpkg, /var/cache/debconf) that the image carries.
 */
import { blob, dir, symlink, text, exe, lib, utc, type Entry, type LayerSpec } from '../spec.ts';
import { UBUNTU_PACKAGES, UBUNTU_ROWS, UBUNTU_TEXTS } from './tree-data.ts';
import * as etc from './etc-files.ts';
import { BASE_FILES } from './base-files.ts';
import { UBUNTU_CREATED, UBUNTU_ROOTFS_SIZE } from './meta.ts';

// Where they were first defined; the image (images/*.ts) reads them from meta.ts.
export { UBUNTU_CREATED, UBUNTU_ROOTFS_SIZE };

const OVERRIDES: Record<string, string> = {
  '/etc/debian_version': etc.DEBIAN_VERSION,
  '/etc/issue': etc.ISSUE,
  '/etc/issue.net': etc.ISSUE_NET,
};

/** Debian-only files the table has that noble does not (Debian's motd snippet, origins). */
const DROP = new Set(['/etc/update-motd.d/10-uname', '/etc/dpkg/origins/debian', '/etc/os-release']);

function tableEntries(): { entries: Entry[]; binaries: string[] } {
  const entries: Entry[] = [];
  const binaries: string[] = [];
  for (const r of UBUNTU_ROWS) {
    const path = r[1];
    if (DROP.has(path)) continue;
    switch (r[0]) {
      case 'd':
        entries.push(dir(path, r[2], { uid: r[3], gid: r[4] }));
        break;
      case 'l':
        entries.push(symlink(path, r[2]));
        break;
      case 'h':
        entries.push({ kind: 'hardlink', path, target: r[2] });
        break;
      case 't':
        entries.push(text(path, OVERRIDES[path] ?? UBUNTU_TEXTS[path], r[2], { uid: r[3], gid: r[4] }));
        break;
      case 'x':
        entries.push(exe(path, r[5], r[6], r[2], { uid: r[3], gid: r[4] }));
        binaries.push(path);
        break;
      case 'so':
        entries.push({ ...lib(path, r[5], r[2]), uid: r[3], gid: r[4] });
        binaries.push(path);
        break;
      case 'f':
        entries.push(blob(path, r[5], r[2], r[6]));
        break;
    }
  }
  return { entries, binaries };
}

function infoName(pkg: string): string {
  return pkg.startsWith('lib') && !pkg.endsWith('-common') && !pkg.endsWith('-runtime') && !pkg.endsWith('-bin') ? `${pkg}:amd64` : pkg;
}

export function ubuntuRootfsSpec(): LayerSpec {
  const { entries, binaries } = tableEntries();
  const have = new Set(entries.map((e) => e.path));
  const add = (e: Entry): void => {
    if (!have.has(e.path)) {
      entries.push(e);
      have.add(e.path);
    }
  };
  // The merged-/usr top level and the directories the image has besides package contents.
  for (const [l, t] of [['/bin', 'usr/bin'], ['/lib', 'usr/lib'], ['/lib64', 'usr/lib64'], ['/sbin', 'usr/sbin']] as const) add(symlink(l, t));
  for (const d of ['/boot', '/dev', '/media', '/mnt', '/opt', '/srv', '/usr/games', '/usr/include', '/usr/local', '/usr/local/bin', '/usr/local/etc', '/usr/local/games', '/usr/local/include', '/usr/local/lib', '/usr/local/man', '/usr/local/sbin', '/usr/local/share', '/usr/local/src', '/usr/src', '/var/opt', '/var/spool/mail']) add(dir(d));
  add(dir('/home'));
  add(dir('/home/ubuntu', 0o750, { uid: 1000, gid: 1000 }));
  add(dir('/proc', 0o555));
  add(dir('/root', 0o700));
  add(dir('/run'));
  add(dir('/run/lock', 0o1777));
  add(dir('/sys', 0o555));
  add(dir('/tmp', 0o1777));
  add(dir('/var/local', 0o2775, { gid: 50 }));
  add(dir('/var/mail', 0o2775, { gid: 8 }));
  // Ubuntu's identity and accounts.
  add(symlink('/etc/os-release', '../usr/lib/os-release'));
  const osRelease = entries.findIndex((e) => e.path === '/usr/lib/os-release');
  if (osRelease >= 0) entries.splice(osRelease, 1);
  entries.push(text('/usr/lib/os-release', etc.OS_RELEASE));
  add(text('/etc/lsb-release', etc.LSB_RELEASE));
  add(text('/etc/legal', etc.LEGAL));
  add(text('/etc/passwd', etc.PASSWD));
  add(text('/etc/passwd-', etc.PASSWD.replace(/ubuntu:.*\n/, '')));
  add(text('/etc/group', etc.GROUP));
  add(text('/etc/group-', etc.GROUP.replace(/ubuntu:x:1000:\n/, '')));
  add(text('/etc/shadow', etc.SHADOW, 0o640, { gid: 42 }));
  add(text('/etc/gshadow', etc.GSHADOW, 0o640, { gid: 42 }));
  add(text('/etc/subuid', 'ubuntu:100000:65536\n'));
  add(text('/etc/subgid', 'ubuntu:100000:65536\n'));
  add(text('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/usr/bin/dash\n'));
  add(text('/etc/apt/sources.list', etc.SOURCES_LIST));
  add(text('/etc/apt/sources.list.d/ubuntu.sources', etc.UBUNTU_SOURCES));
  add(blob('/etc/apt/trusted.gpg.d/ubuntu-keyring-2018-archive.gpg', 2_794, 0o644, '\x99\x02\r'));
  add(dir('/usr/share/keyrings'));
  add(blob('/usr/share/keyrings/ubuntu-archive-keyring.gpg', 3_646, 0o644, '\x99\x02\r'));
  add(blob('/usr/share/keyrings/ubuntu-archive-removed-keys.gpg', 2_845, 0o644, '\x99\x02\r'));
  add(text('/etc/dpkg/dpkg.cfg.d/excludes', etc.DPKG_EXCLUDES));
  add(text('/etc/dpkg/origins/ubuntu', etc.DPKG_ORIGINS_UBUNTU));
  add(symlink('/etc/dpkg/origins/default', 'ubuntu'));
  for (const [name, size] of [['00-header', 1_220], ['10-help-text', 1_151], ['50-motd-news', 5_023], ['60-unminimize', 742]] as const) {
    add(blob(`/etc/update-motd.d/${name}`, size, 0o755, '#!/bin/sh\n'));
  }
  add(blob('/etc/ld.so.cache', 8_938, 0o644, 'glibc-ld.so.cache1.1'));
  for (const [path, content] of Object.entries(BASE_FILES)) add(text(path, content));
  add(text('/etc/environment', 'PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin"\n'));
  add(text('/etc/fstab', '# UNCONFIGURED FSTAB FOR BASE SYSTEM\n'));
  add(text('/etc/networks', '# symbolic names for networks, see networks(5) for more information\nlink-local 169.254.0.0\n'));
  for (const [name, target] of [['awk', '/usr/bin/mawk'], ['nawk', '/usr/bin/mawk'], ['which', '/usr/bin/which.debianutils']] as const) {
    add(symlink(`/etc/alternatives/${name}`, target));
    add(symlink(`/usr/bin/${name}`, `/etc/alternatives/${name}`));
  }
  // Package manager state.
  add(blob('/var/lib/dpkg/status', 98_316, 0o644, 'Package: apt\nStatus: install ok installed\n'));
  add(blob('/var/lib/dpkg/status-old', 98_316, 0o644, 'Package: apt\nStatus: install ok installed\n'));
  add(text('/var/lib/dpkg/arch', 'amd64\n'));
  add(blob('/var/lib/dpkg/diversions', 211, 0o644, '/bin/sh\n'));
  add(text('/var/lib/dpkg/lock', ''));
  for (const pkg of UBUNTU_PACKAGES) {
    add(blob(`/var/lib/dpkg/info/${infoName(pkg)}.list`, 1_800, 0o644, '/.\n'));
    add(blob(`/var/lib/dpkg/info/${infoName(pkg)}.md5sums`, 2_400, 0o644, ''));
  }
  add(blob('/var/cache/debconf/config.dat', 7_410, 0o644, 'Name: debconf/frontend\n'));
  add(blob('/var/cache/debconf/passwords.dat', 0, 0o600));
  add(blob('/var/cache/debconf/templates.dat', 412_519, 0o644, 'Name: debconf/frontend\n'));
  add(blob('/var/log/dpkg.log', 48_310, 0o644, '2024-08-01 07:37:40 startup archives install\n'));
  add(blob('/var/log/alternatives.log', 1_140, 0o644, 'update-alternatives 2024-08-01 07:37:49: run with --install\n'));
  return {
    mtime: utc('2024-08-01T07:38:00Z'),
    entries,
    balance: { path: binaries, total: UBUNTU_ROOTFS_SIZE },
  };
}
