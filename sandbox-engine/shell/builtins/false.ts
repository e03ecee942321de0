/** false: the builtin ignores its arguments (see true.ts). */
import type { Builtin } from './types.ts';

export const falseBuiltin: Builtin = { name: 'false', run: () => 1 };
