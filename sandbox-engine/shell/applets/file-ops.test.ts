/**
 * cat, touch, mkdir, rm and rmdir against messages and outputs recorded from GNU coreutils 9.1
 * (LANG=C.UTF-8, so quote() gives ‘x’) and busybox 1.35 on Debian 12, as a normal user in the
 * fixture directory (test/helpers/fs-fixture.ts). `ro` is a directory the user may not write.
 */
import { describe, expect, it } from 'vitest';
import { fixture, BB_BANNER } from '../../../test/helpers/fs-fixture.ts';
import { BUSYBOX_FS_USAGE } from './lib/busybox-usage-fs.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { applet as cat } from './cat.ts';
import { applet as touch } from './touch.ts';
import { applet as mkdir } from './mkdir.ts';
import { applet as rm } from './rm.ts';
import { applet as rmdir } from './rmdir.ts';

/** `mkdir ro; touch ro/x; mkdir ro/sub; chmod 555 ro` */
const withRo = ({ fs }: { fs: FileSystem }): void => {
  fs.mkdir('ro');
  fs.writeFile('ro/x', '');
  fs.mkdir('ro/sub');
  fs.chmod('ro', 0o555);
};

describe('cat', () => {
  const text = ({ fs }: { fs: FileSystem }): void => fs.writeFile('t', 'l1\nl2\n\nl4');

  it('GNU: concatenates, reports each failure, numbers across files', async () => {
    const f = fixture('gnu', (x) => {
      text(x);
      x.fs.chmod('a', 0);
    });
    const r = await f.run(cat, ['cat', 't', 'zz', 'd', 'a', 'b']);
    expect(r).toMatchObject({
      status: 1,
      stdout: 'l1\nl2\n\nl4hello\n',
      stderr: 'cat: zz: No such file or directory\ncat: d: Is a directory\ncat: a: Permission denied\n',
    });
    // A last line without newline continues into the next file, numbering included.
    expect((await f.run(cat, ['cat', '-n', 't', 't'])).stdout).toBe('     1\tl1\n     2\tl2\n     3\t\n     4\tl4l1\n     5\tl2\n     6\t\n     7\tl4');
    expect((await f.run(cat, ['cat', '-b', 't'])).stdout).toBe('     1\tl1\n     2\tl2\n\n     3\tl4');
    expect((await f.run(cat, ['cat', '-', 'b'], { stdin: 'x\ny\n' })).stdout).toBe('x\ny\nhello\n');
  });

  it('GNU: -A shows tabs, controls and line ends', async () => {
    const f = fixture('gnu', ({ fs }) => fs.writeFile('c', new Uint8Array([0x61, 9, 0x62, 1, 10])));
    expect((await f.run(cat, ['cat', '-A', 'c'])).stdout).toBe('a^Ib^A$\n');
    const bad = await f.run(cat, ['cat', '-z']);
    expect(bad).toMatchObject({ status: 1, stderr: "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n" });
  });

  it('busybox: can\'t open / read error wording, and -n completes the last line', async () => {
    const f = fixture('busybox', (x) => {
      text(x);
      x.fs.chmod('a', 0);
    });
    const r = await f.run(cat, ['cat', 't', 'zz', 'd', 'a', 'b']);
    expect(r.stderr).toBe("cat: can't open 'zz': No such file or directory\ncat: read error: Is a directory\ncat: can't open 'a': Permission denied\n");
    expect(r.stdout).toBe('l1\nl2\n\nl4hello\n');
    expect((await f.run(cat, ['cat', '-n', 't', 't'])).stdout).toBe('     1\tl1\n     2\tl2\n     3\t\n     4\tl4\n     5\tl1\n     6\tl2\n     7\t\n     8\tl4\n');
    expect((await f.run(cat, ['cat', '-b'], { stdin: '\n\nx\n' })).stdout).toBe('\n\n     1\tx\n');
    const bad = await f.run(cat, ['cat', '-z']);
    expect(bad.stderr).toBe(`cat: invalid option -- 'z'\n${BB_BANNER}${BUSYBOX_FS_USAGE.cat}`);
  });
});

