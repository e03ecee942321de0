/**
 * ls options: the GNU and busybox option tables and their meaning (which format, sort, quoting,
 * colour), including the defaults that depend on stdout being a terminal.
 */
import type { ProcessContext } from '../../process.ts';
import { qa, type OptionSpec } from './fs-common.ts';
import type { QuotingStyle } from './fs-quote.ts';
import { gnuColors } from './ls-colors.ts';

export const GNU_SPEC: OptionSpec = {
  name: 'ls',
  short: 'aAdR1lhiFpsStrnUgoCxLHcuNw:',
  status: 2,
  long: [
    { name: 'all', arg: 'none', key: 'a' },
    { name: 'almost-all', arg: 'none', key: 'A' },
    { name: 'directory', arg: 'none', key: 'd' },
    { name: 'recursive', arg: 'none', key: 'R' },
    { name: 'human-readable', arg: 'none', key: 'h' },
    { name: 'inode', arg: 'none', key: 'i' },
    { name: 'classify', arg: 'optional', key: 'F' },
    { name: 'size', arg: 'none', key: 's' },
    { name: 'reverse', arg: 'none', key: 'r' },
    { name: 'numeric-uid-gid', arg: 'none', key: 'n' },
    { name: 'dereference', arg: 'none', key: 'L' },
    { name: 'dereference-command-line', arg: 'none', key: 'H' },
    { name: 'literal', arg: 'none', key: 'N' },
    { name: 'width', arg: 'required', key: 'w' },
    { name: 'color', arg: 'optional', key: 'color' },
    { name: 'colour', arg: 'optional', key: 'color' },
    { name: 'full-time', arg: 'none', key: 'full-time' },
    { name: 'group-directories-first', arg: 'none', key: 'dirs-first' },
    { name: 'quoting-style', arg: 'required', key: 'quoting-style' },
    { name: 'sort', arg: 'required', key: 'sort' },
    { name: 'format', arg: 'required', key: 'format' },
  ],
};

export const BB_SPEC: OptionSpec = {
  name: 'ls',
  short: 'CadilgnsxAk1FpRQctuSXrvLHhT:w:',
  long: [
    { name: 'full-time', arg: 'none', key: 'full-time' },
    { name: 'group-directories-first', arg: 'none', key: 'dirs-first' },
    { name: 'color', arg: 'optional', key: 'color' },
  ],
};

export type Format = 'long' | 'one' | 'columns' | 'across';
export type SortBy = 'name' | 'time' | 'size' | 'none';

export interface Options {
  all: boolean;
  almostAll: boolean;
  directory: boolean;
  recursive: boolean;
  format: Format;
  human: boolean;
  inode: boolean;
  size: boolean;
  classify: boolean;
  slash: boolean;
  numeric: boolean;
  noOwner: boolean;
  noGroup: boolean;
  sortBy: SortBy;
  reverse: boolean;
  dirsFirst: boolean;
  derefAll: boolean;
  derefCmdline: boolean;
  time: 'mtime' | 'ctime' | 'atime';
  fullTime: boolean;
  quoting: QuotingStyle;
  width: number;
  color: boolean;
}

