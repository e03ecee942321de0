/** `docker start [-a] [-i] CONTAINER...` (docker/cli container/start.go). */
import type { Invocation } from '../../command.ts';
import { startContainer } from '../../../daemon/start.ts';
import { waitStopped } from '../../../daemon/wait.ts';
import { daemonMessage, type DockerIO } from '../io.ts';
import { Interrupted } from '../../../shell/limits.ts';
import { ctrlC } from './terminal.ts';

export async function start(inv: Invocation, io: DockerIO): Promise<number> {
  const d = io.daemon;
  const attach = inv.flags.bool('attach') || inv.flags.bool('interactive');
  if (attach) {
    if (inv.args.length > 1) {
      await io.stderr('you cannot start and attach multiple containers at once\n');
      return 1;
    }
    let c;
    try {
      c = d.containers.get(inv.args[0]);
      startContainer(d, c, {
        stdin: inv.flags.bool('interactive') ? io.ctx.stdin : undefined,
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
    await waitStopped(d, c, {
      check: () => {
        try {
          io.ctx.tick(0);
        } catch (e) {
          // start -ai of a -t container: the terminal is the container's (as with run -it).
          const r = d.running.get(id);
          if (!tty || !(e instanceof Interrupted) || !r) throw e;
          ctrlC(argv, r.stdin.waiting, () => r.proc.interrupt());
        }
      },
      // An interactive shell waiting at its prompt does not move virtual time.
      blocked: () => d.running.get(id)?.stdin.waiting ?? false,
    });
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
