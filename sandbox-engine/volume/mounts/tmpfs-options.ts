/**
 * The tmpfs mount options the daemon hands the runtime (moby v28.5.2 daemon/oci_linux.go
 * withMounts: `noexec,nosuid,nodev,rprivate` then the user's data, merged by
 * github.com/moby/sys/mount MergeTmpfsOptions: the last of each flag or `key=` wins; anything
 * else is `invalid tmpfs option ["k" "v"]`).
 */
import { MountParseError } from './parser.ts';

const FLAG_BITS: Record<string, number> = {
  ro: 0x1,
  rw: 0x1,
  suid: 0x2,
  nosuid: 0x2,
  dev: 0x4,
  nodev: 0x4,
  exec: 0x8,
  noexec: 0x8,
  sync: 0x10,
  async: 0x10,
  dirsync: 0x80,
  remount: 0x20,
  mand: 0x40,
  nomand: 0x40,
  atime: 0x400,
  noatime: 0x400,
  diratime: 0x800,
  nodiratime: 0x800,
  bind: 0x1000,
  rbind: 0x5000,
  unbindable: 0x20000,
  runbindable: 0x24000,
  private: 0x40000,
  rprivate: 0x44000,
  slave: 0x80000,
  rslave: 0x84000,
  shared: 0x100000,
  rshared: 0x104000,
  relatime: 0x200000,
  norelatime: 0x200000,
  strictatime: 0x1000000,
  nostrictatime: 0x1000000,
};
const PROPAGATION = new Set(['unbindable', 'runbindable', 'private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared']);
const VALID_DATA = new Set(['', 'size', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol']);

/** MergeTmpfsOptions. */
export function mergeTmpfsOptions(options: readonly string[]): string[] {
  const flagSeen = new Set<number>();
  const dataSeen = new Set<string>();
  const out: string[] = [];
  for (let i = options.length - 1; i >= 0; i--) {
    const o = options[i];
    if (o === 'defaults') continue;
    const bit = FLAG_BITS[o];
    if (bit !== undefined) {
      const key = PROPAGATION.has(o) ? -1 : bit;
      if (!flagSeen.has(key)) {
        out.unshift(o);
        flagSeen.add(key);
      }
      continue;
    }
    const eq = o.indexOf('=');
    const parts = eq < 0 ? [o] : [o.slice(0, eq), o.slice(eq + 1)];
    if (parts.length !== 2 || !VALID_DATA.has(parts[0])) {
      throw new MountParseError(`invalid tmpfs option [${parts.map((p) => JSON.stringify(p)).join(' ')}]`);
    }
    if (!dataSeen.has(parts[0])) {
      out.unshift(o);
      dataSeen.add(parts[0]);
    }
  }
  return out;
}

/** The options a tmpfs mount gets from its data string (`--tmpfs /p:<data>`). */
export function tmpfsMountOptions(data: string): string[] {
  const opts = ['noexec', 'nosuid', 'nodev', 'rprivate'];
  if (data !== '') opts.push(...data.split(','));
  return mergeTmpfsOptions(opts);
}
