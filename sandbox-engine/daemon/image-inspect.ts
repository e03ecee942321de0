/**
 * GET /images/{name}/json (moby v28.5.2 daemon/images/image_inspect.go ImageInspect and the API
 * 1.51 router, api/server/router/image/image_routes.go getImagesByName + inspect_response.go).
 *
 * The Go value is image.InspectResponse (api/types/image/image_inspect.go) with Config as a
 * DockerOCIImageConfig (OCI field tags, all omitempty). On the wire API 1.50+ wraps it
 * (inspectCompatResponse.MarshalJSON): the struct is marshalled, decoded into a struct that
 * embeds it plus a `Config map[string]any` preset with the legacy keys Cmd, Entrypoint, Env,
 * Labels, OnBuild, User, Volumes, WorkingDir, and marshalled again. Hence what `docker image
 * inspect` prints: Config comes last, its keys sorted, unset legacy keys as null or "", and the
 * whole document HTML-escaped (json.Marshal, not the router's encoder), e.g. `\u003c` in labels.
 * Container/ContainerConfig are dropped for API >= 1.45, VirtualSize for >= 1.44.
 */
import type { StoredImage } from '../image/store.ts';
import type { ContainerConfig } from '../image/types.ts';
import { marshal } from '../cli/go/json.ts';
import { rfc3339Nano } from '../util/time.ts';
import { goStruct, NIL_MAP, NIL_SLICE, wireValue, type GoStruct } from '../api/gostruct.ts';
import type { Daemon } from './daemon.ts';
import { getImage } from './image-lookup.ts';
import { healthStruct, overlayMetadata } from './inspect.ts';
import { goTimeString } from '../util/go-time.ts';

const slice = (v: readonly unknown[] | null | undefined): unknown => (v && v.length > 0 ? [...v] : NIL_SLICE);
const strMap = (v: Readonly<Record<string, unknown>> | null | undefined): unknown =>
  v && Object.keys(v).length > 0 ? new Map(Object.entries(v)) : NIL_MAP;

/** containerConfigToDockerOCIImageConfig (daemon/images/imagespec.go) as the CLI decodes it. */
function ociConfigStruct(cfg: ContainerConfig | undefined): GoStruct {
  const c = cfg ?? ({} as Partial<ContainerConfig>);
  const o = { omitempty: true };
  // DockerOCIImageConfig embeds ocispec.ImageConfig and DockerOCIImageConfigExt
  // (github.com/moby/docker-image-spec specs-go/v1/image.go): `{{.Config}}` prints {{...} {...}}.
  const image = goStruct('v1.ImageConfig', [
    ['User', c.User ?? '', o],
    ['ExposedPorts', strMap(c.ExposedPorts), o],
    ['Env', slice(c.Env), o],
    ['Entrypoint', slice(c.Entrypoint), o],
    ['Cmd', slice(c.Cmd), o],
    ['Volumes', strMap(c.Volumes), o],
    ['WorkingDir', c.WorkingDir ?? '', o],
    ['Labels', strMap(c.Labels), o],
    ['StopSignal', c.StopSignal ?? '', o],
    ['ArgsEscaped', c.ArgsEscaped ?? false, o],
  ]);
  const ext = goStruct('v1.DockerOCIImageConfigExt', [
    ['Healthcheck', c.Healthcheck ? healthStruct(c.Healthcheck) : null, o],
    ['OnBuild', slice(c.OnBuild), o],
    ['Shell', slice(c.Shell), o],
  ]);
  return goStruct('*v1.DockerOCIImageConfig', [
    ['ImageConfig', image, { embedded: true }],
    ['DockerOCIImageConfigExt', ext, { embedded: true }],
  ]);
}

