/**
 * Content addresses of layers (OCI image-spec config.md; moby layer/layer.go):
 * - DiffID = sha256 of the uncompressed layer tar;
 * - ChainID(L0) = DiffID(L0); ChainID(L0..Ln) = sha256(ChainID(L0..Ln-1) + " " + DiffID(Ln)),
 *   where both strings keep their `sha256:` prefix.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8 } from '../util/text.ts';

/** `sha256:` + 64 hex. */
export type Digest = string;

/** Digest of the empty layer tar (1024 zero bytes): moby's `layer.DigestSHA256EmptyTar`. */
export const DIGEST_EMPTY_TAR: Digest = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

export function digestOf(bytes: Uint8Array): Digest {
  return `sha256:${bytesToHex(sha256(bytes))}`;
}

/** An incremental sha256 for streamed tars. */
export class Digester {
  private readonly h = sha256.create();
  private n = 0;
  update(chunk: Uint8Array): void {
    this.h.update(chunk);
    this.n += chunk.length;
  }
  /** Bytes hashed so far. */
  get length(): number {
    return this.n;
  }
  digest(): Digest {
    return `sha256:${bytesToHex(this.h.digest())}`;
  }
}

export function createChainID(parent: Digest | null, diffID: Digest): Digest {
  return parent === null ? diffID : digestOf(utf8(`${parent} ${diffID}`));
}

/** ChainID of a whole stack of DiffIDs, bottom first. */
export function chainID(diffIDs: readonly Digest[]): Digest {
  if (diffIDs.length === 0) throw new Error('chainID of no layers');
  let id: Digest | null = null;
  for (const d of diffIDs) id = createChainID(id, d);
  return id!;
}

/** The 64 hex characters of a digest. */
export function hexOf(d: Digest): string {
  return d.startsWith('sha256:') ? d.slice(7) : d;
}
