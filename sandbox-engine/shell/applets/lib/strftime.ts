/**
 * glibc's strftime in the C/C.UTF-8 locale, with GNU date's extensions (%N, %:z, %::z, %:::z, %q),
 * plus the time zones the simulated machines understand. Written from the glibc/coreutils manuals
 * and checked against `date` (coreutils 9.1, glibc 2.36) and `busybox date` on this machine, e.g.
 *   date -d @1767603607 '+%^a %#Z %5Y %-d %_m %3N %:::z'  ->  MON utc 02026 5  1 000 +00
 *
 * busybox date hands the format to the C library as is, so it gets plain glibc: no %N, %:z or %q
 * (they print literally, as unknown conversions do).
 */
import { MONTHS, WEEKDAYS } from './fs-time.ts';

const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A zone as the C library sees it after reading TZ: a fixed offset east of UTC and its abbreviation. */
export interface Zone {
  offsetSec: number;
  abbr: string;
}

export const UTC_ZONE: Zone = { offsetSec: 0, abbr: 'UTC' };

/**
 * Zones without daylight saving time that lessons might name. The machines have no zoneinfo
 * database; anything else falls back to glibc's reading of TZ as a POSIX string.
 */
const NAMED_ZONES: Record<string, Zone> = {
  UTC: UTC_ZONE,
  'Etc/UTC': UTC_ZONE,
  'Etc/GMT': { offsetSec: 0, abbr: 'GMT' },
  GMT: { offsetSec: 0, abbr: 'GMT' },
  'Europe/Moscow': { offsetSec: 3 * 3600, abbr: 'MSK' },
  'Asia/Tokyo': { offsetSec: 9 * 3600, abbr: 'JST' },
  'Asia/Shanghai': { offsetSec: 8 * 3600, abbr: 'CST' },
  'Asia/Kolkata': { offsetSec: 5.5 * 3600, abbr: 'IST' },
  'Asia/Dubai': { offsetSec: 4 * 3600, abbr: '+04' },
};

/**
 * The zone TZ names. Unset or empty: the machine's /etc/localtime, which is UTC on the simulated
 * hosts. `NAME[+-]hh[:mm[:ss]]` is POSIX (the sign is west-positive: UTC+3 is three hours behind);
 * glibc reads an unknown name such as `Foo/Bar` as a POSIX string too and ends up at UTC with the
 * letters it could take as the abbreviation (`date` then prints `Foo`).
 */
