/**
 * `docker diff CONTAINER` (docker/cli v28.5.2 cli/command/container/diff.go): one
 * `{{.Type}} {{.Path}}` line per change, A added, C changed, D deleted.
 */
import type { Invocation } from '../../command.ts';
import { changeString } from '../../../archive/changes.ts';
import { containerChanges } from '../../../daemon/changes.ts';
import { reportError, type DockerIO } from '../io.ts';
import { trimID } from './each.ts';

export async function diff(inv: Invocation, io: DockerIO): Promise<number> {
  let changes;
  try {
    changes = containerChanges(io.daemon, trimID(inv.args[0]));
  } catch (e) {
    return reportError(io, e);
  }
  await io.stdout(changes.map((c) => `${changeString(c)}\n`).join(''));
  return 0;
}
