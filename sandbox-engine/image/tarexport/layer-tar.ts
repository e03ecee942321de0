/**
 * The exact tar of a stored layer, whose sha256 is its DiffID: what moby's roLayer.TarStream()
 * gives `docker save` (moby v28.5.2 layer/ro_layer.go), rebuilt from the layer's tar-split
 * metadata and diff directory. The simulator's layer store keeps the diff directory only, so:
 *
 * 1. a tar this module saw registered (docker load, docker import: `rememberLayerTar`) is kept
 *    when re-archiving the directory would not give the same bytes (a GNU tar made in the shell,
 *    with `./` names, user names and a 10 KiB record);
 * 2. otherwise the directory is archived again as the layer was (archive/diff.ts layerTar): the
 *    catalog's layers and most committed or built ones come back byte for byte;
 * 3. if that differs, the one thing re-archiving cannot know is tried: whiteouts the kernel had
 *    made as links to one shared inode (archive/diff.ts: the later ones keep the first one's name
 *    in their linkname field), as `rm a b` in one container or RUN step leaves them;
 * 4. failing that, the re-archived bytes (a `docker load` of the result then reports the DiffID
 *    mismatch, where a real engine would have succeeded).
 *
 *   layerTarOf(layer)   // Uint8Array, digestOf(...) === layer.diffID in cases 1-3
 */
import type { Layer } from '../../layer/layer-store.ts';
import { Digester, digestOf, type Digest } from '../../layer/digest.ts';
import { layerTar, writeTreeTar, WHITEOUT_OPAQUE_DIR, WHITEOUT_PREFIX } from '../../archive/diff.ts';
import { readTar, TarWriter, writeTar, type TarHeader } from '../../archive/tar.ts';

const originals = new WeakMap<Layer, Uint8Array>();

/** sha256 of the layer directory archived again, streamed (a large layer is not held twice). */
function rearchivedDigest(layer: Layer): Digest {
  const d = new Digester();
  const w = new TarWriter((c) => d.update(c));
  writeTreeTar(layer.diff, w);
  w.close();
  return d.digest();
}

/** Keep the tar a layer was registered from when archiving its directory again would differ. */
export function rememberLayerTar(layer: Layer, tar: Uint8Array): void {
  if (originals.has(layer)) return;
  if (rearchivedDigest(layer) === layer.diffID) return;
  if (digestOf(tar) === layer.diffID) originals.set(layer, tar);
}

/** Whiteout entries after the first, linked to it as one shared inode would have made them. */
function withSharedWhiteouts(tar: Uint8Array): Uint8Array | null {
  const entries = readTar(tar);
  let first: string | null = null;
  let changed = false;
  const out = entries.map(({ header, data }) => {
    const slash = header.name.lastIndexOf('/');
    const base = header.name.slice(slash + 1);
    if (header.type !== 'file' || !base.startsWith(WHITEOUT_PREFIX) || base === WHITEOUT_OPAQUE_DIR) return { header, body: data };
    const original = header.name.slice(0, slash + 1) + base.slice(WHITEOUT_PREFIX.length);
    if (first === null) {
      first = original;
      return { header, body: data };
    }
    changed = true;
    const h: TarHeader = { ...header, linkname: first };
    return { header: h, body: data };
  });
  return changed ? writeTar(out) : null;
}

export function layerTarOf(layer: Layer): Uint8Array {
  const kept = originals.get(layer);
  if (kept) return kept;
  const tar = layerTar(layer.diff);
  if (digestOf(tar) === layer.diffID) return tar;
  const shared = withSharedWhiteouts(tar);
  if (shared && digestOf(shared) === layer.diffID) return shared;
  return tar;
}
