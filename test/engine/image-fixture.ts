/**
 * A simulated Debian host with Docker for the image-command tests: a shell session as `student`
 * (`createHost({ seed: 1 })` + `createSession`), `run(line)` returning what the line printed and
 * its status. Images are pulled through the daemon first, output discarded.
 *
 *   const h = await imageHost({ images: ['alpine'] });
 *   const r = await h.run('docker images');     // { stdout, stderr, status }
 */
import { createHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import type { Daemon } from '../../sandbox-engine/daemon/daemon.ts';
import { DOCKER_SOCKET } from '../../sandbox-engine/daemon/install.ts';
import { pullImage } from '../../sandbox-engine/daemon/pull.ts';

export interface Run {
  stdout: string;
  stderr: string;
  status: number;
}

export interface ImageHost {
  host: SimHost;
  daemon: Daemon;
  run(line: string): Promise<Run>;
}

export async function imageHost(opts: { images?: readonly string[]; tty?: boolean; columns?: number } = {}): Promise<ImageHost> {
  const host = createHost({ seed: 1 });
  const daemon = host.listeners.get(DOCKER_SOCKET) as Daemon;
  for (const ref of opts.images ?? []) await pullImage(daemon, ref);
  const out = { stdout: '', stderr: '' };
  const session = createSession({
    host,
    tty: opts.tty ?? false,
    ...(opts.columns ? { columns: opts.columns } : {}),
    onOutput: (text, stream) => {
      out[stream] += text;
    },
  });
  const run = async (line: string): Promise<Run> => {
    out.stdout = '';
    out.stderr = '';
    const r = await session.input(line);
    if (r.kind !== 'done') throw new Error(`\`${line}\` did not complete (${r.kind})`);
    return { stdout: out.stdout, stderr: out.stderr, status: r.status };
  };
  return { host, daemon, run };
}

/** Lines of a table, each cut at its columns' runs of 3+ spaces. */
export function cells(table: string): string[][] {
  return table
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/ {3,}/));
}
