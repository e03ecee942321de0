/**
 * GET /containers/json (moby v28.5.2 daemon/list.go Containers, container/view.go transform):
 * container summaries, newest first, filtered.
 *
 * - Without `all`, only running containers; a positive `limit` (`-n`, `-l`) includes every state
 *   and stops after that many matches; `status=` filters imply `all`.
 * - Filters: name (regular expression, with or without the leading slash), id (prefix or regular
 *   expression), label (`k` or `k=v`), status, exited (with a start behind it), ancestor (image
 *   name, name:tag or ID, and every image built on it: ImageService.Children), before/since (a
 *   container name or ID), volume, network, health, is-task, publish/expose (a port, a range,
 *   with or without `/proto`, matched against Ports), isolation. Unknown keys fail `invalid
 *   filter 'k'`; bad values fail with the daemon's texts.
 * - Ports: the exposed ports the container's bridge endpoint reports while it runs, unpublished
 *   (view.go:389: a port without bindings is one Port with only PrivatePort and Type). Go ranges
 *   over the port map, so the API's order varies; here it is sorted (the CLI sorts anyway).
 * - Command is Path and Args joined, an argument with a space in single quotes (view.go:330).
 * - Image is what the container was created from unless that reference now names another image
 *   (then the image ID: refreshImage).
 */
import { FilterArgs } from '../api/filters.ts';
import { invalidParameter, notFound, system } from '../errdefs/errors.ts';
import { NumError, parseUint } from '../cli/go/strconv.ts';
import { networkSettingsOf } from '../network/sandbox.ts';
import type { Container } from '../container/container.ts';
import { stateString, statusText } from '../container/state.ts';
import type { Daemon } from './daemon.ts';
import { getImage } from './image-lookup.ts';
import { containerSizes, mountPointsOf, networkNames, type MountPointView } from './inspect.ts';

/** api/types/container.Summary, the fields the CLI reads. */
export interface ContainerSummary {
  ID: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  /** Unix seconds. */
  Created: number;
  Ports: Array<{ IP?: string; PrivatePort: number; PublicPort?: number; Type: string }>;
  SizeRw: number;
  SizeRootFs: number;
  Labels: Record<string, string> | null;
  State: string;
  Status: string;
  NetworkMode: string;
  Networks: string[];
  Mounts: MountPointView[];
}

export interface ListOptions {
  all?: boolean;
  /** -1 = no limit. */
  limit?: number;
  size?: boolean;
  filters?: FilterArgs;
}

const ACCEPTED = new Set(['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose']);
const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
const HEALTH = ['none', 'starting', 'healthy', 'unhealthy'];

/** filters.Args.Match: an exact value, or a value that is a regular expression matching `source`. */
function match(f: FilterArgs, key: string, source: string): boolean {
  const values = f.get(key);
  if (values.length === 0) return true;
  if (values.includes(source)) return true;
  for (const v of values) {
    let re: RegExp;
    try {
      re = new RegExp(v);
    } catch {
      continue; // regexp.MatchString error: the value is skipped
    }
    if (re.test(source)) return true;
  }
  return false;
}

/**
 * daemon/list.go portOp: `<port>[/<proto>]` or `<start>-<end>[/<proto>]` (nat.SplitProtoPort:
 * tcp by default; nat.ParsePortRange), every port of the range as `N/proto`. Its errors are
 * plain fmt.Errorf values (a 500 from the API); the range text is go-connections v0.5.0
 * nat/parse.go:31 (v28.5.2's vendor; 20.10 printed "Invalid range specified for the Port").
 */
