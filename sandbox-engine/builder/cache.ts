/**
 * The build cache: step key → the layer it produced and when. Records hold a reference on their
 * layer (BuildKit's cache keeps its snapshots until `docker builder prune`), so a cached step
 * still works after the image that used it is removed. Kept per daemon, in memory.
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { Layer } from '../layer/layer-store.ts';

export interface CacheRecord {
  layer: Layer;
  /** Virtual ms when the step ran: the history `created` of every image using it. */
  created: number;
}

export class BuildCache {
  private readonly records = new Map<string, CacheRecord>();
  /** Base images (config digests) a FROM vertex has loaded: a later FROM of them can be CACHED. */
  private readonly sources = new Set<string>();
  private readonly d: Daemon;

  constructor(d: Daemon) {
    this.d = d;
  }

  get(key: string): CacheRecord | undefined {
    return this.records.get(key);
  }

  hasSource(imageID: string): boolean {
    return this.sources.has(imageID);
  }

  addSource(imageID: string): void {
    this.sources.add(imageID);
  }

  /** `docker builder prune` (build-cache-usage.ts): the record goes and gives its layer back. */
  forget(key: string): void {
    const old = this.records.get(key);
    if (!old) return;
    this.records.delete(key);
    for (const l of this.d.layers.release(old.layer)) this.d.layout.removeLayer(l);
  }

  /** `docker builder prune` removed the base image's records: a later FROM loads it afresh. */
  forgetSource(imageID: string): void {
    this.sources.delete(imageID);
  }

  /** Takes over the caller's reference on `layer`; a record it replaces gives its own back. */
  put(key: string, layer: Layer, created: number): CacheRecord {
    const old = this.records.get(key);
    const rec = { layer, created };
    this.records.set(key, rec);
    if (old) for (const l of this.d.layers.release(old.layer)) this.d.layout.removeLayer(l);
    return rec;
  }
}

const caches = new WeakMap<Daemon, BuildCache>();

export function buildCache(d: Daemon): BuildCache {
  let c = caches.get(d);
  if (!c) {
    c = new BuildCache(d);
    caches.set(d, c);
  }
  return c;
}
