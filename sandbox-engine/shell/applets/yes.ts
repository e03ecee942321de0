/**
 * yes: repeat a line (its operands joined by spaces, or "y") until the output goes away. Writes
 * whole lines in blocks, charging a step per block, so `yes | head -2` ends when head closes the
 * pipe (EpipeError leaves run and the interpreter ends the process) and a bare `yes` is stopped by
 * the output or step limit, or Ctrl-C. Recorded from coreutils 9.1 and busybox 1.35:
 *   yes -- -x        -> "-x" lines;      busybox yes -- -x -> "-- -x" lines (no option parsing)
 *   yes -x           -> "yes: invalid option -- 'x'" + Try line, 1
 *   yes > /dev/full  -> "yes: standard output: No space left on device", 1
 *                       busybox: "yes: (null): No space left on device", 1
 */
import type { Applet } from '../process.ts';
import { isFsError, strerror } from '../../vfs/errors.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { utf8 } from '../../util/text.ts';

/** Roughly a pipe buffer's worth of whole lines per write. */
const BLOCK = 4096;

export const applet: Applet = {
  name: 'yes',
  async run(ctx) {
    const prog = progName(ctx, 'yes');
    let words: string[];
    if (ctx.flavour === 'busybox') {
      const help = await busyboxHelp(ctx, 'yes');
      if (help !== null) return help;
      words = ctx.argv.slice(1);
    } else {
      const r = parseOptions(ctx, {
        name: 'yes',
        short: '',
        long: [
          { name: 'help', arg: 'none', key: 'help' },
          { name: 'version', arg: 'none', key: 'version' },
        ],
      });
      if (!r.ok) return sysUsageError(ctx, 'yes', r.message);
      if (r.opts.some((o) => o.key === 'help')) {
        await ctx.stdout.write(gnuHelp(ctx, 'yes'));
        return 0;
      }
      if (r.opts.some((o) => o.key === 'version')) {
        await ctx.stdout.write(gnuVersion('yes'));
        return 0;
      }
      words = r.operands;
    }
    const line = (words.length > 0 ? words.join(' ') : 'y') + '\n';
    const block = utf8(line.repeat(Math.max(1, Math.floor(BLOCK / utf8(line).length))));
    for (let n = 1; ; n++) {
      ctx.tick();
      // Writes to a file or /dev/null never wait: give Ctrl-C a chance now and then.
      if (n % 64 === 0) await ctx.yield();
      try {
        await ctx.stdout.write(block);
      } catch (e) {
        if (!isFsError(e)) throw e;
        const what = ctx.flavour === 'busybox' ? '(null)' : 'standard output';
        await ctx.stderr.write(`${prog}: ${what}: ${strerror(e.code)}\n`);
        return 1;
      }
    }
  },
};
