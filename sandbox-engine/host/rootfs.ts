/**
 * Builds the root file system of a fresh host: a Debian 12 machine with Docker installed (the
 * 'gnu' flavour), or an Alpine-like busybox tree (the 'busybox' flavour, which the shell's busybox
 * messages are tested on and which base images reuse later).
 *
 * Everything is created through a root `FileSystem` view so the same permission and timestamp rules
 * apply as to anything a user does later.
 */
import type { FileSystem } from '../vfs/types.ts';
import type { MemFs } from '../vfs/memfs.ts';
import { normalize } from '../vfs/path.ts';
import { BUSYBOX_SIZE, GNU_BINARIES, elfStub } from './binaries.ts';
import { RDEV } from './devices.ts';
import { BUSYBOX_LAYOUT } from './busybox-layout.ts';

export interface RootfsOptions {
  hostname: string;
  /** Applets the engine implements; only these get executables. */
  applets: ReadonlySet<string>;
}

type Tree = Array<[path: string, mode: number, uid?: number, gid?: number]>;

function dirs(fs: FileSystem, tree: Tree): void {
  for (const [p, mode, uid = 0, gid = 0] of tree) {
    if (!fs.exists(p)) fs.mkdir(p, mode);
    fs.chmod(p, mode);
    fs.chown(p, uid, gid, false);
  }
}

function file(fs: FileSystem, path: string, text: string, mode = 0o644, uid = 0, gid = 0): void {
  fs.writeFile(path, text, { mode });
  fs.chmod(path, mode);
  fs.chown(path, uid, gid);
}

function binary(fs: FileSystem, mem: MemFs, path: string, applet: string, size: number, mode: number): void {
  fs.writeFile(path, new Uint8Array(0), { mode: 0o755 });
  mem.setSynthetic(normalize(path), { synthetic: true, size, head: elfStub(applet) });
  fs.chmod(path, mode);
}

function devices(fs: FileSystem): void {
  const devs: Array<[string, number, number]> = [
    ['/dev/null', RDEV.null, 0o666],
    ['/dev/zero', RDEV.zero, 0o666],
    ['/dev/full', RDEV.full, 0o666],
    ['/dev/random', RDEV.random, 0o666],
    ['/dev/urandom', RDEV.urandom, 0o666],
    ['/dev/tty', RDEV.tty, 0o666],
  ];
  for (const [p, rdev, mode] of devs) {
    fs.mknod(p, 'chardev', mode, rdev);
    fs.chmod(p, mode);
  }
}

// Debian 12 base-passwd entries (as on a fresh bookworm install) plus the course's student.
const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
student:x:1000:1000:Student,,,:/home/student:/bin/bash
`;

const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:student
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
docker:x:999:student
student:x:1000:
`;

