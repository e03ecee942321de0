/**
 * Alpine 3.20.3 (x86_64 minirootfs) as its 14 apk packages, each with the files it installs.
 *
 * Package names, versions, descriptions and installed sizes: docker-library/repo-info's `apk info`
 * listing of an alpine:3.20.3-based image (eclipse-mosquitto:2.0.19, 2024-10). File lists: a
 * published `tar -tv` of a later Alpine base layer (3.23), moved back to 3.20's layout (libraries
 * in /lib, apk-tools 2.14 with libapk.so.2.14.0 and scripts.tar, /etc/os-release a regular file).
 *
 * File sizes are approximate unless noted: the 3.23 listing's where the file barely changed
 * between releases, plausible values for 3.20's versions otherwise. The image total is pinned by
 * the layer's balance file (/lib/libcrypto.so.3, see rootfs.ts).
 */
import type { ApkPackage } from '../apk-db.ts';
import { blob, dir, exe, lib, symlink, text, utc, type Entry } from '../spec.ts';
import { ALPINE_BIN_APPLETS, ALPINE_SBIN_APPLETS, ALPINE_USR_BIN_APPLETS, ALPINE_USR_SBIN_APPLETS } from './busybox-links.ts';
import * as etc from './etc-files.ts';

/** busybox 1.36.1-r29 /bin/busybox: 808,712 bytes, as seen in an `ls -l /bin` of a 3.20-era image. */
export const ALPINE_BUSYBOX_SIZE = 808_712;

const T = (s: string): number => Math.floor(utc(s) / 1000);

const KEYS_451 = ['4a6a0840', '5243ef4b', '524d27bb', '5261cecb', '58199dcc', '58cbb476', '58e4f17d', '5e69ca50', '60ac2099'];
const KEYS_800 = ['6165ee59', '61666e3f', '616a9724', '616abc23', '616ac3bc', '616adfeb', '616ae350', '616db30d'];
const KEY_ARCHES: Record<string, string[]> = {
  aarch64: ['58199dcc', '616ae350'],
  armhf: ['524d27bb', '616a9724'],
  armv7: ['524d27bb', '616adfeb'],
  mips64: ['5e69ca50'],
  ppc64le: ['58cbb476', '616abc23'],
  riscv64: ['60ac2099', '616db30d'],
  s390x: ['58e4f17d', '616ac3bc'],
  x86: ['4a6a0840', '5243ef4b', '61666e3f'],
  x86_64: ['4a6a0840', '5261cecb', '6165ee59'],
};
const keyName = (id: string): string => `alpine-devel@lists.alpinelinux.org-${id}.rsa.pub`;
const PEM = '-----BEGIN PUBLIC KEY-----\n';

