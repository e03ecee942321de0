/**
 * wait [pid...]: background jobs already ran to completion (see interpreter.ts), so nothing to wait
 * for. dash gives the status of the job a pid names, and 127 for a pid that is not its child.
 */
import type { Builtin } from './types.ts';

export const wait: Builtin = {
  name: 'wait',
  run: (b) => {
    if (b.dialect !== 'dash') return 0;
    let status = 0;
    for (const a of b.argv.slice(1)) status = b.sh.bgStatus.get(Number(a)) ?? 127;
    return status;
  },
};
