/**
 * Running programs: PATH lookup in the process's file system, then what the kernel would do with
 * the file: an ELF stub naming an applet runs that applet; `#!` runs the named interpreter with the
 * script's path; any other text file runs as a shell script (bash's ENOEXEC fallback). Each
 * program gets a pid from the host's process table for its lifetime.
 *
 * `ProcessContext.exec` (xargs, env, find -exec, sudo) comes here too, without a shell: it
 * returns 127 (not found) or 126 (not executable) and prints nothing; the caller words the error
 * as that program does. It accepts `ShellExecOptions`: `user` or `cred` to run as someone else
 * (sudo, su), `cwd`.
 */
import type { Applet, ExecOptions, InputStream, OutputStream, ProcessContext } from './process.ts';
import { EpipeError } from './process.ts';
import type { Cred, FileSystem } from '../vfs/types.ts';
import { FsError, strerror, type Errno } from '../vfs/errors.ts';
import type { Host } from '../host/types.ts';
import { appletOfHead } from '../host/binaries.ts';
import { ControlSignal, type Runtime } from './limits.ts';
import type { Shell } from './shell-state.ts';
import type { ShellInterp } from './shell-api.ts';
import { AbortSignal, BreakSignal, ExitSignal, ReturnSignal } from './builtins/types.ts';
import { baseName } from '../vfs/path.ts';

/** ExecOptions as the shell implements them: also another user, credentials or directory. */
export interface ShellExecOptions extends ExecOptions {
  /** Run as this user (name or uid), with their credentials from /etc/passwd and /etc/group. */
  user?: string | number;
  cred?: Cred;
  cwd?: string;
}

/** What the shell adds to a ProcessContext so a nested shell (the bash/sh applets) can run. */
export interface ShellProcessContext extends ProcessContext {
  readonly shell: {
    readonly host: Host;
    readonly rt: Runtime;
    readonly tty: string;
    readonly cred: Cred;
    readonly umask: number;
  };
}

export function isShellContext(ctx: ProcessContext): ctx is ShellProcessContext {
  return (ctx as Partial<ShellProcessContext>).shell !== undefined;
}

export interface ProgramParams {
  argv: string[];
  env: Record<string, string>;
  cred: Cred;
  cwd: string;
  umask: number;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  ppid: number;
}

export type Resolved =
  | { kind: 'found'; path: string }
  | { kind: 'notfound' }
  | { kind: 'error'; code: Errno; path: string };

