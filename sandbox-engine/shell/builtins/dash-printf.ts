/**
 * dash's printf builtin (bltin/printf.c), which is not bash's: no options (`printf -v` is
 * `Illegal option -v`), no %q, no length modifiers (`%ld` is `%l: invalid directive`), no \x or
 * \u escapes; %o %u %x %X read their argument unsigned (`%u -1` is 18446744073709551615). A bad
 * number warns `x: expected numeric value` or `1x: not completely converted` and makes the
 * status 1; a bad directive stops with status 2. dash's stdout is buffered and written when the
 * builtin ends, so its warnings come before its output. Recorded from dash 0.5.12.
 */
import type { Builtin, BuiltinContext } from './types.ts';
import { dashEscape, dashEscapeString } from './dash-echo.ts';
import { formatFloat, padField } from '../applets/lib/cformat.ts';
import { formatInt } from '../applets/lib/printf-format.ts';

const enc = new TextEncoder();

const INT_MAX = (1n << 63n) - 1n;
const INT_MIN = -(1n << 63n);
const UINT_MAX = (1n << 64n) - 1n;

/** A directive the format cannot go on after (printed by the caller, status 2). */
class Fatal {
  readonly msg: string;
  constructor(msg: string) {
    this.msg = msg;
  }
}

class Run {
  readonly out: number[] = [];
  readonly warnings: string[] = [];
  status = 0;
  private readonly args: readonly string[];
  ai = 0;
  constructor(args: readonly string[]) {
    this.args = args;
  }

  next(): string | undefined {
    return this.ai < this.args.length ? this.args[this.ai++] : undefined;
  }

  private check(s: string, used: number, range: boolean): void {
    if (used < s.length) {
      this.warnings.push(used === 0 ? `${s}: expected numeric value` : `${s}: not completely converted`);
      this.status = 1;
    } else if (range) {
      this.warnings.push(`${s}: Numerical result out of range`);
      this.status = 1;
    }
  }

  /** strtoimax / strtoumax (base 0) with dash's complaints; `'c` is the code of c. */
  int(signed: boolean): bigint {
    const s = this.next();
    if (s === undefined) return 0n;
    if (s[0] === '"' || s[0] === "'") return BigInt(enc.encode(s)[1] ?? 0);
    const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
    if (!m) {
      this.check(s, 0, false);
      return 0n;
    }
    const body = m[2];
    let v = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body[0] === '0' ? BigInt('0o' + body.slice(1)) : BigInt(body);
    let range = false;
    if (signed) {
      if (m[1] === '-') v = -v;
      if (v > INT_MAX) [v, range] = [INT_MAX, true];
      else if (v < INT_MIN) [v, range] = [INT_MIN, true];
    } else {
      if (v > UINT_MAX) [v, range] = [UINT_MAX, true];
      else if (m[1] === '-') v = BigInt.asUintN(64, -v);
    }
    this.check(s, m[0].length, range);
    return v;
  }

