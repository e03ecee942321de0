/**
 * The rows `docker system df` formats (docker/cli v28.5.2 cli/command/formatter/disk_usage.go):
 *
 * - summary: one context per type (Images, Containers, Local Volumes, Build Cache) with Type,
 *   TotalCount, Active, Size and Reclaimable, the reclaimable part as `<size> (<pct>%)` when the
 *   total is above zero (integer percentage, rounded down as Go's int64 division);
 * - verbose: the images (first tag only, `<none>` when dangling), containers (SizeRw, no virtual
 *   size), volumes and build cache records, as the image, container and volume formatters give them.
 *
 * `{{json .}}` of a context is its MarshalJSON: argument-less fields, keys sorted, HTML-escaped.
 */
import { GO_TYPE } from '../../go/value.ts';
import { marshal } from '../../go/json.ts';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../../formatter/units.ts';
import { goTimeString } from '../../../util/go-time.ts';
import type { DiskUsage } from '../../../daemon/disk-usage.ts';
import type { ImageSummary } from '../../../daemon/image-list.ts';
import { imageRows } from '../image/image-format.ts';
import { containerContext, contextOf } from '../container/ps-context.ts';
import { volumeRow } from '../volume/format.ts';
import { parseNormalizedNamed } from '../../../reference/reference.ts';

type Row = Record<string | symbol, unknown>;

/** `<size> (<pct>%)`, or the size alone when nothing is counted. */
export function reclaimableText(reclaimable: number, total: number): string {
  if (total > 0) return `${humanSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)`;
  return humanSize(reclaimable);
}

function summaryRow(goType: string, fields: { Type: string; TotalCount: number; Active: number; Size: string; Reclaimable: string }): Row {
  const r: Row = {
    Active: String(fields.Active),
    Reclaimable: fields.Reclaimable,
    Size: fields.Size,
    TotalCount: String(fields.TotalCount),
    Type: fields.Type,
  };
  r[GO_TYPE] = goType;
  return r;
}

const ACTIVE_STATES = new Set(['running', 'paused', 'restarting']);

/** The four summary contexts, in the CLI's order. */
export function summaryRows(du: DiskUsage): Row[] {
  let used = 0;
  for (const i of du.Images) if (i.Containers !== 0 && i.Size !== -1 && i.SharedSize !== -1) used += i.Size - i.SharedSize;
  const images = summaryRow('*formatter.diskUsageImagesContext', {
    Type: 'Images',
    TotalCount: du.Images.length,
    Active: du.Images.filter((i) => i.Containers > 0).length,
    Size: humanSize(du.LayersSize),
    Reclaimable: reclaimableText(du.LayersSize - used, du.LayersSize),
  });

  let ctrTotal = 0;
  let ctrReclaim = 0;
  for (const c of du.Containers) {
    ctrTotal += c.SizeRw;
    if (!ACTIVE_STATES.has(c.State)) ctrReclaim += c.SizeRw;
  }
  const containers = summaryRow('*formatter.diskUsageContainersContext', {
    Type: 'Containers',
    TotalCount: du.Containers.length,
    Active: du.Containers.filter((c) => ACTIVE_STATES.has(c.State)).length,
    Size: humanSize(ctrTotal),
    Reclaimable: reclaimableText(ctrReclaim, ctrTotal),
  });

  let volTotal = 0;
  let volReclaim = 0;
  for (const v of du.Volumes) {
    const u = v.UsageData;
    if (!u || u.Size === -1) continue;
    volTotal += u.Size;
    if (u.RefCount === 0) volReclaim += u.Size;
  }
  const volumes = summaryRow('*formatter.diskUsageVolumesContext', {
    Type: 'Local Volumes',
    TotalCount: du.Volumes.length,
    Active: du.Volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length,
    Size: humanSize(volTotal),
    Reclaimable: reclaimableText(volReclaim, volTotal),
  });

  // runDiskUsage: the builder size counts records that are not shared; Reclaimable has no percentage.
  const builderSize = du.BuildCache.filter((b) => !b.Shared).reduce((n, b) => n + b.Size, 0);
  const inUse = du.BuildCache.filter((b) => b.InUse && !b.Shared).reduce((n, b) => n + b.Size, 0);
  const cache = summaryRow('*formatter.diskUsageBuilderContext', {
    Type: 'Build Cache',
    TotalCount: du.BuildCache.length,
    Active: du.BuildCache.filter((b) => b.InUse).length,
    Size: humanSize(builderSize),
    Reclaimable: humanSize(builderSize - inUse),
  });
  return [images, containers, volumes, cache];
}

