/**
 * tree (Debian's tree 2.1.0), du, df, basename and dirname against outputs recorded on Debian 12
 * (GNU coreutils 9.1, busybox 1.35) as a normal user in the fixture directory
 * (test/helpers/fs-fixture.ts). df's numbers are the simulator's fixed host table; its layout is
 * checked against the real column rules.
 */
import { describe, expect, it } from 'vitest';
import { fixture, BB_BANNER } from '../../../test/helpers/fs-fixture.ts';
import { BUSYBOX_FS_USAGE } from './lib/busybox-usage-fs.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { applet as tree } from './tree.ts';
import { applet as du } from './du.ts';
import { applet as df } from './df.ts';
import { applet as basename } from './basename.ts';
import { applet as dirname } from './dirname.ts';

describe('tree', () => {
  const setup = ({ fs, root }: { fs: FileSystem; root: FileSystem }): void => {
    root.mkdir('nox');
    root.chmod('nox', 0);
    fs.mkdir('d/z');
    fs.mkdir('d/z/y');
    fs.writeFile('.hid', '');
  };

  it('draws the tree, counts the start directory and files, flags unreadable directories (exit 2)', async () => {
    const f = fixture('gnu', setup);
    const r = await f.run(tree, ['tree']);
    expect(r).toMatchObject({
      status: 2,
      stdout:
        '.\n├── a\n├── b\n├── d\n│   ├── e\n│   │   └── f\n│   └── z\n│       └── y\n├── lnk -> b\n├── nox  [error opening dir]\n└── sp ace\n\n6 directories, 5 files\n',
    });
    expect((await f.run(tree, ['tree', 'd'])).stdout).toBe('d\n├── e\n│   └── f\n└── z\n    └── y\n\n4 directories, 1 file\n');
    expect((await f.run(tree, ['tree', '-a', 'd', 'zz'])).stdout).toBe('d\n├── e\n│   └── f\n└── z\n    └── y\nzz  [error opening dir]\n\n4 directories, 1 file\n');
    expect((await f.run(tree, ['tree', '-L', '1'])).stdout).toBe('.\n├── a\n├── b\n├── d\n├── lnk -> b\n├── nox\n└── sp ace\n\n3 directories, 4 files\n');
    expect((await f.run(tree, ['tree', '-d'])).stdout).toBe('.\n├── d\n│   ├── e\n│   └── z\n│       └── y\n└── nox  [error opening dir]\n\n6 directories\n');
    expect(await f.run(tree, ['tree', 'b'])).toMatchObject({ status: 0, stdout: 'b  [error opening dir]\n\n0 directories, 1 file\n' });
    expect((await f.run(tree, ['tree', '-i', 'd'])).stdout).toBe('d\ne\nf\nz\ny\n\n4 directories, 1 file\n');
    expect((await f.run(tree, ['tree', '-f', 'd'])).stdout).toBe('d\n├── d/e\n│   └── d/e/f\n└── d/z\n    └── d/z/y\n\n4 directories, 1 file\n');
    expect((await f.run(tree, ['tree', '--noreport', 'd', 'd'])).stdout).toBe('d\n├── e\n│   └── f\n└── z\n    └── y\nd\n├── e\n│   └── f\n└── z\n    └── y\n');
  });

  it('uses ASCII lines and escapes spaces in the C locale; a link to a directory counts as one', async () => {
    const f = fixture('gnu', ({ fs }) => {
      fs.symlink('d', 'dl');
      fs.symlink('zz', 'dang');
    });
    const r = await f.run(tree, ['tree'], { env: { LANG: 'C' } });
    expect(r.stdout).toBe('.\n|-- a\n|-- b\n|-- d\n|   `-- e\n|       `-- f\n|-- dang -> zz\n|-- dl -> d\n|-- lnk -> b\n`-- sp\\ ace\n\n4 directories, 6 files\n');
    const first = await f.run(tree, ['tree', '-a', '-L', '1', '--dirsfirst'], { env: { LANG: 'C' } });
    expect(first.stdout).toBe('.\n|-- d\n|-- dl -> d\n|-- a\n|-- b\n|-- dang -> zz\n|-- lnk -> b\n`-- sp\\ ace\n\n3 directories, 5 files\n');
  });

  it('prints permissions, owners and sizes in brackets', async () => {
    const f = fixture('gnu', ({ fs }) => {
      fs.writeFile('s1', new Uint8Array(5000));
      fs.writeFile('s3', new Uint8Array(123456));
    });
    const r = await f.run(tree, ['tree', '-h', '-u', '-g', '-p', 'd', 's1', 's3']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      '[drwxr-xr-x student  student  4.0K]  d',
      '└── [drwxr-xr-x student  student  4.0K]  e',
      '    └── [-rw-r--r-- student  student     0]  f',
    ]);
    expect((await f.run(tree, ['tree', '-ugp', '-L', '1', '--noreport', 'd'])).stdout).toBe('[drwxr-xr-x student  student ]  d\n└── [drwxr-xr-x student  student ]  e\n');
    expect((await f.run(tree, ['tree', '-s', 'd'])).stdout.split('\n')[0]).toBe('[       4096]  d');
  });

  it('rejects unknown options with its usage (exit 1)', async () => {
    const r = await fixture().run(tree, ['tree', '-z']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(["tree: Invalid argument -`z'.", 'usage: tree [-acdfghilnpqrstuvxACDFJQNSUX] [-L level [-R]] [-H  baseHREF]']);
    expect((await fixture().run(tree, ['tree', '--foo'])).stderr.split('\n')[0]).toBe("tree: Invalid argument `--foo'.");
  });
});

