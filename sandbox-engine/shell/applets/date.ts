/**
 * date: print the virtual clock's time (or -d STRING, -r FILE) in the default format, +FORMAT,
 * -R or -I; set it with an MMDDhhmm[[CC]YY][.ss] operand or -s (root only; the virtual clock only
 * moves forward). TZ from the environment (lib/strftime.ts); -u means UTC.
 * Recorded from coreutils 9.1 and busybox 1.35 (TZ unset, /etc/localtime UTC):
 *   date             -> Mon Jan  5 09:00:00 UTC 2026
 *   date -d foo      -> "date: invalid date ‘foo’", 1;  busybox: "date: invalid date 'foo'", 1
 *   date 01010000 (not root) -> stderr "date: cannot set date: Operation not permitted", then the
 *                      date it would have set on stdout, 1; busybox: "date: can't set date: ...", 0
 *   date +%Y x       -> "date: extra operand ‘x’" + Try line, 1
 *   date -R -I       -> "date: multiple output formats specified", 1
 *   date -d @0 -r F  -> "date: the options to specify dates for printing are mutually exclusive" + Try
 *   date -r /nonexist -> "date: /nonexist: No such file or directory";
 *                      busybox: "date: can't stat '/nonexist': No such file or directory"
 */
import type { Applet, ProcessContext } from '../process.ts';
import { isFsError, strerror } from '../../vfs/errors.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp, busyboxShowUsage, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { parseBusyboxDate, parseGnuDate } from './lib/parse-date.ts';
import { strftime, UTC_ZONE, zoneFromTZ, type Zone } from './lib/strftime.ts';

const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';
const RFC_EMAIL = '%a, %d %b %Y %H:%M:%S %z';
/** Listed in coreutils' own table order, as its argmatch complaint prints them. */
const ISO_FORMATS: Record<string, string> = {
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};
const RFC3339_FORMATS: Record<string, string> = {
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%d %H:%M:%S%:z',
  ns: '%Y-%m-%d %H:%M:%S.%N%:z',
};

const DAY_MS = 86_400_000;

/** The day containing `ms` in `zone` starts at... (epoch ms). */
function startOfLocalDay(ms: number, zone: Zone): number {
  const local = ms + zone.offsetSec * 1000;
  return local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - zone.offsetSec * 1000;
}

/**
 * GNU's parse_datetime for the forms lib/parse-date.ts knows, read in the local zone, plus an
 * explicit numeric zone at the end (`2026-01-05 12:00 +0300`) and "" meaning today's midnight.
 */
function gnuParse(input: string, now: number, zone: Zone): number | null {
  if (input.trim() === '') return startOfLocalDay(now, zone);
  let s = input;
  let explicitOffset: number | null = null;
  const z = /\s*([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (z && /\d{1,2}:\d{2}/.test(s.slice(0, z.index))) {
    explicitOffset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3600 + Number(z[3]) * 60);
    s = s.slice(0, z.index);
  }
  const relative = /^\s*@|ago\s*$|^\s*[+-]?\d+\s*[a-z]+\s*$|^\s*(now|today|yesterday|tomorrow)\s*$/i.test(s);
  // parseGnuDate reads wall-clock forms as UTC; shift them into the zone they were written in.
  const base = relative ? now : now + zone.offsetSec * 1000;
  const t = parseGnuDate(s, base);
  if (t === null) return null;
  if (relative) return t;
  if (/utc|z$|\+0000|\+00:00/i.test(s)) return t;
  return t - (explicitOffset ?? zone.offsetSec) * 1000;
}

/** busybox clears the time of day before parsing, so a date alone means midnight. */
function busyboxParse(input: string, now: number, zone: Zone): number | null {
  const midnightLocal = startOfLocalDay(now, zone) + zone.offsetSec * 1000;
  const t = parseBusyboxDate(input, midnightLocal);
  if (t === null) return null;
  return input.startsWith('@') ? t : t - zone.offsetSec * 1000;
}

/** The set operand: MMDDhhmm[[CC]YY][.ss] (both flavours accept it). */
function parseSetOperand(s: string, now: number, zone: Zone): number | null {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2}|\d{4})?(?:\.(\d{2}))?$/.exec(s);
  if (!m) return null;
  const local = new Date(now + zone.offsetSec * 1000);
  let year = local.getUTCFullYear();
  if (m[5] !== undefined) {
    year = Number(m[5]);
    if (m[5].length === 2) year += year < 69 ? 2000 : 1900;
  }
  const [mo, d, h, mi] = [m[1], m[2], m[3], m[4]].map(Number);
  const sec = m[6] !== undefined ? Number(m[6]) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return null;
  const t = Date.UTC(year, mo - 1, d, h, mi, sec);
  if (new Date(t).getUTCDate() !== d) return null;
  return t - zone.offsetSec * 1000;
}