function baselayout(): Entry[] {
  const dirs: Entry[] = [
    dir('/bin'), dir('/dev'), dir('/etc'), dir('/etc/apk'), dir('/etc/crontabs'),
    dir('/etc/modprobe.d'), dir('/etc/modules-load.d'), dir('/etc/network'), dir('/etc/network/if-down.d'),
    dir('/etc/network/if-post-down.d'), dir('/etc/network/if-post-up.d'), dir('/etc/network/if-pre-down.d'),
    dir('/etc/network/if-pre-up.d'), dir('/etc/network/if-up.d'), dir('/etc/opt'), dir('/etc/periodic'),
    dir('/etc/periodic/15min'), dir('/etc/periodic/daily'), dir('/etc/periodic/hourly'), dir('/etc/periodic/monthly'),
    dir('/etc/periodic/weekly'), dir('/etc/profile.d'), dir('/etc/secfixes.d'), dir('/etc/sysctl.d'), dir('/home'),
    dir('/lib'), dir('/lib/firmware'), dir('/lib/modules-load.d'), dir('/lib/sysctl.d'), dir('/media'),
    dir('/media/cdrom'), dir('/media/floppy'), dir('/media/usb'), dir('/mnt'), dir('/opt'), dir('/proc'),
    dir('/root', 0o700), dir('/run'), dir('/run/lock'), dir('/sbin'), dir('/srv'), dir('/sys'), dir('/tmp', 0o1777),
    dir('/usr'), dir('/usr/bin'), dir('/usr/lib'), dir('/usr/local'), dir('/usr/local/bin'), dir('/usr/local/lib'),
    dir('/usr/local/share'), dir('/usr/sbin'), dir('/usr/share'), dir('/usr/share/misc'),
    dir('/var'), dir('/var/cache'), dir('/var/cache/misc'), dir('/var/empty', 0o555), dir('/var/lib'),
    dir('/var/lib/misc'), dir('/var/local'), dir('/var/log'), dir('/var/mail'), dir('/var/opt'), dir('/var/spool'),
    dir('/var/spool/cron'), dir('/var/tmp', 0o1777),
  ];
  return [
    ...dirs,
    text('/etc/alpine-release', etc.ALPINE_RELEASE),
    text('/etc/crontabs/root', etc.CRONTAB_ROOT, 0o600),
    text('/etc/fstab', etc.FSTAB),
    text('/etc/group', etc.GROUP),
    text('/etc/hostname', etc.HOSTNAME),
    text('/etc/hosts', etc.HOSTS),
    blob('/etc/inittab', 570, 0o644, '# /etc/inittab\n'),
    text('/etc/issue', etc.ISSUE),
    blob('/etc/modprobe.d/aliases.conf', 1545, 0o644, '# Aliases to tell insmod/modprobe which modules to use\n'),
    blob('/etc/modprobe.d/blacklist.conf', 2247, 0o644, '#\n# Listing a module here prevents modprobe from loading it\n'),
    blob('/etc/modprobe.d/i386.conf', 122, 0o644, 'alias parport_lowlevel parport_pc\n'),
    text('/etc/modules', 'af_packet\nipv6\n'),
    text('/etc/motd', etc.MOTD),
    symlink('/etc/mtab', '../proc/mounts'),
    text('/etc/nsswitch.conf', etc.NSSWITCH),
    text('/etc/os-release', etc.OS_RELEASE),
    text('/etc/passwd', etc.PASSWD),
    text('/etc/profile', etc.PROFILE),
    blob('/etc/profile.d/20locale.sh', 97, 0o644, 'export CHARSET=UTF-8\n'),
    blob('/etc/profile.d/README', 249, 0o644, 'This directory should contain shell scripts configuring system-wide\n'),
    blob('/etc/profile.d/color_prompt.sh.disabled', 447, 0o644, '# Setup a red prompt for root and a green one for users.\n'),
    blob('/etc/protocols', 3144, 0o644, '# Internet (IP) protocols\n'),
    blob('/etc/secfixes.d/alpine', 97, 0o644, 'secfixes:\n'),
    blob('/etc/services', 12813, 0o644, '# Network services, Internet style\n'),
    text('/etc/shadow', etc.SHADOW, 0o640, { gid: 42 }),
    text('/etc/shells', etc.SHELLS),
    blob('/etc/sysctl.conf', 53, 0o644, '# content of this file will override /etc/sysctl.d/*\n'),
    blob('/lib/sysctl.d/00-alpine.conf', 1278, 0o644, 'net.ipv4.ip_forward = 0\n'),
    symlink('/var/lock', '../run/lock'),
    symlink('/var/run', '../run'),
    symlink('/var/spool/cron/crontabs', '../../../etc/crontabs'),
    symlink('/var/spool/mail', '../mail'),
  ];
}

