/**
 * POST /images/prune (moby v28.5.2 daemon/images/image_prune.go ImagesPrune): with
 * `dangling=true` (the CLI's default) the untagged images nothing is built on; with
 * `dangling=false` (-a) every image, each of its references deleted as `docker rmi` would
 * without -f, so images a container uses stay (their conflicts are skipped quietly). Filters:
 * `until=`, `label=`, `label!=`. SpaceReclaimed counts the layers that went.
 */
import { FilterArgs } from '../api/filters.ts';
import { getTimestamp } from '../api/timestamp.ts';
import { isDaemonError, invalidParameter } from '../errdefs/errors.ts';
import { fullString } from '../reference/reference.ts';
import type { Daemon } from './daemon.ts';
import { imageDelete, type DeleteRecord } from './image-delete.ts';
import { imageCreated } from './image-list.ts';

export interface PruneReport<T> {
  deleted: T[];
  spaceReclaimed: number;
}

const ACCEPTED = new Set(['dangling', 'label', 'label!', 'until']);

/** matchLabels for prune filters: `label=` must match, `label!=` must not. */
export function matchPruneLabels(f: FilterArgs, labels: Readonly<Record<string, string>> | null | undefined): boolean {
  if (!f.matchKVList('label', labels)) return false;
  if (f.contains('label!') && f.matchKVList('label!', labels)) return false;
  return true;
}

/** getUntilFromPruneFilters: 0 when there is no `until`. */
export function pruneUntil(d: Daemon, f: FilterArgs): number {
  if (!f.contains('until')) return 0;
  const values = f.get('until');
  if (values.length > 1) throw invalidParameter('more than one until filter specified');
  return getTimestamp(values[0], d.now());
}

export function pruneImages(d: Daemon, filters: readonly string[] | FilterArgs): PruneReport<DeleteRecord> {
  const f = filters instanceof FilterArgs ? filters : FilterArgs.fromList(filters);
  f.validate(ACCEPTED);
  const danglingOnly = f.getBoolOrDefault('dangling', true);
  const until = pruneUntil(d, f);
  const layerSizes = new Map(d.layers.layers().map((l) => [l.chainID, l.size]));
  const candidates = (danglingOnly ? d.images.all().filter((i) => d.images.children(i.id).length === 0) : d.images.all()).filter((img) => {
    if (d.refs.references(img.id).length === 0 && d.images.children(img.id).length !== 0) return false;
    if (until !== 0 && (imageCreated(img) === 0 || imageCreated(img) > until)) return false;
    if (img.config.config && !matchPruneLabels(f, img.config.config.Labels)) return false;
    return true;
  });
  const deleted: DeleteRecord[] = [];
  const attempt = (ref: string) => {
    try {
      deleted.push(...imageDelete(d, ref, { pruneChildren: true }));
    } catch (e) {
      // Conflicts (an image in use) and vanished references are skipped.
      if (!isDaemonError(e)) throw e;
    }
  };
  for (const img of candidates) {
    if (!d.images.tryGet(img.id)) continue;
    const refs = d.refs.references(img.id);
    if (refs.length > 0) {
      const shouldDelete = !danglingOnly || !refs.some((r) => r.tag !== undefined);
      if (shouldDelete) for (const r of refs) attempt(fullString(r));
    } else {
      attempt(img.id.slice('sha256:'.length));
    }
  }
  let spaceReclaimed = 0;
  for (const r of deleted) if ('Deleted' in r) spaceReclaimed += layerSizes.get(r.Deleted) ?? 0;
  return { deleted, spaceReclaimed };
}
