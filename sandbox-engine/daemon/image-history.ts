/**
 * GET /images/{name}/history (moby v28.5.2 daemon/images/image_history.go): one item per config
 * history entry, newest first. A non-empty entry's Size is its layer's own size (DiffSize). The
 * first item carries the image's ID and tags, the next ones the IDs of its parent chain (set by
 * `docker commit`); the rest are `<missing>`.
 */
import type { Daemon } from './daemon.ts';
import { getImage } from './image-lookup.ts';
import { familiarString } from '../reference/reference.ts';
import { createChainID } from '../layer/digest.ts';
import { system } from '../errdefs/errors.ts';

/** api/types/image.HistoryResponseItem */
export interface HistoryItem {
  Comment: string;
  /** Unix seconds. */
  Created: number;
  CreatedBy: string;
  Id: string;
  Size: number;
  Tags: string[] | null;
}

export function imageHistory(d: Daemon, name: string): HistoryItem[] {
  const img = getImage(d, name);
  const out: HistoryItem[] = [];
  const diffIDs = img.config.rootfs?.diff_ids ?? [];
  let n = 0;
  let chain: string | null = null;
  for (const h of img.config.history ?? []) {
    let size = 0;
    if (!h.empty_layer) {
      if (diffIDs.length <= n) throw system('too many non-empty layers in History section');
      chain = createChainID(chain, diffIDs[n]);
      size = d.layers.lookup(chain)?.size ?? 0;
      n++;
    }
    const t = h.created ? Date.parse(h.created) : NaN;
    out.unshift({ Comment: h.comment ?? '', Created: Number.isNaN(t) ? 0 : Math.floor(t / 1000), CreatedBy: h.created_by ?? '', Id: '<missing>', Size: size, Tags: null });
  }
  let cur: typeof img | undefined = img;
  for (const item of out) {
    if (!cur) break;
    item.Id = cur.id;
    const tags = d.refs.references(cur.id).filter((r) => r.digest === undefined).map(familiarString);
    item.Tags = tags.length > 0 ? tags : null;
    cur = cur.parent ? d.images.tryGet(cur.parent) : undefined;
  }
  return out;
}
