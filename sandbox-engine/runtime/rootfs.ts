/**
 * A container's mount namespace, as runc sets it up from the OCI spec moby writes: the overlay root
 * (read-only with --read-only), /proc, a tmpfs /dev with the standard device nodes, /dev/pts,
 * /dev/shm, /dev/mqueue, /sys, and the three files dockerd bind-mounts from containers/<id>/:
 * /etc/hostname, /etc/hosts and /etc/resolv.conf. Volumes, binds and tmpfs mounts go on top later.
 */
import type { SimHost } from '../host/host.ts';
import { RDEV } from '../host/devices.ts';
import { MemFs } from '../vfs/memfs.ts';
import { Vfs } from '../vfs/vfs.ts';
import type { Backend } from '../vfs/types.ts';
import { ROOT } from '../vfs/types.ts';

export interface RootfsParams {
  host: SimHost;
  root: Backend;
  readOnly: boolean;
  /** Host directory holding hostname, hosts, resolv.conf (containers/<id>). */
  containerDir: string;
  /** st_dev numbers for the container's own tmpfs mounts. */
  allocDev: () => number;
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
  vfs.mount('/sys', new MemFs({ clock: p.host.clock, dev: p.allocDev(), rootMode: 0o555 }), { readOnly: true });
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
