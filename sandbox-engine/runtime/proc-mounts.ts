/**
 * A container's /proc/mounts: the lines the kernel prints for the mounts runc made, so `mount`,
 * `df` and `cat /proc/mounts` inside a container show its volumes, binds and tmpfs mounts.
 *
 * Recorded from a container on the reference engine (20.10, runc 1.1, cgroup v1 VM) with a volume,
 * a read-only bind, `--tmpfs` and `--mount type=tmpfs,tmpfs-size=1m`; adapted to the simulated host:
 * - the root disk is /dev/sda1 (the host's df table), ext4 mounted `rw,relatime,errors=remount-ro`
 *   as Debian's installer writes its fstab; volumes and binds are binds of it, `ro` when read-only;
 * - Debian 12 runs cgroup v2, so /sys/fs/cgroup is one cgroup2 line (cgroupns private, moby
 *   oci/defaults.go mounts it ro,nosuid,noexec,nodev; the super-block options are systemd's);
 * - masked paths (moby oci/defaults.go defaultLinuxMaskedPaths, v28 adds /proc/interrupts) that
 *   exist on the simulated VM's kernel, as on the reference VM: directories get a read-only tmpfs,
 *   files a bind of /dev/null (shown as the /dev tmpfs); read-only paths are proc rebinds;
 * - tmpfs: the kernel shows `size=` in KiB and `mode=` when it is not 1777 (runc 1.2+ gives a tmpfs
 *   the mode of the directory it covers).
 * Order: runc's default mounts, then the daemon's mounts sorted by depth (moby sortMounts; the user's
 * mounts keep the order they were given, the three /etc files come with them), then readonly and
 * masked paths. Real Docker orders same-depth user mounts by Go map iteration: not deterministic.
 */
import { DOCKER_ROOT } from '../daemon/layout.ts';
import { normalize } from '../vfs/path.ts';

export interface ProcMount {
  source: string;
  destination: string;
  fstype: string;
  options: string;
}

const ROOT_DEVICE = '/dev/sda1';
const ROOT_SB_OPTIONS = 'errors=remount-ro';

export function diskBind(destination: string, writable: boolean): ProcMount {
  return { source: ROOT_DEVICE, destination, fstype: 'ext4', options: `${writable ? 'rw' : 'ro'},relatime,${ROOT_SB_OPTIONS}` };
}

/** A tmpfs from its merged mount options (rw/ro, nosuid, nodev, noexec...) and root attributes. */
export function tmpfsLine(destination: string, options: readonly string[], root: { mode: number; uid: number; gid: number }, source = 'tmpfs'): ProcMount {
  const last = (a: string, b: string) => options.lastIndexOf(a) > options.lastIndexOf(b);
  const flags = [last('ro', 'rw') ? 'ro' : 'rw'];
  if (last('nosuid', 'suid')) flags.push('nosuid');
  if (last('nodev', 'dev')) flags.push('nodev');
  if (last('noexec', 'exec')) flags.push('noexec');
  flags.push('relatime');
  const size = options.findLast((o) => o.startsWith('size='));
  if (size) flags.push(`size=${sizeKiB(size.slice(5))}k`);
  if ((root.mode & 0o7777) !== 0o1777) flags.push(`mode=${(root.mode & 0o7777).toString(8)}`);
  if (root.uid !== 0) flags.push(`uid=${root.uid}`);
  if (root.gid !== 0) flags.push(`gid=${root.gid}`);
  return { source, destination, fstype: 'tmpfs', options: flags.join(',') };
}

/** The kernel's memparse, rounded up to pages, in KiB. */
function sizeKiB(v: string): number {
  const m = /^(\d+)([kmgKMG%]?)$/.exec(v);
  if (!m) return 0;
  const mult: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const bytes = Number(m[1]) * (mult[m[2].toLowerCase()] ?? 1);
  return Math.ceil(bytes / 4096) * 4;
}

export interface ProcMountsParams {
  /** The writable layer's `lower` file (`l/INIT:l/A:...`) and its cache ID. */
  lower: string;
  mountID: string;
  readOnlyRoot: boolean;
  /** The daemon's mounts (volumes, binds, tmpfs) in the order runc got them. */
  mounts: ProcMount[];
}

const DEV_NULL_BIND = (destination: string): ProcMount => ({ source: 'tmpfs', destination, fstype: 'tmpfs', options: 'rw,nosuid,size=65536k,mode=755' });

export function procMountsText(p: ProcMountsParams): string {
  const lowerdir = p.lower
    .split(':')
    .filter((s) => s !== '')
    .map((s) => `${DOCKER_ROOT}/overlay2/${s}`)
    .join(':');
  const dir = `${DOCKER_ROOT}/overlay2/${p.mountID}`;
  const lines: ProcMount[] = [
    { source: 'overlay', destination: '/', fstype: 'overlay', options: `${p.readOnlyRoot ? 'ro' : 'rw'},relatime,lowerdir=${lowerdir},upperdir=${dir}/diff,workdir=${dir}/work` },
    { source: 'proc', destination: '/proc', fstype: 'proc', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'tmpfs', destination: '/dev', fstype: 'tmpfs', options: 'rw,nosuid,size=65536k,mode=755' },
    { source: 'devpts', destination: '/dev/pts', fstype: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666' },
    { source: 'sysfs', destination: '/sys', fstype: 'sysfs', options: 'ro,nosuid,nodev,noexec,relatime' },
    { source: 'cgroup', destination: '/sys/fs/cgroup', fstype: 'cgroup2', options: 'ro,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot' },
    { source: 'mqueue', destination: '/dev/mqueue', fstype: 'mqueue', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'shm', destination: '/dev/shm', fstype: 'tmpfs', options: 'rw,nosuid,nodev,noexec,relatime,size=65536k' },
  ];
  const etc = ['resolv.conf', 'hostname', 'hosts'].map((f) => diskBind(`/etc/${f}`, !p.readOnlyRoot));
  const depth = (m: ProcMount) => (normalize(m.destination).match(/\//g) ?? []).length;
  const daemon = [...p.mounts, ...etc].map((m, i) => ({ m, i }));
  daemon.sort((a, b) => depth(a.m) - depth(b.m) || a.i - b.i);
  lines.push(...daemon.map((x) => x.m));
  for (const d of ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys']) {
    lines.push({ source: 'proc', destination: d, fstype: 'proc', options: 'ro,nosuid,nodev,noexec,relatime' });
  }
  lines.push({ source: 'tmpfs', destination: '/proc/acpi', fstype: 'tmpfs', options: 'ro,relatime' });
  lines.push(DEV_NULL_BIND('/proc/interrupts'), DEV_NULL_BIND('/proc/keys'), DEV_NULL_BIND('/proc/timer_list'));
  lines.push({ source: 'tmpfs', destination: '/sys/firmware', fstype: 'tmpfs', options: 'ro,relatime' });
  // runc makes a relative destination absolute (`-v d:/data` is mounted at /d:/data, recorded).
  const abs = (d: string) => (d.startsWith('/') ? d : `/${d}`);
  return lines.map((m) => `${m.source} ${escape(abs(m.destination))} ${m.fstype} ${m.options} 0 0\n`).join('');
}

/** The kernel's mangle(): space, tab, newline and backslash as octal escapes. */
function escape(path: string): string {
  return path.replace(/[ \t\n\\]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
}