/** Root may move the virtual clock forward; it cannot run backwards. */
async function setClock(ctx: ProcessContext, t: number): Promise<boolean> {
  const msg = ctx.flavour === 'gnu' ? 'cannot set date' : "can't set date";
  if (ctx.fs.cred.uid !== 0) {
    await ctx.stderr.write(`${progName(ctx, 'date')}: ${msg}: Operation not permitted\n`);
    return false;
  }
  const now = ctx.host.clock.now();
  if (t < now) {
    await ctx.stderr.write(`${progName(ctx, 'date')}: ${msg}: Invalid argument\n`);
    return false;
  }
  await ctx.host.clock.advance(t - now);
  return true;
}

function mtimeOf(ctx: ProcessContext, file: string): number | { code: Parameters<typeof strerror>[0] } {
  try {
    return ctx.fs.stat(file).mtime;
  } catch (e) {
    if (isFsError(e)) return { code: e.code };
    throw e;
  }
}

async function gnuDate(ctx: ProcessContext): Promise<number> {
  const prog = progName(ctx, 'date');
  const locale = (s: string) => quoteName(s, 'locale', isUtf8Locale(ctx.env));
  const r = parseOptions(ctx, {
    name: 'date',
    short: 'd:f:I::r:Rs:u',
    long: [
      { name: 'date', arg: 'required', key: 'd' },
      { name: 'file', arg: 'required', key: 'f' },
      { name: 'iso-8601', arg: 'optional', key: 'I' },
      { name: 'reference', arg: 'required', key: 'r' },
      { name: 'rfc-email', arg: 'none', key: 'R' },
      { name: 'rfc-822', arg: 'none', key: 'R' },
      { name: 'rfc-2822', arg: 'none', key: 'R' },
      { name: 'rfc-3339', arg: 'required', key: 'rfc3339' },
      { name: 'set', arg: 'required', key: 's' },
      { name: 'utc', arg: 'none', key: 'u' },
      { name: 'universal', arg: 'none', key: 'u' },
      { name: 'uct', arg: 'none', key: 'u' },
      { name: 'debug', arg: 'none', key: 'debug' },
      { name: 'help', arg: 'none', key: 'help' },
      { name: 'version', arg: 'none', key: 'version' },
    ],
  });
  if (!r.ok) return sysUsageError(ctx, 'date', r.message);
  let dateStr: string | undefined;
  let setStr: string | undefined;
  let refFile: string | undefined;
  let batchFile: string | undefined;
  let utc = false;
  const formats: string[] = [];
  for (const o of r.opts) {
    switch (o.key) {
      case 'help':
        await ctx.stdout.write(gnuHelp(ctx, 'date'));
        return 0;
      case 'version':
        await ctx.stdout.write(gnuVersion('date'));
        return 0;
      case 'd':
        dateStr = o.value;
        break;
      case 'f':
        batchFile = o.value;
        break;
      case 'r':
        refFile = o.value;
        break;
      case 's':
        setStr = o.value;
        break;
      case 'u':
        utc = true;
        break;
      case 'R':
        formats.push(RFC_EMAIL);
        break;
      case 'I':
      case 'rfc3339': {
        const table = o.key === 'I' ? ISO_FORMATS : RFC3339_FORMATS;
        const spec = o.value ?? (o.key === 'I' ? 'date' : '');
        const names = Object.keys(table).filter((k) => k.startsWith(spec));
        if (names.length !== 1) {
          const problem = names.length === 0 ? 'invalid' : 'ambiguous';
          return badArgument(ctx, problem, spec, o.key === 'I' ? '--iso-8601' : '--rfc-3339', Object.keys(table));
        }
        formats.push(table[names[0]]);
        break;
      }
    }
  }
  const sources = [dateStr, refFile, batchFile].filter((x) => x !== undefined).length;
  if (sources > 1) return sysUsageError(ctx, 'date', 'the options to specify dates for printing are mutually exclusive');
  if (setStr !== undefined && sources > 0) return sysUsageError(ctx, 'date', 'the options to print and set the time may not be used together');
  let operandSet: string | undefined;
  if (r.operands.length > 0) {
    const first = r.operands[0];
    if (first.startsWith('+')) {
      if (r.operands.length > 1) return sysUsageError(ctx, 'date', `extra operand ${locale(r.operands[1])}`);
      formats.push(first.slice(1));
    } else {
      if (sources > 0 || setStr !== undefined) {
        return sysUsageError(
          ctx,
          'date',
          `the argument ${locale(first)} lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'`,
        );
      }
      if (r.operands.length > 1) return sysUsageError(ctx, 'date', `extra operand ${locale(r.operands[1])}`);
      operandSet = first;
    }
  }
  if (formats.length > 1) {
    await ctx.stderr.write(`${prog}: multiple output formats specified\n`);
    return 1;
  }
  const format = formats[0] ?? DEFAULT_FORMAT;
  const zone = utc ? UTC_ZONE : zoneFromTZ(ctx.env.TZ);
  const show = (t: number) => ctx.stdout.write(strftime(format, t, zone, { gnuExtensions: true }) + '\n');
  const now = ctx.host.clock.now();

  if (batchFile !== undefined) {
    let text: string;
    try {
      text = batchFile === '-' ? new TextDecoder().decode(await ctx.stdin.readAll()) : ctx.fs.readText(batchFile);
    } catch (e) {
      if (!isFsError(e)) throw e;
      await ctx.stderr.write(`${prog}: ${batchFile}: ${strerror(e.code)}\n`);
      return 1;
    }
    let status = 0;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      ctx.tick();
      const t = gnuParse(line, now, zone);
      if (t === null) {
        await ctx.stderr.write(`${prog}: invalid date ${locale(line)}\n`);
        status = 1;
      } else await show(t);
    }
    return status;
  }
  if (refFile !== undefined) {
    const m = mtimeOf(ctx, refFile);
    if (typeof m !== 'number') {
      await ctx.stderr.write(`${prog}: ${refFile}: ${strerror(m.code)}\n`);
      return 1;
    }
    await show(m);
    return 0;
  }
  const toSet = setStr ?? operandSet;
  if (toSet !== undefined) {
    const t = setStr !== undefined ? gnuParse(setStr, now, zone) : parseSetOperand(toSet, now, zone);
    if (t === null) {
      await ctx.stderr.write(`${prog}: invalid date ${locale(toSet)}\n`);
      return 1;
    }
    const ok = await setClock(ctx, t);
    await show(t);
    return ok ? 0 : 1;
  }
  let t = now;
  if (dateStr !== undefined) {
    const p = gnuParse(dateStr, now, zone);
    if (p === null) {
      await ctx.stderr.write(`${prog}: invalid date ${locale(dateStr)}\n`);
      return 1;
    }
    t = p;
  }
  await show(t);
  return 0;
}

