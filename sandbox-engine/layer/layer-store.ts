/**
 * The layer store (moby layer/layer_store.go over the overlay2 driver): content-addressed,
 * read-only layers shared by every image that has them, and read-write layers for containers.
 *
 * Lifecycle:
 * - `register(diffTree, parent)` / `registerTar(tar, parent)` make a layer from a layer directory
 *   (overlay on-disk form: whiteouts as 0/0 char devices, opaque xattrs) or from a layer tar. The
 *   DiffID is the sha256 of the layer tar, the ChainID chains it onto the parent's. When a layer
 *   with that ChainID exists, it gets one more reference and is returned; the new copy is dropped
 *   (its random cache and link ids were still drawn, as in moby). Each call returns a reference
 *   that `release` gives back; a layer goes when its last reference does, and its parent loses
 *   the reference the child held.
 * - `createRWLayer(name, parent, initFn)` makes `<mountID>-init` (initFn runs on its merged view,
 *   see init-layer.ts) and `<mountID>` on top of it. The RWLayer's `mount()` is the container's
 *   root file system; `changes()` is `docker diff`; `tarStream()` is what `docker commit` stores.
 *   `releaseRWLayer` removes both and releases the image layers.
 *
 * Example:
 *   const store = new LayerStore({ clock, random });
 *   const base = store.register(alpineTree, null);      // base.diffID === base.chainID
 *   const rw = store.createRWLayer('ctr', base, setupInitLayer);
 *   const fs = new Vfs(rw.mount()).view(ROOT);
 *   fs.unlink('/etc/motd');
 *   rw.changes().map(changeString);                       // ['C /etc', 'D /etc/motd']
 *   const layer = store.registerTar(rw.tarStream(), base); // docker commit
 */
import type { Clock } from '../util/clock.ts';
import type { Random } from '../util/random.ts';
import { MemFs } from '../vfs/memfs.ts';
import { restoreMemFs, serializeMemFs, type MemFsState } from '../vfs/serialize.ts';
import { ROOT } from '../vfs/types.ts';
import { Vfs } from '../vfs/vfs.ts';
import { TarWriter } from '../archive/tar.ts';
import { layerTar, treeSize, unpackLayer, writeTreeTar } from '../archive/diff.ts';
import { changesDirs, changesSize, type Change } from '../archive/changes.ts';
import { isOpaque } from '../archive/tree.ts';
import { OverlayBackend, cleanWorkdir } from '../graphdriver/overlay.ts';
import { Digester, createChainID, digestOf, type Digest } from './digest.ts';
import { freezeCopy } from './freeze.ts';
import { generateLinkID, generateRandomID } from './ids.ts';
import type { InitFunc } from './init-layer.ts';

export interface LayerStoreState {
  nextIno: number;
  nextDev: number;
  layers: Array<{
    chainID: Digest;
    diffID: Digest;
    parent: Digest | null;
    cacheID: string;
    size: number;
    link: string;
    lower: string;
    committed: boolean;
    refCount: number;
    diff: MemFsState;
  }>;
  rw: Array<{
    name: string;
    mountID: string;
    parent: Digest | null;
    init: { link: string; lower: string; committed: boolean; diff: MemFsState } | null;
    upper: MemFsState;
    link: string;
    lower: string;
    /**
     * Present when the layer was mounted: the mount's device and shared whiteout, so that what
     * follows a restore (device numbers, whiteout links) is what would have followed the save.
     */
    mounted?: RWMountState;
  }>;
}

export interface RWMountState {
  dev: number;
  sharedWhiteout: { path: string; ino: number } | null;
}

/** moby layer.maxLayerDepth: a chain may have at most 125 layers. */
export const MAX_LAYER_DEPTH = 125;

export class LayerStoreError extends Error {
  readonly kind: 'not-found' | 'max-depth' | 'in-use' | 'conflict';
  constructor(kind: LayerStoreError['kind'], message: string) {
    super(message);
    this.name = 'LayerStoreError';
    this.kind = kind;
  }
}