function busyboxEntries(): Entry[] {
  const links: Entry[] = [];
  for (const a of ALPINE_BIN_APPLETS) links.push(symlink(`/bin/${a}`, '/bin/busybox'));
  for (const a of ALPINE_SBIN_APPLETS) links.push(symlink(`/sbin/${a}`, '/bin/busybox'));
  for (const a of ALPINE_USR_BIN_APPLETS) links.push(symlink(`/usr/bin/${a}`, '/bin/busybox'));
  for (const a of ALPINE_USR_SBIN_APPLETS) links.push(symlink(`/usr/sbin/${a}`, '/bin/busybox'));
  const built = { mtime: utc('2024-08-05T16:44:00Z') };
  return [
    exe('/bin/busybox', ALPINE_BUSYBOX_SIZE, 'busybox', 0o755, built),
    dir('/etc/logrotate.d'),
    blob('/etc/logrotate.d/acpid', 140, 0o644, '/var/log/acpid.log {\n'),
    blob('/etc/network/if-up.d/dad', 285, 0o775, '#!/bin/sh\n'),
    blob('/etc/securetty', 156, 0o644, 'console\n'),
    dir('/etc/udhcpc'),
    blob('/etc/udhcpc/udhcpc.conf', 287, 0o644, '# Do not overwrite /etc/resolv.conf\n'),
    dir('/usr/share/udhcpc'),
    blob('/usr/share/udhcpc/default.script', 4010, 0o755, '#!/bin/sh\n'),
    ...links,
  ];
}

function apkKeys(): Entry[] {
  const out: Entry[] = [dir('/etc/apk/keys'), dir('/usr/share/apk'), dir('/usr/share/apk/keys')];
  for (const id of ['4a6a0840', '5261cecb', '6165ee59']) out.push(blob(`/etc/apk/keys/${keyName(id)}`, KEYS_800.includes(id) ? 800 : 451, 0o644, PEM));
  for (const id of KEYS_451) out.push(blob(`/usr/share/apk/keys/${keyName(id)}`, 451, 0o644, PEM));
  for (const id of KEYS_800) out.push(blob(`/usr/share/apk/keys/${keyName(id)}`, 800, 0o644, PEM));
  for (const [arch, ids] of Object.entries(KEY_ARCHES)) {
    out.push(dir(`/usr/share/apk/keys/${arch}`));
    for (const id of ids) out.push(symlink(`/usr/share/apk/keys/${arch}/${keyName(id)}`, `../${keyName(id)}`));
  }
  return out;
}

