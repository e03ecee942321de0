/** C printf field formatting shared by printf and awk: floats (%f %e %g) and width padding. */

const enc = new TextEncoder();

/** Pad a converted field to `width` bytes: left with spaces, right for '-', zeros after the sign for '0'. */
export function padField(body: Uint8Array, width: number | null, flags: string, numeric: boolean): Uint8Array {
  if (width === null || body.length >= width) return body;
  const fill = width - body.length;
  if (flags.includes('-')) {
    const out = new Uint8Array(width).fill(32);
    out.set(body, 0);
    return out;
  }
  const text = new TextDecoder().decode(body);
  if (numeric && flags.includes('0') && !/inf|nan/i.test(text)) {
    const m = /^([+\- ]?(?:0[xX])?)/.exec(text)!;
    return enc.encode(m[1] + '0'.repeat(fill) + text.slice(m[1].length));
  }
  const out = new Uint8Array(width).fill(32);
  out.set(body, fill);
  return out;
}

/** A finite non-negative double as N / 10^k exactly (every double has a finite decimal expansion). */
function exactDecimal(x: number): { n: bigint; k: number } {
  if (x === 0) return { n: 0n, k: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  if (e >= 0) return { n: mant << BigInt(e), k: 0 };
  return { n: mant * 5n ** BigInt(-e), k: -e };
}

/** Divide by 10^d rounding half to even, as glibc does for exactly representable ties. */
function roundDiv(n: bigint, d: number): bigint {
  if (d <= 0) return n * 10n ** BigInt(-d);
  const div = 10n ** BigInt(d);
  let q = n / div;
  const r = n % div;
  const twice = r * 2n;
  if (twice > div || (twice === div && q % 2n === 1n)) q += 1n;
  return q;
}

function withPoint(digits: string, decimals: number): string {
  if (decimals === 0) return digits;
  const d = digits.padStart(decimals + 1, '0');
  return d.slice(0, d.length - decimals) + '.' + d.slice(d.length - decimals);
}

function toFixedExact(x: number, prec: number): string {
  const { n, k } = exactDecimal(x);
  return withPoint(roundDiv(n, k - prec).toString(), prec);
}

/** Mantissa digits (prec+1 significant) and decimal exponent, rounded exactly. */
function sigDigits(x: number, prec: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(prec + 1), exp: 0 };
  const { n, k } = exactDecimal(x);
  const len = n.toString().length;
  let exp = len - 1 - k;
  let q = roundDiv(n, len - (prec + 1));
  if (q.toString().length > prec + 1) {
    q /= 10n;
    exp++;
  }
  return { digits: q.toString(), exp };
}

function expForm(x: number, prec: number, upper: boolean): string {
  const { digits, exp } = sigDigits(x, prec);
  const mant = prec === 0 ? digits : digits[0] + '.' + digits.slice(1);
  const es = (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return mant + (upper ? 'E' : 'e') + es;
}

/** %f %F %e %E %g %G of a number, with sign flags; width is applied separately. */
export function formatFloat(v: number, conv: string, flags: string, precision: number | null): string {
  const upper = conv === 'F' || conv === 'E' || conv === 'G';
  const neg = v < 0 || Object.is(v, -0);
  const sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const x = Math.abs(v);
  if (!Number.isFinite(x)) {
    const t = Number.isNaN(x) ? 'nan' : 'inf';
    return (Number.isNaN(x) ? (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') : sign) + (upper ? t.toUpperCase() : t);
  }
  const p = precision ?? 6;
  let body: string;
  if (conv === 'f' || conv === 'F') {
    body = toFixedExact(x, p);
    if (p === 0 && flags.includes('#')) body += '.';
  } else if (conv === 'e' || conv === 'E') {
    body = expForm(x, p, upper);
    if (p === 0 && flags.includes('#')) body = body.replace(/e|E/, (m) => '.' + m);
  } else {
    const P = p === 0 ? 1 : p;
    const X = sigDigits(x, P - 1).exp;
    if (P > X && X >= -4) body = toFixedExact(x, P - 1 - X);
    else body = expForm(x, P - 1, upper);
    if (!flags.includes('#') && body.includes('.')) {
      // Drop trailing zeros of the fraction, then a bare point.
      const [mant, exp] = body.split(/(?=[eE])/);
      body = mant.replace(/0+$/, '').replace(/\.$/, '') + (exp ?? '');
    }
  }
  return sign + body;
}
