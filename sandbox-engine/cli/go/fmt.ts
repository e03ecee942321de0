/**
 * The parts of Go's fmt package templates reach: Sprint, Sprintln, Sprintf (`print`, `println`,
 * `printf`) and the `%v` rendering of values that template actions print. Values follow the model
 * in value.ts. Outputs were checked against docker CLI 28.2.2 (template/template.test.ts).
 *
 * Not modelled: pointers in general (a struct prints as `{...}`, never `&{...}`; only a pointer
 * field of a struct marked as such prints as an address, value.ts GoAddress), %#v Go syntax beyond
 * strings and numbers, %p, complex numbers.
 */
import { formatFloat } from './ftoa.ts';
import { goQuote } from './quote.ts';
import {
  GoAddress,
  GoFloat,
  JsonNumber,
  isNilMap,
  isNilSlice,
  kindOf,
  numberOf,
  printedFields,
  sortedKeys,
  typeName,
} from './value.ts';

interface Flags {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  sharpV: boolean;
  width?: number;
  prec?: number;
}

const NO_FLAGS: Flags = { minus: false, plus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false };

function runeLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function pad(s: string, f: Flags, zeroOk = false): string {
  if (f.width === undefined) return s;
  const n = f.width - runeLen(s);
  if (n <= 0) return s;
  if (f.minus) return s + ' '.repeat(n);
  if (f.zero && zeroOk) {
    // Zero padding goes after the sign.
    const sign = s[0] === '-' || s[0] === '+' || s[0] === ' ' ? s[0] : '';
    return sign + '0'.repeat(n) + s.slice(sign.length);
  }
  return ' '.repeat(n) + s;
}

function badVerb(verb: string, v: unknown): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(v)}=${formatValue(v, 'v', NO_FLAGS)})`;
}

function fmtInteger(n: bigint, verb: string, f: Flags): string {
  const neg = n < 0n;
  const mag = neg ? -n : n;
  let digits: string;
  let prefix = '';
  switch (verb) {
    case 'b':
      digits = mag.toString(2);
      if (f.sharp) prefix = '0b';
      break;
    case 'o':
    case 'O':
      digits = mag.toString(8);
      if (verb === 'O') prefix = '0o';
      else if (f.sharp && digits[0] !== '0') prefix = '0';
      break;
    case 'x':
      digits = mag.toString(16);
      if (f.sharp) prefix = '0x';
      break;
    case 'X':
      digits = mag.toString(16).toUpperCase();
      if (f.sharp) prefix = '0X';
      break;
    default:
      digits = mag.toString(10);
  }
  if (f.prec !== undefined) {
    if (f.prec === 0 && mag === 0n) digits = '';
    while (digits.length < f.prec) digits = '0' + digits;
  }
  const sign = neg ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  return pad(sign + prefix + digits, f, f.prec === undefined);
}

function fmtFloatVerb(x: number, verb: string, f: Flags): string {
  let s: string;
  switch (verb) {
    case 'v':
    case 'g':
      s = formatFloat(x, 'g', f.prec ?? -1);
      break;
    case 'G':
      s = formatFloat(x, 'G', f.prec ?? -1);
      break;
    case 'e':
    case 'E':
      s = formatFloat(x, verb, f.prec ?? 6);
      break;
    case 'f':
    case 'F':
      s = formatFloat(x, 'f', f.prec ?? 6);
      break;
    default:
      return badVerb(verb, new GoFloat(x));
  }
  if (s === '+Inf' && !f.plus) s = 'Inf';
  if (f.plus && s[0] !== '-' && s[0] !== '+') s = '+' + s;
  else if (f.space && s[0] !== '-' && s[0] !== '+') s = ' ' + s;
  return pad(s, f, Number.isFinite(x));
}

function fmtString(s: string, verb: string, f: Flags): string {
  if (f.prec !== undefined && verb !== 'x' && verb !== 'X') {
    s = Array.from(s).slice(0, f.prec).join('');
  }
  switch (verb) {
    case 'v':
      if (f.sharpV) return pad(goQuote(s), f);
      return pad(s, f);
    case 's':
      return pad(s, f);
    case 'q':
      if (f.sharp && !s.includes('`') && !/[\x00-\x08\x0a-\x1f\x7f]/.test(s)) return pad('`' + s + '`', f);
      return pad(goQuote(s), f);
    case 'x':
    case 'X': {
      let bytes = Array.from(new TextEncoder().encode(s));
      if (f.prec !== undefined) bytes = bytes.slice(0, f.prec);
      let hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join(f.space ? ' ' : '');
      if (verb === 'X') hex = hex.toUpperCase();
      return pad(hex, f);
    }
    default:
      return badVerb(verb, s);
  }
}

