/**
 * apt-get against the ubuntu:24.04 root (the catalog's layer in a MemFs). Expected texts were
 * recorded from the real apt 2.6.1 in a Debian 12 chroot (testdata/apt-2.6.1-recorded.txt:
 * `unshare -n chroot … apt-get update` with the ubuntu.sources of the image, remove / autoremove /
 * purge / clean of jq, the lock errors as uid 1000, `apt-get foo`), with Ubuntu's package names
 * and versions; apt 2.7.14 prints these lines the same way (apt-private at the 2.7.14 tag).
 */
import { describe, expect, it } from 'vitest';
import { buildLayerTree } from '../../catalog/tree.ts';
import { ubuntuRootfsSpec } from '../../catalog/ubuntu/rootfs.ts';
import { Vfs } from '../../vfs/vfs.ts';
import { ROOT, type FileSystem } from '../../vfs/types.ts';
import { AptGet } from './apt-get.ts';
import { showList, sizeToStr } from './format.ts';

function rig() {
  const vfs = new Vfs(buildLayerTree(ubuntuRootfsSpec()));
  const fs: FileSystem = vfs.view(ROOT);
  let now = Date.UTC(2026, 0, 5, 9, 0, 0);
  const run = async (args: string, opts: { online?: boolean; uid?: number; stdin?: string | null; env?: Record<string, string>; apt?: boolean } = {}) => {
    let out = '';
    let err = '';
    const view = opts.uid ? vfs.view({ uid: opts.uid, gid: opts.uid, groups: [opts.uid] }) : fs;
    const apt = new AptGet({
      fs: view,
      out: async (t) => void (out += t),
      err: async (t) => void (err += t),
      readLine: async () => (opts.stdin === undefined ? null : opts.stdin),
      now: () => now,
      advance: async (ms) => void (now += ms),
      online: opts.online ?? true,
      env: opts.env ?? {},
      asApt: opts.apt,
    });
    const status = await apt.run(args.split(' ').filter(Boolean));
    return { out, err, status };
  };
  return { fs, run };
}

describe('apt formats (apt 2.7.14 strutl.cc / private-output.h)', () => {
  it('sizes and wrapped lists', () => {
    expect(sizeToStr(9490)).toBe('9490 ');
    expect(sizeToStr(74_300)).toBe('74.3 k');
    expect(sizeToStr(3_563_690)).toBe('3564 k');
    expect(sizeToStr(19_300_000)).toBe('19.3 M');
    // Recorded (Aug 2024 build log): wrapped before the name that reaches column 76.
    expect(showList('X:', ['libexpat1', 'libgpm2', 'libpython3.12-minimal', 'libpython3.12-stdlib', 'libpython3.12t64'])).toBe(
      'X:\n  libexpat1 libgpm2 libpython3.12-minimal libpython3.12-stdlib\n  libpython3.12t64\n',
    );
  });
});

