/**
 * `docker system prune` (docker/cli v28.5.2 cli/command/system/prune.go): the prompt lists what
 * will go (and the filters), then containers, networks, (volumes with --volumes), images and
 * build cache are pruned in that order, each printing its report followed by a blank line, and
 * the total is printed last. The simulated engine has only the default networks (never pruned).
 * The build cache goes through the classic API (builder.CachePrune: /build/prune with `all`), whose
 * report is `Deleted build cache objects:` and the record IDs.
 */
import type { Invocation } from '../../command.ts';
import { humanSize } from '../../formatter/units.ts';
import { pruneContainers } from '../../../daemon/container-prune.ts';
import { reportError, type DockerIO } from '../io.ts';
import { confirm } from '../prompt.ts';
import { runImagePrune } from '../image/prune.ts';
import { runVolumePrune } from '../volume/prune.ts';
import { pruneBuildCache } from '../../../builder/build-cache-usage.ts';

/** sortorder.NaturalLess: digit runs compare as numbers. */
function naturalLess(a: string, b: string): boolean {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const nx = Number(x);
      const ny = Number(y);
      if (nx !== ny) return nx < ny;
      return x.length < y.length;
    }
    return x < y;
  }
  return pa.length < pb.length;
}

function confirmationMessage(all: boolean, volumes: boolean, filters: readonly string[]): string {
  const warnings = ['all stopped containers', 'all networks not used by at least one container'];
  if (volumes) warnings.push('all anonymous volumes not used by at least one container');
  warnings.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
  warnings.push(all ? 'all build cache' : 'unused build cache');
  const shown: string[] = [];
  for (const name of ['label', 'label!', 'until']) for (const f of filters) if (f.startsWith(`${name}=`)) shown.push(f);
  shown.sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
  let msg = 'WARNING! This will remove:';
  for (const w of warnings) msg += `\n  - ${w}`;
  msg += '\n';
  if (shown.length > 0) {
    msg += '\n  Items to be pruned will be filtered with:';
    for (const f of shown) msg += `\n  - ${f}`;
    msg += '\n';
  }
  return msg + '\nAre you sure you want to continue?';
}

export async function systemPrune(inv: Invocation, io: DockerIO): Promise<number> {
  const all = inv.flags.bool('all');
  const volumes = inv.flags.bool('volumes');
  const filters = inv.flags.list('filter');
  if (volumes && filters.some((f) => f.startsWith('until='))) {
    await io.stderr('ERROR: The "until" filter is not supported with "--volumes"\n');
    return 1;
  }
  if (!inv.flags.bool('force') && !(await confirm(io, confirmationMessage(all, volumes, filters)))) return 0;
  let total = 0;
  try {
    const c = pruneContainers(io.daemon, filters);
    if (c.deleted.length > 0) {
      await io.stdout(`Deleted Containers:\n${c.deleted.map((id) => `${id}\n`).join('')}\n`);
      total += c.spaceReclaimed;
    }
    // volume.RunPrune ignores --all: only anonymous volumes go (cli/command/volume/prune.go).
    if (volumes) {
      const v = runVolumePrune(io, filters);
      if (v.output !== '') await io.stdout(`${v.output}\n`);
      total += v.space;
    }
    const i = runImagePrune(io, all, filters);
    if (i.output !== '') await io.stdout(`${i.output}\n`);
    total += i.space;
    const cache = pruneBuildCache(io.daemon, { all });
    if (cache.length > 0) {
      await io.stdout(`Deleted build cache objects:\n${cache.map((u) => `${u.ID}\n`).join('')}\n`);
      total += cache.reduce((n, u) => n + u.Size, 0);
    }
  } catch (e) {
    return reportError(io, e);
  }
  await io.stdout(`Total reclaimed space: ${humanSize(total)}\n`);
  return 0;
}
