/**
 * The base-image catalog: every image the simulated Docker Hub serves.
 *
 *   findImage('library/alpine', '3.20')  // the alpine CatalogImage
 *   materialize(alpine).id               // its image ID (see build.ts)
 *
 * Images and the figures they target (all linux/amd64):
 * - alpine:3.20 / 3.20.3 / latest: 7.8MB (alpine:3.20.3, 91ef0af61f39);
 * - busybox:latest / 1.37.0 / glibc: 4.27MB (27a71e19c956);
 * - ubuntu:24.04 / noble / latest: 78.1MB (noble-20240801, edbfe74c41f8);
 * - nginx:alpine / 1.27.2-alpine: 43.2MB (c7b4f26a7d93).
 * Our image IDs differ from the real ones (our layer bytes are not the real bytes); sizes,
 * histories, configs and trees follow the real images.
 *
 * Loading: this module and images/*.ts hold only what IDs, configs and histories need; each
 * layer's file list is a module of its own (in the browser build, a chunk of its own), registered
 * with util/preload.ts `deferred`, so it is loaded with the engine's deferred code before any
 * command runs, never in the middle of a pull. See build.ts.
 */
import { alpine } from './images/alpine.ts';
import { busybox } from './images/busybox.ts';
import { nginxAlpine } from './images/nginx-alpine.ts';
import { ubuntu } from './images/ubuntu.ts';
import type { CatalogImage } from './types.ts';
import { loadImage } from './build.ts';

export type { CatalogImage, CatalogLayer, CatalogHistory } from './types.ts';
export { isLoaded, loadImage, materialize, materializeLayer, registerImageLayers, type MaterializedImage, type MaterializedLayer } from './build.ts';

export const CATALOG: readonly CatalogImage[] = [alpine, busybox, ubuntu, nginxAlpine];

export { alpine, busybox, ubuntu, nginxAlpine };

/** Load every image's layer file lists, all at once (see build.ts: what a build's base images may need). */
export async function loadCatalog(): Promise<void> {
  await Promise.all(CATALOG.map(loadImage));
}

/** Repositories the registry knows (docker.io paths). */
export function catalogRepositories(): string[] {
  return [...new Set(CATALOG.map((i) => i.repository))];
}

/** The image a repository's tag points at, if any. */
export function findImage(repository: string, tag: string): CatalogImage | undefined {
  return CATALOG.find((i) => i.repository === repository && i.tags.includes(tag));
}
