/**
 * An image's layers as the host shows them under /var/lib/docker (read as root, the way a student
 * would with `sudo`): the config in `image/overlay2/imagedb/content/sha256/<id>`, each layer's
 * directory found through `image/overlay2/layerdb/sha256/<ChainID>/{diff,parent,cache-id}`, and
 * the files in `overlay2/<cache-id>/diff`. Reading only; nothing here runs a command.
 *
 * Why the host and not DockerView: the view has no layer contents, and the host layout is exactly
 * what the lesson teaches the student to look at.
 *
 * Example:
 *   const layers = imageLayers(host, 'sha256:b433…');
 *   layers?.[2].createdBy            // 'COPY key.json /tmp/key.json # buildkit'
 *   layerFiles(host, layers![2].dir) // [{ path: 'tmp/key.json', kind: 'file' }, …]
 */
import { ROOT, type Host } from '../../sandbox-engine/index.ts';

const DOCKER = '/var/lib/docker';
const IMAGEDB = `${DOCKER}/image/overlay2/imagedb/content/sha256`;
const LAYERDB = `${DOCKER}/image/overlay2/layerdb/sha256`;
/** Files larger than this are not read for text (no lesson puts a secret in a big binary). */
const MAX_READ = 1 << 20;

export interface ImageLayer {
  diffID: string;
  /** The history entry that made this layer (`RUN /bin/sh -c … # buildkit`), '' if unknown. */
  createdBy: string;
  comment: string;
  /** `/var/lib/docker/overlay2/<cache-id>/diff`, or '' when the layer has no directory. */
  dir: string;
}

export interface ImageConfigFile {
  /** The config JSON exactly as stored (what `docker image inspect` and `docker save` expose). */
  raw: string;
  history: Array<{ created_by?: string; comment?: string; empty_layer?: boolean }>;
  diffIDs: string[];
}

function readText(host: Host, path: string): string | undefined {
  try {
    return host.fs(ROOT).readText(path);
  } catch {
    return undefined;
  }
}

/** The stored config of image `id` (`sha256:…`); undefined if it cannot be read or parsed. */
export function imageConfig(host: Host, id: string): ImageConfigFile | undefined {
  const raw = readText(host, `${IMAGEDB}/${id.replace(/^sha256:/, '')}`);
  if (raw === undefined) return undefined;
  try {
    const cfg = JSON.parse(raw) as { history?: ImageConfigFile['history']; rootfs?: { diff_ids?: string[] } };
    return { raw, history: cfg.history ?? [], diffIDs: cfg.rootfs?.diff_ids ?? [] };
  } catch {
    return undefined;
  }
}

/** Each layerdb entry: its ChainID (directory name), DiffID, parent ChainID and cache-id. */
function layerDB(host: Host): Array<{ chainID: string; diffID: string; parent: string; cacheID: string }> {
  let names: string[];
  try {
    names = host.fs(ROOT).readdir(LAYERDB);
  } catch {
    return [];
  }
  return names.map((n) => ({
    chainID: `sha256:${n}`,
    diffID: readText(host, `${LAYERDB}/${n}/diff`)?.trim() ?? '',
    parent: readText(host, `${LAYERDB}/${n}/parent`)?.trim() ?? '',
    cacheID: readText(host, `${LAYERDB}/${n}/cache-id`)?.trim() ?? '',
  }));
}

/**
 * The layers of image `id`, bottom first, each with the history entry that made it (history
 * entries marked `empty_layer` made none). Undefined when the image's config cannot be read.
 */
export function imageLayers(host: Host, id: string): ImageLayer[] | undefined {
  const cfg = imageConfig(host, id);
  if (!cfg) return undefined;
  const made = cfg.history.filter((h) => !h.empty_layer);
  const db = layerDB(host);
  const out: ImageLayer[] = [];
  // The chain: the first layer has no parent; each next one names the previous ChainID.
  let parent = '';
  cfg.diffIDs.forEach((diffID, i) => {
    const entry = db.find((e) => e.diffID === diffID && e.parent === parent);
    parent = entry?.chainID ?? '\0'; // an unknown link: the layers above cannot be found either
    out.push({
      diffID,
      createdBy: made[i]?.created_by ?? '',
      comment: made[i]?.comment ?? '',
      dir: entry && entry.cacheID !== '' ? `${DOCKER}/overlay2/${entry.cacheID}/diff` : '',
    });
  });
  return out;
}