/** GNU's argmatch complaint for a bad --iso-8601 / --rfc-3339 argument. */
async function badArgument(ctx: ProcessContext, problem: string, value: string, option: string, valid: string[]): Promise<number> {
  const q = (s: string) => quoteName(s, 'locale', isUtf8Locale(ctx.env));
  const prog = progName(ctx, 'date');
  let text = `${prog}: ${problem} argument ${q(value)} for ${q(option)}\nValid arguments are:\n`;
  for (const v of valid) text += `  - ${q(v)}\n`;
  await ctx.stderr.write(`${text}Try '${prog} --help' for more information.\n`);
  return 1;
}

async function busyboxDate(ctx: ProcessContext): Promise<number> {
  const help = await busyboxHelp(ctx, 'date');
  if (help !== null) return help;
  const prog = progName(ctx, 'date');
  const r = parseOptions(ctx, {
    name: 'date',
    short: 'Rs:ud:r:I::D:',
    long: [
      { name: 'rfc-822', arg: 'none', key: 'R' },
      { name: 'rfc-2822', arg: 'none', key: 'R' },
      { name: 'set', arg: 'required', key: 's' },
      { name: 'utc', arg: 'none', key: 'u' },
      { name: 'date', arg: 'required', key: 'd' },
      { name: 'reference', arg: 'required', key: 'r' },
    ],
  });
  if (!r.ok) return sysUsageError(ctx, 'date', r.message);
  let dateStr: string | undefined;
  let setStr: string | undefined;
  let refFile: string | undefined;
  let utc = false;
  let rfc = false;
  let iso: string | undefined;
  for (const o of r.opts) {
    if (o.key === 'd') dateStr = o.value;
    else if (o.key === 's') setStr = o.value;
    else if (o.key === 'r') refFile = o.value;
    else if (o.key === 'u') utc = true;
    else if (o.key === 'R') rfc = true;
    else if (o.key === 'I') {
      const spec = o.value ?? 'date';
      if (!Object.hasOwn(ISO_FORMATS, spec)) return busyboxShowUsage(ctx, 'date');
      iso = ISO_FORMATS[spec];
    }
  }
  // -R with -I, or more than one operand, is a usage error; a non-'+' operand is a time to set.
  if ((rfc && iso !== undefined) || r.operands.length > 1) return busyboxShowUsage(ctx, 'date');
  let format = rfc ? RFC_EMAIL : (iso ?? DEFAULT_FORMAT);
  const operand = r.operands[0];
  if (operand !== undefined) {
    if (operand.startsWith('+')) format = operand.slice(1);
    else if (setStr === undefined) setStr = operand;
    else return busyboxShowUsage(ctx, 'date');
  }
  const zone = utc ? UTC_ZONE : zoneFromTZ(ctx.env.TZ);
  const now = ctx.host.clock.now();
  let t = now;
  const input = dateStr ?? setStr;
  if (input !== undefined) {
    const p = busyboxParse(input, now, zone) ?? (dateStr === undefined ? parseSetOperand(input, now, zone) : null);
    if (p === null) {
      await ctx.stderr.write(`${prog}: invalid date '${input}'\n`);
      return 1;
    }
    t = p;
  } else if (refFile !== undefined) {
    const m = mtimeOf(ctx, refFile);
    if (typeof m !== 'number') {
      await ctx.stderr.write(`${prog}: can't stat '${refFile}': ${strerror(m.code)}\n`);
      return 1;
    }
    t = m;
  }
  // busybox reports a failed settimeofday and still prints the date, exiting 0.
  if (setStr !== undefined && dateStr === undefined) await setClock(ctx, t);
  // %N is not expanded by this busybox build; -Ins still prints nanoseconds through its own code.
  let out = format;
  if (iso !== undefined && format === iso) {
    out = format.replace('%N', String((((t % 1000) + 1000) % 1000) * 1_000_000).padStart(9, '0')).replace('%:z', isoOffset(zone));
  }
  const text = strftime(out, t, zone, { gnuExtensions: false });
  await ctx.stdout.write(text + '\n');
  return 0;
}

/** busybox builds -I's zone itself as +hh:mm. */
function isoOffset(zone: Zone): string {
  const a = Math.abs(zone.offsetSec);
  const sign = zone.offsetSec < 0 ? '-' : '+';
  return `${sign}${String(Math.floor(a / 3600)).padStart(2, '0')}:${String(Math.floor((a % 3600) / 60)).padStart(2, '0')}`;
}

export const applet: Applet = {
  name: 'date',
  run: (ctx) => (ctx.flavour === 'gnu' ? gnuDate(ctx) : busyboxDate(ctx)),
};
