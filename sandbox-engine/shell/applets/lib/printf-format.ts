/**
 * The printf engine shared by the printf applet (bash builtin, coreutils, busybox dialects) and
 * usable by the shell for `printf -v`. Works on bytes, as C printf does: `%c` is the first byte and
 * `%.1s` cuts bytes. The format is reused while arguments remain (POSIX).
 *
 * Example: formatPrintf('%s-%s\n', ['a', 'b', 'c'], 'bash', warn) -> bytes of "a-b\nc-\n"
 */
import { decodeEscapes, type EscapeRules } from './escapes.ts';
import { formatFloat, padField } from './cformat.ts';

export type PrintfDialect = 'bash' | 'coreutils' | 'busybox';

export interface PrintfResult {
  bytes: Uint8Array;
  status: number;
}

/** Receives diagnostics without the program prefix, e.g. `x: invalid number`. */
export type Warn = (message: string) => void;

const FORMAT_RULES: Record<PrintfDialect, EscapeRules> = {
  bash: { octal: 'plain', unicode: true, quotes: true, upperE: true, cStops: false },
  coreutils: { octal: 'plain', unicode: true, quotes: true, upperE: false, cStops: true },
  busybox: { octal: 'plain', unicode: false, quotes: false, upperE: false, cStops: true },
};

const B_RULES: Record<PrintfDialect, EscapeRules> = {
  bash: { octal: 'both', unicode: true, quotes: false, upperE: true, cStops: true },
  coreutils: { octal: 'both', unicode: true, quotes: false, upperE: false, cStops: true },
  busybox: { octal: 'both', unicode: false, quotes: false, upperE: false, cStops: true },
};

const enc = new TextEncoder();

class Stop extends Error {}

