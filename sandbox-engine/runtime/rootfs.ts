/**
 * A container's mount namespace, as runc sets it up from the OCI spec moby writes: the overlay root
 * (read-only with --read-only), /proc, a tmpfs /dev with the standard device nodes, /dev/pts,
 * /dev/shm, /dev/mqueue, /sys, and the three files dockerd bind-mounts from containers/<id>/:
 * /etc/hostname, /etc/hosts and /etc/resolv.conf. Volumes, binds and tmpfs mounts go on top later.
 *
 * /sys is the sysfs of the container's network namespace: /sys/class/net lists its interfaces
 * (`lo`, and `eth0` on a bridge network; the host's with `--network host`), each a symlink to
 * ../../devices/virtual/net/<name> holding address, mtu, operstate, ifindex, iflink and type, as
 * recorded from a container on the default bridge:
 *
 *   $ ls -l /sys/class/net
 *   lrwxrwxrwx    1 root     root             0 Nov 30 12:52 eth0 -> ../../devices/virtual/net/eth0
 *   lrwxrwxrwx    1 root     root             0 Nov 30 12:52 lo -> ../../devices/virtual/net/lo
 *   $ cat /sys/class/net/lo/type /sys/class/net/lo/mtu /sys/class/net/lo/operstate
 *   772
 *   65536
 *   unknown
 *
 * Callers that know nothing of networks (no `interfaces`) get an empty /sys.
 */
import type { SimHost } from '../host/host.ts';
import { RDEV } from '../host/devices.ts';
import { MemFs } from '../vfs/memfs.ts';
import { Vfs } from '../vfs/vfs.ts';
import type { Backend } from '../vfs/types.ts';
import { ROOT } from '../vfs/types.ts';
import type { NetInterface } from '../network/types.ts';

export interface RootfsParams {
  host: SimHost;
  root: Backend;
  readOnly: boolean;
  /** Host directory holding hostname, hosts, resolv.conf (containers/<id>). */
  containerDir: string;
  /** st_dev numbers for the container's own tmpfs mounts. */
  allocDev: () => number;
  /** The network namespace's interfaces, for /sys/class/net. */
  interfaces?: readonly NetInterface[];
}

/** Fill a namespace's sysfs with its interfaces: class/net symlinks and the devices' attribute files. */
function addInterfaces(fs: MemFs, interfaces: readonly NetInterface[]): void {
  if (interfaces.length === 0) return;
  const v = new Vfs(fs).view(ROOT, '/', 0);
  for (const dir of ['/class', '/class/net', '/devices', '/devices/virtual', '/devices/virtual/net']) if (!v.exists(dir)) v.mkdir(dir, 0o755);
  for (const i of interfaces) {
    const dir = `/devices/virtual/net/${i.name}`;
    if (v.exists(dir)) continue;
    v.mkdir(dir, 0o755);
    const attrs: Array<[string, string, number]> = [
      ['address', i.address, 0o444],
      ['ifindex', String(i.ifindex), 0o444],
      ['iflink', String(i.iflink), 0o444],
      ['mtu', String(i.mtu), 0o644],
      ['operstate', i.operstate, 0o444],
      ['type', String(i.type), 0o444],
    ];
    for (const [name, value, mode] of attrs) v.writeFile(`${dir}/${name}`, `${value}\n`, { mode });
    v.symlink(`../../devices/virtual/net/${i.name}`, `/class/net/${i.name}`);
  }
}

/**
 * The namespace's interfaces once its network is set up (the daemon connects the container after
 * the mounts are made): written into the /sys that containerVfs mounted.
 */
export function setNetInterfaces(vfs: Vfs, interfaces: readonly NetInterface[]): void {
  const sys = vfs.mountTable().find((m) => m.target === '/sys');
  if (sys && sys.backend instanceof MemFs) addInterfaces(sys.backend, interfaces);
}

function devTmpfs(host: SimHost, dev: number): MemFs {
  const fs = new MemFs({ clock: host.clock, dev, rootMode: 0o755 });
  const v = new Vfs(fs).view(ROOT, '/', 0);
  for (const [name, rdev] of [
    ['null', RDEV.null],
    ['zero', RDEV.zero],
    ['full', RDEV.full],
    ['random', RDEV.random],
    ['urandom', RDEV.urandom],
    ['tty', RDEV.tty],
  ] as const) {
    v.mknod(`/${name}`, 'chardev', 0o666, rdev);
  }
  v.mkdir('/pts', 0o755);
  v.mkdir('/shm', 0o1777);
  v.mkdir('/mqueue', 0o1777);
  v.symlink('/proc/self/fd', '/fd');
  v.symlink('/proc/self/fd/0', '/stdin');
  v.symlink('/proc/self/fd/1', '/stdout');
  v.symlink('/proc/self/fd/2', '/stderr');
  v.symlink('pts/ptmx', '/ptmx');
  return fs;
}

export function containerVfs(p: RootfsParams): Vfs {
  const vfs = new Vfs(p.root);
  if (p.readOnly) vfs.mount('/', p.root, { readOnly: true });
  for (const [rdev, dev] of p.host.vfs.devices) vfs.devices.set(rdev, dev);
  vfs.mount('/proc', new MemFs({ clock: p.host.clock, dev: p.allocDev(), rootMode: 0o555 }));
  vfs.mount('/dev', devTmpfs(p.host, p.allocDev()));
  const sys = new MemFs({ clock: p.host.clock, dev: p.allocDev(), rootMode: 0o555 });
  addInterfaces(sys, p.interfaces ?? []);
  vfs.mount('/sys', sys, { readOnly: true });
  // dockerd's bind mounts of its per-container files (they live on the host's file system).
  for (const f of ['hostname', 'hosts', 'resolv.conf']) {
    vfs.mount(`/etc/${f}`, p.host.rootfs, { source: `${p.containerDir}/${f}`, readOnly: p.readOnly });
  }
  return vfs;
}

/** The kernel's view of the namespace's mounts, written once the daemon's mounts are made. */
export function writeProcMounts(vfs: Vfs, text: string): void {
  const proc = vfs.view(ROOT, '/', 0);
  proc.writeFile('/proc/mounts', text);
  proc.chmod('/proc/mounts', 0o444);
}
