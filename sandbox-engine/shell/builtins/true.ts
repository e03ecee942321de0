/**
 * true: the shells' builtin ignores every argument (unlike /bin/true, which answers --help), so it
 * does not go through the applet; it stays synchronous for `while true` loops.
 */
import type { Builtin } from './types.ts';

export const trueBuiltin: Builtin = { name: 'true', run: () => 0 };
