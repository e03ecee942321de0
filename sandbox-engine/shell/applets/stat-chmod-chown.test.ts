/**
 * stat, chmod and chown against outputs recorded from GNU coreutils 9.1 and busybox 1.35 on
 * Debian 12 as a normal user (test/helpers/fs-fixture.ts). For stat the layout is the recorded one
 * with this host's values: inode numbers from the simulated file system, the root disk as device
 * 8:1 (/dev/sda1), times from the virtual clock, no birth time.
 */
import { describe, expect, it } from 'vitest';
import { fixture, BB_BANNER } from '../../../test/helpers/fs-fixture.ts';
import { BUSYBOX_FS_USAGE } from './lib/busybox-usage-fs.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { applet as stat } from './stat.ts';
import { applet as chmod } from './chmod.ts';
import { applet as chown } from './chown.ts';

const T = '2026-01-05 09:00:00.000000000 +0000';

describe('stat', () => {
  it('GNU: default layout, symlink arrow, birth unknown', async () => {
    const f = fixture();
    const ino = f.fs.stat('b').ino;
    const r = await f.run(stat, ['stat', 'b']);
    expect(r.stdout).toBe(
      '  File: b\n' +
        '  Size: 6         \tBlocks: 8          IO Block: 4096   regular file\n' +
        `Device: 8,1\tInode: ${String(ino).padEnd(11)} Links: 1\n` +
        'Access: (0644/-rw-r--r--)  Uid: ( 1000/ student)   Gid: ( 1000/ student)\n' +
        `Access: ${T}\nModify: ${T}\nChange: ${T}\n Birth: -\n`,
    );
    const l = await f.run(stat, ['stat', 'lnk']);
    expect(l.stdout.split('\n').slice(0, 2)).toEqual(['  File: lnk -> b', '  Size: 1         \tBlocks: 0          IO Block: 4096   symbolic link']);
    const d = await f.run(stat, ['stat', '-L', 'lnk']);
    expect(d.stdout.split('\n')[0]).toBe('  File: lnk');
    expect(await f.run(stat, ['stat', 'zz'])).toMatchObject({ status: 1, stderr: "stat: cannot statx 'zz': No such file or directory\n" });
    expect((await f.run(stat, ['stat'])).stderr).toBe("stat: missing operand\nTry 'stat --help' for more information.\n");
  });

  it('GNU: -c directives, %N always quoted, devices', async () => {
    const f = fixture();
    const r = await f.run(stat, ['stat', '-c', '%s %a %U %G %n %F %h %u %g %A %b %B %o %N %t %T', 'b', 'lnk', 'd', '/dev/null']);
    expect(r.stdout).toBe(
      "6 644 student student b regular file 1 1000 1000 -rw-r--r-- 8 512 4096 'b' 0 0\n" +
        "1 777 student student lnk symbolic link 1 1000 1000 lrwxrwxrwx 0 512 4096 'lnk' -> 'b' 0 0\n" +
        "4096 755 student student d directory 3 1000 1000 drwxr-xr-x 8 512 4096 'd' 0 0\n" +
        "0 666 root root /dev/null character special file 1 0 0 crw-rw-rw- 0 512 4096 '/dev/null' 1 3\n",
    );
    expect((await f.run(stat, ['stat', '-c', '%Y %w %W %%', 'b'])).stdout).toBe('1767603600 - 0 %\n');
    expect((await f.run(stat, ['stat', '-c', '%F', 'a'])).stdout).toBe('regular empty file\n');
    const dev = await f.run(stat, ['stat', '/dev/null']);
    expect(dev.stdout.split('\n')[2]).toMatch(/^Device: \d+,\d+\tInode: \d+ +Links: 1     Device type: 1,3$/);
  });

  it('busybox: hex/decimal device, quoted link, no Birth line, %w not known', async () => {
    const f = fixture('busybox');
    const ino = f.fs.stat('b').ino;
    const r = await f.run(stat, ['stat', 'b']);
    expect(r.stdout).toBe(
      '  File: b\n' +
        '  Size: 6         \tBlocks: 8          IO Block: 4096   regular file\n' +
        `Device: 801h/2049d\tInode: ${String(ino).padEnd(10)}  Links: 1\n` +
        'Access: (0644/-rw-r--r--)  Uid: ( 1000/ student)   Gid: ( 1000/ student)\n' +
        `Access: ${T}\nModify: ${T}\nChange: ${T}\n`,
    );
    expect((await f.run(stat, ['stat', 'lnk'])).stdout.split('\n')[0]).toBe("  File: 'lnk' -> 'b'");
    expect((await f.run(stat, ['stat', '-c', '%n %N %w %W', 'b', 'lnk'])).stdout).toBe("b b w W\nlnk 'lnk' -> 'b' w W\n");
    expect(await f.run(stat, ['stat', 'zz'])).toMatchObject({ status: 1, stderr: "stat: can't stat 'zz': No such file or directory\n" });
    expect((await f.run(stat, ['stat'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.stat}`);
  });
});

/** Files of root's next to the student's (rt.sh in the recordings). */
const rootFiles = ({ root }: { root: FileSystem }): void => {
  root.writeFile('rootfile', 'x\n');
  root.mkdir('rootdir');
  root.writeFile('rootdir/f', 'z\n');
  root.writeFile('mine', '');
  root.chown('mine', 1000, 1000);
};

describe('chmod', () => {
  it('GNU: modes, messages, -v wording', async () => {
    const f = fixture('gnu', rootFiles);
    expect(await f.run(chmod, ['chmod', 'bad', 'mine'])).toMatchObject({ status: 1, stderr: "chmod: invalid mode: ‘bad’\nTry 'chmod --help' for more information.\n" });
    expect((await f.run(chmod, ['chmod', '644', 'zz'])).stderr).toBe("chmod: cannot access 'zz': No such file or directory\n");
    expect((await f.run(chmod, ['chmod', '644', 'rootfile'])).stderr).toBe("chmod: changing permissions of 'rootfile': Operation not permitted\n");
    await f.run(chmod, ['chmod', 'u+x,go-w,a=r', 'mine']);
    expect(f.fs.stat('mine').mode).toBe(0o444);
    expect((await f.run(chmod, ['chmod'])).stderr).toBe("chmod: missing operand\nTry 'chmod --help' for more information.\n");
    expect((await f.run(chmod, ['chmod', '644'])).stderr).toBe("chmod: missing operand after ‘644’\nTry 'chmod --help' for more information.\n");
    expect(await f.run(chmod, ['chmod', '-w', 'mine'])).toMatchObject({ status: 0, stderr: '' });
    await f.run(chmod, ['chmod', '+x', 'mine']);
    expect(f.fs.stat('mine').mode).toBe(0o555);
    expect((await f.run(chmod, ['chmod', '-v', '644', 'mine'])).stdout).toBe("mode of 'mine' changed from 0555 (r-xr-xr-x) to 0644 (rw-r--r--)\n");
    await f.run(chmod, ['chmod', '7777', 'mine']);
    expect(f.fs.stat('mine').mode).toBe(0o7777);
    await f.run(chmod, ['chmod', 'u=rwX,g+s', 'mine']);
    expect(f.fs.stat('mine').mode).toBe(0o3777);
    await f.run(chmod, ['chmod', '=r', 'mine']);
    expect(f.fs.stat('mine').mode).toBe(0o444);
    expect((await f.run(chmod, ['chmod', '999', 'mine'])).stderr).toBe("chmod: invalid mode: ‘999’\nTry 'chmod --help' for more information.\n");
    expect((await f.run(chmod, ['chmod', '-R', '755', 'rootdir'])).stderr).toBe(
      "chmod: changing permissions of 'rootdir': Operation not permitted\nchmod: changing permissions of 'rootdir/f': Operation not permitted\n",
    );
  });

  it('GNU: -R reports retained and changed modes; a dangling link is an error', async () => {
    const f = fixture('gnu', ({ fs }) => fs.symlink('nowhere', 'dang'));
    expect((await f.run(chmod, ['chmod', '-v', '-R', '755', 'd'])).stdout).toBe(
      "mode of 'd' retained as 0755 (rwxr-xr-x)\nmode of 'd/e' retained as 0755 (rwxr-xr-x)\nmode of 'd/e/f' changed from 0644 (rw-r--r--) to 0755 (rwxr-xr-x)\n",
    );
    expect((await f.run(chmod, ['chmod', '644', 'dang'])).stderr).toBe("chmod: cannot operate on dangling symlink 'dang'\n");
  });

  it('busybox: messages, and a failing directory under -R reported twice', async () => {
    const f = fixture('busybox', rootFiles);
    expect(await f.run(chmod, ['chmod', 'bad', 'mine'])).toMatchObject({ status: 1, stderr: "chmod: invalid mode 'bad'\n" });
    expect((await f.run(chmod, ['chmod', '644', 'zz'])).stderr).toBe('chmod: zz: No such file or directory\n');
    expect((await f.run(chmod, ['chmod', '644', 'rootfile'])).stderr).toBe('chmod: rootfile: Operation not permitted\n');
    expect((await f.run(chmod, ['chmod'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.chmod}`);
    expect((await f.run(chmod, ['chmod', '644'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.chmod}`);
    await f.run(chmod, ['chmod', '555', 'mine']);
    expect((await f.run(chmod, ['chmod', '-v', '644', 'mine'])).stdout).toBe("mode of 'mine' changed to 0644 (rw-r--r--)\n");
    expect((await f.run(chmod, ['chmod', '-R', '755', 'rootdir'])).stderr).toBe('chmod: rootdir: Operation not permitted\nchmod: rootdir: Operation not permitted\n');
    await f.run(chmod, ['chmod', '=r', 'mine']);
    expect(f.fs.stat('mine').mode).toBe(0o444);
  });
});

describe('chown', () => {
  it('GNU: spec errors, permission, verbose wording', async () => {
    const f = fixture('gnu', rootFiles);
    expect(await f.run(chown, ['chown', 'bob', 'mine'])).toMatchObject({ status: 1, stderr: 'chown: invalid user: ‘bob’\n' });
    expect((await f.run(chown, ['chown', 'student:bad', 'mine'])).stderr).toBe('chown: invalid group: ‘student:bad’\n');
    expect((await f.run(chown, ['chown', 'root', 'mine'])).stderr).toBe("chown: changing ownership of 'mine': Operation not permitted\n");
    expect(await f.run(chown, ['chown', 'student', 'mine'])).toMatchObject({ status: 0, stderr: '' });
    expect((await f.run(chown, ['chown', '-v', 'student:student', 'mine'])).stdout).toBe("ownership of 'mine' retained as student:student\n");
    expect((await f.run(chown, ['chown', 'zz'])).stderr).toBe("chown: missing operand after ‘zz’\nTry 'chown --help' for more information.\n");
    expect((await f.run(chown, ['chown'])).stderr).toBe("chown: missing operand\nTry 'chown --help' for more information.\n");
    expect((await f.run(chown, ['chown', 'student', 'zz'])).stderr).toBe("chown: cannot access 'zz': No such file or directory\n");
    expect((await f.run(chown, ['chown', '1234', 'mine'])).stderr).toBe("chown: changing ownership of 'mine': Operation not permitted\n");
    expect((await f.run(chown, ['chown', '-R', 'student', 'rootdir'])).stderr).toBe(
      "chown: changing ownership of 'rootdir/f': Operation not permitted\nchown: changing ownership of 'rootdir': Operation not permitted\n",
    );
    expect(await f.run(chown, ['chown', '.student', 'mine'])).toMatchObject({ status: 0, stderr: "chown: warning: '.' should be ':': ‘.student’\n" });
  });

  it('GNU as root: from/to wording follows what was given', async () => {
    const f = fixture('gnu', ({ root }) => root.writeFile('mine2', ''));
    const run = (argv: string[]) => f.run(chown, argv, { user: 'root' });
    expect((await run(['chown', '-v', 'student', 'mine2'])).stdout).toBe("changed ownership of 'mine2' from root to student\n");
    expect((await run(['chown', '-v', 'student:', 'mine2'])).stdout).toBe("changed ownership of 'mine2' from student:root to student:student\n");
    expect((await run(['chown', '-v', ':root', 'mine2'])).stdout).toBe("changed ownership of 'mine2' from student:student to :root\n");
    expect((await run(['chown', '-v', '1234:5678', 'mine2'])).stdout).toBe("changed ownership of 'mine2' from student:root to 1234:5678\n");
    expect((await run(['chown', '-v', 'root', 'mine2'])).stdout).toBe("changed ownership of 'mine2' from 1234 to root\n");
    expect((await run(['chown', '-c', 'root', 'mine2'])).stdout).toBe('');
  });

  it('busybox: unknown user/group, path: errno, numeric verbose line', async () => {
    const f = fixture('busybox', rootFiles);
    expect(await f.run(chown, ['chown', 'bob', 'mine'])).toMatchObject({ status: 1, stderr: 'chown: unknown user bob\n' });
    expect((await f.run(chown, ['chown', 'student:bad', 'mine'])).stderr).toBe('chown: unknown user/group student:bad\n');
    expect((await f.run(chown, ['chown', 'root', 'mine'])).stderr).toBe('chown: mine: Operation not permitted\n');
    expect((await f.run(chown, ['chown', '-v', 'student:student', 'mine'])).stdout).toBe("changed ownership of 'mine' to 1000:1000\n");
    expect((await f.run(chown, ['chown', 'zz'])).stderr).toBe(`${BB_BANNER}${BUSYBOX_FS_USAGE.chown}`);
    expect((await f.run(chown, ['chown', 'student', 'zz'])).stderr).toBe('chown: zz: No such file or directory\n');
    expect((await f.run(chown, ['chown', '-R', 'student', 'rootdir'])).stderr).toBe(
      'chown: rootdir/f: Operation not permitted\nchown: rootdir: Operation not permitted\nchown: rootdir: Operation not permitted\n',
    );
    expect((await f.run(chown, ['chown', '-v', 'root', 'rootfile'], { user: 'root' })).stdout).toBe("changed ownership of 'rootfile' to 0:0\n");
  });
});
