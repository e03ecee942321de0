/** jobs, fg, bg: background jobs finish before the prompt returns, so there is never a job to show. */
import type { Builtin, BuiltinContext } from './types.ts';

export const jobs: Builtin = { name: 'jobs', run: () => 0 };
const noJob = (b: BuiltinContext) => b.fail(b.dialect === 'ash' ? 'no current job' : b.dialect === 'dash' ? 'No current job' : 'current: no such job', 1);
export const fg: Builtin = { name: 'fg', run: noJob };
export const bg: Builtin = { name: 'bg', run: noJob };
