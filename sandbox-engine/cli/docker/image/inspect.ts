/**
 * `docker image inspect [-f FORMAT] IMAGE...` (docker/cli v28.5.2 cli/command/image/inspect.go):
 * image objects only; a miss is the daemon's `No such image: x:latest`.
 */
import type { Invocation } from '../../command.ts';
import type { DockerIO } from '../io.ts';
import { runInspect } from '../inspect-output.ts';
import { lookupImage } from '../inspect-lookups.ts';

export async function imageInspect(inv: Invocation, io: DockerIO): Promise<number> {
  return runInspect(io, inv.args, inv.flags.string('format'), (ref) => lookupImage(io.daemon, ref));
}
