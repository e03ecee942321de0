/**
 * getopt/getopt_long-style option parsing for the text applets, with the diagnostics each flavour
 * prints (recorded from GNU coreutils 9.1 / grep 3.8 / sed 4.9 and busybox 1.35):
 *
 *   GNU:     head: invalid option -- 'Z'            busybox: head: invalid option -- 'Z'
 *            Try 'head --help' for more information.         BusyBox v1.35.0 (...) multi-call binary.
 *                                                            <blank line><usage text>
 *
 * Example:
 *   const r = parseOptions(ctx, { name: 'head', short: 'n:c:qv', long: [{ name: 'lines', arg: 'required', key: 'n' }] });
 *   if (!r.ok) return usageError(ctx, spec, r.message);
 *   for (const o of r.opts) ...   // { key: 'n', value: '3' } in command-line order
 */
import type { ProcessContext } from '../../process.ts';
import { BUSYBOX_BANNER, BUSYBOX_USAGE } from './busybox-usage.ts';

export interface LongOption {
  name: string;
  arg: 'none' | 'required' | 'optional';
  /** The key reported in `opts`; usually the equivalent short letter. */
  key: string;
}

export interface OptionSpec {
  /** Program name used in messages and to find the busybox usage text. */
  name: string;
  /**
   * getopt string: a letter, `x:` takes an argument, `x::` an optional attached argument. A leading
   * `+` stops at the first operand (xargs, env) instead of permuting as glibc does by default.
   */
  short: string;
  long?: LongOption[];
  /** Exit status of a usage error (grep and sort use 2). */
  status?: number;
  bbStatus?: number;
  /** GNU lines printed between the error and the "Try" line (grep's `Usage: ...`). */
  gnuUsage?: string;
  /** Replaces the whole GNU text after the error line (sed prints its full help). */
  gnuTrailer?: string;
  /**
   * busybox parses with getopt32, which uses getopt_long (LONG_OPTS is on in the Debian and Alpine
   * builds) even for applets without long options of their own: `--bogus` is then
   * `unrecognized option '--bogus'`. The few applets that call plain getopt(3) instead (head, whose
   * -NUM needs it) set this and reject `--x` as `invalid option -- '-'`.
   */
  bbPlainGetopt?: boolean;
  /** The same for a program that calls getopt(3) whatever the flavour (ncurses clear). */
  plainGetopt?: boolean;
}

export interface ParsedOption {
  key: string;
  value?: string;
}

export type ParseResult =
  | { ok: true; opts: ParsedOption[]; operands: string[] }
  | { ok: false; message: string };

interface ShortInfo {
  arg: 'none' | 'required' | 'optional';
}

/** Tables by getopt string: applets parse the same few strings over and over (a loop of `echo`s). */
const TABLES = new Map<string, Map<string, ShortInfo>>();

function shortTable(short: string): Map<string, ShortInfo> {
  const cached = TABLES.get(short);
  if (cached) return cached;
  const t = new Map<string, ShortInfo>();
  TABLES.set(short, t);
  const s = short.startsWith('+') ? short.slice(1) : short;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (s[i + 1] === ':' && s[i + 2] === ':') {
      t.set(c, { arg: 'optional' });
      i += 2;
    } else if (s[i + 1] === ':') {
      t.set(c, { arg: 'required' });
      i += 1;
    } else t.set(c, { arg: 'none' });
  }
  return t;
}

/** Parse `args` (argv without argv[0]). */
export function parseArgs(args: readonly string[], spec: OptionSpec, flavour: 'gnu' | 'busybox'): ParseResult {
  const table = shortTable(spec.short);
  const stopAtOperand = spec.short.startsWith('+');
  const opts: ParsedOption[] = [];
  const operands: string[] = [];
  const longs = spec.long ?? [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && !spec.plainGetopt && !(flavour === 'busybox' && spec.bbPlainGetopt)) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      let match = longs.filter((l) => l.name === name);
      if (match.length === 0) match = longs.filter((l) => l.name.startsWith(name));
      // Several prefixes that mean the same option are not ambiguous (getopt_long compares them).
      const distinct = new Set(match.map((m) => `${m.key}/${m.arg}`));
      if (match.length === 0) return { ok: false, message: `unrecognized option '${a}'` };
      if (distinct.size > 1) {
        const poss = match.map((m) => `'--${m.name}'`).join(' ');
        return { ok: false, message: `option '--${name}' is ambiguous; possibilities: ${poss}` };
      }
      const lo = match[0];
      if (lo.arg === 'none') {
        if (eq >= 0) return { ok: false, message: `option '--${lo.name}' doesn't allow an argument` };
        opts.push({ key: lo.key });
      } else if (eq >= 0) opts.push({ key: lo.key, value: a.slice(eq + 1) });
      else if (lo.arg === 'optional') opts.push({ key: lo.key });
      else if (i + 1 < args.length) opts.push({ key: lo.key, value: args[++i] });
      else return { ok: false, message: `option '--${lo.name}' requires an argument` };
      continue;
    }
    if (a.length > 1 && a.startsWith('-')) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const info = table.get(c);
        if (!info) return { ok: false, message: `invalid option -- '${c}'` };
        if (info.arg === 'none') {
          opts.push({ key: c });
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest !== '') opts.push({ key: c, value: rest });
        else if (info.arg === 'optional') opts.push({ key: c });
        else if (i + 1 < args.length) opts.push({ key: c, value: args[++i] });
        else return { ok: false, message: `option requires an argument -- '${c}'` };
        break;
      }
      continue;
    }
    if (stopAtOperand) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
  }
  return { ok: true, opts, operands };
}

/** Parse ctx.argv (skipping argv[0]) with the context's flavour. */
export function parseOptions(ctx: ProcessContext, spec: OptionSpec, args?: readonly string[]): ParseResult {
  return parseArgs(args ?? ctx.argv.slice(1), spec, ctx.flavour);
}

/** The name a program prints before its messages: GNU uses argv[0] as given, busybox its basename. */
export function progName(ctx: ProcessContext, fallback: string): string {
  const a0 = ctx.argv[0] ?? fallback;
  if (ctx.flavour === 'busybox') {
    const base = a0.slice(a0.lastIndexOf('/') + 1);
    return base || fallback;
  }
  return a0 || fallback;
}

/** busybox's usage block: banner, blank line, usage text (bb_show_usage). */
export function busyboxUsage(name: string): string {
  const u = BUSYBOX_USAGE[name];
  return u === undefined ? `${BUSYBOX_BANNER}\n` : `${BUSYBOX_BANNER}\n\n${u}`;
}

/** Print a usage error the way the flavour does and return the exit status to use. */
export async function usageError(ctx: ProcessContext, spec: OptionSpec, message: string): Promise<number> {
  const prog = progName(ctx, spec.name);
  if (ctx.flavour === 'busybox') {
    await ctx.stderr.write(`${ctx.messagePrefix}${prog}: ${message}\n${busyboxUsage(spec.name)}`);
    return spec.bbStatus ?? spec.status ?? 1;
  }
  const trailer = spec.gnuTrailer ?? `${spec.gnuUsage ?? ''}Try '${prog} --help' for more information.\n`;
  await ctx.stderr.write(`${ctx.messagePrefix}${prog}: ${message}\n${trailer}`);
  return spec.status ?? 1;
}
