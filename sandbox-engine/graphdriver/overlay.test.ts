/**
 * Overlay semantics, checked against the reference engine (Docker 20.10.24, overlay2 on ext4,
 * image `storbb` = busybox + /etc/{motd,passwd,sub/a,sub/deep/f} + empty /home, see
 * layer/testing.ts). Recordings are quoted where they are used.
 */
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../util/clock.ts';
import { fromUtf8 } from '../util/text.ts';
import { isFsError } from '../vfs/errors.ts';
import { MemFs } from '../vfs/memfs.ts';
import { ROOT } from '../vfs/types.ts';
import { Vfs } from '../vfs/vfs.ts';
import { freezeCopy } from '../layer/freeze.ts';
import { STORBB_TIME, buildTree, storbbSpec } from '../layer/testing.ts';
import { OverlayBackend, ORIGIN_XATTR, cleanWorkdir, decodeOrigin } from './overlay.ts';

const T = Date.UTC(2026, 10, 30, 9, 46, 3, 608);

function setup() {
  const clock = new VirtualClock(T);
  const image = freezeCopy(buildTree(clock, storbbSpec(), { mtime: STORBB_TIME }), { clock, dev: 0x801, firstIno: 2_187_801 });
  const init = freezeCopy(
    buildTree(clock, { '/etc/hostname': { file: '', mode: 0o755 }, '/.dockerenv': { file: '', mode: 0o755 } }, { mtime: T - 1000 }),
    { clock, dev: 0x801, firstIno: 2_189_522 },
  );
  const upper = new MemFs({ clock, dev: 0x801, firstIno: 2_187_598 });
  const ov = new OverlayBackend({ lowers: [init, image], upper, dev: 39, clock });
  const fs = new Vfs(ov).view(ROOT, '/', 0o022);
  return { clock, image, init, upper, ov, fs };
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

/** `ls -l`-like line of an upper-dir entry. */
function upperEntry(upper: MemFs, path: string): string {
  const st = upper.lstat(path);
  if (!st) return 'missing';
  const opaque = upper.getxattr(path, 'trusted.overlay.opaque');
  return `${st.kind} ${st.mode.toString(8)} ${st.uid}:${st.gid} nlink=${st.nlink} rdev=${st.rdev}${opaque ? ' opaque' : ''}`;
}

describe('lookup and readdir', () => {
  it('merges directories across layers and shows the topmost file', () => {
    const { fs, upper } = setup();
    expect(fs.readdir('/etc')).toEqual(['hostname', 'motd', 'passwd', 'sub']);
    expect(fs.readdir('/')).toContain('.dockerenv');
    expect(fs.readText('/etc/motd')).toBe('Welcome\n');
    expect(upper.readdir('/')).toEqual([]); // reading copies nothing up
  });

  it('reports one st_dev, lower inode numbers, and nlink 1 for merged directories', () => {
    // Recorded: `stat -c "%n dev=%d ino=%i nlink=%h"` in a container: every path dev=39;
    // /etc (in init and image) nlink=1 and the init layer's inode; /tmp (image only) nlink=2 and
    // the image's inode; /etc/passwd the image file's inode.
    const { fs, image, init } = setup();
    expect(fs.stat('/etc/passwd').dev).toBe(39);
    expect(fs.stat('/etc/passwd').ino).toBe(image.lstat('/etc/passwd')!.ino);
    expect(fs.stat('/etc').ino).toBe(init.lstat('/etc')!.ino);
    expect(fs.stat('/etc').nlink).toBe(1);
    expect(fs.stat('/tmp').nlink).toBe(2);
    expect(fs.stat('/tmp').ino).toBe(image.lstat('/tmp')!.ino);
  });
});

describe('copy-up', () => {
  it('copies a file up on first write, keeping its inode number and the parent’s mtime', () => {
    // Recorded: /etc/passwd ino 2187811 before and after `echo x >> /etc/passwd`; upper
    // etc/passwd has trusted.overlay.origin. After `chmod 600 /bin/cat` the upper dir shows
    // bin/ with the image's mtime 09:45:46 and bin/busybox -rw------- with its original mtime.
    const { fs, upper, image } = setup();
    const ino = fs.stat('/etc/passwd').ino;
    fs.writeFile('/etc/passwd', 'x:x:1:1::/:/bin/sh\n', { append: true });
    expect(fs.stat('/etc/passwd').ino).toBe(ino);
    expect(fs.readText('/etc/passwd')).toBe('root:x:0:0:root:/root:/bin/sh\nx:x:1:1::/:/bin/sh\n');
    expect(decodeOrigin(upper.getxattr('/etc/passwd', ORIGIN_XATTR) ?? undefined)).toBe(ino);
    expect(fromUtf8(image.read('/etc/passwd') as Uint8Array)).toBe('root:x:0:0:root:/root:/bin/sh\n');

    fs.chmod('/bin/cat', 0o600); // follows the symlink to /bin/busybox
    expect(upperEntry(upper, '/bin/busybox')).toBe('file 600 0:0 nlink=1 rdev=0');
    expect(upper.lstat('/bin/busybox')!.mtime).toBe(STORBB_TIME);
    expect(upper.lstat('/bin')!.mtime).toBe(STORBB_TIME);
    expect(upper.lstat('/bin/busybox')!.size).toBe(1982256);
    expect(upper.lstat('/bin/sh')).toBeNull(); // siblings stay below
  });

  it('copies up on truncate, chown and utimes, and copies parents with their metadata', () => {
    const { fs, upper } = setup();
    fs.truncate('/etc/sub/deep/f', 2);
    expect(upperEntry(upper, '/etc/sub')).toBe('dir 755 0:0 nlink=3 rdev=0');
    expect(fs.readText('/etc/sub/deep/f')).toBe('de');
    fs.chown('/etc/motd', 1000, 1000);
    expect(upperEntry(upper, '/etc/motd')).toBe('file 644 1000:1000 nlink=1 rdev=0');
    fs.utimes('/tmp', 0, 5000);
    expect(upperEntry(upper, '/tmp')).toBe('dir 1777 0:0 nlink=2 rdev=0');
    expect(fs.stat('/tmp').mtime).toBe(5000);
  });

  it('never writes a lower layer', () => {
    const { fs, image, init } = setup();
    fs.writeFile('/etc/hostname', 'box\n');
    fs.unlink('/etc/motd');
    expect(init.lstat('/etc/hostname')!.size).toBe(0);
    expect(image.lstat('/etc/motd')).not.toBeNull();
    expect(errno(() => image.unlink('/etc/motd'))).toBe('EROFS');
  });
});

describe('whiteouts and opaque directories', () => {
  it('rm of a lower file leaves a 0/0 char device; later deletions share its inode', () => {
    // Recorded (Docker 20.10, Linux 6.x) after `rm /etc/motd /etc/shells; rm -r /etc/apk` in a
    // container that has exited: three c--------- 4 whiteouts in the upper dir, and the fourth
    // link is work/work/#5fb5; after `docker diff` (which mounts the layer again) they show 3.
    // Scenario 108: one `rm /etc/motd` shows c--------- 2.
    const { fs, upper } = setup();
    fs.unlink('/etc/motd');
    expect(upperEntry(upper, '/etc/motd')).toBe('chardev 0 0:0 nlink=2 rdev=0');
    fs.rmdir('/home');
    expect(upperEntry(upper, '/etc/motd')).toBe('chardev 0 0:0 nlink=3 rdev=0');
    expect(upperEntry(upper, '/home')).toBe('chardev 0 0:0 nlink=3 rdev=0');
    expect(upper.lstat('/home')!.ino).toBe(upper.lstat('/etc/motd')!.ino);
    // The next mount cleans the work directory: only the upper names are left.
    cleanWorkdir(upper);
    expect(upperEntry(upper, '/home')).toBe('chardev 0 0:0 nlink=2 rdev=0');
    expect(fs.exists('/etc/motd')).toBe(false);
    expect(fs.readdir('/etc')).toEqual(['hostname', 'passwd', 'sub']);
    expect(errno(() => fs.stat('/home'))).toBe('ENOENT');
  });

  it('removing a file created in the container leaves no whiteout', () => {
    const { fs, upper } = setup();
    fs.writeFile('/tmp/x', '');
    fs.unlink('/tmp/x');
    expect(upper.readdir('/tmp')).toEqual([]);
  });

  it('rm -rf of a lower dir then mkdir gives an opaque dir that hides the old content', () => {
    // Recorded: `rm -rf /etc/sub; mkdir /etc/sub; echo b > /etc/sub/b` leaves upper etc/sub with
    // trusted.overlay.opaque="y" and only b; docker diff: C /etc/sub, A /etc/sub/b,
    // D /etc/sub/a, D /etc/sub/deep.
    const { fs, upper } = setup();
    fs.unlink('/etc/sub/a');
    fs.unlink('/etc/sub/deep/f');
    fs.rmdir('/etc/sub/deep');
    fs.rmdir('/etc/sub');
    // The whiteouts made inside went with the upper dir; this one links the work directory's.
    expect(upperEntry(upper, '/etc/sub')).toBe('chardev 0 0:0 nlink=2 rdev=0');
    fs.mkdir('/etc/sub');
    fs.writeFile('/etc/sub/b', 'b\n');
    expect(upperEntry(upper, '/etc/sub')).toBe('dir 755 0:0 nlink=2 rdev=0 opaque');
    expect(upper.readdir('/etc/sub')).toEqual(['b']);
    expect(fs.readdir('/etc/sub')).toEqual(['b']);
    expect(fs.stat('/etc/sub').nlink).toBe(2); // no longer merged
  });

  it('a new directory where nothing was deleted is not opaque', () => {
    const { fs, upper } = setup();
    fs.mkdir('/newdir');
    expect(upperEntry(upper, '/newdir')).toBe('dir 755 0:0 nlink=2 rdev=0');
  });

  it('rmdir of a non-empty merged dir fails; of a dir whose lower files were removed succeeds', () => {
    const { fs } = setup();
    expect(errno(() => fs.rmdir('/etc/sub/deep'))).toBe('ENOTEMPTY');
    fs.unlink('/etc/sub/deep/f');
    fs.rmdir('/etc/sub/deep');
    expect(fs.readdir('/etc/sub')).toEqual(['a']);
  });
});

describe('rename', () => {
  it('a lower directory cannot be renamed (EXDEV, no redirect_dir)', () => {
    // Recorded: busybox `mv /etc/sub /sub2` succeeds by copying; docker diff then shows
    // D /etc/sub and A /sub2, A /sub2/a, A /sub2/deep, A /sub2/deep/f.
    const { fs } = setup();
    expect(errno(() => fs.rename('/etc/sub', '/sub2'))).toBe('EXDEV');
    expect(errno(() => fs.rename('/etc', '/etc2'))).toBe('EXDEV');
  });

  it('a lower file is copied up, renamed, and whited out with an unshared whiteout', () => {
    // Recorded after `mv /etc/passwd /etc/pw2`: c--------- 1 ./etc/passwd and
    // -rw-r--r-- ./etc/pw2 with the original mtime 2024-01-01 and trusted.overlay.origin.
    const { fs, upper } = setup();
    fs.unlink('/etc/motd'); // a shared whiteout exists already
    const ino = fs.stat('/etc/passwd').ino;
    fs.rename('/etc/passwd', '/etc/pw2');
    expect(upperEntry(upper, '/etc/passwd')).toBe('chardev 0 0:0 nlink=1 rdev=0');
    expect(upper.lstat('/etc/pw2')!.mtime).toBe(Date.UTC(2024, 0, 1));
    expect(fs.stat('/etc/pw2').ino).toBe(ino);
    expect(fs.exists('/etc/passwd')).toBe(false);
  });

  it('a directory made in the container moves, and becomes opaque inside a merged dir', () => {
    // Recorded after `mkdir /ud; touch /ud/f; mv /ud /etc/ud2`: etc/ud2 has
    // trusted.overlay.opaque="y", and no whiteout is left at /ud.
    const { fs, upper } = setup();
    fs.mkdir('/ud');
    fs.writeFile('/ud/f', '');
    fs.rename('/ud', '/etc/ud2');
    expect(upperEntry(upper, '/etc/ud2')).toBe('dir 755 0:0 nlink=2 rdev=0 opaque');
    expect(upper.lstat('/ud')).toBeNull();
    expect(fs.readdir('/etc/ud2')).toEqual(['f']);
  });

  it('renaming over an existing lower file replaces it', () => {
    const { fs } = setup();
    fs.writeFile('/tmp/new', 'N');
    fs.rename('/tmp/new', '/etc/motd');
    expect(fs.readText('/etc/motd')).toBe('N');
    expect(fs.exists('/tmp/new')).toBe(false);
  });
});

describe('hard links and read-only mounts', () => {
  it('linking a lower file copies it up first; both names share the upper inode', () => {
    const { fs, upper } = setup();
    fs.link('/etc/motd', '/etc/motd2');
    expect(upper.lstat('/etc/motd')!.nlink).toBe(2);
    expect(upper.lstat('/etc/motd2')!.ino).toBe(upper.lstat('/etc/motd')!.ino);
    fs.writeFile('/etc/motd2', 'changed\n');
    expect(fs.readText('/etc/motd')).toBe('changed\n');
  });

  it('an overlay without an upper layer is read-only', () => {
    const { image, clock } = setup();
    const ro = new OverlayBackend({ lowers: [image], dev: 40, clock });
    const fs = new Vfs(ro).view(ROOT);
    expect(fs.readText('/etc/motd')).toBe('Welcome\n');
    expect(errno(() => fs.writeFile('/etc/motd', 'x'))).toBe('EROFS');
    expect(errno(() => fs.unlink('/etc/motd'))).toBe('EROFS');
  });

  it('hides overlay xattrs from the merged view and copies others up', () => {
    const { ov, upper } = setup();
    ov.setxattr('/etc/motd', 'user.note', 'x');
    expect(ov.listxattr('/etc/motd')).toEqual(['user.note']);
    expect(upper.listxattr('/etc/motd')).toEqual(['trusted.overlay.origin', 'user.note']);
    expect(errno(() => ov.setxattr('/etc/motd', 'trusted.overlay.opaque', 'y'))).toBe('EPERM');
  });
});
