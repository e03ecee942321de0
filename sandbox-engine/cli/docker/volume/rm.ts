/**
 * `docker volume rm [-f] VOLUME...` (docker/cli v28.5.2 cli/command/volume/remove.go): each name
 * removed is printed as given; errors are printed together at the end, status 1. `-f` makes a
 * missing volume a success; a volume in use is refused either way.
 */
import type { Invocation } from '../../command.ts';
import { daemonMessage, type DockerIO } from '../io.ts';

export async function volumeRemove(inv: Invocation, io: DockerIO): Promise<number> {
  const errors: string[] = [];
  for (const name of inv.args) {
    try {
      io.daemon.volumes.remove(name, { force: inv.flags.bool('force') });
      await io.stdout(`${name}\n`);
    } catch (e) {
      errors.push(daemonMessage(e));
    }
  }
  if (errors.length === 0) return 0;
  await io.stderr(`${errors.join('\n')}\n`);
  return 1;
}
