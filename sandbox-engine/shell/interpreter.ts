/**
 * Executes the syntax tree. One `Interpreter` per shell program (the session's login shell, a
 * script run with `bash FILE`, `sh -c`); its state lives in a `Shell`, cloned for subshells.
 *
 * Execution returns `number | Promise<number>`: a command that needs no I/O (assignments,
 * arithmetic, `[ ]`, `:`) completes synchronously, so a 10,000-iteration loop costs no promise
 * per iteration. Anything that does I/O goes asynchronous, and callers await only then.
 *
 * Non-local exits are thrown objects: BreakSignal, ReturnSignal, ExitSignal, AbortSignal (see
 * builtins/types.ts), and the session-wide ControlSignal (interrupt, limits) from limits.ts.
 */
import type { AndOr, Command, FuncDef, Pipeline, Redirect, Script, WordPart } from './ast.ts';
import { evalCond } from './cond.ts';
import { execArith, execArithFor, execCase, execFor, execIf, execLoop } from './compound.ts';
import { execSimple } from './simple.ts';
import { Parser } from './parser.ts';
import { Incomplete, ShellSyntaxError } from './syntax-error.ts';
import { Expander, ExpansionError, drive, type ExpandEnv, type Expansion } from './expand.ts';
import { ArithError, evaluate } from './arith.ts';
import { ControlSignal, LimitExceeded, shellDepthText, type Runtime } from './limits.ts';
import { CaptureOutput, EMPTY_INPUT, NULL_OUTPUT, Pipe } from './pipe.ts';
import { applyRedirects, RedirectError, type RedirectEnv } from './redirect.ts';
import { Shell, type Fds } from './shell-state.ts';
import { ReadonlyError, Vars } from './vars.ts';
import { EpipeError, type Flavour, type InputStream, type OutputStream } from './process.ts';
import type { Host } from '../host/types.ts';
import type { Cred } from '../vfs/types.ts';
import { FsError } from '../vfs/errors.ts';
import type { Word } from './ast.ts';
import type { Location, Messages } from './messages/types.ts';
import { gnuMessages } from './messages/gnu.ts';
import { busyboxMessages } from './messages/busybox.ts';
import { dashMessages } from './messages/dash.ts';
import { defaultDialect, isAlmquist, type Dialect } from './dialect.ts';
import { dashArith } from './dash-arith.ts';
import { AbortSignal, BreakSignal, ExitSignal, ReturnSignal } from './builtins/types.ts';
import { builtinFor } from './builtins/index.ts';
import { pendingAction, takePid1Signals } from './signals.ts';
import { fromUtf8 } from '../util/text.ts';
import { execProgram, runExitTrap, type ProgramParams } from './programs.ts';
import type { Builtin, BuiltinContext, InterpreterConfig, ShellInterp, ShellProgramOptions } from './shell-api.ts';

