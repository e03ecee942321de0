/**
 * `docker load` of an archive without manifest.json: the pre-1.10 layout, one directory per layer
 * named by its legacy ID with `json` (a v1 image config, `parent` naming the directory below) and
 * `layer.tar`, plus `repositories` ({repo: {tag: <legacy ID>}}). moby v28.5.2
 * image/tarexport/load.go legacyLoad / legacyLoadImage, image/v1/imagev1.go
 * HistoryFromConfig and MakeConfigFromV1Config.
 *
 * Every directory becomes an image (its parent's layers + its own; history from the v1 JSON's
 * created, author, comment and container_config.Cmd), then the tags are set. Nothing is printed
 * but the `The image ... already exists, renaming ...` lines of moved tags. What an empty input
 * (`docker load` on an empty stdin) ends with: `open <scratch>/repositories: no such file or
 * directory`.
 */
import type { Daemon } from '../../daemon/daemon.ts';
import type { Layer } from '../../layer/layer-store.ts';
import { canonicalTime } from '../../daemon/commit.ts';
import { familiarString, parseNormalizedNamed, ReferenceError, withTag, type Named } from '../../reference/reference.ts';
import { goMarshal, type GoValue } from '../../util/gojson.ts';
import { fromUtf8, utf8 } from '../../util/text.ts';
import { field, goDecodeFirst, goRawObject, goUnmarshal, GoJSONError, isObject, typeError } from './go-decode.ts';
import { StreamError, type ScratchDir } from './untar.ts';
import { loadingProgress, LoadSession, parseImage, type LoadMessage, type LoadOptions } from './load.ts';
import { marshalV1, v1FromConfig } from './v1.ts';

function jsonError(e: unknown): never {
  if (e instanceof GoJSONError) throw new StreamError(e.message);
  throw e;
}

