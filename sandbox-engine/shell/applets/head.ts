/**
 * head: the first lines (or bytes) of each input. Streams stdin so it ends `yes | head`.
 * Messages recorded from GNU coreutils 9.1 and busybox 1.35.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { complain, localeQuote, shellQuote } from './lib/text-io.ts';
import { parseCount } from './lib/numbers.ts';
import { drain, newlineEnds, openBytes, type ByteSource } from './lib/byte-source.ts';
import { strerror } from '../../vfs/errors.ts';

const SPEC: OptionSpec = {
  name: 'head',
  short: 'n:c:qv',
  bbPlainGetopt: true,
  long: [
    { name: 'lines', arg: 'required', key: 'n' },
    { name: 'bytes', arg: 'required', key: 'c' },
    { name: 'quiet', arg: 'none', key: 'q' },
    { name: 'silent', arg: 'none', key: 'q' },
    { name: 'verbose', arg: 'none', key: 'v' },
  ],
};

/** `head -5` and GNU's `head -5c`: the obsolete count form, accepted as the first argument only. */
function legacy(args: string[], flavour: 'gnu' | 'busybox'): string[] {
  const a = args[0];
  if (a === undefined || !/^-\d/.test(a)) return args;
  if (flavour === 'busybox') return ['-n', a.slice(1), ...args.slice(1)];
  const m = /^-(\d+)([bkm]?)([clqv]*)$/.exec(a);
  if (!m) return ['-n', a.slice(1), ...args.slice(1)];
  const flags = m[3];
  const unit = flags.includes('c') ? '-c' : '-n';
  const extra = flags.replace(/[cl]/g, '');
  return [unit, m[1] + m[2], ...(extra ? ['-' + extra] : []), ...args.slice(1)];
}

async function headFrom(ctx: ProcessContext, src: ByteSource, bytes: boolean, n: number, allBut: boolean): Promise<void> {
  if (allBut) {
    const data = await drain(ctx, src);
    if (bytes) {
      await ctx.stdout.write(data.subarray(0, Math.max(0, data.length - n)));
      return;
    }
    const ends = newlineEnds(data);
    const total = ends.length + (data.length > 0 && data[data.length - 1] !== 10 ? 1 : 0);
    const keep = total - n;
    if (keep <= 0) return;
    await ctx.stdout.write(data.subarray(0, keep <= ends.length ? ends[keep - 1] : data.length));
    return;
  }
  let left = n;
  while (left > 0) {
    const chunk = await src.next();
    if (chunk === null) break;
    ctx.tick();
    let end = chunk.length;
    if (bytes) {
      end = Math.min(left, chunk.length);
      left -= end;
    } else {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) {
        if (--left === 0) {
          end = i + 1;
          break;
        }
      }
    }
    await ctx.stdout.write(chunk.subarray(0, end));
  }
}

export const applet: Applet = {
  name: 'head',
  async run(ctx) {
    const prog = progName(ctx, 'head');
    const r = parseOptions(ctx, SPEC, legacy(ctx.argv.slice(1), ctx.flavour));
    if (!r.ok) return usageError(ctx, SPEC, r.message);
    let bytes = false;
    let n = 10;
    let allBut = false;
    let verbose: boolean | null = null;
    for (const o of r.opts) {
      if (o.key === 'q') verbose = false;
      else if (o.key === 'v') verbose = true;
      else {
        bytes = o.key === 'c';
        let v = o.value ?? '';
        allBut = v.startsWith('-');
        if (allBut) v = v.slice(1);
        else if (ctx.flavour === 'gnu' && v.startsWith('+')) v = v.slice(1);
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
    for (const f of files) {
      const o = openBytes(ctx, f);
      // A directory opens fine and fails on read: its header comes first, as on Linux.
      const opened = o.ok || o.error.code === 'EISDIR';
      if (opened && headers) {
        await ctx.stdout.write(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
        first = false;
      }
      if (!o.ok) {
        status = 1;
        const why = strerror(o.error.code);
        if (ctx.flavour === 'busybox') {
          // busybox reports the failed read of a directory with a stale errno.
          await complain(ctx, prog, `${f}: ${o.error.code === 'EISDIR' ? 'Input/output error' : why}`);
        } else if (o.error.code === 'EISDIR') await complain(ctx, prog, `error reading ${shellQuote(f, true)}: ${why}`);
        else await complain(ctx, prog, `cannot open ${shellQuote(f, true)} for reading: ${why}`);
        continue;
      }
      await headFrom(ctx, o.src, bytes, n, allBut);
    }
    return status;
  },
};
