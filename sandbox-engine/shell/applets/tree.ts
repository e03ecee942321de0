/**
 * tree: list a directory tree with line graphics (Debian's tree 2.1.0; not a busybox applet, so only
 * the GNU host has it). `├── ` / `└── ` under UTF-8, `|-- ` / `` `-- `` under the C locale, then
 * "N directories, M files" where the starting directories count too and a symlink to a directory
 * counts as a directory. Options: -a -d -L N -f -i -F -l -p -s -h -u -g -D -r --dirsfirst
 * --filesfirst --noreport -I/-P PATTERN. Exit status 2 when a directory could not be opened.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { attempt, joinPath } from './lib/fs-common.ts';
import { isUtf8Locale } from './lib/fs-quote.ts';
import { IdNames } from './lib/id-names.ts';
import { modeString } from './lib/modestring.ts';
import { lsDate } from './lib/fs-time.ts';
import { patternSource } from '../pattern.ts';

const USAGE =
  'usage: tree [-acdfghilnpqrstuvxACDFJQNSUX] [-L level [-R]] [-H  baseHREF]\n' +
  '\t[-T title] [-o filename] [-P pattern] [-I pattern] [--gitignore]\n' +
  '\t[--gitfile[=]file] [--matchdirs] [--metafirst] [--ignore-case]\n' +
  '\t[--nolinks] [--hintro[=]file] [--houtro[=]file] [--inodes] [--device]\n' +
  '\t[--sort[=]<name>] [--dirsfirst] [--filesfirst] [--filelimit #] [--si]\n' +
  '\t[--du] [--prune] [--charset[=]X] [--timefmt[=]format] [--fromfile]\n' +
  '\t[--fflinks] [--info] [--infofile[=]file] [--noreport] [--version]\n' +
  '\t[--help] [--] [directory ...]\n';

interface Opts {
  all: boolean;
  dirsOnly: boolean;
  level: number;
  fullPath: boolean;
  noIndent: boolean;
  classify: boolean;
  followLinks: boolean;
  perms: boolean;
  size: boolean;
  human: boolean;
  user: boolean;
  group: boolean;
  date: boolean;
  reverse: boolean;
  order: 'mixed' | 'dirsfirst' | 'filesfirst';
  report: boolean;
  ignore: RegExp | null;
  only: RegExp | null;
}

interface Run {
  ctx: ProcessContext;
  o: Opts;
  ids: IdNames;
  utf8: boolean;
  now: number;
  dirs: number;
  files: number;
  status: number;
  out: string[];
}

function treeHuman(size: number): string {
  if (size < 1024) return String(size).padStart(4);
  const units = ['K', 'M', 'G', 'T', 'P', 'E'];
  let v = size / 1024;
  let u = 0;
  while (v >= 1023.95 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return (v < 9.95 ? v.toFixed(1) : v.toFixed(0)).padStart(3) + units[u];
}

function info(r: Run, st: Stat): string {
  const f: string[] = [];
  if (r.o.perms) f.push(modeString(st));
  if (r.o.user) f.push(r.ids.user(st.uid).padEnd(8));
  if (r.o.group) f.push(r.ids.group(st.gid).padEnd(8));
  if (r.o.size) f.push(r.o.human ? treeHuman(st.size) : String(st.size).padStart(11));
  if (r.o.date) f.push(lsDate(st.mtime, r.now, 'gnu'));
  return f.length > 0 ? `[${f.join(' ')}]  ` : '';
}

function displayName(r: Run, name: string): string {
  // Outside UTF-8 locales tree escapes what a shell would split on.
  return r.utf8 ? name : name.replace(/ /g, '\\ ');
}

function suffix(r: Run, st: Stat | null): string {
  if (!r.o.classify || !st) return '';
  if (st.kind === 'dir') return '/';
  if (st.kind === 'symlink') return '@';
  if (st.kind === 'fifo') return '|';
  if (st.kind === 'file' && st.mode & 0o111) return '*';
  return '';
}

interface Child {
  name: string;
  path: string;
  lst: Stat | null;
  /** stat through a link. */
  st: Stat | null;
}

function isDirish(c: Child): boolean {
  return c.st?.kind === 'dir';
}

async function walk(r: Run, dir: string, prefix: string, depth: number): Promise<void> {
  const ctx = r.ctx;
  const names = attempt(() => ctx.fs.readdir(dir));
  if (!names.ok) return;
  const o = r.o;
  let kids: Child[] = [];
  for (const name of names.value) {
    if (!o.all && name.startsWith('.')) continue;
    const path = joinPath(dir, name);
    const l = attempt(() => ctx.fs.lstat(path));
    const lst = l.ok ? l.value : null;
    let st = lst;
    if (lst?.kind === 'symlink') {
      const s = attempt(() => ctx.fs.stat(path));
      st = s.ok ? s.value : null;
    }
    const c: Child = { name, path, lst, st };
    if (o.dirsOnly && !isDirish(c)) continue;
    if (!isDirish(c)) {
      if (o.ignore && o.ignore.test(name)) continue;
      if (o.only && !o.only.test(name)) continue;
    } else if (o.ignore && o.ignore.test(name)) continue;
    kids.push(c);
  }
  kids.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (o.reverse) kids.reverse();
  if (o.order !== 'mixed') {
    const first = kids.filter((k) => isDirish(k) === (o.order === 'dirsfirst'));
    const rest = kids.filter((k) => isDirish(k) !== (o.order === 'dirsfirst'));
    kids = [...first, ...rest];
  }
  const [mid, last, bar, space] = r.utf8 ? ['├── ', '└── ', '│   ', '    '] : ['|-- ', '`-- ', '|   ', '    '];
  for (let i = 0; i < kids.length; i++) {
    ctx.tick();
    const k = kids[i];
    const isLast = i === kids.length - 1;
    const lead = o.noIndent ? '' : prefix + (isLast ? last : mid);
    const shown = o.fullPath ? k.path : k.name;
    let line = lead + (k.lst ? info(r, k.lst) : '') + displayName(r, shown);
    const isLink = k.lst?.kind === 'symlink';
    if (isLink) {
      const t = attempt(() => ctx.fs.readlink(k.path));
      line += ` -> ${t.ok ? displayName(r, t.value) : ''}${suffix(r, k.st)}`;
    } else line += suffix(r, k.lst);
    const descend = isDirish(k) && (!isLink || o.followLinks) && depth + 1 < o.level;
    if (isDirish(k)) r.dirs++;
    else r.files++;
    if (descend) {
      const can = attempt(() => ctx.fs.readdir(k.path));
      if (!can.ok) {
        r.out.push(line + '  [error opening dir]\n');
        r.status = 2;
        continue;
      }
    }
    r.out.push(line + '\n');
    if (descend) await walk(r, k.path, o.noIndent ? '' : prefix + (isLast ? space : bar), depth + 1);
    if (r.out.length > 256) {
      await ctx.stdout.write(r.out.join(''));
      r.out = [];
    }
  }
}

