/**
 * basename: strip the directory and, optionally, a suffix (`basename NAME [SUFFIX]`,
 * `-a NAME...`, `-s SUFFIX NAME...`, GNU also -z). A suffix equal to the whole name is kept.
 * GNU rejects a third operand (`basename: extra operand ‘c’`); busybox prints its usage.
 */
import type { Applet } from '../process.ts';
import { bbShowUsage, lastComponent, parseOrFail, ql, usageError, type OptionSpec } from './lib/fs-common.ts';

const GNU_SPEC: OptionSpec = {
  name: 'basename',
  short: 'as:z',
  long: [
    { name: 'multiple', arg: 'none', key: 'a' },
    { name: 'suffix', arg: 'required', key: 's' },
    { name: 'zero', arg: 'none', key: 'z' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'basename', short: 'as:' };

function strip(name: string, suffix: string | undefined): string {
  const base = lastComponent(name);
  if (suffix && base !== suffix && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  return base;
}

export const applet: Applet = {
  name: 'basename',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    const suffix = p.value('s');
    const multiple = p.has('a') || suffix !== undefined;
    const ops = p.operands;
    const end = p.has('z') ? '\0' : '\n';
    if (ops.length === 0) return gnu ? usageError(ctx, 'basename', 'missing operand') : bbShowUsage(ctx, 'basename');
    if (multiple) {
      await ctx.stdout.write(ops.map((n) => strip(n, suffix) + end).join(''));
      return 0;
    }
    if (ops.length > 2) return gnu ? usageError(ctx, 'basename', `extra operand ${ql(ctx, ops[2])}`) : bbShowUsage(ctx, 'basename');
    await ctx.stdout.write(strip(ops[0], ops[1]) + end);
    return 0;
  },
};
