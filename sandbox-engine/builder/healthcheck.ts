/**
 * HEALTHCHECK's history text: dispatchHealthcheck writes `fmt.Sprintf("HEALTHCHECK %q", hc)` of a
 * *dockerspec.HealthcheckConfig, so Go prints `&{…}` with each field under %q: the test as a
 * quoted list, durations through their String() then quoted (`"5m0s"`), the retry count as a
 * quoted rune (`'\x03'`).
 */
import type { HealthConfig } from './dockerfile/index.ts';

/** Go's time.Duration.String for nanoseconds. */
export function goDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  const frac = (v: bigint, digits: number): string => {
    const s = v.toString().padStart(digits, '0').replace(/0+$/, '');
    return s ? `.${s}` : '';
  };
  let out: string;
  if (u < 1_000_000_000n) {
    if (u < 1000n) out = `${u}ns`;
    else if (u < 1_000_000n) out = `${u / 1000n}${frac(u % 1000n, 3)}µs`;
    else out = `${u / 1_000_000n}${frac(u % 1_000_000n, 6)}ms`;
  } else {
    const secs = u / 1_000_000_000n;
    const f = frac(u % 1_000_000_000n, 9);
    u = secs;
    const h = u / 3600n;
    const m = (u / 60n) % 60n;
    const s = u % 60n;
    out = h > 0n ? `${h}h${m}m${s}${f}s` : m > 0n ? `${m}m${s}${f}s` : `${s}${f}s`;
  }
  return neg ? `-${out}` : out;
}

/** strconv.QuoteRune for small integers. */
function quoteRune(n: number): string {
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };
  if (named[n] !== undefined) return `'${named[n]}'`;
  if (n < 32 || n === 127) return `'\\x${n.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCodePoint(n)}'`;
}

export function healthcheckHistory(h: HealthConfig): string {
  const test = `[${h.test.map((t) => JSON.stringify(t)).join(' ')}]`;
  const d = [h.interval, h.timeout, h.startPeriod, h.startInterval].map((v) => `"${goDuration(v)}"`).join(' ');
  return `HEALTHCHECK &{${test} ${d} ${quoteRune(h.retries)}}`;
}
