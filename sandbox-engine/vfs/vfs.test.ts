import { describe, expect, it } from 'vitest';
import { createHost, restoreHost } from '../host/host.ts';
import { isFsError } from './errors.ts';
import type { FileSystem } from './types.ts';
import { MemFs } from './memfs.ts';
import { Vfs } from './vfs.ts';
import { VirtualClock } from '../util/clock.ts';
import { ROOT } from './types.ts';

function student(): { fs: FileSystem; host: ReturnType<typeof createHost> } {
  const host = createHost({ seed: 1 });
  return { fs: host.fs(host.credOf('student')!, '/home/student'), host };
}

function errno(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isFsError(e)) return e.code;
    throw e;
  }
  return 'ok';
}

describe('Vfs permissions as on Linux', () => {
  it('student cannot write to /etc or list /var/lib/docker, root can', () => {
    const { fs, host } = student();
    expect(errno(() => fs.writeFile('/etc/motd', 'x'))).toBe('EACCES');
    expect(errno(() => fs.readdir('/var/lib/docker'))).toBe('EACCES');
    expect(errno(() => fs.readText('/etc/shadow'))).toBe('EACCES');
    const root = host.fs(ROOT, '/');
    root.writeFile('/etc/motd', 'hello\n');
    expect(root.readText('/etc/motd')).toBe('hello\n');
    expect(root.readdir('/var/lib/docker')).toContain('overlay2');
  });

  it('new files get the umask and the creator as owner', () => {
    const { fs } = student();
    fs.writeFile('a.txt', 'hi');
    fs.mkdir('d');
    const a = fs.stat('a.txt');
    expect([a.mode.toString(8), a.uid, a.gid, a.size]).toEqual(['644', 1000, 1000, 2]);
    expect(fs.stat('d').mode.toString(8)).toBe('755');
  });

  it('sticky /tmp keeps other users from removing a file', () => {
    const { fs, host } = student();
    host.fs(ROOT, '/').writeFile('/tmp/rootfile', 'x');
    expect(errno(() => fs.unlink('/tmp/rootfile'))).toBe('EPERM');
    fs.writeFile('/tmp/mine', 'x');
    fs.unlink('/tmp/mine');
    expect(fs.exists('/tmp/mine')).toBe(false);
  });

  it('chmod 000 denies the owner, not root', () => {
    const { fs, host } = student();
    fs.writeFile('secret', 's');
    fs.chmod('secret', 0);
    expect(errno(() => fs.readFile('secret'))).toBe('EACCES');
    expect(host.fs(ROOT).readText('/home/student/secret')).toBe('s');
    expect(errno(() => fs.chown('secret', 0, 0))).toBe('EPERM');
  });
});

describe('Vfs paths', () => {
  it('follows symlinks, relative and absolute, and stops loops with ELOOP', () => {
    const { fs } = student();
    fs.mkdir('dir');
    fs.writeFile('dir/f', 'content');
    fs.symlink('dir', 'rel');
    fs.symlink('/home/student/dir/f', 'abs');
    expect(fs.readText('rel/f')).toBe('content');
    expect(fs.readText('abs')).toBe('content');
    expect(fs.lstat('abs').kind).toBe('symlink');
    expect(fs.realpath('rel/f')).toBe('/home/student/dir/f');
    fs.symlink('loop2', 'loop1');
    fs.symlink('loop1', 'loop2');
    expect(errno(() => fs.readFile('loop1'))).toBe('ELOOP');
    // Debian's merged /usr: /bin is a link to usr/bin.
    expect(fs.realpath('/bin/head')).toBe('/usr/bin/head');
  });

  it('reports ENOTDIR, EISDIR, ENOTEMPTY, EEXIST, ENOENT', () => {
    const { fs } = student();
    fs.writeFile('file', 'x');
    fs.mkdir('d');
    fs.writeFile('d/x', '');
    expect(errno(() => fs.readFile('file/x'))).toBe('ENOTDIR');
    expect(errno(() => fs.readFile('d'))).toBe('EISDIR');
    expect(errno(() => fs.rmdir('d'))).toBe('ENOTEMPTY');
    expect(errno(() => fs.mkdir('d'))).toBe('EEXIST');
    expect(errno(() => fs.unlink('nope'))).toBe('ENOENT');
    expect(errno(() => fs.mkdir('a/b'))).toBe('ENOENT');
    expect(errno(() => fs.unlink('d'))).toBe('EISDIR');
  });

  it('renames across directories and refuses a directory into itself', () => {
    const { fs } = student();
    fs.mkdir('a');
    fs.mkdir('b');
    fs.writeFile('a/f', '1');
    fs.rename('a/f', 'b/g');
    expect(fs.readText('b/g')).toBe('1');
    expect(errno(() => fs.rename('a', 'a/sub'))).toBe('EINVAL');
  });

  it('hard links share content and count links', () => {
    const { fs } = student();
    fs.writeFile('one', 'x');
    fs.link('one', 'two');
    fs.writeFile('two', 'changed', { append: false });
    expect(fs.readText('one')).toBe('changed');
    expect(fs.stat('one').nlink).toBe(2);
  });

  it('write handles keep their offset; append appends', () => {
    const { fs } = student();
    const h = fs.openWrite('log');
    h.write(new TextEncoder().encode('ab'));
    h.write(new TextEncoder().encode('cd'));
    fs.writeFile('log', 'e', { append: true });
    expect(fs.readText('log')).toBe('abcde');
  });

  it('devices: /dev/null swallows, /dev/zero gives zeros', () => {
    const { fs } = student();
    fs.writeFile('/dev/null', 'gone');
    expect(fs.readFile('/dev/null').length).toBe(0);
    expect(fs.readFile('/dev/zero').every((b) => b === 0)).toBe(true);
  });

  it('read-only mounts give EROFS; the longest mount point wins', () => {
    const clock = new VirtualClock();
    const root = new MemFs({ clock, dev: 1 });
    const vfs = new Vfs(root);
    const rv = vfs.view(ROOT);
    rv.mkdir('/mnt');
    rv.mkdir('/mnt/ro');
    const inner = new MemFs({ clock, dev: 2 });
    vfs.mount('/mnt/ro', inner, { readOnly: true });
    expect(errno(() => rv.writeFile('/mnt/ro/x', 'x'))).toBe('EROFS');
    expect(rv.stat('/mnt/ro').dev).toBe(2);
    expect(errno(() => rv.rmdir('/mnt/ro'))).toBe('EBUSY');
  });
});