/** Format one operand for a verb (printValue in fmt/print.go). */
export function formatValue(v: unknown, verb: string, f: Flags, depth = 0): string {
  if (v === undefined || v === null) {
    if (verb === 'v') return pad('<nil>', f);
    if (verb === 'T') return pad('<nil>', f);
    return badVerb(verb, null);
  }
  if (verb === 'T') return pad(typeName(v), f);
  // fmt prints a pointer nested in a struct as its address (printValue, depth > 0).
  if (v instanceof GoAddress) return verb === 'v' ? pad(v.text, f) : badVerb(verb, v);
  const kind = kindOf(v);
  switch (kind) {
    case 'bool':
      if (verb === 'v' || verb === 't') return pad(String(v), f);
      return badVerb(verb, v);
    case 'int': {
      const n = typeof v === 'bigint' ? v : BigInt(numberOf(v));
      if (verb === 'v' || verb === 'd' || verb === 'b' || verb === 'o' || verb === 'O' || verb === 'x' || verb === 'X') {
        return fmtInteger(n, verb === 'v' ? 'd' : verb, f);
      }
      if (verb === 'c') return pad(String.fromCodePoint(Number(n)), f);
      if (verb === 'q') return pad("'" + String.fromCodePoint(Number(n)) + "'", f);
      if (verb === 'U') {
        let s = 'U+' + n.toString(16).toUpperCase().padStart(4, '0');
        if (f.sharp) s += " '" + String.fromCodePoint(Number(n)) + "'";
        return pad(s, f);
      }
      if ('eEfFgG'.includes(verb)) return badVerb(verb, v);
      return badVerb(verb, v);
    }
    case 'float':
      return fmtFloatVerb(numberOf(v), verb, f);
    case 'string':
      return fmtString(v instanceof JsonNumber ? v.text : (v as string), verb, f);
    case 'slice': {
      if (isNilSlice(v)) return pad(f.sharpV ? typeName(v) + '(nil)' : '[]', f);
      const items = (v as unknown[]).map((x) => formatValue(x, verb, { ...f, width: undefined }, depth + 1));
      return pad('[' + items.join(' ') + ']', f);
    }
    case 'map': {
      if (isNilMap(v)) return pad('map[]', f);
      const m = v as Map<string, unknown>;
      const parts = sortedKeys(m).map(
        (k) => formatValue(k, verb, { ...f, width: undefined }, depth + 1) + ':' + formatValue(m.get(k), verb, { ...f, width: undefined }, depth + 1),
      );
      return pad('map[' + parts.join(' ') + ']', f);
    }
    case 'struct': {
      const fields = printedFields(v as Record<string | symbol, unknown>);
      const parts = fields.map(
        ([k, x]) => (f.plusV ? k + ':' : '') + formatValue(x, verb, { ...f, width: undefined }, depth + 1),
      );
      return pad('{' + parts.join(' ') + '}', f);
    }
    case 'func':
      return pad('0x0', f);
    default:
      return badVerb(verb, v);
  }
}

/** `%v` with no flags: what template actions print. */
export function sprintValue(v: unknown): string {
  return formatValue(v, 'v', NO_FLAGS);
}

function isString(v: unknown): boolean {
  return typeof v === 'string';
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && !isString(a) && !isString(args[i - 1])) out += ' ';
    out += formatValue(a, 'v', NO_FLAGS);
  });
  return out;
}

/** fmt.Sprintln: always spaces, then a newline. */
export function sprintln(args: readonly unknown[]): string {
  return args.map((a) => formatValue(a, 'v', NO_FLAGS)).join(' ') + '\n';
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  const chars = Array.from(format);
  let i = 0;
  const parseNum = (): number | undefined => {
    let s = '';
    while (i < chars.length && chars[i] >= '0' && chars[i] <= '9') s += chars[i++];
    return s === '' ? undefined : Number(s);
  };
  // Go's argNumber: "[n]" selects operand n (1-based).
  const argIndex = (): void => {
    if (i < chars.length && chars[i] === '[') {
      reordered = true;
      const close = chars.indexOf(']', i);
      const n = close < 0 ? NaN : Number(chars.slice(i + 1, close).join(''));
      if (close < 0 || !Number.isInteger(n) || n < 1 || n > args.length) {
        goodArgNum = false;
        i = close < 0 ? chars.length : close + 1;
        return;
      }
      argNum = n - 1;
      i = close + 1;
    }
  };
  while (i < chars.length) {
    const c = chars[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const f: Flags = { ...NO_FLAGS };
    for (; i < chars.length; i++) {
      const ch = chars[i];
      if (ch === '#') f.sharp = true;
      else if (ch === '0') f.zero = !f.minus;
      else if (ch === '+') f.plus = true;
      else if (ch === '-') {
        f.minus = true;
        f.zero = false;
      } else if (ch === ' ') f.space = true;
      else break;
    }
    goodArgNum = true;
    argIndex();
    if (i < chars.length && chars[i] === '*') {
      i++;
      const w = args[argNum++];
      if (typeof w === 'number' && Number.isInteger(w)) {
        f.width = w;
        if (w < 0) {
          f.minus = true;
          f.width = -w;
        }
      } else out += '%!(BADWIDTH)';
    } else {
      f.width = parseNum();
    }
    if (i < chars.length && chars[i] === '.') {
      i++;
      argIndex();
      if (i < chars.length && chars[i] === '*') {
        i++;
        const p = args[argNum++];
        if (typeof p === 'number' && Number.isInteger(p) && p >= 0) f.prec = p;
        else out += '%!(BADPREC)';
      } else {
        f.prec = parseNum() ?? 0;
      }
    }
    argIndex();
    if (i >= chars.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = chars[i++];
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (!goodArgNum) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argNum++];
    if (verb === 'v') {
      if (f.sharp) {
        f.sharpV = true;
        f.sharp = false;
      }
      if (f.plus) {
        f.plusV = true;
        f.plus = false;
      }
    }
    out += formatValue(arg, verb, f);
  }
  if (!reordered && argNum < args.length) {
    out += '%!(EXTRA ' + args.slice(argNum).map((a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${sprintValue(a)}`)).join(', ') + ')';
  }
  return out;
}