export function buildGnuRootfs(fs: FileSystem, mem: MemFs, opts: RootfsOptions): void {
  dirs(fs, [
    ['/boot', 0o755],
    ['/dev', 0o755],
    ['/dev/pts', 0o755],
    ['/dev/shm', 0o1777],
    ['/etc', 0o755],
    ['/etc/docker', 0o755],
    ['/etc/sudoers.d', 0o750],
    ['/home', 0o755],
    ['/home/student', 0o700, 1000, 1000],
    ['/media', 0o755],
    ['/mnt', 0o755],
    ['/opt', 0o755],
    ['/proc', 0o555],
    ['/root', 0o700],
    ['/run', 0o755],
    ['/srv', 0o755],
    ['/sys', 0o555],
    ['/tmp', 0o1777],
    ['/usr', 0o755],
    ['/usr/bin', 0o755],
    ['/usr/sbin', 0o755],
    ['/usr/lib', 0o755],
    ['/usr/local', 0o755],
    ['/usr/local/bin', 0o755],
    ['/usr/local/sbin', 0o755],
    ['/usr/share', 0o755],
    ['/var', 0o755],
    ['/var/cache', 0o755],
    ['/var/lib', 0o755],
    ['/var/lib/docker', 0o710],
    ['/var/log', 0o755],
    ['/var/tmp', 0o1777],
  ]);
  // Debian 12 is merged-/usr: /bin, /sbin and /lib are links into /usr.
  fs.symlink('usr/bin', '/bin');
  fs.symlink('usr/sbin', '/sbin');
  fs.symlink('usr/lib', '/lib');
  devices(fs);

  file(fs, '/etc/passwd', DEBIAN_PASSWD);
  file(fs, '/etc/group', DEBIAN_GROUP);
  file(fs, '/etc/shadow', 'root:*:20000:0:99999:7:::\nstudent:!:20000:0:99999:7:::\n', 0o640, 0, 42);
  file(fs, '/etc/hostname', `${opts.hostname}\n`);
  file(fs, '/etc/hosts', `127.0.0.1\tlocalhost\n127.0.1.1\t${opts.hostname}\n\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n`);
  file(fs, '/etc/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n');
  file(fs, '/etc/debian_version', '12.12\n');
  file(fs, '/etc/resolv.conf', 'nameserver 10.0.2.3\n');
  file(fs, '/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n');
  file(fs, '/etc/sudoers', 'Defaults\tenv_reset\nroot\tALL=(ALL:ALL) ALL\n%sudo\tALL=(ALL:ALL) NOPASSWD: ALL\n@includedir /etc/sudoers.d\n', 0o440);
  file(fs, '/etc/docker/daemon.json', '{\n  "storage-driver": "overlay2"\n}\n');
  file(fs, '/home/student/.profile', '# ~/.profile: executed by the command interpreter for login shells.\n', 0o644, 1000, 1000);
  file(fs, '/home/student/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n', 0o644, 1000, 1000);

  for (const [name, [size, mode]] of Object.entries(GNU_BINARIES)) {
    const applet = name === 'awk' ? 'awk' : name;
    if (!opts.applets.has(applet) && name !== 'bash' && name !== 'dash' && name !== '[') continue;
    binary(fs, mem, `/usr/bin/${name}`, name === '[' ? 'test' : applet, size, mode);
  }
  // As on Debian: /bin/sh is dash (scripts and `sh -c` speak dash); logins use bash.
  fs.symlink('dash', '/usr/bin/sh');
}

const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
student:x:1000:1000::/home/student:/bin/sh
`;

const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
wheel:x:10:root
shadow:x:42:
nogroup:x:65533:
nobody:x:65534:
student:x:1000:
`;

export function buildBusyboxRootfs(fs: FileSystem, mem: MemFs, opts: RootfsOptions): void {
  dirs(fs, [
    ['/bin', 0o755],
    ['/dev', 0o755],
    ['/etc', 0o755],
    ['/home', 0o755],
    ['/home/student', 0o755, 1000, 1000],
    ['/lib', 0o755],
    ['/media', 0o755],
    ['/mnt', 0o755],
    ['/opt', 0o755],
    ['/proc', 0o555],
    ['/root', 0o700],
    ['/run', 0o755],
    ['/sbin', 0o755],
    ['/srv', 0o755],
    ['/sys', 0o555],
    ['/tmp', 0o1777],
    ['/usr', 0o755],
    ['/usr/bin', 0o755],
    ['/usr/sbin', 0o755],
    ['/usr/lib', 0o755],
    ['/usr/local', 0o755],
    ['/usr/local/bin', 0o755],
    ['/usr/share', 0o755],
    ['/var', 0o755],
    ['/var/tmp', 0o1777],
  ]);
  devices(fs);
  file(fs, '/etc/passwd', ALPINE_PASSWD);
  file(fs, '/etc/group', ALPINE_GROUP);
  file(fs, '/etc/shadow', 'root:*::0:::::\nstudent:!::0:::::\n', 0o640, 0, 42);
  file(fs, '/etc/hostname', `${opts.hostname}\n`);
  binary(fs, mem, '/bin/busybox', 'busybox', BUSYBOX_SIZE, 0o755);
  for (const path of BUSYBOX_LAYOUT) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const isShell = name === 'sh' || name === 'ash';
    if (!isShell && !opts.applets.has(name === '[' ? 'test' : name)) continue;
    fs.symlink('/bin/busybox', '/' + path);
  }
}