export function zoneFromTZ(tz: string | undefined): Zone {
  if (tz === undefined || tz === '') return UTC_ZONE;
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  const known = NAMED_ZONES[name];
  if (known) return known;
  const m = /^([A-Za-z]{3,}|<[^>]+>)([+-]?)(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?/.exec(name);
  if (m) {
    const west = (Number(m[3]) * 3600 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * (m[2] === '-' ? -1 : 1);
    return { offsetSec: -west, abbr: m[1].replace(/^<|>$/g, '') };
  }
  const letters = /^[A-Za-z]+/.exec(name);
  return { offsetSec: 0, abbr: letters && letters[0].length >= 3 ? letters[0] : 'UTC' };
}

interface Parts {
  year: number;
  month: number; // 0-11
  day: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // 0 = Sunday
  yday: number; // 0-365
  nanos: number;
  epochSec: number;
}

function partsOf(ms: number, zone: Zone): Parts {
  const local = new Date(ms + zone.offsetSec * 1000);
  const year = local.getUTCFullYear();
  const yday = Math.floor((Date.UTC(year, local.getUTCMonth(), local.getUTCDate()) - Date.UTC(year, 0, 1)) / 86_400_000);
  return {
    year,
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    min: local.getUTCMinutes(),
    sec: local.getUTCSeconds(),
    wday: local.getUTCDay(),
    yday,
    nanos: (((ms % 1000) + 1000) % 1000) * 1_000_000,
    epochSec: Math.floor(ms / 1000),
  };
}

/** ISO 8601 week-based year and week number (%G, %V). */
function isoWeek(p: Parts): { year: number; week: number } {
  const wdayMon = (p.wday + 6) % 7; // Monday = 0
  const thursdayYday = p.yday - wdayMon + 3;
  const daysIn = (y: number) => ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365);
  if (thursdayYday < 0) {
    const py = p.year - 1;
    const t = thursdayYday + daysIn(py);
    return { year: py, week: Math.floor(t / 7) + 1 };
  }
  if (thursdayYday >= daysIn(p.year)) return { year: p.year + 1, week: 1 };
  return { year: p.year, week: Math.floor(thursdayYday / 7) + 1 };
}

function offsetText(offsetSec: number, colons: number): string {
  const sign = offsetSec < 0 ? '-' : '+';
  const a = Math.abs(offsetSec);
  const hh = String(Math.floor(a / 3600)).padStart(2, '0');
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
  const ss = String(a % 60).padStart(2, '0');
  if (colons === 0) return `${sign}${hh}${mm}`;
  if (colons === 1) return `${sign}${hh}:${mm}`;
  if (colons === 2) return `${sign}${hh}:${mm}:${ss}`;
  // %:::z: as few fields as the offset needs.
  if (a % 60 !== 0) return `${sign}${hh}:${mm}:${ss}`;
  if (a % 3600 !== 0) return `${sign}${hh}:${mm}`;
  return `${sign}${hh}`;
}

type Value = { kind: 'num'; n: number; width: number; space?: boolean } | { kind: 'str'; s: string };

const num = (n: number, width: number, space = false): Value => ({ kind: 'num', n, width, space });
const str = (s: string): Value => ({ kind: 'str', s });

export interface StrftimeOptions {
  /** GNU date's own conversions (%N, %:z, %q). busybox date passes formats to libc without them. */
  gnuExtensions: boolean;
}

/** Format `ms` (epoch milliseconds) in `zone` by `fmt`. */
export function strftime(fmt: string, ms: number, zone: Zone, opts: StrftimeOptions): string {
  const p = partsOf(ms, zone);
  let out = '';
  const re = /%([-_0^#]*)(\d*)(:{0,3})([EO]?)(.)?/gy;
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    re.lastIndex = pct;
    const m = re.exec(fmt)!;
    const [whole, flags, widthText, colons, , conv] = m;
    i = pct + whole.length;
    if (conv === undefined) {
      out += whole;
      break;
    }
    const width = widthText === '' ? -1 : Number(widthText);
    const value = convert(conv, colons.length, widthText, p, zone, opts);
    if (value === null) {
      out += whole;
      continue;
    }
    out += render(value, flags, width, conv);
  }
  return out;
}

function convert(c: string, colons: number, widthText: string, p: Parts, zone: Zone, opts: StrftimeOptions): Value | null {
  if (colons > 0 && !(c === 'z' && opts.gnuExtensions)) return null;
  const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  switch (c) {
    case 'a':
      return str(WEEKDAYS[p.wday]);
    case 'A':
      return str(LONG_DAYS[p.wday]);
    case 'b':
    case 'h':
      return str(MONTHS[p.month]);
    case 'B':
      return str(LONG_MONTHS[p.month]);
    case 'c':
      return str(`${WEEKDAYS[p.wday]} ${MONTHS[p.month]} ${String(p.day).padStart(2, ' ')} ${two(p.hour)}:${two(p.min)}:${two(p.sec)} ${p.year}`);
    case 'C':
      return num(Math.floor(p.year / 100), 2);
    case 'd':
      return num(p.day, 2);
    case 'D':
    case 'x':
      return str(`${two(p.month + 1)}/${two(p.day)}/${two(p.year % 100)}`);
    case 'e':
      return num(p.day, 2, true);
    case 'F':
      return str(`${String(p.year).padStart(4, '0')}-${two(p.month + 1)}-${two(p.day)}`);
    case 'g':
      return num(isoWeek(p).year % 100, 2);
    case 'G':
      return num(isoWeek(p).year, 4);
    case 'H':
      return num(p.hour, 2);
    case 'I':
      return num(h12, 2);
    case 'j':
      return num(p.yday + 1, 3);
    case 'k':
      return num(p.hour, 2, true);
    case 'l':
      return num(h12, 2, true);
    case 'm':
      return num(p.month + 1, 2);
    case 'M':
      return num(p.min, 2);
    case 'n':
      return str('\n');
    case 't':
      return str('\t');
    case 'N': {
      if (!opts.gnuExtensions) return null;
      // %3N keeps the leading digits (milliseconds), not a padded number.
      const digits = String(p.nanos).padStart(9, '0');
      const w = widthText === '' ? 9 : Math.max(1, Math.min(9, Number(widthText)));
      return str(digits.slice(0, w));
    }
    case 'p':
      return str(p.hour < 12 ? 'AM' : 'PM');
    case 'P':
      return str(p.hour < 12 ? 'am' : 'pm');
    case 'q':
      return opts.gnuExtensions ? num(Math.floor(p.month / 3) + 1, 1) : null;
    case 'r':
      return str(`${two(h12)}:${two(p.min)}:${two(p.sec)} ${p.hour < 12 ? 'AM' : 'PM'}`);
    case 'R':
      return str(`${two(p.hour)}:${two(p.min)}`);
    case 's':
      return num(p.epochSec, 1);
    case 'S':
      return num(p.sec, 2);
    case 'T':
    case 'X':
      return str(`${two(p.hour)}:${two(p.min)}:${two(p.sec)}`);
    case 'u':
      return num(p.wday === 0 ? 7 : p.wday, 1);
    case 'U':
      return num(Math.floor((p.yday + 7 - p.wday) / 7), 2);
    case 'V':
      return num(isoWeek(p).week, 2);
    case 'w':
      return num(p.wday, 1);
    case 'W':
      return num(Math.floor((p.yday + 7 - ((p.wday + 6) % 7)) / 7), 2);
    case 'y':
      return num(p.year % 100, 2);
    case 'Y':
      return num(p.year, 1);
    case 'z':
      return str(offsetText(zone.offsetSec, colons));
    case 'Z':
      return str(zone.abbr);
    case '%':
      return str('%');
    default:
      return null;
  }
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function render(v: Value, flags: string, width: number, conv: string): string {
  const noPad = flags.includes('-');
  const spacePad = flags.includes('_');
  const zeroPad = flags.includes('0');
  if (v.kind === 'num') {
    const neg = v.n < 0;
    const digits = String(Math.abs(v.n));
    if (noPad) return (neg ? '-' : '') + digits;
    const w = width >= 0 ? width : v.width;
    const padChar = spacePad || (v.space && !zeroPad) ? ' ' : '0';
    const body = (neg ? '-' : '') + digits;
    if (padChar === '0') return (neg ? '-' : '') + digits.padStart(Math.max(0, w - (neg ? 1 : 0)), '0');
    return body.padStart(w, ' ');
  }
  let s = v.s;
  if (flags.includes('^')) s = s.toUpperCase();
  else if (flags.includes('#')) s = /[pPZ]/.test(conv) ? s.toLowerCase() : s.toUpperCase();
  if (width > s.length && !noPad) s = s.padStart(width, zeroPad ? '0' : ' ');
  return s;
}
