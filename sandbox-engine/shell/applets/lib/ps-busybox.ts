/**
 * busybox ps as Alpine builds it (CONFIG_DESKTOP with the time and extra columns): every process
 * the caller's PID namespace shows, in `-o` columns, default `pid,user,time,args`:
 *   PID   USER     TIME  COMMAND
 *       1 root      0:00 sh
 * Column widths, the `=HEADER` rule (only on the last item of a comma list), the 4-character
 * VSZ/RSS numbers ("163m") and the "[m]m:ss" times follow busybox's procps/ps.c and
 * libbb/xfuncs.c. Debian's busybox 1.35 build (no time columns) was used to check the messages:
 *   ps -o foo -> "ps: bad -o argument 'foo', supported arguments: user,group,...", 1
 *   ps -x     -> "ps: invalid option -- 'x'" + usage, 1
 */
import type { ProcessContext } from '../../process.ts';
import { ProcView, type ShownProcess } from './proc-view.ts';
import { argsOf, commOf, memoryOf } from './ps-fields.ts';
import { groupName, userByUid, userName } from './userdb.ts';
import { parseOptions, progName } from './parse-options.ts';
import { busyboxHelp, sysUsageError } from './sys-usage.ts';

const MAX_WIDTH = 2048;

interface BbField {
  name: string;
  header: string;
  width: number;
  value(s: ShownProcess, ctx: ProcessContext, now: number): string;
}

/** busybox's compact "1234", "163m", "1.2g" for kB figures (smart_ulltoa4). */
export function compact4(kb: number): string {
  let ul = kb;
  let idx = 0;
  if (ul > 9999) {
    ul *= 10;
    do {
      ul = Math.floor(ul / 1024);
      idx++;
    } while (ul >= 10000);
  }
  if (idx === 0) return String(ul).padStart(4, ' ');
  const scale = ' mgtpezy'[idx];
  const u = Math.floor(ul / 10);
  const tenth = ul % 10;
  if (u >= 10) return String(u).padStart(3, ' ') + scale;
  return `${u}.${tenth}${scale}`;
}

/** busybox's 5-character duration: "mm:ss", "hhHmm", "ddDhh" or "NNNNd". */
function duration(sec: number): string {
  let tt = sec;
  let ff = tt % 60;
  tt = Math.floor(tt / 60);
  if (tt < 60) return `${String(tt).padStart(2, ' ')}:${String(ff).padStart(2, '0')}`;
  ff = tt % 60;
  tt = Math.floor(tt / 60);
  if (tt < 24) return `${String(tt).padStart(2, ' ')}h${String(ff).padStart(2, '0')}`;
  ff = tt % 24;
  tt = Math.floor(tt / 24);
  if (tt < 100) return `${String(tt).padStart(2, ' ')}d${String(ff).padStart(2, '0')}`;
  return `${String(tt).padStart(4, ' ')}d`;
}

/** The controlling terminal as major,minor: pts/N is 136,N and ttyN is 4,N. */
function ttyNumbers(tty: string): string {
  let m = /^pts\/(\d+)$/.exec(tty);
  if (m) return `136,${m[1]}`;
  m = /^tty(\d+)$/.exec(tty);
  if (m) return `4,${m[1]}`;
  return '?';
}

const userOf = (s: ShownProcess, ctx: ProcessContext) => userName(ctx.fs, s.info.uid) ?? String(s.info.uid);
const groupOf = (s: ShownProcess, ctx: ProcessContext) => {
  const gid = userByUid(ctx.fs, s.info.uid)?.gid ?? s.info.uid;
  return groupName(ctx.fs, gid) ?? String(gid);
};
const elapsedSec = (s: ShownProcess, now: number) => Math.max(0, Math.floor((now - s.info.startTime) / 1000));

