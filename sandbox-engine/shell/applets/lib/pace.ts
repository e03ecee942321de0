/**
 * Walks over many files (find, ls -R, du, cp -r, chmod -R ...) give the event loop a turn now and
 * then, so Ctrl-C can land. In the browser ctx.yield() is a macrotask (the Worker's yieldControl),
 * a millisecond or so each: paid per file it made `find /` over 5,000 files take seconds. `pace`
 * yields once every PACE calls of the same process instead.
 *
 * Example: for (const name of names) { await pace(ctx); await visit(...); }
 */
import type { ProcessContext } from '../../process.ts';

export const PACE = 256;

const calls = new WeakMap<ProcessContext, number>();

export async function pace(ctx: ProcessContext): Promise<void> {
  const n = (calls.get(ctx) ?? 0) + 1;
  calls.set(ctx, n);
  if (n % PACE === 0) await ctx.yield();
}
