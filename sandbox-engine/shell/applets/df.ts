/**
 * df: file-system usage. The mount list comes from /proc/mounts when the machine provides one
 * (`source target type options ...`); otherwise a fixed table: a Debian VM host (/dev/sda1 on /,
 * udev, tmpfs on /run ...) or, when /.dockerenv exists, a Docker container (overlay on /, tmpfs
 * /dev, shm, the /etc/hosts bind mounts). Sizes are constants so output is stable: a 29 GiB root
 * disk, 2 GiB of RAM for tmpfs; `size=` mount options are honoured.
 *
 * GNU (coreutils 9.1): columns sized to their contents, pseudo and duplicate mounts hidden unless
 * -a, Use% rounded up, `df: x: No such file or directory`. busybox: fixed 20-column layout,
 * Use% rounded to nearest, `df: x: can't find mount point`.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { attempt, errText, parseOrFail, warn, type OptionSpec } from './lib/fs-common.ts';
import { bbHuman, gnuHuman } from './lib/sizes.ts';
import { HOST_MOUNTS } from '../../host/mount-table.ts';

const GNU_SPEC: OptionSpec = {
  name: 'df',
  short: 'ahHiklmPTt:x:B:',
  long: [
    { name: 'all', arg: 'none', key: 'a' },
    { name: 'human-readable', arg: 'none', key: 'h' },
    { name: 'si', arg: 'none', key: 'H' },
    { name: 'inodes', arg: 'none', key: 'i' },
    { name: 'local', arg: 'none', key: 'l' },
    { name: 'portability', arg: 'none', key: 'P' },
    { name: 'print-type', arg: 'none', key: 'T' },
    { name: 'type', arg: 'required', key: 't' },
    { name: 'exclude-type', arg: 'required', key: 'x' },
    { name: 'block-size', arg: 'required', key: 'B' },
    { name: 'total', arg: 'none', key: 'total' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'df', short: 'kPTt:aiB:hHm' };

interface Mount {
  source: string;
  target: string;
  type: string;
  /** 1K blocks. */
  size: number;
  used: number;
  avail: number;
  inodes: number;
  iused: number;
}

const ROOT_DISK = { size: 30297152, used: 2871132, avail: 25861280, inodes: 1933312, iused: 87095 };
const RAM_HALF = 1983384;

/** Pseudo file systems: no blocks, hidden unless -a. */
const PSEUDO = new Set(['proc', 'sysfs', 'devpts', 'cgroup', 'cgroup2', 'mqueue', 'securityfs', 'pstore', 'bpf', 'debugfs', 'tracefs', 'hugetlbfs', 'configfs', 'fusectl', 'binfmt_misc', 'autofs', 'nsfs']);

