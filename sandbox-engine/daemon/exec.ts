/**
 * POST /containers/{id}/exec, /exec/{id}/start, GET /exec/{id}/json (moby v28.5.2 daemon/exec.go):
 * run another program in a running container's namespaces (runtime/namespace-host.ts), as its
 * user, with the environment dockerd builds for it, its parent the container's shim.
 *
 *   const id = execCreate(d, 'web', { cmd: ['ls', '/'], attachStdout: true, attachStderr: true });
 *   const run = execStart(d, id, { stdout, stderr });   // throws when runc cannot start it
 *   const status = await run.exited;
 *
 * Failures to start are runc's, wrapped as containerd and dockerd word them
 * (`OCI runtime exec failed: exec failed: unable to start container process: exec: "x":
 * executable file not found in $PATH: unknown`), with the exit code setExitCodeFromError picks
 * (daemon/errors.go): 126 for "permission denied", 127 for a missing file or program, 128 else.
 */
import { conflict, DaemonError, invalidParameter, notFound, system } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { ContainerProcess, SIGKILL } from '../runtime/container-process.ts';
import { envMap, lookPath } from '../runtime/exec.ts';
import { frozenInput, frozenOutput } from '../runtime/freezer.ts';
import type { NamespaceHost } from '../runtime/namespace-host.ts';
import { ContainerStdin } from '../runtime/stdin.ts';
import { ttyOutput } from '../runtime/tty.ts';
import type { InputStream, OutputStream } from '../shell/process.ts';
import { NULL_OUTPUT } from '../shell/pipe.ts';
import { ROOT } from '../vfs/types.ts';
import type { Daemon } from './daemon.ts';
import { errNotRunning } from './kill.ts';
import { errContainerIsRestarting } from './pause.ts';
import { resolveUser } from './user.ts';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface ExecOptions {
  cmd: string[];
  /** KEY=VALUE entries (-e, --env-file). */
  env?: string[];
  user?: string;
  workingDir?: string;
  tty?: boolean;
  attachStdin?: boolean;
  attachStdout?: boolean;
  attachStderr?: boolean;
  privileged?: boolean;
}

export interface ExecConfig {
  readonly id: string;
  readonly container: Container;
  readonly entrypoint: string;
  readonly args: string[];
  readonly env: string[];
  readonly user: string;
  readonly workingDir: string;
  readonly tty: boolean;
  readonly openStdin: boolean;
  readonly openStdout: boolean;
  readonly openStderr: boolean;
  readonly privileged: boolean;
  running: boolean;
  /** Null until the process has ended (or failed to start). */
  exitCode: number | null;
  /** Host PID while it runs. */
  pid: number;
  proc?: ContainerProcess;
}

export interface ExecStreams {
  stdin?: InputStream;
  stdout?: OutputStream;
  stderr?: OutputStream;
}

export interface RunningExec {
  proc: ContainerProcess;
  /** The process's stdin: `waiting` says it blocks on input right now. */
  stdin: ContainerStdin;
  /** Resolves with the exit status. */
  exited: Promise<number>;
}

const stores = new WeakMap<Daemon, Map<string, ExecConfig>>();

function store(d: Daemon): Map<string, ExecConfig> {
  let s = stores.get(d);
  if (!s) {
    s = new Map();
    stores.set(d, s);
  }
  return s;
}

/**
 * container.ReplaceOrAppendEnvValues (moby v28.5.2 container/env.go): later entries replace earlier
 * ones with the same key, in place; a bare NAME (no `=`) removes NAME from `base` and is itself
 * dropped, so `-e UNSET` never reaches the process.
 */
export function replaceOrAppendEnv(base: string[], overrides: readonly string[]): string[] {
  const out = [...base];
  // Only the defaults' keys are looked up: two entries for one new key are both appended.
  const cache = new Map<string, number>();
  base.forEach((e, i) => cache.set(e.slice(0, e.indexOf('=')), i));
  for (const e of overrides) {
    const eq = e.indexOf('=');
    const i = cache.get(eq < 0 ? e : e.slice(0, eq));
    if (eq < 0) {
      if (i !== undefined) out[i] = '';
      continue;
    }
    if (i !== undefined) out[i] = e;
    else out.push(e);
  }
  return out.filter((x) => x !== '');
}