describe('apt-get', () => {
  it('update without a network: three rounds of Ign, then Err and the warnings (recorded)', async () => {
    const r = rig();
    const u = await r.run('update', { online: false });
    expect(u.status).toBe(0);
    const ign = ['noble', 'noble-updates', 'noble-backports'].map((s, i) => `Ign:${i + 1} http://archive.ubuntu.com/ubuntu ${s} InRelease\n`).join('') + 'Ign:4 http://security.ubuntu.com/ubuntu noble-security InRelease\n';
    expect(u.out).toBe(
      ign + ign + ign +
        "Err:1 http://archive.ubuntu.com/ubuntu noble InRelease\n  Temporary failure resolving 'archive.ubuntu.com'\n" +
        "Err:2 http://archive.ubuntu.com/ubuntu noble-updates InRelease\n  Temporary failure resolving 'archive.ubuntu.com'\n" +
        "Err:3 http://archive.ubuntu.com/ubuntu noble-backports InRelease\n  Temporary failure resolving 'archive.ubuntu.com'\n" +
        "Err:4 http://security.ubuntu.com/ubuntu noble-security InRelease\n  Temporary failure resolving 'security.ubuntu.com'\n" +
        'Reading package lists...\n',
    );
    expect(u.err).toBe(
      "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/noble/InRelease  Temporary failure resolving 'archive.ubuntu.com'\n" +
        "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/noble-updates/InRelease  Temporary failure resolving 'archive.ubuntu.com'\n" +
        "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/noble-backports/InRelease  Temporary failure resolving 'archive.ubuntu.com'\n" +
        "W: Failed to fetch http://security.ubuntu.com/ubuntu/dists/noble-security/InRelease  Temporary failure resolving 'security.ubuntu.com'\n" +
        'W: Some index files failed to download. They have been ignored, or old ones used instead.\n',
    );
    const i = await r.run('install -y curl', { online: false });
    expect(i.err).toBe('E: Unable to locate package curl\n');
    expect(i.status).toBe(100);
  });

  it('install, remove, autoremove, purge, clean (recorded flows)', async () => {
    const r = rig();
    await r.run('update');
    const i = await r.run('install -y jq');
    expect(i.out).toContain('The following additional packages will be installed:\n  libjq1 libonig5\nThe following NEW packages will be installed:\n  jq libjq1 libonig5\n0 upgraded, 3 newly installed, 0 to remove and 0 not upgraded.\nNeed to get 378 kB of archives.\nAfter this operation, 1125 kB of additional disk space will be used.\n');
    expect(i.out).toContain('Selecting previously unselected package libonig5:amd64.\n(Reading database ... 4376 files and directories currently installed.)\nPreparing to unpack .../libonig5_6.9.9-1build1_amd64.deb ...\nUnpacking libonig5:amd64 (6.9.9-1build1) ...\n');
    expect(r.fs.readdir('/var/cache/apt/archives').filter((n) => n.endsWith('.deb')).sort()).toEqual(['jq_1.7.1-3build1_amd64.deb', 'libjq1_1.7.1-3build1_amd64.deb', 'libonig5_6.9.9-1build1_amd64.deb']);
    expect(r.fs.readText('/var/lib/dpkg/status')).toContain('Package: jq\nStatus: install ok installed\n');
    expect(r.fs.readText('/var/lib/apt/extended_states')).toBe('Package: libjq1\nArchitecture: amd64\nAuto-Installed: 1\n\nPackage: libonig5\nArchitecture: amd64\nAuto-Installed: 1\n');
    const again = await r.run('install -y jq');
    expect(again.out).toBe('Reading package lists...\nBuilding dependency tree...\nReading state information...\njq is already the newest version (1.7.1-3build1).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    const rm = await r.run('remove -y jq');
    expect(rm.out).toMatch(/The following packages were automatically installed and are no longer required:\n  libjq1 libonig5\nUse 'apt autoremove' to remove them.\nThe following packages will be REMOVED:\n  jq\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\nAfter this operation, \d+ kB disk space will be freed.\n\(Reading database \.\.\. \d+ files and directories currently installed.\)\nRemoving jq \(1.7.1-3build1\) \.\.\.\n$/);
    expect(r.fs.exists('/usr/bin/jq')).toBe(false);
    const ar = await r.run('autoremove -y');
    expect(ar.out).toContain('The following packages will be REMOVED:\n  libjq1 libonig5\n');
    expect(ar.out).toContain('Removing libjq1:amd64 (1.7.1-3build1) ...\nRemoving libonig5:amd64 (6.9.9-1build1) ...\nProcessing triggers for libc-bin (2.39-0ubuntu8.2) ...\n');
    const no = await r.run('remove -y curl');
    expect(no.out).toContain("Package 'curl' is not installed, so not removed\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
    const pg = await r.run('install -y jq');
    expect(pg.status).toBe(0);
    expect((await r.run('purge -y jq')).out).toContain('The following packages will be REMOVED:\n  jq*\n');
    expect((await r.run('clean')).out).toBe('');
    expect(r.fs.readdir('/var/cache/apt/archives').filter((n) => n.endsWith('.deb'))).toEqual([]);
  });

  it('errors as apt prints them (recorded)', async () => {
    const r = rig();
    expect(await r.run('foo')).toEqual({ out: '', err: 'E: Invalid operation foo\n', status: 100 });
    const s = await r.run('install -y jq', { uid: 1000 });
    expect(s.err).toBe('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
    expect(s.status).toBe(100);
    const u = await r.run('update', { uid: 1000 });
    expect(u.out).toBe('Reading package lists...\n');
    expect(u.err).toBe('E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n');
    await r.run('update');
    const v = await r.run('install -y jq=9.9');
    expect(v.err).toBe("E: Version '9.9' for 'jq' was not found\n");
    const a = await r.run('install -y curl', { apt: true, online: true });
    expect(a.err.startsWith('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n')).toBe(true);
  });

  it('download fails offline once the lists are there (recorded)', async () => {
    const r = rig();
    await r.run('update');
    const i = await r.run('install -y jq', { online: false });
    expect(i.status).toBe(100);
    expect(i.out).toContain('Ign:1 http://archive.ubuntu.com/ubuntu noble/main amd64 libonig5 amd64 6.9.9-1build1\n');
    expect(i.out).toContain("Err:3 http://archive.ubuntu.com/ubuntu noble/main amd64 jq amd64 1.7.1-3build1\n  Temporary failure resolving 'archive.ubuntu.com'\n");
    expect(i.err.endsWith('E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n')).toBe(true);
  });
});