function sized(source: string, target: string, type: string, options: string): Mount {
  if (PSEUDO.has(type)) return { source, target, type, size: 0, used: 0, avail: 0, inodes: 0, iused: 0 };
  if (type === 'tmpfs' || type === 'devtmpfs') {
    const m = /(?:^|,)size=(\d+)([kmg]?)/.exec(options);
    let size = RAM_HALF;
    if (m) size = Math.floor(Number(m[1]) * ({ '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 } as Record<string, number>)[m[2]]);
    const used = target === '/run' ? 552 : 0;
    return { source, target, type, size, used, avail: size - used, inodes: Math.floor(size / 4), iused: used ? 660 : 1 };
  }
  return { source, target, type, ...ROOT_DISK };
}

const HOST_TABLE = HOST_MOUNTS;

const CONTAINER_TABLE: [string, string, string, string][] = [
  ['overlay', '/', 'overlay', ''],
  ['proc', '/proc', 'proc', ''],
  ['tmpfs', '/dev', 'tmpfs', 'size=65536k'],
  ['devpts', '/dev/pts', 'devpts', ''],
  ['sysfs', '/sys', 'sysfs', ''],
  ['cgroup', '/sys/fs/cgroup', 'cgroup2', ''],
  ['mqueue', '/dev/mqueue', 'mqueue', ''],
  ['shm', '/dev/shm', 'tmpfs', 'size=65536k'],
  ['/dev/sda1', '/etc/resolv.conf', 'ext4', ''],
  ['/dev/sda1', '/etc/hostname', 'ext4', ''],
  ['/dev/sda1', '/etc/hosts', 'ext4', ''],
  ['tmpfs', '/proc/acpi', 'tmpfs', ''],
  ['tmpfs', '/sys/firmware', 'tmpfs', ''],
];

function mountTable(ctx: ProcessContext): Mount[] {
  const text = attempt(() => ctx.fs.readText('/proc/mounts'));
  if (text.ok && text.value.trim() !== '') {
    return text.value
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const f = l.split(/\s+/);
        return sized(f[0], (f[1] ?? '/').replace(/\\040/g, ' '), f[2] ?? 'unknown', f[3] ?? '');
      });
  }
  const table = ctx.fs.exists('/.dockerenv') ? CONTAINER_TABLE : HOST_TABLE;
  return table.map(([s, t, ty, o]) => sized(s, t, ty, o));
}

/** The mount holding a path: the longest mount point that is a prefix of its real path. */
function mountOf(table: Mount[], real: string): Mount | undefined {
  let best: Mount | undefined;
  for (const m of table) {
    const within = m.target === '/' || real === m.target || real.startsWith(m.target + '/');
    if (within && (!best || m.target.length >= best.target.length)) best = m;
  }
  return best;
}

function gnuPercent(used: number, avail: number): string {
  const total = used + avail;
  if (total === 0) return '-';
  return `${Math.ceil((used * 100) / total)}%`;
}

function bbPercent(used: number, avail: number): number {
  const total = used + avail;
  if (total === 0) return 0;
  return Math.floor((used * 100 + total / 2) / total);
}

interface View {
  inodes: boolean;
  human: boolean;
  unit: number;
  type: boolean;
  posix: boolean;
}

function gnuRender(rows: Mount[], v: View, total: boolean): string {
  const header = [
    'Filesystem',
    ...(v.type ? ['Type'] : []),
    v.inodes ? 'Inodes' : v.human ? 'Size' : v.posix ? `${v.unit}-blocks` : v.unit === 1024 ? '1K-blocks' : v.unit === 1024 * 1024 ? '1M-blocks' : `${v.unit}B-blocks`,
    v.inodes ? 'IUsed' : 'Used',
    v.inodes ? 'IFree' : v.human ? 'Avail' : 'Available',
    v.inodes ? 'IUse%' : v.posix ? 'Capacity' : 'Use%',
    'Mounted on',
  ];
  const num = (k: number): string => (v.human ? (k === 0 ? '0' : gnuHuman(k * 1024)) : String(Math.ceil((k * 1024) / v.unit)));
  const list = [...rows];
  if (total) {
    const t = list.reduce(
      (a, m) => ({ ...a, size: a.size + m.size, used: a.used + m.used, avail: a.avail + m.avail, inodes: a.inodes + m.inodes, iused: a.iused + m.iused }),
      { source: 'total', target: '-', type: '-', size: 0, used: 0, avail: 0, inodes: 0, iused: 0 } as Mount,
    );
    list.push(t);
  }
  const cells = list.map((m) => [
    m.source,
    ...(v.type ? [m.type] : []),
    v.inodes ? String(m.inodes) : num(m.size),
    v.inodes ? String(m.iused) : num(m.used),
    v.inodes ? String(m.inodes - m.iused) : num(m.avail),
    v.inodes ? gnuPercent(m.iused, m.inodes - m.iused) : gnuPercent(m.used, m.avail),
    m.target,
  ]);
  const mins = [14, ...(v.type ? [4] : []), 5, 5, 5, 4, 0];
  const widths = header.map((h, i) => Math.max(mins[i], h.length, ...cells.map((c) => c[i].length)));
  const leftAligned = (i: number): boolean => i === 0 || (v.type && i === 1);
  const line = (row: string[]): string =>
    row
      .map((c, i) => (i === row.length - 1 ? c : leftAligned(i) ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join(' ') + '\n';
  // Headers are aligned like their columns.
  let out = line(header);
  for (const c of cells) out += line(c);
  return out;
}

function bbRender(rows: Mount[], v: View): string {
  const unitsHdr = v.inodes ? '   Inodes' : v.human ? '     Size' : `${bbHuman(v.unit, 0)}-blocks`;
  let out = `Filesystem           ${v.type ? 'Type       ' : ''}${unitsHdr.padEnd(15)}Used Available ${v.posix ? 'Capacity' : 'Use%'} Mounted on\n`;
  const fmt = (k: number): string => {
    if (v.inodes) return String(k);
    if (v.human) return bbHuman(k * 1024, 1);
    return String(Math.floor((k * 1024 + v.unit / 2) / v.unit));
  };
  for (const m of rows) {
    let line = m.source.length > 20 && !v.posix ? `${m.source}\n${' '.repeat(20)}` : m.source.padEnd(20);
    if (v.type) line += m.type.length > 10 && !v.posix ? ` ${m.type}\n${' '.repeat(31)}` : ` ${m.type.padEnd(10)}`;
    const size = v.inodes ? m.inodes : m.size;
    const used = v.inodes ? m.iused : m.used;
    const avail = v.inodes ? m.inodes - m.iused : m.avail;
    line += ` ${fmt(size).padStart(9)} ${fmt(used).padStart(9)} ${fmt(avail).padStart(9)} ${String(bbPercent(used, avail)).padStart(3)}% ${m.target}\n`;
    out += line;
  }
  return out;
}

export const applet: Applet = {
  name: 'df',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    const v: View = { inodes: p.has('i'), human: false, unit: 1024, type: p.has('T'), posix: p.has('P') };
    for (const { key, value } of p.opts) {
      if (key === 'h' || key === 'H') v.human = true;
      else if (key === 'k') {
        v.human = false;
        v.unit = 1024;
      } else if (key === 'm') {
        v.human = false;
        v.unit = 1024 * 1024;
      } else if (key === 'B') {
        const m = /^(\d*)([KMG]?)(?:i?B)?$/.exec(value ?? '');
        if (!m || (m[1] === '' && m[2] === '')) {
          await warn(ctx, 'df', gnu ? `invalid --block-size argument '${value}'` : `invalid number '${value}'`);
          return 1;
        }
        v.unit = (m[1] ? Number(m[1]) : 1) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[m[2]];
        v.human = false;
      }
    }
    const all = mountTable(ctx);
    const onlyType = p.value('t');
    const excludeType = gnu ? p.value('x') : undefined;
    let rows: Mount[] = [];
    let status = 0;
    if (p.operands.length > 0) {
      for (const arg of p.operands) {
        ctx.tick();
        const real = attempt(() => ctx.fs.realpath(arg));
        if (!real.ok) {
          if (gnu) await warn(ctx, 'df', `${arg}: ${errText(real.error)}`);
          else await warn(ctx, 'df', `${arg}: can't find mount point`);
          status = 1;
          continue;
        }
        const m = mountOf(all, real.value);
        if (m) rows.push(m);
      }
      if (gnu && rows.length === 0) {
        if (status === 0) await warn(ctx, 'df', 'no file systems processed');
        return 1;
      }
    } else {
      rows = all.filter((m) => p.has('a') || m.size > 0);
      if (gnu && !p.has('a')) {
        // Keep one line per device: the shortest mount point wins (bind mounts of one disk).
        rows = rows.filter((m, i) => {
          if (!m.source.startsWith('/')) return true;
          return !rows.some((o, j) => j !== i && o.source === m.source && (o.target.length < m.target.length || (o.target.length === m.target.length && j > i)));
        });
      }
    }
    if (onlyType) rows = rows.filter((m) => m.type === onlyType);
    if (excludeType) rows = rows.filter((m) => m.type !== excludeType);
    const text = gnu ? gnuRender(rows, v, p.has('total')) : bbRender(rows, v);
    await ctx.stdout.write(text);
    return status;
  },
};
