/**
 * dirname: strip the last path component (`a/b/` -> `a`, `a` -> `.`, `/` -> `/`). GNU takes several
 * names (and -z); busybox exactly one, else it prints its usage. busybox takes no options at all
 * (single_argv: only a leading `--` is skipped), so `dirname -x` prints `.`.
 */
import type { Applet } from '../process.ts';
import { bbShowUsage, parseOrFail, usageError, type OptionSpec } from './lib/fs-common.ts';

const GNU_SPEC: OptionSpec = { name: 'dirname', short: 'z', long: [{ name: 'zero', arg: 'none', key: 'z' }] };

/** POSIX dirname: drop trailing slashes, the last component, then the slashes before it. */
export function dirnameOf(path: string): string {
  if (path === '') return '.';
  let i = path.length - 1;
  while (path[i] === '/') {
    if (i === 0) return '/';
    i--;
  }
  while (path[i] !== '/') {
    if (i === 0) return '.';
    i--;
  }
  while (path[i] === '/') {
    if (i === 0) return '/';
    i--;
  }
  return path.slice(0, i + 1);
}

export const applet: Applet = {
  name: 'dirname',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    if (!gnu) {
      const args = ctx.argv[1] === '--' ? ctx.argv.slice(2) : ctx.argv.slice(1);
      if (args.length !== 1) return bbShowUsage(ctx, 'dirname');
      await ctx.stdout.write(`${dirnameOf(args[0])}\n`);
      return 0;
    }
    const p = await parseOrFail(ctx, GNU_SPEC);
    if (typeof p === 'number') return p;
    if (p.operands.length === 0) return usageError(ctx, 'dirname', 'missing operand');
    const end = p.has('z') ? '\0' : '\n';
    await ctx.stdout.write(p.operands.map((n) => dirnameOf(n) + end).join(''));
    return 0;
  },
};