/** The 14 packages in the order `apk info` lists them; /lib/libcrypto.so.3 is sized by rootfs.ts. */
export function alpinePackages(): ApkPackage[] {
  return [
    {
      name: 'alpine-baselayout', version: '3.6.5-r0', description: 'Alpine base dir structure and init scripts',
      url: 'https://git.alpinelinux.org/cgit/aports/tree/main/alpine-baselayout', license: 'GPL-2.0-only',
      origin: 'alpine-baselayout', installedSize: 308 * 1024, buildTime: T('2024-03-18T16:04:38Z'),
      depends: ['alpine-baselayout-data=3.6.5-r0', '/bin/sh'], entries: baselayout(),
    },
    {
      name: 'alpine-baselayout-data', version: '3.6.5-r0', description: 'Alpine base dir structure and init scripts',
      url: 'https://git.alpinelinux.org/cgit/aports/tree/main/alpine-baselayout', license: 'GPL-2.0-only',
      origin: 'alpine-baselayout', installedSize: 76 * 1024, buildTime: T('2024-03-18T16:04:38Z'), entries: [],
    },
    {
      name: 'alpine-keys', version: '2.4-r1', description: 'Public keys for Alpine Linux packages',
      url: 'https://alpinelinux.org', license: 'MIT', origin: 'alpine-keys', installedSize: 156 * 1024,
      buildTime: T('2023-07-03T15:10:52Z'), entries: apkKeys(),
    },
    {
      name: 'apk-tools', version: '2.14.4-r0', description: 'Alpine Package Keeper - package manager for alpine',
      url: 'https://gitlab.alpinelinux.org/alpine/apk-tools', license: 'GPL-2.0-only', origin: 'apk-tools',
      installedSize: 296 * 1024, buildTime: T('2024-04-09T09:33:51Z'),
      depends: ['musl>=1.2.3_git20230424', 'ca-certificates-bundle', 'so:libc.musl-x86_64.so.1', 'so:libcrypto.so.3', 'so:libssl.so.3', 'so:libz.so.1'],
      provides: ['so:libapk.so.2.14.0=2.14.0', 'cmd:apk=2.14.4-r0'],
      entries: [
        dir('/etc/apk/protected_paths.d'), exe('/sbin/apk', 66_984, 'apk'), lib('/lib/libapk.so.2.14.0', 226_512),
        dir('/lib/apk'), dir('/lib/apk/exec'), dir('/var/cache/apk'),
      ],
    },
    {
      name: 'busybox', version: '1.36.1-r29', description: 'Size optimized toolbox of many common UNIX utilities',
      url: 'https://busybox.net/', license: 'GPL-2.0-only', origin: 'busybox', installedSize: 908 * 1024,
      buildTime: T('2024-08-05T16:44:00Z'), depends: ['so:libc.musl-x86_64.so.1'],
      provides: ['cmd:busybox=1.36.1-r29'], entries: busyboxEntries(),
    },
    {
      name: 'busybox-binsh', version: '1.36.1-r29', description: 'busybox ash /bin/sh', url: 'https://busybox.net/',
      license: 'GPL-2.0-only', origin: 'busybox', installedSize: 8192, buildTime: T('2024-08-05T16:44:00Z'),
      depends: ['busybox=1.36.1-r29'], provides: ['/bin/sh', 'cmd:sh=1.36.1-r29'], entries: [],
    },
    {
      name: 'ca-certificates-bundle', version: '20240705-r0', description: 'Pre generated bundle of Mozilla certificates',
      url: 'https://www.mozilla.org/en-US/about/governance/policies/security-group/certs/', license: 'MPL-2.0 AND MIT',
      origin: 'ca-certificates', installedSize: 236 * 1024, buildTime: T('2024-07-08T08:42:30Z'),
      provides: ['ca-certificates-cacert=20240705-r0'],
      entries: [
        dir('/etc/ssl'), dir('/etc/ssl/certs'), blob('/etc/ssl/certs/ca-certificates.crt', 219_347, 0o644, '-----BEGIN CERTIFICATE-----\n'),
        symlink('/etc/ssl/cert.pem', 'certs/ca-certificates.crt'), dir('/etc/ssl1.1'),
        symlink('/etc/ssl1.1/cert.pem', '/etc/ssl/cert.pem'), symlink('/etc/ssl1.1/certs', '/etc/ssl/certs'),
      ],
    },
    {
      name: 'libcrypto3', version: '3.3.2-r0', description: 'Crypto library from openssl', url: 'https://www.openssl.org/',
      license: 'Apache-2.0', origin: 'openssl', installedSize: 4660 * 1024, buildTime: T('2024-09-04T13:52:27Z'),
      depends: ['so:libc.musl-x86_64.so.1'], provides: ['so:libcrypto.so.3=3'],
      entries: [
        blob('/etc/ssl/ct_log_list.cnf', 412), blob('/etc/ssl/ct_log_list.cnf.dist', 412),
        blob('/etc/ssl/openssl.cnf', 12_324, 0o644, '#\n# OpenSSL example configuration file.\n'),
        blob('/etc/ssl/openssl.cnf.dist', 12_324, 0o644, '#\n# OpenSSL example configuration file.\n'),
        dir('/etc/ssl/private'), lib('/lib/libcrypto.so.3', 1), dir('/usr/lib/engines-3'),
        lib('/usr/lib/engines-3/afalg.so', 18_504), lib('/usr/lib/engines-3/capi.so', 13_864),
        lib('/usr/lib/engines-3/loader_attic.so', 47_608), lib('/usr/lib/engines-3/padlock.so', 22_360),
        dir('/usr/lib/ossl-modules'), lib('/usr/lib/ossl-modules/legacy.so', 100_184),
      ],
    },
    {
      name: 'libssl3', version: '3.3.2-r0', description: 'SSL shared libraries', url: 'https://www.openssl.org/',
      license: 'Apache-2.0', origin: 'openssl', installedSize: 796 * 1024, buildTime: T('2024-09-04T13:52:27Z'),
      depends: ['so:libc.musl-x86_64.so.1', 'so:libcrypto.so.3'], provides: ['so:libssl.so.3=3'],
      entries: [lib('/lib/libssl.so.3', 801_512)],
    },
    {
      name: 'musl', version: '1.2.5-r0', description: 'the musl c library (libc) implementation',
      url: 'https://musl.libc.org/', license: 'MIT', origin: 'musl', installedSize: 652 * 1024,
      buildTime: T('2024-03-01T21:56:53Z'), provides: ['so:libc.musl-x86_64.so.1=1'],
      entries: [lib('/lib/ld-musl-x86_64.so.1', 659_896), symlink('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1')],
    },
    {
      name: 'musl-utils', version: '1.2.5-r0', description: 'the musl c library (libc) implementation',
      url: 'https://musl.libc.org/', license: 'MIT AND BSD-2-Clause AND GPL-2.0-or-later', origin: 'musl',
      installedSize: 128 * 1024, buildTime: T('2024-03-01T21:56:53Z'),
      depends: ['scanelf', 'so:libc.musl-x86_64.so.1'],
      provides: ['cmd:getconf=1.2.5-r0', 'cmd:getent=1.2.5-r0', 'cmd:iconv=1.2.5-r0', 'cmd:ldconfig=1.2.5-r0', 'cmd:ldd=1.2.5-r0'],
      entries: [
        blob('/sbin/ldconfig', 393, 0o755, '#!/bin/sh\n'), exe('/usr/bin/getconf', 22_344, 'getconf'),
        exe('/usr/bin/getent', 18_480, 'getent'), exe('/usr/bin/iconv', 14_152, 'iconv'),
        text('/usr/bin/ldd', '#!/bin/sh\nexec /lib/ld-musl-x86_64.so.1 --list "$@"\n', 0o755),
      ],
    },
    {
      name: 'scanelf', version: '1.3.7-r2', description: 'Scan ELF binaries for stuff',
      url: 'https://wiki.gentoo.org/wiki/Hardened/PaX_Utilities', license: 'GPL-2.0-only', origin: 'pax-utils',
      installedSize: 80 * 1024, buildTime: T('2023-11-28T10:55:01Z'), depends: ['so:libc.musl-x86_64.so.1'],
      provides: ['cmd:scanelf=1.3.7-r2'], entries: [exe('/usr/bin/scanelf', 75_536, 'scanelf')],
    },
    {
      name: 'ssl_client', version: '1.36.1-r29', description: 'EXternal ssl_client for busybox wget',
      url: 'https://busybox.net/', license: 'GPL-2.0-only', origin: 'busybox', installedSize: 28 * 1024,
      buildTime: T('2024-08-05T16:44:00Z'), depends: ['so:libc.musl-x86_64.so.1', 'so:libcrypto.so.3', 'so:libssl.so.3'],
      provides: ['cmd:ssl_client=1.36.1-r29'], entries: [exe('/usr/bin/ssl_client', 14_232, 'ssl_client')],
    },
    {
      name: 'zlib', version: '1.3.1-r1', description: 'A compression/decompression Library', url: 'https://zlib.net/',
      license: 'Zlib', origin: 'zlib', installedSize: 108 * 1024, buildTime: T('2024-04-09T09:30:12Z'),
      depends: ['so:libc.musl-x86_64.so.1'], provides: ['so:libz.so.1=1.3.1'],
      entries: [symlink('/lib/libz.so.1', 'libz.so.1.3.1'), lib('/lib/libz.so.1.3.1', 104_248)],
    },
  ];
}
