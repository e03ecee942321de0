/**
 * The Ubuntu 24.04 (noble) archive the simulated apt-get installs from, amd64.
 *
 * Sources and what is verified:
 * - Versions, pockets (noble/main, noble-updates/main, noble-security/main) and .deb sizes: real
 *   `apt-get install` transcripts in ubuntu:24.04 containers, read from published build logs:
 *   curl and its 20 dependencies (Jan 2025, `apt-get install -y curl`, 21 new packages, "Need to
 *   get 3564 kB", "After this operation, 9199 kB"), vim + nano + net-tools (Aug 2024 docker build
 *   on noble-20240801, 18 new packages, 16.8 MB / 73.7 MB), jq (noble release, 378 kB / 1125 kB).
 *   So the set is not one archive snapshot: curl's closure is the Jan 2025 one, vim's Aug 2024.
 * - Installed-Size per package: not in those logs. Debian 12's value for the same package
 *   (`apt-cache show` on the recording machine), scaled within each transcript's set so the sum
 *   is the real "After this operation" figure; individual values are therefore estimates.
 * - python3, python3-minimal, python3.12, python3.12-minimal, libpython3-stdlib: versions and
 *   .deb sizes from a later noble log (ubuntu0.4, 2025) carried to the Aug 2024 ubuntu0.1
 *   release; wget: version and .deb size from a 2025 log; their installed sizes are estimates.
 * - Dependencies: the noble packages' Depends/Recommends as far as they matter inside a minimal
 *   container (what ubuntu:24.04 already has is left out). Their order is arranged so that our
 *   depth-first order reproduces the order apt printed in the transcripts above.
 * - File lists: representative (main programs, libraries, data), the listed files summing to the
 *   installed size; `files` counts the real package's paths for dpkg's database figure (estimates).
 */
import { blob, dir, exe, lib, symlink, text, type Entry } from '../../catalog/spec.ts';

export type Pocket = 'noble/main' | 'noble-updates/main' | 'noble-security/main' | 'noble/universe';

export interface DebPackage {
  name: string;
  version: string;
  arch: 'amd64' | 'all';
  pocket: Pocket;
  /** .deb size in bytes (the `[..kB]` of apt's Get line). */
  debSize: number;
  /** Installed-Size in KiB. */
  installedKiB: number;
  section: string;
  /** Multi-Arch: same — dpkg then names it `name:amd64`. */
  multiArchSame?: boolean;
  description: string;
  depends: string[];
  /** Recommends apt installs after everything else (apt installs Recommends by default). */
  recommends?: string[];
  suggests?: string[];
  /** Paths the real package's .list holds (files and directories), for dpkg's database count. */
  listCount: number;
  entries: Entry[];
  /** Lines dpkg prints while unpacking (diversions). */
  unpackNotes?: string[];
  /** What its postinst prints; `debconf` when it asks questions (ca-certificates, tzdata). */
  setup?: 'ca-certificates' | 'tzdata' | 'nano' | 'vim';
  /** It ships shared libraries: libc-bin's ldconfig trigger runs after it. */
  ldconfig?: boolean;
}

/** libc-bin in ubuntu:24.04 = noble-20240801 (its trigger line in the Aug 2024 transcript). */
export const LIBC_BIN_VERSION = '2.39-0ubuntu8.2';

/** `(Reading database ... 4376 files and directories currently installed.)` on noble-20240801. */
export const BASE_DPKG_PATHS = 4376;

const KiB = 1024;

function sized(total: number, entries: Entry[]): Entry[] {
  let used = 0;
  let last = -1;
  entries.forEach((e, i) => {
    if (e.kind !== 'file') return;
    const size = e.text !== undefined ? new TextEncoder().encode(String(e.text)).length : (e.size ?? 0);
    used += size;
    if (e.text === undefined && (e.size ?? 0) === 0) last = i;
  });
  if (last >= 0) (entries[last] as { size?: number }).size = Math.max(1, total - used);
  return entries;
}

type Spec = Omit<DebPackage, 'entries' | 'installedKiB' | 'debSize'> & { kiB: number; deb: number };

function deb(s: Spec, entries: Entry[]): DebPackage {
  const { kiB, deb: debSize, ...rest } = s;
  return { ...rest, installedKiB: kiB, debSize, entries: sized(kiB * KiB, entries) };
}