export interface LayerFile {
  /** Relative to the layer's root, no leading slash: `tmp/key.json`. */
  path: string;
  kind: 'file' | 'dir' | 'whiteout' | 'other';
}

/** Every entry in a layer directory, depth first, in name order. */
export function layerFiles(host: Host, dir: string): LayerFile[] {
  const fs = host.fs(ROOT);
  const out: LayerFile[] = [];
  const walk = (rel: string): void => {
    let names: string[];
    try {
      names = fs.readdir(rel === '' ? dir : `${dir}/${rel}`);
    } catch {
      return;
    }
    for (const n of [...names].sort()) {
      const path = rel === '' ? n : `${rel}/${n}`;
      let kind: LayerFile['kind'] = 'other';
      try {
        const st = fs.lstat(`${dir}/${path}`);
        // overlay2 marks a deletion with a 0,0 character device of the deleted name.
        kind = st.kind === 'file' ? 'file' : st.kind === 'dir' ? 'dir' : st.kind === 'chardev' ? 'whiteout' : 'other';
      } catch {
        continue;
      }
      out.push({ path, kind });
      if (kind === 'dir') walk(path);
    }
  };
  walk('');
  return out;
}

/** A regular file's text in a layer; undefined when absent, not a file, or too big to read. */
export function layerFileText(host: Host, dir: string, path: string): string | undefined {
  const fs = host.fs(ROOT);
  try {
    const st = fs.lstat(`${dir}/${path}`);
    if (st.kind !== 'file' || st.size > MAX_READ) return undefined;
    return fs.readText(`${dir}/${path}`);
  } catch {
    return undefined;
  }
}

/**
 * What the image shows at `path` (no leading slash) once its layers are stacked: the index of the
 * topmost layer holding it, or -1 when it is absent or hidden by a layer above (a whiteout of it
 * or of a parent, a file in place of a parent, or an opaque parent: `trusted.overlay.opaque=y`).
 */
export function topLayerWith(host: Host, layers: readonly ImageLayer[], path: string): number {
  const fs = host.fs(ROOT);
  const parts = path.split('/');
  const kindAt = (p: string): string | undefined => {
    try {
      return fs.lstat(p).kind;
    } catch {
      return undefined;
    }
  };
  for (let i = layers.length - 1; i >= 0; i--) {
    const dir = layers[i].dir;
    if (dir === '') continue;
    let opaqueParent = false;
    for (let k = 1; k < parts.length; k++) {
      const at = `${dir}/${parts.slice(0, k).join('/')}`;
      const kind = kindAt(at);
      if (kind === undefined) break;
      if (kind !== 'dir') return -1;
      if (fs.getxattr(at, 'trusted.overlay.opaque') !== null) opaqueParent = true;
    }
    const kind = kindAt(`${dir}/${path}`);
    if (kind === 'chardev') return -1;
    if (kind !== undefined) return i;
    if (opaqueParent) return -1;
  }
  return -1;
}

/**
 * The names an image shows directly in directory `dir` (absolute, as in a container), with its
 * layers stacked: later layers add names, whiteouts remove them, an opaque directory starts over.
 */
export function imageDirNames(host: Host, layers: readonly ImageLayer[], dir: string): string[] {
  const fs = host.fs(ROOT);
  const rel = dir.replace(/^\/+|\/+$/g, '');
  const names = new Set<string>();
  for (const l of layers) {
    if (l.dir === '') continue;
    const at = rel === '' ? l.dir : `${l.dir}/${rel}`;
    let entries: string[];
    try {
      if (fs.lstat(at).kind !== 'dir') {
        names.clear();
        continue;
      }
      entries = fs.readdir(at);
    } catch {
      continue;
    }
    if (fs.getxattr(at, 'trusted.overlay.opaque') !== null) names.clear();
    for (const n of entries) {
      if (fs.lstat(`${at}/${n}`).kind === 'chardev') names.delete(n);
      else names.add(n);
    }
  }
  return [...names].sort();
}
