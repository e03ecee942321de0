/**
 * Output fields of procps-ng ps (4.0.x) for the simulated process table: header, width, alignment
 * and value, recorded from `ps -o ...` on Debian 12 with pid_max 4194304 (so PID columns are 7
 * wide, as on any systemd machine). Columns are separated by one space; a left-aligned last column
 * is not padded. CPU time is never used by the simulated processes, so TIME is always zero.
 */
import type { ProcessContext, ProcessInfo } from '../../process.ts';
import type { ShownProcess } from './proc-view.ts';
import { groupName, userByUid } from './userdb.ts';
import { strftime, zoneFromTZ } from './strftime.ts';

export interface Row {
  shown: ShownProcess;
  /** Whether the process leads its session (a login shell, a daemon): the `s` in STAT. */
  sessionLeader: boolean;
}

export interface FieldContext {
  ctx: ProcessContext;
  now: number;
  memTotalKb: number;
}

export interface Field {
  header: string;
  width: number;
  align: 'left' | 'right';
  value(r: Row, fc: FieldContext): string;
}

/** The kernel's comm: the program's base name, at most 15 bytes (a login shell's `-` dropped). */
export function commOf(p: ProcessInfo): string {
  const a0 = p.argv[0] ?? '';
  const base = a0.slice(a0.lastIndexOf('/') + 1).replace(/^-/, '');
  return base.slice(0, 15);
}

/** /proc/PID/cmdline joined by spaces, or `[comm]` for a process without one (kernel threads). */
export function argsOf(p: ProcessInfo): string {
  return p.argv.length > 0 ? p.argv.join(' ') : `[${commOf(p)}]`;
}

/** Plausible memory figures (kB) for the programs the machines run, from a Debian 12 host. */
const MEMORY: Record<string, [number, number]> = {
  init: [167_828, 12_120],
  systemd: [167_828, 12_120],
  dockerd: [2_119_772, 82_488],
  containerd: [1_874_528, 46_056],
  'containerd-shim': [1_238_204, 13_312],
  bash: [8_724, 5_376],
  sh: [2_592, 1_636],
  sleep: [5_476, 1_828],
  ps: [11_372, 4_608],
  sudo: [11_264, 5_248],
};

export function memoryOf(p: ProcessInfo): [number, number] {
  const comm = commOf(p);
  return MEMORY[comm] ?? MEMORY[comm.replace(/-runc.*$/, '')] ?? [6_112, 2_304];
}

/** Programs that run several threads (the `l` in STAT). */
const MULTITHREADED = new Set(['dockerd', 'containerd', 'containerd-shim', 'containerd-shim-runc-v2']);

/** BSD STAT: state letter, then s (session leader), l (threads), + (foreground). */
export function statOf(r: Row): string {
  const p = r.shown.info;
  let s = p.state;
  if (r.sessionLeader) s += 's';
  if (MULTITHREADED.has(commOf(p))) s += 'l';
  if (p.tty !== '?' && !r.sessionLeader) s += '+';
  return s;
}

function userName8(fc: FieldContext, uid: number): string {
  const name = userByUid(fc.ctx.fs, uid)?.name;
  if (name === undefined) return String(uid);
  return name.length > 8 ? name.slice(0, 7) + '+' : name;
}

const two = (n: number) => String(n).padStart(2, '0');

