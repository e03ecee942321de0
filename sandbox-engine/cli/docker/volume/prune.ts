/**
 * `docker volume prune [-a] [-f] [--filter ...]` (docker/cli v28.5.2 cli/command/volume/prune.go):
 * asks first unless -f (anything but y/Y: nothing happens, status 0), then prints `Deleted
 * Volumes:` with the names and a blank line when any went, and always `Total reclaimed space`.
 * Engine 28 (API 1.42+) removes only anonymous volumes unless `-a` (or `--filter all=true`).
 */
import type { Invocation } from '../../command.ts';
import { humanSize } from '../../formatter/units.ts';
import { reportError, type DockerIO } from '../io.ts';
import { confirm } from '../prompt.ts';

const ANONYMOUS_WARNING = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?';

/** volume.RunPrune: the report text ('' when nothing went) and the bytes reclaimed. */
export function runVolumePrune(io: DockerIO, filters: readonly string[]): { output: string; space: number } {
  const report = io.daemon.volumes.prune(filters);
  if (report.deleted.length === 0) return { output: '', space: 0 };
  return { output: `Deleted Volumes:\n${report.deleted.map((n) => `${n}\n`).join('')}`, space: report.spaceReclaimed };
}

export async function volumePrune(inv: Invocation, io: DockerIO): Promise<number> {
  const filters = [...inv.flags.list('filter')];
  const all = inv.flags.bool('all');
  if (all) {
    if (filters.some((f) => f.startsWith('all='))) {
      await io.stderr('conflicting options: cannot specify both --all and --filter all=1\n');
      return 1;
    }
    filters.push('all=true');
  }
  if (!inv.flags.bool('force') && !(await confirm(io, all ? ALL_WARNING : ANONYMOUS_WARNING))) return 0;
  let r;
  try {
    r = runVolumePrune(io, filters);
  } catch (e) {
    return reportError(io, e);
  }
  if (r.output !== '') await io.stdout(`${r.output}\n`);
  await io.stdout(`Total reclaimed space: ${humanSize(r.space)}\n`);
  return 0;
}
