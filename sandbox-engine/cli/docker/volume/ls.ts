/**
 * `docker volume ls` (docker/cli v28.5.2 cli/command/volume/list.go): the daemon's list (with
 * `--filter dangling=|name=|driver=|label=`), sorted by natural order of names, printed through
 * the volume format (table `DRIVER  VOLUME NAME` by default, `-q` names only).
 */
import type { Invocation } from '../../command.ts';
import { FormatError, formatRows } from '../../template/docker.ts';
import { VOLUME_HEADERS } from '../../formatter/headers.ts';
import { reportError, type DockerIO } from '../io.ts';
import { naturalLess, volumeFormat, volumeRow } from './format.ts';
import type { VolumeInfo } from '../../../volume/types.ts';

export async function volumeList(inv: Invocation, io: DockerIO): Promise<number> {
  let volumes: VolumeInfo[];
  try {
    volumes = io.daemon.volumes.list(inv.flags.list('filter'));
  } catch (e) {
    return reportError(io, e);
  }
  const quiet = inv.flags.bool('quiet');
  let format = inv.flags.string('format');
  // --cluster lists cluster volumes only; this engine is not a swarm manager and has none.
  if (inv.flags.bool('cluster')) volumes = [];
  if (format === '') format = 'table';
  volumes.sort((a, b) => (naturalLess(a.Name, b.Name) ? -1 : naturalLess(b.Name, a.Name) ? 1 : 0));
  try {
    await io.stdout(formatRows({ format: volumeFormat(format, quiet), rows: volumes.map(volumeRow), header: VOLUME_HEADERS }));
  } catch (e) {
    if (e instanceof FormatError) {
      await io.stderr(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  return 0;
}
