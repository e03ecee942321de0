/**
 * GET /images/get (`docker save`): moby v28.5.2 image/tarexport/save.go. The archive is an OCI
 * image layout that older tools can still read:
 *
 *   blobs/                          0755, mtime = the (last) image's `created`
 *   blobs/sha256/                   0755, mtime = now (the manifest blob was the last file made)
 *   blobs/sha256/<hex>              0644: each layer tar (named by its DiffID), each layer's
 *                                   legacy v1 JSON (v1.ts), the image config (named by the image
 *                                   ID), all with mtime = `created`; the OCI manifest, mtime 0
 *   index.json                      0644, mtime 0: the manifests, one per tag, annotated with
 *                                   `io.containerd.image.name` and `org.opencontainers.image.ref.name`
 *   manifest.json                   0644, mtime 0: [{Config, RepoTags, Layers, LayerSources}] (+ newline)
 *   oci-layout                      0644, mtime 0: {"imageLayoutVersion": "1.0.0"}
 *   repositories                    0644, mtime 0, only with tags: {repo: {tag: <top DiffID hex>}}
 *
 * The entries are written as go-archive's Tar(tempDir) writes a directory: lexical walk order, the
 * root left out, uid/gid 0, no user names, whole-second mtimes (archive/tar.ts).
 *
 * Which images (parseNames): a 64-hex ID or `sha256:` digest is an image ID; a name with a tag
 * or digest goes through the reference store (`reference does not exist`); a bare name takes
 * every tag of the repository, else is searched as an ID prefix (`No such image: <name>`); a
 * name `sha256:<prefix>` is an ID prefix. Several names for one image give one entry with all
 * their tags. Go iterates its image map in random order; here the images come in the order named.
 *
 *   const tar = await saveImages(d, ['alpine']);
 */
import { invalidParameter, notFound, system } from '../../errdefs/errors.ts';
import type { Daemon } from '../../daemon/daemon.ts';
import type { StoredImage } from '../store.ts';
import { digestOf, hexOf, type Digest } from '../../layer/digest.ts';
import { familiarName, familiarString, fullString, parseNormalizedNamed, ReferenceError, tagNameOnly, type Named } from '../../reference/reference.ts';
import { writeTar, type TarHeaderInput } from '../../archive/tar.ts';
import { goMarshal, type GoValue } from '../../util/gojson.ts';
import { utf8, fromUtf8 } from '../../util/text.ts';
import { formatPlatform, type Platform } from '../../builder/platform.ts';
import { legacyLayers } from './v1.ts';
import { layerTarOf } from './layer-tar.ts';
import { goUnmarshal, isObject } from './go-decode.ts';
import { DOCKER_ROOT } from '../../daemon/layout.ts';

export const MEDIA_TYPE_LAYER = 'application/vnd.oci.image.layer.v1.tar';
export const MEDIA_TYPE_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const MEDIA_TYPE_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const MEDIA_TYPE_INDEX = 'application/vnd.oci.image.index.v1+json';
/** save.go: ociLayoutContent (with the space, no newline). */
export const OCI_LAYOUT = '{"imageLayoutVersion": "1.0.0"}';

export interface SaveOptions {
  /** --platform: only an image of this platform (else `no suitable export target found ...`). */
  platform?: Platform;
}

interface Descr {
  image: StoredImage;
  refs: Named[];
}

const FULL_HEX = /^[a-f0-9]{64}$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

/** image store Get by ID (`failed to get digest ...` when there is no such config file). */
function imageByID(d: Daemon, id: Digest): StoredImage {
  const img = d.images.tryGet(id);
  if (img) return img;
  throw notFound(`failed to get digest ${id}: open ${DOCKER_ROOT}/image/overlay2/imagedb/content/sha256/${hexOf(id)}: no such file or directory`);
}

/** image store Search: an ID prefix (digestset.Lookup). */
export function searchImage(d: Daemon, term: string): StoredImage {
  const colon = term.indexOf(':');
  const [alg, hex] = colon >= 0 ? [term.slice(0, colon), term.slice(colon + 1)] : ['', term];
  const matches = d.images.all().filter((i) => (alg === '' || alg === 'sha256') && hexOf(i.id).startsWith(hex));
  if (matches.length === 0 || hex === '') throw notFound(`No such image: ${term}`);
  const exact = matches.find((i) => hexOf(i.id) === hex);
  if (exact) return exact;
  if (matches.length > 1) throw system('ambiguous digest string');
  return matches[0];
}

