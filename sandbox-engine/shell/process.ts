/**
 * The contract between the shell and the programs it runs (applets and builtins).
 *
 * Lifecycle: the interpreter resolves a command (builtin, function, or an executable file found
 * through PATH whose content names an applet), builds a `ProcessContext` with the process's argv,
 * exported environment, a file-system view bound to its cwd and credentials, and its three streams,
 * then awaits `run`. The resolved number is the exit status (0-255). An applet never throws for a
 * user error: it writes the message to stderr and returns a status. The only exceptions that may
 * leave `run` are the interpreter's own control signals raised by `ctx.tick()` (interrupt, step
 * limit) and `EpipeError` from a write to a closed pipe; the interpreter handles both.
 *
 * Example:
 *   export const true_: Applet = { name: 'true', run: async () => 0 };
 *   export const pwd: Applet = { name: 'pwd', async run(ctx) { await ctx.stdout.write(ctx.fs.cwd + '\n'); return 0; } };
 */
import type { FileSystem } from '../vfs/types.ts';
import type { Clock } from '../util/clock.ts';
import type { Random } from '../util/random.ts';

/** Which userland the messages imitate: the host's bash + GNU coreutils, or busybox ash + applets. */
export type Flavour = 'gnu' | 'busybox';

export interface InputStream {
  /** Next chunk, or null at end of file. */
  read(): Promise<Uint8Array | null>;
  /** Everything up to end of file. */
  readAll(): Promise<Uint8Array>;
  /** True when connected to the interactive terminal. */
  readonly isTTY: boolean;
}

export interface OutputStream {
  /** Resolves when the data is accepted (a full pipe waits for its reader). Throws EpipeError. */
  write(data: string | Uint8Array): Promise<void>;
  readonly isTTY: boolean;
}

/** Raised by a write to a pipe whose reader has gone; the process then dies of SIGPIPE. */
export class EpipeError extends Error {
  constructor() {
    super('EPIPE');
    this.name = 'EpipeError';
  }
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  uid: number;
  /** e.g. 'pts/0' or '?' */
  tty: string;
  /** Virtual-clock start time, ms. */
  startTime: number;
  argv: string[];
  /** Linux state letter: R running, S sleeping, T stopped, Z zombie. */
  state: 'R' | 'S' | 'T' | 'Z';
  /** PID namespace the process lives in; the host is namespace 0. */
  pidns: number;
  /** Its PID inside that namespace (equal to `pid` on the host). */
  nspid: number;
}

export interface ProcessTable {
  list(): ProcessInfo[];
  get(pid: number): ProcessInfo | undefined;
  /** Deliver a signal; false if no such process. Permission is checked by the caller. */
  kill(pid: number, signal: number): boolean;
}

export interface UnameInfo {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
  os: string;
}

/** What the kernel and the machine offer a process beyond its file system. */
export interface HostServices {
  readonly clock: Clock;
  readonly random: Random;
  readonly processes: ProcessTable;
  hostname(): string;
  /**
   * The service listening on a Unix socket (e.g. dockerd on /var/run/docker.sock), after the file
   * system has let the caller open the socket file. Undefined when nothing listens there.
   */
  connect?(socketPath: string): unknown;
  /** Set the hostname (root only; the caller checks). Absent where the host is fixed. */
  setHostname?(name: string): void;
  uname(): UnameInfo;
}

export interface ExecOptions {
  stdin?: InputStream;
  stdout?: OutputStream;
  stderr?: OutputStream;
  env?: Record<string, string>;
}

export interface ProcessContext {
  /** argv[0] is the name the program was invoked by (busybox dispatches on its basename). */
  readonly argv: readonly string[];
  /** The exported environment, a private copy. */
  readonly env: Record<string, string>;
  readonly fs: FileSystem;
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly flavour: Flavour;
  readonly host: HostServices;
  readonly pid: number;
  /**
   * Prefix for diagnostics. '' for a program run from PATH (it prints `ls: ...` itself); for a
   * builtin, the shell's location, e.g. 'bash: line 1: ' or 'sh: ', so `printf` as a builtin prints
   * `bash: line 1: printf: ...` as bash does.
   */
  readonly messagePrefix: string;
  /** Terminal width for column layouts (ls), when stdout is a terminal. */
  readonly columns: number;
  /** Charge one step of work; throws the interpreter's interrupt or limit signal when due. */
  tick(steps?: number): void;
  /** Give the event loop a turn (long loops call this now and then so Ctrl-C can land). */
  yield(): Promise<void>;
  /** Run another program found through PATH, as a child (xargs, find -exec, env CMD, sudo). */
  exec(argv: string[], opts?: ExecOptions): Promise<number>;
}

export interface Applet {
  readonly name: string;
  run(ctx: ProcessContext): Promise<number>;
}
