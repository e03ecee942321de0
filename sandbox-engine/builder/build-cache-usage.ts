/**
 * BuildKit's cache records as `docker system df` and `docker builder prune` see them (BuildKit
 * v0.25.2 cache/manager.go DiskUsage and prune, moby v28.5.2 builder-next worker). Recorded with
 * BuildKit (Engine 20.10 daemon, /system/df after one build of FROM + RUN + COPY + RUN with a
 * cache mount + WORKDIR):
 *
 *   source.local     146  local source for dockerfile           (the Dockerfile's bytes)
 *   source.local       0  local source for context              (the .dockerignore load)
 *   source.local       6  local source for context              (the files sent)
 *   regular            0  from local                            (the base image, shared)
 *   regular            6  mount / from exec /bin/sh -c echo built > /built.txt   (shared)
 *   regular            6  fileop target                         (COPY, WORKDIR; shared)
 *   exec.cachemount    2  cached mount /cache from exec /bin/sh -c echo x > /cache/x
 *
 * - local sources are kept per context directory and reused by the next build of it (usage count
 *   +1); their size is measured once;
 * - a step's record has the step's layer size and the previous step's record as parent; a cache
 *   hit counts a use; a base image from the image store is `from local ` (moby
 *   adapters/containerimage/pull.go:474, size 0, its layers are the image's), one pulled only into
 *   the build cache is `pulled from <ref>@<digest>` with its layers' sizes (:652);
 * - a cache mount is `exec.cachemount`, its size the files in it, its use count 1 + the runs;
 * - Shared: the record's layer is in some image (the graphdriver shares it); such records do not
 *   count in the builder size, and plain prune leaves them; Mutable (buildx's `*`): local sources
 *   and cache mounts (DiskUsage lists the mutable ref of a pair);
 * - prune (no --all) removes the records that are neither shared nor in use; --all removes all;
 *   `until` keeps the records used within the duration.
 * IDs are BuildKit's identity.NewID (25 base-36 characters), from the host's seeded random.
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { Layer } from '../layer/layer-store.ts';
import type { BaseImage } from './base-image.ts';
import { forgetPulledBase, isPulledBase } from './base-image.ts';
import { HUB } from '../daemon/pull.ts';
import { fullString, type Named } from '../reference/reference.ts';
import { buildCache } from './cache.ts';
import { cacheMountFs, forgetCacheMount } from './cache-mounts.ts';
import type { MemFs } from '../vfs/memfs.ts';

export type RecordType = 'regular' | 'source.local' | 'exec.cachemount';

/** client.UsageInfo, the fields `docker builder prune` / `system df` print. */
export interface UsageInfo {
  ID: string;
  Parents: string[] | null;
  Type: RecordType;
  Description: string;
  Mutable: boolean;
  InUse: boolean;
  Shared: boolean;
  Size: number;
  /** Virtual-clock ms. */
  CreatedAt: number;
  LastUsedAt: number | null;
  UsageCount: number;
}

interface Rec {
  id: string;
  parent: string | null;
  type: RecordType;
  description: string;
  createdAt: number;
  lastUsedAt: number;
  usageCount: number;
  /** Fixed size (local sources), or measured each time. */
  size: number | (() => number);
  /** The layer the record's snapshot is (shared when an image holds it). */
  layer: Layer | null;
  /** What pruning it frees. */
  drop: () => void;
}

interface Store {
  records: Rec[];
  /** By origin: `step:<cache key>`, `base:<image id>:<i>`, `local:<dir>:<name>`, `mount:<id>`. */
  byOrigin: Map<string, Rec>;
}

const stores = new WeakMap<Daemon, Store>();

function store(d: Daemon): Store {
  let s = stores.get(d);
  if (!s) {
    s = { records: [], byOrigin: new Map() };
    stores.set(d, s);
  }
  return s;
}

/** identity.NewID: 25 characters of base 36. */
function newID(d: Daemon): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const h = d.host.random.hex(25);
  let s = '';
  for (let i = 0; i < 25; i++) s += alphabet[parseInt(h.slice(i * 2, i * 2 + 2), 16) % 36];
  return s;
}

function touch(d: Daemon, origin: string, make: () => Omit<Rec, 'id' | 'createdAt' | 'lastUsedAt' | 'usageCount'>, uses = 1): Rec {
  const s = store(d);
  const now = d.host.clock.now();
  const known = s.byOrigin.get(origin);
  if (known) {
    known.usageCount += uses;
    known.lastUsedAt = now;
    return known;
  }
  const rec: Rec = { id: newID(d), createdAt: now, lastUsedAt: now, usageCount: uses, ...make() };
  s.records.push(rec);
  s.byOrigin.set(origin, rec);
  return rec;
}

function local(d: Daemon, dir: string, name: string, description: string, size: number): void {
  touch(d, `local:${dir}:${name}`, () => ({ parent: null, type: 'source.local', description, size, layer: null, drop: () => {} }));
}

/** The local sources every build transfers: the Dockerfile and the .dockerignore load. */
export function noteLocalSources(d: Daemon, dir: string, dockerfileSize: number, dockerignoreSize: number): void {
  local(d, dir, 'dockerfile', 'local source for dockerfile', dockerfileSize);
  local(d, dir, 'dockerignore', 'local source for context', dockerignoreSize);
}

/** The build context, when a step reads it. */
export function noteLocalContext(d: Daemon, dir: string, size: number): void {
  local(d, dir, 'context', 'local source for context', size);
}

