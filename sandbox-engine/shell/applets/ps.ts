/**
 * ps: a snapshot of the process table as the caller's PID namespace shows it (lib/proc-view.ts):
 * on the host every process with its host PID, inside a container only the container's processes
 * with their own PIDs. procps-ng's UNIX (-e, -f, -o, -p, -u, -C) and BSD (a, u, x, o) options and
 * formats; busybox's own in lib/ps-busybox.ts. Recorded from procps-ng 4.0.2 (pid_max 4194304):
 *   ps        ->     PID TTY          TIME CMD          (same user, same terminal)
 *   ps -ef    -> UID          PID    PPID  C STIME TTY          TIME CMD
 *   ps aux    -> USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
 *   ps x      ->     PID TTY      STAT   TIME COMMAND
 *   ps -p 999999 -> the header only, status 1
 *   ps -o foo -> "error: unknown user-defined format specifier "foo"" + usage, 1
 * Lines are cut to the terminal width when stdout is a terminal, as procps does.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { ProcView, type ShownProcess } from './lib/proc-view.ts';
import { argsOf, commOf, fieldByName, memoryOf, PRESETS, renderTable, type Field, type FieldContext, type Row } from './lib/ps-fields.ts';
import { userByName, userName } from './lib/userdb.ts';
import { busyboxPs } from './lib/ps-busybox.ts';

const USAGE =
  "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

interface Options {
  all: boolean;
  unixA: boolean;
  bsdA: boolean;
  bsdX: boolean;
  bsdU: boolean;
  bsd: boolean;
  full: boolean;
  format: string[];
  pids: number[];
  uids: number[];
  cmds: string[];
  noHeaders: boolean;
  wide: number;
  sort: string[];
}

class PsError extends Error {}

function pidList(s: string | undefined, flag: string): number[] {
  if (s === undefined) throw new PsError(`list of process IDs must follow ${flag}`);
  const parts = s.split(/[ ,]+/).filter((x) => x !== '');
  if (parts.length === 0 || parts.some((x) => !/^\d+$/.test(x) || Number(x) === 0)) throw new PsError('process ID list syntax error');
  return parts.map(Number);
}

function userList(ctx: ProcessContext, s: string | undefined, flag: string): number[] {
  if (s === undefined) throw new PsError(`list of users must follow ${flag}`);
  return s
    .split(/[ ,]+/)
    .filter((x) => x !== '')
    .map((u) => {
      const pw = userByName(ctx.fs, u);
      if (pw) return pw.uid;
      if (/^\d+$/.test(u)) return Number(u);
      throw new PsError('user name does not exist');
    });
}

function parse(ctx: ProcessContext, args: readonly string[]): Options | 'help' | 'version' {
  const o: Options = { all: false, unixA: false, bsdA: false, bsdX: false, bsdU: false, bsd: false, full: false, format: [], pids: [], uids: [], cmds: [], noHeaders: false, wide: 0, sort: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    // The argument of a letter: the rest of this word, else the next word.
    const argOf = (j: number): string | undefined => (j + 1 < a.length ? a.slice(j + 1) : args[++i]);
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const value = () => (eq >= 0 ? a.slice(eq + 1) : args[++i]);
      if (name === 'help') return 'help';
      if (name === 'version' || name === 'info') return 'version';
      if (['no-headers', 'no-heading', 'no-headings', 'noheader', 'noheaders', 'noheading'].includes(name)) o.noHeaders = true;
      else if (name === 'pid' || name === 'quick-pid') o.pids.push(...pidList(value(), '--pid'));
      else if (name === 'user' || name === 'User') o.uids.push(...userList(ctx, value(), '--user'));
      else if (name === 'format') o.format.push(value() ?? '');
      else if (name === 'forest' || name === 'headers') continue;
      else if (name === 'sort') o.sort.push(...parseSort(value()));
      else if (name === 'cols' || name === 'columns' || name === 'width') value();
      else throw new PsError('unknown gnu long option');
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'e' || c === 'A') o.all = true;
        else if (c === 'a') o.unixA = true;
        else if (c === 'd') o.all = true;
        else if (c === 'f' || c === 'F' || c === 'l') o.full = true;
        else if (c === 'x') o.bsdX = true;
        else if (c === 'w') o.wide++;
        else if (c === 'V') return 'version';
        else if (c === 'o') {
          const v = argOf(j);
          if (v === undefined) throw new PsError('format specification must follow -o');
          o.format.push(v);
          break;
        } else if (c === 'p' || c === 'q') {
          o.pids.push(...pidList(argOf(j), `-${c}`));
          break;
        } else if (c === 'u' || c === 'U') {
          o.uids.push(...userList(ctx, argOf(j), `-${c}`));
          break;
        } else if (c === 'C') {
          const v = argOf(j);
          if (v === undefined) throw new PsError('list of command names must follow -C');
          o.cmds.push(...v.split(/[ ,]+/).filter((x) => x !== ''));
          break;
        } else throw new PsError('unsupported SysV option');
      }
      continue;
    }
    // BSD syntax: letters without a dash.
    o.bsd = true;
    for (let j = 0; j < a.length; j++) {
      const c = a[j];
      if (c === 'a') o.bsdA = true;
      else if (c === 'x') o.bsdX = true;
      else if (c === 'u') o.bsdU = true;
      else if (c === 'w') o.wide++;
      else if (c === 'h') o.noHeaders = true;
      else if (c === 'e' || c === 'f' || c === 'c') continue;
      else if (c === 'o') {
        const v = argOf(j);
        if (v === undefined) throw new PsError('format specification must follow o');
        o.format.push(v);
        break;
      } else if (c === 'p') {
        o.pids.push(...pidList(argOf(j), 'p'));
        break;
      } else if (c === 'U') {
        o.uids.push(...userList(ctx, argOf(j), 'U'));
        break;
      } else if (/\d/.test(c)) {
        o.pids.push(...pidList(a.slice(j), 'p'));
        break;
      } else throw new PsError('unsupported option (BSD syntax)');
    }
  }
  return o;
}

type SortKey = (s: ShownProcess, ctx: ProcessContext) => number | string;

/** --sort keys: what each orders by. */
const SORT_KEYS: Record<string, SortKey> = {
  pid: (s) => s.pid,
  ppid: (s) => s.ppid,
  uid: (s) => s.info.uid,
  user: (s, ctx) => userName(ctx.fs, s.info.uid) ?? String(s.info.uid),
  rss: (s) => memoryOf(s.info)[1],
  vsz: (s) => memoryOf(s.info)[0],
  pmem: (s) => memoryOf(s.info)[1],
  '%mem': (s) => memoryOf(s.info)[1],
  pcpu: () => 0,
  '%cpu': () => 0,
  time: () => 0,
  start_time: (s) => s.info.startTime,
  stime: (s) => s.info.startTime,
  etime: (s) => -s.info.startTime,
  comm: (s) => commOf(s.info),
  cmd: (s) => argsOf(s.info),
  args: (s) => argsOf(s.info),
  tty: (s) => s.info.tty,
};

