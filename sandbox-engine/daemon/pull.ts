/**
 * POST /images/create (moby daemon/images/image_pull.go → distribution/pull_v2.go `pullTag`):
 * resolve the reference on the simulated Hub, stream the progress messages, register the layers
 * that are not there yet and the image config, then point the tag (and the repo digest) at it.
 *
 *   const r = await pullImage(d, 'alpine', { onProgress: (e) => print(e) });
 *   r.image.id            // sha256:… of the catalog config bytes
 *   r.ref                 // docker.io/library/alpine:latest (the name as pulled)
 *
 * Virtual time moves while the pull runs: each progress message is delivered at its time in the
 * registry's schedule (registry/pull-events.ts), as a client waiting on a real pull sees them.
 * Errors: RegistryError (unknown repository or tag; other registries), `'scratch' is a reserved
 * name`, or a ReferenceError for a malformed name (wrapped as InvalidParameter).
 */
import { invalidParameter, system } from '../errdefs/errors.ts';
import type { StoredImage } from '../image/store.ts';
import { registerImageLayers } from '../catalog/index.ts';
import { familiarName, parseNormalizedNamed, ReferenceError, tagNameOnly, type Named } from '../reference/reference.ts';
import { Registry, pullEvents, type PullEvent, type ResolvedImage } from '../registry/index.ts';
import type { Daemon } from './daemon.ts';

/** The one Docker Hub every simulated host talks to (stateless: it serves the catalog). */
export const HUB = new Registry();

export interface PullOptions {
  /** Each JSON message of the stream, when the daemon sends it. */
  onProgress?: (e: PullEvent) => void | Promise<void>;
  registry?: Registry;
  /** False: leave out the final `Status:` message (pulling all tags sends one for the lot). */
  status?: boolean;
}

export interface PullResult {
  /** The reference as pulled (`:latest` added when it had neither tag nor digest). */
  ref: Named;
  image: StoredImage;
  resolved: ResolvedImage;
  events: PullEvent[];
  /** False when the tag already pointed at this image (`Image is up to date`). */
  tagUpdated: boolean;
}

function parse(input: string | Named): Named {
  if (typeof input !== 'string') return input;
  try {
    return parseNormalizedNamed(input);
  } catch (e) {
    if (e instanceof ReferenceError) throw invalidParameter(e.message);
    throw e;
  }
}

export async function pullImage(d: Daemon, input: string | Named, opts: PullOptions = {}): Promise<PullResult> {
  const ref = tagNameOnly(parse(input));
  // moby distribution/pull.go validateRepoName (api.NoBaseImageSpecifier).
  if (familiarName(ref) === 'scratch') throw invalidParameter("'scratch' is a reserved name");
  const resolved = (opts.registry ?? HUB).resolve(ref);
  const m = resolved.materialize();
  const hasImage = d.images.tryGet(m.id) !== undefined;
  // Registering the layers needs their file lists. Their modules (chunks of their own in the
  // browser) are util/preload.ts deferreds, loaded before the command ran (the session's
  // whenPreloaded), so within a session this waits for microtasks only, never for an import.
  if (!hasImage) await resolved.load();
  const oldTagID = d.refs.tryGet(ref);
  const events = pullEvents(resolved, {
    hasImage,
    tagUpToDate: oldTagID === m.id,
    hasLayer: (c) => d.layers.lookup(c) !== undefined,
  });

  const clock = d.host.clock;
  const start = clock.now();
  let image: StoredImage | undefined = hasImage ? d.images.get(m.id) : undefined;
  for (const e of events) {
    const due = start + e.at - clock.now();
    if (due > 0) await clock.advance(due);
    // The image is stored once its last layer is registered, before the `Digest:` message.
    if (!image && e.status.startsWith('Digest: ')) image = storeImage(d, m);
    if (opts.status === false && e.status.startsWith('Status: ')) continue;
    await opts.onProgress?.(e);
  }
  image ??= storeImage(d, m);
  const tagUpdated = oldTagID !== image.id;
  if (tagUpdated) setReferences(d, ref, resolved.digest(), image.id);
  else addDigestReference(d, ref, resolved.digest(), image.id);
  d.saveReferences();
  return { ref, image, resolved, events, tagUpdated };
}

/** Register the layers not present yet, then the config (ImageStore.Create); mirrors both on disk. */
function storeImage(d: Daemon, m: ReturnType<ResolvedImage['materialize']>): StoredImage {
  const existing = d.images.tryGet(m.id);
  if (existing) return existing;
  const before = new Set(m.chainIDs.filter((c) => d.layers.lookup(c) !== undefined));
  const layers = registerImageLayers(d.layers, m);
  for (const l of layers) {
    if (before.has(l.chainID)) continue;
    d.layout.addLayer(l);
    if (l.parent) d.layout.markCommitted(l.parent.cacheID);
  }
  const top = layers.length > 0 ? layers[layers.length - 1] : null;
  const image = d.images.create(m.configBytes, top);
  d.layout.addImage(image.id, image.raw);
  return image;
}

/** distribution/pull.go addDigestReference: `name@<manifest digest>`, never moved once set. */
function addDigestReference(d: Daemon, ref: Named, digest: string, id: string): void {
  const dref: Named = { domain: ref.domain, path: ref.path, digest };
  if (d.refs.tryGet(dref) !== undefined) return;
  d.refs.add(dref, id, true);
}

function setReferences(d: Daemon, ref: Named, digest: string, id: string): void {
  try {
    if (ref.digest !== undefined) {
      d.refs.add(ref, id, true);
    } else {
      addDigestReference(d, ref, digest, id);
      d.refs.add(ref, id, true);
    }
  } catch (e) {
    throw system(e instanceof Error ? e.message : String(e));
  }
}

/**
 * `docker pull -a NAME` (pull_v2.go pullRepository): every tag the registry lists, in its order,
 * then one status line naming the repository (`Status: Downloaded newer image for alpine`).
 */
export async function pullAllTags(d: Daemon, input: string | Named, opts: PullOptions = {}): Promise<PullResult[]> {
  const named = parse(input);
  const ref: Named = { domain: named.domain, path: named.path };
  if (familiarName(ref) === 'scratch') throw invalidParameter("'scratch' is a reserved name");
  const registry = opts.registry ?? HUB;
  const tags = registry.tags(ref.path);
  // An unknown repository (or registry) fails as a pull of its default tag does.
  if (tags.length === 0) registry.resolve(tagNameOnly(ref));
  const results: PullResult[] = [];
  for (const tag of tags) results.push(await pullImage(d, { ...ref, tag }, { ...opts, registry, status: false }));
  const downloaded = results.some((r) => r.tagUpdated);
  const name = familiarName(ref);
  await opts.onProgress?.({ status: downloaded ? `Status: Downloaded newer image for ${name}` : `Status: Image is up to date for ${name}`, at: 0 });
  return results;
}
