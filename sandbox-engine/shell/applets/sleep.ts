/**
 * sleep: advance the virtual clock by the sum of its operands (NUMBER[smhd]), in slices, charging
 * a step and yielding between slices so Ctrl-C or the step limit can stop it part way (the clock
 * then shows the time that did pass). `sleep infinity` runs until stopped.
 * Recorded from coreutils 9.1 and busybox 1.35:
 *   sleep            -> "sleep: missing operand" + Try line, 1;  busybox: usage, 1
 *   sleep x y        -> "sleep: invalid time interval ‘x’" for each bad one, then the Try line, 1
 *   sleep -1         -> "sleep: invalid option -- '1'" + Try line, 1
 *   busybox sleep x  -> "sleep: invalid number 'x'", 1 (first bad operand only; no sign, exponent
 *                       or hex; "1e-2", "+0", "-1" are all invalid)
 *   both accept 0.5, .5, 1., 1s, 2m, 1h, 0.001d, inf, INF, infinity
 */
import type { Applet, ProcessContext } from '../process.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp, busyboxShowUsage, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { isShellContext } from '../programs.ts';
import type { Runtime } from '../limits.ts';

const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** strtod's syntax as coreutils' xstrtod takes it (a sign, decimal or hex float, inf), seconds. */
function gnuSeconds(arg: string): number | null {
  const m = /^\s*([+-]?)(inf(?:inity)?|0x(?:[0-9a-f]+\.?[0-9a-f]*|\.[0-9a-f]+)(?:p[+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([smhd]?)$/i.exec(arg);
  if (!m) return null;
  const body = m[2].toLowerCase();
  let v: number;
  if (body.startsWith('inf')) v = Infinity;
  else if (body.startsWith('0x')) v = hexFloat(body.slice(2));
  else v = Number(body);
  if (m[1] === '-') {
    if (v !== 0) return null; // negative intervals are invalid; -0 is fine
    v = 0;
  }
  return v * UNIT_SECONDS[m[3]];
}

function hexFloat(s: string): number {
  const [mant, exp] = s.split('p');
  const [int, frac = ''] = mant.split('.');
  let v = int === '' ? 0 : parseInt(int, 16);
  for (let i = 0; i < frac.length; i++) v += parseInt(frac[i], 16) / 16 ** (i + 1);
  return v * 2 ** Number(exp ?? 0);
}

/** busybox: digits with an optional fraction and suffix, or inf/infinity. */
function busyboxSeconds(arg: string): number | null {
  if (/^inf(inity)?$/i.test(arg)) return Infinity;
  const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return null;
  return Number(m[1]) * UNIT_SECONDS[m[2]];
}

/**
 * Let `ms` of virtual time pass, a slice at a time. An infinite sleep sets no timer: nothing is
 * due at any time, so it must not drive the clock (a foreground `sleep infinity`) nor give a
 * waiting docker client a timer to jump to (`docker run alpine sleep infinity` would age the
 * machine by an hour per turn); it waits for a signal (Ctrl-C, docker stop's SIGKILL) instead.
 */
export async function sleepFor(ctx: ProcessContext, ms: number): Promise<void> {
  if (ms === Infinity && isShellContext(ctx)) return sleepForever(ctx, ctx.shell.rt);
  // Enough slices that an interrupt lands promptly, few enough that long sleeps stay cheap.
  const slice = Number.isFinite(ms) ? Math.max(1000, Math.ceil(ms / 100)) : 3_600_000;
  const clock = ctx.host.clock;
  // Count down to a deadline, so time that passed while the process was frozen (docker pause) counts.
  const end = clock.now() + ms;
  while (clock.now() < end) {
    ctx.tick();
    await clock.advance(Math.min(end - clock.now(), slice));
    await ctx.yield();
  }
}

async function sleepForever(ctx: ProcessContext, rt: Runtime): Promise<never> {
  // A scheduled (replayed) interrupt due at this step lands here, before parking.
  ctx.tick();
  for (;;) {
    await rt.whenInterrupt();
    // The landing step is the one it parked at: tick(0) only checks.
    rt.tick(0);
  }
}

async function gnuSleep(ctx: ProcessContext): Promise<number> {
  const r = parseOptions(ctx, {
    name: 'sleep',
    short: '',
    long: [
      { name: 'help', arg: 'none', key: 'help' },
      { name: 'version', arg: 'none', key: 'version' },
    ],
  });
  if (!r.ok) return sysUsageError(ctx, 'sleep', r.message);
  if (r.opts.some((o) => o.key === 'help')) {
    await ctx.stdout.write(gnuHelp(ctx, 'sleep'));
    return 0;
  }
  if (r.opts.some((o) => o.key === 'version')) {
    await ctx.stdout.write(gnuVersion('sleep'));
    return 0;
  }
  if (r.operands.length === 0) return sysUsageError(ctx, 'sleep', 'missing operand');
  const prog = progName(ctx, 'sleep');
  let total = 0;
  let bad = '';
  for (const a of r.operands) {
    const s = gnuSeconds(a);
    if (s === null) bad += `${prog}: invalid time interval ${quoteName(a, 'locale', isUtf8Locale(ctx.env))}\n`;
    else total += s;
  }
  if (bad) {
    await ctx.stderr.write(`${bad}Try '${prog} --help' for more information.\n`);
    return 1;
  }
  await sleepFor(ctx, Number.isFinite(total) ? Math.round(total * 1000) : Infinity);
  return 0;
}

async function busyboxSleep(ctx: ProcessContext): Promise<number> {
  const help = await busyboxHelp(ctx, 'sleep');
  if (help !== null) return help;
  const args = ctx.argv.slice(1);
  if (args.length === 0) return busyboxShowUsage(ctx, 'sleep');
  let total = 0;
  for (const a of args) {
    const s = busyboxSeconds(a);
    if (s === null) {
      await ctx.stderr.write(`${progName(ctx, 'sleep')}: invalid number '${a}'\n`);
      return 1;
    }
    total += s;
  }
  await sleepFor(ctx, Number.isFinite(total) ? Math.round(total * 1000) : Infinity);
  return 0;
}

export const applet: Applet = {
  name: 'sleep',
  run: (ctx) => (ctx.flavour === 'gnu' ? gnuSleep(ctx) : busyboxSleep(ctx)),
};