function parseSort(spec: string | undefined): string[] {
  const keys = (spec ?? '').split(',').filter((k) => k !== '');
  if (keys.length === 0 || keys.some((k) => SORT_KEYS[k.replace(/^[+-]/, '')] === undefined)) throw new PsError('unknown sort specifier');
  return keys;
}

function sortRows(ctx: ProcessContext, rows: Row[], keys: string[]): Row[] {
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const dir = k.startsWith('-') ? -1 : 1;
      const f = SORT_KEYS[k.replace(/^[+-]/, '')];
      const x = f(a.shown, ctx);
      const y = f(b.shown, ctx);
      if (x < y) return -dir;
      if (x > y) return dir;
    }
    return 0;
  });
}

/** The columns: -o lists, else the preset the options imply. */
function columns(o: Options): Field[] {
  if (o.format.length > 0) {
    const fields: Field[] = [];
    for (const spec of o.format) {
      for (const item of spec.split(/[ ,]+/).filter((x) => x !== '')) {
        const eq = item.indexOf('=');
        const name = eq >= 0 ? item.slice(0, eq) : item;
        const base = fieldByName(name);
        if (!base) throw new PsError(`unknown user-defined format specifier "${name}"`);
        if (eq < 0) fields.push(base);
        else {
          const header = item.slice(eq + 1);
          fields.push({ ...base, header, width: Math.max(base.width, header.length) });
        }
      }
    }
    return fields;
  }
  const preset = o.bsdU ? PRESETS.bsdUser : o.full ? PRESETS.full : o.bsd || (o.bsdX && !o.all) ? PRESETS.bsd : PRESETS.default;
  return preset.map((name) => fieldByName(name)!);
}

