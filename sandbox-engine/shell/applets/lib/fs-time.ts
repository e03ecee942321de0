/**
 * Timestamps as ls, stat and find print them. The simulated hosts run in UTC (Debian's and
 * Alpine's images default to Etc/UTC), so no time-zone database is consulted.
 */

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** GNU: a Gregorian year is 31556952 s; "recent" is within the past half of one. */
const GNU_HALF_YEAR_MS = (31556952 / 2) * 1000;
/** busybox: 365 days / 2, and up to 15 minutes in the future still counts as recent. */
const BB_HALF_YEAR_MS = ((3600 * 24 * 365) / 2) * 1000;
const BB_FUTURE_SLACK_MS = 15 * 60 * 1000;

/**
 * The 12-column date of `ls -l`: `Jan  5 09:00` when recent, `Jan  5  2025` otherwise.
 * GNU counts a file stamped "now" as recent (the real clock has always moved on by then).
 */
export function lsDate(ms: number, nowMs: number, flavour: 'gnu' | 'busybox'): string {
  const d = new Date(ms);
  const head = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')}`;
  const age = nowMs - ms;
  const recent =
    flavour === 'gnu' ? age < GNU_HALF_YEAR_MS && age >= 0 : age < BB_HALF_YEAR_MS && age > -BB_FUTURE_SLACK_MS;
  if (recent) return `${head} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  return `${head} ${String(d.getUTCFullYear()).padStart(5, ' ')}`;
}

/** `2026-01-05 09:00:00.000000000 +0000` (stat, ls --full-time, find -printf %t-ish). */
export function isoNanos(ms: number): string {
  const d = new Date(ms);
  const nanos = String(((ms % 1000) + 1000) % 1000).padStart(3, '0') + '000000';
  return `${isoDate(d)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${nanos} +0000`;
}

/** `2026-01-05 09:00:00 +0000` (busybox ls --full-time). */
export function isoSeconds(ms: number): string {
  const d = new Date(ms);
  return `${isoDate(d)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

function isoDate(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Whole seconds since the epoch, as %X/%Y/%Z print them. */
export function epochSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
