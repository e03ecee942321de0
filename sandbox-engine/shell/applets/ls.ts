/**
 * ls: list directory contents, as GNU coreutils 9.1 and busybox print it.
 *
 * Order of work (both): operands are stat'ed first (errors at once), then the non-directories are
 * listed as one group, then each directory (a `name:` header when there are several operands or
 * -R), recursing depth-first in sorted order with -R. Sorting is by name in the C.UTF-8 locale
 * (code-point order), or by -t/-S, reversed by -r.
 *
 * Layout: -l long lines; -1 one per line; -C/-x columns. Without any of them: columns when stdout is
 * a terminal (ctx.columns wide), one per line otherwise. GNU quotes names with shell-escape
 * quoting on a terminal ('sp ace'), literally otherwise; busybox never quotes.
 * Exit status: GNU 2 when an operand cannot be accessed, 1 for lesser trouble; busybox 1.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { attempt, errText, joinPath, parseOrFail, qa, warn } from './lib/fs-common.ts';
import { BB_SPEC, GNU_SPEC, parseOptions, type Options } from './lib/ls-options.ts';
import { isUtf8Locale, quoteName, startsWithQuote } from './lib/fs-quote.ts';
import { IdNames } from './lib/id-names.ts';
import { modeString } from './lib/modestring.ts';
import { bbHuman, blocks512, gnuHuman } from './lib/sizes.ts';
import { isoNanos, isoSeconds, lsDate } from './lib/fs-time.ts';
import { busyboxColumns, gnuColumns, type Cell } from './lib/ls-layout.ts';
import { BB_COLOR_END, busyboxColor, gnuColorOf, gnuColors, type GnuColors } from './lib/ls-colors.ts';
import { pace } from './lib/pace.ts';

interface Entry {
  /** Name to print (operand as given, or the entry's own name). */
  name: string;
  /** Path to reach it. */
  path: string;
  /** lstat (or stat when following); null when it could not be stat'ed. */
  st: Stat | null;
  /** For symlinks: the target's stat (null when dangling). */
  target?: Stat | null;
  linkText?: string;
}

interface Run {
  ctx: ProcessContext;
  o: Options;
  ids: IdNames;
  gnu: boolean;
  utf8: boolean;
  colors: GnuColors | null;
  usedColor: boolean;
  now: number;
  status: number;
  /** Something was printed already (a blank line goes before the next directory). */
  printed: boolean;
  out: string[];
}

async function flush(r: Run): Promise<void> {
  if (r.out.length === 0) return;
  const text = r.out.join('');
  r.out = [];
  await r.ctx.stdout.write(text);
}

function emit(r: Run, s: string): void {
  r.out.push(s);
}

async function complain(r: Run, text: string, status: number): Promise<void> {
  await flush(r);
  await warn(r.ctx, 'ls', text);
  r.status = Math.max(r.status, status);
}

function statEntry(r: Run, path: string, follow: boolean): { st: Stat | null; err?: ReturnType<typeof attempt<Stat>> } {
  const res = attempt(() => (follow ? r.ctx.fs.stat(path) : r.ctx.fs.lstat(path)));
  if (res.ok) return { st: res.value };
  return { st: null, err: res };
}

/** Fill in what long listings and indicators need about symlinks. */
function withLinkInfo(r: Run, e: Entry): Entry {
  if (e.st?.kind === 'symlink') {
    const t = attempt(() => r.ctx.fs.stat(e.path));
    e.target = t.ok ? t.value : null;
    const l = attempt(() => r.ctx.fs.readlink(e.path));
    e.linkText = l.ok ? l.value : '';
  }
  return e;
}