function isSessionLeader(ctx: ProcessContext, s: ShownProcess): boolean {
  const p = s.info;
  const parent = ctx.host.processes.get(p.ppid);
  if (!parent) return true;
  if (p.tty !== '?') return parent.tty !== p.tty;
  // Daemons started by init detach into their own sessions.
  return p.ppid === 1 || parent.pidns !== p.pidns;
}

function selected(o: Options, r: Row, me: { uid: number; tty: string }): boolean {
  const s = r.shown;
  const p = s.info;
  const explicit = o.pids.length > 0 || o.uids.length > 0 || o.cmds.length > 0;
  if (o.all || (o.bsdA && o.bsdX)) return true;
  if (o.pids.includes(s.pid) || o.uids.includes(p.uid) || o.cmds.includes(commOf(p))) return true;
  if (o.bsdX && p.uid === me.uid) return true;
  if (o.bsdA && p.tty !== '?') return true;
  // -a: processes on a terminal, except session leaders (the login shell).
  if (o.unixA && p.tty !== '?' && !r.sessionLeader) return true;
  if (explicit || o.bsdX || o.bsdA || o.unixA) return false;
  // BSD style without a or x: the user's processes on any terminal; else the same terminal.
  if (o.bsd) return p.uid === me.uid && p.tty !== '?';
  return p.uid === me.uid && p.tty === me.tty;
}

/** MemTotal from /proc/meminfo when the machine has one; else a 4 GiB machine. */
function memTotal(ctx: ProcessContext): number {
  try {
    const m = /MemTotal:\s+(\d+)/.exec(ctx.fs.readText('/proc/meminfo'));
    if (m) return Number(m[1]);
  } catch {
    // no /proc on this machine: use the default below
  }
  return 4_025_424;
}

async function procps(ctx: ProcessContext): Promise<number> {
  let o: Options | 'help' | 'version';
  let fields: Field[];
  try {
    o = parse(ctx, ctx.argv.slice(1));
    if (o === 'help') {
      await ctx.stdout.write(USAGE);
      return 0;
    }
    if (o === 'version') {
      await ctx.stdout.write('ps from procps-ng 4.0.2\n');
      return 0;
    }
    fields = columns(o);
  } catch (e) {
    if (!(e instanceof PsError)) throw e;
    await ctx.stderr.write(`error: ${e.message}\n${USAGE}`);
    return 1;
  }
  const opts = o;
  const view = new ProcView(ctx);
  const me = view.self ? { uid: view.self.uid, tty: view.self.tty } : { uid: ctx.fs.cred.uid, tty: '?' };
  const all = view.list();
  const fc: FieldContext = { ctx, now: ctx.host.clock.now(), memTotalKb: memTotal(ctx) };
  let rows: Row[] = all.map((s) => ({ shown: s, sessionLeader: isSessionLeader(ctx, s) })).filter((r) => selected(opts, r, me));
  if (opts.sort.length > 0) rows = sortRows(ctx, rows, opts.sort);
  const cells = rows.map((r) => fields.map((fd) => fd.value(r, fc)));
  const withHeader = !opts.noHeaders && fields.some((fd) => fd.header !== '');
  let lines = renderTable(fields, cells, withHeader);
  const width = ctx.stdout.isTTY && opts.wide === 0 ? Number(ctx.env.COLUMNS) || ctx.columns : opts.wide === 1 ? 132 : Infinity;
  if (Number.isFinite(width)) lines = lines.map((l) => l.slice(0, width));
  if (lines.length > 0) await ctx.stdout.write(lines.join('\n') + '\n');
  return rows.length > 0 ? 0 : 1;
}

export const applet: Applet = {
  name: 'ps',
  run: (ctx) => (ctx.flavour === 'gnu' ? procps(ctx) : busyboxPs(ctx)),
};