const LIB = '/usr/lib/x86_64-linux-gnu';
const doc = (pkg: string): Entry[] => [dir(`/usr/share/doc/${pkg}`), blob(`/usr/share/doc/${pkg}/copyright`, 1_800, 0o644, 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n')];
const so = (name: string, real: string, size = 0): Entry[] => [symlink(`${LIB}/${name}`, real), lib(`${LIB}/${real}`, size)];

/** The archive, by package name. */
export function nobleArchive(): Map<string, DebPackage> {
  const list: DebPackage[] = [
    // --- curl and its closure (Jan 2025 transcript) ---
    deb({ name: 'openssl', version: '3.0.13-0ubuntu3.4', arch: 'amd64', pocket: 'noble-updates/main', deb: 1_003_000, kiB: 2005, section: 'utils', description: 'Secure Sockets Layer toolkit - cryptographic utility', depends: [], listCount: 48 }, [
      exe('/usr/bin/openssl', 0, 'openssl'), symlink('/usr/bin/c_rehash', '../lib/ssl/misc/c_rehash'), dir('/usr/lib/ssl/misc'), blob('/usr/lib/ssl/misc/c_rehash', 6_921, 0o755, '#!/usr/bin/perl\n'), ...doc('openssl'),
    ]),
    deb({ name: 'ca-certificates', version: '20240203', arch: 'all', pocket: 'noble/main', deb: 159_000, kiB: 386, section: 'misc', description: 'Common CA certificates', depends: ['openssl'], listCount: 160, setup: 'ca-certificates' }, [
      dir('/etc/ca-certificates'), dir('/etc/ca-certificates/update.d'), dir('/etc/ssl'), dir('/etc/ssl/certs'),
      exe('/usr/sbin/update-ca-certificates', 6_386, 'update-ca-certificates'), dir('/usr/share/ca-certificates'), dir('/usr/share/ca-certificates/mozilla'),
      blob('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939, 0o644, '-----BEGIN CERTIFICATE-----\n'),
      blob('/usr/share/ca-certificates/mozilla/DigiCert_Global_Root_G2.crt', 1_294, 0o644, '-----BEGIN CERTIFICATE-----\n'),
      blob('/usr/share/ca-certificates/mozilla/GlobalSign_Root_CA.crt', 0, 0o644, '-----BEGIN CERTIFICATE-----\n'), ...doc('ca-certificates'),
    ]),
    deb({ name: 'krb5-locales', version: '1.20.1-6ubuntu2.2', arch: 'all', pocket: 'noble-updates/main', deb: 14_000, kiB: 272, section: 'localization', description: 'internationalization support for MIT Kerberos', depends: [], listCount: 20 }, [
      dir('/usr/share/locale/de/LC_MESSAGES'), blob('/usr/share/locale/de/LC_MESSAGES/mit-krb5.mo', 0, 0o644, '\xde\x12\x04\x95'),
    ]),
    deb({ name: 'libkrb5support0', version: '1.20.1-6ubuntu2.2', arch: 'amd64', pocket: 'noble-updates/main', deb: 33_700, kiB: 133, section: 'libs', multiArchSame: true, ldconfig: true, description: 'MIT Kerberos runtime libraries - Support library', depends: [], listCount: 9 }, so('libkrb5support.so.0', 'libkrb5support.so.0.1')),
    deb({ name: 'libk5crypto3', version: '1.20.1-6ubuntu2.2', arch: 'amd64', pocket: 'noble-updates/main', deb: 81_800, kiB: 260, section: 'libs', multiArchSame: true, ldconfig: true, description: 'MIT Kerberos runtime libraries - Crypto Library', depends: ['libkrb5support0'], listCount: 9 }, so('libk5crypto.so.3', 'libk5crypto.so.3.1')),
    deb({ name: 'libkeyutils1', version: '1.6.3-3build1', arch: 'amd64', pocket: 'noble/main', deb: 9_490, kiB: 40, section: 'misc', multiArchSame: true, ldconfig: true, description: 'Linux Key Management Utilities (library)', depends: [], listCount: 9 }, so('libkeyutils.so.1', 'libkeyutils.so.1.10')),
    deb({ name: 'libkrb5-3', version: '1.20.1-6ubuntu2.2', arch: 'amd64', pocket: 'noble-updates/main', deb: 347_000, kiB: 973, section: 'libs', multiArchSame: true, ldconfig: true, description: 'MIT Kerberos runtime libraries', depends: ['libk5crypto3', 'libkeyutils1', 'libkrb5support0'], listCount: 12 }, so('libkrb5.so.3', 'libkrb5.so.3.3')),
    deb({ name: 'libgssapi-krb5-2', version: '1.20.1-6ubuntu2.2', arch: 'amd64', pocket: 'noble-updates/main', deb: 143_000, kiB: 424, section: 'libs', multiArchSame: true, ldconfig: true, description: 'MIT Kerberos runtime libraries - krb5 GSS-API Mechanism', depends: ['krb5-locales', 'libkrb5support0', 'libk5crypto3', 'libkeyutils1', 'libkrb5-3'], suggests: ['krb5-doc', 'krb5-user'], listCount: 11 }, so('libgssapi_krb5.so.2', 'libgssapi_krb5.so.2.2')),
    deb({ name: 'libnghttp2-14', version: '1.59.0-1ubuntu0.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 74_300, kiB: 219, section: 'libs', multiArchSame: true, ldconfig: true, description: 'library implementing HTTP/2 protocol (shared library)', depends: [], listCount: 9 }, so('libnghttp2.so.14', 'libnghttp2.so.14.25.1')),
    deb({ name: 'libpsl5t64', version: '0.21.2-1.1build1', arch: 'amd64', pocket: 'noble/main', deb: 57_100, kiB: 96, section: 'libs', multiArchSame: true, ldconfig: true, description: 'Library for Public Suffix List (shared libraries)', depends: [], listCount: 9 }, so('libpsl.so.5', 'libpsl.so.5.3.4')),
    deb({ name: 'publicsuffix', version: '20231001.0357-0.1', arch: 'all', pocket: 'noble/main', deb: 129_000, kiB: 338, section: 'net', description: 'accurate, machine-readable list of domain name suffixes', depends: [], listCount: 10 }, [
      dir('/usr/share/publicsuffix'), blob('/usr/share/publicsuffix/public_suffix_list.dafsa', 45_398, 0o644, '.DAFSA@PSL_0   \n'), blob('/usr/share/publicsuffix/public_suffix_list.dat', 0, 0o644, '// This Source Code Form is subject to the terms of the Mozilla Public\n'),
    ]),
    deb({ name: 'libbrotli1', version: '1.1.0-2build2', arch: 'amd64', pocket: 'noble/main', deb: 331_000, kiB: 700, section: 'libs', multiArchSame: true, ldconfig: true, description: 'library implementing brotli encoder and decoder (shared libraries)', depends: [], listCount: 13 }, [
      ...so('libbrotlicommon.so.1', 'libbrotlicommon.so.1.1.0', 136_888), ...so('libbrotlidec.so.1', 'libbrotlidec.so.1.1.0', 55_160), ...so('libbrotlienc.so.1', 'libbrotlienc.so.1.1.0'),
    ]),
    deb({ name: 'libsasl2-modules-db', version: '2.1.28+dfsg1-5ubuntu3.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 20_400, kiB: 77, section: 'libs', multiArchSame: true, ldconfig: true, description: 'Cyrus SASL - pluggable authentication modules (DB)', depends: [], listCount: 10 }, [
      dir(`${LIB}/sasl2`), ...so('sasl2/libsasldb.so.2', 'sasl2/libsasldb.so.2.0.25'),
    ]),
    deb({ name: 'libsasl2-2', version: '2.1.28+dfsg1-5ubuntu3.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 53_200, kiB: 166, section: 'libs', multiArchSame: true, ldconfig: true, description: 'Cyrus SASL - authentication abstraction library', depends: ['libsasl2-modules-db'], recommends: ['libsasl2-modules'], listCount: 9 }, so('libsasl2.so.2', 'libsasl2.so.2.0.25')),
    deb({ name: 'libldap2', version: '2.6.7+dfsg-1~exp1ubuntu8.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 195_000, kiB: 551, section: 'libs', multiArchSame: true, ldconfig: true, description: 'OpenLDAP libraries', depends: ['libsasl2-2'], recommends: ['libldap-common'], listCount: 12 }, [
      ...so('liblber.so.2', 'liblber.so.2.0.200', 60_272), ...so('libldap.so.2', 'libldap.so.2.0.200'),
    ]),
    deb({ name: 'librtmp1', version: '2.4+20151223.gitfa8646d.1-2build7', arch: 'amd64', pocket: 'noble/main', deb: 56_300, kiB: 145, section: 'libs', multiArchSame: true, ldconfig: true, description: 'toolkit for RTMP streams (shared library)', depends: [], listCount: 9 }, so('librtmp.so.1', 'librtmp.so.1')),
    deb({ name: 'libssh-4', version: '0.10.6-2build2', arch: 'amd64', pocket: 'noble/main', deb: 188_000, kiB: 499, section: 'libs', multiArchSame: true, ldconfig: true, description: 'tiny C SSH library (OpenSSL flavor)', depends: [], listCount: 9 }, so('libssh.so.4', 'libssh.so.4.9.6')),
    deb({ name: 'libcurl4t64', version: '8.5.0-2ubuntu10.6', arch: 'amd64', pocket: 'noble-updates/main', deb: 341_000, kiB: 837, section: 'libs', multiArchSame: true, ldconfig: true, description: 'easy-to-use client-side URL transfer library (OpenSSL flavour)', depends: ['ca-certificates', 'libgssapi-krb5-2', 'libnghttp2-14', 'libpsl5t64', 'publicsuffix', 'libbrotli1', 'libldap2', 'librtmp1', 'libssh-4'], listCount: 9 }, so('libcurl.so.4', 'libcurl.so.4.8.0')),
    deb({ name: 'curl', version: '8.5.0-2ubuntu10.6', arch: 'amd64', pocket: 'noble-updates/main', deb: 226_000, kiB: 487, section: 'web', description: 'command line tool for transferring data with URL syntax', depends: ['libcurl4t64'], listCount: 10 }, [
      exe('/usr/bin/curl', 0, 'curl'), ...doc('curl'),
    ]),
    deb({ name: 'libldap-common', version: '2.6.7+dfsg-1~exp1ubuntu8.1', arch: 'all', pocket: 'noble-updates/main', deb: 31_500, kiB: 92, section: 'libs', description: 'OpenLDAP common files for libraries', depends: [], listCount: 14 }, [
      dir('/etc/ldap'), text('/etc/ldap/ldap.conf', '#\n# LDAP Defaults\n#\n\n# See ldap.conf(5) for details\n# This file should be world readable but not world writable.\n\n#BASE\tdc=example,dc=com\n#URI\tldap://ldap.example.com ldap://ldap-provider.example.com:666\n\n#SIZELIMIT\t12\n#TIMELIMIT\t15\n#DEREF\t\tnever\n\n# TLS certificates (needed for GnuTLS)\nTLS_CACERT\t/etc/ssl/certs/ca-certificates.crt\n'),
      dir('/usr/share/ldap'), blob('/usr/share/ldap/schema.tar', 0),
    ]),
    deb({ name: 'libsasl2-modules', version: '2.1.28+dfsg1-5ubuntu3.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 69_900, kiB: 283, section: 'devel', multiArchSame: true, description: 'Cyrus SASL - pluggable authentication modules', depends: [], suggests: ['libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'], listCount: 21 }, [
      dir(`${LIB}/sasl2`), lib(`${LIB}/sasl2/libplain.so.2.0.25`, 22_496), lib(`${LIB}/sasl2/libdigestmd5.so.2.0.25`, 0),
    ]),
    // --- jq (noble release) ---
    deb({ name: 'libonig5', version: '6.9.9-1build1', arch: 'amd64', pocket: 'noble/main', deb: 172_000, kiB: 640, section: 'libs', multiArchSame: true, ldconfig: true, description: 'regular expressions library', depends: [], listCount: 9 }, so('libonig.so.5', 'libonig.so.5.4.0')),
    deb({ name: 'libjq1', version: '1.7.1-3build1', arch: 'amd64', pocket: 'noble/main', deb: 141_000, kiB: 352, section: 'libs', multiArchSame: true, ldconfig: true, description: 'lightweight and flexible command-line JSON processor - shared library', depends: ['libonig5'], listCount: 9 }, so('libjq.so.1', 'libjq.so.1.0.4')),
    deb({ name: 'jq', version: '1.7.1-3build1', arch: 'amd64', pocket: 'noble/main', deb: 65_480, kiB: 107, section: 'utils', description: 'lightweight and flexible command-line JSON processor', depends: ['libjq1'], listCount: 10 }, [
      exe('/usr/bin/jq', 0, 'jq'), ...doc('jq'),
    ]),
    // --- vim, nano, net-tools and python's libraries (Aug 2024 transcript) ---
    deb({ name: 'libexpat1', version: '2.6.1-2build1', arch: 'amd64', pocket: 'noble/main', deb: 87_000, kiB: 418, section: 'libs', multiArchSame: true, ldconfig: true, description: 'XML parsing C library - runtime library', depends: [], listCount: 9 }, so('libexpat.so.1', 'libexpat.so.1.9.1')),
    deb({ name: 'libpython3.12-minimal', version: '3.12.3-1ubuntu0.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 832_000, kiB: 5286, section: 'python', multiArchSame: true, description: 'Minimal subset of the Python language (version 3.12)', depends: ['libexpat1'], listCount: 180 }, [
      dir('/usr/lib/python3.12'), blob('/usr/lib/python3.12/os.py', 39_786, 0o644, 'r"""OS routines for NT or Posix depending on what system we\'re on.\n'), blob('/usr/lib/python3.12/site.py', 0, 0o644, '"""Append module search paths for third-party packages to sys.path.\n'),
    ]),
    deb({ name: 'media-types', version: '10.1.0', arch: 'all', pocket: 'noble/main', deb: 27_500, kiB: 93, section: 'net', description: 'List of standard media types and their usual file extension', depends: [], listCount: 6 }, [blob('/etc/mime.types', 0, 0o644, '###############################################################################\n')]),
    deb({ name: 'netbase', version: '6.4', arch: 'all', pocket: 'noble/main', deb: 13_100, kiB: 36, section: 'admin', description: 'Basic TCP/IP networking system', depends: [], listCount: 10 }, [
      blob('/etc/protocols', 3_050, 0o644, '# Internet (IP) protocols\n'), blob('/etc/rpc', 911, 0o644, '# This file contains user readable names that can be used in place of rpc\n'), blob('/etc/services', 0, 0o644, '# Network services, Internet style\n'), blob('/etc/ethertypes', 1_853, 0o644, '#\n# Ethernet frame types\n'),
    ]),
    deb({ name: 'tzdata', version: '2024a-3ubuntu1.1', arch: 'all', pocket: 'noble-updates/main', deb: 273_000, kiB: 2598, section: 'localization', description: 'time zone and daylight-saving time data', depends: [], listCount: 630, setup: 'tzdata' }, [
      dir('/usr/share/zoneinfo'), dir('/usr/share/zoneinfo/Europe'), blob('/usr/share/zoneinfo/Europe/Moscow', 908, 0o644, 'TZif2'), blob('/usr/share/zoneinfo/Europe/Berlin', 705, 0o644, 'TZif2'),
      dir('/usr/share/zoneinfo/Etc'), blob('/usr/share/zoneinfo/Etc/UTC', 111, 0o644, 'TZif2'), dir('/usr/share/zoneinfo/America'), blob('/usr/share/zoneinfo/America/New_York', 1_744, 0o644, 'TZif2'),
      blob('/usr/share/zoneinfo/tzdata.zi', 0, 0o644, '# version 2024a\n'),
    ]),
    deb({ name: 'readline-common', version: '8.2-4build1', arch: 'all', pocket: 'noble/main', deb: 56_500, kiB: 90, section: 'utils', description: 'GNU readline and history libraries, common files', depends: [], suggests: ['readline-doc'], listCount: 12 }, [
      text('/etc/inputrc', '# /etc/inputrc - global inputrc for libreadline\n# See readline(3readline) and `info rluserman\' for more information.\n\n# Be 8 bit clean.\nset input-meta on\nset output-meta on\n'), blob('/usr/share/readline/inputrc.arrows', 0, 0o644, '# Key bindings'),
    ]),
    deb({ name: 'libreadline8t64', version: '8.2-4build1', arch: 'amd64', pocket: 'noble/main', deb: 153_000, kiB: 480, section: 'libs', multiArchSame: true, ldconfig: true, description: 'GNU readline and history libraries, run-time libraries', depends: ['readline-common'], listCount: 11,
      unpackNotes: [
        "Adding 'diversion of /lib/x86_64-linux-gnu/libhistory.so.8 to /lib/x86_64-linux-gnu/libhistory.so.8.usr-is-merged by libreadline8t64'",
        "Adding 'diversion of /lib/x86_64-linux-gnu/libhistory.so.8.2 to /lib/x86_64-linux-gnu/libhistory.so.8.2.usr-is-merged by libreadline8t64'",
        "Adding 'diversion of /lib/x86_64-linux-gnu/libreadline.so.8 to /lib/x86_64-linux-gnu/libreadline.so.8.usr-is-merged by libreadline8t64'",
        "Adding 'diversion of /lib/x86_64-linux-gnu/libreadline.so.8.2 to /lib/x86_64-linux-gnu/libreadline.so.8.2.usr-is-merged by libreadline8t64'",
      ] }, [...so('libhistory.so.8', 'libhistory.so.8.2', 51_424), ...so('libreadline.so.8', 'libreadline.so.8.2')]),
    deb({ name: 'libsqlite3-0', version: '3.45.1-1ubuntu2', arch: 'amd64', pocket: 'noble/main', deb: 701_000, kiB: 1699, section: 'libs', multiArchSame: true, ldconfig: true, description: 'SQLite 3 shared library', depends: [], listCount: 9 }, so('libsqlite3.so.0', 'libsqlite3.so.0.8.6')),
    deb({ name: 'libpython3.12-stdlib', version: '3.12.3-1ubuntu0.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 2_069_000, kiB: 8421, section: 'python', multiArchSame: true, description: 'Interactive high-level object-oriented language (standard library, version 3.12)', depends: ['libpython3.12-minimal', 'media-types', 'netbase', 'tzdata', 'libreadline8t64', 'libsqlite3-0'], listCount: 1400 }, [
      dir('/usr/lib/python3.12/json'), blob('/usr/lib/python3.12/json/__init__.py', 14_024, 0o644, 'r"""JSON (JavaScript Object Notation) <https://json.org> is a subset of\n'), blob('/usr/lib/python3.12/typing.py', 0, 0o644, '"""\nThe typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs.\n'),
    ]),
    deb({ name: 'vim-common', version: '2:9.1.0016-1ubuntu7.1', arch: 'all', pocket: 'noble-updates/main', deb: 385_000, kiB: 248, section: 'editors', description: 'Vi IMproved - Common files', depends: [], listCount: 30 }, [
      dir('/etc/vim'), text('/etc/vim/vimrc', '" All system-wide defaults are set in $VIMRUNTIME/debian.vim and sourced by\n" the call to :runtime you can find below.\n\nruntime! debian.vim\n'), blob('/usr/share/vim/vim91/debian.vim', 0, 0o644, '" Debian system-wide default configuration Vim\n'),
    ]),
    deb({ name: 'xxd', version: '2:9.1.0016-1ubuntu7.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 62_900, kiB: 136, section: 'editors', description: 'tool to make (or reverse) a hex dump', depends: [], listCount: 8 }, [exe('/usr/bin/xxd', 0, 'xxd')]),
    deb({ name: 'libgpm2', version: '1.20.7-11', arch: 'amd64', pocket: 'noble/main', deb: 14_100, kiB: 45, section: 'libs', multiArchSame: true, ldconfig: true, description: 'General Purpose Mouse - shared library', depends: [], suggests: ['gpm'], listCount: 9 }, so('libgpm.so.2', 'libgpm.so.2')),
    deb({ name: 'nano', version: '7.2-2build1', arch: 'amd64', pocket: 'noble/main', deb: 281_000, kiB: 2833, section: 'editors', description: 'small, friendly text editor inspired by Pico', depends: [], suggests: ['hunspell'], listCount: 260, setup: 'nano' }, [
      exe('/usr/bin/nano', 0, 'nano'), symlink('/usr/bin/rnano', 'nano'), dir('/etc'), text('/etc/nanorc', '#\n# Sample initialization file for GNU nano.\n#\n'),
    ]),
    deb({ name: 'libpython3.12t64', version: '3.12.3-1ubuntu0.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 2_339_000, kiB: 7705, section: 'libs', multiArchSame: true, ldconfig: true, description: 'Shared Python runtime library (version 3.12)', depends: ['libpython3.12-stdlib'], listCount: 11 }, so('libpython3.12.so.1.0', 'libpython3.12.so.1.0.real')),
    deb({ name: 'libsodium23', version: '1.0.18-1build3', arch: 'amd64', pocket: 'noble/main', deb: 161_000, kiB: 419, section: 'libs', multiArchSame: true, ldconfig: true, description: 'Network communication, cryptography and signaturing library', depends: [], listCount: 9 }, so('libsodium.so.23', 'libsodium.so.23.3.0')),
    deb({ name: 'net-tools', version: '2.10-0.1ubuntu4', arch: 'amd64', pocket: 'noble/main', deb: 204_000, kiB: 988, section: 'net', description: 'NET-3 networking toolkit', depends: [], listCount: 80 }, [
      exe('/usr/sbin/ifconfig', 76_720, 'ifconfig'), exe('/usr/bin/netstat', 0, 'netstat'), exe('/usr/sbin/route', 63_464, 'route'), exe('/usr/sbin/arp', 58_896, 'arp'),
    ]),
    deb({ name: 'vim-runtime', version: '2:9.1.0016-1ubuntu7.1', arch: 'all', pocket: 'noble-updates/main', deb: 7_279_000, kiB: 36784, section: 'editors', description: 'Vi IMproved - Runtime files', depends: [], listCount: 2200,
      unpackNotes: [
        "Adding 'diversion of /usr/share/vim/vim91/doc/help.txt to /usr/share/vim/vim91/doc/help.txt.vim-tiny by vim-runtime'",
        "Adding 'diversion of /usr/share/vim/vim91/doc/tags to /usr/share/vim/vim91/doc/tags.vim-tiny by vim-runtime'",
      ] }, [
      dir('/usr/share/vim/vim91/syntax'), blob('/usr/share/vim/vim91/syntax/python.vim', 11_923, 0o644, '" Vim syntax file\n'), dir('/usr/share/vim/vim91/doc'), blob('/usr/share/vim/vim91/doc/help.txt', 9_130, 0o644, '*help.txt*\tFor Vim version 9.1.'),
      blob('/usr/share/vim/vim91/doc/tags', 0, 0o644, '!_TAG_FILE_ENCODING\tutf-8\t//\n'),
    ]),
    deb({ name: 'vim', version: '2:9.1.0016-1ubuntu7.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 1_881_000, kiB: 3688, section: 'editors', description: 'Vi IMproved - enhanced vi editor', depends: ['vim-common', 'xxd', 'libgpm2', 'libpython3.12t64', 'libsodium23', 'vim-runtime'], suggests: ['ctags', 'vim-doc', 'vim-scripts'], listCount: 12, setup: 'vim' }, [
      exe('/usr/bin/vim.basic', 0, 'vim'),
    ]),
    // --- python3 (estimates carried from a 2025 transcript; see the header) ---
    deb({ name: 'python3.12-minimal', version: '3.12.3-1ubuntu0.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 2_336_000, kiB: 6200, section: 'python', description: 'Minimal subset of the Python language (version 3.12)', depends: ['libpython3.12-minimal', 'libexpat1'], listCount: 14 }, [
      exe('/usr/bin/python3.12', 0, 'python3'),
    ]),
    deb({ name: 'python3-minimal', version: '3.12.3-0ubuntu2', arch: 'amd64', pocket: 'noble-updates/main', deb: 27_400, kiB: 102, section: 'python', description: 'minimal subset of the Python language (default python3 version)', depends: ['python3.12-minimal'], listCount: 12 }, [
      symlink('/usr/bin/python3', 'python3.12'), blob('/usr/share/python3/debian_defaults', 0, 0o644, '[DEFAULT]\n'),
    ]),
    deb({ name: 'python3.12', version: '3.12.3-1ubuntu0.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 651_000, kiB: 640, section: 'python', description: 'Interactive high-level object-oriented language (version 3.12)', depends: ['python3.12-minimal', 'libpython3.12-stdlib', 'media-types', 'tzdata'], listCount: 18 }, [
      symlink('/usr/bin/pydoc3.12', '../lib/python3.12/pydoc.py'), blob('/usr/lib/python3.12/pydoc.py', 0, 0o755, '#!/usr/bin/python3.12\n'),
    ]),
    deb({ name: 'libpython3-stdlib', version: '3.12.3-0ubuntu2', arch: 'amd64', pocket: 'noble-updates/main', deb: 10_000, kiB: 26, section: 'python', multiArchSame: true, description: 'interactive high-level object-oriented language (default python3 version)', depends: ['libpython3.12-stdlib'], listCount: 6 }, [
      blob('/usr/share/doc/libpython3-stdlib/copyright', 0, 0o644, 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n'),
    ]),
    deb({ name: 'python3', version: '3.12.3-0ubuntu2', arch: 'amd64', pocket: 'noble-updates/main', deb: 23_000, kiB: 78, section: 'python', description: 'interactive high-level object-oriented language (default python3 version)', depends: ['python3-minimal', 'python3.12', 'libpython3-stdlib'], suggests: ['python3-doc', 'python3-tk', 'python3-venv'], listCount: 20 }, [
      symlink('/usr/bin/pydoc3', 'pydoc3.12'), blob('/usr/share/python3/runtime.d/public_modules.rtinstall', 0, 0o755, '#! /bin/sh\n'),
    ]),
    // --- wget (2025 transcript's version and size; installed size estimated) ---
    deb({ name: 'wget', version: '1.21.4-1ubuntu4.1', arch: 'amd64', pocket: 'noble-updates/main', deb: 334_000, kiB: 938, section: 'web', description: 'retrieves files from the web', depends: ['libpsl5t64', 'publicsuffix'], recommends: ['ca-certificates'], listCount: 60 }, [
      text('/etc/wgetrc', '###\n### Sample Wget initialization file .wgetrc\n###\n'), exe('/usr/bin/wget', 0, 'wget'),
    ]),
  ];
  return new Map(list.map((p) => [p.name, p]));
}

/**
 * Install orders apt printed for whole sets (Get/unpack order, then configure order), for the
 * transcripts we have. Another set gets our depth-first order for both.
 */
export const RECORDED_PLANS: { packages: string[]; configure: string[] }[] = [
  {
    packages: ['openssl', 'ca-certificates', 'krb5-locales', 'libkrb5support0', 'libk5crypto3', 'libkeyutils1', 'libkrb5-3', 'libgssapi-krb5-2', 'libnghttp2-14', 'libpsl5t64', 'publicsuffix', 'libbrotli1', 'libsasl2-modules-db', 'libsasl2-2', 'libldap2', 'librtmp1', 'libssh-4', 'libcurl4t64', 'curl', 'libldap-common', 'libsasl2-modules'],
    configure: ['libkeyutils1', 'libbrotli1', 'libsasl2-modules', 'libpsl5t64', 'libnghttp2-14', 'krb5-locales', 'libldap-common', 'libkrb5support0', 'libsasl2-modules-db', 'librtmp1', 'libk5crypto3', 'libsasl2-2', 'libkrb5-3', 'openssl', 'publicsuffix', 'libldap2', 'ca-certificates', 'libgssapi-krb5-2', 'libssh-4', 'libcurl4t64', 'curl'],
  },
  {
    packages: ['libexpat1', 'libpython3.12-minimal', 'media-types', 'netbase', 'tzdata', 'readline-common', 'libreadline8t64', 'libsqlite3-0', 'libpython3.12-stdlib', 'vim-common', 'xxd', 'libgpm2', 'nano', 'libpython3.12t64', 'libsodium23', 'net-tools', 'vim-runtime', 'vim'],
    configure: ['libexpat1', 'media-types', 'net-tools', 'libsodium23', 'libgpm2', 'libsqlite3-0', 'libpython3.12-minimal', 'xxd', 'tzdata', 'vim-common', 'nano', 'netbase', 'vim-runtime', 'readline-common', 'libreadline8t64', 'libpython3.12-stdlib', 'libpython3.12t64', 'vim'],
  },
  { packages: ['libonig5', 'libjq1', 'jq'], configure: ['libonig5', 'libjq1', 'jq'] },
];

/** `apt-get update` against the real noble archive, Jan 2025 (a container's first update). */
export const UPDATE_GETS: { what: string; size: number }[] = [
  { what: 'http://archive.ubuntu.com/ubuntu noble InRelease', size: 256_000 },
  { what: 'http://security.ubuntu.com/ubuntu noble-security InRelease', size: 126_000 },
  { what: 'http://security.ubuntu.com/ubuntu noble-security/main amd64 Packages', size: 719_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble-updates InRelease', size: 126_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble-backports InRelease', size: 126_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble/main amd64 Packages', size: 1_808_000 },
  { what: 'http://security.ubuntu.com/ubuntu noble-security/universe amd64 Packages', size: 1_028_000 },
  { what: 'http://security.ubuntu.com/ubuntu noble-security/restricted amd64 Packages', size: 707_000 },
  { what: 'http://security.ubuntu.com/ubuntu noble-security/multiverse amd64 Packages', size: 15_300 },
  { what: 'http://archive.ubuntu.com/ubuntu noble/multiverse amd64 Packages', size: 331_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble/universe amd64 Packages', size: 19_300_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble/restricted amd64 Packages', size: 117_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble-updates/main amd64 Packages', size: 968_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble-updates/restricted amd64 Packages', size: 724_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble-updates/multiverse amd64 Packages', size: 19_700 },
  { what: 'http://archive.ubuntu.com/ubuntu noble-updates/universe amd64 Packages', size: 1_254_000 },
  { what: 'http://archive.ubuntu.com/ubuntu noble-backports/universe amd64 Packages', size: 11_900 },
];
