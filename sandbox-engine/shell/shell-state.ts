/**
 * The state of one shell process: variables, functions, positional parameters, options, cwd,
 * umask, open descriptors. A subshell (`( )`, a pipeline stage, `$( )`) works on a `clone()`, so
 * nothing it changes leaks back, as after a fork.
 */
import type { FuncDef } from './ast.ts';
import type { InputStream, OutputStream } from './process.ts';
import type { Cred, FileSystem } from '../vfs/types.ts';
import { Vars } from './vars.ts';

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  allexport: boolean;
  noclobber: boolean;
  verbose: boolean;
  noexec: boolean;
}

export function defaultOptions(): ShellOptions {
  return {
    errexit: false,
    nounset: false,
    xtrace: false,
    pipefail: false,
    noglob: false,
    allexport: false,
    noclobber: false,
    verbose: false,
    noexec: false,
  };
}

/** An open descriptor: readable, writable or both. `close` runs when the last user is done. */
export interface Fd {
  input?: InputStream;
  output?: OutputStream;
}

export type Fds = Map<number, Fd>;

export class Shell {
  vars: Vars;
  functions: Map<string, FuncDef>;
  positional: string[];
  opts: ShellOptions;
  /** Logical working directory ($PWD), absolute. */
  cwd: string;
  umask: number;
  aliases: Map<string, string>;
  traps: Map<string, string>;
  /**
   * Signals delivered to this shell and not yet acted on (PID 1 of a container: see
   * shell/signals.ts): like ash's pending-signal flags, they are handled between commands, once
   * the command running when they came has ended.
   */
  pendingSignals: number[] = [];
  /** $? */
  status = 0;
  /** $! */
  lastBgPid: number | undefined;
  /** Exit statuses of background jobs by pid, for `wait PID` (dash). */
  bgStatus: Map<number, number> = new Map();
  cred: Cred;
  fds: Fds;
  /** $0 */
  arg0: string;
  /** The shell's process id ($$ is the top shell's, even in subshells). */
  readonly topPid: number;
  /** The process that runs this shell (the subshell's own for BASHPID-like uses; same as topPid here). */
  pid: number;

  funcDepth = 0;
  loopDepth = 0;
  sourceDepth = 0;
  /** Function names being run, innermost last (FUNCNAME). */
  funcNames: string[] = [];
  /** >0 while running a condition (`if`, `while`, `&&` left side): `set -e` does not fire. */
  errexitSuppressed = 0;
  /** Set by a command whose non-zero status must not trigger `set -e` (`a && b` stopped early, `! x`). */
  skipErrexit = false;
  /** Status of the last command substitution in the current simple command (`x=$(false)`). */
  substStatus: number | undefined;
  /** Command-substitution depth, for `set -x` (`++ cmd` inside `$(...)`). */
  traceLevel = 0;
  /** Line of the command being run, for messages. */
  line = 1;
  /** dash: what it is running, for messages (`eval`, or the file `.` reads). */
  commandName: string | undefined;
  /** dash: commands found through PATH so far (`type` calls them tracked aliases). */
  hashed: Map<string, string> = new Map();
  /** Options a shell accepts that change nothing here (dash's notify, privileged...), by name. */
  inertOpts: Map<string, boolean> = new Map();
  /** dash: when each alias was defined (the interpreter's parse count then); see simple.ts. */
  aliasSince: Map<string, number> = new Map();
  /** Resource limits set with `ulimit` (soft values by option letter); none is enforced. */
  ulimits: Map<string, string> = new Map();
  readonly isSubshell: boolean;

  private fsCache: FileSystem | undefined;
  private fsKey: { cwd: string; cred: Cred; umask: number } = { cwd: '', cred: { uid: -1, gid: -1, groups: [] }, umask: -1 };
  private readonly makeFs: (cred: Cred, cwd: string, umask: number) => FileSystem;

  constructor(init: {
    vars: Vars;
    cred: Cred;
    cwd: string;
    arg0: string;
    pid: number;
    fds: Fds;
    makeFs: (cred: Cred, cwd: string, umask: number) => FileSystem;
    positional?: string[];
    opts?: ShellOptions;
    umask?: number;
    isSubshell?: boolean;
  }) {
    this.vars = init.vars;
    this.cred = init.cred;
    this.cwd = init.cwd;
    this.arg0 = init.arg0;
    this.topPid = init.pid;
    this.pid = init.pid;
    this.fds = init.fds;
    this.makeFs = init.makeFs;
    this.positional = init.positional ?? [];
    this.opts = init.opts ?? defaultOptions();
    this.umask = init.umask ?? 0o022;
    this.functions = new Map();
    this.aliases = new Map();
    this.traps = new Map();
    this.isSubshell = init.isSubshell ?? false;
  }

  /** The file system as this shell sees it (cwd, credentials, umask). */
  get fs(): FileSystem {
    const k = this.fsKey;
    if (this.fsCache === undefined || k.cwd !== this.cwd || k.cred !== this.cred || k.umask !== this.umask) {
      this.fsCache = this.makeFs(this.cred, this.cwd, this.umask);
      this.fsKey = { cwd: this.cwd, cred: this.cred, umask: this.umask };
    }
    return this.fsCache;
  }

  clone(): Shell {
    const s = new Shell({
      vars: this.vars.clone(),
      cred: this.cred,
      cwd: this.cwd,
      arg0: this.arg0,
      pid: this.topPid,
      fds: new Map(this.fds),
      makeFs: this.makeFs,
      positional: [...this.positional],
      opts: { ...this.opts },
      umask: this.umask,
      isSubshell: true,
    });
    s.pid = this.pid;
    s.functions = new Map(this.functions);
    s.aliases = new Map(this.aliases);
    // Traps other than ignored ones are reset in a subshell; keep them simple: none carried.
    s.status = this.status;
    s.lastBgPid = this.lastBgPid;
    s.bgStatus = new Map(this.bgStatus);
    s.funcDepth = this.funcDepth;
    s.loopDepth = 0;
    s.sourceDepth = this.sourceDepth;
    s.funcNames = [...this.funcNames];
    s.errexitSuppressed = this.errexitSuppressed;
    s.line = this.line;
    s.commandName = this.commandName;
    s.hashed = new Map(this.hashed);
    s.inertOpts = new Map(this.inertOpts);
    s.ulimits = new Map(this.ulimits);
    s.aliasSince = new Map(this.aliasSince);
    s.traceLevel = this.traceLevel;
    return s;
  }

  /** Value of `$-` in bash (`himBHs` interactive, `hBc` for -c). */
  flags(interactive: boolean, command: boolean): string {
    let f = '';
    if (this.opts.allexport) f += 'a';
    if (this.opts.errexit) f += 'e';
    if (this.opts.noglob) f += 'f';
    f += 'h';
    if (interactive) f += 'im';
    if (this.opts.noexec) f += 'n';
    if (this.opts.nounset) f += 'u';
    if (this.opts.verbose) f += 'v';
    if (this.opts.xtrace) f += 'x';
    f += 'B';
    if (this.opts.noclobber) f += 'C';
    if (interactive) f += 'H';
    if (command) f += 'c';
    if (interactive) f += 's';
    return f;
  }
}