function parse(args: string[]): Opts | string {
  const o: Opts = {
    all: false,
    dirsOnly: false,
    level: Infinity,
    fullPath: false,
    noIndent: false,
    classify: false,
    followLinks: false,
    perms: false,
    size: false,
    human: false,
    user: false,
    group: false,
    date: false,
    reverse: false,
    order: 'mixed',
    report: true,
    ignore: null,
    only: null,
  };
  const paths: string[] = [];
  const glob = (p: string): RegExp => new RegExp(`^(?:${p.split('|').map(patternSource).join('|')})$`, 's');
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      if (a === '--noreport') o.report = false;
      else if (a === '--dirsfirst') o.order = 'dirsfirst';
      else if (a === '--filesfirst') o.order = 'filesfirst';
      else return `Invalid argument \`${a}'.`;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const takes = (): string | null => {
          const rest = a.slice(j + 1);
          j = a.length;
          if (rest !== '') return rest;
          return i + 1 < args.length ? args[++i] : null;
        };
        switch (c) {
          case 'a':
            o.all = true;
            break;
          case 'd':
            o.dirsOnly = true;
            break;
          case 'f':
            o.fullPath = true;
            break;
          case 'i':
            o.noIndent = true;
            break;
          case 'F':
            o.classify = true;
            break;
          case 'l':
            o.followLinks = true;
            break;
          case 'p':
            o.perms = true;
            break;
          case 's':
            o.size = true;
            break;
          case 'h':
            o.size = true;
            o.human = true;
            break;
          case 'u':
            o.user = true;
            break;
          case 'g':
            o.group = true;
            break;
          case 'D':
            o.date = true;
            break;
          case 'r':
            o.reverse = true;
            break;
          case 'n':
          case 'N':
          case 'C':
            break;
          case 'L': {
            const v = takes();
            if (v === null) return 'Missing argument to -L option.';
            if (!/^\d+$/.test(v) || Number(v) < 1) return 'Invalid level, must be greater than 0.';
            o.level = Number(v);
            break;
          }
          case 'I':
          case 'P': {
            const v = takes();
            if (v === null) return `Missing argument to -${c} option.`;
            if (c === 'I') o.ignore = glob(v);
            else o.only = glob(v);
            break;
          }
          default:
            return `Invalid argument -\`${c}'.`;
        }
      }
      continue;
    }
    paths.push(a);
  }
  return Object.assign(o, { paths });
}

export const applet: Applet = {
  name: 'tree',
  async run(ctx) {
    const parsed = parse(ctx.argv.slice(1));
    if (typeof parsed === 'string') {
      await ctx.stderr.write(`${ctx.messagePrefix}tree: ${parsed}\n${USAGE}`);
      return 1;
    }
    const o = parsed as Opts & { paths: string[] };
    const r: Run = {
      ctx,
      o,
      ids: new IdNames(ctx.fs),
      utf8: isUtf8Locale(ctx.env),
      now: ctx.host.clock.now(),
      dirs: 0,
      files: 0,
      status: 0,
      out: [],
    };
    for (const root of o.paths.length > 0 ? o.paths : ['.']) {
      const l = attempt(() => ctx.fs.lstat(root));
      const s = attempt(() => ctx.fs.stat(root));
      const st = s.ok ? s.value : null;
      const head = (st ? info(r, st) : '') + displayName(r, root) + (st?.kind === 'dir' ? suffix(r, st) : '');
      if (!st || st.kind !== 'dir') {
        r.out.push(`${head}  [error opening dir]\n`);
        if (st || (l.ok && l.value.kind === 'symlink')) r.files++;
        else r.status = 2;
        continue;
      }
      const open = attempt(() => ctx.fs.readdir(root));
      if (!open.ok) {
        r.out.push(`${head}  [error opening dir]\n`);
        r.status = 2;
        continue;
      }
      r.dirs++;
      r.out.push(head + '\n');
      await walk(r, root, '', 0);
    }
    if (o.report) {
      const d = `${r.dirs} director${r.dirs === 1 ? 'y' : 'ies'}`;
      const f = `${r.files} file${r.files === 1 ? '' : 's'}`;
      r.out.push(o.dirsOnly ? `\n${d}\n` : `\n${d}, ${f}\n`);
    }
    await ctx.stdout.write(r.out.join(''));
    return r.status;
  },
};
