/**
 * The `docker` program: the CLI front end (cli/command.ts) over the daemon found on the Docker
 * socket. Opening the socket needs read-write access to it, as on a real host: student may,
 * through the docker group; other users are refused with the CLI's own text.
 */
import type { Applet, ProcessContext } from '../../shell/process.ts';
import { runDocker, withHelp, type CommandHandler } from '../command.ts';
import type { Daemon } from '../../daemon/daemon.ts';
import { HANDLERS } from './handlers.ts';
import type { DockerIO } from './io.ts';
import { MOUNT_VALIDATORS } from './volume/mount-opt.ts';
import { macrotask } from '../../util/clock.ts';

const SOCKET = '/var/run/docker.sock';

function daemonOf(ctx: ProcessContext): Daemon | 'denied' | undefined {
  const fs = ctx.fs;
  if (!fs.exists(SOCKET)) return undefined;
  if (!fs.access(SOCKET, 'r') || !fs.access(SOCKET, 'w')) return 'denied';
  return ctx.host.connect?.(SOCKET) as Daemon | undefined;
}

/**
 * The first request a command makes decides the wording when the socket refuses it (recorded from
 * CLI 28.2.2 as a user outside the docker group): list commands ask for their list directly, the
 * others ping first. run/create wrap the error like their own (exit 126: "permission denied").
 */
const FIRST_REQUEST: Readonly<Record<string, string>> = {
  'container ls': 'Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/containers/json"',
  'volume ls': 'Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/volumes"',
};
const PING = 'Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping"';

async function refused(path: string, err: (s: string) => Promise<void>): Promise<number> {
  const msg = `permission denied while trying to connect to the Docker daemon socket at unix://${SOCKET}: ${FIRST_REQUEST[path] ?? PING}: dial unix ${SOCKET}: connect: permission denied`;
  if (path === 'container run' || path === 'container create') {
    await err(withHelp(msg, path.split(' ')[1]) + '\n');
    return 126;
  }
  await err(msg + '\n');
  return 1;
}

export const applet: Applet = {
  name: 'docker',
  async run(ctx) {
    const argv = ctx.argv.slice(1);
    const out = (s: string) => ctx.stdout.write(s);
    const err = (s: string) => ctx.stderr.write(s);
    const daemon = daemonOf(ctx);
    const handlers: Record<string, CommandHandler> = {};
    for (const [path, h] of Object.entries(HANDLERS)) {
      handlers[path] = async (inv) => {
        if (daemon === 'denied') return refused(inv.path, err);
        if (!daemon) {
          await err(`Cannot connect to the Docker daemon at unix://${SOCKET}. Is the docker daemon running?\n`);
          return 1;
        }
        const io: DockerIO = { stdout: out, stderr: err, daemon, ctx };
        const status = await h(inv, io);
        // Containers left running (run -d, start, restart, unpause, exec -d) go on in the
        // background: one turn of the event loop lets them run until they block (a sleep, a read)
        // before the command returns, so what the next command sees does not depend on how soon it
        // is typed (a replay types lines back to back; a student takes seconds). Only a busy loop
        // that never blocks keeps running between commands, as it would on a real host.
        if (daemon.running.size > 0) await macrotask();
        return status;
      };
    }
    return runDocker(argv, handlers, { stdout: out, stderr: err }, { env: ctx.env, columns: ctx.columns, validators: MOUNT_VALIDATORS });
  },
};
