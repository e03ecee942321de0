/**
 * The legacy (v1) image JSON that `docker save` still writes for every layer (moby v28.5.2
 * image/tarexport/save.go saveImage → saveConfig, image/v1/imagev1.go CreateID, image/image.go
 * V1Image). Engine 28 stores each as a blob `blobs/sha256/<sha256 of the JSON>`; 20.10 wrote the
 * same bytes as `<v1 id>/json`, which is how these were checked against a real engine.
 *
 * - Below the top layer: `{"id":…,"parent":…,"created":"1970-01-01T00:00:00Z","container_config":
 *   {<empty Config>},"os":"linux"}` (no parent for the bottom one).
 * - The top layer: the image config's V1Image fields (created, container, container_config,
 *   docker_version, author, config, architecture, variant, os) plus id and parent.
 * - The id (v1.CreateID): sha256 of the JSON without id, as a map with `layer_id` (the layer's
 *   ChainID) and `parent` (`sha256:<parent v1 id>`) added, keys sorted.
 *
 * The image config is read as Go unmarshals it into image.Image: missing Config fields become
 * zero values, which V1Image then writes out in full (`"Env":null`, ...).
 */
import { canonicalTime } from '../../daemon/commit.ts';
import { containerConfigValue } from '../container-config-json.ts';
import { emptyContainerConfig, type ContainerConfig, type HealthConfig } from '../types.ts';
import { goMarshal, type GoValue } from '../../util/gojson.ts';
import { digestOf, hexOf, type Digest } from '../../layer/digest.ts';
import { utf8 } from '../../util/text.ts';
import { field, isObject } from './go-decode.ts';

/** image.V1Image. */
export interface V1Image {
  id: string;
  parent: string;
  comment: string;
  /** Canonical RFC 3339 text, or null (a nil *time.Time). */
  created: string | null;
  container: string;
  containerConfig: ContainerConfig;
  dockerVersion: string;
  author: string;
  config: ContainerConfig | null;
  architecture: string;
  variant: string;
  os: string;
  size: number;
}

export const EPOCH = '1970-01-01T00:00:00Z';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strList = (v: unknown): string[] | null => (Array.isArray(v) ? v.map((x) => String(x)) : null);
const set = (v: unknown): Record<string, Record<string, never>> | null =>
  isObject(v) ? Object.fromEntries(Object.keys(v).map((k) => [k, {}])) : null;

function health(v: unknown): HealthConfig | undefined {
  if (!isObject(v)) return undefined;
  const n = (name: string) => (typeof field(v, name) === 'number' ? (field(v, name) as number) : undefined);
  return { Test: strList(field(v, 'Test')) ?? undefined, Interval: n('Interval'), Timeout: n('Timeout'), StartPeriod: n('StartPeriod'), StartInterval: n('StartInterval'), Retries: n('Retries') };
}

/** A container.Config as json.Unmarshal fills it from `v` (unknown keys dropped). */
export function containerConfigFromJSON(v: unknown): ContainerConfig {
  const c = emptyContainerConfig();
  if (!isObject(v)) return c;
  const f = (name: string) => field(v, name);
  c.Hostname = str(f('Hostname'));
  c.Domainname = str(f('Domainname'));
  c.User = str(f('User'));
  c.AttachStdin = f('AttachStdin') === true;
  c.AttachStdout = f('AttachStdout') === true;
  c.AttachStderr = f('AttachStderr') === true;
  const ports = set(f('ExposedPorts'));
  if (ports) c.ExposedPorts = ports;
  c.Tty = f('Tty') === true;
  c.OpenStdin = f('OpenStdin') === true;
  c.StdinOnce = f('StdinOnce') === true;
  c.Env = strList(f('Env'));
  c.Cmd = strList(f('Cmd'));
  const hc = health(f('Healthcheck'));
  if (hc) c.Healthcheck = hc;
  if (f('ArgsEscaped') === true) c.ArgsEscaped = true;
  c.Image = str(f('Image'));
  c.Volumes = set(f('Volumes'));
  c.WorkingDir = str(f('WorkingDir'));
  c.Entrypoint = strList(f('Entrypoint'));
  if (f('NetworkDisabled') === true) c.NetworkDisabled = true;
  if (str(f('MacAddress'))) c.MacAddress = str(f('MacAddress'));
  c.OnBuild = strList(f('OnBuild'));
  const labels = f('Labels');
  c.Labels = isObject(labels) ? Object.fromEntries(Object.entries(labels).map(([k, x]) => [k, String(x)])) : null;
  if (str(f('StopSignal'))) c.StopSignal = str(f('StopSignal'));
  if (typeof f('StopTimeout') === 'number') c.StopTimeout = f('StopTimeout') as number;
  const shell = strList(f('Shell'));
  if (shell) c.Shell = shell;
  return c;
}