function platformOf(img: StoredImage): Platform {
  const c = img.config as { os?: string; architecture?: string; variant?: string };
  return { os: c.os ?? '', architecture: c.architecture ?? '', variant: c.variant ?? '' };
}

function samePlatform(a: Platform, b: Platform): boolean {
  const v = (p: Platform) => (p.architecture === 'amd64' && p.variant === 'v1' ? '' : p.variant);
  return a.os === b.os && a.architecture === b.architecture && v(a) === v(b);
}

/** takeLayerReference's checks. */
function checkImage(img: StoredImage, opts: SaveOptions): void {
  const os = (img.config as { os?: string }).os || 'linux';
  if (os !== 'linux') throw system(`os ${JSON.stringify(os)} is not supported`);
  if (opts.platform && !samePlatform(platformOf(img), opts.platform)) {
    throw system(`no suitable export target found for platform ${formatPlatform(opts.platform)}`);
  }
}

/** parseNames: the images to save and the tags each is saved under. */
function parseNames(d: Daemon, names: readonly string[], opts: SaveOptions): Map<string, Descr> {
  const out = new Map<string, Descr>();
  const add = (img: StoredImage, ref: Named | null) => {
    let e = out.get(img.id);
    if (!e) {
      checkImage(img, opts);
      e = { image: img, refs: [] };
      out.set(img.id, e);
    }
    if (!ref || ref.digest !== undefined) return;
    const tagged = tagNameOnly(ref);
    if (!e.refs.some((r) => fullString(r) === fullString(tagged))) e.refs.push(tagged);
  };
  for (const name of names) {
    // reference.ParseAnyReference: an ID, a digest, or a name.
    if (FULL_HEX.test(name) || DIGEST_RE.test(name)) {
      add(imageByID(d, name.startsWith('sha256:') ? name : `sha256:${name}`), null);
      continue;
    }
    let named: Named;
    try {
      named = parseNormalizedNamed(name);
    } catch (e) {
      if (e instanceof ReferenceError) throw invalidParameter(e.message);
      throw e;
    }
    if (familiarName(named) === 'sha256') {
      add(searchImage(d, name), null);
      continue;
    }
    if (named.tag === undefined && named.digest === undefined) {
      // ReferencesByName: every reference of the repository, sorted by their full text.
      const assocs = d.refs
        .all()
        .filter((a) => familiarName(a.ref) === familiarName(named))
        .sort((a, b) => (fullString(a.ref) < fullString(b.ref) ? -1 : fullString(a.ref) > fullString(b.ref) ? 1 : 0));
      for (const a of assocs) add(d.images.get(a.id), a.ref);
      if (assocs.length === 0) add(searchImage(d, name), null);
      continue;
    }
    add(d.images.get(d.refs.get(named)), named);
  }
  return out;
}

/** Go time text → whole seconds since the epoch (tar headers truncate to seconds). */
export function goTimeSeconds(t: string | undefined): number {
  if (!t) return 0;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|z|[+-]\d{2}:\d{2})$/.exec(t);
  if (!m) return 0;
  const ms = Date.parse(`${m[1]}${m[2] === 'z' ? 'Z' : m[2]}`);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}

/** Virtual time a save takes: writing and hashing the archive (a fixed cost plus 200 MB/s). */
export function saveDuration(bytes: number): number {
  return 50 + Math.ceil(bytes / 200_000);
}

interface Blob {
  data: Uint8Array;
  mtime: number;
}

/** distribution.Descriptor as Go writes it: mediaType, size, digest. */
function layerSource(digest: Digest, size: number): GoValue {
  return { mediaType: MEDIA_TYPE_LAYER, size, digest };
}

