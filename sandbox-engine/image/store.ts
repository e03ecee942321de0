/**
 * Images by ID, as moby's image store (image/store.go): each image is its config bytes (the ID is
 * their sha256), parsed config, the layer chain it holds a reference on, an optional parent (set by
 * `docker commit` and the legacy builder) and when it was last updated.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { conflict, notFound } from '../errdefs/errors.ts';
import type { Layer } from '../layer/layer-store.ts';
import { fromUtf8, utf8 } from '../util/text.ts';
import type { ImageConfig } from './types.ts';

export interface StoredImage {
  /** sha256:<hex> */
  readonly id: string;
  readonly raw: Uint8Array;
  readonly config: ImageConfig;
  /** Top layer of the image's chain (null for an image without layers). */
  readonly layer: Layer | null;
  parent?: string;
  lastUpdated?: number;
  /** Registry manifest digest(s) the image came with (RepoDigests). */
  repoDigests: string[];
}

export function digestOf(bytes: Uint8Array): string {
  let hex = '';
  for (const b of sha256(bytes)) hex += b.toString(16).padStart(2, '0');
  return `sha256:${hex}`;
}

export class ImageStore {
  private images = new Map<string, StoredImage>();

  /** Store config bytes; returns the existing image when the same bytes are already there. */
  create(raw: Uint8Array | string, layer: Layer | null): StoredImage {
    const bytes = typeof raw === 'string' ? utf8(raw) : raw;
    const id = digestOf(bytes);
    const existing = this.images.get(id);
    if (existing) return existing;
    const img: StoredImage = { id, raw: bytes, config: JSON.parse(fromUtf8(bytes)) as ImageConfig, layer, repoDigests: [] };
    this.images.set(id, img);
    return img;
  }

  get(id: string): StoredImage {
    const img = this.images.get(id);
    if (!img) throw notFound(`No such image: ${id}`);
    return img;
  }

  tryGet(id: string): StoredImage | undefined {
    return this.images.get(id);
  }

  /** IDs starting with `prefix` (hex, with or without `sha256:`). */
  search(prefix: string): StoredImage[] {
    const p = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    return [...this.images.values()].filter((i) => i.id.startsWith(p));
  }

  all(): StoredImage[] {
    return [...this.images.values()];
  }

  setParent(id: string, parent: string): void {
    this.get(id).parent = parent;
  }

  children(id: string): StoredImage[] {
    return [...this.images.values()].filter((i) => i.parent === id);
  }

  delete(id: string): StoredImage {
    const img = this.get(id);
    if (this.children(id).length > 0) throw conflict(`image ${id} has children`);
    this.images.delete(id);
    return img;
  }
}