/** An image layer. Treat every field as read-only. */
export class Layer {
  readonly chainID: Digest;
  readonly diffID: Digest;
  readonly parent: Layer | null;
  /** overlay2 directory name. */
  readonly cacheID: string;
  /** layerdb `size`: moby directory.Size of the diff dir. */
  readonly size: number;
  /** overlay2/<cacheID>/diff, read-only. */
  readonly diff: MemFs;
  /** overlay2/<cacheID>/link: the 26-character id of overlay2/l/<link> -> ../<cacheID>/diff. */
  readonly link: string;
  /** overlay2/<cacheID>/lower, '' for a base layer (which has no lower file and no work dir). */
  readonly lower: string;
  /** overlay2/<cacheID>/committed exists (written when a child layer is created on this one). */
  committed = false;
  /** References held by images, child layers and containers. */
  refCount = 1;

  constructor(f: Pick<Layer, 'chainID' | 'diffID' | 'parent' | 'cacheID' | 'size' | 'diff' | 'link' | 'lower'>) {
    this.chainID = f.chainID;
    this.diffID = f.diffID;
    this.parent = f.parent;
    this.cacheID = f.cacheID;
    this.size = f.size;
    this.diff = f.diff;
    this.link = f.link;
    this.lower = f.lower;
  }

  /** This layer and its parents, top first (the order of overlay's lowerdir). */
  chain(): Layer[] {
    const out: Layer[] = [];
    for (let l: Layer | null = this; l; l = l.parent) out.push(l);
    return out;
  }

  /** DiffIDs bottom first, as an image's rootfs.diff_ids. */
  diffIDs(): Digest[] {
    return this.chain()
      .reverse()
      .map((l) => l.diffID);
  }
}

/** A container's `<mountID>-init` layer. */
export interface InitLayer {
  /** `<mountID>-init` */
  readonly cacheID: string;
  readonly diff: MemFs;
  readonly link: string;
  readonly lower: string;
  committed: boolean;
}

export interface LayerStoreOptions {
  clock: Clock;
  random: Random;
  /** st_dev of the file system under /var/lib/docker, where layer dirs live (default 0x801). */
  dev?: number;
  /** First inode number given to layer directories (default 2_100_000, like a busy ext4). */
  firstIno?: number;
  /** Device numbers for overlay mounts (default: 39, 40, ...). */
  allocMountDev?: () => number;
}

/** Inode numbers reserved for a writable layer directory. */
const RW_INO_BLOCK = 1 << 20;

export class LayerStore {
  readonly clock: Clock;
  readonly random: Random;
  readonly dev: number;
  private nextIno: number;
  private readonly allocDev: () => number;
  private nextDev = 39;
  private readonly byChain = new Map<Digest, Layer>();
  private readonly rw = new Map<string, RWLayer>();

  constructor(opts: LayerStoreOptions) {
    this.clock = opts.clock;
    this.random = opts.random;
    this.dev = opts.dev ?? 0x801;
    this.nextIno = opts.firstIno ?? 2_100_000;
    this.allocDev = opts.allocMountDev ?? (() => this.nextDev++);
  }

  /**
   * Register a layer directory (not modified; the store keeps a read-only copy). Hashing the tar
   * streams synthetic files as zeros, about 1 s per 80 MB: a catalog that knows the DiffID of
   * `layerTar(diffTree)` already (computed at build time) may pass it to skip that.
   */
  register(diffTree: MemFs, parent: Layer | null, opts: { diffID?: Digest } = {}): Layer {
    const pending = this.begin(parent);
    let diffID = opts.diffID;
    if (diffID === undefined) {
      const digester = new Digester();
      const w = new TarWriter((c) => digester.update(c));
      writeTreeTar(diffTree, w);
      w.close();
      diffID = digester.digest();
    }
    return this.finish(pending, diffID, () => this.freeze(diffTree, true));
  }

  /** Register a layer tar (`docker commit`, `docker load`, a pull): DiffID = sha256 of these bytes. */
  registerTar(tar: Uint8Array, parent: Layer | null): Layer {
    const pending = this.begin(parent);
    return this.finish(pending, digestOf(tar), () => {
      const dir = this.newDir();
      unpackLayer(tar, dir);
      return this.freeze(dir, false);
    });
  }

