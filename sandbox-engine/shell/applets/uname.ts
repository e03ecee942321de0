/**
 * uname: fields of the kernel's utsname (ctx.host.uname()) in the fixed order s n r v m p i o.
 * -p and -i are "unknown" on Linux and left out of -a (even `-ap`). Recorded from coreutils 9.1
 * and busybox 1.35 (same output; busybox answers an operand with its usage).
 */
import type { Applet } from '../process.ts';
import { parseOptions } from './lib/parse-options.ts';
import { busyboxHelp, busyboxShowUsage, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';

const ORDER = ['s', 'n', 'r', 'v', 'm', 'p', 'i', 'o'] as const;

export const applet: Applet = {
  name: 'uname',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const help = await busyboxHelp(ctx, 'uname');
    if (help !== null) return help;
    const r = parseOptions(ctx, {
      name: 'uname',
      short: 'asnrvmpio',
      long: gnu
        ? [
            { name: 'all', arg: 'none', key: 'a' },
            { name: 'kernel-name', arg: 'none', key: 's' },
            { name: 'nodename', arg: 'none', key: 'n' },
            { name: 'kernel-release', arg: 'none', key: 'r' },
            { name: 'kernel-version', arg: 'none', key: 'v' },
            { name: 'machine', arg: 'none', key: 'm' },
            { name: 'processor', arg: 'none', key: 'p' },
            { name: 'hardware-platform', arg: 'none', key: 'i' },
            { name: 'operating-system', arg: 'none', key: 'o' },
            { name: 'help', arg: 'none', key: 'help' },
            { name: 'version', arg: 'none', key: 'version' },
          ]
        : [],
    });
    if (!r.ok) return sysUsageError(ctx, 'uname', r.message);
    if (r.opts.some((o) => o.key === 'help')) {
      await ctx.stdout.write(gnuHelp(ctx, 'uname'));
      return 0;
    }
    if (r.opts.some((o) => o.key === 'version')) {
      await ctx.stdout.write(gnuVersion('uname'));
      return 0;
    }
    if (r.operands.length > 0) {
      if (!gnu) return busyboxShowUsage(ctx, 'uname');
      return sysUsageError(ctx, 'uname', `extra operand ${quoteName(r.operands[0], 'locale', isUtf8Locale(ctx.env))}`);
    }
    const keys = new Set(r.opts.map((o) => o.key));
    const all = keys.has('a');
    if (keys.size === 0) keys.add('s');
    const u = ctx.host.uname();
    const value: Record<(typeof ORDER)[number], string> = {
      s: u.sysname,
      n: u.nodename,
      r: u.release,
      v: u.version,
      m: u.machine,
      p: 'unknown',
      i: 'unknown',
      o: u.os,
    };
    const out: string[] = [];
    for (const k of ORDER) {
      if (all) {
        if (value[k] !== 'unknown') out.push(value[k]);
      } else if (keys.has(k)) out.push(value[k]);
    }
    await ctx.stdout.write(out.join(' ') + '\n');
    return 0;
  },
};