function timeOf(st: Stat, which: Options['time']): number {
  return which === 'ctime' ? st.ctime : which === 'atime' ? st.atime : st.mtime;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortEntries(r: Run, list: Entry[]): Entry[] {
  const o = r.o;
  if (o.sortBy === 'none') return o.reverse ? [...list].reverse() : list;
  const cmp = (a: Entry, b: Entry): number => {
    if (o.dirsFirst) {
      const da = isDirLike(r, a) ? 1 : 0;
      const db = isDirLike(r, b) ? 1 : 0;
      // GNU keeps directories first even with -r; busybox reverses the whole comparison.
      if (da !== db) return r.gnu ? db - da : (o.reverse ? -1 : 1) * (db - da);
    }
    let d = 0;
    if (o.sortBy === 'time' && a.st && b.st) d = timeOf(b.st, o.time) - timeOf(a.st, o.time);
    else if (o.sortBy === 'size' && a.st && b.st) d = b.st.size - a.st.size;
    if (d === 0) d = compareNames(a.name, b.name);
    return o.reverse ? -d : d;
  };
  return [...list].sort(cmp);
}

function isDirLike(r: Run, e: Entry): boolean {
  if (!e.st) return false;
  if (e.st.kind === 'dir') return true;
  return r.gnu && e.st.kind === 'symlink' && e.target?.kind === 'dir' && r.o.format !== 'long';
}

function indicator(r: Run, st: Stat | null | undefined, forLinkTarget: boolean): string {
  if (!st || (!r.o.classify && !r.o.slash)) return '';
  if (st.kind === 'dir') return '/';
  if (!r.o.classify) return '';
  switch (st.kind) {
    case 'symlink':
      return forLinkTarget ? '' : '@';
    case 'fifo':
      return '|';
    case 'file':
      return st.mode & 0o111 ? '*' : '';
    default:
      return '';
  }
}

function quoted(r: Run, name: string): string {
  return r.gnu ? quoteName(name, r.o.quoting, r.utf8) : name;
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    // East Asian wide and emoji ranges take two cells on a terminal.
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

/** The coloured (or plain) name, GNU style. */
function gnuPaint(r: Run, text: string, code: string): string {
  if (!r.o.color || code === '') return text;
  let pre = '';
  if (!r.usedColor) {
    r.usedColor = true;
    pre = '\x1b[0m';
  }
  return `${pre}\x1b[${code}m${text}\x1b[0m`;
}

function paintName(r: Run, e: Entry, text: string): string {
  if (!r.o.color) return text;
  if (r.gnu) return gnuPaint(r, text, gnuColorOf(r.colors!, e.name, e.st, e.target));
  return `${busyboxColor(e.st)}${text}${BB_COLOR_END}`;
}

function paintTarget(r: Run, e: Entry, text: string): string {
  if (!r.o.color) return text;
  if (r.gnu) {
    if (e.target === null) return gnuPaint(r, text, r.colors!.codes.get('mi') ?? r.colors!.codes.get('or') ?? '');
    return gnuPaint(r, text, gnuColorOf(r.colors!, e.linkText ?? '', e.target ?? null, undefined));
  }
  return `${busyboxColor(e.target ?? null)}${text}${BB_COLOR_END}`;
}

function humanBlocks(r: Run, blocks: number): string {
  return r.gnu ? (r.o.human ? gnuHuman(blocks * 512) : String(Math.ceil(blocks / 2))) : String(blocks >> 1);
}

/** "total N" of a directory listing. */
function totalLine(r: Run, list: Entry[]): string {
  let blocks = 0;
  for (const e of list) if (e.st) blocks += blocks512(e.st);
  if (r.gnu) return `total ${r.o.human ? gnuHuman(blocks * 512) : Math.ceil(blocks / 2)}\n`;
  const k = (blocks + 1) >> 1;
  return r.o.human ? `total ${bbHuman(k * 1024, 0).padEnd(7)}\n` : `total ${k}\n`;
}

interface NameCell {
  text: string;
  width: number;
  nameWidth: number;
}

/** Name with -F indicator, GNU quoting and colour; the leading space GNU adds to align quotes. */
function nameCell(r: Run, e: Entry, alignQuotes: boolean): NameCell {
  const q = quoted(r, e.name);
  const pad = alignQuotes && !startsWithQuote(q) ? ' ' : '';
  const ind = indicator(r, e.st, false);
  const text = pad + paintName(r, e, q) + ind;
  const w = displayWidth(pad + q) + ind.length;
  return { text, width: w, nameWidth: w };
}

async function printFiles(r: Run, list: Entry[]): Promise<void> {
  if (list.length === 0) return;
  const o = r.o;
  if (o.format === 'long') {
    printLong(r, list);
    return;
  }
  // GNU adds a space before unquoted names when some name in the group starts with a quote.
  const alignQuotes = r.gnu && o.quoting === 'shell-escape' && list.some((e) => startsWithQuote(quoted(r, e.name)));
  const inoW = o.inode ? Math.max(...list.map((e) => String(e.st?.ino ?? '?').length)) : 0;
  const blkW = o.size ? Math.max(...list.map((e) => (e.st ? humanBlocks(r, blocks512(e.st)) : '?').length)) : 0;
  const cells: Cell[] = [];
  const nameWidths: number[] = [];
  for (const e of list) {
    let prefix = '';
    if (o.inode) prefix += r.gnu ? `${String(e.st?.ino ?? '?').padStart(inoW)} ` : `${String(e.st?.ino ?? 0).padStart(7)} `;
    if (o.size) {
      if (r.gnu) prefix += `${(e.st ? humanBlocks(r, blocks512(e.st)) : '?').padStart(blkW)} `;
      else prefix += o.human ? `${bbHuman(e.st ? blocks512(e.st) * 512 : 0, 1).padStart(7)} ` : `${String(e.st ? blocks512(e.st) >> 1 : 0).padStart(6)} `;
    }
    const nc = nameCell(r, e, alignQuotes);
    cells.push({ text: prefix + nc.text, width: prefix.length + nc.width });
    nameWidths.push(displayWidth(e.name) + indicator(r, e.st, false).length);
  }
  if (o.format === 'one') {
    for (const c of cells) emit(r, c.text + '\n');
    return;
  }
  const byColumns = o.format === 'columns';
  if (r.gnu) emit(r, gnuColumns(cells, o.width, byColumns));
  else emit(r, busyboxColumns(cells, nameWidths, o.width, byColumns, (o.inode ? 8 : 0) + (o.size ? 5 : 0)));
}

function sizeField(r: Run, st: Stat): string {
  if (r.o.human) return r.gnu ? gnuHuman(st.size) : bbHuman(st.size, 1);
  return String(st.size);
}

function printLong(r: Run, list: Entry[]): void {
  const o = r.o;
  const rows = list.map((e) => {
    const st = e.st;
    if (!st) return null;
    const isDev = st.kind === 'chardev';
    return {
      e,
      st,
      ino: String(st.ino),
      blocks: humanBlocks(r, blocks512(st)),
      nlink: String(st.nlink),
      owner: o.numeric ? String(st.uid) : r.ids.user(st.uid),
      group: o.numeric ? String(st.gid) : r.ids.group(st.gid),
      major: isDev ? String(st.rdev >> 8) : '',
      minor: isDev ? String(st.rdev & 0xff) : '',
      size: isDev ? '' : sizeField(r, st),
    };
  });
  if (!r.gnu) {
    for (const row of rows) {
      if (!row) continue;
      const { e, st } = row;
      let line = '';
      if (o.inode) line += `${String(st.ino).padStart(7)} `;
      if (o.size) line += o.human ? `${bbHuman(blocks512(st) * 512, 1).padStart(7)} ` : `${String(blocks512(st) >> 1).padStart(6)} `;
      line += `${modeString(st).padEnd(10)} ${String(st.nlink).padStart(4)} `;
      if (o.numeric) line += o.noOwner ? `${String(st.gid).padEnd(8)} ` : `${String(st.uid).padEnd(8)} ${String(st.gid).padEnd(8)} `;
      else if (o.noOwner) line += `${r.ids.group(st.gid).slice(0, 8).padEnd(8)} `;
      else line += `${r.ids.user(st.uid).slice(0, 8).padEnd(8)} ${r.ids.group(st.gid).slice(0, 8).padEnd(8)} `;
      if (st.kind === 'chardev') line += `${String(st.rdev >> 8).padStart(4)}, ${String(st.rdev & 0xff).padStart(3)} `;
      else line += o.human ? `${bbHuman(st.size, 1).padStart(7)} ` : `${String(st.size).padStart(9)} `;
      const t = timeOf(st, o.time);
      line += o.fullTime ? `${isoSeconds(t)} ` : `${lsDate(t, r.now, 'busybox')} `;
      line += paintName(r, e, e.name);
      if (st.kind === 'symlink') {
        line += ` -> ${paintTarget(r, e, e.linkText ?? '')}`;
        line += indicator(r, e.target, true);
      } else line += indicator(r, st, false);
      emit(r, line + '\n');
    }
    return;
  }
  const w = (f: (x: NonNullable<(typeof rows)[number]>) => string): number =>
    Math.max(1, ...rows.map((x) => (x ? f(x).length : 1)));
  const inoW = w((x) => x.ino);
  const blkW = w((x) => x.blocks);
  const nlinkW = w((x) => x.nlink);
  const ownerW = w((x) => x.owner);
  const groupW = w((x) => x.group);
  const majorW = Math.max(0, ...rows.map((x) => (x ? x.major.length : 0)));
  const minorW = Math.max(0, ...rows.map((x) => (x ? x.minor.length : 0)));
  const devW = majorW > 0 ? majorW + 2 + minorW : 0;
  const sizeW = Math.max(devW, w((x) => x.size));
  const dateW = o.fullTime ? 35 : 12;
  const alignQuotes = o.quoting === 'shell-escape' && list.some((e) => startsWithQuote(quoted(r, e.name)));
  for (let i = 0; i < list.length; i++) {
    const row = rows[i];
    const e = list[i];
    let line = '';
    if (!row) {
      // An entry that could not be stat'ed (directory without search permission).
      if (o.inode) line += `${'?'.padStart(inoW)} `;
      if (o.size) line += `${'?'.padStart(blkW)} `;
      line += `-????????? ${'?'.padStart(nlinkW)} `;
      if (!o.noOwner) line += `${'?'.padEnd(ownerW)} `;
      if (!o.noGroup) line += `${'?'.padEnd(groupW)} `;
      line += `${'?'.padStart(sizeW)} ${'?'.padStart(dateW)} `;
      line += nameCell(r, e, alignQuotes).text;
      emit(r, line + '\n');
      continue;
    }
    const st = row.st;
    if (o.inode) line += `${row.ino.padStart(inoW)} `;
    if (o.size) line += `${row.blocks.padStart(blkW)} `;
    line += `${modeString(st)} ${row.nlink.padStart(nlinkW)} `;
    if (!o.noOwner) line += `${row.owner.padEnd(ownerW)} `;
    if (!o.noGroup) line += `${row.group.padEnd(groupW)} `;
    if (st.kind === 'chardev') line += `${`${row.major.padStart(majorW)}, ${row.minor.padStart(minorW)}`.padStart(sizeW)} `;
    else line += `${row.size.padStart(sizeW)} `;
    const t = timeOf(st, o.time);
    line += o.fullTime ? `${isoNanos(t)} ` : `${lsDate(t, r.now, 'gnu')} `;
    const q = quoted(r, e.name);
    line += (alignQuotes && !startsWithQuote(q) ? ' ' : '') + paintName(r, e, q);
    if (st.kind === 'symlink') {
      line += ` -> ${paintTarget(r, e, quoted(r, e.linkText ?? ''))}`;
      line += indicator(r, e.target, true);
    } else line += indicator(r, st, false);
    emit(r, line + '\n');
  }
}

/** Whether the listing needs each entry's stat (GNU skips it for plain names, as d_type suffices). */
function needsStat(r: Run): boolean {
  const o = r.o;
  return o.format === 'long' || o.inode || o.size || o.classify || o.slash || o.sortBy === 'time' || o.sortBy === 'size' || o.color || o.recursive || o.dirsFirst || !r.gnu;
}

async function readEntries(r: Run, dir: Entry): Promise<Entry[] | null> {
  const names = attempt(() => r.ctx.fs.readdir(dir.path));
  if (!names.ok) return null;
  const o = r.o;
  const list: string[] = [];
  if (o.all) list.push('.', '..');
  for (const n of names.value) {
    if (n.startsWith('.') && !o.all && !o.almostAll) continue;
    list.push(n);
  }
  const out: Entry[] = [];
  const wantStat = needsStat(r);
  for (const name of list) {
    r.ctx.tick();
    const path = joinPath(dir.path, name);
    if (!wantStat) {
      out.push({ name, path, st: null });
      continue;
    }
    const s = statEntry(r, path, o.derefAll);
    if (!s.st) {
      const err = s.err && !s.err.ok ? s.err.error : null;
      // A dangling link under -L is still listed (GNU shows it as the link).
      if (o.derefAll && err?.code === 'ENOENT') {
        const l = statEntry(r, path, false);
        if (l.st) {
          out.push(withLinkInfo(r, { name, path, st: l.st }));
          continue;
        }
      }
      if (err) {
        if (r.gnu) await complain(r, `cannot access ${qa(r.ctx, path)}: ${errText(err)}`, 1);
        else await complain(r, `${path}: ${errText(err)}`, 1);
      }
      if (r.gnu) out.push({ name, path, st: null });
      continue;
    }
    out.push(withLinkInfo(r, { name, path, st: s.st }));
  }
  return out;
}

async function listDirectory(r: Run, dir: Entry, header: boolean, fromCommandLine: boolean): Promise<void> {
  const o = r.o;
  if (!r.gnu && header) {
    if (r.printed) emit(r, '\n');
    emit(r, `${dir.path}:\n`);
    r.printed = true;
  }
  const entries = await readEntries(r, dir);
  if (entries === null) {
    const err = attempt(() => r.ctx.fs.readdir(dir.path));
    const e = !err.ok ? err.error : null;
    if (r.gnu) await complain(r, `cannot open directory ${qa(r.ctx, dir.path)}: ${e ? errText(e) : ''}`, fromCommandLine ? 2 : 1);
    else await complain(r, `can't open '${dir.path}': ${e ? errText(e) : ''}`, 1);
    return;
  }
  if (r.gnu && header) {
    if (r.printed) emit(r, '\n');
    emit(r, `${quoted(r, dir.path)}:\n`);
  }
  r.printed = true;
  const sorted = sortEntries(r, entries);
  if (o.format === 'long' || o.size) emit(r, totalLine(r, sorted));
  await printFiles(r, sorted);
  await flush(r);
  if (!o.recursive) return;
  for (const e of sorted) {
    if (e.name === '.' || e.name === '..') continue;
    if (e.st?.kind !== 'dir') continue;
    await pace(r.ctx);
    await listDirectory(r, e, true, false);
  }
}

export const applet: Applet = {
  name: 'ls',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const parsed = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof parsed === 'number') return parsed;
    const o = parseOptions(ctx, parsed);
    if (typeof o === 'string') {
      // Invalid values: GNU prints the valid choices' hint through the usual Try line.
      const text = o.startsWith('\u0000') ? o.slice(1) : o;
      await warn(ctx, 'ls', text);
      if (gnu) await ctx.stderr.write(`Try '${ctx.argv[0] ?? 'ls'} --help' for more information.\n`);
      return gnu ? 2 : 1;
    }
    const r: Run = {
      ctx,
      o,
      ids: new IdNames(ctx.fs),
      gnu,
      utf8: isUtf8Locale(ctx.env),
      colors: gnu && o.color ? gnuColors(ctx.env) : null,
      usedColor: false,
      now: ctx.host.clock.now(),
      status: 0,
      printed: false,
      out: [],
    };
    const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
    // Command-line symlinks: GNU follows those to directories unless -l/-d/-F (or -H/-L);
    // busybox follows all of them unless -l, -i, -s or -F.
    const noFollow = gnu ? o.format === 'long' || o.directory || o.classify : o.format === 'long' || o.inode || o.size || o.classify;
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    for (const arg of operands) {
      ctx.tick();
      const follow = o.derefAll || o.derefCmdline || !noFollow;
      let s = statEntry(r, arg, follow);
      if (!s.st && follow && gnu) {
        // A dangling command-line link is listed as itself.
        const l = statEntry(r, arg, false);
        if (l.st && l.st.kind === 'symlink' && !o.derefAll && !o.derefCmdline) s = l;
      }
      if (!s.st) {
        const err = s.err && !s.err.ok ? s.err.error : null;
        if (gnu) await complain(r, `cannot access ${qa(ctx, arg)}: ${err ? errText(err) : ''}`, 2);
        else await complain(r, `${arg}: ${err ? errText(err) : ''}`, 1);
        continue;
      }
      let st = s.st;
      // GNU's default: a command-line link to a directory is listed as the directory.
      if (gnu && st.kind === 'symlink' && !noFollow) {
        const t = attempt(() => ctx.fs.stat(arg));
        if (t.ok && t.value.kind === 'dir') st = t.value;
      }
      const e = withLinkInfo(r, { name: arg, path: arg, st });
      if (st.kind === 'dir' && !o.directory) dirs.push(e);
      else files.push(e);
    }
    const sortedFiles = sortEntries(r, files);
    if (sortedFiles.length > 0) {
      await printFiles(r, sortedFiles);
      r.printed = true;
    }
    const header = operands.length > 1 || o.recursive;
    // GNU lists directory operands in sorted order too.
    for (const d of sortEntries(r, dirs)) {
      await listDirectory(r, d, header, true);
    }
    await flush(r);
    return r.status;
  },
};
