/**
 * GET /system/df (moby v28.5.2 daemon/disk_usage.go SystemDiskUsage): what `docker system df`
 * shows.
 *
 * - Images: every listed image with SharedSize (image_list.go: a layer counts as shared when more
 *   than one image's chain holds it) and its container count; LayersSize is the DiffSize of every
 *   layer some image refers to, each counted once (images/service.go ImageDiskUsage; untagged
 *   images with children are skipped there, as their layers are their children's anyway).
 * - Containers: all of them with SizeRw (list with size).
 * - Volumes: local volumes without driver options, with size and reference count
 *   (VolumesService.LocalVolumesSize).
 * - Build cache: BuildKit's cache records (builder/build-cache-usage.ts).
 *
 * The reclaimable figures are computed by the CLI from these (cli formatter/disk_usage.go).
 */
import type { Daemon } from './daemon.ts';
import { listImages, type ImageSummary } from './image-list.ts';
import { listContainers, type ContainerSummary } from './list.ts';
import type { VolumeInfo } from '../volume/types.ts';
import { buildCacheUsage } from '../builder/build-cache-usage.ts';

/** api/types/build.CacheRecord (the fields the CLI reads). */
export interface BuildCacheRecord {
  ID: string;
  Parents: string[] | null;
  Type: string;
  Description: string;
  InUse: boolean;
  Shared: boolean;
  Size: number;
  CreatedAt: number;
  LastUsedAt: number | null;
  UsageCount: number;
}

/** types.DiskUsage as API 1.51 sends it. */
export interface DiskUsage {
  LayersSize: number;
  Images: ImageSummary[];
  Containers: ContainerSummary[];
  Volumes: VolumeInfo[];
  BuildCache: BuildCacheRecord[];
}

/** ImageDiskUsage: Σ DiffSize of the layers referenced by images, each layer once. */
export function layersSize(d: Daemon): number {
  const seen = new Map<string, number>();
  for (const img of d.images.all()) {
    if (d.refs.references(img.id).length === 0 && d.images.children(img.id).length !== 0) continue;
    for (let l = img.layer; l; l = l.parent) seen.set(l.chainID, l.size);
  }
  let total = 0;
  for (const size of seen.values()) total += size;
  return total;
}

export function systemDiskUsage(d: Daemon): DiskUsage {
  return {
    LayersSize: layersSize(d),
    Images: listImages(d, { sharedSize: true }),
    Containers: listContainers(d, { all: true, size: true }),
    Volumes: d.volumes.localVolumesSize(),
    BuildCache: buildCacheUsage(d).map((u) => ({
      ID: u.ID,
      Parents: u.Parents,
      Type: u.Type,
      Description: u.Description,
      InUse: u.InUse,
      Shared: u.Shared,
      Size: u.Size,
      CreatedAt: u.CreatedAt,
      LastUsedAt: u.LastUsedAt,
      UsageCount: u.UsageCount,
    })),
  };
}