/** time.Time.Format(RFC3339Nano) of a parsed config time (trailing zeros of the fraction go). */
function reformatCreated(created: string | undefined): string {
  if (!created) return '';
  const m = /^(.*T\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/.exec(created);
  if (!m) return created;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  return `${m[1]}${frac === '.' ? '' : frac}${m[3]}`;
}

/** Size of the whole layer chain (layer.Size of the top layer). */
export function imageSize(img: StoredImage): number {
  return img.layer ? img.layer.chain().reduce((n, l) => n + l.size, 0) : 0;
}

export function inspectImage(d: Daemon, img: StoredImage): GoStruct {
  const tags: string[] = [];
  const digests: string[] = [];
  for (const ref of d.refs.references(img.id)) {
    const s = ref.digest !== undefined ? digests : tags;
    s.push(ref.digest !== undefined ? familiarDigest(ref) : familiarTag(ref));
  }
  const cfg = img.config;
  const history = cfg.history ?? [];
  const comment = cfg.comment || (history.length > 0 ? (history[history.length - 1].comment ?? '') : '');
  const top = img.layer;
  const data = top ? overlayMetadata(top.cacheID, top.chain().slice(1).map((l) => l.cacheID)) : NIL_MAP;
  const lastTag = img.lastUpdated ?? 0;
  return goStruct('image.InspectResponse', [
    ['ID', img.id, { json: 'Id' }],
    // The router turns nil into [] (image_routes.go:381).
    ['RepoTags', tags],
    ['RepoDigests', digests],
    ['Parent', img.parent ?? ''],
    ['Comment', comment],
    ['Created', reformatCreated(cfg.created), { omitempty: true }],
    ['Container', '', { omitempty: true }],
    ['ContainerConfig', null, { omitempty: true }],
    ['DockerVersion', cfg.docker_version ?? ''],
    ['Author', cfg.author ?? ''],
    ['Config', ociConfigStruct(cfg.config)],
    ['Architecture', cfg.architecture ?? ''],
    ['Variant', cfg.variant ?? '', { omitempty: true }],
    ['Os', cfg.os || 'linux'],
    ['OsVersion', '', { omitempty: true }],
    ['Size', imageSize(img)],
    ['VirtualSize', 0, { omitempty: true }],
    ['GraphDriver', goStruct('storage.DriverData', [['Data', data], ['Name', 'overlay2']])],
    ['RootFS', goStruct('image.RootFS', [['Type', cfg.rootfs.type, { omitempty: true }], ['Layers', slice(cfg.rootfs.diff_ids), { omitempty: true }]])],
    ['Metadata', goStruct('image.Metadata', [['LastTagTime', goTimeString(lastTag), { wire: rfc3339Nano(lastTag) }]])],
    ['Descriptor', null, { omitempty: true }],
    ['Manifests', NIL_SLICE, { omitempty: true }],
  ]);
}

function familiarTag(ref: { domain: string; path: string; tag?: string }): string {
  return `${familiarRepo(ref)}:${ref.tag}`;
}
function familiarDigest(ref: { domain: string; path: string; digest?: string }): string {
  return `${familiarRepo(ref)}@${ref.digest}`;
}
function familiarRepo(ref: { domain: string; path: string }): string {
  if (ref.domain !== 'docker.io') return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith('library/') && !ref.path.slice(8).includes('/') ? ref.path.slice(8) : ref.path;
}

/** ImageService.ImageInspect for what the user typed. */
export function imageInspect(d: Daemon, refOrID: string): GoStruct {
  return inspectImage(d, getImage(d, refOrID));
}

/** Legacy Config keys always present for API >= 1.50 (inspect_response.go legacyConfigFields). */
const LEGACY_CONFIG: ReadonlyArray<readonly [string, unknown]> = [
  ['Cmd', null],
  ['Entrypoint', null],
  ['Env', null],
  ['Labels', null],
  ['OnBuild', null],
  ['User', ''],
  ['Volumes', null],
  ['WorkingDir', ''],
];

/** A decoded JSON object as map[string]any: nested objects become maps (keys sorted again). */
function asAnyMap(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(asAnyMap);
  if (v !== null && typeof v === 'object' && !(v instanceof Map)) {
    return new Map(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, asAnyMap(x)]));
  }
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, asAnyMap(x)]));
  return v;
}

/**
 * The response body of GET /images/{name}/json for API 1.51, as a value for cli/go/json.ts
 * `marshal` (with escapeHTML, as inspectCompatResponse.MarshalJSON writes it).
 */
export function imageInspectBody(resp: GoStruct): Record<string, unknown> {
  const wire = wireValue(resp) as Record<string, unknown>;
  const config = new Map<string, unknown>(LEGACY_CONFIG);
  for (const [k, v] of Object.entries(wire.Config as Record<string, unknown>)) config.set(k, asAnyMap(v));
  const rest: Record<string, unknown> = { ...wire };
  delete rest.Config;
  return { ...rest, Config: config };
}

/** The body as text. */
export function imageInspectJSON(resp: GoStruct): string {
  return marshal(imageInspectBody(resp), { escapeHTML: true });
}
