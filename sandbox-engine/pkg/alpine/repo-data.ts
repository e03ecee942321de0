/**
 * The Alpine 3.20 x86_64 repository the simulated `apk` installs from (main and community), as it
 * stood in October-November 2024, a few weeks after alpine:3.20.3.
 *
 * Sources and what is verified:
 * - Names, versions, descriptions, URLs, licenses and installed sizes: docker-library/repo-info's
 *   `apk info` listings of alpine 3.20-based official images (mediawiki:1.39.10-fpm-alpine and
 *   wordpress:beta-6.7-RC3-fpm-alpine, Oct-Nov 2024). Those print sizes rounded to KiB or MiB;
 *   python3 (24 MiB) and python3-pycache-pyc0 (11 MiB) are therefore known to 1 MiB only.
 * - jq 1.7.1-r0 and tzdata 2024b-r0 are the versions 3.20 shipped, but their installed sizes were
 *   not in any listing we could read: estimates (marked below).
 * - Dependencies: reconstructed from the packages' shared-library needs (the `so:` names apk
 *   records) and aports' `depends=` as far as we know them; not checked against the real APKINDEX.
 *   In particular python3's pull of python3-pyc/pyc is modelled as plain dependencies.
 * - File lists: representative (the main programs, libraries with their soname links, key data
 *   files). The sizes of the listed files add up to the package's installed size, the last
 *   listed regular file taking the remainder (`balance`); they are not the real per-file sizes.
 * - Download sizes (`size`, the .apk) are estimates at about 45% of the installed size.
 */
import type { ApkPackage } from '../../catalog/apk-db.ts';
import { alpinePackages } from '../../catalog/alpine/packages.ts';
import { blob, dir, exe, lib, symlink, text, utc, type Entry } from '../../catalog/spec.ts';

export interface ApkRepoPackage extends ApkPackage {
  repo: 'main' | 'community';
  /** Size of the .apk file (APKINDEX S:). */
  size: number;
  /** Scripts the package runs (`Executing <pkg>-<ver>.<script>`), e.g. 'post-install'. */
  scripts?: string[];
  /** Directories whose change makes apk run this package's trigger after a commit. */
  triggers?: string[];
  /** install_if: installed automatically once all of these are (APKINDEX i:). */
  installIf?: string[];
}

const T = (s: string): number => Math.floor(utc(s) / 1000);
const KiB = 1024;

/**
 * Size the last regular file with a zero size so the package's files sum to its installed size.
 * A package without such a file (a meta package) is left as it is.
 */
function balanced(total: number, entries: Entry[]): Entry[] {
  let used = 0;
  let last = -1;
  entries.forEach((e, i) => {
    if (e.kind !== 'file') return;
    const size = e.text !== undefined ? (typeof e.text === 'string' ? new TextEncoder().encode(e.text).length : e.text.length) : (e.size ?? 0);
    used += size;
    if (e.text === undefined && (e.size ?? 0) === 0) last = i;
  });
  if (last < 0) return entries;
  const rest = total - used;
  if (rest <= 0) throw new Error(`balanced: files exceed ${total}`);
  const e = entries[last] as Entry & { size?: number };
  e.size = rest;
  return entries;
}

interface Meta {
  name: string;
  version: string;
  description: string;
  url: string;
  license: string;
  origin?: string;
  installedSize: number;
  buildTime: string;
  repo?: 'main' | 'community';
  depends?: string[];
  provides?: string[];
  scripts?: string[];
  triggers?: string[];
  installIf?: string[];
}

function pkg(m: Meta, entries: Entry[]): ApkRepoPackage {
  return {
    name: m.name,
    version: m.version,
    description: m.description,
    url: m.url,
    license: m.license,
    origin: m.origin ?? m.name,
    installedSize: m.installedSize,
    buildTime: T(m.buildTime),
    depends: m.depends,
    provides: m.provides,
    entries: balanced(m.installedSize, entries),
    repo: m.repo ?? 'main',
    size: Math.round(m.installedSize * 0.45),
    scripts: m.scripts,
    triggers: m.triggers,
    installIf: m.installIf,
  };
}

