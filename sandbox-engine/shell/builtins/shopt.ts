/** shopt (bash): options are accepted and ignored; `shopt -q` reports them unset. */
import type { Builtin } from './types.ts';

export const shopt: Builtin = { name: 'shopt', run: (b) => (b.argv.includes('-q') ? 1 : 0) };
