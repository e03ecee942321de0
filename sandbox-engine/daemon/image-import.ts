/**
 * POST /images/create?fromSrc=… (`docker import`): moby v28.5.2 api/server/router/image
 * image_routes.go postImagesCreate (import branch) and daemon/images/image_import.go ImportImage.
 *
 * - `repo` is parsed with the tag added (httputils.RepoTagReference): a digest is refused with
 *   `cannot import digest reference`;
 * - the comment defaults to `Imported from <src>`, and the CLI always sends `-` as the source of a
 *   file or stdin, hence `Imported from -`;
 * - the --change lines are applied to an empty Config (commit-changes.ts, BuildFromConfig);
 * - the tar (plain or gzip) becomes one layer on nothing; its DiffID is the sha256 of the bytes as
 *   read (an empty input is an empty layer with the sha256 of nothing);
 * - the config is a V1Image with docker_version, config, container_config (empty: a struct),
 *   architecture/variant/os of --platform or the host, created = now, comment, one history entry
 *   {created, comment}, rootfs; top-level keys sorted (Image.MarshalJSON).
 * Returns the image ID, which the daemon sends as the stream's last status (`sha256:…`).
 *
 *   const id = await importImage(d, tarBytes, { repo: 'myimg', changes: ['CMD ["/bin/sh"]'] });
 */
import { invalidParameter, system } from '../errdefs/errors.ts';
import { emptyContainerConfig } from '../image/types.ts';
import { containerConfigValue } from '../image/container-config-json.ts';
import { goMarshal, type GoValue } from '../util/gojson.ts';
import { rfc3339Nano } from '../util/time.ts';
import { parseNormalizedNamed, ReferenceError, tagNameOnly, withTag, type Named } from '../reference/reference.ts';
import { ENGINE_PLATFORM, parsePlatform, type Platform } from '../builder/platform.ts';
import { applyChanges } from './commit-changes.ts';
import { commitDuration } from './commit.ts';
import { tagImage } from './image-tag.ts';
import { ENGINE_VERSION, type Daemon } from './daemon.ts';
import { httpSourceError } from '../builder/remote.ts';
import { decompress, readGoTar, StreamError } from '../image/tarexport/untar.ts';
import { rememberLayerTar } from '../image/tarexport/layer-tar.ts';
import { registerLayerTar } from '../image/tarexport/load.ts';

export interface ImportOptions {
  /** The `repo` query parameter: what the user wrote as REPOSITORY[:TAG]. */
  repo?: string;
  /** The `tag` parameter (the CLI sends none). */
  tag?: string;
  /** -m; empty means `Imported from <src>`. */
  message?: string;
  changes?: readonly string[];
  /** --platform as typed. */
  platform?: string;
  /** `-` for a file or stdin, else the URL. */
  source?: string;
}

/** httputils.RepoTagReference. */
function repoTagReference(repo: string, tag: string): Named | null {
  if (repo === '') return null;
  try {
    const ref = parseNormalizedNamed(repo);
    if (ref.digest !== undefined) throw invalidParameter('cannot import digest reference');
    return tag !== '' ? withTag(ref, tag) : tagNameOnly(ref);
  } catch (e) {
    if (e instanceof ReferenceError) throw invalidParameter(e.message);
    throw e;
  }
}

function configBytes(platform: Platform, config: GoValue, created: string, comment: string, diffID: string): string {
  const entries: Array<[string, GoValue]> = [
    ['architecture', platform.architecture],
    ['comment', comment || undefined],
    ['config', config],
    ['container_config', containerConfigValue(emptyContainerConfig())],
    ['created', created],
    ['docker_version', ENGINE_VERSION],
    ['history', [{ created, comment: comment || undefined }]],
    ['os', platform.os],
    ['rootfs', { type: 'layers', diff_ids: [diffID] }],
    ['variant', platform.variant || undefined],
  ];
  return goMarshal(new Map(entries.filter(([, v]) => v !== undefined)));
}

export async function importImage(d: Daemon, data: Uint8Array | null, opts: ImportOptions = {}): Promise<string> {
  let platform = ENGINE_PLATFORM;
  if (opts.platform) {
    try {
      platform = parsePlatform(opts.platform);
    } catch (e) {
      throw invalidParameter((e as Error).message);
    }
  }
  const ref = repoTagReference(opts.repo ?? '', opts.tag ?? '');
  const source = opts.source ?? '-';
  const comment = opts.message || `Imported from ${source}`;
  if (data === null) {
    // A URL: the simulated host has no network.
    const url = source.includes('://') ? source : `http://${source}`;
    throw system(httpSourceError(d, url));
  }
  if (platform.os.toLowerCase() !== 'linux') throw invalidParameter('operating system is not supported');
  const config = applyChanges(emptyContainerConfig(), opts.changes ?? []);

  let tar: Uint8Array;
  try {
    tar = decompress(data);
    readGoTar(tar);
  } catch (e) {
    if (e instanceof StreamError) throw system(e.message);
    throw e;
  }
  await d.host.clock.advance(commitDuration(tar.length));
  let layer;
  try {
    layer = registerLayerTar(d, tar, null);
  } catch (e) {
    if (e instanceof StreamError) throw system(e.message);
    throw e;
  }
  if (layer.refCount === 1) {
    d.layout.addLayer(layer);
    rememberLayerTar(layer, tar);
  }
  const created = rfc3339Nano(d.now());
  const raw = configBytes(platform, containerConfigValue(config), created, comment, layer.diffID);
  // ImageStore.Create takes its own reference; the registration's one goes back (ReleaseAndLog).
  const before = d.images.all().length;
  const img = d.images.create(raw, layer);
  if (d.images.all().length === before) for (const gone of d.layers.release(layer)) d.layout.removeLayer(gone);
  else d.layout.addImage(img.id, img.raw);
  if (ref) tagImage(d, img.id, ref);
  return img.id;
}
