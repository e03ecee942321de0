/**
 * A builtin runs inside the shell process and may change its state (cd, export, set). It returns
 * its status synchronously when it can: loops like `while [ $i -lt 10 ]` then run without promise
 * overhead. Diagnostics go through `ctx.error`, which adds the shell's location in the flavour's
 * format (`bash: line 1: cd: ` or `sh: cd: line 0: `).
 */
export type { Builtin, BuiltinContext } from '../shell-api.ts';

/** Errors a builtin signals to the interpreter (not user errors: those are messages + status). */
export class BreakSignal {
  n: number;
  readonly kind: 'break' | 'continue';
  constructor(kind: 'break' | 'continue', n: number) {
    this.kind = kind;
    this.n = n;
  }
}

export class ReturnSignal {
  readonly status: number;
  constructor(status: number) {
    this.status = status;
  }
}

/** `exit`, `set -e`, or a fatal error in a non-interactive shell: leave this shell (or subshell). */
export class ExitSignal {
  readonly status: number;
  constructor(status: number) {
    this.status = status;
  }
}

/** A fatal error (expansion, readonly assignment): abandon the current top-level command. */
export class AbortSignal {
  readonly status: number;
  constructor(status: number) {
    this.status = status;
  }
}

/** Parse a status argument as `exit`/`return` do: an integer modulo 256, or undefined if invalid. */
export function parseStatusArg(s: string): number | undefined {
  if (!/^[ \t]*[-+]?[0-9]+[ \t]*$/.test(s)) return undefined;
  const n = BigInt(s.trim());
  return Number(BigInt.asUintN(8, n));
}
