/**
 * `docker network prune [-f] [--filter ...]` (docker/cli v28.5.2 cli/command/network/prune.go):
 * asks first unless -f (anything but y/Y: nothing happens, status 0), then prints `Deleted
 * Networks:` and the names when any went. Only unused custom networks go, and this engine has
 * only the predefined ones, so nothing is printed.
 */
import type { Invocation } from '../../command.ts';
import { reportError, type DockerIO } from '../io.ts';
import { confirm } from '../prompt.ts';
import { pruneNetworks } from '../../../network/remove.ts';

const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?';

export async function networkPrune(inv: Invocation, io: DockerIO): Promise<number> {
  if (inv.args.length > 0) {
    await io.stderr("docker: 'docker network prune' accepts no arguments\n\nUsage:  docker network prune [OPTIONS]\n\nRun 'docker network prune --help' for more information\n");
    return 1;
  }
  if (!inv.flags.bool('force') && !(await confirm(io, WARNING))) return 0;
  let deleted: string[];
  try {
    deleted = pruneNetworks(io.daemon, inv.flags.list('filter'));
  } catch (e) {
    return reportError(io, e);
  }
  if (deleted.length > 0) await io.stdout(`Deleted Networks:\n${deleted.map((n) => `${n}\n`).join('')}\n`);
  return 0;
}
