/**
 * The interactive shell session (see session-types.ts for the contract): a login shell for a user
 * on a host, fed one terminal line at a time.
 *
 * Each complete command is parsed first (so an open `if`, quote, here-document or trailing `|`
 * asks for more input with PS2) and recorded in the history, then run. Every input line gets a
 * fresh step/output budget; Ctrl-C (`interrupt()`) stops the running command at its next step with
 * status 130, and the step at which it landed is recorded on the history entry so a replay can
 * interrupt at the same point (`scheduleInterrupt` before or during the next `input`). A command
 * can survive a Ctrl-C (the docker client forwards it to its container and waits on): every
 * landing is reported to `onInterruptLanded` with its step, and a replay schedules each of them.
 *
 * Extras beyond ShellSession (for the docker CLI's container shells and for replay): `env`,
 * `argv0`, `entries`, `scheduleInterrupt`.
 */
import type { InputResult, SessionOptions, ShellSession, StreamName } from './session-types.ts';
import type { InputStream, OutputStream } from './process.ts';
import { ControlSignal, DEFAULT_LIMITS, Interrupted, LimitExceeded, Runtime, inputLimitText } from './limits.ts';
import { Interpreter, runShellProgram } from './interpreter.ts';
import type { Shell } from './shell-state.ts';
import { Parser } from './parser.ts';
import { Incomplete } from './syntax-error.ts';
import { runExitTrap } from './programs.ts';
import { EMPTY_INPUT } from './pipe.ts';
import { expandPrompt } from './prompt.ts';
import { defaultDialect, type Dialect } from './dialect.ts';
import { SessionRuntime } from './session-runtime.ts';
import { allPreloaded, whenPreloaded } from '../util/preload.ts';

export interface HistoryEntry {
  /** The command as history shows it (continuation lines joined). */
  text: string;
  /** The raw input lines that made it. */
  lines: string[];
  status: number;
  /** Steps the command used. */
  steps: number;
  /** When Ctrl-C stopped it: the step count at which the interrupt landed. */
  interruptedAtStep?: number;
}

export interface ShellSessionOptions extends SessionOptions {
  /** Environment of the login shell; default: a Debian/Alpine-like login environment for the user. */
  env?: Record<string, string>;
  /** $0 and the name in messages; default `bash` (gnu) or `sh` (busybox). */
  argv0?: string;
  /** Parent pid for the shell process; default 1. */
  ppid?: number;
  /** Terminal name for the process table; default `pts/0`. */
  ttyName?: string;
  /** A nested interactive shell (`bash` typed at a prompt) shares its parent's budget and Ctrl-C. */
  runtime?: Runtime;
  /** Use this process instead of spawning one (the bash applet already has its pid). */
  pid?: number;
  /** The shell imitated; default the flavour's own (bash, or ash for busybox). */
  dialect?: Dialect;
  /**
   * Where each Ctrl-C landed (the step count), also those the command survived; `token` is what
   * `interrupt(token)` was given for it (undefined for a scheduled one).
   */
  onInterruptLanded?: (step: number, token: unknown) => void;
}

export interface ExtendedShellSession extends ShellSession {
  /** Ctrl-C; `token` comes back to `onInterruptLanded` when it lands. */
  interrupt(token?: unknown): void;
  /** As ShellSession's; `dialect` runs the script as another shell would (dash, for Debian's sh). */
  runScript(source: string, opts?: { name?: string; args?: string[]; mode?: 'file' | 'command'; dialect?: Dialect }): Promise<number>;
  readonly entries: readonly HistoryEntry[];
  /**
   * Replay: interrupt the next (or the running) command when it reaches this step; several may be
   * scheduled for one command. Forgotten when the command ends.
   */
  scheduleInterrupt(step: number): void;
  /** The shell process id ($$). */
  readonly pid: number;
  /** Whether `exit` ended the session. */
  readonly exited: boolean;
}

const GNU_USER_PATH = '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games';
const GNU_ROOT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const BUSYBOX_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Terminal output: decoded incrementally (UTF-8 may split across writes) and charged to the budget. */
class TerminalOutput implements OutputStream {
  readonly isTTY: boolean;
  private readonly dec = new TextDecoder('utf-8', { fatal: false });
  private readonly emit: (t: string) => void;
  private readonly rt: Runtime;
  constructor(isTTY: boolean, rt: Runtime, emit: (t: string) => void) {
    this.isTTY = isTTY;
    this.rt = rt;
    this.emit = emit;
  }
  async write(data: string | Uint8Array): Promise<void> {
    if (typeof data === 'string') {
      this.rt.chargeOutput(utf8Length(data));
      if (data !== '') this.emit(data);
      return;
    }
    this.rt.chargeOutput(data.length);
    const t = this.dec.decode(data, { stream: true });
    if (t !== '') this.emit(t);
  }
}

