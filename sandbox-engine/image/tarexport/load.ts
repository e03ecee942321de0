/**
 * POST /images/load (`docker load`): moby v28.5.2 image/tarexport/load.go Load. The archive is
 * unpacked (untar.ts), then `manifest.json` drives it; without one the archive is read in the
 * pre-1.10 layout (legacy.ts). For each manifest entry:
 *
 * - the config file is read and parsed as an image (`invalid image JSON, no RootFS key`, Go's
 *   JSON errors), an OS other than linux refused (`cannot load windows image on linux`), an image
 *   of another platform than --platform skipped;
 * - `invalid manifest, layers length mismatch: expected <len(Layers)>, got <len(diff_ids)>`;
 * - each layer whose ChainID is not in the store yet is registered from its file (plain or gzip),
 *   with a `Loading layer` progress bar unless quiet; a tar whose sha256 is not the config's
 *   DiffID: `invalid diffID for layer <i>: expected "<config>", got "<actual>"`;
 * - the config is stored (its sha256 is the image ID), then each RepoTag is pointed at it:
 *   `The image <tag> already exists, renaming the old one with ID <old> to empty string` when the
 *   tag moves, `Loaded image: <tag>` each time;
 * - when the LAST entry had no tags, every entry's `Loaded image ID: <id>` line is printed (a
 *   blank line when there were none: an empty stream message).
 * Then `Parent` links between loaded images are restored (docker save writes them only when both
 * images are saved). Errors end the stream (StreamError): the CLI prints them as they are, after
 * whatever was loaded so far.
 *
 *   await loadImages(d, tarBytes, { quiet: true, onMessage: (m) => print(m) });
 */
import type { Daemon } from '../../daemon/daemon.ts';
import type { Layer } from '../../layer/layer-store.ts';
import { createChainID, digestOf, hexOf, type Digest } from '../../layer/digest.ts';
import { DOCKER_ROOT } from '../../daemon/layout.ts';
import { familiarString, parseNormalizedNamed, ReferenceError, type Named } from '../../reference/reference.ts';
import { fromUtf8 } from '../../util/text.ts';
import type { Platform } from '../../builder/platform.ts';
import { decompress, readGoTar, ScratchDir, StreamError } from './untar.ts';
import { field, goDecodeFirst, goUnmarshal, GoJSONError, isObject, typeError } from './go-decode.ts';
import { canonicalTime } from '../../daemon/commit.ts';
import { rememberLayerTar } from './layer-tar.ts';
import { isFsError, strerror } from '../../vfs/errors.ts';
import { TarFormatError } from '../../archive/tar.ts';
import { legacyLoad } from './legacy.ts';

/** A message of the load response stream. */
export type LoadMessage = { stream: string } | { id: string; status: string; progressDetail: { current: number; total: number } };

export interface LoadOptions {
  /** No `Loading layer` progress (the CLI asks for quiet unless its stdout is a terminal). */
  quiet?: boolean;
  platform?: Platform;
  onMessage?: (m: LoadMessage) => void | Promise<void>;
}

export interface ManifestItem {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
  Parent: string;
}

/** Virtual time loading takes: unpacking and hashing (a fixed cost plus 200 MB/s). */
export function loadDuration(bytes: number): number {
  return 50 + Math.ceil(bytes / 200_000);
}

function jsonError(e: unknown): never {
  if (e instanceof GoJSONError) throw new StreamError(e.message);
  throw e;
}

function strings(v: unknown, name: string, elemType: string, listType: string): string[] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v)) throw typeError(v, listType, 'manifestItem', name);
  return v.map((x) => {
    if (x !== null && typeof x !== 'string') throw typeError(x, elemType, 'manifestItem', name);
    return x ?? '';
  });
}

