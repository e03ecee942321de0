/**
 * `docker container inspect [-f FORMAT] [-s] CONTAINER...` (docker/cli v28.5.2
 * cli/command/container/inspect.go): container objects only; a miss is the daemon's
 * `No such container: x`.
 */
import type { Invocation } from '../../command.ts';
import type { DockerIO } from '../io.ts';
import { runInspect } from '../inspect-output.ts';
import { lookupContainer } from '../inspect-lookups.ts';

export async function containerInspect(inv: Invocation, io: DockerIO): Promise<number> {
  const size = inv.flags.bool('size');
  return runInspect(io, inv.args, inv.flags.string('format'), (ref) => lookupContainer(io.daemon, ref, size));
}