/** In busybox's table order, which its "supported arguments" list repeats. */
const FIELDS: BbField[] = [
  { name: 'user', header: 'USER', width: 8, value: userOf },
  { name: 'group', header: 'GROUP', width: 8, value: groupOf },
  { name: 'comm', header: 'COMMAND', width: 16, value: (s) => commOf(s.info) },
  { name: 'args', header: 'COMMAND', width: MAX_WIDTH, value: (s) => argsOf(s.info) },
  { name: 'pid', header: 'PID', width: 5, value: (s) => String(s.pid).padStart(5, ' ') },
  { name: 'ppid', header: 'PPID', width: 5, value: (s) => String(s.ppid).padStart(5, ' ') },
  // Process groups are not modelled: each process leads its own.
  { name: 'pgid', header: 'PGID', width: 5, value: (s) => String(s.pid).padStart(5, ' ') },
  { name: 'etime', header: 'ELAPSED', width: 7, value: (s, _c, now) => duration(elapsedSec(s, now)) },
  { name: 'nice', header: 'NI', width: 5, value: () => '0'.padStart(5, ' ') },
  { name: 'rgroup', header: 'RGROUP', width: 8, value: groupOf },
  { name: 'ruser', header: 'RUSER', width: 8, value: userOf },
  { name: 'time', header: 'TIME', width: 5, value: () => duration(0) },
  { name: 'tty', header: 'TT', width: 6, value: (s) => ttyNumbers(s.info.tty) },
  { name: 'vsz', header: 'VSZ', width: 4, value: (s) => compact4(memoryOf(s.info)[0]) },
  { name: 'sid', header: 'SID', width: 5, value: (s) => String(s.pid).padStart(5, ' ') },
  { name: 'stat', header: 'STAT', width: 4, value: (s) => s.info.state },
  { name: 'rss', header: 'RSS', width: 4, value: (s) => compact4(memoryOf(s.info)[1]) },
];

class BadColumn extends Error {}

/** strncmp(name, name6, 6): the first six characters decide. */
function findField(name: string): BbField {
  const f = FIELDS.find((x) => x.name.slice(0, 6) === name.slice(0, 6) && (name.length >= 6 || name === x.name));
  if (!f) throw new BadColumn(name);
  return f;
}

interface Column {
  field: BbField;
  header: string;
  width: number;
}

/** One -o argument: names split at commas until an '=' comes first; that last one may rename. */
function parseO(spec: string, out: Column[]): boolean {
  let printHeader = false;
  let opt = spec;
  for (;;) {
    const comma = opt.indexOf(',');
    const equal = opt.indexOf('=');
    if (comma >= 0 && (equal < 0 || equal > comma)) {
      const f = findField(opt.slice(0, comma));
      out.push({ field: f, header: f.header, width: f.width });
      printHeader = true;
      opt = opt.slice(comma + 1);
      continue;
    }
    break;
  }
  const equal = opt.indexOf('=');
  const f = findField(equal >= 0 ? opt.slice(0, equal) : opt);
  if (equal >= 0) {
    const header = opt.slice(equal + 1);
    out.push({ field: f, header, width: header !== '' ? header.length : f.width });
    if (header !== '') printHeader = true;
  } else {
    out.push({ field: f, header: f.header, width: f.width });
    printHeader = true;
  }
  return printHeader;
}

export async function busyboxPs(ctx: ProcessContext): Promise<number> {
  const help = await busyboxHelp(ctx, 'ps');
  if (help !== null) return help;
  const r = parseOptions(ctx, { name: 'ps', short: 'Zo:aAdeflT' });
  if (!r.ok) return sysUsageError(ctx, 'ps', r.message);
  const columns: Column[] = [];
  let printHeader = false;
  try {
    const specs = r.opts.filter((o) => o.key === 'o').map((o) => o.value ?? '');
    for (const spec of specs.length > 0 ? specs : ['pid,user,time,args']) printHeader = parseO(spec, columns) || printHeader;
  } catch (e) {
    if (!(e instanceof BadColumn)) throw e;
    const names = FIELDS.map((f) => f.name).join(',');
    await ctx.stderr.write(`${progName(ctx, 'ps')}: bad -o argument '${e.message}', supported arguments: ${names}\n`);
    return 1;
  }
  const termWidth = ctx.stdout.isTTY ? Math.min(MAX_WIDTH, ctx.columns - 1) : MAX_WIDTH;
  // Columns that start beyond the terminal's width are dropped (the one crossing it stays).
  let total = 0;
  let count = 0;
  for (const c of columns) {
    count++;
    total += c.width + 1;
    if (total > termWidth) break;
  }
  const cols = columns.slice(0, count);
  // Values are cut to their column (snprintf into width+1 bytes); headers are not.
  const line = (vals: string[], header: boolean) =>
    vals
      .map((v, i) => {
        const text = header ? v : v === '' ? '-' : v.slice(0, cols[i].width);
        return i === vals.length - 1 ? text : text.padEnd(cols[i].width, ' ') + ' ';
      })
      .join('')
      .slice(0, termWidth);
  const out: string[] = [];
  if (printHeader) out.push(line(cols.map((c) => c.header), true));
  const now = ctx.host.clock.now();
  for (const s of new ProcView(ctx).list()) {
    ctx.tick();
    out.push(line(cols.map((c) => c.field.value(s, ctx, now)), false));
  }
  if (out.length > 0) await ctx.stdout.write(out.join('\n') + '\n');
  return 0;
}