describe('du', () => {
  const setup = ({ fs, root }: { fs: FileSystem; root: FileSystem }): void => {
    root.mkdir('nox');
    root.mkdir('nox/sub');
    root.chown('nox', 1000, 1000);
    root.chmod('nox', 0);
    fs.writeFile('d/e/big', new Uint8Array(5000));
    fs.writeFile('huge', new Uint8Array(3000000));
  };

  it('GNU: 1K blocks, -s, -h, -a, -c, errors', async () => {
    const f = fixture('gnu', setup);
    const r = await f.run(du, ['du']);
    expect(r).toMatchObject({ status: 1, stdout: '12\t./d/e\n16\t./d\n4\t./nox\n2960\t.\n', stderr: "du: cannot read directory './nox': Permission denied\n" });
    expect((await f.run(du, ['du', '-s'])).stdout).toBe('2960\t.\n');
    expect((await f.run(du, ['du', '-sh'])).stdout).toBe('2.9M\t.\n');
    expect((await f.run(du, ['du', '-h', 'd'])).stdout).toBe('12K\td/e\n16K\td\n');
    expect((await f.run(du, ['du', '-a', 'd'])).stdout).toBe('8\td/e/big\n0\td/e/f\n12\td/e\n16\td\n');
    expect(await f.run(du, ['du', 'b', 'zz'])).toMatchObject({ status: 1, stdout: '4\tb\n', stderr: "du: cannot access 'zz': No such file or directory\n" });
    expect((await f.run(du, ['du', '-sh', 'huge', 'd'])).stdout).toBe('2.9M\thuge\n16K\td\n');
    expect((await f.run(du, ['du', '-c', 'd', 'b'])).stdout).toBe('12\td/e\n16\td\n4\tb\n20\ttotal\n');
    expect((await f.run(du, ['du', '-d', '1'])).stdout).toBe('16\t./d\n4\t./nox\n2960\t.\n');
  });

  it('busybox: can\'t open (and no line for it), 12.0K style', async () => {
    const f = fixture('busybox', setup);
    const r = await f.run(du, ['du']);
    expect(r).toMatchObject({ status: 1, stdout: '12\t./d/e\n16\t./d\n2960\t.\n', stderr: "du: can't open './nox': Permission denied\n" });
    expect((await f.run(du, ['du', '-sh'])).stdout).toBe('2.9M\t.\n');
    expect((await f.run(du, ['du', '-h', 'd'])).stdout).toBe('12.0K\td/e\n16.0K\td\n');
    expect((await f.run(du, ['du', 'b', 'zz'])).stderr).toBe('du: zz: No such file or directory\n');
    expect((await f.run(du, ['du', '-c', 'd', 'b'])).stdout).toBe('12\td/e\n16\td\n4\tb\n20\ttotal\n');
    expect(await f.run(du, ['du', '-s', 'nox'])).toMatchObject({ status: 1, stdout: '', stderr: "du: can't open 'nox': Permission denied\n" });
  });
});

