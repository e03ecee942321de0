/**
 * Small helpers shared by the benchmarks: medians, the `--runs` option, and a garbage collector
 * to call before reading the heap.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function parseRuns(argv: readonly string[], fallback = 7): number {
  const i = argv.indexOf('--runs');
  const n = i >= 0 ? Number(argv[i + 1]) : fallback;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * `global.gc` when Node runs with --expose-gc; otherwise the flag is turned on now and the
 * function fetched from a fresh context (V8 installs `gc` in contexts created after the flag), so
 * `npm run bench` (plain `node bench/run.ts`) measures the heap after a full collection too.
 */
export function collector(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** heapUsed after two full collections (the second catches what finalizers of the first freed). */
export function heapAfterGC(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