/**
 * The terminal's input as commands see it: a read that is waiting when Ctrl-C arrives ends with
 * the interrupt, so `cat` with no file does not keep the session waiting forever.
 */
class InterruptibleInput implements InputStream {
  private readonly inner: InputStream;
  private cancel: ((e: Error) => void) | null = null;
  constructor(inner: InputStream) {
    this.inner = inner;
  }
  get isTTY(): boolean {
    return this.inner.isTTY;
  }
  private race<T>(p: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.cancel = reject;
      p.then(resolve, reject).finally(() => {
        this.cancel = null;
      });
    });
  }
  read(): Promise<Uint8Array | null> {
    return this.race(this.inner.read());
  }
  readAll(): Promise<Uint8Array> {
    return this.race(this.inner.readAll());
  }
  /** Fail a pending read with `e` (the interrupt). */
  abort(e: Error): void {
    this.cancel?.(e);
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function createSession(opts: ShellSessionOptions): ExtendedShellSession {
  return new Session(opts);
}

class Session implements ExtendedShellSession {
  private readonly opts: ShellSessionOptions;
  private readonly rt: Runtime;
  /** False for a nested shell sharing its parent's budget: the parent's schedule is not ours to drop. */
  private readonly ownsRuntime: boolean;
  private readonly interp: Interpreter;
  private readonly sh: Shell;
  private readonly baseFds: Shell['fds'];
  private readonly stdin: InterruptibleInput;
  private readonly historyList: string[] = [];
  private readonly entryList: HistoryEntry[] = [];
  private pendingLines: string[] | null = null;
  /** Per pending line: whether it ended inside a quote or here-document. */
  private pendingNewline: boolean[] = [];
  private running = false;
  /** Job completion notices, printed before the next prompt as bash does. */
  private readonly jobNotes: string[] = [];
  /** Lines read so far: dash numbers its interactive messages by input line. */
  private linesRead = 0;
  private done = false;
  private status = 0;
  readonly pid: number;

  constructor(opts: ShellSessionOptions) {
    this.opts = opts;
    const host = opts.host;
    const flavour = opts.flavour ?? host.flavour;
    const dialect = opts.dialect ?? defaultDialect(flavour);
    const userName = opts.user ?? 'student';
    const user = host.user(userName);
    const cred = host.credOf(userName);
    if (!user || !cred) throw new Error(`createSession: no such user: ${userName}`);
    const limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.ownsRuntime = opts.runtime === undefined;
    if (opts.runtime) this.rt = opts.runtime;
    else {
      const rt = new SessionRuntime(limits, opts.yieldControl);
      rt.onLanded = opts.onInterruptLanded;
      this.rt = rt;
    }
    const tty = opts.tty ?? false;
    const emit = (stream: StreamName) => (t: string) => opts.onOutput?.(t, stream);
    const stdout = new TerminalOutput(tty, this.rt, emit('stdout'));
    const stderr = new TerminalOutput(tty, this.rt, emit('stderr'));
    // /dev/tty on the simulated host writes to this terminal.
    const h = host as unknown as { ttySink?: (d: Uint8Array) => void };
    if ('ttySink' in h) h.ttySink = (d) => void stdout.write(d);
    const name = opts.argv0 ?? (dialect === 'bash' ? 'bash' : dialect === 'dash' ? 'dash' : 'sh');
    const ttyName = opts.ttyName ?? 'pts/0';
    this.pid = opts.pid ?? host.spawn({ ppid: opts.ppid ?? 1, uid: cred.uid, argv: [flavour === 'busybox' ? name : `-${name}`], tty: ttyName });
    this.interp = new Interpreter({
      host,
      rt: this.rt,
      flavour,
      dialect,
      mode: 'interactive',
      name,
      tty: ttyName,
      columns: opts.columns ?? 80,
      history: () => this.historyList,
      clearHistory: () => {
        this.historyList.length = 0;
      },
      jobNote: (t, when) => {
        if (when === 'now') void stderr.write(t);
        else this.jobNotes.push(t);
      },
    });
    const cwd = opts.cwd ?? user.home;
    const env = opts.env ?? {
      HOME: user.home,
      LANG: 'C.UTF-8',
      LOGNAME: user.name,
      PATH: flavour === 'busybox' ? BUSYBOX_PATH : cred.uid === 0 ? GNU_ROOT_PATH : GNU_USER_PATH,
      SHELL: user.shell,
      TERM: 'xterm',
      USER: user.name,
    };
    this.stdin = new InterruptibleInput(opts.stdin ?? EMPTY_INPUT);
    this.baseFds = new Map([
      [0, { input: this.stdin }],
      [1, { output: stdout }],
      [2, { output: stderr }],
    ]);
    this.sh = this.interp.newShell({ env, cred, cwd, arg0: name, pid: this.pid, fds: new Map(this.baseFds) });
    const vars = this.sh.vars;
    if (vars.get('PS1') === undefined) vars.global.set('PS1', { value: defaultPs1(dialect, cred.uid), exported: false, readonly: false });
    if (vars.get('PS2') === undefined) vars.global.set('PS2', { value: '> ', exported: false, readonly: false });
  }

  get history(): readonly string[] {
    return this.historyList;
  }

  get entries(): readonly HistoryEntry[] {
    return this.entryList;
  }

  get cwd(): string {
    return this.sh.cwd;
  }

  get lastStatus(): number {
    return this.status;
  }

  get exited(): boolean {
    return this.done;
  }

  prompt(): string {
    const ps = this.pendingLines !== null ? this.sh.vars.get('PS2') ?? '> ' : this.sh.vars.get('PS1') ?? '$ ';
    return expandPrompt(ps, {
      user: this.opts.host.user(this.sh.cred.uid)?.name ?? String(this.sh.cred.uid),
      hostname: this.opts.host.services.hostname(),
      cwd: this.sh.cwd,
      home: this.sh.vars.get('HOME'),
      uid: this.sh.cred.uid,
      shellName: this.interp.cfg.name,
      vars: (n) => this.interp.param(this.sh, n),
    });
  }

  interrupt(token?: unknown): void {
    if (this.running) {
      if (this.rt instanceof SessionRuntime) this.rt.request(token);
      else this.rt.interrupt();
      this.stdin.abort(new Interrupted());
    }
    else {
      // Ctrl-C at a continuation prompt drops the partial command.
      this.pendingLines = null;
      this.pendingNewline = [];
    }
  }

  scheduleInterrupt(step: number): void {
    if (this.rt instanceof SessionRuntime) this.rt.schedule(step);
    else this.rt.interruptAtStep = step;
  }

  async input(line: string): Promise<InputResult> {
    if (this.done) return { kind: 'exit', status: this.status };
    if (this.running) return { kind: 'done', status: this.status };
    try {
      return await this.inputInner(String(line));
    } catch (e) {
      // Never lose the session: anything unexpected is reported and the shell carries on.
      await this.writeErr(`dockersim: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      this.recover();
      this.status = 1;
      this.sh.status = 1;
      return { kind: 'done', status: 1 };
    } finally {
      this.running = false;
    }
  }

  private async writeErr(t: string): Promise<void> {
    try {
      await this.baseFds.get(2)!.output!.write(t);
    } catch {
      this.opts.onOutput?.(t, 'stderr');
    }
  }

  private async inputInner(line: string): Promise<InputResult> {
    const lines = this.pendingLines === null ? [line] : [...this.pendingLines, line];
    const src = lines.join('\n') + '\n';
    const max = this.rt.limits.maxInputBytes;
    if (src.length > max || utf8Length(src) > max) {
      this.pendingLines = null;
      this.pendingNewline = [];
      this.rt.reset();
      await this.writeErr(inputLimitText(utf8Length(src) - 1, max));
      this.status = 2;
      this.sh.status = 2;
      return { kind: 'done', status: 2 };
    }
    // Complete? (An open construct waits for more lines; a syntax error is reported when run.)
    try {
      new Parser(src, { dialect: this.interp.dialect }).parseAll();
    } catch (e) {
      if (e instanceof Incomplete) {
        this.pendingLines = lines;
        // Inside a quote or here-document the newline is part of the command as typed.
        const k = e.open.kind;
        this.pendingNewline[lines.length - 1] = k === 'quote' || k === 'heredoc';
        return { kind: 'continue' };
      }
    }
    this.pendingLines = null;
    if (src.trim() === '') {
      if (this.interp.dialect === 'dash') this.linesRead += lines.length;
      return { kind: 'done', status: this.status };
    }
    const text = joinHistory(lines, this.pendingNewline);
    this.pendingNewline = [];
    this.historyList.push(text);
    const entry: HistoryEntry = { text, lines, status: 0, steps: 0 };
    this.entryList.push(entry);

    // No command runs before the engine's deferred code is loaded (util/preload.ts says why).
    if (!allPreloaded()) await whenPreloaded();
    const scheduled = this.rt.interruptAtStep;
    this.rt.reset();
    this.rt.interruptAtStep = scheduled;
    this.running = true;
    let result: InputResult;
    try {
      // dash counts every line it has read; bash and ash name no line interactively.
      const dash = this.interp.dialect === 'dash';
      const startLine = dash ? this.linesRead + 1 : undefined;
      if (dash) this.linesRead += lines.length;
      const out = await this.interp.runSource(this.sh, src, { continuation: true, startLine });
      this.linesRead -= this.interp.uncountedLines;
      this.interp.uncountedLines = 0;
      if (out.kind === 'exit') {
        const st = await runExitTrap(this.interp, this.sh, out.status);
        this.done = true;
        result = { kind: 'exit', status: st };
        this.status = st;
      } else {
        this.status = out.status;
        result = { kind: 'done', status: out.status };
      }
    } catch (e) {
      if (!(e instanceof ControlSignal)) throw e;
      if (e instanceof Interrupted) {
        entry.interruptedAtStep = this.rt.interruptedAtStep ?? this.rt.steps;
        await this.writeErr('\n');
      } else if (e instanceof LimitExceeded) {
        this.rt.outputBytes = 0;
        await this.writeErr(e.text);
      }
      this.recover();
      this.status = e.status;
      result = { kind: 'done', status: e.status };
    }
    if (this.ownsRuntime) {
      if (this.rt instanceof SessionRuntime) this.rt.clearSchedule();
      else this.rt.interruptAtStep = undefined;
    }
    if (this.jobNotes.length > 0) {
      const notes = this.jobNotes.splice(0).join('');
      this.rt.outputBytes = 0;
      await this.writeErr(notes);
    }
    this.sh.status = this.status;
    entry.status = this.status;
    entry.steps = this.rt.steps;
    return result;
  }

  /** After an unwound command: back to the top level with the terminal as stdio. */
  private recover(): void {
    const sh = this.sh;
    sh.fds = new Map(this.baseFds);
    sh.errexitSuppressed = 0;
    sh.skipErrexit = false;
    sh.funcDepth = 0;
    sh.loopDepth = 0;
    sh.sourceDepth = 0;
    sh.funcNames = [];
    sh.vars.frames.length = 0;
  }

  async runScript(source: string, o: { name?: string; args?: string[]; mode?: 'file' | 'command'; dialect?: Dialect } = {}): Promise<number> {
    if (this.running) return 1;
    if (!allPreloaded()) await whenPreloaded();
    const mode = o.mode ?? 'file';
    const flavour = this.interp.flavour;
    const dialect = o.dialect ?? this.interp.dialect;
    const shellName = dialect === 'bash' ? 'bash' : dialect === 'dash' ? 'dash' : 'sh';
    const name = o.name ?? (mode === 'file' ? 'script.sh' : shellName);
    this.rt.reset();
    this.running = true;
    const sh = this.sh;
    try {
      return await runShellProgram({
        host: this.opts.host,
        rt: this.rt,
        flavour,
        dialect,
        mode,
        name,
        source,
        positional: o.args ?? [],
        env: sh.vars.environment(),
        cred: sh.cred,
        cwd: sh.cwd,
        umask: sh.umask,
        stdin: this.baseFds.get(0)!.input!,
        stdout: this.baseFds.get(1)!.output!,
        stderr: this.baseFds.get(2)!.output!,
        ppid: this.pid,
        tty: this.interp.cfg.tty,
        columns: this.interp.cfg.columns,
        processArgv: [shellName, ...(mode === 'command' ? ['-c', source] : [name])],
      });
    } catch (e) {
      if (e instanceof Interrupted) {
        await this.writeErr('\n');
        return e.status;
      }
      if (e instanceof LimitExceeded) {
        this.rt.outputBytes = 0;
        await this.writeErr(e.text);
        return e.status;
      }
      if (e instanceof ControlSignal) return e.status;
      await this.writeErr(`dockersim: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    } finally {
      this.running = false;
    }
  }
}

/** The prompt each shell starts with: bash's Debian default, ash's `\w \$ `, dash's `$ ` (`# ` for root). */
function defaultPs1(dialect: Dialect, uid: number): string {
  if (dialect === 'ash') return '\\w \\$ ';
  if (dialect === 'dash') return uid === 0 ? '# ' : '$ ';
  return '\\u@\\h:\\w\\$ ';
}

/**
 * bash's `cmdhist`: a multi-line command is one history entry, lines joined with `; ` unless a
 * line ends where a `;` would be wrong (after `then`, `do`, `{`, `|`, `&&`, ...).
 */
function joinHistory(lines: string[], keepNewline: boolean[]): string {
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    if (keepNewline[i - 1]) {
      out += '\n' + lines[i];
      continue;
    }
    const prev = out.trimEnd();
    const next = lines[i];
    if (/(^|[\s;])(then|do|else|elif|in|\{)$|[|&(]$|\\$/.test(prev) || next.trim() === '' || /^\s*(then|do|done|fi|esac|\}|\)|;;)/.test(next) && /(\bthen|\bdo)\s*$/.test(prev)) {
      out = prev.endsWith('\\') ? prev.slice(0, -1) + next : `${prev} ${next.trim()}`;
    } else if (/[;&]$/.test(prev)) {
      out = `${prev} ${next.trim()}`;
    } else {
      out = `${prev}; ${next.trim()}`;
    }
  }
  return out;
}