describe('host', () => {
  it('is deterministic and survives serialize/restore', () => {
    const a = createHost({ seed: 5 });
    const b = createHost({ seed: 5 });
    expect(JSON.stringify(a.serialize())).toBe(JSON.stringify(b.serialize()));
    const fs = a.fs(a.credOf('student')!, '/home/student');
    fs.writeFile('keep.txt', 'data\n');
    fs.symlink('keep.txt', 'ln');
    const c = restoreHost(JSON.parse(JSON.stringify(a.serialize())));
    const cfs = c.fs(c.credOf('student')!, '/home/student');
    expect(cfs.readText('ln')).toBe('data\n');
    expect(JSON.stringify(c.serialize())).toBe(JSON.stringify(a.serialize()));
  });

  it('knows student with groups student, sudo and docker', () => {
    const host = createHost();
    expect(host.credOf('student')).toEqual({ uid: 1000, gid: 1000, groups: [1000, 27, 999] });
    expect(host.user(0)?.name).toBe('root');
  });

  it('executables are ELF stubs of real size naming their applet', () => {
    const host = createHost();
    const fs = host.fs(ROOT);
    expect(fs.stat('/usr/bin/head').size).toBe(48080);
    expect(host.appletFor('/usr/bin/head', 'head')?.name).toBe('head');
    const bb = createHost({ flavour: 'busybox' });
    expect(bb.fs(ROOT).readlink('/usr/bin/head')).toBe('/bin/busybox');
    expect(bb.appletFor('/usr/bin/head', 'head')?.name).toBe('head');
  });
});

describe('Vfs edge cases', () => {
  it('rmdir of "." or "d/." is EINVAL', () => {
    const { fs } = student();
    fs.mkdir('d');
    expect(errno(() => fs.rmdir('d/.'))).toBe('EINVAL');
    expect(errno(() => fs.with({ cwd: '/home/student/d' }).rmdir('.'))).toBe('EINVAL');
  });
});

describe('Vfs trailing slashes, as on Linux', () => {
  it('a trailing "/" or "/." on a non-directory is ENOTDIR; readlink of "link/" is EINVAL', () => {
    const { fs } = student();
    fs.writeFile('f', 'x');
    fs.mkdir('d');
    fs.symlink('d', 'dl');
    expect(errno(() => fs.realpath('f/.'))).toBe('ENOTDIR');
    expect(errno(() => fs.stat('f/'))).toBe('ENOTDIR');
    expect(errno(() => fs.rename('f', 'g/'))).toBe('ENOTDIR');
    expect(fs.exists('f')).toBe(true);
    expect(errno(() => fs.readlink('dl/'))).toBe('EINVAL');
    expect(fs.readlink('dl')).toBe('d');
    fs.rename('d/', 'e/');
    expect(fs.stat('e').kind).toBe('dir');
  });
});
