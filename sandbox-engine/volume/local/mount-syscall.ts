/**
 * What mount(2) does for a local volume with driver options (moby v28.5.2 volume/local/
 * local_unix.go `mount()` → github.com/moby/sys/mount `Mount(device, target, type, options)`):
 * the options string is split into mount flags and file-system data (moby/sys/mount flags.go
 * parseOptions), and a failure reads as mount's error:
 *   `mount <device>:<target>[, flags: 0x<hex>][, data: <data>]: <errno text>`.
 *
 * The simulated kernel knows tmpfs, bind and NFS mounts (NFS against the simulated server of
 * local/nfs.ts); any other file-system type is ENODEV, as on a kernel without that module
 * (recorded with `-o type=nfs` on the reference host, which has no NFS module), and a disk type
 * whose device path does not exist is ENOENT.
 */

/** moby/sys/mount flags.go: option → [clear, flag]. */
const FLAGS: Record<string, [boolean, number]> = {
  defaults: [false, 0],
  ro: [false, 0x1],
  rw: [true, 0x1],
  suid: [true, 0x2],
  nosuid: [false, 0x2],
  dev: [true, 0x4],
  nodev: [false, 0x4],
  exec: [true, 0x8],
  noexec: [false, 0x8],
  sync: [false, 0x10],
  async: [true, 0x10],
  remount: [false, 0x20],
  mand: [false, 0x40],
  nomand: [true, 0x40],
  dirsync: [false, 0x80],
  atime: [true, 0x400],
  noatime: [false, 0x400],
  diratime: [true, 0x800],
  nodiratime: [false, 0x800],
  bind: [false, 0x1000],
  rbind: [false, 0x1000 | 0x4000],
  relatime: [false, 0x200000],
  norelatime: [true, 0x200000],
  strictatime: [false, 0x1000000],
};

export interface ParsedMountOptions {
  flags: number;
  data: string;
}

/** parseOptions: known words become flags, the rest is data for the file system. */
export function parseMountOptions(options: string): ParsedMountOptions {
  let flags = 0;
  const data: string[] = [];
  for (const o of options.split(',')) {
    if (o === '') continue;
    const f = FLAGS[o];
    if (f) {
      flags = f[0] ? flags & ~f[1] : flags | f[1];
      continue;
    }
    data.push(o);
  }
  return { flags, data: data.join(',') };
}

/** mountError.Error(). */
export function mountErrorText(device: string, target: string, opts: ParsedMountOptions, err: string): string {
  let out = `mount ${device !== '' ? `${device}:${target}` : target}`;
  if (opts.flags !== 0) out += `, flags: 0x${opts.flags.toString(16)}`;
  if (opts.data !== '') out += `, data: ${opts.data}`;
  return `${out}: ${err}`;
}

/** tmpfs data options the simulator honours: the root directory's mode and owner. */
export function tmpfsRootAttrs(data: string, defaults: { mode: number; uid: number; gid: number }): { mode: number; uid: number; gid: number } {
  const out = { ...defaults };
  for (const o of data.split(',')) {
    const [k, v] = [o.slice(0, o.indexOf('=') < 0 ? o.length : o.indexOf('=')), o.slice(o.indexOf('=') + 1)];
    if (k === 'mode' && /^[0-7]+$/.test(v)) out.mode = parseInt(v, 8) & 0o7777;
    if (k === 'uid' && /^\d+$/.test(v)) out.uid = Number(v);
    if (k === 'gid' && /^\d+$/.test(v)) out.gid = Number(v);
  }
  return out;
}
