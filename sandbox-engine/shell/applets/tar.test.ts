/**
 * tar against GNU tar 1.34 and busybox tar 1.35 on Debian 12 (TZ=UTC, LANG=C.UTF-8): every text,
 * status and byte count below was printed by the real programs on the same trees.
 */
import { describe, expect, it } from 'vitest';
import { runApplet, type RunOptions } from '../../../test/helpers/harness.ts';
import { createHost, type SimHost } from '../../host/host.ts';
import { digestOf, hexOf } from '../../layer/digest.ts';
import { writeTar } from '../../archive/tar.ts';
import { utf8 } from '../../util/text.ts';
import { applet as tar } from './tar.ts';

const T = Date.UTC(2024, 0, 2, 3, 4, 5);

/**
 * The recorded tree: d/{a (4755, "a\n"), hard (a hard link to a), ln -> a, longlink -> /y*110,
 * sub/b ("bb\n"), x*120 ("long\n"), z*100 (empty)}, all root's, all stamped 2024-01-02 03:04:05.
 */
function tree(host: SimHost, dir = '/tmp/gt'): void {
  const fs = host.fs(host.credOf('root')!, '/').with({ umask: 0o022 });
  fs.mkdir(dir, 0o755);
  fs.mkdir(`${dir}/d`, 0o755);
  fs.mkdir(`${dir}/d/sub`, 0o755);
  fs.writeFile(`${dir}/d/a`, 'a\n');
  fs.chmod(`${dir}/d/a`, 0o4755);
  fs.writeFile(`${dir}/d/sub/b`, 'bb\n');
  fs.symlink('a', `${dir}/d/ln`);
  fs.link(`${dir}/d/a`, `${dir}/d/hard`);
  fs.writeFile(`${dir}/d/${'x'.repeat(120)}`, 'long\n');
  fs.symlink(`/${'y'.repeat(110)}`, `${dir}/d/longlink`);
  fs.writeFile(`${dir}/d/${'z'.repeat(100)}`, '');
  for (const p of ['a', 'sub/b', 'sub', `${'x'.repeat(120)}`, `${'z'.repeat(100)}`, '']) fs.utimes(`${dir}/d/${p}`, T, T);
  for (const p of ['ln', 'longlink']) fs.utimes(`${dir}/d/${p}`, T, T, false);
}

async function gnu(argv: string[], o: RunOptions = {}) {
  return runApplet(tar, ['tar', ...argv], { user: 'root', cwd: '/tmp/gt', flavour: 'gnu', ...o });
}

function gnuHost(): SimHost {
  const host = createHost({ seed: 1 });
  tree(host);
  return host;
}

const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";

