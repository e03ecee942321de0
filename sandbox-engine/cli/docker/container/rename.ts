/**
 * `docker rename CONTAINER NEW_NAME` (docker/cli v28.5.2 cli/command/container/rename.go): the
 * daemon's error, then `Error: failed to rename container named <old>`, exit 1.
 */
import type { Invocation } from '../../command.ts';
import { renameContainer } from '../../../daemon/rename.ts';
import { daemonMessage, type DockerIO } from '../io.ts';

export async function rename(inv: Invocation, io: DockerIO): Promise<number> {
  const oldName = inv.args[0].trim();
  const newName = inv.args[1].trim();
  if (oldName === '' || newName === '') {
    await io.stderr('Error: Neither old nor new names may be empty\n');
    return 1;
  }
  try {
    renameContainer(io.daemon, oldName, newName);
  } catch (e) {
    await io.stderr(`${daemonMessage(e)}\nError: failed to rename container named ${oldName}\n`);
    return 1;
  }
  return 0;
}
