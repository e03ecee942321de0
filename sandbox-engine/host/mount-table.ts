/**
 * The simulated Debian VM's own mounts (source, target, type, file-system options), in the order
 * its /proc/mounts lists them. df falls back to this table when a machine has no /proc/mounts;
 * with Docker installed, the engine keeps the host's /proc/mounts from it plus one overlay line per
 * running container (daemon/layout.ts). The per-mount flags are not recorded from a real Debian 12
 * host (the recording VM runs without systemd): they show as `rw,relatime` and the size options.
 */
export const HOST_MOUNTS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['sysfs', '/sys', 'sysfs', ''],
  ['proc', '/proc', 'proc', ''],
  ['udev', '/dev', 'devtmpfs', 'size=1965684k'],
  ['devpts', '/dev/pts', 'devpts', ''],
  ['tmpfs', '/run', 'tmpfs', 'size=396680k'],
  ['/dev/sda1', '/', 'ext4', ''],
  ['tmpfs', '/dev/shm', 'tmpfs', ''],
  ['tmpfs', '/run/lock', 'tmpfs', 'size=5120k'],
  ['cgroup2', '/sys/fs/cgroup', 'cgroup2', ''],
  ['tmpfs', '/run/user/1000', 'tmpfs', 'size=396676k'],
];

/** The host's /proc/mounts text: its own mounts, then `extra` lines (without newlines). */
export function hostProcMounts(extra: readonly string[]): string {
  const own = HOST_MOUNTS.map(([src, target, type, opts]) => `${src} ${target} ${type} rw,relatime${opts ? `,${opts}` : ''} 0 0`);
  return [...own, ...extra].map((l) => `${l}\n`).join('');
}