/** json.Decoder.Decode(&[]manifestItem) + validateManifest. */
export function parseManifest(bytes: Uint8Array): ManifestItem[] {
  let v: unknown;
  try {
    v = goDecodeFirst(fromUtf8(bytes));
  } catch (e) {
    jsonError(e);
  }
  if (v === null) throw new StreamError('invalid manifest, manifest cannot be null (but can be [])');
  try {
    if (!Array.isArray(v)) throw typeError(v, '[]tarexport.manifestItem');
    return v.map((item) => {
      if (item === null) return { Config: '', RepoTags: null, Layers: [], Parent: '' };
      if (!isObject(item)) throw typeError(item, 'tarexport.manifestItem');
      const str = (name: string, type: string): string => {
        const x = field(item, name);
        if (x !== null && x !== undefined && typeof x !== 'string') throw typeError(x, type, 'manifestItem', name);
        return typeof x === 'string' ? x : '';
      };
      const sources = field(item, 'LayerSources');
      if (sources !== null && sources !== undefined && !isObject(sources)) {
        throw typeError(sources, 'map[layer.DiffID]distribution.Descriptor', 'manifestItem', 'LayerSources');
      }
      return {
        Config: str('Config', 'string'),
        RepoTags: strings(field(item, 'RepoTags'), 'RepoTags', 'string', '[]string'),
        Layers: strings(field(item, 'Layers'), 'Layers', 'string', '[]string') ?? [],
        Parent: str('Parent', 'image.ID'),
      };
    });
  } catch (e) {
    return jsonError(e);
  }
}

export interface ParsedImage {
  raw: Uint8Array;
  os: string;
  architecture: string;
  variant: string;
  diffIDs: Digest[];
  /** History entries, as parsed (for checkValidParent and the non-empty layer count). */
  history: Array<Record<string, unknown>>;
}

/** image.NewFromJSON: Go's unmarshal into image.Image, and a rootfs that must be there. */
export function parseImage(raw: Uint8Array): ParsedImage {
  let v: unknown;
  try {
    v = goUnmarshal(fromUtf8(raw));
  } catch (e) {
    jsonError(e);
  }
  try {
    if (!isObject(v)) {
      if (v === null) throw new StreamError('invalid image JSON, no RootFS key');
      throw typeError(v, 'image.Image');
    }
    const str = (name: string): string => {
      const x = field(v, name);
      if (x !== null && x !== undefined && typeof x !== 'string') throw typeError(x, 'string', 'Image', name);
      return typeof x === 'string' ? x : '';
    };
    const os = str('os');
    const architecture = str('architecture');
    const variant = str('variant');
    const rootfs = field(v, 'rootfs');
    if (rootfs !== null && rootfs !== undefined && !isObject(rootfs)) throw typeError(rootfs, 'image.RootFS', 'Image', 'rootfs');
    const history = field(v, 'history');
    if (history !== null && history !== undefined && !Array.isArray(history)) throw typeError(history, '[]v1.History', 'Image', 'history');
    const entries = (Array.isArray(history) ? history : []).map((h) => {
      if (h !== null && !isObject(h)) throw typeError(h, 'v1.History', 'Image', 'history');
      return (h ?? {}) as Record<string, unknown>;
    });
    if (!isObject(rootfs)) throw new StreamError('invalid image JSON, no RootFS key');
    const ids = field(rootfs, 'diff_ids');
    if (ids !== null && ids !== undefined && !Array.isArray(ids)) throw typeError(ids, '[]layer.DiffID', 'RootFS', 'rootfs.diff_ids');
    const diffIDs = (Array.isArray(ids) ? ids : []).map((x) => {
      if (x !== null && typeof x !== 'string') throw typeError(x, 'layer.DiffID', 'RootFS', 'rootfs.diff_ids');
      return (x ?? '') as string;
    });
    return { raw, os, architecture, variant, diffIDs, history: entries };
  } catch (e) {
    return jsonError(e);
  }
}

/** The scratch directory of one load (os.MkdirTemp's decimal suffix, from the host's random source). */
export function scratchDir(d: Daemon): ScratchDir {
  return new ScratchDir(`${DOCKER_ROOT}/tmp/docker-import-${d.host.random.nextUint32()}`);
}

/**
 * LayerStore.registerTar, its failures (an entry the layer directory cannot take, such as a hard
 * link to a missing name) reported as the daemon's stream error rather than thrown through.
 */
