/** `docker restart [-t N] [-s SIG] CONTAINER...` (docker/cli v28.5.2 cli/command/container/restart.go). */
import type { Invocation } from '../../command.ts';
import { restartContainer } from '../../../daemon/restart.ts';
import type { DockerIO } from '../io.ts';
import { forEachContainer, trimID } from './each.ts';
import { stopOptions } from './stop.ts';

export async function restart(inv: Invocation, io: DockerIO): Promise<number> {
  const opts = stopOptions(inv);
  return forEachContainer(io, inv.args, async (name) => restartContainer(io.daemon, trimID(name), opts));
}