export function builderSize(du: DiskUsage): number {
  return du.BuildCache.filter((b) => !b.Shared).reduce((n, b) => n + b.Size, 0);
}

/** isDangling: no tags, or only `<none>:<none>`. */
function firstTag(img: ImageSummary): string[] {
  if (img.RepoTags.length === 0 || img.RepoTags.every((t) => t === '<none>:<none>')) return [];
  try {
    const ref = parseNormalizedNamed(img.RepoTags[0]);
    // Only a tagged reference names a row; anything else shows as <none> <none>.
    return ref.tag !== undefined ? [img.RepoTags[0]] : [];
  } catch {
    return [];
  }
}

/** verboseWrite: one row per image, named by its first tag; no digest. */
export function verboseImageRows(du: DiskUsage, trunc: boolean, now: number): Row[] {
  const out: Row[] = [];
  for (const img of du.Images) {
    const [row] = imageRows([{ ...img, RepoTags: firstTag(img), RepoDigests: [] }], { trunc, digest: false, format: '', now });
    (row as Row).Digest = '';
    out.push(row as Row);
  }
  return out;
}

export function verboseContainerRows(du: DiskUsage, trunc: boolean, now: number): Row[] {
  // "Don't display the virtual size".
  return du.Containers.map((c) => containerContext({ ...c, SizeRootFs: 0 }, { trunc, now }).value);
}

export function verboseVolumeRows(du: DiskUsage): Row[] {
  return du.Volumes.map(volumeRow);
}

/** MarshalJSON of a formatter context (container contexts marshal themselves). */
export function contextJSON(v: unknown): string | undefined {
  const ctx = contextOf(v);
  if (ctx) return (ctx.value.MarshalJSON as () => string)();
  if (v === null || typeof v !== 'object' || !(GO_TYPE in v)) return undefined;
  const m = new Map<string, unknown>();
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (typeof x !== 'function') m.set(k, x);
  }
  return marshal(m, { escapeHTML: true });
}

/**
 * The build cache records as formatter.buildCacheContext shows them (docker/cli v28.5.2
 * cli/command/formatter/buildcache.go): sorted by last use, then ID (buildCacheSort); IDs and
 * parents cut to 12 characters in tables, `*` after an ID in use; size with 3 significant digits.
 */
export function verboseBuildCacheRows(du: DiskUsage, trunc: boolean, now: number): Row[] {
  const records = [...du.BuildCache].sort((a, b) => {
    const la = a.LastUsedAt;
    const lb = b.LastUsedAt;
    if (la === null && lb === null) return a.ID < b.ID ? -1 : a.ID > b.ID ? 1 : 0;
    if (la === null) return -1;
    if (lb === null) return 1;
    if (la === lb) return a.ID < b.ID ? -1 : a.ID > b.ID ? 1 : 0;
    return la - lb;
  });
  const cut = (s: string): string => (trunc ? s.slice(0, 12) : s);
  return records.map((b) => {
    const r: Row = {
      ID: cut(b.ID) + (b.InUse ? '*' : ''),
      Parent: cut((b.Parents ?? []).join(', ')),
      CacheType: b.Type,
      Description: b.Description,
      Size: humanSizeWithPrecision(b.Size, 3),
      CreatedAt: goTimeString(b.CreatedAt),
      CreatedSince: `${humanDuration(now - b.CreatedAt)} ago`,
      LastUsedAt: b.LastUsedAt === null ? '' : goTimeString(b.LastUsedAt),
      LastUsedSince: b.LastUsedAt === null ? '' : `${humanDuration(now - b.LastUsedAt)} ago`,
      UsageCount: String(b.UsageCount),
      InUse: String(b.InUse),
      Shared: String(b.Shared),
    };
    r[GO_TYPE] = '*formatter.buildCacheContext';
    return r;
  });
}
