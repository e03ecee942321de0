/**
 * GET /containers/{id}/top (moby v28.5.2 daemon/top_unix.go): dockerd runs the host's own `ps`
 * (default `-ef`, or the options after the container name) with `-q<pids>` for the container's
 * processes, retries without it when ps refuses, and keeps the lines whose PID column is one of
 * them. So `docker top` shows host PIDs and the host's view of users, as `ps -ef` on the host does.
 */
import { DaemonError, system } from '../errdefs/errors.ts';
import { execProgram } from '../runtime/exec.ts';
import { CollectingOutput, EMPTY_INPUT } from '../shell/streams.ts';
import { ROOT } from '../vfs/types.ts';
import type { Daemon } from './daemon.ts';
import { errNotRunning } from './kill.ts';
import { errContainerIsRestarting } from './pause.ts';

export interface TopResponse {
  Titles: string[];
  Processes: string[][];
}

/** validatePSArgs: only `pid=PID` may rename the PID column. */
function validatePSArgs(psArgs: string): void {
  for (const m of psArgs.matchAll(/\s+([^\s]*)=\s*(PID[^\s]*)/g)) {
    if (m[1] !== 'pid') throw new DaemonError('System', `specifying "${m[1]}=${m[2]}" is not allowed`);
  }
}

const fields = (s: string) => s.split(/[\t\n\f\r ]+/).filter((x) => x !== '');

/** parsePSOutput. */
function parsePSOutput(output: string, pids: number[]): TopResponse {
  const lines = output.split('\n');
  const titles = fields(lines[0] ?? '');
  const pidIndex = titles.indexOf('PID');
  if (pidIndex < 0) throw system("Couldn't find PID field in ps output");
  const procs: string[][] = [];
  const add = (f: string[]) => procs.push([...f.slice(0, titles.length - 1), f.slice(titles.length - 1).join(' ')]);
  let previousContained = false;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const f = fields(line);
    if (f[pidIndex] === '-') {
      if (previousContained) add(f);
      continue;
    }
    const p = Number(f[pidIndex]);
    if (!/^[+-]?\d+$/.test(f[pidIndex] ?? '')) throw system(`Unexpected pid '${f[pidIndex]}': strconv.Atoi: parsing "${f[pidIndex]}": invalid syntax`);
    previousContained = pids.includes(p);
    if (previousContained) add(f);
  }
  return { Titles: titles, Processes: procs };
}

async function runPs(d: Daemon, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new CollectingOutput();
  const stderr = new CollectingOutput();
  const dockerd = d.host.processes.list().find((p) => p.argv[0] === '/usr/sbin/dockerd')?.pid ?? 1;
  const r = await execProgram(d.host, {
    argv: ['ps', ...args],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    cred: ROOT,
    cwd: '/',
    stdin: EMPTY_INPUT,
    stdout,
    stderr,
    tty: '?',
    ppid: dockerd,
  });
  return { status: r.kind === 'exited' ? r.status : 127, stdout: stdout.text(), stderr: stderr.text() };
}

export async function containerTop(d: Daemon, name: string, psArgs = ''): Promise<TopResponse> {
  if (psArgs === '') psArgs = '-ef';
  validatePSArgs(psArgs);
  const c = d.containers.get(name);
  if (!c.state.running) throw errNotRunning(c.id);
  if (c.state.restarting) throw errContainerIsRestarting(c.id);
  const pids = d.host.processes
    .list()
    .filter((p) => p.pidns === c.pidns && c.pidns !== 0)
    .map((p) => p.pid);
  const args = psArgs.split(' ');
  let r = await runPs(d, [...args, `-q${pids.join(',')}`]);
  if (r.status !== 0) {
    // Some ps options cannot be combined with -q: try again without it.
    r = await runPs(d, args);
    if (r.status !== 0) {
      const first = r.stderr.split('\n')[0];
      throw system(`ps: ${first !== '' ? first : `exit status ${r.status}`}`);
    }
  }
  return parsePSOutput(r.stdout, pids);
}
