/** `docker kill [-s SIG] CONTAINER...` (docker/cli v28.5.2 cli/command/container/kill.go). */
import type { Invocation } from '../../command.ts';
import { containerKill } from '../../../daemon/kill.ts';
import type { DockerIO } from '../io.ts';
import { forEachContainer, trimID } from './each.ts';

export async function kill(inv: Invocation, io: DockerIO): Promise<number> {
  const signal = inv.flags.string('signal');
  return forEachContainer(io, inv.args, async (name) => containerKill(io.daemon, trimID(name), signal));
}
