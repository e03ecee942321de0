/**
 * A catalog layer's DiffID: the sha256 of its whole tar. A catalog tar is mostly the zeros of its
 * synthetic files (ubuntu: 78 of 79 MB), about half a second to hash on every start, so the
 * figures are computed ahead of time and kept in layer-digests.ts (layer-digests.test.ts checks
 * them against this function and rewrites them on request). Only a layer missing from that table
 * is hashed at run time.
 *
 *   const { diffID, tarSize, size } = hashLayer(buildLayerTree(spec));
 */
import { TarWriter } from '../archive/tar.ts';
import { treeSize, writeTreeTar } from '../archive/diff.ts';
import { Digester, type Digest } from '../layer/digest.ts';
import type { MemFs } from '../vfs/memfs.ts';

export interface KnownLayerDigest {
  /** sha256 of the uncompressed layer tar. */
  diffID: Digest;
  /** Bytes of that tar. */
  tarSize: number;
  /** moby directory.Size of the layer (`docker history` SIZE). */
  size: number;
}

export function hashLayer(tree: MemFs): KnownLayerDigest {
  const d = new Digester();
  const w = new TarWriter((c) => d.update(c));
  writeTreeTar(tree, w);
  w.close();
  return { diffID: d.digest(), tarSize: w.length, size: treeSize(tree) };
}