/** The V1Image part of an image config (image.Image embeds it; its `parent` key is Image.Parent's). */
export function v1FromConfig(config: Record<string, unknown>): V1Image {
  const created = field(config, 'created');
  const cfg = field(config, 'config');
  const size = field(config, 'Size');
  return {
    id: str(field(config, 'id')),
    parent: '',
    comment: str(field(config, 'comment')),
    created: typeof created === 'string' ? canonicalTime(created) : null,
    container: str(field(config, 'container')),
    containerConfig: containerConfigFromJSON(field(config, 'container_config')),
    dockerVersion: str(field(config, 'docker_version')),
    author: str(field(config, 'author')),
    config: isObject(cfg) ? containerConfigFromJSON(cfg) : null,
    architecture: str(field(config, 'architecture')),
    variant: str(field(config, 'variant')),
    os: str(field(config, 'os')),
    size: typeof size === 'number' ? size : 0,
  };
}

/** The V1Image every layer but the top one gets: only a creation time at the epoch. */
export function emptyV1(): V1Image {
  return {
    id: '',
    parent: '',
    comment: '',
    created: EPOCH,
    container: '',
    containerConfig: emptyContainerConfig(),
    dockerVersion: '',
    author: '',
    config: null,
    architecture: '',
    variant: '',
    os: '',
    size: 0,
  };
}

/** The fields json.Marshal writes for a V1Image, in struct order (omitempty applied). */
function v1Fields(v: V1Image): Array<[string, GoValue]> {
  const out: Array<[string, GoValue]> = [];
  if (v.id) out.push(['id', v.id]);
  if (v.parent) out.push(['parent', v.parent]);
  if (v.comment) out.push(['comment', v.comment]);
  out.push(['created', v.created]);
  if (v.container) out.push(['container', v.container]);
  // A struct value: omitempty never leaves it out.
  out.push(['container_config', containerConfigValue(v.containerConfig)]);
  if (v.dockerVersion) out.push(['docker_version', v.dockerVersion]);
  if (v.author) out.push(['author', v.author]);
  if (v.config) out.push(['config', containerConfigValue(v.config)]);
  if (v.architecture) out.push(['architecture', v.architecture]);
  if (v.variant) out.push(['variant', v.variant]);
  if (v.os) out.push(['os', v.os]);
  if (v.size) out.push(['Size', v.size]);
  return out;
}

/** json.Marshal(V1Image). */
export function marshalV1(v: V1Image): string {
  return goMarshal(Object.fromEntries(v1Fields(v)));
}

/** v1.CreateID(v1Image, layerID, parent): the legacy ID of one layer of the image. */
export function createV1ID(v: V1Image, layerID: Digest, parent: Digest | ''): Digest {
  const m = new Map<string, GoValue>(v1Fields({ ...v, id: '' }));
  m.set('layer_id', layerID);
  if (parent !== '') m.set('parent', parent);
  return digestOf(utf8(goMarshal(m)));
}

/** The v1 JSON of each layer of an image, bottom first, with its legacy ID (saveImage's loop). */
export function legacyLayers(config: Record<string, unknown>, chainIDs: readonly Digest[]): Array<{ v1ID: Digest; json: string }> {
  const out: Array<{ v1ID: Digest; json: string }> = [];
  const os = str(field(config, 'os'));
  let parent: Digest | '' = '';
  chainIDs.forEach((chain, i) => {
    const v = i === chainIDs.length - 1 ? v1FromConfig(config) : emptyV1();
    const id = createV1ID(v, chain, parent);
    v.id = hexOf(id);
    if (parent !== '') v.parent = hexOf(parent);
    v.os = os;
    out.push({ v1ID: id, json: marshalV1(v) });
    parent = id;
  });
  return out;
}
