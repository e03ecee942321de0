/**
 * apk against an alpine:3.20.3 root (the catalog's layer in a MemFs). Expected texts: the real
 * apk-tools 2.14.4 run on the same package data (testdata/apk-2.14.4-recorded.txt, made by
 * testdata/apk-record.sh; its one-repository root printed one `fetch` line where alpine:3.20 has
 * two repositories), the `--network none` texts recorded with `unshare -n`, and the trigger lines
 * of a real `apk add curl` build log on alpine:3.20.3 (the recording root had no trigger scripts).
 */
import { describe, expect, it } from 'vitest';
import { buildLayerTree } from '../../catalog/tree.ts';
import { alpineRootfsSpec } from '../../catalog/alpine/rootfs.ts';
import { Vfs } from '../../vfs/vfs.ts';
import { ROOT } from '../../vfs/types.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { Apk } from './apk.ts';

const MAIN = 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main';
const COMMUNITY = 'https://dl-cdn.alpinelinux.org/alpine/v3.20/community';
const FETCH = `fetch ${MAIN}/x86_64/APKINDEX.tar.gz\nfetch ${COMMUNITY}/x86_64/APKINDEX.tar.gz\n`;

interface Rig {
  fs: FileSystem;
  now: number;
  apk(args: string, opts?: { online?: boolean; uid?: number }): Promise<{ out: string; err: string; both: string; status: number }>;
}

function rig(): Rig {
  const vfs = new Vfs(buildLayerTree(alpineRootfsSpec()));
  const r: Rig = {
    fs: vfs.view(ROOT),
    now: Date.UTC(2026, 0, 5, 9, 0, 0),
    async apk(args, opts = {}) {
      let out = '';
      let err = '';
      let both = '';
      const fs = opts.uid ? vfs.view({ uid: opts.uid, gid: opts.uid, groups: [opts.uid] }) : r.fs;
      const apk = new Apk({
        fs,
        out: async (t) => {
          out += t;
          both += t;
        },
        err: async (t) => {
          err += t;
          both += t;
        },
        now: () => r.now,
        advance: async (ms) => {
          r.now += ms;
        },
        online: opts.online ?? true,
      });
      const status = await apk.run(args.split(' ').filter(Boolean));
      return { out, err, both, status };
    },
  };
  return r;
}

const CURL_CHAIN = `(1/10) Installing ca-certificates (20240705-r0)
(2/10) Installing brotli-libs (1.1.0-r2)
(3/10) Installing c-ares (1.33.1-r0)
(4/10) Installing libunistring (1.2-r0)
(5/10) Installing libidn2 (2.3.7-r0)
(6/10) Installing nghttp2-libs (1.62.1-r0)
(7/10) Installing libpsl (0.21.5-r1)
(8/10) Installing zstd-libs (1.5.6-r0)
(9/10) Installing libcurl (8.11.0-r2)
(10/10) Installing curl (8.11.0-r2)
`;

