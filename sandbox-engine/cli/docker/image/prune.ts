/**
 * `docker image prune` (docker/cli v28.5.2 cli/command/image/prune.go): asks first unless -f
 * (no answer or anything but y: nothing happens, status 0), then prints `Deleted Images:` with
 * `untagged: …` / `deleted: …` lines and a blank line when anything went, and always
 * `Total reclaimed space: <HumanSize>`.
 */
import type { Invocation } from '../../command.ts';
import { humanSize } from '../../formatter/units.ts';
import { pruneImages } from '../../../daemon/image-prune.ts';
import { reportError, type DockerIO } from '../io.ts';
import { confirm } from '../prompt.ts';

const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';
const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';

/** image.RunPrune: the report as text ('' when nothing went) and the bytes reclaimed. */
export function runImagePrune(io: DockerIO, all: boolean, filters: readonly string[]): { output: string; space: number } {
  const report = pruneImages(io.daemon, [...filters, `dangling=${!all}`]);
  if (report.deleted.length === 0) return { output: '', space: 0 };
  let output = 'Deleted Images:\n';
  for (const r of report.deleted) output += 'Untagged' in r ? `untagged: ${r.Untagged}\n` : `deleted: ${r.Deleted}\n`;
  return { output, space: report.spaceReclaimed };
}

export async function imagePrune(inv: Invocation, io: DockerIO): Promise<number> {
  const all = inv.flags.bool('all');
  if (!inv.flags.bool('force') && !(await confirm(io, all ? ALL_WARNING : DANGLING_WARNING))) return 0;
  let r;
  try {
    r = runImagePrune(io, all, inv.flags.list('filter'));
  } catch (e) {
    return reportError(io, e);
  }
  if (r.output !== '') await io.stdout(`${r.output}\n`);
  await io.stdout(`Total reclaimed space: ${humanSize(r.space)}\n`);
  return 0;
}
