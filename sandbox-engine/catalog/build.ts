/**
 * Catalog image → everything the engine and the registry need, computed once per process:
 *
 *   const m = materialize(alpine);
 *   m.diffIDs      // ['sha256:…'] = sha256 of each layer's tar (archive/diff.ts writeTreeTar)
 *   m.id           // 'sha256:…' = sha256 of m.configBytes (the image ID)
 *   m.repoDigest   // 'sha256:…' of the image index the tag points at (RepoDigests, `Digest:`)
 *   await loadImage(alpine);                          // the layers' file lists (see below)
 *   const layers = registerImageLayers(store, m);   // LayerStore layers, bottom first
 *
 * Two halves. Everything but the layer trees comes from the image's metadata and the DiffIDs and
 * sizes recorded in layer-digests.ts: synchronous, cheap, and no file list needed (hashing the
 * tars' synthetic zeros took about half a second per start). The trees need the layers' file
 * lists, which live in modules of their own (in the browser, chunks of their own), registered with
 * util/preload.ts `deferred` by images/*.ts: the session loads them with the engine's other
 * deferred code before its first command, each chunk in parallel. `loadImage` reads them (loading
 * them itself outside a session), and a layer's tree is built on first use of `tree`. Using `tree`
 * before `loadImage` throws. A layer missing from the table is hashed when materialized (its
 * data must be loaded by then). Results are memoized by layer key, and a layer shared by two
 * images (alpine's under nginx:alpine) is loaded and built once.
 *
 * Determinism: no command waits for layer data mid-run (a load takes event-loop turns nobody
 * controls, which something computing meanwhile could use): the session's `whenPreloaded` covers
 * it, so a first pull finds the modules loaded and `loadImage` costs it only microtasks.
 */
import { chainID, digestOf, type Digest } from '../layer/digest.ts';
import type { Layer, LayerStore } from '../layer/layer-store.ts';
import type { MemFs } from '../vfs/memfs.ts';
import type { ImageConfig } from '../image/types.ts';
import { fromUtf8, utf8 } from '../util/text.ts';
import { buildIndex, buildManifest, type Blob } from './manifest.ts';
import { buildLayerTree } from './tree.ts';
import { hashLayer, type KnownLayerDigest } from './hash-layer.ts';
import { LAYER_DIGESTS } from './layer-digests.ts';
import type { LayerSpec } from './spec.ts';
import type { CatalogImage, CatalogLayer } from './types.ts';

export interface MaterializedLayer {
  key: string;
  /**
   * The layer directory (overlay on-disk form); LayerStore.register copies it. Built on first
   * use, from the file list `loadImage` imported; throws before that.
   */
  readonly tree: MemFs;
  diffID: Digest;
  /** Bytes of the uncompressed layer tar. */
  tarSize: number;
  /** moby directory.Size of the layer (layerdb `size`, `docker history` SIZE). */
  size: number;
  /** The registry blob (gzip) descriptor: a stand-in digest and the compressed size. */
  blob: Blob;
}

export interface MaterializedImage {
  image: CatalogImage;
  layers: MaterializedLayer[];
  diffIDs: Digest[];
  /** ChainID of each prefix of the layer stack, bottom first. */
  chainIDs: Digest[];
  /** Sum of layer sizes: what `docker images` shows. */
  size: number;
  configBytes: Uint8Array;
  config: ImageConfig;
  /** sha256 of configBytes. */
  id: Digest;
  manifest: Blob & { bytes: Uint8Array };
  index: Blob & { bytes: Uint8Array };
  /** The digest the tag resolves to (the index), as in `RepoDigests` and `Digest:` lines. */
  repoDigest: Digest;
}

const layerCache = new Map<string, MaterializedLayer>();
const imageCache = new Map<CatalogImage, MaterializedImage>();
/** Loaded layer descriptions (and loads under way), and the trees built from them, by layer key. */
const specs = new Map<string, LayerSpec>();
const loading = new Map<string, Promise<void>>();
const trees = new Map<string, MemFs>();

/**
 * Stand-in for the gzip blob's digest. Our tars are never compressed, so this only has to be
 * deterministic and unique per layer: it is what pull progress lines show (`43c4264eed91: Pull
 * complete` names the compressed blob, not the DiffID).
 */
