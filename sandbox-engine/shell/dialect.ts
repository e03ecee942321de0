/**
 * Which shell the interpreter imitates, apart from the userland around it (`Flavour`): GNU bash 5.2,
 * busybox ash 1.35, or dash 0.5.12 (Debian's /bin/sh, with GNU coreutils around it). ash and dash
 * both descend from the Almquist shell and share most of their grammar and builtin wording; bash
 * differs from both.
 */
import type { Flavour } from './process.ts';

export type Dialect = 'bash' | 'ash' | 'dash';

/** The shell a userland comes with when nothing else is said: bash with GNU, ash with busybox. */
export function defaultDialect(flavour: Flavour): Dialect {
  return flavour === 'busybox' ? 'ash' : 'bash';
}

/** ash or dash: the Almquist family (no arrays, no `[[`, `Illegal number`, `bad variable name`). */
export function isAlmquist(d: Dialect): boolean {
  return d !== 'bash';
}

/** The userland flavour that goes with a shell dialect when only the dialect is known. */
export function flavourOf(d: Dialect): Flavour {
  return d === 'ash' ? 'busybox' : 'gnu';
}
