/**
 * seq: print a sequence of numbers. Recorded from coreutils 9.1 and busybox 1.35:
 *   seq 3 / seq 2 4 / seq 1 2 7 / seq -s, 3 -> "1,2,3" / seq -w 8 10 -> 08 09 10
 *   seq 1 0.5 2 -> 1.0 1.5 2.0 (precision of FIRST and INC) / seq -f %03g 3 -> 001 002 003
 *   seq x -> "seq: invalid floating point argument: ‘x’" + Try line, 1; seq -> "seq: missing operand";
 *   seq 1 2 3 4 -> "seq: extra operand ‘4’"; seq 1 0 3 -> "seq: invalid Zero increment value: ‘0’".
 *   GNU takes a negative number as an operand (seq -w -1 1 -> -1 00 01).
 *   busybox has only -w and -s; any bad operand or option count prints its usage block, status 1;
 *   `-f` gives "seq: invalid option -- 'f'" + usage; it loops forever on INC 0 (we stop at the
 *   step limit through ctx.tick()).
 */
import type { Applet, ProcessContext } from '../process.ts';
import { BUSYBOX_BANNER } from './lib/busybox-usage.ts';
import { ql } from './lib/fs-common.ts';

const BB_USAGE =
  'Usage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\n' +
  'FIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator\n';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function decimals(s: string): number {
  if (/[eE]/.test(s)) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** The %g-style printf conversions -f supports here: %[flags][width][.prec](g|f|e). */
function applyFormat(fmt: string, v: number): string | null {
  const m = /^(.*?)%([-0]*)(\d*)(?:\.(\d+))?([gfe])(.*)$/s.exec(fmt);
  if (!m) return null;
  const [, pre, flags, width, precS, conv, post] = m;
  let body: string;
  if (conv === 'f') body = v.toFixed(precS === undefined ? 6 : Number(precS));
  else if (conv === 'e') body = v.toExponential(precS === undefined ? 6 : Number(precS)).replace(/e([+-])(\d)$/, 'e$10$2');
  else body = String(Number(v.toPrecision(precS === undefined ? 6 : Math.max(1, Number(precS)))));
  const w = Number(width || 0);
  if (body.length < w) {
    if (flags.includes('-')) body = body.padEnd(w);
    else if (flags.includes('0')) body = body.startsWith('-') ? '-' + body.slice(1).padStart(w - 1, '0') : body.padStart(w, '0');
    else body = body.padStart(w);
  }
  return pre.replaceAll('%%', '%') + body + post.replaceAll('%%', '%');
}

async function gnuFail(ctx: ProcessContext, msg: string): Promise<number> {
  await ctx.stderr.write(`seq: ${msg}\nTry 'seq --help' for more information.\n`);
  return 1;
}

async function bbUsage(ctx: ProcessContext, msg?: string): Promise<number> {
  await ctx.stderr.write(`${msg === undefined ? '' : `seq: ${msg}\n`}${BUSYBOX_BANNER}\n\n${BB_USAGE}`);
  return 1;
}

export const applet: Applet = {
  name: 'seq',
  async run(ctx) {
    const bb = ctx.flavour === 'busybox';
    let sep = '\n';
    let equal = false;
    let format: string | null = null;
    const ops: string[] = [];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--' && ops.length === 0) {
        ops.push(...args.slice(i + 1));
        break;
      }
      // GNU lets a negative number through as an operand; busybox's getopt does not.
      if (a.length < 2 || a[0] !== '-' || (!bb && NUMBER.test(a))) {
        ops.push(a);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'w') equal = true;
        else if (c === 's' || (c === 'f' && !bb)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (v === undefined) return bb ? bbUsage(ctx, `option requires an argument -- '${c}'`) : gnuFail(ctx, `option requires an argument -- '${c}'`);
          if (c === 's') sep = v;
          else format = v;
          break;
        } else return bb ? bbUsage(ctx, `invalid option -- '${c}'`) : gnuFail(ctx, `invalid option -- '${c}'`);
      }
    }
    if (ops.length === 0) return bb ? bbUsage(ctx) : gnuFail(ctx, 'missing operand');
    if (ops.length > 3) return bb ? bbUsage(ctx) : gnuFail(ctx, `extra operand ${ql(ctx, ops[3])}`);
    for (const o of ops) {
      if (!NUMBER.test(o)) return bb ? bbUsage(ctx) : gnuFail(ctx, `invalid floating point argument: ${ql(ctx, o)}`);
    }
    const [firstS, incS, lastS] = ops.length === 1 ? ['1', '1', ops[0]] : ops.length === 2 ? [ops[0], '1', ops[1]] : ops;
    const first = Number(firstS);
    const inc = Number(incS);
    const last = Number(lastS);
    if (inc === 0 && !bb) return gnuFail(ctx, `invalid Zero increment value: ${ql(ctx, incS)}`);
    if (format !== null && equal) return gnuFail(ctx, 'format string may not be specified when printing equal width strings');
    const prec = Math.max(decimals(firstS), decimals(incS));
    const plain = (v: number) => (prec > 0 ? v.toFixed(prec) : String(Math.round(v)));
    const width = equal ? Math.max(plain(first).length, plain(last).length) : 0;
    const show = (v: number): string => {
      if (format !== null) return applyFormat(format, v) ?? '';
      const s = plain(v);
      if (s.length >= width) return s;
      return s.startsWith('-') ? '-' + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
    };
    if (format !== null && applyFormat(format, 0) === null) return gnuFail(ctx, `format ${ql(ctx, format)} has no % directive`);
    let out = '';
    let n = 0;
    for (let i = 0; ; i++) {
      const v = first + i * inc;
      if (inc > 0 ? v > last + 1e-10 * Math.abs(inc) : v < last - 1e-10 * Math.abs(inc)) break;
      out += (n++ > 0 ? sep : '') + show(v);
      if (out.length >= 4096) {
        ctx.tick();
        await ctx.stdout.write(out);
        out = '';
      }
      if (inc === 0) ctx.tick();
    }
    if (n > 0) out += '\n';
    if (out) await ctx.stdout.write(out);
    return 0;
  },
};
