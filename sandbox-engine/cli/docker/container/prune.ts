/**
 * `docker container prune [-f] [--filter ...]` (docker/cli v28.5.2 cli/command/container/prune.go):
 * asks first unless -f (anything but y: nothing happens, status 0), then lists the removed IDs
 * under `Deleted Containers:` followed by a blank line when there were any, and always
 * `Total reclaimed space: <HumanSize>`.
 */
import type { Invocation } from '../../command.ts';
import { pruneContainers } from '../../../daemon/container-prune.ts';
import { humanSize } from '../../formatter/units.ts';
import { reportError, type DockerIO } from '../io.ts';
import { confirm } from '../prompt.ts';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

/** container.RunPrune: the report text ('' when nothing went) and the bytes reclaimed. */
export function runContainerPrune(io: DockerIO, filters: readonly string[]): { output: string; space: number } {
  const r = pruneContainers(io.daemon, filters);
  if (r.deleted.length === 0) return { output: '', space: 0 };
  return { output: `Deleted Containers:\n${r.deleted.map((id) => `${id}\n`).join('')}`, space: r.spaceReclaimed };
}

export async function containerPrune(inv: Invocation, io: DockerIO): Promise<number> {
  if (!inv.flags.bool('force') && !(await confirm(io, WARNING))) return 0;
  let r;
  try {
    r = runContainerPrune(io, inv.flags.list('filter'));
  } catch (e) {
    return reportError(io, e);
  }
  if (r.output !== '') await io.stdout(`${r.output}\n`);
  await io.stdout(`Total reclaimed space: ${humanSize(r.space)}\n`);
  return 0;
}
