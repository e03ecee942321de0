/** `:` — does nothing, successfully (arguments are still expanded). */
import type { Builtin } from './types.ts';

export const colon: Builtin = { name: ':', special: true, run: () => 0 };
