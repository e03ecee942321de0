/**
 * `docker wait CONTAINER...` (docker/cli v28.5.2 cli/command/container/wait.go): block until each
 * one is not running and print its exit code; a created or exited one answers at once. Waiting
 * moves virtual time (daemon/wait.ts), except while the container waits for input.
 */
import type { Invocation } from '../../command.ts';
import { waitStopped } from '../../../daemon/wait.ts';
import { daemonMessage, type DockerIO } from '../io.ts';
import { trimID } from './each.ts';

export async function wait(inv: Invocation, io: DockerIO): Promise<number> {
  const d = io.daemon;
  const errors: string[] = [];
  for (const name of inv.args) {
    let c;
    try {
      c = d.containers.get(trimID(name));
    } catch (e) {
      errors.push(daemonMessage(e));
      continue;
    }
    const id = c.id;
    if (c.state.running) {
      await waitStopped(d, c, { check: (charge) => io.ctx.tick(charge), blocked: () => d.running.get(id)?.stdin.waiting ?? false });
    }
    await io.stdout(`${c.state.exitCode}\n`);
  }
  if (errors.length === 0) return 0;
  await io.stderr(`${errors.join('\n')}\n`);
  return 1;
}