export function registerLayerTar(d: Daemon, tar: Uint8Array, parent: Layer | null): Layer {
  try {
    return d.layers.registerTar(tar, parent);
  } catch (e) {
    if (isFsError(e)) {
      // Go's syscall texts are glibc's, lower-cased (the path is left out: approximate).
      const text = strerror(e.code);
      throw new StreamError(text.charAt(0).toLowerCase() + text.slice(1));
    }
    if (e instanceof TarFormatError) throw new StreamError(e.message);
    throw e;
  }
}

/** Layers and images a load takes and gives back (the deferred ReleaseAndLog calls). */
export class LoadSession {
  readonly d: Daemon;
  private readonly held: Layer[] = [];

  constructor(d: Daemon) {
    this.d = d;
  }

  /** lss.Get: one more reference on a layer that is there. */
  hold(l: Layer): Layer {
    this.held.push(this.d.layers.retain(l));
    return l;
  }

  /** loadLayer: register a tar on `parent` (the tar as read from the archive, maybe compressed). */
  register(data: Uint8Array, parent: Layer | null): Layer {
    const tar = decompress(data);
    // Go's reader fails first, with its own texts; then the store unpacks what it accepted.
    readGoTar(tar);
    const layer = registerLayerTar(this.d, tar, parent);
    this.held.push(layer);
    if (layer.refCount === 1) {
      this.d.layout.addLayer(layer);
      rememberLayerTar(layer, tar);
    }
    if (parent) this.d.layout.markCommitted(parent.cacheID);
    return layer;
  }

  /** ImageStore.Create: the image holds its top layer; an existing image is returned as it is. */
  createImage(raw: Uint8Array, top: Layer | null, parsed: ParsedImage): string {
    const nonEmpty = parsed.history.filter((h) => field(h, 'empty_layer') !== true).length;
    if (nonEmpty > parsed.diffIDs.length) throw new StreamError('too many non-empty layers in History section');
    const id = digestOf(raw);
    if (this.d.images.tryGet(id)) return id;
    if (top) this.d.layers.retain(top);
    const img = this.d.images.create(raw, top);
    this.d.layout.addImage(img.id, img.raw);
    return img.id;
  }

  release(): void {
    for (const l of this.held.splice(0).reverse()) for (const gone of this.d.layers.release(l)) this.d.layout.removeLayer(gone);
  }
}

/**
 * The `Loading layer` progress messages of one layer file: moby v28.5.2 pkg/progress/
 * progressreader.go under DecompressStream's 32 KiB bufio reads. A read reports when it got more
 * than min(512 KiB, 1% of the file) past the last report; a report goes out when it is the first
 * (the rate limiter's one token), reaches the end of the file, or is the EOF read; others wait
 * for the limiter's 100 ms, which a simulated read never takes, so they are dropped.
 */
export function loadingProgress(diffID: string, size: number): LoadMessage[] {
  const id = hexOf(diffID).slice(0, 12);
  const msg = (current: number): LoadMessage => ({ id, status: 'Loading layer', progressDetail: { current, total: size } });
  const every = size > 0 ? Math.min(512 * 1024, Math.trunc(0.01 * size)) : 512 * 1024;
  const out: LoadMessage[] = [];
  let current = 0;
  let last = 0;
  let token = true;
  while (current < size) {
    current += Math.min(32768, size - current);
    if (current - last > every) {
      if (token || current === size) out.push(msg(current));
      token = false;
      last = current;
    }
  }
  out.push(msg(current));
  return out;
}

/** setLoadedTag. */
async function setLoadedTag(d: Daemon, ref: Named, id: string, say: (text: string) => Promise<void>): Promise<void> {
  const prev = d.refs.tryGet(ref);
  if (prev !== undefined && prev !== id) await say(`The image ${familiarString(ref)} already exists, renaming the old one with ID ${prev} to empty string\n`);
  try {
    d.refs.add(ref, id, true);
  } catch {
    // AddTag's error is not checked in load.go.
  }
}

/** checkValidParent: the child's history is the parent's plus one entry. */
function validParent(child: ParsedImage, parent: ParsedImage): boolean {
  if (child.history.length === 0 && parent.history.length === 0) return true;
  if (child.history.length - parent.history.length !== 1) return false;
  return parent.history.every((h, i) => {
    const c = child.history[i];
    const time = (x: Record<string, unknown>) => (typeof field(x, 'created') === 'string' ? canonicalTime(field(x, 'created') as string) : null);
    if (time(h) !== time(c)) return false;
    const rest = (x: Record<string, unknown>) => JSON.stringify(['author', 'created_by', 'comment', 'empty_layer'].map((k) => field(x, k) ?? null));
    return rest(h) === rest(c);
  });
}