export type RunOutcome =
  | { kind: 'done'; status: number }
  | { kind: 'exit'; status: number }
  | { kind: 'incomplete'; rest: string; status: number };

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export class Interpreter implements ShellInterp {
  readonly cfg: InterpreterConfig;
  readonly host: Host;
  readonly rt: Runtime;
  readonly flavour: Flavour;
  readonly dialect: Dialect;
  readonly messages: Messages;
  private readonly expanders = new WeakMap<Shell, Expander>();
  /**
   * dash, interactive: a syntax error found before the line's newline drops the rest of the line,
   * newline included, so that line is not counted. The session reads and clears this.
   */
  uncountedLines = 0;
  /** Complete commands parsed so far; dash sees an alias only in commands parsed after it. */
  parseSerial = 0;
  private jobCounter = 0;
  /** The -c string's last top-level command list, once parsed (see signalsDue). */
  private tailScript: Script | undefined;

  constructor(cfg: InterpreterConfig) {
    this.cfg = cfg;
    this.host = cfg.host;
    this.rt = cfg.rt;
    this.flavour = cfg.flavour;
    this.dialect = cfg.dialect ?? defaultDialect(cfg.flavour);
    this.messages = this.dialect === 'ash' ? busyboxMessages : this.dialect === 'dash' ? dashMessages : gnuMessages;
  }

  get interactive(): boolean {
    return this.cfg.mode === 'interactive';
  }

  /** A fresh shell process state: variables from `env` (exported), cwd, credentials. */
  newShell(init: { env: Record<string, string>; cred: Cred; cwd: string; arg0: string; positional?: string[]; pid: number; fds: Fds; umask?: number }): Shell {
    const vars = new Vars();
    for (const [k, v] of Object.entries(init.env)) vars.global.set(k, { value: v, exported: true, readonly: false });
    const sh = new Shell({
      vars,
      cred: init.cred,
      cwd: init.cwd,
      arg0: init.arg0,
      pid: init.pid,
      fds: init.fds,
      positional: init.positional,
      umask: init.umask,
      makeFs: (cred, cwd, umask) => this.host.fs(cred, cwd).with({ umask }),
    });
    vars.set('PWD', init.cwd, { export: true });
    if (vars.get('IFS') === undefined) vars.global.set('IFS', { value: ' \t\n', exported: false, readonly: false });
    if (vars.get('OPTIND') === undefined) vars.global.set('OPTIND', { value: '1', exported: false, readonly: false });
    if (vars.get('PS4') === undefined) vars.global.set('PS4', { value: '+ ', exported: false, readonly: false });
    if (this.dialect === 'dash') {
      // dash sets its prompts in every shell, interactive or not.
      if (vars.get('PS1') === undefined) vars.global.set('PS1', { value: init.cred.uid === 0 ? '# ' : '$ ', exported: false, readonly: false });
      if (vars.get('PS2') === undefined) vars.global.set('PS2', { value: '> ', exported: false, readonly: false });
    }
    if (this.dialect === 'bash') {
      const lvl = Number(init.env.SHLVL ?? '0');
      vars.set('SHLVL', String(Number.isFinite(lvl) ? lvl + 1 : 1), { export: true });
      vars.global.set('UID', { value: String(init.cred.uid), exported: false, readonly: true });
      vars.global.set('EUID', { value: String(init.cred.uid), exported: false, readonly: true });
      vars.global.set('BASH', { value: '/usr/bin/bash', exported: false, readonly: false });
      vars.global.set('BASH_VERSION', { value: '5.2.15(1)-release', exported: false, readonly: false });
      vars.global.set('HOSTNAME', { value: this.host.services.hostname(), exported: false, readonly: false });
      vars.global.set('HOSTTYPE', { value: 'x86_64', exported: false, readonly: false });
      vars.global.set('OSTYPE', { value: 'linux-gnu', exported: false, readonly: false });
      vars.global.set('MACHTYPE', { value: 'x86_64-pc-linux-gnu', exported: false, readonly: false });
    }
    if (this.dialect === 'ash') {
      // busybox ash exports SHLVL one above the caller's, read with atoi (`env -i busybox sh -c env`
      // prints SHLVL=1; a container's `sh -c 'env'` shows it too); dash leaves SHLVL alone.
      const lvl = parseInt(init.env.SHLVL ?? '0', 10);
      // utoa: printed unsigned (SHLVL=-5 gives 4294967292).
      vars.set('SHLVL', String(((Number.isNaN(lvl) ? 0 : lvl) + 1) >>> 0), { export: true });
    }
    const parent = this.host.services.processes.get(init.pid)?.ppid;
    vars.global.set('PPID', { value: String(parent ?? 1), exported: false, readonly: this.dialect === 'bash' });
    return sh;
  }

  // ---------------------------------------------------------------------------------------------
  // Locations and messages

  loc(sh: Shell): Location {
    return { mode: this.cfg.mode, name: this.cfg.name, line: sh.line, inFunction: sh.funcDepth > 0, command: sh.commandName };
  }

  async writeErr(sh: Shell, text: string): Promise<void> {
    if (text === '') return;
    const out = sh.fds.get(2)?.output;
    if (!out) return;
    try {
      await out.write(text);
    } catch (e) {
      if (e instanceof ControlSignal) throw e;
      // stderr gone (closed pipe): the message is lost, as it would be
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Top level: parse one complete command at a time and run it.

  /**
   * Run source text. Interactive shells get `incomplete` when the text ends inside a construct;
   * scripts get bash's end-of-file error. A syntax error ends a non-interactive shell (status 2).
   */
  async runSource(sh: Shell, src: string, opts: { continuation: boolean; startLine?: number }): Promise<RunOutcome> {
    const parser = new Parser(src, { dialect: this.dialect, heredocEofOk: !opts.continuation, startLine: opts.startLine });
    let status = sh.status;
    let warned = 0;
    for (;;) {
      const start = parser.lexer.pos;
      let script: Script | null;
      try {
        script = parser.parseNext();
      } catch (e) {
        if (e instanceof Incomplete) {
          if (opts.continuation) return { kind: 'incomplete', rest: src.slice(start), status };
          sh.line = this.dialect === 'dash' ? dashEofLine(src, opts.startLine) : eofLine(src);
          await this.writeErr(sh, this.messages.unexpectedEof(this.loc(sh), e, sh.line));
          sh.status = 2;
          return { kind: 'exit', status: 2 };
        }
        if (e instanceof ShellSyntaxError) {
          sh.line = this.dialect === 'dash' ? dashErrorLine(e) : e.line;
          await this.writeErr(sh, this.messages.syntaxError(this.loc(sh), e));
          if (this.dialect === 'dash' && this.interactive && sh.line === e.line) this.uncountedLines++;
          sh.status = 2;
          if (this.interactive) return { kind: 'done', status: 2 };
          // bash 5.2 leaves with status 0 after a `[[ ]]` parse error (recorded), 2 otherwise.
          return { kind: 'exit', status: e.problem.kind === 'cond' ? 0 : 2 };
        }
        throw e;
      }
      while (warned < parser.warnings.length) {
        const w = parser.warnings[warned++];
        await this.writeErr(sh, this.messages.heredocWarning(this.loc(sh), w.line, w.startLine, w.delimiter));
      }
      if (script === null) break;
      this.parseSerial++;
      if (this.cfg.mode === 'command' && !opts.continuation && src.slice(parser.lexer.pos).trim() === '') this.tailScript = script;
      try {
        const r = this.execScript(script, sh);
        status = typeof r === 'number' ? r : await r;
      } catch (e) {
        if (e instanceof AbortSignal) {
          status = e.status;
        } else if (e instanceof ExitSignal) {
          sh.status = e.status;
          return { kind: 'exit', status: e.status };
        } else if (e instanceof ReturnSignal) {
          status = e.status;
        } else if (e instanceof BreakSignal) {
          status = 0;
        } else if (e instanceof EpipeError) {
          status = 141;
        } else throw e;
      }
      sh.status = status;
    }
    return { kind: 'done', status };
  }

  // ---------------------------------------------------------------------------------------------
  // Expansion glue

  expander(sh: Shell): Expander {
    let ex = this.expanders.get(sh);
    if (ex === undefined) {
      const self = this;
      const env: ExpandEnv = {
        get: (name) => self.param(sh, name),
        set: (name, value) => sh.vars.set(name, value),
        positional: () => sh.positional,
        array: (name) => (self.dialect === 'bash' ? sh.vars.getArray(name) : undefined),
        get nounset() {
          return sh.opts.nounset;
        },
        get noglob() {
          return sh.opts.noglob;
        },
        braces: this.dialect === 'bash',
        evalArith: this.dialect === 'dash' ? dashArith : undefined,
        dash: this.dialect === 'dash',
        home: (user) => {
          if (user === '') return sh.vars.get('HOME') ?? self.host.user(sh.cred.uid)?.home;
          return self.host.user(user)?.home;
        },
        get fs() {
          return sh.fs;
        },
      };
      ex = new Expander(env);
      this.expanders.set(sh, ex);
    }
    return ex;
  }

  /** A variable or special parameter. */
  param(sh: Shell, name: string): string | undefined {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (name === '0') return sh.arg0;
      return sh.positional[Number(name) - 1];
    }
    switch (name) {
      case '?':
        return String(sh.status);
      case '#':
        return String(sh.positional.length);
      case '$':
        return String(sh.topPid);
      case '!':
        return sh.lastBgPid === undefined ? undefined : String(sh.lastBgPid);
      case '-':
        if (this.dialect === 'ash') return bbFlags(sh, this.interactive, this.cfg.mode === 'command');
        if (this.dialect === 'dash') return dashFlags(sh, this.interactive);
        return sh.flags(this.interactive, this.cfg.mode === 'command');
      case '@':
      case '*':
        return sh.positional.length === 0 ? undefined : sh.positional.join(' ');
    }
    const v = sh.vars.get(name);
    if (v !== undefined) return v;
    // Debian builds dash without LINENO, RANDOM or SECONDS.
    if (this.dialect === 'dash') return undefined;
    switch (name) {
      case 'RANDOM':
        return String(this.host.services.random.below(32768));
      case 'LINENO':
        return String(sh.line);
      case 'SECONDS':
        return '0';
      case 'BASHPID':
        return this.dialect === 'bash' ? String(sh.pid) : undefined;
      case 'FUNCNAME':
        return this.dialect === 'bash' ? sh.funcNames[sh.funcNames.length - 1] : undefined;
    }
    return undefined;
  }

  /** Drive an expansion, running command substitutions in subshells. */
  run<T>(sh: Shell, gen: Expansion<T>): T | Promise<T> {
    return drive(gen, (body) => this.commandSubst(body, sh));
  }

  async commandSubst(body: Script, sh: Shell): Promise<string> {
    const only = body.items.length === 1 ? body.items[0].cmd : undefined;
    if (this.dialect === 'bash' && only?.type === 'simple' && only.words.length === 0 && only.assigns.length === 0 && only.redirs.length === 1 && only.redirs[0].op === '<') {
      return this.readFileSubst(only.redirs[0].target, sh);
    }
    const sub = sh.clone();
    sub.traceLevel++;
    const cap = new CaptureOutput((n) => this.rt.chargeOutput(n));
    sub.fds.set(1, { output: cap });
    const status = await this.inSubshell(() => this.execScript(body, sub));
    // dash leaves $? alone until the command is done (`echo $(exit 3) $?` prints 0).
    if (this.dialect !== 'dash') sh.status = status;
    sh.substStatus = status;
    let text = fromUtf8(cap.bytes());
    if (text.includes('\0')) {
      if (this.dialect === 'bash') await this.writeErr(sh, `${this.messages.prefix(this.loc(sh))}warning: command substitution: ignored null byte in input\n`);
      text = text.replace(/\0/g, '');
    }
    return text;
  }

  /** bash's `$(< file)`: the file's content without running anything. */
  private async readFileSubst(target: Word, sh: Shell): Promise<string> {
    const fields = await this.run(sh, this.expander(sh).redirTarget(target));
    const path = fields.join(' ');
    try {
      const text = fromUtf8(sh.fs.readFile(path));
      sh.status = 0;
      return text;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await this.writeErr(sh, this.messages.redirOpen(this.loc(sh), path, e.code, false));
      sh.status = 1;
      return '';
    }
  }

  /** Report a fatal expansion error and unwind as bash/ash do. */
  async expansionFailed(e: unknown, sh: Shell): Promise<never> {
    if (e instanceof ExpansionError) {
      await this.writeErr(sh, this.messages.expansionError(this.loc(sh), e));
      if (isAlmquist(this.dialect)) throw this.interactive ? new AbortSignal(2) : new ExitSignal(2);
      // bash -c exits 127 here, bash FILE exits 1 (recorded from bash 5.2).
      if (e.kind === 'unbound' || e.kind === 'nullorunset') throw this.interactive ? new AbortSignal(1) : new ExitSignal(this.cfg.mode === 'command' ? 127 : 1);
      throw new AbortSignal(1);
    }
    if (e instanceof ReadonlyError) {
      await this.writeErr(sh, this.messages.readonlyVar(this.loc(sh), e.varName));
      if (isAlmquist(this.dialect)) throw this.interactive ? new AbortSignal(2) : new ExitSignal(2);
      throw new AbortSignal(1);
    }
    throw e;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  exec(c: Command, sh: Shell): number | Promise<number> {
    // `set -n`: commands are read but no longer run (interactive shells ignore it).
    if (sh.opts.noexec && !this.interactive) return sh.status;
    const r = this.execInner(c, sh);
    if (typeof r === 'number') {
      sh.status = r;
      return r;
    }
    return r.then((v) => {
      sh.status = v;
      return v;
    });
  }

  private execInner(c: Command, sh: Shell): number | Promise<number> {
    switch (c.type) {
      case 'simple':
        return execSimple(this, c, sh);
      case 'pipeline':
        return this.execPipeline(c, sh);
      case 'andor':
        return this.execAndOr(c, sh);
      case 'subshell': {
        this.rt.tick();
        return this.withRedirs(c.redirs, sh, () => {
          const sub = sh.clone();
          return this.inSubshell(() => this.execScript(c.body, sub));
        });
      }
      case 'group':
        return this.withRedirs(c.redirs, sh, () => this.execScript(c.body, sh));
      case 'if':
        return this.withRedirs(c.redirs, sh, () => execIf(this, c, sh));
      case 'for':
        return this.withRedirs(c.redirs, sh, () => execFor(this, c, sh));
      case 'while':
      case 'until':
        return this.withRedirs(c.redirs, sh, () => execLoop(this, c, sh));
      case 'case':
        return this.withRedirs(c.redirs, sh, () => execCase(this, c, sh));
      case 'funcdef':
        sh.functions.set(c.name, c);
        return 0;
      case 'cond':
        this.rt.tick();
        sh.line = c.line;
        return this.withRedirs(c.redirs, sh, () => evalCond(this, sh, c.expr));
      case 'arith':
        this.rt.tick();
        sh.line = c.line;
        return this.withRedirs(c.redirs, sh, () => execArith(this, c, sh));
      case 'cfor':
        return this.withRedirs(c.redirs, sh, () => execArithFor(this, c, sh));
    }
  }


  /** Evaluate arithmetic parts; on error print `((: ...` and give status 1. */
  arithValue(sh: Shell, parts: WordPart[]): bigint | number | Promise<bigint | number> {
    const ex = this.expander(sh);
    const fail = async (e: unknown): Promise<number> => {
      if (e instanceof ExpansionError && e.kind === 'arith' && e.arith) {
        await this.writeErr(sh, `${this.messages.prefix(this.loc(sh))}((: ${e.arith.gnuText()}\n`);
        return 1;
      }
      return this.expansionFailed(e, sh);
    };
    try {
      const text = this.run(sh, ex.string(parts));
      if (text instanceof Promise) {
        return text.then((t) => ex.arith(t)).catch(fail);
      }
      return ex.arith(text);
    } catch (e) {
      return fail(e);
    }
  }


  execScript(s: Script, sh: Shell): number | Promise<number> {
    let status = 0;
    const items = s.items;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      sh.skipErrexit = false;
      const r = it.background ? this.execBackground(it.cmd, sh) : this.exec(it.cmd, sh);
      if (typeof r !== 'number') return this.execScriptRest(s, sh, i, r);
      status = r;
      this.checkErrexit(sh, status);
      if (this.signalsDue(s, sh, i)) return this.runPendingSignals(sh, status).then(() => this.execScriptFrom(s, sh, i + 1, status));
    }
    return status;
  }

  private async execScriptRest(s: Script, sh: Shell, i: number, pending: Promise<number>): Promise<number> {
    const status = await pending;
    this.checkErrexit(sh, status);
    if (this.signalsDue(s, sh, i)) await this.runPendingSignals(sh, status);
    return this.execScriptFrom(s, sh, i + 1, status);
  }

  private async execScriptFrom(s: Script, sh: Shell, start: number, status: number): Promise<number> {
    const items = s.items;
    for (let i = start; i < items.length; i++) {
      const it = items[i];
      sh.skipErrexit = false;
      const r = it.background ? this.execBackground(it.cmd, sh) : this.exec(it.cmd, sh);
      status = typeof r === 'number' ? r : await r;
      this.checkErrexit(sh, status);
      if (this.signalsDue(s, sh, i)) await this.runPendingSignals(sh, status);
    }
    return status;
  }

  /**
   * Whether signals wait to be handled after item `i` of `s`. Not after the last command of a -c
   * string when no trap is set: ash and dash exec that command, so PID 1 is no longer the shell
   * and the signal went to the command (shell/signals.ts).
   */
  private signalsDue(s: Script, sh: Shell, i: number): boolean {
    if (sh.pendingSignals.length === 0) return false;
    return !(s === this.tailScript && i === s.items.length - 1 && sh.traps.size === 0);
  }

  /** Act on pending signals as ash's dotrap does: traps run with `$?` kept; INT may end the shell. */
  private async runPendingSignals(sh: Shell, status: number): Promise<void> {
    while (sh.pendingSignals.length > 0) {
      const sig = sh.pendingSignals.shift()!;
      const a = pendingAction(sh, sig, isAlmquist(this.dialect));
      if (a.kind === 'exit') throw new ExitSignal(a.status);
      if (a.kind !== 'trap') continue;
      sh.status = status;
      await this.evalText(sh, a.action, false);
      sh.status = status;
    }
  }

  private checkErrexit(sh: Shell, status: number): void {
    if (status !== 0 && sh.opts.errexit && sh.errexitSuppressed === 0 && !sh.skipErrexit) throw new ExitSignal(status);
    sh.skipErrexit = false;
  }

  /** Run a condition: `set -e` does not apply inside. */
  cond(s: Script, sh: Shell): number | Promise<number> {
    sh.errexitSuppressed++;
    let r: number | Promise<number>;
    try {
      r = this.execScript(s, sh);
    } catch (e) {
      sh.errexitSuppressed--;
      throw e;
    }
    if (typeof r === 'number') {
      sh.errexitSuppressed--;
      return r;
    }
    return r.finally(() => {
      sh.errexitSuppressed--;
    });
  }

  private condCmd(c: Command, sh: Shell): number | Promise<number> {
    sh.errexitSuppressed++;
    let r: number | Promise<number>;
    try {
      r = this.exec(c, sh);
    } catch (e) {
      sh.errexitSuppressed--;
      throw e;
    }
    if (typeof r === 'number') {
      sh.errexitSuppressed--;
      return r;
    }
    return r.finally(() => {
      sh.errexitSuppressed--;
    });
  }

  private async execAndOr(c: AndOr, sh: Shell): Promise<number> {
    let r = this.condCmd(c.first, sh);
    let status = typeof r === 'number' ? r : await r;
    let ranLast = false;
    for (let i = 0; i < c.rest.length; i++) {
      const { op, cmd } = c.rest[i];
      if ((op === '&&') !== (status === 0)) continue;
      const last = i === c.rest.length - 1;
      r = last ? this.exec(cmd, sh) : this.condCmd(cmd, sh);
      status = typeof r === 'number' ? r : await r;
      if (last) ranLast = true;
    }
    if (!ranLast) sh.skipErrexit = true;
    return status;
  }

  private async execPipeline(p: Pipeline, sh: Shell): Promise<number> {
    if (p.timed) {
      const clock = this.host.services.clock;
      const t0 = clock.now();
      const st = await this.execPipeline({ ...p, timed: false }, sh);
      const sec = (clock.now() - t0) / 1000;
      const fmt = (x: number) => `${Math.floor(x / 60)}m${(x % 60).toFixed(3)}s`;
      await this.writeErr(sh, `\nreal\t${fmt(sec)}\nuser\t0m0.000s\nsys\t0m0.000s\n`);
      return st;
    }
    this.rt.tick();
    let status: number;
    if (p.commands.length === 1) {
      const r = p.negate ? this.condCmd(p.commands[0], sh) : this.exec(p.commands[0], sh);
      status = typeof r === 'number' ? r : await r;
    } else {
      const n = p.commands.length;
      const pipes: Pipe[] = [];
      for (let i = 0; i < n - 1; i++) pipes.push(new Pipe());
      const closeAll = () => {
        for (const pp of pipes) {
          pp.writer.close();
          pp.reader.close();
        }
      };
      const runs = p.commands.map(async (cmd, i) => {
        const sub = sh.clone();
        if (i > 0) sub.fds.set(0, { input: pipes[i - 1].reader });
        if (i < n - 1) {
          const out = { output: pipes[i].writer };
          sub.fds.set(1, out);
          if (p.stderrToo[i]) sub.fds.set(2, out);
        }
        // Give every stage its turn to start before the first one runs ahead.
        await null;
        try {
          return await this.inSubshell(() => this.exec(cmd, sub));
        } catch (e) {
          closeAll();
          throw e;
        } finally {
          if (i < n - 1) pipes[i].writer.close();
          if (i > 0) pipes[i - 1].reader.close();
        }
      });
      const settled = await Promise.allSettled(runs);
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
      const statuses = settled.map((s) => (s as PromiseFulfilledResult<number>).value);
      status = statuses[n - 1];
      if (sh.opts.pipefail) {
        for (let i = n - 1; i >= 0; i--) {
          if (statuses[i] !== 0) {
            status = statuses[i];
            break;
          }
        }
      }
      if (this.dialect === 'bash') sh.vars.setArray('PIPESTATUS', statuses.map(String));
    }
    if (p.negate) {
      sh.skipErrexit = true;
      return status === 0 ? 1 : 0;
    }
    return status;
  }

  /** Run `fn` as a subshell body: exit, errors and a dead pipe end it with a status. */
  async inSubshell(fn: () => number | Promise<number>): Promise<number> {
    try {
      const r = fn();
      return typeof r === 'number' ? r : await r;
    } catch (e) {
      if (e instanceof ExitSignal || e instanceof AbortSignal || e instanceof ReturnSignal) return e.status;
      if (e instanceof BreakSignal) return 0;
      if (e instanceof EpipeError) return 141;
      throw e;
    }
  }

  private async execBackground(c: Command, sh: Shell): Promise<number> {
    // Jobs run to completion before the shell goes on (documented simplification); `$!` is set.
    const sub = sh.clone();
    const pid = this.host.spawn({ ppid: sh.pid, uid: sh.cred.uid, argv: [this.cfg.name], tty: this.cfg.tty });
    sub.pid = pid;
    sub.fds.set(0, { input: EMPTY_INPUT });
    const job = ++this.jobCounter;
    const dash = this.dialect === 'dash';
    // bash announces the job; dash only reports it done.
    if (this.interactive && this.cfg.jobNote && !dash) this.cfg.jobNote(`[${job}] ${pid}\n`, 'now');
    let status: number;
    try {
      status = await this.inSubshell(() => this.exec(c, sub));
    } finally {
      this.host.exit(pid);
    }
    sh.lastBgPid = pid;
    if (dash) sh.bgStatus.set(pid, status);
    if (this.interactive && this.cfg.jobNote) {
      if (dash) this.cfg.jobNote(`[${job}] + ${(status === 0 ? 'Done' : `Done(${status})`).padEnd(27)}${commandText(c)}\n`, 'prompt');
      else this.cfg.jobNote(`[${job}]+  ${(status === 0 ? 'Done' : `Exit ${status}`).padEnd(24)}${commandText(c)}\n`, 'prompt');
      this.jobCounter--;
    }
    return 0;
  }





  // ---------------------------------------------------------------------------------------------
  // Redirections

  private redirEnv(sh: Shell): RedirectEnv {
    return {
      messages: this.messages,
      loc: () => this.loc(sh),
      charge: (n) => this.rt.chargeFile(n),
      run: (gen) => this.run(sh, gen),
      joinFields: isAlmquist(this.dialect),
      dialect: this.dialect,
    };
  }

  /**
   * Run `fn` with redirections applied to `sh.fds`; a failed redirection gives status 1 (bash,
   * ash) or 2 (dash, where it also ends a non-interactive shell for a special builtin).
   */
  withRedirs(redirs: readonly Redirect[], sh: Shell, fn: () => number | Promise<number>, special = false): number | Promise<number> {
    if (redirs.length === 0) return fn();
    return (async () => {
      let opened;
      try {
        opened = await applyRedirects(redirs, sh, this.expander(sh), this.redirEnv(sh));
      } catch (e) {
        if (e instanceof RedirectError) {
          await this.writeErr(sh, e.text);
          if (this.dialect !== 'dash') return 1;
          if (e.fatal || special) throw this.interactive ? new AbortSignal(2) : new ExitSignal(2);
          return 2;
        }
        return this.expansionFailed(e, sh);
      }
      const saved = sh.fds;
      sh.fds = opened.fds;
      try {
        const r = fn();
        return typeof r === 'number' ? r : await r;
      } finally {
        // `exec >file` installs the table for good; otherwise restore and close.
        if (!permanentFds.has(opened.fds)) {
          sh.fds = saved;
          opened.close();
        }
      }
    })();
  }

  // ---------------------------------------------------------------------------------------------
  // Simple commands












  runBuiltin(b: Builtin, argv: string[], sh: Shell): number | Promise<number> {
    return b.run(new BuiltinCtx(this, sh, argv, b));
  }

  async callFunction(fn: FuncDef, argv: string[], sh: Shell): Promise<number> {
    if (sh.funcDepth >= this.rt.limits.maxDepth) {
      await this.writeErr(sh, this.messages.funcNest(this.loc(sh), fn.name, this.rt.limits.maxDepth));
      throw new AbortSignal(1);
    }
    this.rt.tick();
    // A fresh stack now and then: deep recursion must not exhaust the JavaScript stack.
    if (sh.funcDepth % 32 === 31 || this.rt.yieldDue) {
      if (this.rt.yieldDue) await this.rt.yieldNow();
      else await null;
    }
    const savedPos = sh.positional;
    sh.positional = argv.slice(1);
    sh.vars.pushFrame();
    sh.funcDepth++;
    sh.funcNames.push(fn.name);
    try {
      const r = this.exec(fn.body, sh);
      return typeof r === 'number' ? r : await r;
    } catch (e) {
      if (e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      sh.funcNames.pop();
      sh.funcDepth--;
      sh.vars.popFrame();
      sh.positional = savedPos;
    }
  }

  /** `eval`, `.`: parse and run text in this shell. */
  async evalText(sh: Shell, text: string, asSource: boolean | string): Promise<number> {
    if (sh.sourceDepth >= this.rt.limits.maxDepth) {
      await this.writeErr(sh, this.messages.funcNest(this.loc(sh), asSource ? '.' : 'eval', this.rt.limits.maxDepth));
      throw new AbortSignal(1);
    }
    if (this.dialect === 'dash') return this.evalDash(sh, text, asSource);
    let script: Script;
    try {
      script = new Parser(text, { dialect: this.dialect, heredocEofOk: true, startLine: sh.line }).parseAll();
    } catch (e) {
      if (e instanceof ShellSyntaxError) {
        await this.writeErr(sh, this.messages.syntaxError(this.loc(sh), e));
        return 2;
      }
      if (e instanceof Incomplete) {
        await this.writeErr(sh, this.messages.unexpectedEof(this.loc(sh), e, sh.line));
        return 2;
      }
      throw e;
    }
    sh.sourceDepth++;
    if (sh.sourceDepth % 32 === 31) await null;
    try {
      const r = this.execScript(script, sh);
      return typeof r === 'number' ? r : await r;
    } catch (e) {
      if (asSource && e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      sh.sourceDepth--;
    }
  }

  /**
   * dash's `eval` and `.`: the text's lines count from 1, messages name `eval` or the file
   * (`sh: 2: eval: x: not found`), and a syntax error is an error of the builtin, which is
   * special: it ends a non-interactive shell. Commands run as they are parsed.
   */
  private async evalDash(sh: Shell, text: string, asSource: string | boolean): Promise<number> {
    const savedName = sh.commandName;
    const savedLine = sh.line;
    sh.commandName = typeof asSource === 'string' ? asSource : 'eval';
    sh.sourceDepth++;
    if (sh.sourceDepth % 32 === 31) await null;
    const parser = new Parser(text, { dialect: this.dialect, heredocEofOk: true });
    let status = 0;
    try {
      for (;;) {
        let script: Script | null;
        try {
          script = parser.parseNext();
        } catch (e) {
          if (!(e instanceof ShellSyntaxError) && !(e instanceof Incomplete)) throw e;
          sh.line = e instanceof ShellSyntaxError ? dashErrorLine(e) : dashEofLine(text);
          await this.writeErr(sh, e instanceof ShellSyntaxError ? this.messages.syntaxError(this.loc(sh), e) : this.messages.unexpectedEof(this.loc(sh), e, sh.line));
          throw this.interactive ? new AbortSignal(2) : new ExitSignal(2);
        }
        if (script === null) break;
        this.parseSerial++;
        const r = this.execScript(script, sh);
        status = typeof r === 'number' ? r : await r;
      }
      return status;
    } catch (e) {
      if (asSource !== false && e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      sh.sourceDepth--;
      sh.commandName = savedName;
      sh.line = savedLine;
    }
  }

  /** Arithmetic for `let` and `((...))`-like builtins, with errors worded per flavour. */
  async arith(sh: Shell, expr: string): Promise<bigint> {
    try {
      return evaluate(expr, { get: (n) => this.param(sh, n), set: (n, v) => sh.vars.set(n, v) });
    } catch (e) {
      if (e instanceof ArithError) return this.expansionFailed(new ExpansionError('arith', expr, { arith: e }), sh);
      return this.expansionFailed(e, sh);
    }
  }

  /** Run a program found through PATH as a child of `ctxPid`, for ProcessContext.exec. */
  execProgram(p: ProgramParams): Promise<number> {
    return execProgram(this, p);
  }

  defaultPath(): string {
    return DEFAULT_PATH;
  }

  /** Mark a descriptor table as installed by `exec` (not restored when the command ends). */
  keepFds(fds: Fds): void {
    permanentFds.add(fds);
  }

  builtin(name: string): Builtin | undefined {
    return builtinFor(name, this.dialect);
  }

  spawnShell(o: ShellProgramOptions): Promise<number> {
    return runShellProgram(o);
  }
}

const permanentFds = new WeakSet<Fds>();


/** What a builtin sees; a class so the per-call cost is one small object. */
class BuiltinCtx implements BuiltinContext {
  readonly interp: Interpreter;
  readonly sh: Shell;
  readonly argv: string[];
  private readonly builtin: Builtin;
  private prefixText: string | undefined;
  constructor(interp: Interpreter, sh: Shell, argv: string[], builtin: Builtin) {
    this.interp = interp;
    this.sh = sh;
    this.argv = argv;
    this.builtin = builtin;
  }
  get flavour(): Flavour {
    return this.interp.flavour;
  }
  get dialect(): Dialect {
    return this.interp.dialect;
  }
  get stdin(): InputStream {
    return this.sh.fds.get(0)?.input ?? EMPTY_INPUT;
  }
  get stdout(): OutputStream {
    return this.sh.fds.get(1)?.output ?? NULL_OUTPUT;
  }
  get stderr(): OutputStream {
    return this.sh.fds.get(2)?.output ?? NULL_OUTPUT;
  }
  get prefix(): string {
    return (this.prefixText ??= this.interp.messages.builtinPrefix(this.interp.loc(this.sh), this.argv[0]));
  }
  error(msg: string): Promise<void> {
    return this.interp.writeErr(this.sh, `${this.prefix}${msg}\n`);
  }
  async fail(msg: string, status: number): Promise<number> {
    await this.interp.writeErr(this.sh, `${this.prefix}${msg}\n`);
    if (this.interp.dialect === 'bash') return status;
    if (this.builtin.special || this.builtin.name === 'local') throw this.interp.interactive ? new AbortSignal(2) : new ExitSignal(2);
    return 2;
  }
}


/** ash's `$-`: its option letters in reverse table order (`uce` for -eu under -c, recorded). */
function bbFlags(sh: Shell, interactive: boolean, command: boolean): string {
  const on: Record<string, boolean> = {
    u: sh.opts.nounset,
    a: sh.opts.allexport,
    v: sh.opts.verbose,
    x: sh.opts.xtrace,
    c: command,
    s: interactive,
    n: sh.opts.noexec,
    m: interactive,
    i: interactive,
    f: sh.opts.noglob,
    e: sh.opts.errexit,
  };
  let f = '';
  for (const c of 'uavxcsnmife') if (on[c]) f += c;
  return f;
}

/**
 * dash's `$-`: its option letters in reverse table order (`uxe` for -eux, `smi` interactively,
 * nothing for -c; recorded from dash 0.5.12).
 */
function dashFlags(sh: Shell, interactive: boolean): string {
  const inert = (n: string) => sh.inertOpts.get(n) ?? false;
  const on: Record<string, boolean> = {
    p: inert('privileged'),
    u: sh.opts.nounset,
    b: inert('notify'),
    a: sh.opts.allexport,
    C: sh.opts.noclobber,
    E: inert('emacs'),
    V: inert('vi'),
    v: sh.opts.verbose,
    x: sh.opts.xtrace,
    s: interactive,
    n: sh.opts.noexec,
    m: interactive,
    i: interactive,
    I: inert('ignoreeof'),
    f: sh.opts.noglob,
    e: sh.opts.errexit,
  };
  let f = '';
  for (const c of 'pubaCEVvxsnmiIfe') if (on[c]) f += c;
  return f;
}

/** The line dash names when input ends inside a construct: the last line read. */
export function dashEofLine(src: string, startLine = 1): number {
  let n = 0;
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) n++;
  return startLine + n;
}

/** dash has counted a newline once it has read it: an unexpected one is blamed on the next line. */
function dashErrorLine(e: ShellSyntaxError): number {
  return e.problem.kind === 'token' && e.problem.token === 'newline' ? e.line + 1 : e.line;
}

/** Line number bash reports for an unexpected end of file. */
export function eofLine(src: string): number {
  let n = 0;
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) n++;
  return n + 1 + (src.endsWith('\n') || src === '' ? 0 : 1);
}

/** Short text of a command for job notifications. */
function commandText(c: Command): string {
  if (c.type === 'simple') return [...c.assigns.map((a) => `${a.name}=${a.value.raw}`), ...c.words.map((w) => w.raw)].join(' ');
  if (c.type === 'pipeline') return c.commands.map(commandText).join(' | ');
  if (c.type === 'andor') return [commandText(c.first), ...c.rest.map((r) => `${r.op} ${commandText(r.cmd)}`)].join(' ');
  return c.type;
}

/** A non-interactive shell running `source` (a script file or a -c string); resolves to its status. */
export async function runShellProgram(o: ShellProgramOptions): Promise<number> {
  return runNested(o, (interp, sh) => interp.runSource(sh, o.source, { continuation: false }));
}

/**
 * A non-interactive shell reading its commands from stdin (`sh` in `docker run -i`, `echo ls | sh`):
 * as ash and bash do, it reads what is there (one `read()`, e.g. one typed line), runs the complete
 * commands in it and only then reads on, so the commands it runs read the input that follows
 * (`read x` then a typed line sets x). What a read brought in beyond the commands stays with the
 * shell, as with ash's buffer: `head -n1` typed before two piped lines sees neither.
 * Recorded (busybox 1.36 as `docker run -i alpine sh`, and busybox-static sh), one chunk every
 * 0.7 s: `read x`, `typed`, `echo "x=$x"` -> x=typed; `echo a; read y`, `echo b`, `echo "y=$y"`
 * -> a, y=echo b; and `printf 'cat > /f\nhello\n' | sh` (one chunk) -> cat reads nothing, then
 * `sh: hello: not found`.
 */
export async function runShellFromInput(o: ShellProgramOptions, next: () => Promise<string | null>): Promise<number> {
  return runNested(o, async (interp, sh) => {
    let buf = '';
    let startLine = 1;
    for (;;) {
      const chunk = await next();
      if (chunk === null) break;
      buf += chunk;
      // Run the complete commands; keep an unfinished one (an open `if`, a line without its newline).
      const cut = buf.lastIndexOf('\n') + 1;
      if (cut === 0) continue;
      const out = await interp.runSource(sh, buf.slice(0, cut), { continuation: true, startLine });
      if (out.kind === 'exit') return out;
      const ran = out.kind === 'incomplete' ? cut - out.rest.length : cut;
      startLine += countNewlines(buf.slice(0, ran));
      buf = buf.slice(ran);
    }
    return interp.runSource(sh, buf, { continuation: false, startLine });
  });
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

async function runNested(o: ShellProgramOptions, body: (interp: Interpreter, sh: Shell) => Promise<RunOutcome>): Promise<number> {
  if (o.rt.shellDepth >= o.rt.limits.maxDepth) throw new LimitExceeded(shellDepthText(o.rt.limits.maxDepth));
  o.rt.shellDepth++;
  try {
    // A fresh stack for each nested shell: a script that runs itself must not exhaust it.
    await null;
    return await runShellProgramInner(o, body);
  } finally {
    o.rt.shellDepth--;
  }
}

async function runShellProgramInner(o: ShellProgramOptions, body: (interp: Interpreter, sh: Shell) => Promise<RunOutcome>): Promise<number> {
  const pid = o.pid ?? o.host.spawn({ ppid: o.ppid, uid: o.cred.uid, argv: o.processArgv ?? [o.name], tty: o.tty });
  try {
    const interp = new Interpreter({ host: o.host, rt: o.rt, flavour: o.flavour, dialect: o.dialect, mode: o.mode, name: o.name, tty: o.tty, columns: o.columns });
    const fds = new Map([
      [0, { input: o.stdin }],
      [1, { output: o.stdout }],
      [2, { output: o.stderr }],
    ]);
    const sh = interp.newShell({ env: o.env, cred: o.cred, cwd: o.cwd, arg0: o.name, positional: o.positional, pid, fds, umask: o.umask });
    if (o.options) Object.assign(sh.opts, o.options);
    const release = takePid1Signals(o.rt, sh, pid, isAlmquist(interp.dialect));
    try {
      const out = await body(interp, sh);
      return await runExitTrap(interp, sh, out.status);
    } finally {
      release();
    }
  } finally {
    if (o.pid === undefined) o.host.exit(pid);
  }
}