  private begin(parent: Layer | null): { parent: Layer | null; cacheID: string; link: string } {
    if (parent) {
      this.mustExist(parent);
      if (parent.chain().length >= MAX_LAYER_DEPTH) throw new LayerStoreError('max-depth', 'max depth exceeded');
      parent.refCount++;
    }
    const cacheID = generateRandomID(this.random);
    const link = generateLinkID(this.random);
    if (parent) parent.committed = true;
    return { parent, cacheID, link };
  }

  private finish(p: { parent: Layer | null; cacheID: string; link: string }, diffID: Digest, build: () => MemFs): Layer {
    const chainID = createChainID(p.parent?.chainID ?? null, diffID);
    const existing = this.byChain.get(chainID);
    if (existing) {
      existing.refCount++;
      if (p.parent) this.release(p.parent);
      return existing;
    }
    const diff = build();
    const layer = new Layer({
      chainID,
      diffID,
      parent: p.parent,
      cacheID: p.cacheID,
      size: treeSize(diff),
      diff,
      link: p.link,
      lower: p.parent ? lowerOf(p.parent) : '',
    });
    this.byChain.set(chainID, layer);
    return layer;
  }

  /** The layer with this ChainID, without taking a reference. */
  lookup(chainID: Digest): Layer | undefined {
    return this.byChain.get(chainID);
  }

  /** Every layer, in registration order. */
  layers(): Layer[] {
    return [...this.byChain.values()];
  }

  /** Take one more reference (an image or a container starts using the layer). */
  retain(layer: Layer): Layer {
    this.mustExist(layer);
    layer.refCount++;
    return layer;
  }

  /**
   * Give a reference back. Returns the layers deleted as a result, top first (the
   * `Deleted: sha256:<chainID>` lines of `docker rmi`).
   */
  release(layer: Layer): Layer[] {
    this.mustExist(layer);
    const removed: Layer[] = [];
    for (let l: Layer | null = layer; l; l = l.parent) {
      l.refCount--;
      if (l.refCount > 0) break;
      this.byChain.delete(l.chainID);
      removed.push(l);
    }
    return removed;
  }

  /**
   * Create a container's layers. `name` is the caller's key (the container ID); the mount ID is
   * drawn at random as moby's layer store does, unless given. initFn runs on the init layer's
   * merged view as root with umask 022; pass null for a layer without init (BuildKit-like uses).
   */
  createRWLayer(name: string, parent: Layer | null, initFn: InitFunc | null, opts: { mountID?: string } = {}): RWLayer {
    if (this.rw.has(name)) throw new LayerStoreError('conflict', `layer already exists: ${name}`);
    if (parent) this.retain(parent);
    const mountID = opts.mountID ?? generateRandomID(this.random);
    const imageDiffs = parent ? parent.chain().map((l) => l.diff) : [];
    let init: InitLayer | null = null;
    if (initFn) {
      const link = generateLinkID(this.random);
      if (parent) parent.committed = true;
      const upper = this.newDir();
      const view = new OverlayBackend({ lowers: imageDiffs, upper, dev: this.allocDev(), clock: this.clock });
      try {
        initFn(new Vfs(view).view(ROOT, '/', 0o022));
      } catch (e) {
        if (parent) this.release(parent);
        throw e;
      }
      init = { cacheID: `${mountID}-init`, diff: this.freeze(upper, false), link, lower: parent ? lowerOf(parent) : '', committed: true };
    }
    const link = generateLinkID(this.random);
    const lower = init ? `l/${init.link}${init.lower ? `:${init.lower}` : ''}` : parent ? lowerOf(parent) : '';
    if (!init && parent) parent.committed = true;
    const layer = new RWLayer({
      store: this,
      name,
      mountID,
      parent,
      init,
      upper: this.newDir(),
      link,
      lower,
      lowers: init ? [init.diff, ...imageDiffs] : imageDiffs,
    });
    this.rw.set(name, layer);
    return layer;
  }

  getRWLayer(name: string): RWLayer | undefined {
    return this.rw.get(name);
  }

  rwLayers(): RWLayer[] {
    return [...this.rw.values()];
  }

  /** Remove a container's layers; returns image layers deleted as a result. */
  releaseRWLayer(layer: RWLayer): Layer[] {
    if (this.rw.get(layer.name) !== layer) throw new LayerStoreError('not-found', `layer not found: ${layer.name}`);
    this.rw.delete(layer.name);
    layer.unmount();
    return layer.parent ? this.release(layer.parent) : [];
  }

