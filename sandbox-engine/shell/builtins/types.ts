/**
 * A builtin runs inside the shell process and may change its state (cd, export, set). It returns
 * its status synchronously when it can: loops like `while [ $i -lt 10 ]` then run without promise
 * overhead. Diagnostics go through `ctx.error`, which adds the shell's location in the flavour's
 * format (`bash: line 1: cd: ` or `sh: cd: line 0: `).
 */
import type { Flavour, InputStream, OutputStream } from '../process.ts';
import type { Shell } from '../shell-state.ts';
import type { Interpreter } from '../interpreter.ts';

export interface BuiltinContext {
  readonly interp: Interpreter;
  readonly sh: Shell;
  readonly argv: string[];
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly flavour: Flavour;
  /** Write `<location>NAME: msg\n` to stderr. */
  error(msg: string): Promise<void>;
  /** The location prefix with the builtin's name, e.g. `bash: line 1: cd: `. */
  readonly prefix: string;
  /**
   * Report an error: prints `msg`, then returns `status` (bash). In busybox ash an error in a
   * special builtin ends a non-interactive shell (status 2) and abandons the line interactively;
   * in other builtins it gives status 2.
   */
  fail(msg: string, status: number): Promise<number>;
}

export interface Builtin {
  readonly name: string;
  /** POSIX special builtins (`:`, `.`, break, eval, exec, exit, export, readonly, return, set, shift, trap, unset). */
  readonly special?: boolean;
  run(ctx: BuiltinContext): number | Promise<number>;
}

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
