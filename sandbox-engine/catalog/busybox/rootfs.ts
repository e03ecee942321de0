/**
 * The busybox:1.37.0-glibc layer (layout: images/busybox.ts).
 */
import { blob, dir, exe, hardlink, lib, symlink, text, utc, type Entry, type LayerSpec } from '../spec.ts';
import { BUSYBOX_137_APPLETS } from '../busybox-applets.ts';
import { BUSYBOX_CREATED, BUSYBOX_IMAGE_SIZE } from './meta.ts';

const MTIME = utc(BUSYBOX_CREATED);

const PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

/** buildroot's skeleton group file (approximate: recalled, not checked against 2024.x). */
const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nobody:x:65534:
`;

/** buildroot's shadow with root's empty password replaced by `*` (CVE-2019-5021 fix). */
const SHADOW = PASSWD.trimEnd()
  .split('\n')
  .map((l) => `${l.split(':')[0]}:*:::::::`)
  .join('\n') + '\n';

/** Debian 12's /etc/nsswitch.conf as in debian:bookworm-slim. */
const NSSWITCH = `# /etc/nsswitch.conf
#
# Example configuration of GNU Name Service Switch functionality.
# If you have the \`glibc-doc-reference' and \`info' packages installed, try:
# \`info libc "Name Service Switch"' for information about this file.

passwd:         files
group:          files
shadow:         files
gshadow:        files

hosts:          files dns
networks:       files

protocols:      db files
services:       db files
ethers:         db files
rpc:            db files

netgroup:       nis
`;

export function busyboxSpec(): LayerSpec {
  const entries: Entry[] = [
    dir('/bin'),
    exe('/bin/busybox', 1, 'busybox'),
    exe('/bin/getconf', 27_136, 'getconf'),
  ];
  for (const a of BUSYBOX_137_APPLETS) entries.push(hardlink(`/bin/${a}`, '/bin/busybox'));
  entries.push(
    dir('/dev'),
    dir('/etc'),
    text('/etc/group', GROUP),
    // UTC from Debian's tzdata: a TZif file; we carry its size, not its bytes.
    blob('/etc/localtime', 114, 0o644, 'TZif2'),
    dir('/etc/network'),
    dir('/etc/network/if-down.d'),
    dir('/etc/network/if-post-down.d'),
    dir('/etc/network/if-pre-up.d'),
    dir('/etc/network/if-up.d'),
    text('/etc/nsswitch.conf', NSSWITCH),
    text('/etc/passwd', PASSWD),
    text('/etc/shadow', SHADOW, 0o600),
    dir('/home', 0o755, { uid: 65534, gid: 65534 }),
    dir('/lib'),
    lib('/lib/ld-linux-x86-64.so.2', 215_000),
    lib('/lib/libc.so.6', 1_926_232),
    lib('/lib/libm.so.6', 911_904),
    lib('/lib/libnss_compat.so.2', 39_896),
    lib('/lib/libnss_dns.so.2', 14_400),
    lib('/lib/libnss_files.so.2', 14_400),
    lib('/lib/libnss_hesiod.so.2', 27_136),
    lib('/lib/libpthread.so.0', 14_480),
    lib('/lib/libresolv.so.2', 60_328),
    symlink('/lib64', 'lib'),
    dir('/root', 0o700),
    dir('/tmp', 0o1777),
    dir('/usr'),
    dir('/usr/bin'),
    symlink('/usr/bin/env', '../../bin/env'),
    dir('/usr/sbin', 0o755, { uid: 1, gid: 1 }),
    dir('/var'),
    dir('/var/spool'),
    dir('/var/spool/mail', 0o755, { uid: 8, gid: 8 }),
    dir('/var/www'),
  );
  // The binary's size is what the libraries and files leave of the real total (~1 MB, plausible
  // for a dynamically linked defconfig build).
  return { mtime: MTIME, entries, balance: { path: '/bin/busybox', total: BUSYBOX_IMAGE_SIZE } };
}
