/** wait [pid...]: background jobs already ran to completion (see interpreter.ts), so nothing to wait for. */
import type { Builtin } from './types.ts';

export const wait: Builtin = { name: 'wait', run: () => 0 };