/** container.CreateDaemonEnvironment: PATH, HOSTNAME, TERM with a TTY, then the container's Env. */
export function daemonEnvironment(c: Container, tty: boolean): string[] {
  const env = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${c.config.Hostname}`];
  if (tty) env.push('TERM=xterm');
  return replaceOrAppendEnv(env, c.config.Env ?? []);
}

/** getActiveContainer: the container must be running, not paused, not restarting. */
function activeContainer(d: Daemon, name: string): Container {
  const c = d.containers.get(name);
  if (!c.state.running) throw errNotRunning(c.id);
  if (c.state.paused) throw conflict(`Container ${name} is paused, unpause the container before exec`);
  if (c.state.restarting) throw errContainerIsRestarting(c.id);
  return c;
}

export function execCreate(d: Daemon, name: string, o: ExecOptions): string {
  const c = activeContainer(d, name);
  const r = d.running.get(c.id);
  if (o.user && r) {
    // Looked up at create time so a wrong user fails early (moby v28 ContainerExecCreate).
    const u = resolveUser(r.ns, o.user);
    if ('error' in u) throw invalidParameter(u.error);
  }
  const id = d.generateID();
  const ec: ExecConfig = {
    id,
    container: c,
    entrypoint: o.cmd[0] ?? '',
    args: o.cmd.slice(1),
    env: replaceOrAppendEnv(daemonEnvironment(c, o.tty ?? false), o.env ?? []),
    user: o.user || c.config.User,
    workingDir: o.workingDir || c.config.WorkingDir,
    tty: o.tty ?? false,
    openStdin: o.attachStdin ?? false,
    openStdout: o.attachStdout ?? false,
    openStderr: o.attachStderr ?? false,
    privileged: o.privileged ?? false,
    running: false,
    exitCode: null,
    pid: 0,
  };
  store(d).set(id, ec);
  c.execIDs.push(id);
  return id;
}

/** GET /exec/{id}/json. */
export function execInspect(d: Daemon, id: string): ExecConfig {
  const ec = store(d).get(id);
  if (!ec) throw notFound(`No such exec instance: ${id}`);
  return ec;
}

/** getExecConfig: the exec and its container must still be usable. */
function execConfig(d: Daemon, id: string): ExecConfig {
  const ec = execInspect(d, id);
  const c = ec.container;
  if (!d.containers.all().includes(c)) throw notFound(`No such container: ${id}`);
  if (!c.state.running) throw errNotRunning(c.id);
  if (c.state.paused) throw conflict(`Container ${c.id} is paused, unpause the container before exec`);
  if (c.state.restarting) throw errContainerIsRestarting(c.id);
  return ec;
}

/** daemon/errors.go setExitCodeFromError: the exit code and error kind for a start failure. */
function startFailure(ec: ExecConfig, runcMessage: string): DaemonError {
  let desc = `OCI runtime exec failed: exec failed: ${runcMessage}: unknown`;
  const lower = desc.toLowerCase();
  if (lower.includes('permission denied')) {
    ec.exitCode = 126;
    return invalidParameter(desc);
  }
  if (lower.includes('is a directory')) {
    ec.exitCode = 126;
    return invalidParameter(`${desc}: permission denied`);
  }
  if (lower.includes('not a directory')) {
    desc += ': Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type';
    ec.exitCode = 127;
    return invalidParameter(desc);
  }
  if (['executable file not found', 'no such file or directory', 'system cannot find the file specified', 'failed to run runc create/exec call'].some((m) => lower.includes(m))) {
    ec.exitCode = 127;
    return invalidParameter(desc);
  }
  ec.exitCode = 128;
  return system(desc);
}

/** runc's chdir to the process cwd (done as root, so modes do not matter): its error, if any. */
function chdirError(ns: NamespaceHost, cwd: string): string | undefined {
  try {
    const st = ns.fs(ROOT).stat(cwd);
    if (st.kind !== 'dir') return 'not a directory';
    return undefined;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ENOTDIR' ? 'not a directory' : code === 'EACCES' ? 'permission denied' : 'no such file or directory';
  }
}

/** Remove `pid` and its descendants from the host's process table. */
function removeProcessTree(d: Daemon, pid: number): void {
  if (pid === 0) return;
  const table = d.host.processes;
  const doomed = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table.list()) {
      if (!doomed.has(p.pid) && doomed.has(p.ppid)) {
        doomed.add(p.pid);
        grew = true;
      }
    }
  }
  for (const p of doomed) table.remove(p);
}

/** ContainerExecStart: start the process; throws (with the exec's exit code set) when it cannot. */
export function execStart(d: Daemon, id: string, streams: ExecStreams = {}): RunningExec {
  const ec = execConfig(d, id);
  if (ec.exitCode !== null) throw conflict(`exec command ${ec.id} has already run`);
  if (ec.running) throw conflict(`exec command ${ec.id} is already running`);
  const c = ec.container;
  const r = d.running.get(c.id);
  if (!r) throw errNotRunning(c.id);
  const fail = (msg: string): never => {
    c.execIDs = c.execIDs.filter((x) => x !== ec.id);
    throw startFailure(ec, msg);
  };
  const cwd = ec.workingDir || '/';
  if (!cwd.startsWith('/')) fail('Cwd must be an absolute path');
  const user = resolveUser(r.ns, ec.user);
  if ('error' in user) fail(`unable to start container process: ${user.error}`);
  const cred = 'cred' in user ? user.cred : ROOT;
  const env = [...ec.env];
  // runc sets HOME from the user's passwd entry when the environment has none.
  if (!env.some((e) => e.startsWith('HOME='))) env.push(`HOME=${'home' in user ? user.home : '/'}`);
  const chdir = chdirError(r.ns, cwd);
  if (chdir) fail(`unable to start container process: chdir to cwd (${JSON.stringify(cwd)}) set in config.json failed: ${chdir}`);
  const found = lookPath(r.ns, ec.entrypoint, envMap(env), cred, cwd);
  if (!('path' in found)) fail(`unable to start container process: ${found.message}`);

  const stdin = new ContainerStdin({ tty: ec.tty, open: ec.openStdin && streams.stdin !== undefined, once: true });
  if (ec.openStdin && streams.stdin) stdin.connect(streams.stdin);
  const out = (o: OutputStream | undefined, open: boolean): OutputStream => {
    if (!o || !open) return NULL_OUTPUT;
    // The process sees its own end: the exec's pseudo-terminal with -t, a pipe to the daemon
    // without it, whatever the client's stdout is (`docker exec c ls` prints one name a line).
    const end = ec.tty ? ttyOutput(o) : o;
    return frozenOutput({ isTTY: ec.tty, write: (data) => end.write(data) }, r.freezer);
  };
  const stdout = out(streams.stdout, ec.openStdout);
  // With a TTY there is one stream: the terminal.
  const stderr = ec.tty ? stdout : out(streams.stderr, ec.openStderr);
  ec.running = true;
  const proc = new ContainerProcess(
    {
      ns: r.ns,
      argv: [ec.entrypoint, ...ec.args],
      env,
      cred,
      cwd,
      tty: ec.tty,
      stdin: frozenInput(stdin, r.freezer),
      stdout,
      stderr,
      ppid: r.shim,
      freezer: r.freezer,
    },
    (pid) => (ec.pid = pid),
  );
  ec.proc = proc;
  r.execs.add(proc);
  const exited = proc.exited.then((e) => {
    // A killed process's table entries (and its children's) go at once, not when its code unwinds.
    removeProcessTree(d, ec.pid);
    r.execs.delete(proc);
    stdin.close();
    ec.running = false;
    ec.exitCode = e.status;
    ec.pid = 0;
    c.execIDs = c.execIDs.filter((x) => x !== ec.id);
    return e.status;
  });
  // The container may already be gone (its init exited while this one started).
  if (!d.running.has(c.id)) proc.signal(SIGKILL, false);
  return { proc, stdin, exited };
}