/** [[DD-]hh:]mm:ss, as ELAPSED prints. */
function elapsed(sec: number): string {
  const d = Math.floor(sec / 86400);
  const h = Math.floor((sec % 86400) / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  if (d > 0) return `${d}-${two(h)}:${two(m)}:${two(s)}`;
  if (h > 0) return `${two(h)}:${two(m)}:${two(s)}`;
  return `${two(m)}:${two(s)}`;
}

/** STIME/START: the time today, the day this year, else the year. */
function startText(fc: FieldContext, start: number): string {
  const zone = zoneFromTZ(fc.ctx.env.TZ);
  if (fc.now - start < 86_400_000) return strftime('%H:%M', start, zone, { gnuExtensions: true });
  const sameYear = strftime('%Y', start, zone, { gnuExtensions: true }) === strftime('%Y', fc.now, zone, { gnuExtensions: true });
  return strftime(sameYear ? '%b%d' : '%Y', start, zone, { gnuExtensions: true });
}

function pct(kb: number, total: number): string {
  return ((kb * 100) / total).toFixed(1);
}

const f = (header: string, width: number, align: 'left' | 'right', value: Field['value']): Field => ({ header, width, align, value });

const pidF = f('PID', 7, 'right', (r) => String(r.shown.pid));
const ppidF = f('PPID', 7, 'right', (r) => String(r.shown.ppid));
const ttyF = (h: string) => f(h, 8, 'left', (r) => r.shown.info.tty);
const timeF = f('TIME', 8, 'right', () => '00:00:00');
const argsF = (h: string) => f(h, 27, 'left', (r) => argsOf(r.shown.info));
const commF = f('COMMAND', 15, 'left', (r) => commOf(r.shown.info));
const userF = f('USER', 8, 'left', (r, fc) => userName8(fc, r.shown.info.uid));

/** Names `-o` accepts, with their procps headers. */
export const FIELDS: Record<string, Field> = {
  pid: pidF,
  tgid: pidF,
  ppid: ppidF,
  uid: f('UID', 5, 'right', (r) => String(r.shown.info.uid)),
  euid: f('EUID', 5, 'right', (r) => String(r.shown.info.uid)),
  ruid: f('RUID', 5, 'right', (r) => String(r.shown.info.uid)),
  user: userF,
  euser: f('EUSER', 8, 'left', (r, fc) => userName8(fc, r.shown.info.uid)),
  ruser: f('RUSER', 8, 'left', (r, fc) => userName8(fc, r.shown.info.uid)),
  uname: userF,
  gid: f('GID', 5, 'right', (r, fc) => String(userByUid(fc.ctx.fs, r.shown.info.uid)?.gid ?? r.shown.info.uid)),
  group: f('GROUP', 8, 'left', (r, fc) => {
    const gid = userByUid(fc.ctx.fs, r.shown.info.uid)?.gid ?? r.shown.info.uid;
    return groupName(fc.ctx.fs, gid) ?? String(gid);
  }),
  tty: ttyF('TT'),
  tt: ttyF('TT'),
  tname: ttyF('TTY'),
  stat: f('STAT', 4, 'left', (r) => statOf(r)),
  state: f('S', 1, 'left', (r) => r.shown.info.state),
  s: f('S', 1, 'left', (r) => r.shown.info.state),
  time: timeF,
  cputime: timeF,
  etime: f('ELAPSED', 11, 'right', (r, fc) => elapsed(Math.max(0, Math.floor((fc.now - r.shown.info.startTime) / 1000)))),
  etimes: f('ELAPSED', 7, 'right', (r, fc) => String(Math.max(0, Math.floor((fc.now - r.shown.info.startTime) / 1000)))),
  stime: f('STIME', 5, 'left', (r, fc) => startText(fc, r.shown.info.startTime)),
  start_time: f('START', 5, 'left', (r, fc) => startText(fc, r.shown.info.startTime)),
  start: f('STARTED', 8, 'right', (r, fc) => strftime('%H:%M:%S', r.shown.info.startTime, zoneFromTZ(fc.ctx.env.TZ), { gnuExtensions: true })),
  lstart: f('STARTED', 24, 'right', (r, fc) => strftime('%a %b %e %H:%M:%S %Y', r.shown.info.startTime, zoneFromTZ(fc.ctx.env.TZ), { gnuExtensions: true })),
  c: f('C', 2, 'right', () => '0'),
  pcpu: f('%CPU', 4, 'right', () => '0.0'),
  '%cpu': f('%CPU', 4, 'right', () => '0.0'),
  pmem: f('%MEM', 4, 'right', (r, fc) => pct(memoryOf(r.shown.info)[1], fc.memTotalKb)),
  '%mem': f('%MEM', 4, 'right', (r, fc) => pct(memoryOf(r.shown.info)[1], fc.memTotalKb)),
  vsz: f('VSZ', 6, 'right', (r) => String(memoryOf(r.shown.info)[0])),
  vsize: f('VSZ', 6, 'right', (r) => String(memoryOf(r.shown.info)[0])),
  rss: f('RSS', 5, 'right', (r) => String(memoryOf(r.shown.info)[1])),
  rssize: f('RSS', 5, 'right', (r) => String(memoryOf(r.shown.info)[1])),
  ni: f('NI', 3, 'right', () => '0'),
  nice: f('NI', 3, 'right', () => '0'),
  pri: f('PRI', 3, 'right', () => '19'),
  comm: commF,
  ucomm: commF,
  ucmd: commF,
  fname: f('COMMAND', 8, 'left', (r) => commOf(r.shown.info).slice(0, 8)),
  args: argsF('COMMAND'),
  command: argsF('COMMAND'),
  cmd: argsF('CMD'),
};

/** Preset formats (the field lists procps uses for them). */
export const PRESETS = {
  default: ['pid', 'tname', 'time', 'ucmd'],
  full: ['user:UID', 'pid', 'ppid', 'c', 'stime', 'tname', 'time', 'cmd'],
  bsdUser: ['user', 'pid', '%cpu', '%mem', 'vsz', 'rss', 'tname:TTY', 'stat', 'start_time', 'bsdtime', 'args'],
  bsd: ['pid', 'tname', 'stat', 'bsdtime', 'args'],
};

/** BSD TIME (m:ss, width 6) and a few preset-only variants. */
export const PRESET_FIELDS: Record<string, Field> = {
  bsdtime: f('TIME', 6, 'right', () => '0:00'),
  ucmd: f('CMD', 15, 'left', (r) => commOf(r.shown.info)),
};

/** Field `name`, optionally `name:HEADER` for presets; undefined if unknown. */
export function fieldByName(spec: string): Field | undefined {
  const [name, header] = spec.split(':');
  const base = PRESET_FIELDS[name] ?? FIELDS[name.toLowerCase()];
  if (!base) return undefined;
  if (header === undefined) return base;
  // A width after the colon (`user:12`) widens the column; other text renames the header.
  if (/^\d+$/.test(header)) return { ...base, width: Number(header) };
  return { ...base, header };
}

/** Lay out rows: right columns padded left, left columns padded right except the last. */
export function renderTable(fields: Field[], cells: string[][], withHeader: boolean): string[] {
  const lines: string[] = [];
  const render = (vals: string[]) =>
    vals
      .map((v, i) => {
        const fd = fields[i];
        if (fd.align === 'right') return v.padStart(fd.width, ' ');
        return i === vals.length - 1 ? v : v.padEnd(fd.width, ' ');
      })
      .join(' ');
  if (withHeader) lines.push(render(fields.map((fd) => fd.header)));
  for (const c of cells) lines.push(render(c));
  return lines;
}
