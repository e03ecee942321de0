/**
 * cp, mv and ln against messages recorded from GNU coreutils 9.1 and busybox 1.35 on Debian 12 as a
 * normal user in the fixture directory (test/helpers/fs-fixture.ts). Where Debian's busybox build
 * differs from Alpine's (FEATURE_NON_POSIX_CP on, FEATURE_VERBOSE_CP_MESSAGE off in Alpine), the
 * Alpine behaviour is expected and the comment says so.
 */
import { describe, expect, it } from 'vitest';
import { fixture, BB_BANNER } from '../../../test/helpers/fs-fixture.ts';
import { BUSYBOX_FS_USAGE } from './lib/busybox-usage-fs.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { applet as cp } from './cp.ts';
import { applet as mv } from './mv.ts';
import { applet as ln } from './ln.ts';

const withRo = ({ fs }: { fs: FileSystem }): void => {
  fs.mkdir('ro');
  fs.writeFile('ro/x', '');
  fs.chmod('ro', 0o555);
};

describe('cp', () => {
  it('GNU: operand errors', async () => {
    const f = fixture('gnu', (x) => {
      withRo(x);
      x.fs.chmod('a', 0);
    });
    expect((await f.run(cp, ['cp', 'zz', 'y'])).stderr).toBe("cp: cannot stat 'zz': No such file or directory\n");
    expect((await f.run(cp, ['cp', 'd', 'y'])).stderr).toBe("cp: -r not specified; omitting directory 'd'\n");
    expect((await f.run(cp, ['cp', 'b'])).stderr).toBe("cp: missing destination file operand after 'b'\nTry 'cp --help' for more information.\n");
    expect((await f.run(cp, ['cp'])).stderr).toBe("cp: missing file operand\nTry 'cp --help' for more information.\n");
    expect((await f.run(cp, ['cp', 'b', 'ro/'])).stderr).toBe("cp: cannot create regular file 'ro/b': Permission denied\n");
    expect((await f.run(cp, ['cp', 'a', 'a2'])).stderr).toBe("cp: cannot open 'a' for reading: Permission denied\n");
    expect((await f.run(cp, ['cp', 'b', 'b'])).stderr).toBe("cp: 'b' and 'b' are the same file\n");
    expect((await f.run(cp, ['cp', 'b', 'lnk'])).stderr).toBe("cp: 'b' and 'lnk' are the same file\n");
    expect((await f.run(cp, ['cp', 'b', 'c', 'd/e/f'])).stderr).toBe("cp: target 'd/e/f': Not a directory\n");
    expect((await f.run(cp, ['cp', 'b', 'zz1', 'zz2'])).stderr).toBe("cp: target 'zz2': No such file or directory\n");
    expect((await f.run(cp, ['cp', 'b', 'nodir/x'])).stderr).toBe("cp: cannot create regular file 'nodir/x': No such file or directory\n");
  });

  it('a destination with a trailing slash that is not a directory', async () => {
    // Recorded: open("missing/", O_CREAT) is EISDIR; GNU cp words it as ENOTDIR, busybox does not.
    const setup = ({ fs }: { fs: FileSystem }): void => fs.symlink('nowhere', 'dang');
    const g = fixture('gnu', setup);
    expect(await g.run(cp, ['cp', 'b', 'missing/'])).toMatchObject({ status: 1, stderr: "cp: cannot create regular file 'missing/': Not a directory\n" });
    expect((await g.run(cp, ['cp', 'b', 'dang/'])).stderr).toBe("cp: cannot create regular file 'dang/': Not a directory\n");
    expect((await g.run(cp, ['cp', 'b', 'missing/sub/'])).stderr).toBe("cp: cannot create regular file 'missing/sub/': No such file or directory\n");
    expect(g.fs.exists('missing') || g.fs.exists('nowhere')).toBe(false);
    const b = fixture('busybox', setup);
    expect(await b.run(cp, ['cp', 'b', 'missing/'])).toMatchObject({ status: 1, stderr: "cp: can't create 'missing/': Is a directory\n" });
    expect((await b.run(cp, ['cp', 'b', 'dang/'])).stderr).toBe("cp: can't create 'dang/': Is a directory\n");
  });

  it('GNU: recursive copies, into itself, over a file', async () => {
    const f = fixture();
    expect(await f.run(cp, ['cp', '-rv', 'd', 'd3'])).toMatchObject({ status: 0, stdout: "'d' -> 'd3'\n'd/e' -> 'd3/e'\n'd/e/f' -> 'd3/e/f'\n" });
    expect(f.fs.stat('d3/e/f').kind).toBe('file');
    expect((await f.run(cp, ['cp', '-r', 'd', 'd'])).stderr).toBe("cp: cannot copy a directory, 'd', into itself, 'd/d'\n");
    expect((await f.run(cp, ['cp', '-r', 'd', 'b'])).stderr).toBe("cp: cannot overwrite non-directory 'b' with directory 'd'\n");
    expect((await f.run(cp, ['cp', '-r', 'd/e', 'd'])).stderr).toBe("cp: 'd/e' and 'd/e' are the same file\n");
    expect((await f.run(cp, ['cp', '-v', 'b', 'b2'])).stdout).toBe("'b' -> 'b2'\n");
    expect(f.fs.readText('b2')).toBe('hello\n');
  });

  it('GNU: an existing destination keeps its inode; -p keeps mode and times; -a keeps links', async () => {
    const f = fixture('gnu', ({ fs }) => {
      fs.writeFile('t', 'old\n');
      fs.chmod('t', 0o600);
      fs.chmod('a', 0o750);
    });
    const ino = f.fs.stat('t').ino;
    await f.run(cp, ['cp', 'b', 't']);
    expect(f.fs.stat('t')).toMatchObject({ ino, mode: 0o600 });
    expect(f.fs.readText('t')).toBe('hello\n');
    await f.run(cp, ['cp', '-p', 'a', 'a2']);
    expect(f.fs.stat('a2')).toMatchObject({ mode: 0o750, mtime: Date.UTC(2020, 0, 1) });
    await f.run(cp, ['cp', '-a', 'lnk', 'lnk2']);
    expect(f.fs.lstat('lnk2').kind).toBe('symlink');
    await f.run(cp, ['cp', 'lnk', 'lnk3']);
    expect(f.fs.lstat('lnk3').kind).toBe('file');
  });

  it('busybox: can\'t stat/create/open, omitting directory, usage', async () => {
    const f = fixture('busybox', (x) => {
      withRo(x);
      x.fs.chmod('a', 0);
    });
    expect((await f.run(cp, ['cp', 'zz', 'y'])).stderr).toBe("cp: can't stat 'zz': No such file or directory\n");
    expect((await f.run(cp, ['cp', 'd', 'y'])).stderr).toBe("cp: omitting directory 'd'\n");
    expect(await f.run(cp, ['cp', 'b'])).toMatchObject({ status: 1, stderr: `${BB_BANNER}${BUSYBOX_FS_USAGE.cp}` });
    expect((await f.run(cp, ['cp', 'b', 'ro/'])).stderr).toBe("cp: can't create 'ro/b': Permission denied\n");
    expect((await f.run(cp, ['cp', 'a', 'a2'])).stderr).toBe("cp: can't open 'a': Permission denied\n");
    expect((await f.run(cp, ['cp', 'b', 'b'])).stderr).toBe("cp: 'b' and 'b' are the same file\n");
    // busybox does not insist on a directory target: each source fails on its own.
    expect((await f.run(cp, ['cp', 'b', 'c', 'd/e/f'])).stderr).toBe(
      "cp: can't stat 'd/e/f/b': Not a directory\ncp: can't stat 'c': No such file or directory\n",
    );
    expect((await f.run(cp, ['cp', 'b', 'nodir/x'])).stderr).toBe("cp: can't create 'nodir/x': No such file or directory\n");
    expect((await f.run(cp, ['cp', '-r', 'd', 'b'])).stderr).toBe("cp: can't stat 'b/d': Not a directory\n");
    // Debian's build (VERBOSE_CP_MESSAGE) says "Path has non-directory component"; Alpine's does not.
    expect((await f.run(cp, ['cp', 'b', 'd/e/f/x'])).stderr).toBe("cp: can't stat 'd/e/f/x': Not a directory\n");
  });

  it('busybox: recursion into its own copy is reported, verbose lines come after the copy', async () => {
    const f = fixture('busybox');
    expect((await f.run(cp, ['cp', '-r', 'd', 'd'])).stderr).toBe("cp: recursion detected, omitting directory 'd/d'\n");
    expect((await fixture('busybox').run(cp, ['cp', '-rv', 'd', 'd3'])).stdout).toBe("'d/e/f' -> 'd3/e/f'\n'd/e' -> 'd3/e'\n'd' -> 'd3'\n");
    const q = fixture('busybox', ({ fs }) => {
      fs.mkdir('q');
      fs.mkdir('q/d');
      fs.writeFile('q/d/e', '');
    });
    expect((await q.run(cp, ['cp', '-r', 'd', 'q'])).stderr).toBe("cp: target 'q/d/e' is not a directory\n");
  });

  it('busybox (Alpine NON_POSIX_CP): an existing destination is replaced, even a symlink', async () => {
    const f = fixture('busybox');
    expect(await f.run(cp, ['cp', 'b', 'lnk'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.lstat('lnk').kind).toBe('file');
    expect(f.fs.readText('lnk')).toBe('hello\n');
  });
});

describe('mv', () => {
  const setup = ({ fs }: { fs: FileSystem }): void => {
    withRo({ fs });
    fs.mkdir('e2');
    fs.mkdir('e2/d');
    fs.writeFile('e2/d/zz', '');
  };

  it('GNU: explains before renaming', async () => {
    const f = fixture('gnu', setup);
    expect((await f.run(mv, ['mv', 'zz', 'y'])).stderr).toBe("mv: cannot stat 'zz': No such file or directory\n");
    expect((await f.run(mv, ['mv', 'b'])).stderr).toBe("mv: missing destination file operand after 'b'\nTry 'mv --help' for more information.\n");
    expect((await f.run(mv, ['mv'])).stderr).toBe("mv: missing file operand\nTry 'mv --help' for more information.\n");
    expect((await f.run(mv, ['mv', 'b', 'b'])).stderr).toBe("mv: 'b' and 'b' are the same file\n");
    expect((await f.run(mv, ['mv', 'ro/x', '.'])).stderr).toBe("mv: cannot move 'ro/x' to './x': Permission denied\n");
    expect((await f.run(mv, ['mv', 'd', 'd/e'])).stderr).toBe("mv: cannot move 'd' to a subdirectory of itself, 'd/e/d'\n");
    expect((await f.run(mv, ['mv', 'd', 'e2'])).stderr).toBe("mv: cannot move 'd' to 'e2/d': Directory not empty\n");
    expect((await f.run(mv, ['mv', 'b', 'a', 'zz9'])).stderr).toBe("mv: target 'zz9': No such file or directory\n");
    expect((await f.run(mv, ['mv', 'a', '.'])).stderr).toBe("mv: 'a' and './a' are the same file\n");
    expect((await f.run(mv, ['mv', 'd', 'a'])).stderr).toBe("mv: cannot overwrite non-directory 'a' with directory 'd'\n");
    expect(await f.run(mv, ['mv', '-v', 'b', 'b2'])).toMatchObject({ status: 0, stdout: "renamed 'b' -> 'b2'\n" });
    expect(await f.run(mv, ['mv', 'b2', 'lnk'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.lstat('lnk').kind).toBe('file');
  });

  it('busybox: rename(2) and its errno', async () => {
    const f = fixture('busybox', setup);
    expect((await f.run(mv, ['mv', 'zz', 'y'])).stderr).toBe("mv: can't rename 'zz': No such file or directory\n");
    expect(await f.run(mv, ['mv', 'b'])).toMatchObject({ status: 1, stderr: `${BB_BANNER}${BUSYBOX_FS_USAGE.mv}` });
    expect(await f.run(mv, ['mv', 'b', 'b'])).toMatchObject({ status: 0, stderr: '' });
    expect((await f.run(mv, ['mv', 'ro/x', '.'])).stderr).toBe("mv: can't rename 'ro/x': Permission denied\n");
    expect((await f.run(mv, ['mv', 'd', 'd/e'])).stderr).toBe("mv: can't rename 'd': Invalid argument\n");
    expect((await f.run(mv, ['mv', 'd', 'e2'])).stderr).toBe("mv: can't rename 'd': Directory not empty\n");
    expect((await f.run(mv, ['mv', 'd', 'b'])).stderr).toBe("mv: can't rename 'd': Not a directory\n");
    expect(await f.run(mv, ['mv', 'a', '.'])).toMatchObject({ status: 0, stderr: '' });
    expect((await f.run(mv, ['mv', 'b', 'a', 'zz9'])).stderr).toBe(
      "mv: can't rename 'b': No such file or directory\nmv: can't rename 'a': No such file or directory\n",
    );
    expect((await f.run(mv, ['mv', '-v', 'b', 'b2'])).stdout).toBe("'b' -> 'b2'\n");
    expect((await f.run(mv, ['mv', 'b2', 'd/e/f/'])).stderr).toBe("mv: can't stat 'd/e/f/': Not a directory\n");
  });
});

describe('mv and trailing slashes', () => {
  // Recorded (coreutils 9.1, busybox 1.35) after: echo hi > a; touch f; mkdir dd nop; chmod 000 nop
  const setup = ({ fs }: { fs: FileSystem }): void => {
    fs.writeFile('a2', 'hi\n');
    fs.writeFile('f', '');
    fs.mkdir('dd');
    fs.mkdir('nop');
    fs.chmod('nop', 0);
  };

  it('GNU: cannot stat an unreachable destination; rename with a slash needs a directory', async () => {
    const f = fixture('gnu', setup);
    const mvs = async (...args: string[]) => (await f.run(mv, ['mv', ...args])).stderr;
    expect(await mvs('a2', 'f/x')).toBe("mv: cannot stat 'f/x': Not a directory\n");
    expect(await mvs('a2', 'nop/x')).toBe("mv: cannot stat 'nop/x': Permission denied\n");
    expect(await mvs('a2', 'f/')).toBe("mv: cannot stat 'f/': Not a directory\n");
    expect(await f.run(mv, ['mv', 'a2', 'missing2/'])).toMatchObject({ status: 1, stderr: "mv: cannot move 'a2' to 'missing2/': Not a directory\n" });
    expect(await mvs('a2', 'dd/sub/x')).toBe("mv: cannot move 'a2' to 'dd/sub/x': No such file or directory\n");
    expect(f.fs.readText('a2')).toBe('hi\n');
    expect(f.fs.stat('f').kind).toBe('file');
  });

  it('busybox: rename(2) says ENOTDIR; a source with a slash moves into a directory by its bare name', async () => {
    const f = fixture('busybox', setup);
    expect(await f.run(mv, ['mv', 'a2', 'missing2/'])).toMatchObject({ status: 1, stderr: "mv: can't rename 'a2': Not a directory\n" });
    expect(await f.run(mv, ['mv', 'f/', 'dd'])).toMatchObject({ status: 0, stderr: '' });
    expect(f.fs.stat('dd/f').kind).toBe('file');
    // Debian's build words the ENOTDIR of cp_mv_stat as "Path has non-directory component";
    // Alpine's (no FEATURE_VERBOSE_CP_MESSAGE) prints strerror, as here.
    expect((await f.run(mv, ['mv', 'a2', 'b/x'])).stderr).toBe("mv: can't stat 'b/x': Not a directory\n");
  });
});

describe('ln', () => {
  it('GNU: failed to create ..., hard links to directories, target checks', async () => {
    const f = fixture();
    expect((await f.run(ln, ['ln', '-s', 'b', 'lnk'])).stderr).toBe("ln: failed to create symbolic link 'lnk': File exists\n");
    expect((await f.run(ln, ['ln', 'zz', 'c'])).stderr).toBe("ln: failed to access 'zz': No such file or directory\n");
    expect((await f.run(ln, ['ln', 'd', 'c'])).stderr).toBe('ln: d: hard link not allowed for directory\n');
    expect((await f.run(ln, ['ln', 'b'])).stderr).toBe("ln: failed to create hard link './b': File exists\n");
    expect((await f.run(ln, ['ln'])).stderr).toBe("ln: missing file operand\nTry 'ln --help' for more information.\n");
    expect((await f.run(ln, ['ln', '-s', 'b', 'c', 'e'])).stderr).toBe("ln: target 'e': No such file or directory\n");
    expect((await f.run(ln, ['ln', '-s', 'b', 'nodir/x'])).stderr).toBe("ln: failed to create symbolic link 'nodir/x': No such file or directory\n");
    expect((await f.run(ln, ['ln', '-s', 'b', '.'])).stderr).toBe("ln: failed to create symbolic link './b': File exists\n");
    expect((await f.run(ln, ['ln', '-sv', 'b', 'c'])).stdout).toBe("'c' -> 'b'\n");
    await f.run(ln, ['ln', 'b', 'h']);
    expect(f.fs.stat('h').ino).toBe(f.fs.stat('b').ino);
    expect(f.fs.stat('b').nlink).toBe(2);
    await f.run(ln, ['ln', '-sf', 'a', 'lnk']);
    expect(f.fs.readlink('lnk')).toBe('a');
    // Without -n a link to a directory is followed: the new link lands inside it.
    await f.run(ln, ['ln', '-sfn', 'd', 'lnk2']);
    await f.run(ln, ['ln', '-sf', 'b', 'lnk2']);
    expect(f.fs.readlink('lnk2')).toBe('d');
    expect(f.fs.readlink('d/b')).toBe('b');
  });

  it('GNU: a failed hard link names its target unless the new name is at fault; trailing slashes', async () => {
    // Recorded: echo > a; mkdir ro; chmod 555 ro; ln a ro/x; ln a missing/x; ln a a; ln a m3/; ln -s a m4/
    const f = fixture('gnu', withRo);
    expect((await f.run(ln, ['ln', 'b', 'ro/x2'])).stderr).toBe("ln: failed to create hard link 'ro/x2' => 'b': Permission denied\n");
    expect((await f.run(ln, ['ln', 'b', 'missing/x'])).stderr).toBe("ln: failed to create hard link 'missing/x' => 'b': No such file or directory\n");
    expect((await f.run(ln, ['ln', 'b', 'b'])).stderr).toBe("ln: failed to create hard link 'b': File exists\n");
    expect(await f.run(ln, ['ln', 'b', 'm3/'])).toMatchObject({ status: 1, stderr: "ln: failed to create hard link 'm3/' => 'b': No such file or directory\n" });
    expect(await f.run(ln, ['ln', '-s', 'b', 'm4/'])).toMatchObject({ status: 1, stderr: "ln: failed to create symbolic link 'm4/': No such file or directory\n" });
    expect(f.fs.exists('m3') || f.fs.exists('m4')).toBe(false);
    const b = fixture('busybox');
    expect(await b.run(ln, ['ln', 'b', 'm3/'])).toMatchObject({ status: 1, stderr: 'ln: m3/: No such file or directory\n' });
    expect(await b.run(ln, ['ln', '-s', 'b', 'm4/'])).toMatchObject({ status: 1, stderr: 'ln: m4/: No such file or directory\n' });
  });

  it('busybox: path and errno only', async () => {
    const f = fixture('busybox');
    expect((await f.run(ln, ['ln', '-s', 'b', 'lnk'])).stderr).toBe('ln: lnk: File exists\n');
    expect((await f.run(ln, ['ln', 'zz', 'c'])).stderr).toBe('ln: zz: No such file or directory\n');
    expect((await f.run(ln, ['ln', 'd', 'c'])).stderr).toBe('ln: c: Operation not permitted\n');
    expect((await f.run(ln, ['ln', 'b'])).stderr).toBe('ln: b: File exists\n');
    expect(await f.run(ln, ['ln'])).toMatchObject({ status: 1, stderr: `${BB_BANNER}${BUSYBOX_FS_USAGE.ln}` });
    expect((await f.run(ln, ['ln', '-s', 'b', 'c', 'e'])).stderr).toBe('ln: e: File exists\n');
    expect((await f.run(ln, ['ln', '-s', 'b', './'])).stderr).toBe('ln: ./b: File exists\n');
    expect((await f.run(ln, ['ln', '-sv', 'b', 'c2'])).stdout).toBe("'c2' -> 'b'\n");
  });
});