export async function loadImages(d: Daemon, input: Uint8Array, opts: LoadOptions = {}): Promise<void> {
  const emit = async (m: LoadMessage) => {
    await opts.onMessage?.(m);
  };
  const say = (text: string) => emit({ stream: text });
  const dir = scratchDir(d);
  dir.unpack(readGoTar(decompress(input)));
  await d.host.clock.advance(loadDuration(input.length));

  const manifestPath = dir.resolve('manifest.json');
  if (!dir.exists(manifestPath)) {
    await legacyLoad(d, dir, opts, emit);
    return;
  }
  const manifest = parseManifest(dir.read(manifestPath));
  const session = new LoadSession(d);
  const links: Array<{ id: string; parent: string }> = [];
  const parsedByID = new Map<string, ParsedImage>();
  let imageIDs = '';
  let refCount = 0;
  try {
    for (const m of manifest) {
      const raw = dir.read(dir.resolve(m.Config));
      const img = parseImage(raw);
      const os = img.os || 'linux';
      if (os !== 'linux') throw new StreamError(`cannot load ${os} image on linux`);
      if (opts.platform && !platformMatches(img, opts.platform)) continue;
      if (m.Layers.length !== img.diffIDs.length) {
        throw new StreamError(`invalid manifest, layers length mismatch: expected ${m.Layers.length}, got ${img.diffIDs.length}`);
      }
      let chain: Digest | null = null;
      let top: Layer | null = null;
      for (const [i, diffID] of img.diffIDs.entries()) {
        const layerPath = dir.resolve(m.Layers[i]);
        const want = createChainID(chain, diffID);
        const existing = d.layers.lookup(want);
        let layer: Layer;
        if (existing) layer = session.hold(existing);
        else {
          const data = dir.read(layerPath);
          if (!opts.quiet) for (const p of loadingProgress(diffID, data.length)) await emit(p);
          layer = session.register(data, top);
        }
        if (layer.diffID !== diffID) throw new StreamError(`invalid diffID for layer ${i}: expected ${JSON.stringify(diffID)}, got ${JSON.stringify(layer.diffID)}`);
        chain = want;
        top = layer;
      }
      const id = session.createImage(raw, top, img);
      parsedByID.set(id, img);
      imageIDs += `Loaded image ID: ${id}\n`;
      refCount = 0;
      for (const repoTag of m.RepoTags ?? []) {
        let named: Named;
        try {
          named = parseNormalizedNamed(repoTag);
        } catch (e) {
          if (e instanceof ReferenceError) throw new StreamError(e.message);
          throw e;
        }
        if (named.tag === undefined) throw new StreamError(`invalid tag ${JSON.stringify(repoTag)}`);
        await setLoadedTag(d, named, id, say);
        await say(`Loaded image: ${familiarString(named)}\n`);
        refCount++;
      }
      d.saveReferences();
      links.push({ id, parent: m.Parent });
    }
    // validatedParentLinks + setParentID.
    for (const p of links) {
      if (p.parent === '' || !links.some((q) => q.id === p.parent && q.id !== p.id)) continue;
      const child = parsedByID.get(p.id)!;
      const parent = parsedByID.get(p.parent)!;
      if (!validParent(child, parent)) throw new StreamError(`image ${p.parent} is not a valid parent for ${p.id}`);
      const img = d.images.get(p.id);
      d.images.setParent(p.id, p.parent);
      d.layout.addImage(img.id, img.raw, p.parent);
    }
  } finally {
    session.release();
  }
  if (refCount === 0) await say(imageIDs);
}

function platformMatches(img: ParsedImage, p: Platform): boolean {
  const v = (arch: string, variant: string) => (arch === 'amd64' && variant === 'v1' ? '' : variant);
  return (img.os || '') === p.os && img.architecture === p.architecture && v(img.architecture, img.variant) === v(p.architecture, p.variant);
}
