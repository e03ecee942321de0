/**
 * tee: copy stdin to stdout and to each FILE (-a appends). A file that cannot be opened is
 * reported (`tee: F: No such file or directory` in both flavours) and the copy goes on; the exit
 * status is then 1. Recorded from coreutils 9.1 and busybox 1.35.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { WriteHandle } from '../../vfs/types.ts';
import { parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain } from './lib/text-io.ts';
import { strerror } from '../../vfs/errors.ts';

const SPEC: OptionSpec = {
  name: 'tee',
  short: 'aip',
  long: [
    { name: 'append', arg: 'none', key: 'a' },
    { name: 'ignore-interrupts', arg: 'none', key: 'i' },
    { name: 'output-error', arg: 'optional', key: 'p' },
  ],
};
const BB_SPEC: OptionSpec = { ...SPEC, short: 'ai', long: [] };

export const applet: Applet = {
  name: 'tee',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'tee');
    const spec = ctx.flavour === 'busybox' ? BB_SPEC : SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    const append = r.opts.some((o) => o.key === 'a');
    let status = 0;
    const outs: { name: string; h: WriteHandle }[] = [];
    for (const name of r.operands) {
      // `-` is a file named "-" for GNU tee (POSIX); busybox takes it as stdout.
      if (name === '-' && ctx.flavour === 'busybox') continue;
      try {
        outs.push({ name, h: ctx.fs.openWrite(name, { append }) });
      } catch (e) {
        status = 1;
        await complain(ctx, prog, `${name}: ${strerror(asFsError(e).code)}`);
      }
    }
    const dup = ctx.flavour === 'busybox' && r.operands.includes('-');
    try {
      for (;;) {
        const chunk = await ctx.stdin.read();
        if (chunk === null) break;
        ctx.tick();
        for (const o of outs) {
          try {
            o.h.write(chunk);
          } catch (e) {
            status = 1;
            await complain(ctx, prog, `${o.name}: ${strerror(asFsError(e).code)}`);
          }
        }
        await ctx.stdout.write(chunk);
        if (dup) await ctx.stdout.write(chunk);
      }
    } finally {
      for (const o of outs) {
        try {
          o.h.close();
        } catch {
          // closing a handle of a removed file cannot fail in a way tee reports
        }
      }
    }
    return status;
  },
};
