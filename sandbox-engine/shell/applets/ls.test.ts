/**
 * ls, against outputs recorded from GNU coreutils 9.1 (`ls`, LANG=C.UTF-8, TZ=UTC) and busybox 1.35
 * (`busybox ls`) run as a normal user on Debian 12 in the fixture directory of
 * test/helpers/fs-fixture.ts. Dates, sizes of the real clock and uids are mapped as that file says;
 * terminal layouts were recorded through `script` with `stty cols N`.
 */
import { describe, expect, it } from 'vitest';
import { fixture, BB_BANNER } from '../../../test/helpers/fs-fixture.ts';
import { BUSYBOX_FS_USAGE } from './lib/busybox-usage-fs.ts';
import { applet as ls } from './ls.ts';

describe('ls (coreutils)', () => {
  it('lists one name per line when stdout is not a terminal', async () => {
    const r = await fixture().run(ls, ['ls']);
    expect(r).toMatchObject({ status: 0, stderr: '', stdout: 'a\nb\nd\nlnk\nsp ace\n' });
  });

  it('prints the long format with aligned columns, old dates with the year, links with targets', async () => {
    const r = await fixture().run(ls, ['ls', '-l']);
    expect(r.stdout).toBe(
      'total 8\n' +
        '-rw-r--r-- 1 student student    0 Jan  1  2020 a\n' +
        '-rw-r--r-- 1 student student    6 Jan  5 09:00 b\n' +
        'drwxr-xr-x 3 student student 4096 Jan  5 09:00 d\n' +
        'lrwxrwxrwx 1 student student    1 Jan  5 09:00 lnk -> b\n' +
        '-rw-r--r-- 1 student student    0 Jan  5 09:00 sp ace\n',
    );
  });

  it('shows . and .. with -a, widening the link-count column', async () => {
    const r = await fixture().run(ls, ['ls', '-la', 'd']);
    // Recorded: `ls -la d` (d holds only e).
    expect(r.stdout).toBe(
      'total 12\n' +
        'drwxr-xr-x 3 student student 4096 Jan  5 09:00 .\n' +
        'drwxr-xr-x 3 student student 4096 Jan  5 09:00 ..\n' +
        'drwxr-xr-x 2 student student 4096 Jan  5 09:00 e\n',
    );
    expect((await fixture().run(ls, ['ls', '-A', 'd'])).stdout).toBe('e\n');
  });

  it('uses tabs and quotes in terminal columns, like the real layout at 80, 20 and 50 columns', async () => {
    const f = fixture();
    expect((await f.run(ls, ['ls'], { tty: true, columns: 80 })).stdout).toBe(" a   b\t d   lnk  'sp ace'\n");
    expect((await f.run(ls, ['ls', '-F'], { tty: true, columns: 80 })).stdout).toBe(" a   b\t d/   lnk@  'sp ace'\n");
    expect((await f.run(ls, ['ls'], { tty: true, columns: 20 })).stdout).toBe(" a   d\t  'sp ace'\n b   lnk\n");
    expect((await f.run(ls, ['ls', '-x'], { tty: true, columns: 20 })).stdout).toBe(' a     b\t d\n lnk  \'sp ace\'\n');
    const many = fixture('gnu', ({ fs }) => {
      for (let i = 1; i <= 12; i++) fs.writeFile(`file_${i}`, '');
    });
    expect((await many.run(ls, ['ls'], { tty: true, columns: 50 })).stdout).toBe(
      " a\t  file_10   file_3   file_7  'sp ace'\n" +
        ' b\t  file_11   file_4   file_8\n' +
        ' d\t  file_12   file_5   file_9\n' +
        ' file_1   file_2    file_6   lnk\n',
    );
  });

  it('lists files before directories, headers directories when there are several operands', async () => {
    const f = fixture();
    expect((await f.run(ls, ['ls', 'b', 'd'])).stdout).toBe('b\n\nd:\ne\n');
    expect((await f.run(ls, ['ls', 'd', 'd/e'])).stdout).toBe('d:\ne\n\nd/e:\nf\n');
    expect((await f.run(ls, ['ls', '-R', 'd', 'b'])).stdout).toBe('b\n\nd:\ne\n\nd/e:\nf\n');
    expect((await f.run(ls, ['ls', '-R'])).stdout).toBe('.:\na\nb\nd\nlnk\nsp ace\n\n./d:\ne\n\n./d/e:\nf\n');
  });

  it('reports a missing operand with exit 2 and still lists the rest', async () => {
    const r = await fixture().run(ls, ['ls', 'zz', 'd']);
    expect(r).toMatchObject({ status: 2, stdout: 'd:\ne\n', stderr: "ls: cannot access 'zz': No such file or directory\n" });
    const l = await fixture().run(ls, ['ls', '-l', 'b', 'zz']);
    expect(l.status).toBe(2);
    expect(l.stdout).toBe('-rw-r--r-- 1 student student 6 Jan  5 09:00 b\n');
  });

  it('cannot open an unreadable directory: exit 2 on the command line, 1 below it with -R', async () => {
    const setup = ({ root }: { root: import('../../vfs/types.ts').FileSystem }) => {
      root.mkdir('noperm');
      root.chown('noperm', 1000, 1000);
      root.chmod('noperm', 0);
    };
    const r = await fixture('gnu', setup).run(ls, ['ls', 'noperm']);
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: "ls: cannot open directory 'noperm': Permission denied\n" });
    const rr = await fixture('gnu', setup).run(ls, ['ls', '-R']);
    expect(rr.status).toBe(1);
    expect(rr.stderr).toBe("ls: cannot open directory './noperm': Permission denied\n");
    expect(rr.stdout).toBe('.:\na\nb\nd\nlnk\nnoperm\nsp ace\n\n./d:\ne\n\n./d/e:\nf\n');
  });

  it('shows ? fields for entries of a directory it may read but not search', async () => {
    const f = fixture('gnu', ({ fs }) => {
      fs.mkdir('nox');
      fs.writeFile('nox/f1', '');
      fs.writeFile('nox/f2', '');
      fs.chmod('nox', 0o644);
    });
    expect((await f.run(ls, ['ls', 'nox'])).stdout).toBe('f1\nf2\n');
    const r = await f.run(ls, ['ls', '-l', 'nox']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("ls: cannot access 'nox/f1': Permission denied\nls: cannot access 'nox/f2': Permission denied\n");
    expect(r.stdout).toBe('total 0\n-????????? ? ? ? ?            ? f1\n-????????? ? ? ? ?            ? f2\n');
  });

  it('-d lists directories themselves; -ld . works', async () => {
    const f = fixture();
    expect((await f.run(ls, ['ls', '-d'])).stdout).toBe('.\n');
    expect((await f.run(ls, ['ls', '-1', 'a', 'b', 'd'])).stdout).toBe('a\nb\n\nd:\ne\n');
    expect((await f.run(ls, ['ls', '-ld', 'd'])).stdout).toBe('drwxr-xr-x 3 student student 4096 Jan  5 09:00 d\n');
  });

  it('sizes in blocks (-s) and human units (-h), rounding up like GNU', async () => {
    const f = fixture('gnu', ({ fs }) => {
      fs.writeFile('big', new Uint8Array(5000));
      fs.writeFile('huge', new Uint8Array(3000000));
      fs.mkdir('noperm');
      fs.chmod('noperm', 0);
    });
    // Recorded `ls -s` / `ls -sh` with big (5000 bytes), huge (3000000 bytes) and noperm added.
    expect((await f.run(ls, ['ls', '-s'])).stdout).toBe(
      'total 2952\n   0 a\n   4 b\n   8 big\n   4 d\n2932 huge\n   0 lnk\n   4 noperm\n   0 sp ace\n',
    );
    expect((await f.run(ls, ['ls', '-sh'])).stdout).toBe(
      'total 2.9M\n   0 a\n4.0K b\n8.0K big\n4.0K d\n2.9M huge\n   0 lnk\n4.0K noperm\n   0 sp ace\n',
    );
    const lh = await f.run(ls, ['ls', '-lh', 'big', 'huge', 'd']);
    expect(lh.stdout).toBe(
      '-rw-r--r-- 1 student student 4.9K Jan  5 09:00 big\n-rw-r--r-- 1 student student 2.9M Jan  5 09:00 huge\n\nd:\ntotal 4.0K\ndrwxr-xr-x 2 student student 4.0K Jan  5 09:00 e\n',
    );
  });

  it('marks setuid without execute as S, and -F on link targets in long format', async () => {
    const f = fixture('gnu', ({ fs }) => {
      fs.chmod('b', 0o4644);
      fs.chmod('a', 0o755);
      fs.mkdir('dd');
      fs.symlink('dd', 'dlink');
    });
    const r = await f.run(ls, ['ls', '-lF', 'a', 'b', 'dlink']);
    expect(r.stdout).toBe(
      '-rwxr-xr-x 1 student student 0 Jan  1  2020 a*\n-rwSr--r-- 1 student student 6 Jan  5 09:00 b\nlrwxrwxrwx 1 student student 2 Jan  5 09:00 dlink -> dd/\n',
    );
    // Without -l a command-line link to a directory lists the directory; with -F it does not.
    expect((await f.run(ls, ['ls', 'dlink'])).stdout).toBe('');
    expect((await f.run(ls, ['ls', '-F', 'dlink'])).stdout).toBe('dlink@\n');
  });

  it('prints devices as major, minor', async () => {
    const r = await fixture().run(ls, ['ls', '-l', '/dev/null']);
    expect(r.stdout).toMatch(/^crw-rw-rw- 1 root root 1, 3 \w{3} [ \d]\d [ \d]\d:\d\d \/dev\/null\n$/);
  });

  it('rejects a bad option with its help hint and exit 2', async () => {
    const r = await fixture().run(ls, ['ls', '-z']);
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n" });
    const l = await fixture().run(ls, ['ls', '--foo']);
    expect(l.stderr).toBe("ls: unrecognized option '--foo'\nTry 'ls --help' for more information.\n");
  });

  it('colours with --color=always using the built-in table (TERM=xterm-256color)', async () => {
    const f = fixture('gnu', ({ fs }) => {
      fs.chmod('a', 0o755);
      fs.mknod('ff', 'fifo', 0o644, 0);
      fs.chmod('d', 0o757);
    });
    const r = await f.run(ls, ['ls', '--color=always'], { env: { TERM: 'xterm-256color' } });
    // Recorded (with broken and st entries removed).
    expect(r.stdout).toBe('\x1b[0m\x1b[01;32ma\x1b[0m\nb\n\x1b[34;42md\x1b[0m\n\x1b[33mff\x1b[0m\n\x1b[01;36mlnk\x1b[0m\nsp ace\n');
  });
});

