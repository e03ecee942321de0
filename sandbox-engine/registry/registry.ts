/**
 * A simulated Docker Hub serving the catalog (sandbox-engine/catalog).
 *
 *   const hub = new Registry();
 *   const r = hub.resolve('alpine');           // docker.io/library/alpine:latest
 *   r.image.repository                         // 'library/alpine'
 *   r.materialize().repoDigest                 // what `Digest:` and RepoDigests show
 *   await r.load()                             // the layers' file lists, before registering them
 *   hub.resolve('foo')                         // throws RegistryError 'repository-denied'
 *   hub.resolve('alpine:nope')                 // throws RegistryError 'manifest-unknown'
 *
 * A reference resolves by tag, or by digest (the index digest the tag points at, or the
 * platform manifest's digest), as Hub does. Only docker.io exists; other registries are
 * unreachable (the sandbox has no network).
 */
import { CATALOG, loadImage, materialize, type CatalogImage, type MaterializedImage } from '../catalog/index.ts';
import { DEFAULT_DOMAIN, parseNormalizedNamed, tagNameOnly, type Named } from '../reference/reference.ts';
import { manifestUnknown, pullAccessDenied, registryUnreachable } from './errors.ts';

export interface ResolvedImage {
  /** The reference as pulled: normalized, `:latest` added when it had neither tag nor digest. */
  ref: Named;
  /** The tag, or the digest for `name@sha256:…` (the id of the `Pulling from` line). */
  tagOrDigest: string;
  image: CatalogImage;
  /** DiffIDs, config and digests (computed once per process); layer trees once `load` is done. */
  materialize(): MaterializedImage;
  /**
   * Read the layers' file lists (catalog loadImage; their modules are util/preload.ts deferreds,
   * loaded before any command of a session), which the layer trees are built from. A pull awaits
   * it before registering the layers.
   */
  load(): Promise<void>;
  /** The digest the reference resolved through (`Digest:` line). */
  digest(): string;
}

export class Registry {
  private readonly images: readonly CatalogImage[];

  constructor(images: readonly CatalogImage[] = CATALOG) {
    this.images = images;
  }

  /** Whether docker.io has this repository (e.g. `library/alpine`). */
  hasRepository(path: string): boolean {
    return this.images.some((i) => i.repository === path);
  }

  /** Tags of a repository, sorted (for `docker pull -a` and tests). */
  tags(path: string): string[] {
    return this.images.filter((i) => i.repository === path).flatMap((i) => i.tags).sort();
  }

  /**
   * Resolve what the user typed (already validated by the CLI, or a Named). Throws
   * ReferenceError for a malformed string and RegistryError when Hub would refuse.
   */
  resolve(input: string | Named): ResolvedImage {
    const ref = tagNameOnly(typeof input === 'string' ? parseNormalizedNamed(input) : input);
    if (ref.domain !== DEFAULT_DOMAIN) throw registryUnreachable(ref);
    if (!this.hasRepository(ref.path)) throw pullAccessDenied(ref);
    const candidates = this.images.filter((i) => i.repository === ref.path);
    if (ref.digest !== undefined) {
      for (const image of candidates) {
        const m = materialize(image);
        if (m.index.digest === ref.digest || m.manifest.digest === ref.digest) {
          const digest = ref.digest;
          return { ref, tagOrDigest: ref.digest, image, materialize: () => m, load: () => loadImage(image), digest: () => digest };
        }
      }
      throw manifestUnknown(ref);
    }
    const image = candidates.find((i) => i.tags.includes(ref.tag!));
    if (!image) throw manifestUnknown(ref);
    return { ref, tagOrDigest: ref.tag!, image, materialize: () => materialize(image), load: () => loadImage(image), digest: () => materialize(image).repoDigest };
  }
}