describe('GNU tar: create', () => {
  it('writes the bytes GNU tar writes (tar --sort=name -cf - d: sha256 4ec6a44e…, 10240 bytes)', async () => {
    const host = gnuHost();
    await gnu(['-cf', 'out.tar', 'd'], { host });
    const bytes = host.fs(host.credOf('root')!, '/').readFile('/tmp/gt/out.tar');
    expect(bytes.length).toBe(10240);
    expect(hexOf(digestOf(bytes))).toBe('4ec6a44ef07905f1cb1856e79a8eeeafb64ebea2095d3129712ddf05ec4f3788');
  });

  it('lists what it adds with -v, to stderr when the archive goes to stdout', async () => {
    const host = gnuHost();
    const names = ['d/', 'd/a', 'd/hard', 'd/ln', 'd/longlink', 'd/sub/', 'd/sub/b', `d/${'x'.repeat(120)}`, `d/${'z'.repeat(100)}`].join('\n') + '\n';
    const toFile = await gnu(['-cvf', 'out.tar', 'd'], { host });
    expect(toFile).toMatchObject({ stdout: names, stderr: '', status: 0 });
    const toStdout = await gnu(['cvf', '-', 'd/sub'], { host });
    expect(toStdout.stderr).toBe('d/sub/\nd/sub/b\n');
    expect(toStdout.status).toBe(0);
  });

  it('removes a leading slash once, and says so for hard-link targets too', async () => {
    const r = await gnu(['-cf', '-', '/tmp/gt/d/a', '/tmp/gt/d/sub'], { host: gnuHost() });
    expect(r.stderr).toBe("tar: Removing leading `/' from member names\ntar: Removing leading `/' from hard link targets\n");
    expect(r.status).toBe(0);
  });

  it('changes directory with -C for the names after it', async () => {
    const host = gnuHost();
    await gnu(['-cf', 'c.tar', '-C', 'd', 'a', 'sub'], { host });
    expect((await gnu(['-tf', 'c.tar'], { host })).stdout).toBe('a\nsub/\nsub/b\n');
  });

  it('refuses an empty archive, goes on past a missing file', async () => {
    expect(await gnu(['-c'])).toMatchObject({ stderr: `tar: Cowardly refusing to create an empty archive\n${TRY}`, status: 2 });
    const host = gnuHost();
    const r = await gnu(['-cf', 'y.tar', 'nosuchfile', 'd/a'], { host });
    expect(r).toMatchObject({ stderr: 'tar: nosuchfile: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n', status: 2 });
    expect((await gnu(['-tf', 'y.tar'], { host })).stdout).toBe('d/a\n');
  });
});

describe('GNU tar: list', () => {
  it('lists names, and with -v modes, owners, sizes, times and link targets', async () => {
    const host = gnuHost();
    await gnu(['-cf', 't.tar', 'd/a', 'd/hard', 'd/ln', 'd/sub'], { host });
    expect((await gnu(['-tf', 't.tar'], { host })).stdout).toBe('d/a\nd/hard\nd/ln\nd/sub/\nd/sub/b\n');
    expect((await gnu(['-tvf', 't.tar'], { host })).stdout).toBe(
      [
        '-rwsr-xr-x root/root         2 2024-01-02 03:04 d/a',
        'hrwsr-xr-x root/root         0 2024-01-02 03:04 d/hard link to d/a',
        'lrwxrwxrwx root/root         0 2024-01-02 03:04 d/ln -> a',
        'drwxr-xr-x root/root         0 2024-01-02 03:04 d/sub/',
        '-rw-r--r-- root/root         3 2024-01-02 03:04 d/sub/b',
        '',
      ].join('\n'),
    );
    // Member arguments select a member and what is below it.
    expect((await gnu(['-tf', 't.tar', 'd/sub'], { host })).stdout).toBe('d/sub/\nd/sub/b\n');
  });

  it('shows numbers for an archive without user names (Docker writes none), and device numbers', async () => {
    // Recorded with a PAX tar such as Go writes (uname/gname empty).
    const bytes = writeTar([
      { header: { name: 'd/', type: 'dir', mode: 0o755, mtime: 1704164645 } },
      { header: { name: 'd/a', type: 'file', mode: 0o644, uid: 1000, gid: 1000, mtime: 1704164645 }, body: utf8('a\n') },
      { header: { name: 'dev/null', type: 'chardev', mode: 0o666, devmajor: 1, devminor: 3 } },
    ]);
    const r = await gnu(['-tv'], { stdin: bytes });
    expect(r.stdout).toBe(
      'drwxr-xr-x 0/0               0 2024-01-02 03:04 d/\n-rw-r--r-- 1000/1000         2 2024-01-02 03:04 d/a\ncrw-rw-rw- 0/0             1,3 1970-01-01 00:00 dev/null\n',
    );
  });

  it('reports what it cannot read', async () => {
    expect(await gnu(['-tf', 'nosuch.tar'])).toMatchObject({ stderr: 'tar: nosuch.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n', status: 2 });
    const notar = 'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n';
    expect(await gnu(['-t'], { stdin: '' })).toMatchObject({ stderr: notar, status: 2 });
    expect(await gnu(['-t'], { stdin: 'hello\n' })).toMatchObject({ stderr: notar, status: 2 });
    expect(await gnu(['-t'], { stdin: new Uint8Array(600).fill(7) })).toMatchObject({
      stderr: 'tar: This does not look like a tar archive\ntar: Skipping to next header\ntar: Exiting with failure status due to previous errors\n',
      status: 2,
    });
    const host = gnuHost();
    await gnu(['-cf', 't.tar', 'd/sub', 'd/a'], { host });
    const r = await gnu(['-tf', 't.tar', 'd/nosuch', 'd/a'], { host });
    expect(r).toMatchObject({ stdout: 'd/a\n', stderr: 'tar: d/nosuch: Not found in archive\ntar: Exiting with failure status due to previous errors\n', status: 2 });
    // A member cut short: listed, then the archive ends in error.
    const bytes = host.fs(host.credOf('root')!, '/').readFile('/tmp/gt/t.tar');
    // (recorded with `head -c 2100` of a longer archive: the cut member is listed, then the error)
    const cut = await gnu(['-t'], { stdin: bytes.subarray(0, 1026) });
    expect(cut).toMatchObject({ stdout: 'd/sub/\nd/sub/b\n', stderr: 'tar: Unexpected EOF in archive\ntar: Error is not recoverable: exiting now\n', status: 2 });
  });

  it('refuses bad usage', async () => {
    expect(await gnu([])).toMatchObject({ stderr: `tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n${TRY}`, status: 2 });
    expect(await gnu(['-ct'])).toMatchObject({ stderr: `tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n${TRY}`, status: 2 });
    expect(await gnu(['-q'])).toMatchObject({ stderr: `tar: invalid option -- 'q'\n${TRY}`, status: 64 });
    expect(await gnu(['--foo'])).toMatchObject({ stderr: `tar: unrecognized option '--foo'\n${TRY}`, status: 64 });
    expect(await gnu(['-tf'])).toMatchObject({ stderr: `tar: option requires an argument -- 'f'\n${TRY}`, status: 64 });
    expect((await gnu(['--version'])).stdout.split('\n')[0]).toBe('tar (GNU tar) 1.34');
  });
});