describe('ls (busybox)', () => {
  it('prints the long format with fixed widths', async () => {
    const r = await fixture('busybox').run(ls, ['ls', '-l']);
    expect(r.stdout).toBe(
      'total 8\n' +
        '-rw-r--r--    1 student  student          0 Jan  1  2020 a\n' +
        '-rw-r--r--    1 student  student          6 Jan  5 09:00 b\n' +
        'drwxr-xr-x    3 student  student       4096 Jan  5 09:00 d\n' +
        'lrwxrwxrwx    1 student  student          1 Jan  5 09:00 lnk -> b\n' +
        '-rw-r--r--    1 student  student          0 Jan  5 09:00 sp ace\n',
    );
  });

  it('reports missing operands as path: error with exit 1', async () => {
    const r = await fixture('busybox').run(ls, ['ls', '-ld', 'd', 'zz', 'a']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('ls: zz: No such file or directory\n');
    expect(r.stdout).toBe(
      '-rw-r--r--    1 student  student          0 Jan  1  2020 a\ndrwxr-xr-x    3 student  student       4096 Jan  5 09:00 d\n',
    );
  });

  it('prints the header before the error for an unreadable directory under -R', async () => {
    const f = fixture('busybox', ({ root }) => {
      root.mkdir('noperm');
      root.chown('noperm', 1000, 1000);
      root.chmod('noperm', 0);
    });
    const r = await f.run(ls, ['ls', '-R', 'noperm']);
    expect(r).toMatchObject({ status: 1, stdout: 'noperm:\n', stderr: "ls: can't open 'noperm': Permission denied\n" });
    const plain = await f.run(ls, ['ls', 'noperm']);
    expect(plain).toMatchObject({ status: 1, stdout: '', stderr: "ls: can't open 'noperm': Permission denied\n" });
  });

  it('lays out columns with spaces only (terminal width minus one)', async () => {
    const f = fixture('busybox');
    expect((await f.run(ls, ['ls', '--color=never'], { tty: true, columns: 80 })).stdout).toBe('a       b       d       lnk     sp ace\n');
    expect((await f.run(ls, ['ls', '--color=never'], { tty: true, columns: 20 })).stdout).toBe('a       lnk\nb       sp ace\nd\n');
    expect((await f.run(ls, ['ls', '--color=never', '-x'], { tty: true, columns: 20 })).stdout).toBe('a       b\nd       lnk\nsp ace\n');
    expect((await f.run(ls, ['ls', '--color=never', '-F'], { tty: true, columns: 80 })).stdout).toBe('a       b       d/      lnk@    sp ace\n');
  });

  it('colours every name with --color=always', async () => {
    const f = fixture('busybox', ({ fs }) => {
      fs.chmod('a', 0o755);
      fs.symlink('nowhere', 'broken');
    });
    const r = await f.run(ls, ['ls', '-l', '--color=always', 'a', 'broken', 'lnk']);
    expect(r.stdout).toBe(
      '-rwxr-xr-x    1 student  student          0 Jan  1  2020 \x1b[1;32ma\x1b[m\n' +
        'lrwxrwxrwx    1 student  student          7 Jan  5 09:00 \x1b[1;36mbroken\x1b[m -> \x1b[1;31mnowhere\x1b[m\n' +
        'lrwxrwxrwx    1 student  student          1 Jan  5 09:00 \x1b[1;36mlnk\x1b[m -> \x1b[0;0mb\x1b[m\n',
    );
  });

  it('prints the usage text after a bad option', async () => {
    const r = await fixture('busybox').run(ls, ['ls', '-z']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`ls: invalid option -- 'z'\n${BB_BANNER}${BUSYBOX_FS_USAGE.ls}`);
  });
});
