/**
 * dirname: strip the last path component (`a/b/` -> `a`, `a` -> `.`, `/` -> `/`). GNU takes several
 * names (and -z); busybox exactly one, else it prints its usage.
 */
import type { Applet } from '../process.ts';
import { bbShowUsage, parseOrFail, usageError, type OptionSpec } from './lib/fs-common.ts';

const GNU_SPEC: OptionSpec = { name: 'dirname', short: 'z', long: [{ name: 'zero', arg: 'none', key: 'z' }] };
const BB_SPEC: OptionSpec = { name: 'dirname', short: '', bbNoLong: true };

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
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    if (p.operands.length === 0) return gnu ? usageError(ctx, 'dirname', 'missing operand') : bbShowUsage(ctx, 'dirname');
    if (!gnu && p.operands.length > 1) return bbShowUsage(ctx, 'dirname');
    const end = p.has('z') ? '\0' : '\n';
    await ctx.stdout.write(p.operands.map((n) => dirnameOf(n) + end).join(''));
    return 0;
  },
};
