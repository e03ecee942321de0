/**
 * A catalog image: what Docker Hub would serve for one repository's tags, described so the engine
 * can build it deterministically (layer trees → DiffIDs → config bytes → image ID).
 */
import type { LayerSpec } from './spec.ts';

export interface CatalogLayer {
  /**
   * Loads the layer directory's description (called once per process; build.ts keeps it). Its
   * data is a module of its own (in the browser build a chunk, not in the engine's first
   * download), registered with util/preload.ts `deferred` so that a session has it loaded before
   * any command runs: call the deferred's `load()` here, never `import()` directly.
   */
  spec: () => Promise<LayerSpec>;
  /**
   * Size of the gzip blob in the registry (pull progress totals, manifest `size`). Our layer tars
   * are never really compressed: these are the real image's figures where known, else estimates.
   */
  compressedSize: number;
  /** Identity for sharing: two images naming the same key share the layer (nginx:alpine on alpine). */
  key: string;
}

export interface CatalogHistory {
  created: string;
  created_by: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface CatalogImage {
  /** Repository path on docker.io, e.g. `library/alpine`. */
  repository: string;
  /** Tags that point at this image (first is the canonical one). */
  tags: string[];
  /** Config `created`, as the real config writes it. */
  created: string;
  architecture: 'amd64';
  os: 'linux';
  layers: CatalogLayer[];
  /** In config order; non-empty entries match `layers` one to one. */
  history: CatalogHistory[];
  /** Serialize the config with these DiffIDs (each image keeps its real config's byte style). */
  configJSON: (diffIDs: readonly string[]) => string;
  /**
   * `docker images` SIZE we target (sum of layer sizes), and where the figure comes from.
   * Checked by the tests.
   */
  targetSize: number;
  sizeSource: string;
}