/** versions.LessThan(v, "1.8.3") (api/types/versions compare): dotted numeric compare, missing or non-numeric parts as 0. */
function olderThan183(v: string): boolean {
  const a = v.split('.');
  const b = [1, 8, 3];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    // strconv.Atoi: a part that is not a whole number (`24+dfsg1`) counts as 0.
    const x = /^[+-]?\d+$/.test(a[i] ?? '') ? Number(a[i]) : 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** MakeConfigFromV1Config. */
function configFromV1(json: string, diffIDs: readonly string[], history: readonly GoValue[]): Uint8Array {
  let src = json;
  const version = field(goUnmarshal(json) as Record<string, unknown>, 'docker_version');
  if (olderThan183(typeof version === 'string' ? version : '')) src = marshalV1(v1FromConfig(goUnmarshal(json) as Record<string, unknown>));
  const m = goRawObject(src);
  for (const k of ['id', 'parent', 'Size', 'parent_id', 'layer_id', 'throwaway']) m.delete(k);
  const out = new Map<string, GoValue>();
  for (const [k, raw] of m) out.set(k, JSON.parse(raw) as GoValue);
  out.set('rootfs', { type: 'layers', diff_ids: diffIDs.length ? [...diffIDs] : undefined });
  out.set('history', history.length ? [...history] : null);
  // The raw members keep their bytes: splice them back instead of re-encoding parsed values.
  const keys = [...out.keys()].sort();
  const parts = keys.map((k) => `${goMarshal(k)}:${m.has(k) ? m.get(k)! : goMarshal(out.get(k)!)}`);
  return utf8(`{${parts.join(',')}}`);
}

/** HistoryFromConfig(imageJSON, false) as ocispec.History marshals it. */
function historyFromV1(cfg: Record<string, unknown>): GoValue {
  const created = field(cfg, 'created');
  const cc = field(cfg, 'container_config');
  const cmd = isObject(cc) && Array.isArray(field(cc, 'Cmd')) ? (field(cc, 'Cmd') as unknown[]).map(String) : [];
  const s = (k: string) => (typeof field(cfg, k) === 'string' && field(cfg, k) !== '' ? (field(cfg, k) as string) : undefined);
  return {
    created: typeof created === 'string' ? canonicalTime(created) : undefined,
    created_by: cmd.join(' ') || undefined,
    author: s('author'),
    comment: s('comment'),
  };
}

export async function legacyLoad(d: Daemon, dir: ScratchDir, opts: LoadOptions, emit: (m: LoadMessage) => Promise<void>): Promise<void> {
  const say = (text: string) => emit({ stream: text });
  const loaded = new Map<string, string>();
  const session = new LoadSession(d);
  const imageState = new Map<string, { top: Layer | null; diffIDs: string[]; history: GoValue[] }>();

  const loadOne = async (oldID: string): Promise<void> => {
    if (loaded.has(oldID)) return;
    const json = fromUtf8(dir.read(dir.resolve(`${oldID}/json`)));
    let meta: unknown;
    try {
      meta = goUnmarshal(json);
      if (!isObject(meta)) throw typeError(meta, 'struct { OS string; Parent string }');
    } catch (e) {
      jsonError(e);
    }
    const os = typeof field(meta, 'OS') === 'string' && field(meta, 'OS') !== '' ? (field(meta, 'OS') as string) : 'linux';
    if (os !== 'linux') throw new StreamError(`cannot load ${os} image on linux`);
    const parentOld = typeof field(meta, 'Parent') === 'string' ? (field(meta, 'Parent') as string) : '';
    let base = { top: null as Layer | null, diffIDs: [] as string[], history: [] as GoValue[] };
    let parentID = '';
    if (parentOld !== '') {
      if (!loaded.has(parentOld)) await loadOne(parentOld);
      parentID = loaded.get(parentOld)!;
      base = imageState.get(parentID)!;
    }
    const data = dir.read(dir.resolve(`${oldID}/layer.tar`));
    if (!opts.quiet) for (const p of loadingProgress(oldID, data.length)) await emit(p);
    const layer = session.register(data, base.top);
    const diffIDs = [...base.diffIDs, layer.diffID];
    const history = [...base.history, historyFromV1(meta)];
    const config = configFromV1(json, diffIDs, history);
    const id = session.createImage(config, layer, parseImage(config));
    imageState.set(id, { top: layer, diffIDs, history });
    if (parentID !== '') {
      const img = d.images.get(id);
      d.images.setParent(id, parentID);
      d.layout.addImage(id, img.raw, parentID);
    }
    loaded.set(oldID, id);
  };

  try {
    for (const e of dir.topLevel()) if (e.dir) await loadOne(e.name);
    const reposBytes = dir.read(dir.resolve('repositories'));
    let repos: unknown;
    try {
      repos = goDecodeFirst(fromUtf8(reposBytes));
      if (repos !== null && !isObject(repos)) throw typeError(repos, 'map[string]map[string]string');
    } catch (e) {
      jsonError(e);
    }
    // Go ranges over the maps in random order; here in the file's order.
    for (const [name, tags] of Object.entries((repos ?? {}) as Record<string, unknown>)) {
      if (tags !== null && !isObject(tags)) jsonError(typeError(tags, 'map[string]string'));
      for (const [tag, oldID] of Object.entries((tags ?? {}) as Record<string, unknown>)) {
        const id = loaded.get(String(oldID));
        if (id === undefined) throw new StreamError(`invalid target ID: ${String(oldID)}`);
        let ref: Named;
        try {
          ref = withTag(parseNormalizedNamed(name), tag);
        } catch (e) {
          if (e instanceof ReferenceError) throw new StreamError(e.message);
          throw e;
        }
        const prev = d.refs.tryGet(ref);
        if (prev !== undefined && prev !== id) await say(`The image ${familiarString(ref)} already exists, renaming the old one with ID ${prev} to empty string\n`);
        try {
          d.refs.add(ref, id, true);
        } catch {
          // AddTag's error is not checked.
        }
      }
    }
    d.saveReferences();
  } finally {
    session.release();
  }
}