  /** A new empty, writable layer directory with its own range of inode numbers. */
  newDir(): MemFs {
    const fs = new MemFs({ clock: this.clock, dev: this.dev, firstIno: this.nextIno, rootMode: 0o755 });
    this.nextIno += RW_INO_BLOCK;
    return fs;
  }

  /**
   * A read-only copy. A tree built elsewhere is renumbered from the store's range so that inode
   * numbers never repeat across layers (hard-link detection and `stat -c %i` rely on it); a tree
   * the store made keeps its numbers.
   */
  private freeze(src: MemFs, renumber: boolean): MemFs {
    const out = freezeCopy(src, { clock: this.clock, dev: this.dev, firstIno: renumber ? this.nextIno : undefined });
    if (renumber) this.nextIno = out.inoCounter + 16;
    return out;
  }

  mountDev(): number {
    return this.allocDev();
  }

  /**
   * Plain JSON-able state (layers in registration order, so parents come first), including which
   * container layers are mounted, with their device and shared whiteout.
   */
  snapshot(): LayerStoreState {
    return {
      nextIno: this.nextIno,
      nextDev: this.nextDev,
      layers: this.layers().map((l) => ({
        chainID: l.chainID,
        diffID: l.diffID,
        parent: l.parent?.chainID ?? null,
        cacheID: l.cacheID,
        size: l.size,
        link: l.link,
        lower: l.lower,
        committed: l.committed,
        refCount: l.refCount,
        diff: serializeMemFs(l.diff),
      })),
      rw: this.rwLayers().map((r) => {
        const mounted = r.mountState();
        return {
          name: r.name,
          mountID: r.mountID,
          parent: r.parent?.chainID ?? null,
          init: r.init
            ? { link: r.init.link, lower: r.init.lower, committed: r.init.committed, diff: serializeMemFs(r.init.diff) }
            : null,
          upper: serializeMemFs(r.upper),
          link: r.link,
          lower: r.lower,
          ...(mounted ? { mounted } : {}),
        };
      }),
    };
  }

  static restore(state: LayerStoreState, opts: LayerStoreOptions): LayerStore {
    const store = new LayerStore({ ...opts, firstIno: state.nextIno });
    store.nextDev = state.nextDev;
    for (const s of state.layers) {
      const parent = s.parent === null ? null : store.byChain.get(s.parent)!;
      const layer = new Layer({ ...s, parent, diff: restoreMemFs(s.diff, opts.clock) });
      layer.committed = s.committed;
      layer.refCount = s.refCount;
      store.byChain.set(layer.chainID, layer);
    }
    for (const s of state.rw) {
      const parent = s.parent === null ? null : store.byChain.get(s.parent)!;
      const imageDiffs = parent ? parent.chain().map((l) => l.diff) : [];
      const init: InitLayer | null = s.init
        ? { cacheID: `${s.mountID}-init`, link: s.init.link, lower: s.init.lower, committed: s.init.committed, diff: restoreMemFs(s.init.diff, opts.clock) }
        : null;
      const upper = restoreMemFs(s.upper, opts.clock);
      const lowers = init ? [init.diff, ...imageDiffs] : imageDiffs;
      const rw = new RWLayer({ store, name: s.name, mountID: s.mountID, parent, init, upper, link: s.link, lower: s.lower, lowers });
      if (s.mounted) rw.restoreMount(s.mounted);
      store.rw.set(s.name, rw);
    }
    return store;
  }

  private mustExist(layer: Layer): void {
    if (this.byChain.get(layer.chainID) !== layer) throw new LayerStoreError('not-found', `layer does not exist: ${layer.chainID}`);
  }
}

function lowerOf(parent: Layer): string {
  return `l/${parent.link}${parent.lower ? `:${parent.lower}` : ''}`;
}

interface RWLayerFields {
  store: LayerStore;
  name: string;
  mountID: string;
  parent: Layer | null;
  init: InitLayer | null;
  upper: MemFs;
  link: string;
  lower: string;
  lowers: MemFs[];
}

