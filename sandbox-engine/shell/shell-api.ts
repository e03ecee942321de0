/**
 * What the parts of the shell see of the interpreter: builtins, compound and simple command
 * execution, program running. The `Interpreter` class implements it; the others depend on this
 * interface only, so the module graph has no cycles (interpreter -> builtins -> interpreter).
 */
import type { Command, FuncDef, Redirect, Script, WordPart } from './ast.ts';
import type { Expander, Expansion } from './expand.ts';
import type { Runtime } from './limits.ts';
import type { Location, Messages, ShellMode } from './messages/types.ts';
import type { Flavour, InputStream, OutputStream } from './process.ts';
import type { Fds, Shell, ShellOptions } from './shell-state.ts';
import type { Dialect } from './dialect.ts';
import type { Host } from '../host/types.ts';
import type { Cred } from '../vfs/types.ts';

export interface InterpreterConfig {
  host: Host;
  rt: Runtime;
  /** The userland (what applets run as builtins and children see). */
  flavour: Flavour;
  /** The shell imitated; default the flavour's own (bash for gnu, ash for busybox). */
  dialect?: Dialect;
  mode: ShellMode;
  /** Name in messages (`bash`, `sh`, or the script path as invoked). */
  name: string;
  /** Terminal name for processes (`pts/0`), or `?`. */
  tty: string;
  columns: number;
  /** Interactive history (the session's), for the `history` builtin. */
  history?: () => readonly string[];
  clearHistory?: () => void;
  /** Background job notifications go here (interactive shells): `[1] 1234` at once, `Done` lines before the next prompt. */
  jobNote?: (text: string, when: 'now' | 'prompt') => void;
}

export interface ShellProgramOptions {
  host: Host;
  rt: Runtime;
  flavour: 'gnu' | 'busybox';
  /** The shell imitated; default the flavour's own. */
  dialect?: Dialect;
  mode: ShellMode;
  /** Name in messages and $0. */
  name: string;
  source: string;
  positional: string[];
  env: Record<string, string>;
  cred: Cred;
  cwd: string;
  umask: number;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  ppid: number;
  tty: string;
  columns: number;
  /** Use this pid instead of spawning one (the bash applet already has its process). */
  pid?: number;
  /** Process table argv when a process is spawned. */
  processArgv?: string[];
  options?: Partial<ShellOptions>;
}

export interface BuiltinContext {
  readonly interp: ShellInterp;
  readonly sh: Shell;
  readonly argv: string[];
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly flavour: Flavour;
  readonly dialect: Dialect;
  /** Write `<location>NAME: msg\n` to stderr. */
  error(msg: string): Promise<void>;
  /** The location prefix with the builtin's name, e.g. `bash: line 1: cd: `. */
  readonly prefix: string;
  /**
   * Report an error: prints `msg`, then returns `status` (bash). In ash and dash an error in a
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

export interface ShellInterp {
  readonly cfg: InterpreterConfig;
  readonly host: Host;
  readonly rt: Runtime;
  readonly flavour: Flavour;
  readonly dialect: Dialect;
  readonly messages: Messages;
  readonly interactive: boolean;
  /** Complete commands parsed so far (dash expands an alias only in commands parsed after it was made). */
  readonly parseSerial: number;
  loc(sh: Shell): Location;
  /** Write to the shell's stderr; a closed stderr loses the text. */
  writeErr(sh: Shell, text: string): Promise<void>;
  expander(sh: Shell): Expander;
  /** A variable or special parameter. */
  param(sh: Shell, name: string): string | undefined;
  /** Drive an expansion (command substitutions run in subshells). */
  run<T>(sh: Shell, gen: Expansion<T>): T | Promise<T>;
  /** Report a fatal expansion/assignment error and unwind as bash or ash does. */
  expansionFailed(e: unknown, sh: Shell): Promise<never>;
  exec(c: Command, sh: Shell): number | Promise<number>;
  execScript(s: Script, sh: Shell): number | Promise<number>;
  /** Run a condition list (`set -e` suspended). */
  cond(s: Script, sh: Shell): number | Promise<number>;
  /** `special`: the command is a special builtin (a failed redirection ends a dash script). */
  withRedirs(redirs: readonly Redirect[], sh: Shell, fn: () => number | Promise<number>, special?: boolean): number | Promise<number>;
  /** Arithmetic parts: the value, or a status after an error was reported. */
  arithValue(sh: Shell, parts: WordPart[]): bigint | number | Promise<bigint | number>;
  arith(sh: Shell, expr: string): Promise<bigint>;
  builtin(name: string): Builtin | undefined;
  runBuiltin(b: Builtin, argv: string[], sh: Shell): number | Promise<number>;
  callFunction(fn: FuncDef, argv: string[], sh: Shell): Promise<number>;
  /** `asSource`: run as `.` does (`return` ends it); dash passes the file name, which its messages show. */
  evalText(sh: Shell, text: string, asSource: boolean | string): Promise<number>;
  defaultPath(): string;
  /** `exec >file`: the descriptor table stays after the command. */
  keepFds(fds: Fds): void;
  /** Run a non-interactive child shell (a script without `#!`). */
  spawnShell(o: ShellProgramOptions): Promise<number>;
}
