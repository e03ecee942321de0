/**
 * POST /commit (moby v28.5.2 daemon/commit.go CreateImageFromContainer, daemon/images/
 * image_commit.go CommitImage, image/image.go NewChildImage): the container's writable layer
 * (RWLayer.tarStream: its upper dir with whiteouts as `.wh.` entries) becomes a layer on the
 * image's chain, and a new image config is written:
 *
 * - `config` = the container's Config with the --change instructions applied (commit-changes.ts),
 *   then merged with the container's Config (create.ts mergeConfig, moby's merge);
 *   `container_config` = the container's Config; `container` = its ID;
 * - `history` = the parent's entries + one with CreatedBy = the container's Cmd joined by spaces,
 *   the -a author and -m comment; an empty change set adds `empty_layer: true` and no DiffID;
 * - top-level keys sorted (Image.MarshalJSON), struct fields in Go order (util/gojson.ts), so the
 *   image ID is the sha256 of exactly what moby would write.
 * The image's parent is the container's image (imagedb/metadata/<id>/parent), which is why
 * `docker history` shows the base image's ID on the second row.
 */
import { conflict } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { stateString } from '../container/state.ts';
import type { ContainerConfig, HistoryEntry } from '../image/types.ts';
import { containerConfigValue } from '../image/container-config-json.ts';
import { digestOf, type StoredImage } from '../image/store.ts';
import { utf8 } from '../util/text.ts';
import type { Layer } from '../layer/layer-store.ts';
import { DIGEST_EMPTY_TAR } from '../layer/digest.ts';
import type { Named } from '../reference/reference.ts';
import { goMarshal, type GoValue } from '../util/gojson.ts';
import { rfc3339Nano } from '../util/time.ts';
import { applyChanges } from './commit-changes.ts';
import { mergeConfig } from './create.ts';
import { ENGINE_VERSION, type Daemon } from './daemon.ts';
import { tagImage } from './image-tag.ts';

export interface CommitOptions {
  /** `repo[:tag]` to tag the new image with (already parsed by the client). */
  tag?: Named;
  author?: string;
  comment?: string;
  changes?: readonly string[];
  /** Pause a running container while its layer is read (no visible effect here: it is instant). */
  pause?: boolean;
}

/** Go re-marshals a parsed time: the fraction loses trailing zeros, a zero offset becomes `Z`. */
export function canonicalTime(s: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m) return s;
  const frac = (m[2] ?? '').slice(0, 9).replace(/0+$/, '');
  const zone = m[3] === 'z' || m[3] === '+00:00' || m[3] === '-00:00' ? 'Z' : m[3];
  return `${m[1]}${frac ? `.${frac}` : ''}${zone}`;
}

/** ocispec.History as Go writes it. */
function historyValue(h: HistoryEntry): GoValue {
  return {
    created: h.created !== undefined ? canonicalTime(h.created) : undefined,
    created_by: h.created_by || undefined,
    author: h.author || undefined,
    comment: h.comment || undefined,
    empty_layer: h.empty_layer || undefined,
  };
}

function cloneConfig(c: ContainerConfig): ContainerConfig {
  return JSON.parse(JSON.stringify(c)) as ContainerConfig;
}

/** NewChildImage + Image.MarshalJSON. */
function childConfigBytes(parent: StoredImage, c: Container, config: ContainerConfig, diffID: string | null, opts: CommitOptions, now: number): string {
  const created = rfc3339Nano(now);
  const p = parent.config as typeof parent.config & { 'os.version'?: string; 'os.features'?: string[] };
  const diffIDs = [...(p.rootfs?.diff_ids ?? [])];
  if (diffID) diffIDs.push(diffID);
  const history: GoValue[] = (p.history ?? []).map(historyValue);
  history.push(
    historyValue({
      created,
      created_by: (c.config.Cmd ?? []).join(' '),
      author: opts.author,
      comment: opts.comment,
      empty_layer: diffID === null,
    }),
  );
  return goMarshal(
    new Map<string, GoValue>([
      ['architecture', p.architecture || 'amd64'],
      ['author', opts.author || undefined],
      ['config', containerConfigValue(config)],
      ['container', c.id],
      ['container_config', containerConfigValue(c.config)],
      ['created', created],
      ['docker_version', ENGINE_VERSION],
      ['history', history],
      ['os', 'linux'],
      ['os.features', p['os.features']?.length ? p['os.features'] : undefined],
      ['os.version', p['os.version'] || undefined],
      ['rootfs', { type: 'layers', diff_ids: diffIDs.length > 0 ? diffIDs : undefined }],
      ['variant', p.variant || undefined],
    ].filter(([, v]) => v !== undefined) as Array<[string, GoValue]>),
  );
}

/**
 * Virtual time a commit takes: exporting and hashing the layer (a fixed cost plus 100 MB/s). It
 * also keeps two commits of the same container apart, as their creation times are in real life.
 */
export function commitDuration(tarBytes: number): number {
  return 120 + Math.ceil(tarBytes / 100_000);
}

/** Returns the new image ID (`sha256:…`). */
export async function commitContainer(d: Daemon, name: string, opts: CommitOptions = {}): Promise<string> {
  const c = d.containers.get(name);
  const status = stateString(c.state);
  if (status === 'dead') throw conflict(`You cannot commit container ${c.id} which is Dead`);
  if (status === 'removing') throw conflict(`You cannot commit container ${c.id} which is being removed`);
  const changed = applyChanges(cloneConfig(c.config), opts.changes ?? []);
  const config = cloneConfig(changed);
  mergeConfig(config, c.config);

  const parent = d.images.get(c.image);
  const base = parent.layer;
  // The layer is registered even when empty (as moby does), then given back.
  const tar = c.rwLayer.tarStream();
  await d.host.clock.advance(commitDuration(tar.length));
  const layer = d.layers.registerTar(tar, base);
  if (base) d.layout.markCommitted(base.cacheID);
  const empty = layer.diffID === DIGEST_EMPTY_TAR;
  let top: Layer | null;
  if (empty) {
    d.layers.release(layer);
    top = base ? d.layers.retain(base) : null;
  } else {
    if (layer.refCount === 1) d.layout.addLayer(layer);
    top = layer;
  }
  const raw = childConfigBytes(parent, c, config, empty ? null : layer.diffID, opts, d.now());
  const img = storeCommitted(d, raw, top);
  d.images.setParent(img.id, parent.id);
  d.layout.addImage(img.id, img.raw, parent.id);
  if (opts.tag) tagImage(d, img.id, opts.tag);
  return img.id;
}

/**
 * ImageStore.Create: the image holds the reference we took on its top layer; when the same config
 * bytes are stored already (same container, same virtual millisecond), that reference goes back.
 */
function storeCommitted(d: Daemon, raw: string, top: Layer | null): StoredImage {
  const existing = d.images.tryGet(digestOf(utf8(raw)));
  if (existing) {
    if (top) for (const l of d.layers.release(top)) d.layout.removeLayer(l);
    return existing;
  }
  return d.images.create(raw, top);
}