describe('GNU tar: extract', () => {
  it('writes a member to stdout with -O, and nothing for a hard link member', async () => {
    const host = gnuHost();
    await gnu(['-cf', 't.tar', 'd/a', 'd/hard', 'd/sub'], { host });
    expect(await gnu(['xOf', 't.tar', 'd/sub/b'], { host })).toMatchObject({ stdout: 'bb\n', status: 0 });
    expect(await gnu(['-xOf', 't.tar', 'd/hard'], { host })).toMatchObject({ stdout: '', status: 0 });
    expect(await gnu(['-xvOf', 't.tar', 'd/sub/b'], { host })).toMatchObject({ stdout: 'bb\n', stderr: 'd/sub/b\n' });
    expect(await gnu(['-xOf', 't.tar', 'nosuch', 'd/a'], { host })).toMatchObject({
      stdout: 'a\n',
      stderr: 'tar: nosuch: Not found in archive\ntar: Exiting with failure status due to previous errors\n',
      status: 2,
    });
  });

  it('restores owners, modes and times as root; gives a user their own files under the umask', async () => {
    const bytes = writeTar([
      { header: { name: 'd/', type: 'dir', mode: 0o755, mtime: 1704164645 } },
      { header: { name: 'd/a', type: 'file', mode: 0o644, uid: 1000, gid: 1000, mtime: 1704164645 }, body: utf8('a\n') },
      { header: { name: 'd/x', type: 'file', mode: 0o4755, mtime: 1704164645 }, body: utf8('a\n') },
      { header: { name: 'd/rel', type: 'symlink', mode: 0o777, linkname: 'a', mtime: 1704164645 } },
    ]);
    const host = createHost({ seed: 1 });
    const root = host.fs(host.credOf('root')!, '/');
    root.mkdir('/tmp/rx', 0o755);
    root.mkdir('/tmp/ux', 0o755);
    root.chown('/tmp/ux', 1000, 1000);
    expect(await gnu(['-x', '-C', '/tmp/rx'], { host, stdin: bytes })).toMatchObject({ stderr: '', status: 0 });
    expect(root.stat('/tmp/rx/d/a')).toMatchObject({ uid: 1000, gid: 1000, mode: 0o644, mtime: 1704164645000 });
    expect(root.stat('/tmp/rx/d/x')).toMatchObject({ uid: 0, mode: 0o4755 });
    expect(root.stat('/tmp/rx/d')).toMatchObject({ mtime: 1704164645000 });
    expect(root.lstat('/tmp/rx/d/rel')).toMatchObject({ kind: 'symlink', mtime: 1704164645000 });
    const user = await runApplet(tar, ['tar', '-xvf', '-'], { host, user: 'student', cwd: '/tmp/ux', stdin: bytes });
    expect(user).toMatchObject({ stdout: 'd/\nd/a\nd/x\nd/rel\n', stderr: '', status: 0 });
    expect(root.stat('/tmp/ux/d/a')).toMatchObject({ uid: 1000, mode: 0o644 });
    expect(root.stat('/tmp/ux/d/x')).toMatchObject({ uid: 1000, mode: 0o755 });
  });

  it('refuses names with .. and strips a leading slash', async () => {
    const bytes = writeTar([
      { header: { name: '../evil', type: 'file' }, body: utf8('x\n') },
      { header: { name: '/abs/x', type: 'file' }, body: utf8('x\n') },
      { header: { name: './ok', type: 'file' }, body: utf8('x\n') },
    ]);
    const host = createHost({ seed: 1 });
    host.fs(host.credOf('root')!, '/').mkdir('/tmp/dx', 0o755);
    const r = await gnu(['-xvf', '-'], { host, cwd: '/tmp/dx', stdin: bytes });
    expect(r.stdout).toBe('/abs/x\n./ok\n');
    expect(r.stderr).toBe(
      "tar: Removing leading `../' from member names\ntar: ../evil: Member name contains '..'\ntar: Removing leading `/' from member names\ntar: Exiting with failure status due to previous errors\n",
    );
    expect(r.status).toBe(2);
    expect(host.fs(host.credOf('root')!, '/').readdir('/tmp/dx')).toEqual(['abs', 'ok']);
  });

  it('reports a directory it cannot make and a missing -C directory', async () => {
    const host = gnuHost();
    await gnu(['-cf', '/tmp/t.tar', 'd/sub'], { host });
    host.fs(host.credOf('root')!, '/').mkdir('/tmp/ro', 0o555);
    const r = await runApplet(tar, ['tar', '-xf', '/tmp/t.tar'], { host, user: 'student', cwd: '/tmp/ro' });
    expect(r.stderr).toBe(
      'tar: d: Cannot mkdir: Permission denied\ntar: d/sub: Cannot mkdir: No such file or directory\ntar: d: Cannot mkdir: Permission denied\ntar: d/sub/b: Cannot open: No such file or directory\ntar: Exiting with failure status due to previous errors\n',
    );
    expect(r.status).toBe(2);
    expect(await gnu(['-xf', '/tmp/t.tar', '-C', '/nonexist'], { host })).toMatchObject({
      stderr: 'tar: /nonexist: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n',
      status: 2,
    });
  });
});