export async function saveImages(d: Daemon, names: readonly string[], opts: SaveOptions = {}): Promise<Uint8Array> {
  const images = parseNames(d, names, opts);
  const blobs = new Map<string, Blob>();
  const put = (digest: Digest, data: Uint8Array, mtime: number) => {
    if (!blobs.has(hexOf(digest))) blobs.set(hexOf(digest), { data, mtime });
  };
  const manifest: GoValue[] = [];
  const reposLegacy = new Map<string, Map<string, string>>();
  const manifestDescriptors: GoValue[] = [];
  const parentLinks: Array<{ id: string; parent: string }> = [];
  let blobsDirTime = 0;
  let total = 0;

  for (const [id, { image, refs }] of images) {
    const config = goUnmarshal(fromUtf8(image.raw));
    const cfg = isObject(config) ? config : {};
    const layers = image.layer ? image.layer.chain().reverse() : [];
    const diffIDs = image.config.rootfs?.diff_ids ?? [];
    if (diffIDs.length === 0) throw system('empty export - not implemented');
    const ts = goTimeSeconds(image.config.created);
    // saveImage: per layer its legacy JSON, then the layer tar (once per DiffID).
    const sources = new Map<string, GoValue>();
    const legacy = legacyLayers(cfg, layers.map((l) => l.chainID));
    layers.forEach((l, i) => {
      put(digestOf(utf8(legacy[i].json)), utf8(legacy[i].json), ts);
      if (!sources.has(l.diffID)) {
        const tar = blobs.get(hexOf(l.diffID))?.data ?? layerTarOf(l);
        put(l.diffID, tar, ts);
        total += tar.length;
        sources.set(l.diffID, layerSource(digestOf(tar), tar.length));
      }
    });
    put(id, image.raw, ts);
    blobsDirTime = ts;

    const ociLayers = layers.map((l) => {
      const s = sources.get(l.diffID) as { mediaType: string; size: number; digest: string };
      return { mediaType: s.mediaType, digest: s.digest, size: s.size };
    });
    const mfst = utf8(
      goMarshal({
        schemaVersion: 2,
        mediaType: MEDIA_TYPE_MANIFEST,
        config: { mediaType: MEDIA_TYPE_CONFIG, digest: id, size: image.raw.length },
        layers: ociLayers,
      }),
    );
    const mdigest = digestOf(mfst);
    put(mdigest, mfst, 0);
    const untagged = { mediaType: MEDIA_TYPE_MANIFEST, digest: mdigest, size: mfst.length };
    const top = hexOf(layers[layers.length - 1].diffID);
    for (const ref of refs) {
      const repo = familiarName(ref);
      if (!reposLegacy.has(repo)) reposLegacy.set(repo, new Map());
      reposLegacy.get(repo)!.set(ref.tag ?? 'latest', top);
      manifestDescriptors.push({
        ...untagged,
        annotations: new Map([
          ['io.containerd.image.name', fullString(ref)],
          ['org.opencontainers.image.ref.name', ref.tag ?? 'latest'],
        ]),
      });
    }
    // save.go checks the list so far, not this image: a second untagged image is left out.
    if (manifestDescriptors.length === 0) manifestDescriptors.push(untagged);
    manifest.push({
      Config: `blobs/sha256/${hexOf(id)}`,
      RepoTags: refs.length ? refs.map((r) => familiarString(r)) : null,
      Layers: layers.map((l) => `blobs/sha256/${hexOf(l.diffID)}`),
      Parent: undefined,
      LayerSources: new Map([...sources]),
    });
    parentLinks.push({ id, parent: image.parent ?? '' });
  }

  // validatedParentLinks: a parent is written only when it is saved too.
  parentLinks.forEach((p, i) => {
    if (p.parent !== '' && parentLinks.some((q) => q.id === p.parent && q.id !== p.id)) {
      const item = manifest[i] as Record<string, GoValue>;
      const { LayerSources, ...rest } = item;
      manifest[i] = { ...rest, Parent: p.parent, LayerSources };
    }
  });

  await d.host.clock.advance(saveDuration(total));
  const now = Math.floor(d.now() / 1000);
  const entries: Array<{ header: TarHeaderInput; body?: Uint8Array }> = [];
  const dir = (name: string, mtime: number) => entries.push({ header: { name, type: 'dir', mode: 0o755, mtime } });
  const file = (name: string, body: Uint8Array, mtime: number) => entries.push({ header: { name, type: 'file', mode: 0o644, mtime }, body });
  dir('blobs/', blobsDirTime);
  dir('blobs/sha256/', now);
  for (const hex of [...blobs.keys()].sort()) file(`blobs/sha256/${hex}`, blobs.get(hex)!.data, blobs.get(hex)!.mtime);
  const index = goMarshal({ schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests: manifestDescriptors });
  file('index.json', utf8(index), 0);
  // json.NewEncoder(f).Encode: a newline after the value.
  file('manifest.json', utf8(`${goMarshal(manifest)}\n`), 0);
  file('oci-layout', utf8(OCI_LAYOUT), 0);
  if (reposLegacy.size > 0) file('repositories', utf8(`${goMarshal(reposLegacy as unknown as GoValue)}\n`), 0);
  return writeTar(entries);
}
