/** `docker pause` / `docker unpause CONTAINER...` (docker/cli v28.5.2 cli/command/container/{pause,unpause}.go). */
import type { Invocation } from '../../command.ts';
import { pauseContainer } from '../../../daemon/pause.ts';
import { unpauseContainer } from '../../../daemon/unpause.ts';
import type { DockerIO } from '../io.ts';
import { forEachContainer, trimID } from './each.ts';

export async function pause(inv: Invocation, io: DockerIO): Promise<number> {
  return forEachContainer(io, inv.args, async (name) => pauseContainer(io.daemon, trimID(name)));
}

export async function unpause(inv: Invocation, io: DockerIO): Promise<number> {
  return forEachContainer(io, inv.args, async (name) => unpauseContainer(io.daemon, trimID(name)));
}
