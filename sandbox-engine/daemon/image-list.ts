/**
 * GET /images/json (moby v28.5.2 daemon/images/image_list.go `Images`, API 1.51 router): one
 * summary per image, newest first by creation second. Without `all`, images that have children and
 * no tags (intermediate images) are left out; a `dangling=true` filter keeps only untagged images
 * without children. Size is the whole layer chain (layer.Size of the top layer). RepoTags and
 * RepoDigests come from the reference store; `reference=` patterns (Go path.Match on the familiar
 * string or name) also filter which references are listed.
 */
import { FilterArgs } from '../api/filters.ts';
import { getTimestamp } from '../api/timestamp.ts';
import { invalidParameter } from '../errdefs/errors.ts';
import type { StoredImage } from '../image/store.ts';
import { familiarName, familiarString, type Named } from '../reference/reference.ts';
import { pathMatch, PathMatchError } from '../util/path-match.ts';
import type { Daemon } from './daemon.ts';
import { getImage } from './image-lookup.ts';

/** api/types/image.Summary (the fields API 1.51 sends). */
export interface ImageSummary {
  Containers: number;
  /** Unix seconds. */
  Created: number;
  ID: string;
  Labels: Record<string, string> | null;
  ParentId: string;
  RepoDigests: string[];
  RepoTags: string[];
  SharedSize: number;
  Size: number;
}

const ACCEPTED = new Set(['dangling', 'label', 'before', 'since', 'reference', 'until']);

/** Creation time in ms (0 when the config has none). */
export function imageCreated(img: StoredImage): number {
  const c = img.config.created;
  if (!c) return 0;
  const t = Date.parse(c);
  return Number.isNaN(t) ? 0 : t;
}

/** Bytes of the image's whole layer chain (moby roLayer.Size). */
export function imageSize(img: StoredImage): number {
  let n = 0;
  for (let l = img.layer; l; l = l.parent) n += l.size;
  return n;
}

/** Tag references (`alpine:latest`) and digest references (`alpine@sha256:…`) of an image. */
export function imageRefs(d: Daemon, id: string): { tags: Named[]; digests: Named[] } {
  const refs = d.refs.references(id);
  return { tags: refs.filter((r) => r.digest === undefined), digests: refs.filter((r) => r.digest !== undefined) };
}

/** Images nothing else is built on (image store Heads). */
function heads(d: Daemon): StoredImage[] {
  return d.images.all().filter((i) => d.images.children(i.id).length === 0);
}

function familiarMatch(pattern: string, ref: Named): boolean {
  try {
    return pathMatch(pattern, familiarString(ref)) || pathMatch(pattern, familiarName(ref));
  } catch (e) {
    if (e instanceof PathMatchError) throw invalidParameter(e.message);
    throw e;
  }
}

export interface ListImagesOptions {
  all?: boolean;
  /** `name=value` strings, as `--filter` gives them. */
  filters?: readonly string[] | FilterArgs;
  sharedSize?: boolean;
}

export function listImages(d: Daemon, opts: ListImagesOptions = {}): ImageSummary[] {
  const f = opts.filters instanceof FilterArgs ? opts.filters : FilterArgs.fromList(opts.filters ?? []);
  f.validate(ACCEPTED);
  const danglingOnly = f.getBoolOrDefault('dangling', false);
  let before = 0;
  let since = 0;
  for (const v of f.get('before')) {
    const t = imageCreated(getImage(d, v));
    if (t !== 0 && (before === 0 || before > t)) before = t;
  }
  for (const v of f.get('until')) {
    const t = getTimestamp(v, d.now());
    if (before === 0 || before > t) before = t;
  }
  for (const v of f.get('since')) {
    const t = imageCreated(getImage(d, v));
    if (t !== 0 && since < t) since = t;
  }
  const selected = danglingOnly ? heads(d) : d.images.all();
  const out: Array<{ s: ImageSummary; order: number; created: number }> = [];
  selected.forEach((img, order) => {
    const created = imageCreated(img);
    if (before !== 0 && (created === 0 || created >= before)) return;
    if (since !== 0 && (created === 0 || created <= since)) return;
    if (f.contains('label') && (!img.config.config || !f.matchKVList('label', img.config.config.Labels))) return;
    const s: ImageSummary = {
      Containers: 0,
      Created: Math.floor(created / 1000),
      ID: img.id,
      Labels: img.config.config?.Labels ?? null,
      ParentId: img.parent ?? '',
      RepoDigests: [],
      RepoTags: [],
      SharedSize: -1,
      Size: imageSize(img),
    };
    for (const ref of d.refs.references(img.id)) {
      if (f.contains('reference') && !f.get('reference').some((p) => familiarMatch(p, ref))) continue;
      if (ref.digest !== undefined) s.RepoDigests.push(familiarString(ref));
      if (ref.tag !== undefined) s.RepoTags.push(familiarString(ref));
    }
    if (s.RepoDigests.length === 0 && s.RepoTags.length === 0) {
      if (opts.all || d.images.children(img.id).length === 0) {
        if (f.contains('dangling') && !danglingOnly) return;
        if (f.contains('reference')) return;
      } else return;
    } else if (danglingOnly && s.RepoTags.length > 0) return;
    s.Containers = d.containers.all().filter((c) => c.image === img.id).length;
    out.push({ s, order, created });
  });
  if (opts.sharedSize) addSharedSizes(d, out.map((o) => o.s));
  // sort.Sort(sort.Reverse(byCreated)): by second; equal seconds in Go's (random) map order, here
  // the most recently stored first.
  out.sort((a, b) => b.s.Created - a.s.Created || b.order - a.order);
  return out.map((o) => o.s);
}

/** SharedSize: bytes of the layers this image shares with another image. */
function addSharedSizes(d: Daemon, summaries: ImageSummary[]): void {
  const refs = new Map<string, number>();
  for (const img of d.images.all()) for (let l = img.layer; l; l = l.parent) refs.set(l.chainID, (refs.get(l.chainID) ?? 0) + 1);
  for (const s of summaries) {
    const img = d.images.get(s.ID);
    s.SharedSize = 0;
    for (let l = img.layer; l; l = l.parent) if ((refs.get(l.chainID) ?? 0) > 1) s.SharedSize += l.size;
  }
}
