/**
 * Runs one applet directly, without the shell: a ProcessContext over a real simulated host, with
 * collected stdout/stderr. `exec` runs a child through the host's PATH lookup without a shell
 * (enough for xargs, env, find -exec, sudo in unit tests).
 */
import { createHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import type { Applet, ExecOptions, Flavour, ProcessContext } from '../../sandbox-engine/shell/process.ts';
import { BytesInput, CollectingOutput, EMPTY_INPUT } from '../../sandbox-engine/shell/streams.ts';
import type { Cred } from '../../sandbox-engine/vfs/types.ts';

export interface RunOptions {
  stdin?: string | Uint8Array;
  cwd?: string;
  user?: string;
  flavour?: Flavour;
  host?: SimHost;
  env?: Record<string, string>;
  tty?: boolean;
  columns?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
  host: SimHost;
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export async function runApplet(applet: Applet, argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const host = opts.host ?? createHost({ seed: 1, flavour: opts.flavour ?? 'gnu' });
  const flavour = opts.flavour ?? host.flavour;
  const user = opts.user ?? 'student';
  const cred = host.credOf(user);
  if (!cred) throw new Error(`no user ${user}`);
  const home = host.user(user)!.home;
  const cwd = opts.cwd ?? home;
  const env = { PATH, HOME: home, USER: user, LOGNAME: user, SHELL: '/bin/bash', PWD: cwd, LANG: 'C.UTF-8', ...opts.env };
  const stdout = new CollectingOutput(opts.tty ?? false);
  const stderr = new CollectingOutput(opts.tty ?? false);
  const stdin = opts.stdin === undefined ? EMPTY_INPUT : new BytesInput(opts.stdin);
  const ctx = makeContext(host, { argv, env, cwd, cred, flavour, stdin, stdout, stderr, columns: opts.columns ?? 80 });
  const status = await applet.run(ctx);
  return { stdout: stdout.text(), stderr: stderr.text(), status, host };
}

interface CtxParts {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  cred: Cred;
  flavour: Flavour;
  stdin: ProcessContext['stdin'];
  stdout: ProcessContext['stdout'];
  stderr: ProcessContext['stderr'];
  columns: number;
}

function makeContext(host: SimHost, p: CtxParts): ProcessContext {
  const pid = host.spawn({ ppid: 1, uid: p.cred.uid, argv: p.argv });
  return {
    argv: p.argv,
    env: { ...p.env },
    fs: host.fs(p.cred, p.cwd),
    stdin: p.stdin,
    stdout: p.stdout,
    stderr: p.stderr,
    flavour: p.flavour,
    host: host.services,
    pid,
    messagePrefix: '',
    columns: p.columns,
    tick: () => {},
    yield: async () => {},
    exec: async (argv: string[], o: ExecOptions & { user?: string } = {}) => {
      const cred = o.user ? host.credOf(o.user)! : p.cred;
      const found = lookPath(host, argv[0], p.env.PATH ?? PATH, cred, p.cwd);
      if (!found) {
        await (o.stderr ?? p.stderr).write(`${argv[0]}: command not found\n`);
        return 127;
      }
      const applet = host.appletFor(found, argv[0]);
      if (!applet) return 126;
      const child = makeContext(host, {
        ...p,
        argv,
        cred,
        env: o.env ?? p.env,
        stdin: o.stdin ?? p.stdin,
        stdout: o.stdout ?? p.stdout,
        stderr: o.stderr ?? p.stderr,
      });
      return applet.run(child);
    },
  };
}

function lookPath(host: SimHost, name: string, path: string, cred: Cred, cwd: string): string | undefined {
  const fs = host.fs(cred, cwd);
  if (name.includes('/')) return fs.exists(name) ? fs.resolve(name) : undefined;
  for (const dir of path.split(':')) {
    const p = `${dir || '.'}/${name}`;
    try {
      if (fs.stat(p).kind === 'file' && fs.access(p, 'x')) return fs.resolve(p);
    } catch {
      // not here; try the next PATH entry
    }
  }
  return undefined;
}