describe('touch', () => {
  it('GNU: creates, sets dates from -d and -t, and words its errors', async () => {
    const f = fixture('gnu', withRo);
    expect(await f.run(touch, ['touch', 'zz/y'])).toMatchObject({ status: 1, stderr: "touch: cannot touch 'zz/y': No such file or directory\n" });
    expect(await f.run(touch, ['touch', 'ro/new'])).toMatchObject({ status: 1, stderr: "touch: cannot touch 'ro/new': Permission denied\n" });
    expect((await f.run(touch, ['touch', '-d', '2021-03-04 05:06', 't1'])).status).toBe(0);
    expect(f.fs.stat('t1').mtime).toBe(Date.UTC(2021, 2, 4, 5, 6, 0));
    expect((await f.run(touch, ['touch', '-t', '202001021530.45', 't2'])).status).toBe(0);
    expect(f.fs.stat('t2').mtime).toBe(Date.UTC(2020, 0, 2, 15, 30, 45));
    await f.run(touch, ['touch', '-d', '2020-01-01T10:00:00', 't4']);
    expect(f.fs.stat('t4').mtime).toBe(Date.UTC(2020, 0, 1, 10, 0, 0));
    await f.run(touch, ['touch', '-d', '@1600000000', 't5']);
    expect(f.fs.stat('t5').mtime).toBe(1600000000000);
    expect(await f.run(touch, ['touch', '-d', 'bogus', 't3'])).toMatchObject({ status: 1, stderr: 'touch: invalid date format ‘bogus’\n' });
    expect(await f.run(touch, ['touch', '-c', 'nonex'])).toMatchObject({ status: 0 });
    expect(f.fs.exists('nonex')).toBe(false);
    expect(await f.run(touch, ['touch'])).toMatchObject({ status: 1, stderr: "touch: missing file operand\nTry 'touch --help' for more information.\n" });
    expect(await f.run(touch, ['touch', '-r', 'zz', 'x'])).toMatchObject({ status: 1, stderr: "touch: failed to get attributes of 'zz': No such file or directory\n" });
  });

  it('GNU: someone else\'s files: cannot touch (not writable) / setting times (writable, explicit time)', async () => {
    const f = fixture('gnu', ({ root }) => {
      root.writeFile('rootfile', 'x\n');
      root.writeFile('rootw', 'y\n');
      root.chmod('rootw', 0o666);
    });
    expect((await f.run(touch, ['touch', 'rootfile'])).stderr).toBe("touch: cannot touch 'rootfile': Permission denied\n");
    expect((await f.run(touch, ['touch', 'rootw'])).status).toBe(0);
    expect((await f.run(touch, ['touch', '-d', '2020-01-01', 'rootw'])).stderr).toBe("touch: setting times of 'rootw': Operation not permitted\n");
  });

  it('busybox: path: error, invalid date, usage without operands, date-only keeps the time of day', async () => {
    const f = fixture('busybox', withRo);
    expect((await f.run(touch, ['touch', 'zz/y'])).stderr).toBe('touch: zz/y: No such file or directory\n');
    expect((await f.run(touch, ['touch', 'ro/new'])).stderr).toBe('touch: ro/new: Permission denied\n');
    expect(await f.run(touch, ['touch', '-d', 'bogus', 't3'])).toMatchObject({ status: 1, stderr: "touch: invalid date 'bogus'\n" });
    expect((await f.run(touch, ['touch', '-d', '2020-01-01T10:00:00', 't4'])).stderr).toBe("touch: invalid date '2020-01-01T10:00:00'\n");
    expect(await f.run(touch, ['touch'])).toMatchObject({ status: 1, stderr: `${BB_BANNER}${BUSYBOX_FS_USAGE.touch}` });
    // Recorded: `busybox touch -d 2020-01-01 x` at 09:46:06 gave 2020-01-01 09:46:06.
    f.host.clock.advance(46 * 60_000 + 6000);
    await f.run(touch, ['touch', '-d', '2020-01-01', 'x']);
    expect(f.fs.stat('x').mtime).toBe(Date.UTC(2020, 0, 1, 9, 46, 6));
    await f.run(touch, ['touch', '-d', '2021-03-04 05:06', 't1']);
    expect(f.fs.stat('t1').mtime).toBe(Date.UTC(2021, 2, 4, 5, 6, 6));
  });
});

