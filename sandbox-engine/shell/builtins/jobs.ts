/** jobs, fg, bg: background jobs finish before the prompt returns, so there is never a job to show. */
import type { Builtin } from './types.ts';

export const jobs: Builtin = { name: 'jobs', run: () => 0 };
export const fg: Builtin = { name: 'fg', run: (b) => b.fail(b.flavour === 'busybox' ? 'no current job' : 'current: no such job', 1) };
export const bg: Builtin = { name: 'bg', run: (b) => b.fail(b.flavour === 'busybox' ? 'no current job' : 'current: no such job', 1) };