describe('busybox tar', () => {
  async function bb(argv: string[], o: RunOptions = {}) {
    const host = o.host ?? createHost({ seed: 1, flavour: 'busybox' });
    return runApplet(tar, ['tar', ...argv], { user: 'root', cwd: '/tmp', ...o, host, flavour: 'busybox' });
  }

  it('creates GNU-format members without record padding, and lists them with seconds', async () => {
    const host = createHost({ seed: 1, flavour: 'busybox' });
    tree(host);
    const r = await bb(['-cf', '/tmp/bb.tar', 'd/a', 'd/hard', 'd/sub'], { host, cwd: '/tmp/gt' });
    expect(r).toMatchObject({ stdout: '', stderr: '', status: 0 });
    const bytes = host.fs(host.credOf('root')!, '/').readFile('/tmp/bb.tar');
    // 4 headers + 2 bodies + the two end blocks (busybox tar -cf - d/a d/hard d/sub | wc -c: 4096)
    expect(bytes.length).toBe(8 * 512);
    expect((await bb(['-tvf', '/tmp/bb.tar'], { host })).stdout).toBe(
      [
        '-rwsr-xr-x root/root         2 2024-01-02 03:04:05 d/a',
        '-rwsr-xr-x root/root         0 2024-01-02 03:04:05 d/hard -> d/a',
        'drwxr-xr-x root/root         0 2024-01-02 03:04:05 d/sub/',
        '-rw-r--r-- root/root         3 2024-01-02 03:04:05 d/sub/b',
        '',
      ].join('\n'),
    );
  });

  it('prints its own messages', async () => {
    expect(await bb(['-c'])).toMatchObject({ stderr: 'tar: empty archive\n', status: 1 });
    expect(await bb(['-tf', 'nosuch.tar'])).toMatchObject({ stderr: "tar: can't open 'nosuch.tar': No such file or directory\n", status: 1 });
    expect(await bb(['-t'], { stdin: '' })).toMatchObject({ stderr: 'tar: short read\n', status: 1 });
    expect(await bb(['-t'], { stdin: new Uint8Array(600).fill(7) })).toMatchObject({ stderr: 'tar: invalid tar magic\n', status: 1 });
    expect(await bb(['-xf', '-', '-C', '/nonexist'], { stdin: writeTar([]) })).toMatchObject({
      stderr: "tar: can't change directory to '/nonexist': No such file or directory\n",
      status: 1,
    });
    const usage = await bb(['cx']);
    expect(usage.status).toBe(1);
    expect(usage.stderr.split('\n').slice(2, 3)).toEqual(['Usage: tar c|x|t [-ZzJjahmvokO] [-f TARFILE] [-C DIR] [FILE]...']);
    expect((await bb(['-q'])).stderr.split('\n')[0]).toBe("tar: invalid option -- 'q'");
  });

  it('extracts to stdout, with -v names after the data', async () => {
    const bytes = writeTar([{ header: { name: 'd/a', type: 'file' }, body: utf8('a\n') }]);
    expect(await bb(['-xvO'], { stdin: bytes })).toMatchObject({ stdout: 'a\nd/a\n', status: 0 });
    expect(await bb(['-xOf', '-', 'nosuch', 'd/a'], { stdin: bytes })).toMatchObject({ stdout: 'a\n', stderr: 'tar: nosuch: not found in archive\n', status: 1 });
  });

  it("strips ../ and / with one warning and extracts what is left", async () => {
    const bytes = writeTar([
      { header: { name: '../evil', type: 'file' }, body: utf8('x\n') },
      { header: { name: 'a/../../b', type: 'file' }, body: utf8('x\n') },
      { header: { name: '/abs/x', type: 'file' }, body: utf8('x\n') },
      { header: { name: './ok', type: 'file' }, body: utf8('x\n') },
    ]);
    const host = createHost({ seed: 1, flavour: 'busybox' });
    host.fs(host.credOf('root')!, '/').mkdir('/tmp/dx', 0o755);
    const r = await bb(['-xvf', '-'], { host, cwd: '/tmp/dx', stdin: bytes });
    expect(r).toMatchObject({ stdout: 'evil\nb\nabs/x\n./ok\n', stderr: "tar: removing leading '../' from member names\n", status: 0 });
    expect(host.fs(host.credOf('root')!, '/').readdir('/tmp/dx')).toEqual(['abs', 'b', 'evil', 'ok']);
  });
});