function portFilter(key: string, values: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) {
    if (value.includes(':')) throw system(`filter for '${key}' should not contain ':': ${value}`);
    const fail = (why: string) => system(`error while looking up for ${key} ${value}: ${why}`);
    const parts = value.split('/');
    let proto = '';
    let port = '';
    if (value !== '' && parts[0] !== '') {
      port = parts[0];
      proto = parts.length === 1 || parts[1] === '' ? 'tcp' : parts[1];
    }
    const num = (s: string): number => {
      try {
        return parseUint(s, 10, 16);
      } catch (e) {
        if (e instanceof NumError) throw fail(e.message);
        throw e;
      }
    };
    if (port === '') throw fail('empty string specified for ports');
    let start: number;
    let end: number;
    if (!port.includes('-')) {
      start = end = num(port);
    } else {
      const r = port.split('-');
      start = num(r[0]);
      end = num(r[1]);
      if (end < start) throw fail(`invalid range specified for port: ${port}`);
    }
    for (let p = start; p <= end; p++) out.add(`${p}/${proto}`);
  }
  return out;
}

/** container/view.go transform: Path and Args, arguments with a space quoted. */
export function commandString(c: Container): string {
  if (c.args.length === 0) return c.path;
  return `${c.path} ${c.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** strconv.Atoi's error, as wrapped by foldFilter. */
function atoiError(value: string): string {
  const digits = /^[+-]?\d+$/.test(value);
  const reason = digits ? 'value out of range' : 'invalid syntax';
  return `invalid filter 'exited=${value}': strconv.Atoi: parsing ${JSON.stringify(value)}: ${reason}`;
}

/** view.go Get (exact ID), else a unique exact name (idOrNameFilter). */
function idOrName(d: Daemon, value: string): Container {
  const all = d.containers.all();
  const byId = all.find((c) => c.id === value);
  if (byId) return byId;
  const name = value.replace(/^\//, '');
  const named = all.filter((c) => c.name.replace(/^\//, '') === name);
  if (named.length === 1) return named[0];
  throw notFound(`No such container: ${value}`);
}

/** The image IDs an ancestor filter accepts: the image and all its descendants. */
function ancestorIDs(d: Daemon, values: readonly string[]): Set<string> {
  const ids = new Set<string>();
  const add = (id: string): void => {
    if (ids.has(id)) return;
    for (const child of d.images.children(id)) add(child.id);
    ids.add(id);
  };
  for (const v of values) {
    try {
      add(getImage(d, v).id);
    } catch {
      // "Error while looking up for image": ignored
    }
  }
  return ids;
}

export function summarize(d: Daemon, c: Container, size: boolean): ContainerSummary {
  let image = c.config.Image;
  if (image !== c.image) {
    // refreshImage: show the ID when the name no longer resolves to the container's image.
    try {
      if (getImage(d, image).id !== c.image) image = c.image;
    } catch {
      image = c.image;
    }
  }
  const sizes = size ? containerSizes(c) : { sizeRw: 0, sizeRootFs: 0 };
  return {
    ID: c.id,
    Names: [c.name],
    Image: image,
    ImageID: c.image,
    Command: commandString(c),
    Created: Math.floor(c.created / 1000),
    // view.go:389: only an exposed port without bindings here (nothing is published).
    Ports: networkSettingsOf(d, c).ports.map((p) => {
      const [port, proto] = p.split('/');
      return { PrivatePort: Number(port), Type: proto };
    }),
    SizeRw: sizes.sizeRw,
    SizeRootFs: sizes.sizeRootFs,
    Labels: c.config.Labels ? { ...c.config.Labels } : null,
    State: stateString(c.state),
    Status: statusText(c.state, d.now()),
    NetworkMode: c.hostConfig.NetworkMode === 'default' ? 'bridge' : c.hostConfig.NetworkMode,
    Networks: networkNames(c),
    Mounts: mountPointsOf(c),
  };
}

export function listContainers(d: Daemon, opts: ListOptions = {}): ContainerSummary[] {
  const f = opts.filters ?? new FilterArgs();
  f.validate(ACCEPTED);
  let all = opts.all ?? false;
  const limit = opts.limit ?? -1;

  const exited: number[] = [];
  for (const v of f.get('exited')) {
    if (!/^[+-]?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw invalidParameter(atoiError(v));
    exited.push(Number(v));
  }
  for (const v of f.get('status')) {
    if (!STATES.includes(v)) {
      throw invalidParameter(`invalid filter 'status=${v}': invalid value for state (${v}): must be one of ${STATES.join(', ')}`);
    }
    all = true;
  }
  const isTask = f.contains('is-task') ? f.getBoolOrDefault('is-task', false) : undefined;
  for (const v of f.get('health')) {
    if (!HEALTH.includes(v)) {
      throw invalidParameter(`invalid filter 'health=${v}': invalid value for health (${v}): must be one of ${HEALTH.join(', ')}`);
    }
  }
  let before: Container | null = null;
  let since: Container | null = null;
  for (const v of f.get('before')) before = idOrName(d, v);
  for (const v of f.get('since')) since = idOrName(d, v);
  const ancestors = f.contains('ancestor') ? ancestorIDs(d, f.get('ancestor')) : null;
  const publish = portFilter('publish', f.get('publish'));
  const expose = portFilter('expose', f.get('expose'));

  // Newest first (byCreatedDescending); with name/id filters, only the matching candidates.
  // The virtual clock can give two containers the same time: the later one created is newer.
  const order = new Map(d.containers.all().map((c, i) => [c.id, i]));
  let candidates = [...d.containers.all()].sort((a, b) => b.created - a.created || order.get(b.id)! - order.get(a.id)!);
  const names = f.get('name');
  const ids = f.get('id');
  if (names.length + ids.length > 0) {
    const prefixMatches = new Set<string>();
    for (const id of ids) {
      const m = candidates.filter((c) => c.id.startsWith(id));
      if (m.length === 1) prefixMatches.add(m[0].id);
    }
    candidates = candidates.filter((c) => {
      if (ids.length > 0 && names.length === 0) return prefixMatches.has(c.id);
      if (ids.length > 0 && !prefixMatches.has(c.id)) return false;
      const n = c.name;
      return match(f, 'name', n) || match(f, 'name', n.replace(/^\//, ''));
    });
  }

  const out: ContainerSummary[] = [];
  for (const c of candidates) {
    if (before) {
      if (c.id === before.id) before = null;
      continue;
    }
    if (since && c.id === since.id) break;
    if (!c.state.running && !all && limit <= 0) continue;
    if (!match(f, 'name', c.name) && !match(f, 'name', c.name.replace(/^\//, ''))) continue;
    if (!match(f, 'id', c.id)) continue;
    if (isTask !== undefined && isTask !== false) continue; // no swarm tasks here
    if (!f.matchKVList('label', c.config.Labels)) continue;
    if (f.contains('isolation') && !f.get('isolation').some((v) => v === '' || v === 'default')) continue;
    if (limit > 0 && out.length === limit) break;
    if (exited.length > 0) {
      const ok = exited.some((code) => code === c.state.exitCode && !c.state.running && c.state.startedAt !== 0);
      if (!ok) continue;
    }
    if (!match(f, 'status', stateString(c.state))) continue;
    if (!f.exactMatch('health', 'none')) continue;
    if (f.contains('volume')) {
      const mounts = mountPointsOf(c);
      const hit = f.get('volume').some((v) => mounts.some((m) => m.Destination === v || (m.Name ? m.Name === v : m.Source === v)));
      if (!hit) continue;
    }
    if (ancestors && !ancestors.has(c.image)) continue;
    if (f.contains('network')) {
      const nets = networkNames(c);
      if (!f.get('network').some((v) => nets.includes(v))) continue;
    }
    const summary = summarize(d, c, opts.size ?? false);
    if (publish.size + expose.size > 0) {
      // list.go:568: the published port (0 when unpublished) or the container's port.
      const hit = summary.Ports.some((p) => publish.has(`${p.PublicPort ?? 0}/${p.Type}`) || expose.has(`${p.PrivatePort}/${p.Type}`));
      if (!hit) continue;
    }
    out.push(summary);
  }
  return out;
}
