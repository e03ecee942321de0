/**
 * `docker volume inspect [-f FORMAT] VOLUME...` (docker/cli v28.5.2 cli/command/volume/inspect.go):
 * the volumes as the API returns them, or `get <name>: no such volume` for a missing one.
 */
import type { Invocation } from '../../command.ts';
import type { DockerIO } from '../io.ts';
import { runInspect } from '../inspect-output.ts';
import { lookupVolume } from './lookup.ts';

export async function volumeInspect(inv: Invocation, io: DockerIO): Promise<number> {
  // cli/command/volume/inspect.go passes no raw body: a failing template is not retried on it.
  return runInspect(io, inv.args, inv.flags.string('format'), (ref) => {
    const r = lookupVolume(io.daemon, ref);
    return 'error' in r ? r : { ...r, noRaw: true };
  });
}
