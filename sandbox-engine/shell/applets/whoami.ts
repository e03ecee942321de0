/**
 * whoami: the user name of the effective uid, from /etc/passwd. Recorded from coreutils 9.1 and
 * busybox 1.35:
 *   whoami x             -> "whoami: extra operand ‘x’" + "Try 'whoami --help' ...", 1
 *   uid without a name   -> "whoami: cannot find name for user ID 4242", 1
 *   busybox whoami x     -> usage, 1;  unknown uid -> "whoami: unknown uid 4242", 1
 */
import type { Applet } from '../process.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp, busyboxShowUsage, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { userName } from './lib/userdb.ts';

export const applet: Applet = {
  name: 'whoami',
  async run(ctx) {
    const prog = progName(ctx, 'whoami');
    const uid = ctx.fs.cred.uid;
    if (ctx.flavour === 'busybox') {
      const help = await busyboxHelp(ctx, 'whoami');
      if (help !== null) return help;
      if (ctx.argv.length > 1) return busyboxShowUsage(ctx, 'whoami');
      const name = userName(ctx.fs, uid);
      if (name === undefined) {
        await ctx.stderr.write(`${prog}: unknown uid ${uid}\n`);
        return 1;
      }
      await ctx.stdout.write(name + '\n');
      return 0;
    }
    const r = parseOptions(ctx, {
      name: 'whoami',
      short: '',
      long: [
        { name: 'help', arg: 'none', key: 'help' },
        { name: 'version', arg: 'none', key: 'version' },
      ],
    });
    if (!r.ok) return sysUsageError(ctx, 'whoami', r.message);
    if (r.opts.some((o) => o.key === 'help')) {
      await ctx.stdout.write(gnuHelp(ctx, 'whoami'));
      return 0;
    }
    if (r.opts.some((o) => o.key === 'version')) {
      await ctx.stdout.write(gnuVersion('whoami'));
      return 0;
    }
    if (r.operands.length > 0) {
      return sysUsageError(ctx, 'whoami', `extra operand ${quoteName(r.operands[0], 'locale', isUtf8Locale(ctx.env))}`);
    }
    const name = userName(ctx.fs, uid);
    if (name === undefined) {
      await ctx.stderr.write(`${prog}: cannot find name for user ID ${uid}\n`);
      return 1;
    }
    await ctx.stdout.write(name + '\n');
    return 0;
  },
};
