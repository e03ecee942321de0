/**
 * tail: the last lines (or bytes) of each input, or everything from line/byte N with `+N`.
 * `-f` is accepted and ignored: the simulated files do not grow while tail runs.
 * Messages recorded from GNU coreutils 9.1 and busybox 1.35.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { complain, localeQuote, shellQuote } from './lib/text-io.ts';
import { parseCount } from './lib/numbers.ts';
import { drain, newlineEnds, openBytes } from './lib/byte-source.ts';
import { strerror } from '../../vfs/errors.ts';

const SPEC: OptionSpec = {
  name: 'tail',
  short: 'n:c:qvfFs:',
  long: [
    { name: 'lines', arg: 'required', key: 'n' },
    { name: 'bytes', arg: 'required', key: 'c' },
    { name: 'quiet', arg: 'none', key: 'q' },
    { name: 'silent', arg: 'none', key: 'q' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'follow', arg: 'optional', key: 'f' },
    { name: 'sleep-interval', arg: 'required', key: 's' },
  ],
};

/** `tail -3`, `tail +2`, GNU's `tail -2c`: the obsolete forms, first argument only. */
function legacy(args: string[], flavour: 'gnu' | 'busybox'): string[] {
  const a = args[0];
  if (a === undefined) return args;
  const m = /^([+-])(\d+)(.*)$/.exec(a);
  if (!m) return args;
  const sign = m[1] === '+' ? '+' : '';
  if (flavour === 'busybox') return ['-n', sign + m[2] + m[3], ...args.slice(1)];
  const f = /^([bcl]?)(f?)$/.exec(m[3]);
  if (!f) return ['-n', sign + m[2] + m[3], ...args.slice(1)];
  const unit = f[1] === 'c' ? '-c' : '-n';
  const count = f[1] === 'b' ? String(Number(m[2]) * 512) : m[2];
  return [unit, sign + count, ...(f[2] ? ['-f'] : []), ...args.slice(1)];
}

function selectTail(data: Uint8Array, bytes: boolean, n: number, fromStart: boolean): Uint8Array {
  if (bytes) {
    if (fromStart) return data.subarray(Math.max(0, n - 1));
    return data.subarray(Math.max(0, data.length - n));
  }
  const ends = newlineEnds(data);
  if (fromStart) {
    if (n <= 1) return data;
    return n - 1 <= ends.length ? data.subarray(ends[n - 2]) : data.subarray(data.length);
  }
  if (n === 0) return data.subarray(data.length);
  // Lines are counted from the end; an unterminated last line counts as one.
  const unterminated = data.length > 0 && data[data.length - 1] !== 10;
  const total = ends.length + (unterminated ? 1 : 0);
  if (n >= total) return data;
  return data.subarray(ends[total - n - 1]);
}

export const applet: Applet = {
  name: 'tail',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'tail');
    const r = parseOptions(ctx, SPEC, legacy(ctx.argv.slice(1), ctx.flavour));
    if (!r.ok) return usageError(ctx, SPEC, r.message);
    let bytes = false;
    let n = 10;
    let fromStart = false;
    let verbose: boolean | null = null;
    for (const o of r.opts) {
      if (o.key === 'q') verbose = false;
      else if (o.key === 'v') verbose = true;
      else if (o.key === 'n' || o.key === 'c') {
        bytes = o.key === 'c';
        let v = o.value ?? '';
        fromStart = v.startsWith('+');
        if (fromStart || v.startsWith('-')) v = v.slice(1);
        const c = parseCount(v, ctx.flavour);
        if (c === null) {
          const text =
            ctx.flavour === 'gnu'
              ? `invalid number of ${bytes ? 'bytes' : 'lines'}: ${localeQuote(ctx, o.value ?? '')}`
              : `invalid number '${o.value ?? ''}'`;
          await complain(ctx, prog, text);
          return 1;
        }
        n = c;
      }
    }
    const files = r.operands.length ? r.operands : ['-'];
    const headers = verbose ?? files.length > 1;
    let status = 0;
    let first = true;
    let opened = 0;
    for (const f of files) {
      const o = openBytes(ctx, f);
      const readable = o.ok || o.error.code === 'EISDIR';
      if (readable) opened++;
      if (readable && headers) {
        const shown = f === '-' && ctx.flavour === 'gnu' ? 'standard input' : f;
        await ctx.stdout.write(`${first ? '' : '\n'}==> ${shown} <==\n`);
        first = false;
      }
      if (!o.ok) {
        status = 1;
        const why = strerror(o.error.code);
        if (ctx.flavour === 'busybox') {
          await complain(ctx, prog, o.error.code === 'EISDIR' ? `read error: ${why}` : `can't open '${f}': ${why}`);
        } else if (o.error.code === 'EISDIR') await complain(ctx, prog, `error reading ${shellQuote(f, true)}: ${why}`);
        else await complain(ctx, prog, `cannot open ${shellQuote(f, true)} for reading: ${why}`);
        continue;
      }
      const data = await drain(ctx, o.src);
      await ctx.stdout.write(selectTail(data, bytes, n, fromStart));
    }
    if (ctx.flavour === 'busybox' && opened === 0) {
      await complain(ctx, prog, 'no files');
      return 1;
    }
    return status;
  },
};
