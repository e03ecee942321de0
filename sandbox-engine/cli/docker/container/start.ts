/**
 * `docker start [-a] [-i] CONTAINER...` (docker/cli container/start.go).
 *
 * Ctrl-C while attached to a container without -t: SIGINT is forwarded to it (start.go
 * ForwardAllSignals when !Tty) and the client ends at once with status 0: its attach and wait
 * share the context the first SIGINT cancels, and a cancelled wait closes the status channel
 * (utils.go waitExitOrRemoved), read as 0. Recorded with CLI 28.2.2 in a pty: `docker start -a`
 * of `sleep infinity` → `^C`, status 0, the container still Up; of a PID 1 that traps INT → status
 * 0 at once, the container then Exited (3) with the trap's output only in its log.
 */
import type { Invocation } from '../../command.ts';
import { startContainer } from '../../../daemon/start.ts';
import { waitStopped } from '../../../daemon/wait.ts';
import { daemonMessage, type DockerIO } from '../io.ts';
import { Interrupted } from '../../../shell/limits.ts';
import { ctrlC } from './terminal.ts';
import { SIGINT } from '../../../runtime/container-process.ts';
import { restartingInput } from './sig-proxy.ts';

class Cancelled extends Error {}

export async function start(inv: Invocation, io: DockerIO): Promise<number> {
  const d = io.daemon;
  const attach = inv.flags.bool('attach') || inv.flags.bool('interactive');
  if (attach) {
    if (inv.args.length > 1) {
      await io.stderr('you cannot start and attach multiple containers at once\n');
      return 1;
    }
    let c;
    let stdin = inv.flags.bool('interactive') ? io.ctx.stdin : undefined;
    try {
      c = d.containers.get(inv.args[0]);
      // Without -t a Ctrl-C is the client's, not a byte for the container's reads.
      if (stdin && !c.config.Tty) stdin = restartingInput(stdin);
      startContainer(d, c, {
        stdin,
        stdout: io.ctx.stdout,
        stderr: c.config.Tty ? io.ctx.stdout : io.ctx.stderr,
      });
    } catch (e) {
      await io.stderr(`${daemonMessage(e)}\n`);
      return 1;
    }
    const id = c.id;
    const tty = c.config.Tty && inv.flags.bool('interactive');
    const argv = [c.path, ...c.args];
    const container = c;
    try {
      await waitStopped(d, c, {
        check: (charge) => {
          try {
            io.ctx.tick(charge);
          } catch (e) {
            if (!(e instanceof Interrupted)) throw e;
            const r = d.running.get(id);
            // start -ai of a -t container: the terminal is the container's (as with run -it).
            if (tty) {
              if (r) ctrlC(argv, r.stdin.waiting, () => r.proc.interrupt());
              return;
            }
            if (!container.config.Tty) r?.proc.signal(SIGINT);
            throw new Cancelled();
          }
        },
        // An interactive shell waiting at its prompt does not move virtual time.
        blocked: () => d.running.get(id)?.stdin.waiting ?? false,
      });
    } catch (e) {
      if (!(e instanceof Cancelled)) throw e;
      const r = d.running.get(id);
      if (r) {
        if (stdin) r.stdin.disconnect(stdin);
        r.stdout.detach(io.ctx.stdout);
        r.stderr.detach(container.config.Tty ? io.ctx.stdout : io.ctx.stderr);
      }
      return 0;
    }
    return c.state.exitCode;
  }
  const failed: string[] = [];
  for (const ref of inv.args) {
    try {
      startContainer(d, d.containers.get(ref));
      await io.stdout(`${ref}\n`);
    } catch (e) {
      await io.stderr(`${daemonMessage(e)}\n`);
      failed.push(ref);
    }
  }
  if (failed.length > 0) {
    await io.stderr(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  }
  return 0;
}
