/**
 * `docker rm [-f] [-v] [-l] CONTAINER...` (docker/cli v28.5.2 cli/command/container/rm.go). With
 * -f a container that does not exist is reported on stderr at once and does not fail the command.
 * Slashes around a name are trimmed; an empty name is refused by the client.
 */
import type { Invocation } from '../../command.ts';
import { isDaemonError } from '../../../errdefs/errors.ts';
import { removeContainer } from '../../../daemon/delete.ts';
import { daemonMessage, type DockerIO } from '../io.ts';
import { forEachContainer, trimID } from './each.ts';

export async function rm(inv: Invocation, io: DockerIO): Promise<number> {
  const force = inv.flags.bool('force');
  const removeVolume = inv.flags.bool('volumes');
  return forEachContainer(
    io,
    inv.args,
    async (name) => {
      const id = name.replace(/^\/+|\/+$/g, '');
      if (id === '') throw new Error('container name cannot be empty');
      await removeContainer(io.daemon, trimID(id), { force, removeVolume });
    },
    async (_name, e) => {
      if (!force || !isDaemonError(e, 'NotFound')) return false;
      await io.stderr(`${daemonMessage(e)}\n`);
      return true;
    },
  );
}
