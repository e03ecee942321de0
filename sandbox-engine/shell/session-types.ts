/**
 * The interactive shell session API, as the terminal (xterm in a Web Worker), `dockersim` and tests
 * use it.
 *
 * Lifecycle: `createSession({ host, ... })` gives a session whose variables, functions, cwd and
 * history persist between lines. Feed it one line at a time with `input`; it streams output through
 * `onOutput` while the command runs. A line that leaves a construct open (quote, `if` without `fi`,
 * here-document, trailing `|` or `&&`) returns `{ kind: 'continue' }`; the caller shows `prompt()`
 * (now PS2, "> ") and feeds the next line. `interrupt()` (Ctrl-C) stops the running command at its
 * next step: status 130, "^C" is the terminal's business. `exit` makes `input` return
 * `{ kind: 'exit' }`. Nothing a user types makes `input` reject.
 *
 * Example:
 *   const s = createSession({ host: createHost({ seed: 1 }), onOutput: (t) => term.write(t) });
 *   await s.input('mkdir -p a/b && echo hi > a/b/f && cat a/b/f');   // streams "hi\n"
 *   s.prompt();                                                       // "student@docker-host:~$ "
 */
import type { Host } from '../host/types.ts';
import type { Flavour, InputStream } from './process.ts';

export type StreamName = 'stdout' | 'stderr';

export interface SessionOptions {
  host: Host;
  /** Login user; default 'student'. */
  user?: string;
  /** Start directory; default the user's home. */
  cwd?: string;
  /** Message flavour; default host.flavour. */
  flavour?: Flavour;
  /** Receives output as it is produced. Default: discarded. */
  onOutput?: (text: string, stream: StreamName) => void;
  /** Interactive sessions read a command's stdin from here (e.g. `cat` with no file). Default: empty. */
  stdin?: InputStream;
  /** Whether stdout/stdin are a terminal (affects `ls` columns, prompts). */
  tty?: boolean;
  /** Terminal width for column output; default 80. */
  columns?: number;
  /** Give the event loop a turn; the Worker passes a macrotask yield so Ctrl-C messages arrive. */
  yieldControl?: () => Promise<void>;
  /** Limits; defaults in shell/limits.ts. */
  limits?: Partial<ShellLimits>;
}

export interface ShellLimits {
  /** Commands, loop iterations and applet ticks per input line before it is stopped. */
  maxSteps: number;
  /** Function-call and source/eval nesting depth. */
  maxDepth: number;
  /** Bytes of terminal output per input line before it is stopped. */
  maxOutputBytes: number;
  /** Bytes written to files by redirections per input line before it is stopped. */
  maxFileBytes: number;
  /** Bytes of input accepted in one line/script. */
  maxInputBytes: number;
}

export type InputResult =
  | { kind: 'done'; status: number }
  | { kind: 'continue' }
  | { kind: 'exit'; status: number };

export interface ShellSession {
  input(line: string): Promise<InputResult>;
  /** Run a whole script as `bash FILE` / `sh -c` would (non-interactive); resolves to its status. */
  runScript(source: string, opts?: { name?: string; args?: string[]; mode?: 'file' | 'command' }): Promise<number>;
  interrupt(): void;
  /** PS1 (or PS2 while a construct is open), expanded. */
  prompt(): string;
  readonly history: readonly string[];
  readonly cwd: string;
  readonly lastStatus: number;
}
