/**
 * rmdir: remove empty directories (-p also removes the parents named in the path,
 * --ignore-fail-on-non-empty, -v).
 *
 * GNU: `rmdir: failed to remove 'x': Directory not empty`, and for a parent under -p
 * `rmdir: failed to remove directory 'x': ...`. busybox: `rmdir: 'x': Directory not empty`.
 */
import type { Applet } from '../process.ts';
import { attempt, bbShowUsage, errText, lastComponent, parseOrFail, qa, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { FsError } from '../../vfs/errors.ts';

const GNU_SPEC: OptionSpec = {
  name: 'rmdir',
  short: 'pv',
  long: [
    { name: 'parents', arg: 'none', key: 'p' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'ignore-fail-on-non-empty', arg: 'none', key: 'ignore' },
  ],
};

const BB_SPEC: OptionSpec = {
  name: 'rmdir',
  short: 'pv',
  long: [
    { name: 'parents', arg: 'none', key: 'p' },
    { name: 'ignore-fail-on-non-empty', arg: 'none', key: 'ignore' },
    { name: 'verbose', arg: 'none', key: 'v' },
  ],
};

/** dirname(3) of a path as the -p loop walks it: "a/b/" -> "a", "a" -> ".". */
function parent(path: string): string {
  const t = path.replace(/\/+$/, '');
  const i = t.lastIndexOf('/');
  if (i < 0) return '.';
  const d = t.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

export const applet: Applet = {
  name: 'rmdir',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    if (p.operands.length === 0) return gnu ? usageError(ctx, 'rmdir', 'missing operand') : bbShowUsage(ctx, 'rmdir');
    const parents = p.has('p');
    const verbose = p.has('v');
    const ignoreNonEmpty = p.has('ignore');
    let status = 0;
    for (const arg of p.operands) {
      let path = arg;
      let first = true;
      for (;;) {
        ctx.tick();
        if (verbose) await ctx.stdout.write(gnu ? `rmdir: removing directory, ${qa(ctx, path)}\n` : `rmdir: removing directory, '${path}'\n`);
        // rmdir(2) refuses a last component of "." with EINVAL (the view's path split drops it).
        const r = lastComponent(path) === '.' ? { ok: false as const, error: new FsError('EINVAL', 'rmdir', path) } : attempt(() => ctx.fs.rmdir(path));
        if (!r.ok) {
          if (ignoreNonEmpty && (r.error.code === 'ENOTEMPTY' || r.error.code === 'EEXIST')) break;
          if (!gnu) await warn(ctx, 'rmdir', `'${path}': ${errText(r.error)}`);
          else if (first) await warn(ctx, 'rmdir', `failed to remove ${qa(ctx, path)}: ${errText(r.error)}`);
          else await warn(ctx, 'rmdir', `failed to remove directory ${qa(ctx, path)}: ${errText(r.error)}`);
          status = 1;
          break;
        }
        if (!parents) break;
        path = parent(path);
        first = false;
        if (path === '.' || path === '/') break;
      }
    }
    return status;
  },
};