/** A stage's base image, from the image store or pulled into the build cache (noteBase). */
export function noteBaseImage(d: Daemon, base: BaseImage, ref: Named): void {
  let pulledFrom: string | null = null;
  if (isPulledBase(d, base)) {
    let digest = '';
    try {
      digest = HUB.resolve(ref).digest();
    } catch {
      digest = base.id;
    }
    pulledFrom = `${fullString(ref)}@${digest}`;
  }
  noteBase(d, base, pulledFrom);
}

/** The records of a base image's layers (its top one is the first step's parent). */
export function noteBase(d: Daemon, base: BaseImage, pulledFrom: string | null): void {
  const chain: Layer[] = [];
  for (let l = base.layer; l; l = l.parent) chain.unshift(l);
  let parent: string | null = null;
  let origin: string | null = null;
  chain.forEach((layer, i) => {
    origin = `base:${base.id}:${i}`;
    const parentId = parent;
    const top = i === chain.length - 1;
    const rec = touch(d, origin, () => ({
      parent: parentId,
      type: 'regular',
      description: pulledFrom === null ? 'from local ' : `pulled from ${pulledFrom}`,
      size: pulledFrom === null ? 0 : layer.size,
      layer,
      drop: () => {
        if (!top) return;
        if (pulledFrom !== null) forgetPulledBase(d, base.id);
        buildCache(d).forgetSource(base.id);
      },
    }));
    parent = rec.id;
  });
  if (origin !== null) store(d).byOrigin.set(`chain:${base.id}`, store(d).byOrigin.get(origin)!);
}

/**
 * A step's result: a new record on its first run, one more use on a cache hit. `parentKey` is the
 * cache key of the chain below (a step's key, or the base image's ID).
 */
export function noteStep(d: Daemon, key: string, parentKey: string, description: string, layer: Layer): void {
  const s = store(d);
  const parent = (s.byOrigin.get(`step:${parentKey}`) ?? s.byOrigin.get(`chain:${parentKey}`))?.id ?? null;
  touch(d, `step:${key}`, () => ({ parent, type: 'regular', description, size: () => layer.size, layer, drop: () => buildCache(d).forget(key) }));
}

function treeSize(fs: MemFs, path: string): number {
  let n = 0;
  for (const name of fs.readdir(path)) {
    const p = path === '/' ? `/${name}` : `${path}/${name}`;
    const st = fs.lstat(p);
    if (!st) continue;
    if (st.kind === 'dir') n += treeSize(fs, p);
    else if (st.kind === 'file') n += st.size;
  }
  return n;
}

/** A cache mount used by a RUN (its first use names it: `cached mount <target> from exec <cmd>`). */
export function noteCacheMount(d: Daemon, id: string, target: string, args: readonly string[]): void {
  const fs = cacheMountFs(d, id, { mode: 0o755, uid: 0, gid: 0 });
  // A new mount is made (one use) and then mounted (another): recorded use counts 2, 3, ...
  const known = store(d).byOrigin.has(`mount:${id}`);
  touch(d, `mount:${id}`, () => ({ parent: null, type: 'exec.cachemount', description: `cached mount ${target} from exec ${args.join(' ')}`, size: () => treeSize(fs, '/'), layer: null, drop: () => forgetCacheMount(d, id) }), known ? 1 : 2);
}

/** chainIDs of every image's layers: a record on one of them is shared. */
function imageChains(d: Daemon): Set<string> {
  const out = new Set<string>();
  for (const img of d.images.all()) for (let l = img.layer; l; l = l.parent) out.add(l.chainID);
  return out;
}

function info(r: Rec, shared: Set<string>): UsageInfo {
  return {
    ID: r.id,
    Parents: r.parent === null ? null : [r.parent],
    Type: r.type,
    Description: r.description,
    Mutable: r.type !== 'regular',
    InUse: false,
    Shared: r.layer !== null && shared.has(r.layer.chainID),
    Size: typeof r.size === 'number' ? r.size : r.size(),
    CreatedAt: r.createdAt,
    LastUsedAt: r.lastUsedAt,
    UsageCount: r.usageCount,
  };
}

/** What /system/df reports as BuildCache, in creation order. */
export function buildCacheUsage(d: Daemon): UsageInfo[] {
  const shared = imageChains(d);
  return store(d).records.map((r) => info(r, shared));
}

export interface PruneOptions {
  all: boolean;
  /** Keep records used within this many ms (until / unused-for). */
  keepDuration?: number;
  /** Only records matching all of these (BuildKit filters `id~=`, `type==`, `description==`). */
  filters?: Array<{ key: string; value: string }>;
}

/** Prune: the removed records, children before their parents. */
export function pruneBuildCache(d: Daemon, opts: PruneOptions): UsageInfo[] {
  const s = store(d);
  const shared = imageChains(d);
  const now = d.host.clock.now();
  const removed: UsageInfo[] = [];
  const matches = (u: UsageInfo): boolean =>
    (opts.filters ?? []).every((f) => {
      if (f.key === 'id') return u.ID.includes(f.value);
      if (f.key === 'type') return u.Type === f.value;
      if (f.key === 'description') return u.Description === f.value;
      return true;
    });
  for (const r of [...s.records].reverse()) {
    const u = info(r, shared);
    if (!opts.all && u.Shared) continue;
    if (opts.keepDuration && u.LastUsedAt !== null && u.LastUsedAt > now - opts.keepDuration) continue;
    if (!matches(u)) continue;
    // A record another kept record builds on stays (BuildKit prunes only unreferenced refs).
    if (s.records.some((x) => x.parent === r.id)) continue;
    s.records.splice(s.records.indexOf(r), 1);
    for (const [k, v] of s.byOrigin) if (v === r) s.byOrigin.delete(k);
    r.drop();
    removed.push(u);
  }
  return removed.reverse();
}