function blobDigest(diffID: Digest, compressedSize: number): Digest {
  return digestOf(utf8(`gzip ${diffID} ${compressedSize}`));
}

/**
 * Read the file lists of the image's layers (once per process, all layers at once); needed before
 * `tree` is used. Their modules are util/preload.ts deferreds, so within a session they are loaded
 * before any command runs and this only waits for microtasks.
 */
export async function loadImage(image: CatalogImage): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const layer of image.layers) {
    if (specs.has(layer.key)) continue;
    let p = loading.get(layer.key);
    if (!p) {
      p = layer.spec().then(
        (spec) => {
          specs.set(layer.key, spec);
        },
        (e: unknown) => {
          loading.delete(layer.key);
          throw e;
        },
      );
      loading.set(layer.key, p);
    }
    waits.push(p);
  }
  await Promise.all(waits);
}

/** Whether `loadImage` has run for the image. */
export function isLoaded(image: CatalogImage): boolean {
  return image.layers.every((l) => specs.has(l.key));
}

function layerTree(layer: CatalogLayer): MemFs {
  let tree = trees.get(layer.key);
  if (tree) return tree;
  const spec = specs.get(layer.key);
  if (!spec) throw new Error(`catalog: layer ${layer.key} is not loaded (await loadImage(image) first)`);
  tree = buildLayerTree(spec);
  trees.set(layer.key, tree);
  return tree;
}

export function materializeLayer(layer: CatalogLayer): MaterializedLayer {
  const cached = layerCache.get(layer.key);
  if (cached) return cached;
  const known: KnownLayerDigest = LAYER_DIGESTS[layer.key] ?? hashLayer(layerTree(layer));
  const m: MaterializedLayer = {
    key: layer.key,
    get tree() {
      return layerTree(layer);
    },
    diffID: known.diffID,
    tarSize: known.tarSize,
    size: known.size,
    blob: { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: blobDigest(known.diffID, layer.compressedSize), size: layer.compressedSize },
  };
  layerCache.set(layer.key, m);
  return m;
}

export function materialize(image: CatalogImage): MaterializedImage {
  const cached = imageCache.get(image);
  if (cached) return cached;
  const layers = image.layers.map(materializeLayer);
  const diffIDs = layers.map((l) => l.diffID);
  const chainIDs = diffIDs.map((_, i) => chainID(diffIDs.slice(0, i + 1)));
  const json = image.configJSON(diffIDs);
  const configBytes = utf8(json);
  const id = digestOf(configBytes);
  const configBlob: Blob = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: id, size: configBytes.length };
  const manifestBytes = buildManifest(configBlob, layers.map((l) => l.blob));
  const manifest = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(manifestBytes), size: manifestBytes.length, bytes: manifestBytes };
  const indexBytes = buildIndex(manifest, { architecture: image.architecture, os: image.os });
  const index = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: digestOf(indexBytes), size: indexBytes.length, bytes: indexBytes };
  const m: MaterializedImage = {
    image,
    layers,
    diffIDs,
    chainIDs,
    size: layers.reduce((n, l) => n + l.size, 0),
    configBytes,
    config: JSON.parse(fromUtf8(configBytes)) as ImageConfig,
    id,
    manifest,
    index,
    repoDigest: index.digest,
  };
  imageCache.set(image, m);
  return m;
}

/**
 * Register the image's layers in the store (their trees must be loaded: `loadImage`), each on the previous one, passing the known DiffIDs
 * so nothing is hashed again. Layers already present are shared (LayerStore.register). Returns the
 * layers bottom first; the caller owns one reference, to the top layer (an image holds its top
 * layer, which holds its parents), as moby's download manager leaves it.
 */
export function registerImageLayers(store: LayerStore, m: MaterializedImage): Layer[] {
  const out: Layer[] = [];
  let parent: Layer | null = null;
  for (const l of m.layers) {
    const layer: Layer = store.register(l.tree, parent, { diffID: l.diffID });
    if (parent) store.release(parent);
    out.push(layer);
    parent = layer;
  }
  return out;
}