describe('df', () => {
  it('GNU: a Debian host, columns sized to fit, -h, -T, a path, a missing path', async () => {
    const f = fixture();
    expect((await f.run(df, ['df'])).stdout).toBe(
      'Filesystem     1K-blocks    Used Available Use% Mounted on\n' +
        'udev             1965684       0   1965684   0% /dev\n' +
        'tmpfs             396680     552    396128   1% /run\n' +
        '/dev/sda1       30297152 2871132  25861280  10% /\n' +
        'tmpfs            1983384       0   1983384   0% /dev/shm\n' +
        'tmpfs               5120       0      5120   0% /run/lock\n' +
        'tmpfs             396676       0    396676   0% /run/user/1000\n',
    );
    expect((await f.run(df, ['df', '-h', '/tmp'])).stdout).toBe('Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        29G  2.8G   25G  10% /\n');
    expect((await f.run(df, ['df', '-T', '/'])).stdout).toBe('Filesystem     Type 1K-blocks    Used Available Use% Mounted on\n/dev/sda1      ext4  30297152 2871132  25861280  10% /\n');
    expect(await f.run(df, ['df', 'zz'])).toMatchObject({ status: 1, stderr: 'df: zz: No such file or directory\n' });
  });

  it('GNU: a container (/.dockerenv) shows overlay and one /etc bind mount', async () => {
    // The fallback table, for a container-like machine without /proc/mounts (real containers get one).
    const f = fixture('gnu', ({ root }) => {
      root.writeFile('/.dockerenv', '');
      if (root.exists('/proc/mounts')) root.unlink('/proc/mounts');
    });
    expect((await f.run(df, ['df', '-h'])).stdout).toBe(
      'Filesystem      Size  Used Avail Use% Mounted on\n' +
        'overlay          29G  2.8G   25G  10% /\n' +
        'tmpfs            64M     0   64M   0% /dev\n' +
        'shm              64M     0   64M   0% /dev/shm\n' +
        '/dev/sda1        29G  2.8G   25G  10% /etc/hosts\n' +
        'tmpfs           1.9G     0  1.9G   0% /proc/acpi\n' +
        'tmpfs           1.9G     0  1.9G   0% /sys/firmware\n',
    );
  });

  it('busybox: fixed 20-column layout, rounding to nearest, can\'t find mount point', async () => {
    const f = fixture('busybox');
    expect((await f.run(df, ['df', '/'])).stdout).toBe(
      'Filesystem           1K-blocks      Used Available Use% Mounted on\n/dev/sda1             30297152   2871132  25861280  10% /\n',
    );
    expect((await f.run(df, ['df', '-h', '/'])).stdout).toBe(
      'Filesystem                Size      Used Available Use% Mounted on\n/dev/sda1                28.9G      2.7G     24.7G  10% /\n',
    );
    expect((await f.run(df, ['df', '-T', '/'])).stdout).toBe(
      'Filesystem           Type       1K-blocks      Used Available Use% Mounted on\n/dev/sda1            ext4        30297152   2871132  25861280  10% /\n',
    );
    expect(await f.run(df, ['df', 'zz'])).toMatchObject({ status: 1, stdout: 'Filesystem           1K-blocks      Used Available Use% Mounted on\n', stderr: "df: zz: can't find mount point\n" });
  });
});

describe('basename and dirname', () => {
  it('GNU', async () => {
    const f = fixture();
    const out = async (a: typeof basename, argv: string[]) => (await f.run(a, argv)).stdout;
    expect(await out(basename, ['basename', '/a/b/c.txt', '.txt'])).toBe('c\n');
    expect(await out(basename, ['basename', '/a/b/'])).toBe('b\n');
    expect(await out(basename, ['basename', '/'])).toBe('/\n');
    expect(await out(basename, ['basename', ''])).toBe('\n');
    expect(await out(basename, ['basename', 'a.txt', 'a.txt'])).toBe('a.txt\n');
    expect(await out(basename, ['basename', '-a', 'x/y', 'z/w'])).toBe('y\nw\n');
    expect(await out(basename, ['basename', '-s', '.c', 'a.c', 'b.c'])).toBe('a\nb\n');
    expect(await out(basename, ['basename', '-z', 'a'])).toBe('a\0');
    expect((await f.run(basename, ['basename'])).stderr).toBe("basename: missing operand\nTry 'basename --help' for more information.\n");
    expect((await f.run(basename, ['basename', 'a', 'b', 'c'])).stderr).toBe("basename: extra operand ‘c’\nTry 'basename --help' for more information.\n");
    expect(await out(dirname, ['dirname', '/a/b/c'])).toBe('/a/b\n');
    expect(await out(dirname, ['dirname', 'a', '/', 'a/b/', 'c//d', '', '//a'])).toBe('.\n/\na\nc\n.\n/\n');
    expect((await f.run(dirname, ['dirname'])).stderr).toBe("dirname: missing operand\nTry 'dirname --help' for more information.\n");
  });

  it('busybox', async () => {
    const f = fixture('busybox');
    expect((await f.run(basename, ['basename', '/a/b/c.txt', '.txt'])).stdout).toBe('c\n');
    expect((await f.run(basename, ['basename', '-a', 'x/y', 'z/w'])).stdout).toBe('y\nw\n');
    expect((await f.run(basename, ['basename', 'a', 'b', 'c'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.basename}`);
    expect((await f.run(basename, ['basename', '-z', 'a'])).stderr).toBe(`basename: invalid option -- 'z'\n${BB_BANNER}${BUSYBOX_FS_USAGE.basename}`);
    expect((await f.run(dirname, ['dirname', 'a/b/'])).stdout).toBe('a\n');
    expect((await f.run(dirname, ['dirname', 'a', 'b'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.dirname}`);
    // Alpine's musl dirname gives "/" for "//a" (Debian's glibc build printed "//").
    expect((await f.run(dirname, ['dirname', '//a'])).stdout).toBe('/\n');
  });
});