const MUSL = 'so:libc.musl-x86_64.so.1';
const CURL_URL = 'https://curl.se/';
const NCURSES_URL = 'https://invisible-island.net/ncurses/';
const NCURSES_V = '6.4_p20240420-r2';
const PY_V = '3.12.7-r0';
const GCC_V = '13.2.1_git20240309-r0';
const PY = '/usr/lib/python3.12';

/** Packages beyond the base image's, in the repository's (alphabetical) order. */
function added(): ApkRepoPackage[] {
  return [
    pkg({ name: 'bash', version: '5.2.26-r0', description: 'The GNU Bourne Again shell', url: 'https://www.gnu.org/software/bash/bash.html', license: 'GPL-3.0-or-later', installedSize: 1364 * KiB, buildTime: '2024-04-20T10:12:03Z', depends: ['/bin/sh', MUSL, 'so:libreadline.so.8'], provides: ['cmd:bash=5.2.26-r0'], scripts: ['post-install', 'pre-deinstall'] }, [
      exe('/bin/bash', 0, 'bash'), dir('/etc/bash'), text('/etc/bash/bashrc', '# /etc/bash/bashrc\n#\n# Global bash configuration, sourced by every interactive bash.\n\nif [ -d /etc/bash/bashrc.d/ ]; then\n\tfor f in /etc/bash/bashrc.d/*.sh; do\n\t\t[ -r "$f" ] && . "$f"\n\tdone\n\tunset f\nfi\n'),
      dir('/etc/bash/bashrc.d'), blob('/etc/bash/bashrc.d/bash_completion.sh', 342, 0o644, '# Check for interactive bash and that we haven\'t already been sourced.\n'),
      dir('/usr/lib/bash'), lib('/usr/lib/bash/Makefile.inc', 3_412, 0o644), lib('/usr/lib/bash/realpath', 14_248), lib('/usr/lib/bash/sleep', 14_040),
    ]),
    pkg({ name: 'brotli-libs', version: '1.1.0-r2', description: 'Generic lossless compressor (libraries)', url: 'https://github.com/google/brotli', license: 'MIT', origin: 'brotli', installedSize: 932 * KiB, buildTime: '2024-04-09T10:02:11Z', depends: [MUSL], provides: ['so:libbrotlicommon.so.1=1.1.0', 'so:libbrotlidec.so.1=1.1.0', 'so:libbrotlienc.so.1=1.1.0'] }, [
      symlink('/usr/lib/libbrotlicommon.so.1', 'libbrotlicommon.so.1.1.0'), lib('/usr/lib/libbrotlicommon.so.1.1.0', 0),
      symlink('/usr/lib/libbrotlidec.so.1', 'libbrotlidec.so.1.1.0'), lib('/usr/lib/libbrotlidec.so.1.1.0', 51_768),
      symlink('/usr/lib/libbrotlienc.so.1', 'libbrotlienc.so.1.1.0'), lib('/usr/lib/libbrotlienc.so.1.1.0', 592_152),
    ]),
    pkg({ name: 'c-ares', version: '1.33.1-r0', description: 'Asynchronous DNS/names resolver library', url: 'https://c-ares.org/', license: 'MIT', installedSize: 168 * KiB, buildTime: '2024-08-23T08:31:40Z', depends: [MUSL], provides: ['so:libcares.so.2=2.17.1'] }, [
      symlink('/usr/lib/libcares.so.2', 'libcares.so.2.17.1'), lib('/usr/lib/libcares.so.2.17.1', 0),
    ]),
    pkg({ name: 'ca-certificates', version: '20240705-r0', description: 'Common CA certificates PEM files from Mozilla', url: 'https://www.mozilla.org/en-US/about/governance/policies/security-group/certs/', license: 'MPL-2.0 AND MIT', installedSize: 712 * KiB, buildTime: '2024-07-08T08:42:30Z', depends: [MUSL, 'so:libcrypto.so.3'], provides: ['cmd:update-ca-certificates=20240705-r0'], triggers: ['/usr/share/ca-certificates/*', '/usr/local/share/ca-certificates/*', '/etc/ssl/certs/*'] }, [
      dir('/etc/ca-certificates'), dir('/etc/ca-certificates/update.d'), blob('/etc/ca-certificates.conf', 6_292, 0o644, '# This file lists certificates that you wish to use or to ignore to be\n'),
      dir('/usr/local/share/ca-certificates'), exe('/usr/sbin/update-ca-certificates', 18_520, 'update-ca-certificates'),
      dir('/usr/share/ca-certificates'), dir('/usr/share/ca-certificates/mozilla'),
      blob('/usr/share/ca-certificates/mozilla/DigiCert_Global_Root_G2.crt', 1_294, 0o644, '-----BEGIN CERTIFICATE-----\n'),
      blob('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939, 0o644, '-----BEGIN CERTIFICATE-----\n'),
      blob('/usr/share/ca-certificates/mozilla/USERTrust_RSA_Certification_Authority.crt', 2_094, 0o644, '-----BEGIN CERTIFICATE-----\n'),
      // Stands for the other 143 certificates of the bundle.
      blob('/usr/share/ca-certificates/mozilla/GlobalSign_Root_CA.crt', 0, 0o644, '-----BEGIN CERTIFICATE-----\n'),
    ]),
    pkg({ name: 'curl', version: '8.11.0-r2', description: 'URL retrival utility and library', url: CURL_URL, license: 'curl', installedSize: 256 * KiB, buildTime: '2024-11-06T11:58:20Z', depends: ['ca-certificates', MUSL, 'so:libcurl.so.4', 'so:libz.so.1'], provides: ['cmd:curl=8.11.0-r2'] }, [
      exe('/usr/bin/curl', 0, 'curl'),
    ]),
    pkg({ name: 'gdbm', version: '1.23-r1', description: 'GNU dbm is a set of database routines that use extensible hashing', url: 'https://www.gnu.org/software/gdbm/', license: 'GPL-3.0-or-later', installedSize: 84 * KiB, buildTime: '2023-05-10T12:00:00Z', depends: [MUSL], provides: ['so:libgdbm.so.6=6.0.0', 'so:libgdbm_compat.so.4=4.0.0'] }, [
      symlink('/usr/lib/libgdbm.so.6', 'libgdbm.so.6.0.0'), lib('/usr/lib/libgdbm.so.6.0.0', 0),
      symlink('/usr/lib/libgdbm_compat.so.4', 'libgdbm_compat.so.4.0.0'), lib('/usr/lib/libgdbm_compat.so.4.0.0', 14_016),
    ]),
    pkg({ name: 'git', version: '2.45.2-r0', description: 'Distributed version control system', url: 'https://www.git-scm.com/', license: 'GPL-2.0-only', installedSize: 6468 * KiB, buildTime: '2024-06-01T09:20:11Z', depends: ['git-init-template=2.45.2-r0', MUSL, 'so:libcurl.so.4', 'so:libexpat.so.1', 'so:libpcre2-8.so.0', 'so:libz.so.1'], provides: ['cmd:git=2.45.2-r0', 'cmd:git-receive-pack=2.45.2-r0', 'cmd:git-shell=2.45.2-r0', 'cmd:git-upload-archive=2.45.2-r0', 'cmd:git-upload-pack=2.45.2-r0'] }, [
      exe('/usr/bin/git', 0, 'git'), exe('/usr/bin/git-shell', 792_824, 'git-shell'),
      symlink('/usr/bin/git-receive-pack', 'git'), symlink('/usr/bin/git-upload-archive', 'git'), symlink('/usr/bin/git-upload-pack', 'git'),
      dir('/usr/libexec/git-core'), exe('/usr/libexec/git-core/git-remote-http', 1_474_856, 'git-remote-http'),
      exe('/usr/libexec/git-core/git-http-fetch', 1_462_112, 'git-http-fetch'), symlink('/usr/libexec/git-core/git-remote-https', 'git-remote-http'),
      dir('/usr/share/git-core'), dir('/usr/share/git-core/templates'),
    ]),
    pkg({ name: 'git-init-template', version: '2.45.2-r0', description: 'Git init template directory', url: 'https://www.git-scm.com/', license: 'GPL-2.0-only', origin: 'git', installedSize: 96 * KiB, buildTime: '2024-06-01T09:20:11Z' }, [
      dir('/usr/share/git-core/templates/hooks'), blob('/usr/share/git-core/templates/description', 73, 0o644, "Unnamed repository; edit this file 'description' to name the repository.\n"),
      dir('/usr/share/git-core/templates/info'), blob('/usr/share/git-core/templates/info/exclude', 240, 0o644, '# git ls-files --others --exclude-from=.git/info/exclude\n'),
      blob('/usr/share/git-core/templates/hooks/pre-commit.sample', 1_643, 0o755, '#!/bin/sh\n'),
      blob('/usr/share/git-core/templates/hooks/pre-push.sample', 0, 0o755, '#!/bin/sh\n'),
    ]),
    pkg({ name: 'jq', version: '1.7.1-r0', description: 'A lightweight and flexible command-line JSON processor', url: 'https://jqlang.github.io/jq/', license: 'MIT', installedSize: 316 * KiB /* estimate */, buildTime: '2023-12-14T10:00:00Z', depends: [MUSL, 'so:libonig.so.5'], provides: ['cmd:jq=1.7.1-r0'] }, [
      exe('/usr/bin/jq', 0, 'jq'),
    ]),
    pkg({ name: 'libbz2', version: '1.0.8-r6', description: 'Shared library for bz2', url: 'https://sourceware.org/bzip2/', license: 'bzip2-1.0.6', origin: 'bzip2', installedSize: 88 * KiB, buildTime: '2023-05-10T12:00:00Z', depends: [MUSL], provides: ['so:libbz2.so.1=1.0.8'] }, [
      symlink('/usr/lib/libbz2.so.1', 'libbz2.so.1.0.8'), lib('/usr/lib/libbz2.so.1.0.8', 0),
    ]),
    pkg({ name: 'libcurl', version: '8.11.0-r2', description: 'The multiprotocol file transfer library', url: CURL_URL, license: 'curl', origin: 'curl', installedSize: 636 * KiB, buildTime: '2024-11-06T11:58:20Z', depends: [MUSL, 'so:libbrotlidec.so.1', 'so:libcares.so.2', 'so:libcrypto.so.3', 'so:libidn2.so.0', 'so:libnghttp2.so.14', 'so:libpsl.so.5', 'so:libssl.so.3', 'so:libz.so.1', 'so:libzstd.so.1'], provides: ['so:libcurl.so.4=4.8.0'] }, [
      symlink('/usr/lib/libcurl.so.4', 'libcurl.so.4.8.0'), lib('/usr/lib/libcurl.so.4.8.0', 0),
    ]),
    pkg({ name: 'libexpat', version: '2.6.4-r0', description: 'XML Parser library written in C (libraries)', url: 'https://libexpat.github.io/', license: 'MIT', origin: 'expat', installedSize: 144 * KiB, buildTime: '2024-11-06T09:00:00Z', depends: [MUSL], provides: ['so:libexpat.so.1=1.9.3'] }, [
      symlink('/usr/lib/libexpat.so.1', 'libexpat.so.1.9.3'), lib('/usr/lib/libexpat.so.1.9.3', 0),
    ]),
    pkg({ name: 'libffi', version: '3.4.6-r0', description: 'portable, high level programming interface to various calling conventions.', url: 'https://sourceware.org/libffi/', license: 'MIT', installedSize: 52 * KiB, buildTime: '2024-02-20T12:00:00Z', depends: [MUSL], provides: ['so:libffi.so.8=8.1.4'] }, [
      symlink('/usr/lib/libffi.so.8', 'libffi.so.8.1.4'), lib('/usr/lib/libffi.so.8.1.4', 0),
    ]),
    pkg({ name: 'libgcc', version: GCC_V, description: 'GNU C compiler runtime libraries', url: 'https://gcc.gnu.org', license: 'GPL-2.0-or-later AND LGPL-2.1-or-later', origin: 'gcc', installedSize: 152 * KiB, buildTime: '2024-03-12T10:00:00Z', depends: [MUSL], provides: ['so:libgcc_s.so.1=1'] }, [
      lib('/usr/lib/libgcc_s.so.1', 0),
    ]),
    pkg({ name: 'libidn2', version: '2.3.7-r0', description: 'Encode/Decode library for internationalized domain names', url: 'https://www.gnu.org/software/libidn#libidn2', license: 'GPL-2.0-or-later OR LGPL-3.0-or-later', installedSize: 208 * KiB, buildTime: '2024-04-09T10:30:00Z', depends: [MUSL, 'so:libunistring.so.5'], provides: ['so:libidn2.so.0=0.4.0'] }, [
      symlink('/usr/lib/libidn2.so.0', 'libidn2.so.0.4.0'), lib('/usr/lib/libidn2.so.0.4.0', 0),
    ]),
    pkg({ name: 'libncursesw', version: NCURSES_V, description: 'Console display library (libncursesw)', url: NCURSES_URL, license: 'X11', origin: 'ncurses', installedSize: 344 * KiB, buildTime: '2024-10-17T10:00:00Z', depends: ['ncurses-terminfo-base', MUSL], provides: ['so:libncursesw.so.6=6.4'] }, [
      symlink('/usr/lib/libncursesw.so.6', 'libncursesw.so.6.4'), lib('/usr/lib/libncursesw.so.6.4', 0),
    ]),
    pkg({ name: 'libpanelw', version: NCURSES_V, description: 'Console display library (libpanelw)', url: NCURSES_URL, license: 'X11', origin: 'ncurses', installedSize: 32 * KiB, buildTime: '2024-10-17T10:00:00Z', depends: [MUSL, 'so:libncursesw.so.6'], provides: ['so:libpanelw.so.6=6.4'] }, [
      symlink('/usr/lib/libpanelw.so.6', 'libpanelw.so.6.4'), lib('/usr/lib/libpanelw.so.6.4', 0),
    ]),
    pkg({ name: 'libpsl', version: '0.21.5-r1', description: 'C library for the Publix Suffix List', url: 'https://rockdaboot.github.io/libpsl', license: 'MIT', installedSize: 88 * KiB, buildTime: '2024-04-09T10:31:00Z', depends: [MUSL, 'so:libidn2.so.0', 'so:libunistring.so.5'], provides: ['so:libpsl.so.5=5.3.5'] }, [
      symlink('/usr/lib/libpsl.so.5', 'libpsl.so.5.3.5'), lib('/usr/lib/libpsl.so.5.3.5', 0),
    ]),
    pkg({ name: 'libstdc++', version: GCC_V, description: 'GNU C++ standard runtime library', url: 'https://gcc.gnu.org', license: 'GPL-2.0-or-later AND LGPL-2.1-or-later', origin: 'gcc', installedSize: 2652 * KiB, buildTime: '2024-03-12T10:00:00Z', depends: [MUSL, 'so:libgcc_s.so.1'], provides: ['so:libstdc++.so.6=6.0.32'] }, [
      symlink('/usr/lib/libstdc++.so.6', 'libstdc++.so.6.0.32'), lib('/usr/lib/libstdc++.so.6.0.32', 0),
    ]),
    pkg({ name: 'libunistring', version: '1.2-r0', description: 'Library for manipulating Unicode strings and C strings', url: 'https://www.gnu.org/software/libunistring/', license: 'GPL-2.0-or-later OR LGPL-3.0-or-later', installedSize: 1692 * KiB, buildTime: '2024-03-18T10:00:00Z', depends: [MUSL], provides: ['so:libunistring.so.5=5.1.0'] }, [
      symlink('/usr/lib/libunistring.so.5', 'libunistring.so.5.1.0'), lib('/usr/lib/libunistring.so.5.1.0', 0),
    ]),
    pkg({ name: 'mpdecimal', version: '4.0.0-r0', description: 'complete implementation of the General Decimal Arithmetic Specification', url: 'https://www.bytereef.org/mpdecimal/index.html', license: 'BSD-2-Clause', installedSize: 204 * KiB, buildTime: '2024-01-15T10:00:00Z', depends: [MUSL, 'so:libgcc_s.so.1', 'so:libstdc++.so.6'], provides: ['so:libmpdec++.so.4=4.0.0', 'so:libmpdec.so.4=4.0.0'] }, [
      symlink('/usr/lib/libmpdec++.so.4', 'libmpdec++.so.4.0.0'), lib('/usr/lib/libmpdec++.so.4.0.0', 42_304),
      symlink('/usr/lib/libmpdec.so.4', 'libmpdec.so.4.0.0'), lib('/usr/lib/libmpdec.so.4.0.0', 0),
    ]),
    pkg({ name: 'ncurses-terminfo-base', version: NCURSES_V, description: 'Descriptions of common terminals', url: NCURSES_URL, license: 'X11', origin: 'ncurses', installedSize: 212 * KiB, buildTime: '2024-10-17T10:00:00Z' }, [
      dir('/etc/terminfo'), dir('/etc/terminfo/a'), blob('/etc/terminfo/a/ansi', 1_481, 0o644, '\x1a\x01'),
      dir('/etc/terminfo/l'), blob('/etc/terminfo/l/linux', 1_740, 0o644, '\x1a\x01'),
      dir('/etc/terminfo/v'), blob('/etc/terminfo/v/vt100', 1_639, 0o644, '\x1a\x01'),
      dir('/etc/terminfo/x'), blob('/etc/terminfo/x/xterm-256color', 3_713, 0o644, '\x1e\x02'),
      blob('/etc/terminfo/x/xterm', 0, 0o644, '\x1a\x01'),
    ]),
    pkg({ name: 'nghttp2-libs', version: '1.62.1-r0', description: 'HTTP/2 C client, server and proxy (libraries)', url: 'https://nghttp2.org', license: 'MIT', origin: 'nghttp2', installedSize: 152 * KiB, buildTime: '2024-05-21T10:00:00Z', depends: [MUSL], provides: ['so:libnghttp2.so.14=14.28.2'] }, [
      symlink('/usr/lib/libnghttp2.so.14', 'libnghttp2.so.14.28.2'), lib('/usr/lib/libnghttp2.so.14.28.2', 0),
    ]),
    pkg({ name: 'oniguruma', version: '6.9.9-r0', description: 'a regular expressions library', url: 'https://github.com/kkos/oniguruma', license: 'BSD-2-Clause', installedSize: 552 * KiB, buildTime: '2023-11-28T10:00:00Z', depends: [MUSL], provides: ['so:libonig.so.5=5.4.0'] }, [
      symlink('/usr/lib/libonig.so.5', 'libonig.so.5.4.0'), lib('/usr/lib/libonig.so.5.4.0', 0),
    ]),
    pkg({ name: 'openssl', version: '3.3.2-r1', description: 'Toolkit for Transport Layer Security (TLS)', url: 'https://www.openssl.org/', license: 'Apache-2.0', installedSize: 784 * KiB, buildTime: '2024-10-16T13:52:27Z', depends: [MUSL, 'so:libcrypto.so.3', 'so:libssl.so.3'], provides: ['cmd:openssl=3.3.2-r1'] }, [
      exe('/usr/bin/openssl', 0, 'openssl'),
    ]),
    pkg({ name: 'pcre2', version: '10.43-r0', description: 'Perl-compatible regular expression library', url: 'https://pcre.org/', license: 'BSD-3-Clause', installedSize: 708 * KiB, buildTime: '2024-02-20T10:00:00Z', depends: [MUSL], provides: ['so:libpcre2-16.so.0=0.12.0', 'so:libpcre2-32.so.0=0.12.0', 'so:libpcre2-8.so.0=0.12.0', 'so:libpcre2-posix.so.3=3.0.5'] }, [
      symlink('/usr/lib/libpcre2-16.so.0', 'libpcre2-16.so.0.12.0'), lib('/usr/lib/libpcre2-16.so.0.12.0', 223_480),
      symlink('/usr/lib/libpcre2-32.so.0', 'libpcre2-32.so.0.12.0'), lib('/usr/lib/libpcre2-32.so.0.12.0', 211_192),
      symlink('/usr/lib/libpcre2-posix.so.3', 'libpcre2-posix.so.3.0.5'), lib('/usr/lib/libpcre2-posix.so.3.0.5', 14_160),
      symlink('/usr/lib/libpcre2-8.so.0', 'libpcre2-8.so.0.12.0'), lib('/usr/lib/libpcre2-8.so.0.12.0', 0),
    ]),
    pkg({ name: 'pyc', version: PY_V, description: 'Meta package for pulling in all -pyc packages', url: 'https://www.python.org/', license: 'PSF-2.0', origin: 'python3', installedSize: 4096, buildTime: '2024-10-02T10:00:00Z', installIf: ['python3'] }, [
      // A meta package: no files (apk still counts one block for it).
    ]),
    pkg({ name: 'python3', version: PY_V, description: 'High-level scripting language', url: 'https://www.python.org/', license: 'PSF-2.0', installedSize: 24 * 1024 * KiB, buildTime: '2024-10-02T10:00:00Z', depends: [MUSL, 'so:libbz2.so.1', 'so:libcrypto.so.3', 'so:libexpat.so.1', 'so:libffi.so.8', 'so:libgdbm.so.6', 'so:libgdbm_compat.so.4', 'so:liblzma.so.5', 'so:libmpdec.so.4', 'so:libncursesw.so.6', 'so:libpanelw.so.6', 'so:libreadline.so.8', 'so:libsqlite3.so.0', 'so:libssl.so.3', 'so:libz.so.1'], provides: ['cmd:pydoc3=3.12.7-r0', 'cmd:pydoc3.12=3.12.7-r0', 'cmd:python3=3.12.7-r0', 'cmd:python3.12=3.12.7-r0', 'py3.12:pip=24.0', 'so:libpython3.12.so.1.0=1.0'] }, [
      symlink('/usr/bin/pydoc3', 'pydoc3.12'), text('/usr/bin/pydoc3.12', '#!/usr/bin/python3.12\n\nimport pydoc\nif __name__ == \'__main__\':\n    pydoc.cli()\n', 0o755),
      symlink('/usr/bin/python3', 'python3.12'), exe('/usr/bin/python3.12', 14_184, 'python3'),
      lib('/usr/lib/libpython3.12.so.1.0', 6_352_360),
      dir(PY), blob(`${PY}/os.py`, 39_786, 0o644, 'r"""OS routines for NT or Posix depending on what system we\'re on.\n'),
      blob(`${PY}/subprocess.py`, 89_232, 0o644, 'r"""Subprocesses with accessible I/O streams\n'),
      dir(`${PY}/json`), blob(`${PY}/json/__init__.py`, 14_024, 0o644, 'r"""JSON (JavaScript Object Notation) <https://json.org> is a subset of\n'),
      dir(`${PY}/lib-dynload`), lib(`${PY}/lib-dynload/_ssl.cpython-312-x86_64-linux-musl.so`, 186_912),
      dir(`${PY}/site-packages`), blob(`${PY}/site-packages/README.txt`, 119, 0o644, 'This directory exists so that 3rd party packages can be installed\n'),
      // Stands for the rest of the standard library.
      blob(`${PY}/typing.py`, 0, 0o644, '"""\nThe typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs.\n'),
    ]),
    pkg({ name: 'python3-pyc', version: PY_V, description: 'High-level scripting language (install .pyc cache files)', url: 'https://www.python.org/', license: 'PSF-2.0', origin: 'python3', installedSize: 4096, buildTime: '2024-10-02T10:00:00Z', depends: ['python3-pycache-pyc0=3.12.7-r0'], installIf: ['python3=3.12.7-r0', 'pyc'] }, [
    ]),
    pkg({ name: 'python3-pycache-pyc0', version: PY_V, description: 'High-level scripting language (.pyc pycache files)', url: 'https://www.python.org/', license: 'PSF-2.0', origin: 'python3', installedSize: 11 * 1024 * KiB, buildTime: '2024-10-02T10:00:00Z', installIf: ['python3=3.12.7-r0'] }, [
      dir(`${PY}/__pycache__`), blob(`${PY}/__pycache__/os.cpython-312.pyc`, 43_510, 0o644, '\xcb\r\r\n'),
      blob(`${PY}/__pycache__/typing.cpython-312.pyc`, 0, 0o644, '\xcb\r\r\n'),
    ]),
    pkg({ name: 'readline', version: '8.2.10-r0', description: 'GNU readline library', url: 'https://tiswww.cwru.edu/php/chet/readline/rltop.html', license: 'GPL-3.0-or-later', installedSize: 300 * KiB, buildTime: '2024-04-09T10:32:00Z', depends: [MUSL, 'so:libncursesw.so.6'], provides: ['so:libreadline.so.8=8.2'] }, [
      text('/etc/inputrc', '# do not bell on tab-completion\n#set bell-style none\n\nset meta-flag on\nset input-meta on\nset convert-meta off\nset output-meta on\n'),
      symlink('/usr/lib/libreadline.so.8', 'libreadline.so.8.2'), lib('/usr/lib/libreadline.so.8.2', 0),
    ]),
    pkg({ name: 'sqlite-libs', version: '3.45.3-r1', description: 'C library that implements an SQL database engine (libraries)', url: 'https://www.sqlite.org/', license: 'blessing', origin: 'sqlite', installedSize: 1428 * KiB, buildTime: '2024-06-10T10:00:00Z', depends: [MUSL, 'so:libz.so.1'], provides: ['so:libsqlite3.so.0=0.8.6'] }, [
      symlink('/usr/lib/libsqlite3.so.0', 'libsqlite3.so.0.8.6'), lib('/usr/lib/libsqlite3.so.0.8.6', 0),
    ]),
    pkg({ name: 'tzdata', version: '2024b-r0', description: 'Timezone data', url: 'https://www.iana.org/time-zones', license: 'Public-Domain', installedSize: 3_412 * KiB /* estimate */, buildTime: '2024-09-05T10:00:00Z', provides: ['cmd:posixtz=2024b-r0', 'cmd:zdump=2024b-r0', 'cmd:zic=2024b-r0'] }, [
      exe('/usr/bin/posixtz', 14_104, 'posixtz'), exe('/usr/sbin/zdump', 18_368, 'zdump'), exe('/usr/sbin/zic', 51_648, 'zic'),
      dir('/usr/share/zoneinfo'), dir('/usr/share/zoneinfo/Europe'), blob('/usr/share/zoneinfo/Europe/Moscow', 908, 0o644, 'TZif2'),
      blob('/usr/share/zoneinfo/Europe/Berlin', 705, 0o644, 'TZif2'), blob('/usr/share/zoneinfo/UTC', 111, 0o644, 'TZif2'),
      dir('/usr/share/zoneinfo/America'), blob('/usr/share/zoneinfo/America/New_York', 1_744, 0o644, 'TZif2'),
      dir('/usr/share/zoneinfo/Asia'), blob('/usr/share/zoneinfo/Asia/Tokyo', 213, 0o644, 'TZif2'),
      blob('/usr/share/zoneinfo/zone1970.tab', 0, 0o644, '# tzdb timezone descriptions\n'),
    ]),
    pkg({ name: 'xz-libs', version: '5.6.2-r0', description: 'Library and CLI tools for XZ and LZMA compressed files (libraries)', url: 'https://tukaani.org/xz/', license: 'GPL-2.0-or-later AND 0BSD AND Public-Domain AND LGPL-2.1-or-later', origin: 'xz', installedSize: 236 * KiB, buildTime: '2024-06-03T10:00:00Z', depends: [MUSL], provides: ['so:liblzma.so.5=5.6.2'] }, [
      symlink('/usr/lib/liblzma.so.5', 'liblzma.so.5.6.2'), lib('/usr/lib/liblzma.so.5.6.2', 0),
    ]),
    pkg({ name: 'zstd-libs', version: '1.5.6-r0', description: 'Zstandard - Fast real-time compression algorithm (libraries)', url: 'https://www.zstd.net/', license: 'BSD-3-Clause OR GPL-2.0-or-later', origin: 'zstd', installedSize: 716 * KiB, buildTime: '2024-04-09T10:33:00Z', depends: [MUSL], provides: ['so:libzstd.so.1=1.5.6'] }, [
      symlink('/usr/lib/libzstd.so.1', 'libzstd.so.1.5.6'), lib('/usr/lib/libzstd.so.1.5.6', 0),
    ]),
  ];
}

/** Base-image packages the repository carries at a newer version than alpine:3.20.3 has. */
const NEWER: Record<string, string> = { libcrypto3: '3.3.2-r1', libssl3: '3.3.2-r1' };

let cached: ApkRepoPackage[] | undefined;

/** Every package the repository offers, sorted by name. */
export function alpineRepository(): ApkRepoPackage[] {
  if (cached) return cached;
  const base = alpinePackages().map((p): ApkRepoPackage => ({
    ...p,
    version: NEWER[p.name] ?? p.version,
    repo: 'main',
    size: Math.round(p.installedSize * 0.45),
    triggers: p.name === 'busybox' ? ['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/lib/modules/*'] : undefined,
    // The real index has these; the catalog's package list leaves them out.
    installIf: p.name === 'ssl_client' ? ['busybox=1.36.1-r29', 'libssl3'] : undefined,
    scripts: p.name === 'busybox' ? ['post-install', 'post-upgrade', 'trigger'] : undefined,
  }));
  cached = [...base, ...added()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return cached;
}
