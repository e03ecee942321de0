/**
 * Dates given to `touch -d` / `touch -t`, in UTC. GNU's parse_datetime accepts a large grammar; the
 * forms students and lessons use are covered here: ISO dates with optional time (`2020-01-01`,
 * `2020-01-01 10:00`, `2020-01-01T10:00:00`, fractions), `@EPOCH`, `now`, `today`, `yesterday`,
 * `tomorrow`, `N unit(s) ago` / `+N unit(s)`, and a time of day alone (`10:30`). busybox's
 * parse_datestr accepts `@EPOCH`, `YYYY-MM-DD[ HH:MM[:SS]]`, `HH:MM[:SS]` and the
 * `[[CC]YY]MMDDhhmm[.ss]` form; fields it is not given keep their current value (a date alone keeps
 * the current time of day).
 */

const UNIT_MS: Record<string, number> = {
  sec: 1000,
  second: 1000,
  min: 60_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  fortnight: 14 * 86_400_000,
};

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  // Reject 2021-02-30 and the like instead of rolling over.
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null;
  return t;
}

function startOfDay(ms: number): number {
  return ms - (((ms % 86_400_000) + 86_400_000) % 86_400_000);
}

/** GNU `touch -d STRING` / `date -d`: milliseconds, or null when invalid. */
export function parseGnuDate(input: string, nowMs: number): number | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '' || s === 'now') return nowMs;
  if (s === 'today') return nowMs;
  if (s === 'yesterday') return nowMs - 86_400_000;
  if (s === 'tomorrow') return nowMs + 86_400_000;
  let m = /^@(-?\d+)(?:\.(\d+))?$/.exec(s);
  if (m) return Number(m[1]) * 1000 + (m[2] ? Math.floor(Number(`0.${m[2]}`) * 1000) : 0);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?: ?(?:z|utc|\+0000|\+00:00))?$/.exec(s);
  if (m) {
    const frac = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    return utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), frac);
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m) {
    const h = +m[1];
    const mi = +m[2];
    const sec = +(m[3] ?? 0);
    if (h > 23 || mi > 59 || sec > 60) return null;
    return startOfDay(nowMs) + ((h * 60 + mi) * 60 + sec) * 1000;
  }
  m = /^([+-]?\d+) ?(sec|second|min|minute|hour|day|week|fortnight)s?( ago)?$/.exec(s);
  if (m) {
    const n = Number(m[1]) * UNIT_MS[m[2]];
    return m[3] ? nowMs - n : nowMs + n;
  }
  return null;
}

/** POSIX `touch -t [[CC]YY]MMDDhhmm[.ss]` (GNU and busybox agree). */
export function parsePosixStamp(input: string, nowMs: number): number | null {
  const m = /^(\d{8}|\d{10}|\d{12})(?:\.(\d{2}))?$/.exec(input);
  if (!m) return null;
  const digits = m[1];
  const sec = m[2] ? +m[2] : 0;
  const tail = digits.slice(-8);
  let year: number;
  if (digits.length === 12) year = +digits.slice(0, 4);
  else if (digits.length === 10) {
    const yy = +digits.slice(0, 2);
    year = yy < 69 ? 2000 + yy : 1900 + yy;
  } else year = new Date(nowMs).getUTCFullYear();
  return utc(year, +tail.slice(0, 2), +tail.slice(2, 4), +tail.slice(4, 6), +tail.slice(6, 8), sec);
}

/** busybox parse_datestr (the `touch -d` / `date -d` forms); missing fields keep the current ones. */
export function parseBusyboxDate(input: string, nowMs: number): number | null {
  const now = new Date(nowMs);
  const cur = {
    y: now.getUTCFullYear(),
    mo: now.getUTCMonth() + 1,
    d: now.getUTCDate(),
    h: now.getUTCHours(),
    mi: now.getUTCMinutes(),
    s: now.getUTCSeconds(),
  };
  let m = /^@(-?\d+)$/.exec(input);
  if (m) return Number(m[1]) * 1000;
  // strptime leaves the fields a format does not mention at their current values.
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?)?$/.exec(input);
  if (m) {
    const h = m[4] !== undefined ? +m[4] : cur.h;
    const mi = m[5] !== undefined ? +m[5] : cur.mi;
    return utc(+m[1], +m[2], +m[3], h, mi, m[6] !== undefined ? +m[6] : cur.s);
  }
  m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/.exec(input);
  if (m) return utc(cur.y, cur.mo, cur.d, +m[1], +m[2], m[3] !== undefined ? +m[3] : cur.s);
  m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})-(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/.exec(input);
  if (m) return utc(+m[1], +m[2], +m[3], +m[4], +m[5], m[6] !== undefined ? +m[6] : cur.s);
  m = /^(\d{1,2})\.(\d{1,2})-(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/.exec(input);
  if (m) return utc(cur.y, +m[1], +m[2], +m[3], +m[4], m[5] !== undefined ? +m[5] : cur.s);
  const p = /^(\d{8}|\d{10}|\d{12})(?:\.(\d{2}))?$/.exec(input);
  if (p) return parsePosixStamp(input, nowMs);
  return null;
}
