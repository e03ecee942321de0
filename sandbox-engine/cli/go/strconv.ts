/**
 * Go's strconv parsers as pflag calls them, with the exact error texts, e.g.
 * `strconv.ParseInt: parsing "x": invalid syntax` (recorded: `docker stop -t x c`).
 *
 * Integers are returned as `number`; values beyond 2^53 lose precision but keep their range
 * checks exact (done on BigInt), which is what decides the error a user sees.
 */
import { goQuote } from './quote.ts';

/** A `*strconv.NumError`. `message` is its Error() text. */
export class NumError extends Error {
  readonly func: string;
  readonly num: string;
  readonly reason: 'invalid syntax' | 'value out of range' | 'invalid bit size' | 'invalid base';
  constructor(func: string, num: string, reason: NumError['reason']) {
    super(`strconv.${func}: parsing ${goQuote(num)}: ${reason}`);
    this.name = 'NumError';
    this.func = func;
    this.num = num;
    this.reason = reason;
  }
}

/** `strconv.ParseBool`. */
export function parseBool(s: string): boolean {
  switch (s) {
    case '1': case 't': case 'T': case 'true': case 'TRUE': case 'True':
      return true;
    case '0': case 'f': case 'F': case 'false': case 'FALSE': case 'False':
      return false;
  }
  throw new NumError('ParseBool', s, 'invalid syntax');
}

/** Go's underscoreOK: `_` only between digits or right after a base prefix. */
function underscoreOK(s: string): boolean {
  // saw: '^' start, '0' digit or prefix, '_' underscore, '!' other
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hexa = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1])) {
    i = 2;
    saw = '0';
    hexa = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hexa && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 97 + 10;
  if (code >= 65 && code <= 90) return code - 65 + 10;
  return 99;
}

/** Unsigned magnitude of `s` in `base` (0 = from prefix); null on a syntax error. */
function parseMagnitude(s: string, base: number): bigint | null {
  if (s === '') return null;
  const base0 = base === 0;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      if (s.length >= 3 && (s[1] === 'b' || s[1] === 'B')) { base = 2; s = s.slice(2); }
      else if (s.length >= 3 && (s[1] === 'o' || s[1] === 'O')) { base = 8; s = s.slice(2); }
      else if (s.length >= 3 && (s[1] === 'x' || s[1] === 'X')) { base = 16; s = s.slice(2); }
      else { base = 8; s = s.slice(1); }
    }
  }
  let n = 0n;
  for (const c of s) {
    if (c === '_' && base0) continue;
    const d = digitValue(c);
    if (d >= base) return null;
    n = n * BigInt(base) + BigInt(d);
  }
  return n;
}

function checkedMagnitude(func: string, full: string, body: string, base: number): bigint {
  const mag = parseMagnitude(body, base);
  if (mag === null) throw new NumError(func, full, 'invalid syntax');
  if (base === 0 && body.includes('_') && !underscoreOK(body)) throw new NumError(func, full, 'invalid syntax');
  return mag;
}

/** `strconv.ParseUint(s, base, bitSize)`. */
export function parseUint(s: string, base = 0, bitSize = 64): number {
  if (s === '') throw new NumError('ParseUint', s, 'invalid syntax');
  const mag = checkedMagnitude('ParseUint', s, s, base);
  if (mag > (1n << BigInt(bitSize)) - 1n) throw new NumError('ParseUint', s, 'value out of range');
  return Number(mag);
}

/** `strconv.ParseInt(s, base, bitSize)`. */
export function parseInt(s: string, base = 0, bitSize = 64): number {
  if (s === '') throw new NumError('ParseInt', s, 'invalid syntax');
  let body = s;
  let neg = false;
  if (body[0] === '+' || body[0] === '-') {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  let mag: bigint;
  try {
    mag = checkedMagnitude('ParseInt', s, body, base);
  } catch (e) {
    if (e instanceof NumError) throw new NumError('ParseInt', s, e.reason);
    throw e;
  }
  const limit = 1n << BigInt(bitSize - 1);
  if (!neg && mag >= limit) throw new NumError('ParseInt', s, 'value out of range');
  if (neg && mag > limit) throw new NumError('ParseInt', s, 'value out of range');
  return Number(neg ? -mag : mag);
}

const DECIMAL_FLOAT = /^[+-]?(\d+(_\d+)*\.?(\d+(_\d+)*)?|\.\d+(_\d+)*)([eE][+-]?\d+(_\d+)*)?$/;
const HEX_FLOAT = /^[+-]?0[xX]([0-9a-fA-F_]*\.?[0-9a-fA-F_]*)[pP][+-]?\d+$/;

/**
 * `strconv.ParseFloat(s, 64)` for the forms Go accepts: decimal with exponent, `inf`/`infinity`/
 * `nan` in any case with a sign, hex floats with a `p` exponent. Underscores are accepted only
 * with a base prefix, as in Go.
 */
export function parseFloat(s: string): number {
  const lower = s.toLowerCase();
  const unsigned = lower.replace(/^[+-]/, '');
  if (unsigned === 'inf' || unsigned === 'infinity') return lower[0] === '-' ? -Infinity : Infinity;
  if (unsigned === 'nan' && lower === unsigned) return NaN;
  if (DECIMAL_FLOAT.test(s) && !s.includes('_')) {
    const v = Number(s);
    if (!Number.isFinite(v)) throw new NumError('ParseFloat', s, 'value out of range');
    return v;
  }
  const hm = HEX_FLOAT.exec(s);
  if (hm && underscoreOK(s.replace(/[pP].*$/, ''))) {
    const neg = s[0] === '-';
    const [intPart, fracPart = ''] = hm[1].replace(/_/g, '').split('.');
    if (intPart === '' && fracPart === '') throw new NumError('ParseFloat', s, 'invalid syntax');
    const exp = Number(/[pP]([+-]?\d+)$/.exec(s)?.[1] ?? '0');
    let v = 0;
    for (const c of intPart + fracPart) v = v * 16 + digitValue(c);
    v = v * Math.pow(2, exp - 4 * fracPart.length);
    if (!Number.isFinite(v)) throw new NumError('ParseFloat', s, 'value out of range');
    return neg ? -v : v;
  }
  throw new NumError('ParseFloat', s, 'invalid syntax');
}