export function parseOptions(ctx: ProcessContext, parsed: { opts: { key: string; value?: string }[] }): Options | string {
  const gnu = ctx.flavour === 'gnu';
  const o: Options = {
    all: false,
    almostAll: false,
    directory: false,
    recursive: false,
    format: ctx.stdout.isTTY ? 'columns' : 'one',
    human: false,
    inode: false,
    size: false,
    classify: false,
    slash: false,
    numeric: false,
    noOwner: false,
    noGroup: false,
    sortBy: 'name',
    reverse: false,
    dirsFirst: false,
    derefAll: false,
    derefCmdline: false,
    time: 'mtime',
    fullTime: false,
    quoting: gnu && ctx.stdout.isTTY ? 'shell-escape' : 'literal',
    width: ctx.columns > 0 ? ctx.columns : 80,
    color: !gnu && ctx.stdout.isTTY && ctx.env.TERM !== 'dumb' && ctx.env.LS_COLORS !== 'none' && ctx.env.LS_COLORS !== '',
  };
  let sortTime = false;
  let explicitFormat = false;
  for (const { key, value } of parsed.opts) {
    switch (key) {
      case 'a':
        o.all = true;
        o.almostAll = false;
        break;
      case 'A':
        if (gnu) o.all = false;
        o.almostAll = true;
        break;
      case 'd':
        o.directory = true;
        break;
      case 'R':
        o.recursive = true;
        break;
      case 'l':
        o.format = 'long';
        explicitFormat = true;
        break;
      case 'g':
        o.format = 'long';
        o.noOwner = true;
        explicitFormat = true;
        break;
      case 'o':
        o.format = 'long';
        o.noGroup = true;
        explicitFormat = true;
        break;
      case 'n':
        o.numeric = true;
        if (!gnu || o.format !== 'long') o.format = 'long';
        explicitFormat = true;
        break;
      case '1':
        // -1 does not cancel -l (GNU: "no effect after -l"; busybox: -l wins whatever the order).
        if (o.format === 'long') break;
        o.format = 'one';
        explicitFormat = true;
        break;
      case 'C':
        o.format = 'columns';
        explicitFormat = true;
        break;
      case 'x':
        o.format = 'across';
        explicitFormat = true;
        break;
      case 'h':
        o.human = true;
        break;
      case 'i':
        o.inode = true;
        break;
      case 's':
        o.size = true;
        break;
      case 'F':
        if (value !== undefined && gnu) {
          if (['never', 'no', 'none'].includes(value)) {
            o.classify = false;
            break;
          }
          if (['auto', 'tty', 'if-tty'].includes(value)) {
            o.classify = ctx.stdout.isTTY;
            break;
          }
          if (!['always', 'yes', 'force'].includes(value)) return badArg(ctx, value, '--classify');
        }
        o.classify = true;
        break;
      case 'p':
        o.slash = true;
        break;
      case 'S':
        o.sortBy = 'size';
        sortTime = false;
        break;
      case 't':
        o.sortBy = 'time';
        sortTime = true;
        break;
      case 'U':
        o.sortBy = 'none';
        break;
      case 'r':
        o.reverse = true;
        break;
      case 'L':
        o.derefAll = true;
        if (!gnu) o.derefCmdline = false;
        break;
      case 'H':
        o.derefCmdline = true;
        if (!gnu) o.derefAll = false;
        break;
      case 'c':
        o.time = 'ctime';
        break;
      case 'u':
        o.time = 'atime';
        break;
      case 'N':
        o.quoting = 'literal';
        break;
      case 'w': {
        const n = Number(value);
        if (!/^\d+$/.test(value ?? '')) {
          return gnu ? `invalid line width: ${qa(ctx, value ?? '')}` : `invalid number '${value}'`;
        }
        o.width = n === 0 ? Number.MAX_SAFE_INTEGER : n;
        break;
      }
      case 'full-time':
        o.fullTime = true;
        o.format = 'long';
        explicitFormat = true;
        break;
      case 'dirs-first':
        o.dirsFirst = true;
        break;
      case 'color': {
        const v = value ?? 'always';
        if (['never', 'no', 'none'].includes(v)) o.color = false;
        else if (['always', 'yes', 'force'].includes(v)) o.color = true;
        else if (['auto', 'tty', 'if-tty'].includes(v)) o.color = ctx.stdout.isTTY && ctx.env.TERM !== 'dumb';
        else return badArg(ctx, v, '--color');
        break;
      }
      case 'quoting-style': {
        const v = value ?? '';
        if (v === 'literal' || v === 'shell-escape' || v === 'shell-escape-always' || v === 'locale') o.quoting = v;
        else if (v === 'shell') o.quoting = 'shell-escape';
        else if (v === 'shell-always') o.quoting = 'shell-escape-always';
        else return badArg(ctx, v, '--quoting-style');
        break;
      }
      case 'sort': {
        const map: Record<string, SortBy> = { none: 'none', time: 'time', size: 'size', name: 'name' };
        const v = map[value ?? ''];
        if (!v) return badArg(ctx, value ?? '', '--sort');
        o.sortBy = v;
        break;
      }
      case 'format': {
        const map: Record<string, Format> = {
          long: 'long',
          verbose: 'long',
          'single-column': 'one',
          vertical: 'columns',
          across: 'across',
          horizontal: 'across',
        };
        const v = map[value ?? ''];
        if (!v) return badArg(ctx, value ?? '', '--format');
        o.format = v;
        explicitFormat = true;
        break;
      }
    }
  }
  // busybox: without -l, a bare -c or -u sorts by that time (GNU does the same).
  if (o.format !== 'long' && (o.time !== 'mtime') && o.sortBy === 'name' && !sortTime) o.sortBy = 'time';
  if (!explicitFormat && o.format !== 'long') o.format = ctx.stdout.isTTY ? 'columns' : 'one';
  if (o.directory) o.recursive = false;
  if (gnu && o.color) {
    const c = gnuColors(ctx.env);
    if (!c) o.color = false;
  }
  return o;
}

/** GNU's "invalid argument" text for an enumerated long option (returned to the caller to print). */
function badArg(ctx: ProcessContext, value: string, option: string): string {
  return `\u0000invalid argument ${qa(ctx, value)} for '${option}'`;
}