  /** strtod, with the same complaints. */
  float(): number {
    const s = this.next();
    if (s === undefined) return 0;
    if (s[0] === '"' || s[0] === "'") return enc.encode(s)[1] ?? 0;
    const m = /^[ \t\n\v\f\r]*([+-]?(?:inf(?:inity)?|nan|0[xX][0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/i.exec(s);
    if (!m) {
      this.check(s, 0, false);
      return 0;
    }
    const t = m[1].toLowerCase();
    const sign = t.startsWith('-') ? -1 : 1;
    const u = t.replace(/^[+-]/, '');
    let v: number;
    if (u.startsWith('inf')) v = Infinity;
    else if (u === 'nan') v = NaN;
    else if (u.startsWith('0x')) v = parseInt(u, 16);
    else v = Number(u);
    this.check(s, m[0].length, Math.abs(v) === Infinity && !u.startsWith('inf'));
    return sign * v;
  }

  push(b: Uint8Array | number[]): void {
    for (const x of b) this.out.push(x);
  }
}

/** glibc's %a for a double: 0x1.8p+1. */
function hexFloat(v: number, upper: boolean): string {
  let s: string;
  if (!Number.isFinite(v)) s = Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : 'inf';
  else if (v === 0) s = (Object.is(v, -0) ? '-' : '') + '0x0p+0';
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v);
    const bits = view.getBigUint64(0);
    const sign = bits >> 63n ? '-' : '';
    let exp = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & ((1n << 52n) - 1n);
    let lead = '1';
    if (exp === 0) {
      lead = '0';
      exp = -1022;
    } else exp -= 1023;
    let frac = mant.toString(16).padStart(13, '0').replace(/0+$/, '');
    if (mant === 0n) frac = '';
    mant = 0n;
    s = `${sign}0x${lead}${frac ? '.' + frac : ''}p${exp >= 0 ? '+' : ''}${exp}`;
  }
  return upper ? s.toUpperCase() : s;
}

/** One pass over the format; returns false when \c stopped everything. */
function pass(format: Uint8Array, r: Run): boolean {
  let i = 0;
  const text = new TextDecoder();
  while (i < format.length) {
    const ch = format[i++];
    if (ch === 0x5c) {
      const e = dashEscape(format, i);
      r.out.push(e.value);
      i = e.next;
      continue;
    }
    if (ch !== 0x25) {
      r.out.push(ch);
      continue;
    }
    if (format[i] === 0x25) {
      r.out.push(0x25);
      i++;
      continue;
    }
    const start = i - 1;
    let flags = '';
    while (i < format.length && '#-+ 0'.includes(String.fromCharCode(format[i]))) flags += String.fromCharCode(format[i++]);
    let width: number | null = null;
    if (format[i] === 0x2a) {
      i++;
      width = Number(BigInt.asIntN(32, r.int(true)));
    } else {
      let w = '';
      while (i < format.length && '*0123456789'.includes(String.fromCharCode(format[i]))) w += String.fromCharCode(format[i++]);
      if (/^\d+$/.test(w)) width = Number(w);
    }
    let precision: number | null = null;
    if (format[i] === 0x2e) {
      i++;
      if (format[i] === 0x2a) {
        i++;
        const p = Number(BigInt.asIntN(32, r.int(true)));
        precision = p < 0 ? null : p;
      } else {
        let p = '';
        while (i < format.length && '*0123456789'.includes(String.fromCharCode(format[i]))) p += String.fromCharCode(format[i++]);
        precision = /^\d*$/.test(p) ? Number(p || '0') : 0;
      }
    }
    if (width !== null && width < 0) {
      flags += '-';
      width = -width;
    }
    if (i >= format.length) throw new Fatal('missing format character');
    const conv = String.fromCharCode(format[i++]);
    const spec = text.decode(format.subarray(start, i));
    const pad = (body: Uint8Array, numeric: boolean, f = flags) => r.push(padField(body, width, f, numeric));
    switch (conv) {
      case 'b': {
        const bytes: number[] = [];
        const stop = dashEscapeString(r.next() ?? '', bytes);
        let b = Uint8Array.from(bytes);
        if (precision !== null) b = b.subarray(0, precision);
        pad(b, false);
        if (stop) return false;
        break;
      }
      case 'c': {
        const a = enc.encode(r.next() ?? '');
        pad(Uint8Array.of(a[0] ?? 0), false);
        break;
      }
      case 's': {
        let b = enc.encode(r.next() ?? '');
        if (precision !== null) b = b.subarray(0, precision);
        pad(b, false);
        break;
      }
      case 'd':
      case 'i':
      case 'o':
      case 'u':
      case 'x':
      case 'X': {
        const v = r.int(conv === 'd' || conv === 'i');
        // A precision turns zero padding off (C rule).
        pad(enc.encode(formatInt(v, conv, flags, precision)), true, precision !== null ? flags.replace(/0/g, '') : flags);
        break;
      }
      case 'a':
      case 'A':
        pad(enc.encode(hexFloat(r.float(), conv === 'A')), true);
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        pad(enc.encode(formatFloat(r.float(), conv, flags, precision)), true);
        break;
      default:
        throw new Fatal(`${spec}: invalid directive`);
    }
  }
  return true;
}

async function run(b: BuiltinContext): Promise<number> {
  let args = b.argv.slice(1);
  // nextopt(""): `--` ends options; any other option letter is illegal.
  if (args[0] === '--') args = args.slice(1);
  else if (args[0] !== undefined && args[0].length > 1 && args[0][0] === '-') {
    await b.error(`Illegal option ${args[0].slice(0, 2)}`);
    return 2;
  }
  if (args.length === 0) {
    await b.error('usage: printf format [arg ...]');
    return 2;
  }
  const format = enc.encode(args[0]);
  const r = new Run(args.slice(1));
  let fatal: string | undefined;
  try {
    for (;;) {
      const before = r.ai;
      if (!pass(format, r)) break;
      if (r.ai === before || r.ai >= args.length - 1) break;
    }
  } catch (e) {
    if (!(e instanceof Fatal)) throw e;
    fatal = e.msg;
  }
  for (const w of r.warnings) await b.error(w);
  if (fatal !== undefined) await b.error(fatal);
  if (r.out.length > 0) await b.stdout.write(Uint8Array.from(r.out));
  return fatal !== undefined ? 2 : r.status;
}

export const dashPrintf: Builtin = { name: 'printf', run };
