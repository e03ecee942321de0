/**
 * FROM <image>: the local image when there is one (no --pull), else the image's layers fetched
 * from the registry into the build cache only. With BuildKit the base image pulled during a
 * build does not appear in `docker images` (moby/moby#39229; docker/docs#13279: "the base image
 * is pulled in the build-cache, but does not appear in the list of images"): its layers are
 * registered and held by the cache, no image config or tag is stored.
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { ImageConfig } from '../image/types.ts';
import type { Layer } from '../layer/layer-store.ts';
import { getImage } from '../daemon/image-lookup.ts';
import { HUB } from '../daemon/pull.ts';
import { DaemonError } from '../errdefs/errors.ts';
import { registerImageLayers } from '../catalog/index.ts';
import { fullString, type Named } from '../reference/reference.ts';

export interface BaseImage {
  /** The config digest (cache key root). */
  id: string;
  config: ImageConfig;
  layer: Layer | null;
}

/** Pulled bases by config digest; each holds one reference on its top layer. */
const pulled = new WeakMap<Daemon, Map<string, BaseImage>>();

export function resolveBaseImage(d: Daemon, ref: Named): BaseImage {
  try {
    const img = getImage(d, fullString(ref));
    return { id: img.id, config: img.config, layer: img.layer };
  } catch (e) {
    if (!(e instanceof DaemonError) || e.kind !== 'NotFound') throw e;
  }
  const m = HUB.resolve(ref).materialize();
  let bases = pulled.get(d);
  if (!bases) {
    bases = new Map();
    pulled.set(d, bases);
  }
  const known = bases.get(m.id);
  if (known && (known.layer === null || d.layers.lookup(known.layer.chainID) === known.layer)) return known;
  const before = new Set(m.chainIDs.filter((c) => d.layers.lookup(c) !== undefined));
  const layers = registerImageLayers(d.layers, m);
  for (const l of layers) {
    if (before.has(l.chainID)) continue;
    d.layout.addLayer(l);
    if (l.parent) d.layout.markCommitted(l.parent.cacheID);
  }
  const base: BaseImage = { id: m.id, config: m.config, layer: layers.length > 0 ? layers[layers.length - 1] : null };
  bases.set(m.id, base);
  return base;
}

/** Whether the base came from the registry into the build cache (not the image store). */
export function isPulledBase(d: Daemon, base: BaseImage): boolean {
  return pulled.get(d)?.get(base.id) === base;
}

/**
 * `docker builder prune` removed a pulled base's records (build-cache-usage.ts): its layer
 * reference is given back, and a later FROM pulls it again.
 */
export function forgetPulledBase(d: Daemon, id: string): void {
  const base = pulled.get(d)?.get(id);
  if (!base) return;
  pulled.get(d)!.delete(id);
  if (base.layer) for (const l of d.layers.release(base.layer)) d.layout.removeLayer(l);
}