describe('apk add / del (recorded apk-tools 2.14.4 orders)', () => {
  it('installs curl with its dependencies, runs the triggers and leaves the database', async () => {
    const r = rig();
    const a = await r.apk('add curl');
    expect(a.status).toBe(0);
    expect(a.out).toBe(`${FETCH}${CURL_CHAIN}Executing busybox-1.36.1-r29.trigger\nExecuting ca-certificates-20240705-r0.trigger\nOK: 13 MiB in 24 packages\n`);
    expect(a.err).toBe('');
    expect(r.fs.readText('/etc/apk/world')).toBe('alpine-baselayout\nalpine-keys\napk-tools\nbusybox\ncurl\nmusl-utils\n');
    const db = r.fs.readText('/lib/apk/db/installed');
    const names = [...db.matchAll(/^P:(.*)$/gm)].map((m) => m[1]);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('libcurl');
    expect(db).toContain('P:curl\nV:8.11.0-r2\n');
    expect(r.fs.stat('/usr/bin/curl').size).toBe(256 * 1024);
    expect(r.fs.readlink('/usr/lib/libcurl.so.4')).toBe('libcurl.so.4.8.0');
    // The index cache: apk's file names for the two repositories (sha1 of the index URL).
    expect(r.fs.readdir('/var/cache/apk').sort()).toEqual(['APKINDEX.e0297a25.tar.gz', 'APKINDEX.f86367c4.tar.gz']);
    // Again: nothing to do, and the fresh index is not fetched again.
    expect((await r.apk('add curl')).out).toBe('OK: 13 MiB in 24 packages\n');
  });

  it('removes in apk order and takes the files away', async () => {
    const r = rig();
    await r.apk('add curl');
    const d = await r.apk('del curl');
    expect(d.out).toBe(`(1/10) Purging curl (8.11.0-r2)
(2/10) Purging ca-certificates (20240705-r0)
(3/10) Purging libcurl (8.11.0-r2)
(4/10) Purging libpsl (0.21.5-r1)
(5/10) Purging nghttp2-libs (1.62.1-r0)
(6/10) Purging zstd-libs (1.5.6-r0)
(7/10) Purging brotli-libs (1.1.0-r2)
(8/10) Purging c-ares (1.33.1-r0)
(9/10) Purging libidn2 (2.3.7-r0)
(10/10) Purging libunistring (1.2-r0)
Executing busybox-1.36.1-r29.trigger
OK: 8 MiB in 14 packages
`);
    expect(r.fs.exists('/usr/bin/curl')).toBe(false);
    expect(r.fs.exists('/usr/lib/libcurl.so.4.8.0')).toBe(false);
    expect(r.fs.readText('/etc/apk/world')).not.toContain('curl');
  });

  it('orders bash + git and python3 as apk does', async () => {
    const r = rig();
    const a = await r.apk('add bash git');
    expect(a.out.split('\n').filter((l) => /^\(|^Executing bash|^OK/.test(l))).toEqual([
      '(1/16) Installing ncurses-terminfo-base (6.4_p20240420-r2)',
      '(2/16) Installing libncursesw (6.4_p20240420-r2)',
      '(3/16) Installing readline (8.2.10-r0)',
      '(4/16) Installing bash (5.2.26-r0)',
      'Executing bash-5.2.26-r0.post-install',
      '(5/16) Installing git-init-template (2.45.2-r0)',
      '(6/16) Installing brotli-libs (1.1.0-r2)',
      '(7/16) Installing c-ares (1.33.1-r0)',
      '(8/16) Installing libunistring (1.2-r0)',
      '(9/16) Installing libidn2 (2.3.7-r0)',
      '(10/16) Installing nghttp2-libs (1.62.1-r0)',
      '(11/16) Installing libpsl (0.21.5-r1)',
      '(12/16) Installing zstd-libs (1.5.6-r0)',
      '(13/16) Installing libcurl (8.11.0-r2)',
      '(14/16) Installing libexpat (2.6.4-r0)',
      '(15/16) Installing pcre2 (10.43-r0)',
      '(16/16) Installing git (2.45.2-r0)',
      'OK: 22 MiB in 30 packages',
    ]);
    const p = await rig().apk('add python3');
    expect(p.out.split('\n').filter((l) => l.startsWith('(')).map((l) => l.replace(/^\(\d+\/17\) Installing /, ''))).toEqual([
      'libbz2 (1.0.8-r6)', 'libexpat (2.6.4-r0)', 'libffi (3.4.6-r0)', 'gdbm (1.23-r1)', 'xz-libs (5.6.2-r0)',
      'libgcc (13.2.1_git20240309-r0)', 'libstdc++ (13.2.1_git20240309-r0)', 'mpdecimal (4.0.0-r0)',
      'ncurses-terminfo-base (6.4_p20240420-r2)', 'libncursesw (6.4_p20240420-r2)', 'libpanelw (6.4_p20240420-r2)',
      'readline (8.2.10-r0)', 'sqlite-libs (3.45.3-r1)', 'python3 (3.12.7-r0)', 'pyc (3.12.7-r0)',
      'python3-pycache-pyc0 (3.12.7-r0)', 'python3-pyc (3.12.7-r0)',
    ]);
    expect(p.out).toContain('OK: 49 MiB in 31 packages\n');
  });

  it('installs and deletes a virtual package (.build-deps), versioned by the clock', async () => {
    const r = rig();
    const a = await r.apk('add --virtual .build-deps curl jq');
    expect(a.out).toContain('(12/13) Installing jq (1.7.1-r0)\n(13/13) Installing .build-deps (20260105.090000)\n');
    expect(r.fs.readText('/etc/apk/world')).toContain('.build-deps\n');
    const d = await r.apk('del .build-deps');
    expect(d.out.split('\n').slice(0, 4)).toEqual([
      '(1/13) Purging .build-deps (20260105.090000)',
      '(2/13) Purging curl (8.11.0-r2)',
      '(3/13) Purging ca-certificates (20240705-r0)',
      '(4/13) Purging jq (1.7.1-r0)',
    ]);
    expect(d.out).toContain('OK: 8 MiB in 14 packages\n');
  });

  it('keeps what the world still needs, and says why', async () => {
    const r = rig();
    await r.apk('add curl');
    const d = await r.apk('del libcurl');
    expect(d.out).toBe('World updated, but the following packages are not removed due to:\n  libcurl: curl\n\nOK: 13 MiB in 24 packages\n');
    const z = await rig().apk('del zlib');
    expect(z.out).toBe('World updated, but the following packages are not removed due to:\n  zlib: apk-tools\n\nOK: 8 MiB in 14 packages\n');
    expect(z.err).toBe(`WARNING: opening from cache ${MAIN}: No such file or directory\nWARNING: opening from cache ${COMMUNITY}: No such file or directory\n`);
  });

  it('reports missing packages and versions as apk does', async () => {
    const a = await rig().apk('add nosuchpkg');
    expect(a.status).toBe(1);
    expect(a.err).toBe('ERROR: unable to select packages:\n  nosuchpkg (no such package):\n    required by: world[nosuchpkg]\n');
    const v = await rig().apk('add curl=1.0');
    expect(v.err).toBe('ERROR: unable to select packages:\n  curl-8.11.0-r2:\n    breaks: world[curl=1.0]\n');
    const d = await rig().apk('del nosuchpkg');
    expect(d.status).toBe(1);
    expect(d.err).toContain('ERROR: No such package: nosuchpkg\n');
  });

  it('update, upgrade and info', async () => {
    const r = rig();
    const u = await r.apk('update');
    // Description lines and count: the real repositories on a Nov 2024 build of alpine:3.20.3.
    expect(u.out).toBe(`${FETCH}v3.20.3-251-g06adbb4ec1d [${MAIN}]\nv3.20.3-248-g1d7b309371b [${COMMUNITY}]\nOK: 24165 distinct packages available\n`);
    const info = await r.apk('info busybox');
    expect(info.out).toBe('busybox-1.36.1-r29 description:\nSize optimized toolbox of many common UNIX utilities\n\nbusybox-1.36.1-r29 webpage:\nhttps://busybox.net/\n\nbusybox-1.36.1-r29 installed size:\n908 KiB\n\n');
    expect((await r.apk('info curl')).out).toBe('curl-8.11.0-r2 description:\nURL retrival utility and library\n\ncurl-8.11.0-r2 webpage:\nhttps://curl.se/\n\ncurl-8.11.0-r2 installed size:\n256 KiB\n\n');
    expect((await r.apk('info -L zlib')).out).toBe('zlib-1.3.1-r1 contains:\nlib/libz.so.1\nlib/libz.so.1.3.1\n\n');
    expect((await r.apk('search curl')).out).toBe('curl-8.11.0-r2\nlibcurl-8.11.0-r2\n');
    const up = await r.apk('upgrade');
    expect(up.out).toBe('(1/2) Upgrading libcrypto3 (3.3.2-r0 -> 3.3.2-r1)\n(2/2) Upgrading libssl3 (3.3.2-r0 -> 3.3.2-r1)\nOK: 8 MiB in 14 packages\n');
  });

  it('fails without a network as apk-tools does (recorded with unshare -n)', async () => {
    const r = rig();
    const a = await r.apk('add curl', { online: false });
    expect(a.status).toBe(1);
    expect(a.both).toBe(`fetch ${MAIN}/x86_64/APKINDEX.tar.gz
WARNING: updating and opening ${MAIN}: temporary error (try again later)
fetch ${COMMUNITY}/x86_64/APKINDEX.tar.gz
WARNING: updating and opening ${COMMUNITY}: temporary error (try again later)
ERROR: unable to select packages:
  curl (no such package):
    required by: world[curl]
`);
    const u = await r.apk('update', { online: false });
    expect(u.status).toBe(4);
    expect(u.out).toBe(`${FETCH}4 unavailable, 0 stale; 14 distinct packages available\n`);
    const n = await r.apk('add --no-cache curl', { online: false });
    expect(n.err).toContain(`WARNING: fetching ${MAIN}: temporary error (try again later)\n`);
    expect(r.fs.readText('/etc/apk/world')).not.toContain('curl');
  });

  it('needs root to change anything (recorded as a normal user)', async () => {
    const a = await rig().apk('add curl', { uid: 1000 });
    expect(a.status).toBe(99);
    expect(a.err).toBe('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
  });

  it('--no-cache leaves no index cache; a configured cache keeps the packages', async () => {
    const r = rig();
    await r.apk('add --no-cache jq');
    expect(r.fs.readdir('/var/cache/apk')).toEqual([]);
    const c = rig();
    c.fs.mkdir('/etc/apk/cache');
    await c.apk('add jq');
    expect(c.fs.readdir('/etc/apk/cache').filter((n) => n.endsWith('.apk')).map((n) => n.replace(/\.[0-9a-f]{8}\.apk$/, '')).sort()).toEqual(['jq-1.7.1-r0', 'oniguruma-6.9.9-r0']);
  });
});