/** strtoimax-like parse of an integer argument, with each dialect's complaint. */
function intArg(arg: string | undefined, dialect: PrintfDialect, warn: Warn, quote: (s: string) => string): { v: bigint; bad: boolean } {
  if (arg === undefined) {
    if (dialect === 'busybox') {
      warn(`invalid number ''`);
      return { v: 0n, bad: true };
    }
    return { v: 0n, bad: false };
  }
  if (/^['"]/.test(arg)) return { v: BigInt(arg.length > 1 ? arg.codePointAt(1)! : 0), bad: false };
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(arg);
  if (arg === '' && dialect !== 'busybox') return { v: 0n, bad: false };
  if (!m || m[0].length !== arg.length) {
    if (dialect === 'busybox') {
      warn(`invalid number '${arg}'`);
      return { v: 0n, bad: true };
    }
    const partial = m ? BigInt(m[1] + (m[2].startsWith('0') && !/^0[xX]/.test(m[2]) && m[2].length > 1 ? '0o' + m[2].slice(1) : m[2])) : 0n;
    if (dialect === 'bash') {
      const kind = /^\s*[+-]?0[xX]/.test(arg) ? 'hex ' : /^\s*[+-]?0\d/.test(arg) ? 'octal ' : '';
      warn(`${arg}: invalid ${kind}number`);
    } else warn(m ? `${quote(arg)}: value not completely converted` : `${quote(arg)}: expected a numeric value`);
    return { v: partial, bad: true };
  }
  const body = m[2];
  const v = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body.startsWith('0') ? BigInt('0o' + body.slice(1)) : BigInt(body);
  return { v: m[1] === '-' ? -v : v, bad: false };
}

function floatArg(arg: string | undefined, dialect: PrintfDialect, warn: Warn, quote: (s: string) => string): { v: number; bad: boolean } {
  if (arg === undefined || arg === '') {
    if (dialect === 'busybox' && arg === undefined) {
      warn(`invalid number ''`);
      return { v: 0, bad: true };
    }
    return { v: 0, bad: false };
  }
  if (/^['"]/.test(arg)) return { v: arg.length > 1 ? arg.codePointAt(1)! : 0, bad: false };
  const m = /^\s*([+-]?(?:inf(?:inity)?|nan|0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/i.exec(arg);
  const parse = (t: string): number => {
    const s = t.trim().toLowerCase();
    const sign = s.startsWith('-') ? -1 : 1;
    const u = s.replace(/^[+-]/, '');
    if (u.startsWith('inf')) return sign * Infinity;
    if (u === 'nan') return NaN;
    if (u.startsWith('0x')) return sign * parseInt(u, 16);
    return sign * Number(u);
  };
  if (!m || m[0].length !== arg.length) {
    if (dialect === 'busybox') warn(`invalid number '${arg}'`);
    else if (dialect === 'bash') warn(`${arg}: invalid number`);
    else warn(m ? `${quote(arg)}: value not completely converted` : `${quote(arg)}: expected a numeric value`);
    return { v: m && dialect !== 'busybox' ? parse(m[1]) : 0, bad: true };
  }
  return { v: parse(m[1]), bad: false };
}

/** bash's %q: backslashes before shell specials, $'...' for control characters. */
function bashQuote(s: string): string {
  if (s === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(s)) {
    let out = "$'";
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      const named: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 27: 'E' };
      if (ch === "'" || ch === '\\') out += '\\' + ch;
      else if (c < 0x20 || c === 0x7f) out += '\\' + (named[c] ?? c.toString(8).padStart(3, '0'));
      else out += ch;
    }
    return out + "'";
  }
  let out = '';
  [...s].forEach((ch, i) => {
    if (/[ '"\\|&;()<>!{}*[?\]^$`,]/.test(ch) || (i === 0 && (ch === '~' || ch === '#'))) out += '\\';
    out += ch;
  });
  return out;
}

function coreutilsQuote(s: string): string {
  // Same rules as file names in messages (quotearg's shell-escape style).
  if (s === '') return "''";
  const special = /[ !"$&()*;<=>?[\\^`|']/;
  const control = /[\x00-\x1f\x7f]/;
  if (!special.test(s) && !control.test(s) && !/^[#~]/.test(s)) return s;
  if (!control.test(s)) {
    if (!s.includes("'")) return `'${s}'`;
    if (!/[$`"\\!]/.test(s)) return `"${s}"`;
    return `'${s.replace(/'/g, "'\\''")}'`;
  }
  let out = '';
  let plain = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 || c === 0x7f) {
      if (plain) out += `'${plain}'`;
      plain = '';
      const named: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };
      out += `$'\\${named[c] ?? c.toString(8).padStart(3, '0')}'`;
    } else plain += ch;
  }
  if (plain) out += `'${plain}'`;
  return out;
}

export function formatPrintf(
  format: string,
  args: readonly string[],
  dialect: PrintfDialect,
  warn: Warn,
  quote: (s: string) => string = (s) => `'${s}'`,
): PrintfResult {
  const out: number[] = [];
  let status = 0;
  let ai = 0;
  const next = (): string | undefined => (ai < args.length ? args[ai++] : undefined);
  const pushStr = (s: string): void => {
    for (const b of enc.encode(s)) out.push(b);
  };
  const pushBytes = (b: Uint8Array | number[]): void => {
    for (const x of b) out.push(x);
  };
  const badFormat = (spec: string, conv: string, rest: string): never => {
    if (dialect === 'bash') warn(`\`${conv}': invalid format character`);
    else if (dialect === 'coreutils') warn(`${spec}: invalid conversion specification`);
    else warn(`${rest}: invalid format`);
    status = 1;
    throw new Stop();
  };
  try {
    do {
      const startArgs = ai;
      let i = 0;
      while (i < format.length) {
        const ch = format[i];
        if (ch === '\\') {
          // One escape at a time so \c can stop the output.
          let j = i + 1;
          if (format[j] === 'x') j += Math.min(2, /^[0-9a-fA-F]*/.exec(format.slice(j + 1))![0].length) + 1;
          else if (format[j] === 'u' || format[j] === 'U') {
            const max = format[j] === 'u' ? 4 : 8;
            j += Math.min(max, /^[0-9a-fA-F]*/.exec(format.slice(j + 1))![0].length) + 1;
          } else if (/[0-7]/.test(format[j] ?? '')) j += Math.min(3, /^[0-7]*/.exec(format.slice(j))![0].length);
          else j += 1;
          if (j > format.length) j = format.length;
          const piece = format.slice(i, j);
          if (/^\\[xuU]$/.test(piece) && !(piece === '\\x' ? false : !FORMAT_RULES[dialect].unicode)) {
            // An escape that needs digits and has none.
            if (dialect === 'coreutils') {
              warn('missing hexadecimal number in escape');
              status = 1;
              throw new Stop();
            }
            if (dialect === 'bash') warn(piece === '\\x' ? 'missing hex digit for \\x' : `missing unicode digit for ${piece}`);
          }
          if (decodeEscapes(piece, FORMAT_RULES[dialect], out)) throw new Stop();
          i = j;
          continue;
        }
        if (ch !== '%') {
          const nextSpecial = format.slice(i).search(/[\\%]/);
          const end = nextSpecial < 0 ? format.length : i + nextSpecial;
          pushStr(format.slice(i, end));
          i = end;
          continue;
        }
        // A conversion: %[flags][width][.precision][length]conv
        const start = i;
        i++;
        if (format[i] === '%') {
          out.push(37);
          i++;
          continue;
        }
        let flags = '';
        while (i < format.length && '-+ #0'.includes(format[i])) flags += format[i++];
        let width: number | null = null;
        if (format[i] === '*') {
          width = Number(intArg(next(), dialect, warn, quote).v);
          if (width < 0) {
            flags += '-';
            width = -width;
          }
          i++;
        } else {
          const m = /^\d+/.exec(format.slice(i));
          if (m) {
            width = Number(m[0]);
            i += m[0].length;
          }
        }
        let precision: number | null = null;
        if (format[i] === '.') {
          i++;
          if (format[i] === '*') {
            const p = Number(intArg(next(), dialect, warn, quote).v);
            precision = p < 0 ? null : p;
            i++;
          } else {
            const m = /^\d*/.exec(format.slice(i))!;
            precision = m[0] === '' ? 0 : Number(m[0]);
            i += m[0].length;
          }
        }
        const beforeLength = i;
        while (i < format.length && 'hlLjzt'.includes(format[i])) i++;
        const conv = format[i] ?? '';
        i++;
        const spec = format.slice(start, i);
        const pad = (body: string | Uint8Array, numeric: boolean, f = flags): void =>
          pushBytes(padField(typeof body === 'string' ? enc.encode(body) : body, width, f, numeric));
        // busybox names the rest of the format, length modifiers removed.
        const bbRest = '%' + format.slice(start + 1, beforeLength) + format.slice(i - 1);
        switch (conv) {
          case 's': {
            let b = enc.encode(next() ?? '');
            if (precision !== null) b = b.subarray(0, precision);
            pad(b, false);
            break;
          }
          case 'b': {
            if (dialect !== 'bash' && spec !== '%b') badFormat(spec, conv, bbRest);
            const bytes: number[] = [];
            const stop = decodeEscapes(next() ?? '', B_RULES[dialect], bytes);
            let b = Uint8Array.from(bytes);
            if (precision !== null) b = b.subarray(0, precision);
            pad(b, false);
            if (stop) throw new Stop();
            break;
          }
          case 'q': {
            if (dialect === 'busybox') badFormat(spec, conv, bbRest);
            const a = next() ?? '';
            pad(dialect === 'bash' ? bashQuote(a) : coreutilsQuote(a), false);
            break;
          }
          case 'c': {
            const a = enc.encode(next() ?? '');
            pad(a.length ? a.subarray(0, 1) : Uint8Array.of(0), false);
            break;
          }
          case 'd':
          case 'i':
          case 'u':
          case 'x':
          case 'X':
          case 'o': {
            const arg = next();
            const r = intArg(arg, dialect, warn, quote);
            if (r.bad) status = 1;
            const signed = conv === 'd' || conv === 'i';
            const lo = signed ? -(2n ** 63n) : -(2n ** 64n - 1n);
            const hi = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
            if (!r.bad && (r.v < lo || r.v > hi)) {
              // strtoimax clamps and sets ERANGE.
              if (dialect === 'busybox') {
                warn(`invalid number '${arg}'`);
                r.v = 0n;
                status = 1;
              } else {
                r.v = r.v < lo ? (signed ? lo : 0n) : hi;
                if (dialect === 'bash') warn(`warning: ${arg}: Numerical result out of range`);
                else {
                  warn(`${quote(arg ?? '')}: Numerical result out of range`);
                  status = 1;
                }
              }
            }
            // A precision turns zero padding off (C rule).
            pad(formatInt(r.v, conv, flags, precision), true, precision !== null ? flags.replace(/0/g, '') : flags);
            break;
          }
          case 'f':
          case 'F':
          case 'e':
          case 'E':
          case 'g':
          case 'G': {
            const r = floatArg(next(), dialect, warn, quote);
            if (r.bad) status = 1;
            pad(formatFloat(r.v, conv, flags, precision), true);
            break;
          }
          default:
            badFormat(spec, conv, bbRest);
        }
      }
      if (ai === startArgs) break;
    } while (ai < args.length);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return { bytes: Uint8Array.from(out), status };
}

/** An integer conversion body with sign, precision and '#'; width is applied by padField. */
export function formatInt(v: bigint, conv: string, flags: string, precision: number | null): string {
  let digits: string;
  let sign = '';
  if (conv === 'd' || conv === 'i') {
    if (v < 0n) {
      sign = '-';
      v = -v;
    } else if (flags.includes('+')) sign = '+';
    else if (flags.includes(' ')) sign = ' ';
    digits = v.toString();
  } else {
    const u = BigInt.asUintN(64, v);
    digits = conv === 'o' ? u.toString(8) : conv === 'u' ? u.toString() : u.toString(16);
    if (conv === 'X') digits = digits.toUpperCase();
  }
  if (precision !== null) digits = precision === 0 && v === 0n ? '' : digits.padStart(precision, '0');
  if (flags.includes('#')) {
    if ((conv === 'x' || conv === 'X') && v !== 0n) sign = conv === 'x' ? '0x' : '0X';
    if (conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
  }
  return sign + digits;
}