/** Find a command as execvp would, in `fs` (the caller's view). */
export function resolveCommand(name: string, pathVar: string | undefined, fs: FileSystem): Resolved {
  if (name === '') return { kind: 'notfound' };
  if (name.includes('/')) {
    try {
      const st = fs.stat(name);
      if (st.kind === 'dir') return { kind: 'error', code: 'EISDIR', path: name };
      if (!fs.access(name, 'x')) return { kind: 'error', code: 'EACCES', path: name };
      return { kind: 'found', path: name };
    } catch (e) {
      if (e instanceof FsError) return { kind: 'error', code: e.code === 'ENOTDIR' ? 'ENOTDIR' : e.code, path: name };
      throw e;
    }
  }
  if (pathVar === undefined) return { kind: 'notfound' };
  let denied: string | undefined;
  for (const dir of pathVar.split(':')) {
    const d = dir === '' ? '.' : dir;
    const p = d.endsWith('/') ? d + name : `${d}/${name}`;
    try {
      const st = fs.stat(p);
      if (st.kind === 'dir') continue;
      if (fs.access(p, 'x')) return { kind: 'found', path: p };
      denied ??= p;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
  if (denied !== undefined) return { kind: 'error', code: 'EACCES', path: denied };
  return { kind: 'notfound' };
}

/** A failure the shell words with its own message. */
interface ExecFailure {
  code: Errno | 'badinterp' | 'unavailable';
  status: number;
}

/** The shell runs a command that is neither a function nor a builtin. */
export async function runExternal(interp: ShellInterp, sh: Shell, argv: string[], assigns: [string, string][]): Promise<number> {
  const env = sh.vars.environment();
  for (const [n, v] of assigns) env[n] = v;
  const name = argv[0];
  const r = resolveCommand(name, sh.vars.get('PATH'), sh.fs);
  const loc = interp.loc(sh);
  if (r.kind === 'notfound') {
    await interp.writeErr(sh, interp.messages.commandNotFound(loc, name));
    return 127;
  }
  // dash remembers where it found a command (`type` then calls it a tracked alias).
  if (r.kind === 'found' && interp.dialect === 'dash' && !name.includes('/')) sh.hashed.set(name, r.path);
  if (r.kind === 'error') {
    await interp.writeErr(sh, interp.messages.execFailed(loc, name, r.path, r.code));
    return r.code === 'ENOENT' || r.code === 'ENOTDIR' ? 127 : 126;
  }
  const p: ProgramParams = {
    argv,
    env,
    cred: sh.cred,
    cwd: sh.cwd,
    umask: sh.umask,
    stdin: sh.fds.get(0)?.input ?? EMPTY,
    stdout: sh.fds.get(1)?.output ?? DISCARD,
    stderr: sh.fds.get(2)?.output ?? DISCARD,
    ppid: sh.pid,
  };
  const st = await runProgram(interp, r.path, p);
  if (typeof st === 'number') return st;
  if (st.code === 'unavailable') {
    await interp.writeErr(sh, `dockersim: ${name}: this program is not available in the simulator\n`);
  } else {
    await interp.writeErr(sh, interp.messages.execFailed(loc, name, r.path, st.code));
  }
  return st.status;
}

/** ProcessContext.exec: PATH lookup in the caller's environment, no messages. */
export async function execProgram(interp: ShellInterp, p: ProgramParams): Promise<number> {
  const fs = interp.host.fs(p.cred, p.cwd);
  const r = resolveCommand(p.argv[0] ?? '', p.env.PATH ?? interp.defaultPath(), fs);
  if (r.kind === 'notfound') return 127;
  if (r.kind === 'error') return r.code === 'ENOENT' || r.code === 'ENOTDIR' ? 127 : 126;
  const st = await runProgram(interp, r.path, p);
  return typeof st === 'number' ? st : st.status;
}

const EMPTY: InputStream = { isTTY: false, read: async () => null, readAll: async () => new Uint8Array(0) };
const DISCARD: OutputStream = { isTTY: false, write: async () => undefined };

/** Execute the file at `path` (already resolved and executable). */
export async function runProgram(interp: ShellInterp, path: string, p: ProgramParams): Promise<number | ExecFailure> {
  const host = interp.host;
  const fs = host.fs(p.cred, p.cwd);
  const abs = fs.resolve(path);
  const applet = host.appletFor(abs, p.argv[0]);
  if (applet) return runApplet(interp, applet, p);
  let head: Uint8Array;
  try {
    const data = fs.readFile(path);
    head = data.subarray(0, 512);
  } catch (e) {
    if (e instanceof FsError) return { code: e.code, status: 126 };
    throw e;
  }
  if (head[0] === 0x23 && head[1] === 0x21) {
    let end = head.indexOf(10);
    if (end < 0) end = head.length;
    const line = new TextDecoder().decode(head.subarray(2, end)).trim();
    const m = /^(\S+)(?:[ \t]+(.*))?$/.exec(line);
    if (!m) return { code: 'ENOEXEC', status: 126 };
    const interpPath = m[1];
    const arg = m[2]?.trim();
    try {
      fs.stat(interpPath);
    } catch {
      return { code: 'badinterp', status: 127 };
    }
    const ia = host.appletFor(fs.resolve(interpPath), baseName(interpPath));
    if (!ia) return { code: 'ENOEXEC', status: 126 };
    return runApplet(interp, ia, { ...p, argv: [interpPath, ...(arg ? [arg] : []), path, ...p.argv.slice(1)] });
  }
  if (appletOfHead(head) !== undefined) return { code: 'unavailable', status: 126 };
  if (head.includes(0) || (head[0] === 0x7f && head[1] === 0x45)) return { code: 'ENOEXEC', status: 126 };
  // A text file without `#!`: the shell runs it as a script in a new shell of its own.
  let source: string;
  try {
    source = fs.readText(path);
  } catch (e) {
    if (e instanceof FsError) return { code: e.code, status: 126 };
    throw e;
  }
  return interp.spawnShell({
    host,
    rt: interp.rt,
    flavour: interp.flavour,
    dialect: interp.dialect,
    mode: 'file',
    name: p.argv[0],
    source,
    positional: p.argv.slice(1),
    env: p.env,
    cred: p.cred,
    cwd: p.cwd,
    umask: p.umask,
    stdin: p.stdin,
    stdout: p.stdout,
    stderr: p.stderr,
    ppid: p.ppid,
    tty: interp.cfg.tty,
    columns: interp.cfg.columns,
    processArgv: [interp.dialect === 'bash' ? 'bash' : interp.dialect === 'dash' ? 'dash' : 'sh', ...p.argv],
  });
}

/** Run an applet as a new process. */
export async function runApplet(interp: ShellInterp, applet: Applet, p: ProgramParams, messagePrefix = ''): Promise<number> {
  const host = interp.host;
  interp.rt.tick();
  const pid = host.spawn({ ppid: p.ppid, uid: p.cred.uid, argv: p.argv, tty: interp.cfg.tty });
  const ctx = makeContext(interp, p, pid, messagePrefix);
  try {
    const st = await applet.run(ctx);
    return Number.isInteger(st) ? st & 255 : 1;
  } catch (e) {
    return appletFailure(e, p.argv[0], p.stderr);
  } finally {
    host.exit(pid);
  }
}

/** An applet threw: signals pass through, a dead pipe is SIGPIPE, anything else a short message. */
export async function appletFailure(e: unknown, argv0: string, stderr: OutputStream): Promise<number> {
  if (e instanceof ControlSignal) throw e;
  if (e instanceof EpipeError) return 141;
  if (e instanceof ExitSignal || e instanceof AbortSignal || e instanceof ReturnSignal || e instanceof BreakSignal) throw e;
  const msg = e instanceof FsError ? strerror(e.code) : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  try {
    await stderr.write(`${baseName(argv0)}: ${msg}\n`);
  } catch {
    // stderr is gone too
  }
  return e instanceof FsError ? 1 : 70;
}

/** The ProcessContext of a program (or of an applet run as a builtin, with `messagePrefix`). */
export function makeContext(interp: ShellInterp, p: ProgramParams, pid: number, messagePrefix: string): ShellProcessContext {
  const host = interp.host;
  const rt = interp.rt;
  const fs = host.fs(p.cred, p.cwd).with({ umask: p.umask });
  const ctx: ShellProcessContext = {
    argv: p.argv,
    env: { ...p.env },
    fs,
    stdin: p.stdin,
    stdout: p.stdout,
    stderr: p.stderr,
    flavour: interp.flavour,
    host: host.services,
    pid,
    messagePrefix,
    columns: interp.cfg.columns,
    tick: (n?: number) => rt.tick(n ?? 1),
    yield: () => rt.yieldNow(),
    exec: (argv: string[], o: ShellExecOptions = {}) => {
      let cred = o.cred ?? p.cred;
      if (o.cred === undefined && o.user !== undefined) {
        const c = host.credOf(o.user);
        if (c === undefined) return Promise.resolve(1);
        cred = c;
      }
      return execProgram(interp, {
        argv,
        env: o.env ?? ctx.env,
        cred,
        cwd: o.cwd ?? fs.cwd,
        umask: p.umask,
        stdin: o.stdin ?? ctx.stdin,
        stdout: o.stdout ?? ctx.stdout,
        stderr: o.stderr ?? ctx.stderr,
        ppid: pid,
      });
    },
    shell: { host, rt, tty: interp.cfg.tty, cred: p.cred, umask: p.umask },
  };
  return ctx;
}

/** Run the EXIT trap, if any; its own `exit` may change the status. */
export async function runExitTrap(interp: ShellInterp, sh: Shell, status: number): Promise<number> {
  const action = sh.traps.get('EXIT');
  if (action === undefined || action === '') return status;
  sh.traps.delete('EXIT');
  sh.status = status;
  try {
    await interp.evalText(sh, action, false);
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    if (e instanceof AbortSignal) return status;
    throw e;
  }
  return status;
}
