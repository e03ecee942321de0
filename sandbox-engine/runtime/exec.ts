/**
 * Starting a program in a container, as runc's init does: look the command up through the
 * container's PATH (Go's exec.LookPath rules), then run the file as the kernel would (our applet
 * stubs, `#!` scripts). Failures come back as data with the text runc puts in its error, so the
 * daemon can wrap it in its own message and the CLI can pick 126 or 127.
 *
 * Example:
 *   const r = await execProgram(nsHost, { argv: ['ls', '/'], env: ['PATH=/bin'], ... });
 *   if (r.kind === 'exited') console.log(r.status);
 */
import type { Host } from '../host/types.ts';
import type { InputStream, OutputStream } from '../shell/process.ts';
import type { Cred } from '../vfs/types.ts';
import { Interpreter } from '../shell/interpreter.ts';
import { DEFAULT_LIMITS, Runtime } from '../shell/limits.ts';
import { runProgram } from '../shell/programs.ts';
import type { ShellLimits } from '../shell/session-types.ts';

export interface ExecParams {
  argv: string[];
  /** KEY=VALUE entries, as Config.Env. */
  env: string[];
  cred: Cred;
  cwd: string;
  umask?: number;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  /** 'pts/0' when the container has a TTY, else '?'. */
  tty: string;
  columns?: number;
  ppid: number;
  /** The runtime (limits, interrupt) the process runs under; one per process tree. */
  rt?: Runtime;
  limits?: Partial<ShellLimits>;
}

export type ExecResult =
  | { kind: 'exited'; status: number }
  /** The program could not be started: runc's message (e.g. `exec: "foo": executable file not found in $PATH`). */
  | { kind: 'failed'; message: string; status: 126 | 127 };

/** The variables a program sees: an entry without `=` names nothing (getenv and ash skip it). */
export function envMap(env: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of env) {
    const i = kv.indexOf('=');
    if (i > 0) out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}

/** Go's exec.LookPath as runc calls it: the resolved path, or runc's error text. */
export function lookPath(host: Host, name: string, env: Record<string, string>, cred: Cred, cwd: string): { path: string } | { message: string; status: 126 | 127 } {
  const fs = host.fs(cred, cwd);
  const check = (p: string): { path: string } | { message: string; status: 126 | 127 } | null => {
    let st;
    try {
      st = fs.stat(p);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EACCES') return { message: `exec: "${name}": stat ${p}: permission denied`, status: 126 };
      return null;
    }
    // Go >= 1.20 lp_unix.go findExecutable: EISDIR for a directory, then the access(X_OK) check.
    if (st.kind === 'dir') return { message: `exec: "${name}": is a directory`, status: 126 };
    if (!fs.access(p, 'x')) return { message: `exec: "${name}": permission denied`, status: 126 };
    return { path: p };
  };
  if (name.includes('/')) {
    const r = check(name);
    return r ?? { message: `exec: "${name}": stat ${name}: no such file or directory`, status: 127 };
  }
  for (const dir of (env.PATH ?? '').split(':')) {
    const r = check(`${dir === '' ? '.' : dir}/${name}`);
    if (r && 'path' in r) return r;
  }
  return { message: `exec: "${name}": executable file not found in $PATH`, status: 127 };
}

export async function execProgram(host: Host, p: ExecParams): Promise<ExecResult> {
  const env = envMap(p.env);
  const found = lookPath(host, p.argv[0] ?? '', env, p.cred, p.cwd);
  if (!('path' in found)) return { kind: 'failed', message: found.message, status: found.status };
  const rt = p.rt ?? new Runtime({ ...DEFAULT_LIMITS, ...p.limits });
  const interp = new Interpreter({
    host,
    rt,
    flavour: host.flavour,
    mode: 'command',
    name: host.flavour === 'busybox' ? 'sh' : 'bash',
    tty: p.tty,
    columns: p.columns ?? 80,
  });
  const st = await runProgram(interp, found.path, {
    argv: p.argv,
    env,
    cred: p.cred,
    cwd: p.cwd,
    umask: p.umask ?? 0o022,
    stdin: p.stdin,
    stdout: p.stdout,
    stderr: p.stderr,
    ppid: p.ppid,
  });
  if (typeof st === 'number') return { kind: 'exited', status: st };
  return { kind: 'failed', message: `exec: "${p.argv[0]}": ${st.code === 'EACCES' ? 'permission denied' : 'exec format error'}`, status: st.status === 127 ? 127 : 126 };
}
