/**
 * `docker run` (docker/cli container/run.go): create (pulling if needed), start, and unless -d,
 * stay attached: the container's output streams to the terminal and its exit status becomes
 * docker's. With --rm the daemon removes the container when it exits.
 */
import type { Invocation } from '../../command.ts';
import { startContainer } from '../../../daemon/start.ts';
import { waitStopped } from '../../../daemon/wait.ts';
import { running } from '../../../daemon/running.ts';
import { SIGINT } from '../../../runtime/container-process.ts';
import { reportRunError, type DockerIO } from '../io.ts';
import { createFromInvocation } from './create.ts';

export async function run(inv: Invocation, io: DockerIO): Promise<number> {
  const created = await createFromInvocation(inv, io, 'run');
  if (!created.ok) return created.status;
  const d = io.daemon;
  const c = d.containers.get(created.id);
  const detach = inv.flags.bool('detach');
  const attach = detach
    ? {}
    : {
        stdin: c.config.OpenStdin ? io.ctx.stdin : undefined,
        stdout: { isTTY: io.ctx.stdout.isTTY, write: (t: string | Uint8Array) => io.ctx.stdout.write(t) },
        stderr: c.config.Tty ? io.ctx.stdout : { isTTY: io.ctx.stderr.isTTY, write: (t: string | Uint8Array) => io.ctx.stderr.write(t) },
      };
  try {
    startContainer(d, c, attach);
  } catch (e) {
    return reportRunError(io, e, 'run');
  }
  if (detach) {
    await io.stdout(`${c.id}\n`);
    return 0;
  }
  let interrupted = false;
  await waitStopped(d, c, {
    check: () => {
      try {
        io.ctx.tick(0);
      } catch (e) {
        // Ctrl-C: the CLI forwards SIGINT (sig-proxy); PID 1 without a handler ignores it.
        running.get(c.id)?.proc.signal(SIGINT);
        interrupted = true;
        throw e;
      }
    },
  });
  if (interrupted) return 130;
  return c.state.exitCode;
}