describe('touch -h (the link itself)', () => {
  // Recorded as a normal user in an empty directory:
  //   ln -s nowhere dang; touch -h -d '2024-01-02 03:04:05' dang  -> 0, dang's time set, nowhere not created
  //   touch -h newfile   GNU: "touch: setting times of 'newfile': No such file or directory", 1, nothing created
  //                      busybox: 0, newfile created
  //   touch -h -c newfile2 -> 0 (both)
  //   (root's link) touch -h rootlink -> 0; touch -h -d 2020-01-01 rootlink -> EPERM, 1
  const setup = ({ fs, root }: { fs: FileSystem; root: FileSystem }): void => {
    fs.symlink('nowhere', 'dang');
    root.symlink('b', 'rootlink');
  };
  const when = Date.UTC(2024, 0, 2, 3, 4, 5);

  it('GNU: sets the link\'s own times, dangling or not; never creates', async () => {
    const f = fixture('gnu', setup);
    const bTime = f.fs.stat('b').mtime;
    expect(await f.run(touch, ['touch', '-h', '-d', '2024-01-02 03:04:05', 'dang', 'lnk'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.lstat('dang').mtime).toBe(when);
    expect(f.fs.lstat('lnk').mtime).toBe(when);
    expect(f.fs.stat('lnk').mtime).toBe(bTime);
    expect(f.fs.exists('nowhere')).toBe(false);
    expect(await f.run(touch, ['touch', '-h', 'newfile'])).toMatchObject({
      status: 1,
      stderr: "touch: setting times of 'newfile': No such file or directory\n",
    });
    expect(f.fs.exists('newfile')).toBe(false);
    expect(await f.run(touch, ['touch', '-h', '-c', 'newfile2'])).toMatchObject({ status: 0, stderr: '' });
    expect(await f.run(touch, ['touch', '-h', 'rootlink'])).toMatchObject({ status: 0, stderr: '' });
    expect(await f.run(touch, ['touch', '-h', '-d', '2020-01-01', 'rootlink'])).toMatchObject({
      status: 1,
      stderr: "touch: setting times of 'rootlink': Operation not permitted\n",
    });
  });

  it('busybox: lutimes, and a missing file is still created', async () => {
    const f = fixture('busybox', setup);
    expect(await f.run(touch, ['touch', '-h', '-d', '2024-01-02 03:04:05', 'dang'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.lstat('dang').mtime).toBe(when);
    expect(f.fs.exists('nowhere')).toBe(false);
    expect(await f.run(touch, ['touch', '-h', 'newfile'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.stat('newfile').kind).toBe('file');
    expect(await f.run(touch, ['touch', '-h', '-d', '2020-01-01', 'rootlink'])).toMatchObject({
      status: 1,
      stderr: 'touch: rootlink: Operation not permitted\n',
    });
  });

  it('explicit times on a file of someone else that the user may not write: EPERM, "now": EACCES', async () => {
    // Recorded: touch [-h] [-d 2020-01-01] /etc/passwd as a normal user.
    const g = fixture('gnu');
    expect((await g.run(touch, ['touch', '-h', '/etc/passwd'])).stderr).toBe("touch: setting times of '/etc/passwd': Permission denied\n");
    expect((await g.run(touch, ['touch', '-h', '-d', '2020-01-01', '/etc/passwd'])).stderr).toBe("touch: setting times of '/etc/passwd': Operation not permitted\n");
    expect((await g.run(touch, ['touch', '-d', '2020-01-01', '/etc/passwd'])).stderr).toBe("touch: cannot touch '/etc/passwd': Permission denied\n");
    const b = fixture('busybox');
    expect((await b.run(touch, ['touch', '/etc/passwd'])).stderr).toBe('touch: /etc/passwd: Permission denied\n');
    expect((await b.run(touch, ['touch', '-d', '2020-01-01', '/etc/passwd'])).stderr).toBe('touch: /etc/passwd: Operation not permitted\n');
    expect((await b.run(touch, ['touch', '-h', '-d', '2020-01-01', '/etc/passwd'])).stderr).toBe('touch: /etc/passwd: Operation not permitted\n');
  });
});

describe('mkdir', () => {
  it('GNU: locale quotes, -p, -m', async () => {
    const f = fixture('gnu', withRo);
    expect((await f.run(mkdir, ['mkdir', 'd'])).stderr).toBe('mkdir: cannot create directory ‘d’: File exists\n');
    expect((await f.run(mkdir, ['mkdir', 'x/y/z'])).stderr).toBe('mkdir: cannot create directory ‘x/y/z’: No such file or directory\n');
    expect(await f.run(mkdir, ['mkdir', '-p', 'x/y/z'])).toMatchObject({ status: 0, stderr: '' });
    expect(await f.run(mkdir, ['mkdir', '-p', 'x/y/z'])).toMatchObject({ status: 0, stderr: '' });
    expect((await f.run(mkdir, ['mkdir', '-p', 'b/c'])).stderr).toBe('mkdir: cannot create directory ‘b’: Not a directory\n');
    expect((await f.run(mkdir, ['mkdir', 'ro/n'])).stderr).toBe('mkdir: cannot create directory ‘ro/n’: Permission denied\n');
    expect((await f.run(mkdir, ['mkdir', '-p', 'ro/n/m'])).stderr).toBe('mkdir: cannot create directory ‘ro/n’: Permission denied\n');
    await f.run(mkdir, ['mkdir', '-m', '700', 'm7']);
    expect(f.fs.stat('m7').mode).toBe(0o700);
    await f.run(mkdir, ['mkdir', '-m', 'u=rwx,g=rx', 'm8']);
    expect(f.fs.stat('m8').mode).toBe(0o757);
    expect(await f.run(mkdir, ['mkdir', '-m', 'bad', 'm9'])).toMatchObject({ status: 1, stderr: 'mkdir: invalid mode ‘bad’\n' });
    expect((await f.run(mkdir, ['mkdir'])).stderr).toBe("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
  });

  it('GNU: plain quotes in the C locale', async () => {
    const r = await fixture().run(mkdir, ['mkdir', 'd'], { env: { LANG: 'C' } });
    expect(r.stderr).toBe("mkdir: cannot create directory 'd': File exists\n");
  });

  it('busybox: can\'t create, -p names the prefix with its slash', async () => {
    const f = fixture('busybox', withRo);
    expect((await f.run(mkdir, ['mkdir', 'd'])).stderr).toBe("mkdir: can't create directory 'd': File exists\n");
    expect((await f.run(mkdir, ['mkdir', '-p', 'b/c'])).stderr).toBe("mkdir: can't create directory 'b/': Not a directory\n");
    expect((await f.run(mkdir, ['mkdir', '-p', 'ro/n/m'])).stderr).toBe("mkdir: can't create directory 'ro/n/': Permission denied\n");
    expect((await f.run(mkdir, ['mkdir', '-m', 'bad', 'm9'])).stderr).toBe("mkdir: invalid mode 'bad'\n");
    expect((await f.run(mkdir, ['mkdir'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.mkdir}`);
    expect(await f.run(mkdir, ['mkdir', '-p', 'x/y/z'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.stat('x/y/z').kind).toBe('dir');
  });
});

describe('rm', () => {
  it('GNU: messages for missing files, directories, permissions, . and /', async () => {
    const f = fixture('gnu', withRo);
    expect((await f.run(rm, ['rm', 'zz'])).stderr).toBe("rm: cannot remove 'zz': No such file or directory\n");
    expect(await f.run(rm, ['rm', '-f', 'zz'])).toMatchObject({ status: 0, stderr: '' });
    expect((await f.run(rm, ['rm', 'd'])).stderr).toBe("rm: cannot remove 'd': Is a directory\n");
    expect((await f.run(rm, ['rm', 'ro/x'])).stderr).toBe("rm: cannot remove 'ro/x': Permission denied\n");
    expect((await f.run(rm, ['rm', '-r', 'ro/sub'])).stderr).toBe("rm: cannot remove 'ro/sub': Permission denied\n");
    // The real order (x, then sub) is the directory's own; the simulator visits names sorted.
    expect(await f.run(rm, ['rm', '-rf', 'ro'])).toMatchObject({
      status: 1,
      stderr: "rm: cannot remove 'ro/sub': Permission denied\nrm: cannot remove 'ro/x': Permission denied\n",
    });
    expect((await f.run(rm, ['rm'])).stderr).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
    expect(await f.run(rm, ['rm', '-f'])).toMatchObject({ status: 0, stderr: '' });
    expect((await f.run(rm, ['rm', '-r', '.'])).stderr).toBe("rm: refusing to remove '.' or '..' directory: skipping '.'\n");
    expect((await f.run(rm, ['rm', '-r', 'd/.'])).stderr).toBe("rm: refusing to remove '.' or '..' directory: skipping 'd/.'\n");
    expect(await f.run(rm, ['rm', '-r', '/'])).toMatchObject({
      status: 1,
      stderr: "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
    });
    expect(await f.run(rm, ['rm', '-rv', 'd'])).toMatchObject({ status: 0, stdout: "removed 'd/e/f'\nremoved directory 'd/e'\nremoved directory 'd'\n" });
    expect(f.fs.exists('d')).toBe(false);
  });

  it('busybox: can\'t remove, is a directory, . or ..', async () => {
    const f = fixture('busybox', withRo);
    expect((await f.run(rm, ['rm', 'zz'])).stderr).toBe("rm: can't remove 'zz': No such file or directory\n");
    expect((await f.run(rm, ['rm', 'd'])).stderr).toBe("rm: 'd' is a directory\n");
    expect((await f.run(rm, ['rm', 'ro/x'])).stderr).toBe("rm: can't remove 'ro/x': Permission denied\n");
    expect((await f.run(rm, ['rm', '-r', 'ro'])).stderr).toBe("rm: can't remove 'ro/sub': Permission denied\nrm: can't remove 'ro/x': Permission denied\n");
    expect((await f.run(rm, ['rm', '-r', '..'])).stderr).toBe("rm: can't remove '.' or '..'\n");
    expect(await f.run(rm, ['rm'])).toMatchObject({ status: 1, stderr: `${BB_BANNER}${BUSYBOX_FS_USAGE.rm}` });
    expect(await f.run(rm, ['rm', '-r', 'd'])).toMatchObject({ status: 0, stderr: '' });
  });

  it('asks before removing a write-protected file only when stdin is a terminal', async () => {
    const f = fixture('gnu', ({ fs }) => fs.chmod('b', 0o444));
    // Not a terminal: removed without a question (recorded with </dev/null).
    expect(await f.run(rm, ['rm', 'b'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.exists('b')).toBe(false);
  });
});

describe('rmdir', () => {
  const trees = ({ fs }: { fs: FileSystem }): void => {
    fs.mkdir('full');
    fs.mkdir('full/a');
    fs.mkdir('full/a/b');
    fs.writeFile('full/a/b/c', '');
    fs.mkdir('x');
    fs.mkdir('x/y');
    fs.writeFile('x/f', '');
  };

  it('GNU: failed to remove, and "directory" for a parent under -p', async () => {
    const f = fixture('gnu', (x) => {
      withRo(x);
      trees(x);
    });
    expect((await f.run(rmdir, ['rmdir', 'zz'])).stderr).toBe("rmdir: failed to remove 'zz': No such file or directory\n");
    expect((await f.run(rmdir, ['rmdir', 'full'])).stderr).toBe("rmdir: failed to remove 'full': Directory not empty\n");
    expect((await f.run(rmdir, ['rmdir', 'b'])).stderr).toBe("rmdir: failed to remove 'b': Not a directory\n");
    expect((await f.run(rmdir, ['rmdir', 'ro/sub'])).stderr).toBe("rmdir: failed to remove 'ro/sub': Permission denied\n");
    expect((await f.run(rmdir, ['rmdir', '.'])).stderr).toBe("rmdir: failed to remove '.': Invalid argument\n");
    expect((await f.run(rmdir, ['rmdir', 'lnk'])).stderr).toBe("rmdir: failed to remove 'lnk': Not a directory\n");
    const v = await f.run(rmdir, ['rmdir', '-pv', 'x/y']);
    expect(v).toMatchObject({
      status: 1,
      stdout: "rmdir: removing directory, 'x/y'\nrmdir: removing directory, 'x'\n",
      stderr: "rmdir: failed to remove directory 'x': Directory not empty\n",
    });
    expect((await f.run(rmdir, ['rmdir'])).stderr).toBe("rmdir: missing operand\nTry 'rmdir --help' for more information.\n");
  });

  it('busybox: quoted path and errno', async () => {
    const f = fixture('busybox', (x) => {
      withRo(x);
      trees(x);
    });
    expect((await f.run(rmdir, ['rmdir', 'zz'])).stderr).toBe("rmdir: 'zz': No such file or directory\n");
    expect((await f.run(rmdir, ['rmdir', 'full'])).stderr).toBe("rmdir: 'full': Directory not empty\n");
    expect((await f.run(rmdir, ['rmdir', 'lnk'])).stderr).toBe("rmdir: 'lnk': Not a directory\n");
    expect((await f.run(rmdir, ['rmdir', '-p', 'x/y'])).stderr).toBe("rmdir: 'x': Directory not empty\n");
    expect((await f.run(rmdir, ['rmdir'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.rmdir}`);
  });
});
