/**
 * Shared plumbing of the file applets (ls, cp, rm, find ...): option parsing with each flavour's
 * usage errors, diagnostics, and the quoting GNU puts around names in messages.
 *
 * GNU (coreutils 9.1) quotes most operands shell-style ('x', "it's"), but a few messages (mkdir,
 * touch -d, chmod modes) use the locale's quotes (‘x’ under C.UTF-8, 'x' under C). busybox quotes
 * with plain apostrophes where it quotes at all.
 */
import type { ProcessContext } from '../../process.ts';
import { FsError, strerror } from '../../../vfs/errors.ts';
import { BUSYBOX_BANNER } from './busybox-usage.ts';
import { BUSYBOX_FS_USAGE } from './busybox-usage-fs.ts';
import { parseArgs, progName, type OptionSpec, type ParsedOption } from './parse-options.ts';
import { isUtf8Locale, quoteName } from './fs-quote.ts';

export type { OptionSpec, ParsedOption };

export interface Parsed {
  opts: ParsedOption[];
  operands: string[];
  /** Keys seen at least once. */
  has(key: string): boolean;
  /** The last value given for a key. */
  value(key: string): string | undefined;
}

/** The name the program prints before its messages (GNU: argv[0]; busybox: its basename). */
export function prog(ctx: ProcessContext, name: string): string {
  return progName(ctx, name);
}

/** Write `prog: text` to stderr. */
export async function warn(ctx: ProcessContext, name: string, text: string): Promise<void> {
  await ctx.stderr.write(`${ctx.messagePrefix}${prog(ctx, name)}: ${text}\n`);
}

/** busybox's bb_show_usage: banner, blank line, usage (to stderr); status 1. */
export async function bbShowUsage(ctx: ProcessContext, name: string): Promise<number> {
  const usage = BUSYBOX_FS_USAGE[name];
  await ctx.stderr.write(usage === undefined ? `${BUSYBOX_BANNER}\n` : `${BUSYBOX_BANNER}\n\n${usage}`);
  return 1;
}

/**
 * A usage error: GNU prints the message and "Try 'ls --help' ..."; busybox prints the message
 * (if any) and its usage text.
 */
export async function usageError(ctx: ProcessContext, name: string, message: string | null, gnuStatus = 1): Promise<number> {
  const p = prog(ctx, name);
  if (ctx.flavour === 'busybox') {
    if (message !== null) await ctx.stderr.write(`${ctx.messagePrefix}${p}: ${message}\n`);
    return bbShowUsage(ctx, name);
  }
  const head = message !== null ? `${ctx.messagePrefix}${p}: ${message}\n` : '';
  await ctx.stderr.write(`${head}Try '${p} --help' for more information.\n`);
  return gnuStatus;
}

/** Parse ctx.argv; on a bad option print the flavour's usage error and give its status. */
export async function parseOrFail(
  ctx: ProcessContext,
  spec: OptionSpec,
  args: readonly string[] = ctx.argv.slice(1),
): Promise<Parsed | number> {
  const r = parseArgs(args, spec, ctx.flavour);
  if (!r.ok) return usageError(ctx, spec.name, r.message, spec.status ?? 1);
  const keys = new Set(r.opts.map((o) => o.key));
  return {
    opts: r.opts,
    operands: r.operands,
    has: (k) => keys.has(k),
    value: (k) => {
      for (let i = r.opts.length - 1; i >= 0; i--) if (r.opts[i].key === k) return r.opts[i].value;
      return undefined;
    },
  };
}

/** GNU quoteaf: shell-escape-always quoting ('x'). */
export function qa(ctx: ProcessContext, name: string): string {
  return quoteName(name, 'shell-escape-always', isUtf8Locale(ctx.env));
}

/** GNU quotef (error (0, errno, "%s", quotef (name))): shell-escape quoting, `:` quoted too. */
export function qf(ctx: ProcessContext, name: string): string {
  const utf8 = isUtf8Locale(ctx.env);
  return quoteName(name, name.includes(':') ? 'shell-escape-always' : 'shell-escape', utf8);
}

/** GNU quote(): locale quotes (‘x’ or 'x'). */
export function ql(ctx: ProcessContext, name: string): string {
  return quoteName(name, 'locale', isUtf8Locale(ctx.env));
}

/** Rethrow anything that is not a file-system error (EPIPE, interrupts). */
export function fsError(e: unknown): FsError {
  if (e instanceof FsError) return e;
  throw e;
}

export function errText(e: FsError): string {
  return strerror(e.code);
}

/** Run a file-system operation; give back its FsError instead of throwing. */
export function attempt<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: FsError } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: fsError(e) };
  }
}

/** The last path component as basename(1) sees it ("a/b/" is "b", "/" is "/"). */
export function lastComponent(path: string): string {
  const t = path.replace(/\/+$/, '');
  if (t === '') return path === '' ? '' : '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

/** `dir/name`, without doubling a slash (concat_path_file / file_name_concat). */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
