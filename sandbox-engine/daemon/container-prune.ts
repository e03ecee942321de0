/**
 * POST /containers/prune (moby v28.5.2 daemon/prune.go ContainersPrune): every container that is
 * not running (created, exited, dead), newest first, filtered by `until=`, `label=`, `label!=`;
 * each is removed as `docker rm` would, and its writable layer's size is reclaimed.
 */
import { FilterArgs } from '../api/filters.ts';
import type { Daemon } from './daemon.ts';
import { cleanupStopped } from './delete.ts';
import { matchPruneLabels, pruneUntil, type PruneReport } from './image-prune.ts';

const ACCEPTED = new Set(['label', 'label!', 'until']);

export function pruneContainers(d: Daemon, filters: readonly string[] | FilterArgs): PruneReport<string> {
  const f = filters instanceof FilterArgs ? filters : FilterArgs.fromList(filters);
  f.validate(ACCEPTED);
  const until = pruneUntil(d, f);
  // Newest first (container store List); equal times: the later created first.
  const victims = d.containers
    .all()
    .reverse()
    .filter((c) => !c.state.running)
    .filter((c) => until === 0 || c.created <= until)
    .filter((c) => matchPruneLabels(f, c.config.Labels))
    .sort((a, b) => b.created - a.created);
  const deleted: string[] = [];
  let spaceReclaimed = 0;
  for (const c of victims) {
    const size = c.rwLayer.size();
    cleanupStopped(d, c, false);
    spaceReclaimed += size;
    deleted.push(c.id);
  }
  return { deleted, spaceReclaimed };
}