/** A container's read-write layer (moby mountedLayer). */
export class RWLayer {
  readonly name: string;
  readonly mountID: string;
  readonly parent: Layer | null;
  readonly init: InitLayer | null;
  /** overlay2/<mountID>/diff: the overlay upperdir, writable. */
  readonly upper: MemFs;
  readonly link: string;
  readonly lower: string;
  private readonly store: LayerStore;
  private readonly lowers: MemFs[];
  private mounted: OverlayBackend | null = null;

  constructor(f: RWLayerFields) {
    this.store = f.store;
    this.name = f.name;
    this.mountID = f.mountID;
    this.parent = f.parent;
    this.init = f.init;
    this.upper = f.upper;
    this.link = f.link;
    this.lower = f.lower;
    this.lowers = f.lowers;
  }

  /** `<mountID>-init`, or null when created without an init layer. */
  get initID(): string | null {
    return this.init ? this.init.cacheID : null;
  }

  /** The container root file system (overlay2/<mountID>/merged); the same backend until unmount. */
  mount(): OverlayBackend {
    if (!this.mounted) {
      // A fresh overlay mount cleans its work directory (the last mount's shared whiteout link).
      cleanWorkdir(this.upper);
      this.mounted = new OverlayBackend({ lowers: this.lowers, upper: this.upper, dev: this.store.mountDev(), clock: this.store.clock });
    }
    return this.mounted;
  }

  isMounted(): boolean {
    return this.mounted !== null;
  }

  /** What a snapshot keeps of the mount; null when not mounted. */
  mountState(): RWMountState | null {
    return this.mounted ? { dev: this.mounted.dev, sharedWhiteout: this.mounted.sharedWhiteout() } : null;
  }

  /** Mount again as saved (LayerStore.restore): same device, same shared whiteout. */
  restoreMount(m: RWMountState): void {
    this.mounted = new OverlayBackend({ lowers: this.lowers, upper: this.upper, dev: m.dev, clock: this.store.clock });
    if (m.sharedWhiteout) this.mounted.restoreSharedWhiteout(m.sharedWhiteout);
  }

  /** Drop the merged view (overlay2 `Put`: the merged/ directory goes away). */
  unmount(): void {
    this.mounted = null;
  }

  /**
   * The tree `docker diff` compares against: init layer over the image, read-only. Internal views
   * take device 0 so that diffing does not use up device numbers.
   */
  parentView(dev = 0): OverlayBackend {
    return new OverlayBackend({ lowers: this.lowers, upper: null, dev, clock: this.store.clock });
  }

  /**
   * `docker diff`. Engine 28's overlay2 always answers it with the naive diff (moby v28.5.2
   * daemon/graphdriver/overlay2/overlay.go:732), which mounts a layer that is not mounted: that
   * mount cleans the work directory as any does (`cleanWorkdir`).
   */
  changes(): Change[] {
    if (!this.mounted) cleanWorkdir(this.upper);
    return this.computeChanges();
  }

  /** `docker diff` without its side effects on a stopped layer (observers, graders). */
  peekChanges(): Change[] {
    return this.computeChanges();
  }

  private computeChanges(): Change[] {
    const merged = this.mounted ?? new OverlayBackend({ lowers: this.lowers, upper: this.upper, dev: 0, clock: this.store.clock });
    const up = this.upper;
    // Only paths the upper layer touches can differ; below an opaque upper dir everything can.
    const same = (path: string): boolean => {
      if (up.lstat(path)) return false;
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      return !(up.lstat(parent)?.kind === 'dir' && isOpaque(up, parent));
    };
    return changesDirs(merged, this.parentView(), { same });
  }

  /** SizeRw: bytes of what changed (`docker ps -s`, `docker inspect --size`). */
  size(): number {
    // Measure through a private view: asking for a size must not mount the layer.
    const view = this.mounted ?? new OverlayBackend({ lowers: this.lowers, upper: this.upper, dev: 0, clock: this.store.clock });
    // DiffSize is native (directory.Size of the upper dir): no mount, no work directory cleanup.
    return changesSize(view, this.computeChanges());
  }

  /** The layer tar `docker commit` stores: the upper dir with whiteouts in `.wh.` form. */
  tarStream(): Uint8Array {
    return layerTar(this.upper);
  }
}

